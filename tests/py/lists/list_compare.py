# Comparisons of lists: lexicographic, nested, mixed lengths.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print([] < [0], [0] > [], [[1]] < [[2]], [1, [2, 3]] < [1, [2, 4]])
print([1, 2] == (1, 2), [1] == [1.0], [float('nan')] == [float('nan')])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [1, 2], [1]]))
print(sorted([[3, 1], [1, 2, 3], [1, 2], []]))
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, "b"], [1, "a"] == [1, "a"])
a = [1, 2]
print(a == a, a is a, [a] == [[1, 2]])
