# Membership, index and count on ranges (including huge ranges).
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 14.0 in r, "14" in r)
print(r.index(49), r.count(49), r.count(50))
try:
    r.index(50)
except ValueError as e:
    print(type(e).__name__, e)
big = range(0, 10 ** 20, 3)
print(big.stop, 10 ** 19 + 1 in big, 3 * 10 ** 18 in big, big[-1], big[10 ** 18])
neg = range(10, -10, -3)
print(list(neg), 1 in neg, -8 in neg, neg.index(-5))
huge = range(10 ** 30)
print(huge[-1], 10 ** 29 in huge, huge[5:10])
