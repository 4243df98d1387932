# Iterating dicts in various ways.
prices = {'apple': 1.2, 'banana': 0.5, 'cherry': 3.0}
for k in prices:
    print(k, prices[k])
for k, v in prices.items():
    print(f"{k:>8}: {v:5.2f}")
for i, (k, v) in enumerate(prices.items()):
    print(i, k, v)
print(sum(prices.values()), max(prices, key=prices.get), min(prices.items(), key=lambda kv: kv[1]))
print(sorted(prices, key=prices.get, reverse=True))
print(list(zip(prices, prices.values())))
inverted = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(dict(sorted(prices.items(), key=lambda kv: kv[1])))
