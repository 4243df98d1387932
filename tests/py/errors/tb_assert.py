# An uncaught AssertionError with a message.
def mean(values):
    assert values, "mean() of empty sequence"
    return sum(values) / len(values)
print(mean([1, 2, 3]))
print(mean([]))
