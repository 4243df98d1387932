# A JSON-like pretty printer and a compact serializer with escaping.
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32 or ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(v, indent=None, level=0):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        items = [dumps(x, indent, level + 1) for x in v]
        open_, close = "[", "]"
    elif isinstance(v, dict):
        items = [escape(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items()]
        open_, close = "{", "}"
    else:
        raise TypeError(f"not serializable: {type(v).__name__}")
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + it for it in items) + "\n" + " " * (indent * level) + close
doc = {
    "name": "Coil",
    "version": [0, 1, 0],
    "ratio": 0.75,
    "features": {"jit": False, "gc": "boehm", "tags": []},
    "quote": 'say "hi"\n\tand wave',
    "unicode": "café ☕",
    "nested": [{"a": 1}, [2, [3, [4, {}]]], None, True],
}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps([[], {}, [[]], "", 0, -1.5e-7, 10 ** 20]))
try:
    dumps({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
