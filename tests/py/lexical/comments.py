# A comment on its own line
x = 1  # trailing comment
# comment with "quotes" and 'quotes' and # hashes
print(x)  # print it
s = "# not a comment"
print(s)
t = '''
# not a comment either
'''
print(repr(t))
    # indented comment lines do not matter
def f():
    # comment as first line of body
    return 2
    # comment after return
print(f())
if True:
# comment at column 0 inside block
    print("still in block")
print("#", "#" * 3)
