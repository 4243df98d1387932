# Triple-quoted strings, both quote kinds.
s = """line one
line two
  indented "quotes" and 'quotes'"""
print(s)
print(len(s.splitlines()))
t = '''single
triple with """ inside'''
print(t)
u = """\
no leading newline\
 joined"""
print(repr(u))
v = """a
b\tc
"""
print(repr(v))
print("""""" == '', len(''''''))
w = """She said "hi" """
print(repr(w))
x = '''It's'''
print(x)
