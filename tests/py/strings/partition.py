# partition and rpartition.
for s in ["key=value", "key=val=ue", "novalue", "=start", "end=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
scheme, _, rest = "https://example.com/path".partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
