# In-place set operations and update methods.
s = {1, 2, 3}
t = s
s |= {4}
print(s, t is s)
s &= {1, 2, 4, 8}
print(s)
s -= {1}
print(s)
s ^= {4, 5}
print(s)
s.update([10, 11], (12,))
print(s)
s.intersection_update({2, 10, 11, 99})
print(s)
s.difference_update([10])
print(s)
s.symmetric_difference_update({2, 3})
print(s)
print(t is s, t)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
