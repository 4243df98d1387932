# Every list method.
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend("ab"); print(l)
l.extend(range(2)); print(l)
l.insert(0, 'first'); print(l)
l.insert(100, 'last'); print(l)
l.insert(-1, 'before-last'); print(l)
l.insert(-100, 'very-first'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(1), l.index(5), l.index('a', 2), l.count(1), l.count('zz'))
l2 = l.copy(); l2.append('copy'); print(len(l), len(l2), l2 is not l)
nums = [5, 2, 8, 1, 9, 3]
nums.reverse(); print(nums)
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.clear(); print(nums, len(nums))
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
             lambda: [1, 2, 3].index(3, 0, 2), lambda: [].insert(), lambda: [1].sort(key=1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
