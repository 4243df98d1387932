# Sieve of Eratosthenes, prime statistics, twin primes and factorisation.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(10000)
print(len(primes), primes[:15], primes[-5:])
print("sum below 10000:", sum(primes))
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin pairs:", len(twins), twins[:6], twins[-2:])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items())[:8])
largest_gap = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap:", largest_gap, largest_gap[1] - largest_gap[0])
def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors
for n in [360, 9973, 1234567, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    print(n, factorize(n))
by_last_digit = {}
for p in primes:
    by_last_digit.setdefault(p % 10, []).append(p)
print({d: len(ps) for d, ps in sorted(by_last_digit.items())})
