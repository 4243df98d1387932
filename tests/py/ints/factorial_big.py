# Big factorials and binomials with exact integers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(fact(500))), sum(int(d) for d in str(f100)))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
print([binom(10, k) for k in range(11)])
print(binom(100, 50))
print(fact(30) // fact(28), fact(25) % 1000003)
trailing = 0
s = str(fact(200))
while s.endswith('0'):
    s = s[:-1]
    trailing += 1
print(trailing)
