# Raw strings keep backslashes.
print(r'\n', r'\t', len(r'\n'))
print(R'\d+\s*', r"C:\path\to\file")
print(repr(r'\x41'), repr(r'\u0041'))
print(r'\'', len(r'\''))
print(r"a\"b", len(r"a\"b"))
print(rb'\n', Rb'\x00', bR'\\', BR'x')
print(repr(r'''raw
triple\n'''))
print(r'\\' == '\\\\')
print(list(r'a\b'))
