# strip, lstrip, rstrip with and without chars.
s = " \t\n hello world \r\n\x0b "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip('x'), "xyhiyx".strip('xy'), "abcba".lstrip('ab'), "abcba".rstrip('ab'))
print(repr("".strip()), repr("   ".strip()), "hello".strip('helo'), "hello".strip(''))
print("www.example.com".strip('cmowz.'), "  a  ".strip(None))
print("\u3000wide space\u3000".strip(), "\xa0nbsp\xa0".strip())
print("mississippi".rstrip('ips'), "mississippi".lstrip('mis'))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
