# Keyword list and soft keywords usable as names.
kw = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
      'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
      'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
      'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
print(len(kw))
print(all(not k.isidentifier() or True for k in kw))
_ = 1
match = [1, 2]
case = {'a': 1}
print(match[0], case['a'])
def match_(match):
    return match * 2
print(match_(4))
print(True is True, None is None, False == 0)
