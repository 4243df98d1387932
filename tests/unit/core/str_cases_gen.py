#!/usr/bin/env python3
# Coil — generates tests/unit/core/str_cases.inc: method-call cases on str,
# bytes and slice with CPython's results as the expectation (repr of the
# result, or "!ExcType: message"). Run with CPython 3.11:
#   python3 tests/unit/core/str_cases_gen.py > tests/unit/core/str_cases.inc
# Each case is (receiver, method, args[, kwargs]); test_str_cases.cpp calls
# the method through the generic protocol and compares repr(result).
import sys

CASES = []


def case(recv, method, *args, **kwargs):
    CASES.append((recv, method, args, kwargs))


# ---- find / index / count ------------------------------------------------
for s in ["hello world", "", "aaa", "héllo wörld €uro", "日本語テキスト日本"]:
    for sub in ["o", "l", "", "wor", "ö", "€u", "日本", "zz", "aa"]:
        case(s, "find", sub)
        case(s, "rfind", sub)
        case(s, "count", sub)
        for a, b in [(1, None), (-3, None), (2, 5), (-100, 100), (5, 2), (20, None), (None, -2)]:
            case(s, "find", sub, a, b)
            case(s, "rfind", sub, a, b)
            case(s, "count", sub, a, b)
case("abc", "index", "b")
case("abc", "index", "z")
case("abc", "rindex", "z")
case("abcabc", "rindex", "b")
case("a", "find", 1)
case("a", "find")
case("a", "find", "a", "x")
case("a", "find", "a", 1, 2, 3)
case("a", "count", "a", kw=1)
for s in ["hello", "héllo", ""]:
    for p in ["he", "lo", "", "hé", ("x", "he"), ("lo",), ()]:
        case(s, "startswith", p)
        case(s, "endswith", p)
        case(s, "startswith", p, 1)
        case(s, "endswith", p, 0, 4)
        case(s, "startswith", p, 10)
case("a", "startswith", 1)
case("a", "endswith", (1,))
case("abc", "__contains__", "bc")
case("abc", "__contains__", "")
case("abc", "__contains__", "é")
case("aéc", "__contains__", "éc")
case("abc", "__contains__", 1)

# ---- replace / partition / prefix ------------------------------------------
for s in ["aaa", "abcabc", "", "héllo héllo", "x"]:
    for old, new in [("a", "b"), ("", "-"), ("abc", ""), ("é", "e"), ("l", "LL"), ("x", "é"), ("zz", "q")]:
        case(s, "replace", old, new)
        case(s, "replace", old, new, 1)
        case(s, "replace", old, new, 0)
case("abc", "replace", 1, "b")
case("abc", "replace", "a", 1)
case("abc", "replace", "a", "b", "c")
case("abc", "replace", "a", "b", count=1)
for s in ["a,b,c", "abc", ",", "é,ü,é"]:
    for sep in [",", "b", "é", "zz", ""]:
        case(s, "partition", sep)
        case(s, "rpartition", sep)
case("a", "partition", 1)
for s in ["prefix-body-suffix", "", "pp"]:
    for a in ["prefix-", "-suffix", "", "p", "zz"]:
        case(s, "removeprefix", a)
        case(s, "removesuffix", a)
case("a", "removeprefix", 1)

# ---- split / join / strip --------------------------------------------------
for s in ["a b  c", "  a b  ", "", "   ", "a\tb\nc\x1cd\x0be", "a\u3000b\xa0c", "é ü  ö ", "one"]:
    case(s, "split")
    case(s, "rsplit")
    for m in [0, 1, 2]:
        case(s, "split", None, m)
        case(s, "rsplit", None, m)
        case(s, "split", maxsplit=m)
for s in ["a,b,,c", ",a,", "", "abc", "é,,ü", "a--b--c"]:
    for sep in [",", "--", "é", ",,"]:
        case(s, "split", sep)
        case(s, "rsplit", sep)
        case(s, "split", sep, 1)
        case(s, "rsplit", sep, 1)
        case(s, "rsplit", sep=sep, maxsplit=1)
case("a", "split", "")
case("a", "split", 1)
case("a", "split", x=1)
case("a", "split", ",", "b")
case("a b", "split", None, 1, 2)
for s in ["a\nb\r\nc\rd", "a\n", "\n\n", "", "x\x0by\x0cz\x1c\x1d\x1e", "a\x85b\u2028c\u2029d", "one"]:
    case(s, "splitlines")
    case(s, "splitlines", True)
    case(s, "splitlines", keepends=True)
case("a", "splitlines", "x")
for s in ["  hi  ", "\t\n hi \x1c", "", "xxhixx", "\u3000hé\xa0", "héé"]:
    for c in [None, "x", "", "é", "hx", " i"]:
        case(s, "strip", c)
        case(s, "lstrip", c)
        case(s, "rstrip", c)
    case(s, "strip")
case("a", "strip", 1)
case("a", "lstrip", 1, 2)
case("a", "strip", chars="a")
for sep in ["", ",", ", ", "é"]:
    for items in [[], ["a"], ["a", "b", "c"], ("x", "é"), ["", ""], ["ab"]]:
        case(sep, "join", items)
case(",", "join", [1])
case(",", "join", ["a", 2])
case(",", "join", 5)
case(",", "join", "abc")

# ---- case mapping and predicates -------------------------------------------
words = ["hello World", "HELLO", "", "ß straße", "ǆemal", "ΣΑΣ ΟΔΟΣ", "ﬁnal", "İstanbul", "123abc",
         "hello_world-foo bar's", "ŉ", "aBc DeF", "ǅ", "Ⅷ", "ΐ", "a1b2", "they're bill's", "ὈΔΥΣΣΕΎΣ"]
for w in words:
    for m in ["upper", "lower", "casefold", "swapcase", "capitalize", "title",
              "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
              "islower", "istitle", "isidentifier", "isprintable", "isascii"]:
        case(w, m)
for w in ["123", "١٢٣", "½", "²", "  ", "\u3000", "\x1f", "_a1", "1a", "a\x00", "\xa0", "\u2028", "é",
          "ǅǅ", "Ab Cd", "Ab cd", "A1 B2", "ΣΣ"]:
    for m in ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
              "islower", "istitle", "isidentifier", "isprintable"]:
        case(w, m)
case("a", "upper", 1)
case("a", "upper", x=1)

# ---- padding, zfill, expandtabs -------------------------------------------
for s in ["ab", "abc", "", "é", "héllo"]:
    for w in [0, 3, 6, 7, -1]:
        case(s, "center", w)
        case(s, "ljust", w)
        case(s, "rjust", w)
        case(s, "center", w, "*")
        case(s, "ljust", w, "é")
        case(s, "rjust", w, "€")
        case(s, "zfill", w)
for s in ["-42", "+7", "42", "", "-", "é"]:
    case(s, "zfill", 5)
case("a", "center", "x")
case("a", "center", 5, "xy")
case("a", "center", 5, 1)
case("a", "center")
case("a", "center", 1, 2, 3)
case("a", "zfill", "a")
for s in ["a\tbc\td", "\t", "ab\n\tc", "é\tx", "no tabs", "a\r\tb"]:
    for t in [None, 0, 1, 4, -1]:
        if t is None:
            case(s, "expandtabs")
        else:
            case(s, "expandtabs", t)
case("a\tb", "expandtabs", tabsize=2)
case("a", "expandtabs", "x")

# ---- encode ----------------------------------------------------------------
for s in ["abc", "héllo", "€", "日本", "a\udc80b", "\ud800", "éé"]:
    for enc in ["utf-8", "ascii", "latin-1", "UTF8", "Latin_1", "foo"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bad"]:
            case(s, "encode", enc, err)
    case(s, "encode")
case("a", "encode", 1)
case("a", "encode", errors="ignore")

# ---- translate / maketrans ---------------------------------------------------
case("abc", "translate", {97: "xyz", 98: None})
case("abc", "translate", {97: 120})
case("abc", "translate", [1, 2])
case("abc", "translate", 1)
case("abc", "translate", {97: 2.0})
case("abc", "translate", {97: 0x110000})
case("héllo", "translate", {233: "e", 108: "L"})
case("abc", "maketrans", "ab", "cd")
case("abc", "maketrans", "ab", "cd", "e")
case("abc", "maketrans", {"a": "b", 98: None})
case("abc", "maketrans", 1)
case("abc", "maketrans", "ab", "a")
case("abc", "maketrans", {"ab": 1})
case("abc", "maketrans", {1.0: 1})
case("abc", "maketrans", 1, 2)
case("abc", "maketrans", 1, "a")

# ---- indexing, slicing, operators ----------------------------------------
for s in ["hello", "héllo wörld", "", "日本語", "x" * 40 + "é" * 40 + "y" * 40]:
    for i in [0, 1, -1, -5, 4, 5, 100, 39, 40, 79, 80, 119]:
        case(s, "__getitem__", i)
    for sl in [slice(None), slice(1, 3), slice(None, None, -1), slice(None, None, 2), slice(-3, None),
               slice(5, 1, -2), slice(100, -100, -1), slice(1, None, 3), slice(35, 85), slice(38, 83, 3),
               slice(90, 30, -7)]:
        case(s, "__getitem__", sl)
    case(s, "__len__")
    case(s, "__mul__", 3)
    case(s, "__mul__", 0)
    case(s, "__rmul__", 2)
    case(s, "__add__", "é!")
    case(s, "__repr__")
    case(s, "__hash__") if False else None
case("a", "__getitem__", "x")
case("a", "__getitem__", 1.5)
case("a", "__getitem__", True)
case("ab", "__getitem__", slice("a", None))
case("ab", "__getitem__", slice(None, None, 0))
# (a non-int operand of * is the operator's error, "can't multiply sequence by
# non-int", which the direct s.__mul__(x) call words differently: not tested here)
case("a", "__add__", 1)
for a, b in [("a", "b"), ("b", "a"), ("a", "a"), ("", "a"), ("é", "z"), ("z", "é"), ("ab", "abc"), ("€", "😀")]:
    for m in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]:
        case(a, m, b)
case("a", "__eq__", 1)
case("a", "__lt__", 1)

# ---- repr ------------------------------------------------------------------
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there\nnl\rcr\\bs", "\x00\x1f\x7f\x80\x9f",
          "é ü € 😀", "\xa0\xad\u200b\u2028\ufeff", "\ud800\udfff", "\U000e0001\U0010ffff", "\U0001f600",
          "\u0378", "a'b\"c"]:
    case(s, "__repr__")
    case(s, "__str__")

# ---- str.format --------------------------------------------------------------
F = [
    ("{} {}", (1, "a"), {}), ("{0}{1}{0}", ("a", "b"), {}), ("{x}-{y}", (), {"x": 1, "y": "z"}),
    ("{{}} {{{0}}}", (5,), {}), ("{0!r} {0!s} {0!a}", ("é",), {}), ("{:>5}|{:<5}|{:^5}", ("a", "b", "c"), {}),
    ("{0:{1}}", ("ab", 5), {}), ("{:{}}", ("ab", 4), {}), ("{0[1]}", ([5, 6],), {}), ("{0[a]}", ({"a": 3},), {}),
    ("{0.real}", (3,), {}), ("{0[0][1]}", ([[1, 2]],), {}), ("{a[x]}", (), {"a": {"x": "y"}}),
    ("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{0!", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{0.}", (1,), {}), ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{1}", (1,), {}), ("{}{0}", (1,), {}),
    ("{0}{}", (1,), {}), ("{a}", (), {}), ("{0.foo}", (1,), {}), ("{0[1]}", ([1],), {}), ("{0:{1}}", (1,), {}),
    ("{:{:{}}}", (1, 2, 3), {}), ("{!}", (1,), {}), ("{0!r:}", (1,), {}), ("{:d}", ("a",), {}),
    ("{:>5", (1,), {}), ("{0[-1]}", ([1],), {}), ("{0[ 1]}", ({" 1": 3},), {}), ("{ 0}", (1,), {}),
    ("{-1}", (1,), {}), ("{00}", (1,), {}), ("{0]}", (1,), {}), ("{[0]}", ([7],), {}), ("{.real}", (3,), {}),
    ("{0!s:>{1}}", ("x", 4), {}), ("{0:}}", (1,), {}), ("no fields", (), {}), ("é{}ü", ("€",), {}),
    ("{}", ("plain",), {}), ("{0}", (12345,), {}), ("{:}", ("x",), {}), ("{0[0]}", ("abc",), {}),
    ("{0!ä}", (1,), {}), ("{:x>{w}}", ("a",), {"w": 3}), ("{0{}", (1,), {}), ("{a.b}", (), {"a": "s"}),
    ("x}}y{{z", (), {}), ("{0:%}", ("s",), {}),
]
for fmt, args, kwargs in F:
    case(fmt, "format", *args, **kwargs)
case("{a}", "format_map", {"a": 1})
case("{a}", "format_map", {})
case("{0}", "format_map", {})
case("{a}", "format_map", 1)
case("x", "format_map", 1)
for spec in ["", ">5", "<5", "^6", "*^7", ".2", "5.1", "x"]:
    case("héllo", "__format__", spec)
case("a", "__format__", 1)

# ---- printf-style ------------------------------------------------------------------
P = [
    ("%d", "a"), ("%x", 1.5), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", 1), ("%(a)s", {"b": 1}),
    ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%y", 1), ("%", 1), ("%(a", {}),
    ("%*d", ("a", 1)), ("%.*d", ("a", 1)), ("%s", ()), ("%i", None), ("%o", 1.5), ("%e", "a"), ("%f", None),
    ("abc", 1), ("abc", ()), ("abc", []), ("abc", {}), ("%s %(a)s", {"a": 1}), ("%(a)s %s", {"a": 1}),
    ("%d", 2 ** 70), ("%x", -(2 ** 70)), ("%#X", 2 ** 65),
    ("%.2f %5.1e %g %G %#x %#o %X %+d % d %-5d| %05d %.3d %5.2s|",
     (3.14159, 31415.9, 0.00001, 1e20, 255, 8, 255, 5, 5, 5, -5, 7, "abcdef")),
    ("%c%c", (65, "é")), ("%r %a", ("é", "é")), ("%5%", ()), ("%5%", (1,)), ("%#.3g|%#x|%-#8o|%#X", (1.0, 0, 8, 255)),
    ("%.0f %.0e %#.0f", (2.5, 2.5, 2.5)), ("%05f|%-05f|%+.2e", (float("inf"), float("nan"), -0.0)),
    ("%d %d", (True, 3.99)), ("%x", True), ("%s", [1]), ("%-+08.3f|", 3.14159), ("%08.3s|", "abcdef"),
    ("%(x)d %(x)r", {"x": 5}), ("%10.4f|%-10d|%10s", (1 / 3, 42, "hi")), ("%u", -3), ("%ld", 3),
    ("%*.*f", (10, 3, 1.5)), ("%-*d|", (-5, 3)), ("%s", b"ab"), ("%d", "5"), ("%x", -255), ("%#o", -8),
    ("%c", "é"), ("%5c|%-5c|", ("a", "b")), ("%0*d", (5, 3)), ("% 05d", 3), ("%#5x", 3), ("%#05x", 3),
    ("%e", 0), ("%g", 123456789), ("%G", 1e-10), ("%10.3e|", 1234.5), ("%.3g", 1234.5), ("%.3s", "éàü"),
    ("%s", "é"), ("%a", "é\n"), ("%(a)s", {"a": "x", "b": 1}), ("%s %s", "ab"), ("%(a)s", ["x"]),
    ("%s", {"a": 1}), ("%d%%", 5), ("%z", 1), ("%.1z", 1), ("%\xe9", 1), ("%5", 1), ("%(a)", {"a": 1}),
    ("é%sü", "€"), ("%05.3d|%-6.3x|", (7, 10)), ("%+.1f", 2.25), ("%r", "it's"), ("%.0s|", "abc"),
    ("%(a)s%(b)s", {"a": 1, "b": 2}), ("%((a))s", {"(a)": 1}), ("%f", 10 ** 20), ("%.3f", 2 ** 0.5),
    ("%-10.4s|", "é" * 6), ("%c", 0xe9), ("%c", 128512), ("%i", 3.7), ("%X", 2 ** 100), ("%o", 0),
]
for fmt, arg in P:
    case(fmt, "__mod__", arg)

# ---- constructor-ish (static/class methods called on the type) --------------
# (receiver "<type str>" means the type object itself)
for args, kwargs in [((), {}), ((1,), {}), (("a",), {}), ((b"abc", "ascii"), {}), ((b"\xff", "utf-8"), {}),
                     ((b"\xff", "utf-8", "replace"), {}), ((1, "utf-8"), {}), (("a", "utf-8"), {}),
                     ((b"a", "foo"), {}), ((b"\xff",), {"errors": "x"}), ((), {"x": 1}), ((1, 2, 3, 4), {}),
                     (([1, "é"],), {}), ((b"a\xffb",), {"encoding": "latin-1"}), ((None,), {}), ((2.5,), {})]:
    case("<type str>", "__call__", *args, **kwargs)

# ---- bytes ---------------------------------------------------------------------
B = [
    (b"a", "__getitem__", 5), (b"a", "__getitem__", "x"), (b"abc", "__getitem__", 1), (b"abc", "__getitem__", -1),
    (b"abc", "__getitem__", slice(None, None, -1)), (b"abcdef", "__getitem__", slice(1, 5, 2)),
    (b"abc", "__getitem__", slice(1, 2)), (b"abc", "__getitem__", slice(5, 9)),
    (b"a", "__add__", "b"), (b"a", "__add__", 1), (b"a", "__add__", b"bc"), 
    (b"ab", "__mul__", 3), (b"ab", "__rmul__", 0), (b"abc", "__contains__", "a"), (b"abc", "__contains__", 97),
    (b"abc", "__contains__", 300), (b"abc", "__contains__", b"bc"), (b"abc", "__contains__", b""),
    (b"a", "join", ["a"]), (b"a", "join", [b"x", b"y"]), (b"a", "join", 5), (b"", "join", []),
    (b", ", "join", (b"x", b"y", b"z")),
    (b"abc", "find", "a"), (b"abc", "find", 98), (b"abc", "find", b"c", -1), (b"abc", "index", b"z"),
    (b"abc", "rindex", b"z"), (b"abc", "count", b""), (b"abcabc", "count", b"bc"), (b"abcabc", "rfind", b"bc"),
    (b"abcabc", "rfind", b"bc", 0, 4), (b"abc", "find", 300),
    (b"abc", "startswith", "a"), (b"abc", "startswith", (b"x", b"a")), (b"abc", "startswith", ("x",)),
    (b"abc", "endswith", b"c", 0, 2), (b"abc", "endswith", b"bc"),
    (b"abc", "replace", "a", "b"), (b"abc", "replace", b"a", b"xy"), (b"aaa", "replace", b"a", b"b", 2),
    (b"abc", "replace", b"", b"-"), (b"abc", "replace", b"z", b"-"),
    (b"abc", "strip", "a"), (b" \x1c abc \t", "strip"), (b"xxaxx", "strip", b"x"), (b"xxaxx", "lstrip", b"x"),
    (b"xxaxx", "rstrip", b"x"), (b" a\x1cb  c ", "split"), (b"a,b,,c", "split", b","), (b"a,b,,c", "split", b",", 1),
    (b"a,b,,c", "rsplit", b",", 1), (b"abc", "split", b""), (b"  a b  c ", "rsplit", None, 1),
    (b"aBc", "upper"), (b"aBc", "lower"),
    (b"\xff", "decode"), (b"\xff", "decode", "ascii"), (b"\xc3\xa9", "decode", "latin-1"), (b"\xc3\xa9", "decode"),
    (b"a\xffb", "decode", "utf-8", "replace"), (b"a\xffb", "decode", "utf-8", "ignore"),
    (b"\xe4\xb8x", "decode"), (b"\xe4\xb8", "decode"), (b"\xe4", "decode"), (b"\xf0\x90\x80", "decode"),
    (b"\xed\xa0\x80", "decode"), (b"\xed\xa0\x80", "decode", "utf-8", "replace"),
    (b"\xff\xfe", "decode", "ascii", "replace"), (b"\xe0\x80\x80", "decode", "utf-8", "replace"),
    (b"a\x80\xffb", "decode", "utf-8", "surrogateescape"), (b"a\x80b", "decode", "utf-8", "backslashreplace"),
    (b"\xc0\xaf", "decode", "utf-8", "replace"), (b"\xf4\x90\x80\x80", "decode", "utf-8", "replace"),
    (b"abc", "decode", "foo"), (b"a", "decode", 1), (b"\xff", "decode", "utf-8", "bad"),
    (b"abc", "hex"), (b"abc", "hex", ":"), (b"abcdef", "hex", ":", 2), (b"abcde", "hex", ":", -2), (b"", "hex"),
    (b"abcde", "hex", b"-", 2),
    (b"it's", "__repr__"), (b"it's \"q\"", "__repr__"), (b"\x00\x7f\x80\xff\t\n\r\\", "__repr__"),
    (b"a", "__lt__", b"b"), (b"a", "__lt__", "b"), (b"a", "__eq__", "a"), (b"ab", "__eq__", b"ab"),
    (b"ab", "__ge__", b"abc"), (b"abc", "__len__"),
    (b"abc", "removeprefix", b"a"), (b"a b", "partition", b" "), (b"a b", "rpartition", b"x"),
    (b"a", "isdigit"), (b"123", "isdigit"), (b"", "isalpha"), (b"Ab", "isalnum"), (b" \t", "isspace"),
    (b"ab1", "islower"), (b"AB1", "isupper"), (b"\x80", "isascii"),
]
B += [
    (b"%s %d %x %r %a %c %c %5.2f|%-4b|", "__mod__", (b"ab", 5, 255, "\xe9", b"x", 65, b"z", 3.14159, b"q")),
    (b"%s", "__mod__", "a"), (b"%c", "__mod__", 256), (b"%c", "__mod__", "a"), (b"%b", "__mod__", 1),
    (b"%(a)s", "__mod__", {b"a": b"v"}), (b"%(a)s", "__mod__", {"a": b"v"}), (b"%y", "__mod__", 1),
    (b"\xff%s", "__mod__", b"\xfe"), (b"%s %s", "__mod__", (b"a",)), (b"%r", "__mod__", b"x"),
    (b"%c", "__mod__", b"ab"), (b"%i|%u", "__mod__", (3.9, -2)), (b"%5s|%-5s|%.1s", "__mod__", (b"ab", b"cd", b"ef")),
    (b"ab", "center", 6, b"*"), (b"ab", "center", 6, "*"), (b"-5", "zfill", 4), (b"a\nb\r\nc", "splitlines"),
    (b"a\nb", "splitlines", True), (b"hello world", "title"), (b"Hello", "swapcase"), (b"hELLO", "capitalize"),
    (b"Ab Cd", "istitle"), (b"abc", "translate", b"".join(bytes([c]) for c in range(256)).replace(b"a", b"x")),
    (b"abc", "translate", None, b"b"), (b"abc", "maketrans", b"a", b"bc"), (b"a\tb", "expandtabs", 4),
    (b"ab", "ljust", 4, b"x"), (b"ab", "center", 4, b"xy"), (b"abc", "translate", b"x"), (b"ab", "rjust", 5),
    (b"abc", "__str__"), (b"abc", "__bytes__"),
]
for recv, meth, *rest in B:
    case(recv, meth, *rest)
    # The same call on a bytearray (methods bytes alone has are skipped).
    if isinstance(recv, bytes) and meth not in ("__bytes__", "__getnewargs__", "__str__", "__hash__"):
        case(bytearray(recv), meth, *rest)
case(b"abc", "split", maxsplit=1)
case(b"abc", "decode", encoding="ascii")
for args, kwargs in [(("a",), {}), (("a", "ascii"), {}), ((1, "ascii"), {}), ((b"a", "ascii"), {}), ((-1,), {}),
                     ((3,), {}), (([1, 256],), {}), (([1, "a"],), {}), ((1.5,), {}), ((None,), {}),
                     (([65, 66],), {}), ((), {"x": 1}), (("a",), {"errors": "strict"}), (("é", "latin-1"), {}),
                     (((i for i in ()),), {}), (("é", "ascii", "replace"), {}), ((), {})]:
    case("<type bytes>", "__call__", *args, **kwargs)
for a in ["61 62", "6", "6x", b"61", " 61 ", "", "ABcd", "6162 63"]:
    case("<type bytes>", "fromhex", a)

# ---- bytearray construction and mutation -----------------------------------
for args, kwargs in [((), {}), ((b"ab",), {}), ((3,), {}), (([65, 66],), {}), (("\xe9", "utf-8"), {}), (("a",), {}),
                     ((-1,), {}), ((1.5,), {}), (([1, 256],), {}), ((bytearray(b"x"),), {}), ((1, "ascii"), {})]:
    case("<type bytearray>", "__call__", *args, **kwargs)
case("<type bytearray>", "fromhex", "61 62")
SEQS = [
    (b"hello", [("__setitem__", 0, 72), ("append", 33), ("extend", b" world"), ("__len__",)]),
    (b"hello", [("__setitem__", slice(1, 5), b"EY"), ("__delitem__", 0), ("__delitem__", slice(-2, None))]),
    (b"hello", [("insert", 0, 72), ("pop",), ("pop", 0), ("remove", ord("e")), ("reverse",)]),
    (b"\x00" * 4, [("__setitem__", slice(None, None, 2), b"ab")]),
    (b"abc", [("__imul__", 2), ("__iadd__", b"!"), ("upper",), ("count", b"a"), ("find", b"c")]),
    (b"abc", [("__setitem__", 0, 256)]), (b"abc", [("__setitem__", 0, "a")]), (b"abc", [("__setitem__", 5, 1)]),
    (b"hello", [("__setitem__", slice(0, 1), 5)]), (b"hello", [("__setitem__", slice(0, 1), "ab")]),
    (b"hello", [("__setitem__", slice(None, None, 2), b"a")]), (b"hello", [("append", 256)]),
    (b"hello", [("append", "a")]), (b"hello", [("extend", 5)]), (b"hello", [("extend", "ab")]),
    (b"hello", [("extend", [1, 300])]), (b"hello", [("pop", 10)]), (b"", [("pop",)]), (b"hello", [("remove", 120)]),
    (b"hello", [("insert", 100, 65)]), (b"hello", [("insert", -100, 65)]), (b"hello", [("insert", 0, 300)]),
    (b"hello", [("__delitem__", 10)]), (b"hello", [("__delitem__", slice(None, None, 2))]),
    (b"hello", [("__delitem__", slice(None, None, -2))]), (b"hello", [("__delitem__", slice(4, 0, -3))]),
    (b"hello", [("__setitem__", slice(1, 3), [65, 66, 67])]), (b"hello", [("__setitem__", slice(5, 0), b"Z")]),
    (b"hello", [("__setitem__", slice(None, None, -1), b"abcde")]), (b"hello", [("__getitem__", -1)]),
    (b"hello", [("__setitem__", slice(0, 2), bytearray(b"q"))]), (b"hello", [("clear",), ("__len__",)]),
    (b"hello", [("copy",), ("__getitem__", slice(1, 3)), ("__getitem__", 9)]), (b"hello", [("__add__", "x")]),
    (b"hello", [("__imul__", 0)]), (b"hello", [("__iadd__", "x")]),
    (b"hello", [("__getitem__", "x")]), (b"hello", [("__repr__",), ("strip",), ("decode",), ("__eq__", b"hello")]),
    (b"ab", [("__mul__", 3), ("__rmul__", 2), ("__add__", b"c"), ("__contains__", 97), ("__mod__", ())]),
    (b"%d-%s", [("__mod__", (5, b"x"))]), (b"x", [("__lt__", b"y"), ("__ge__", bytearray(b"x"))]),
    (b"a,b", [("split", b","), ("partition", b","), ("join", [b"1", bytearray(b"2")])]),
]
for recv, calls in SEQS:
    CASES.append((bytearray(recv), "@seq", calls, {}))
case(b"", "join", [b"x", bytearray(b"y")])
case(b"abc", "__eq__", bytearray(b"abc"))
case(b"x", "__add__", bytearray(b"y"))
case(b"abc", "__contains__", bytearray(b"b"))
case(b"%s", "__mod__", bytearray(b"ba"))

# ---- slice -----------------------------------------------------------------------
for args in [(), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ("a", None)]:
    case("<type slice>", "__call__", *args)
for sl, n in [(slice(1), 5), (slice(None, None, -1), 5), (slice(-10 ** 30, 10 ** 30, 2), 5), (slice(1, 2), -1),
              (slice("a"), 3), (slice(None, None, 0), 3), (slice(2, -1, -1), 10), (slice(-3, None), 2)]:
    case(sl, "indices", n)
case(slice(1, "a"), "__repr__")
case(slice(1, 2), "__eq__", slice(1, 2))
case(slice(1), "__lt__", slice(2))
case(slice(1), "__lt__", 3)


# ---------------------------------------------------------------------------
# Emission
# ---------------------------------------------------------------------------

def cstr(data: bytes) -> str:
    out = []
    for b in data:
        c = chr(b)
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif 32 <= b < 127 and c != '?':
            out.append(c)
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


def cval(v) -> str:
    if isinstance(v, str):
        if v.startswith("<type ") and v.endswith(">"):
            return 'TY("%s")' % v[6:-1]
        data = v.encode("utf-8", "surrogatepass")
        return "S(%s, %d)" % (cstr(data), len(data))
    if isinstance(v, bool):
        return "BOOL(%s)" % ("true" if v else "false")
    if v is None:
        return "NONE()"
    if isinstance(v, int):
        if -(2 ** 47) <= v < 2 ** 47:
            return "I(%d)" % v
        return 'BIG("%d")' % v
    if isinstance(v, float):
        return "F(%s)" % repr(v).replace("inf", "INFINITY").replace("nan", "NAN")
    if isinstance(v, bytes):
        return "BY(%s, %d)" % (cstr(v), len(v))
    if isinstance(v, bytearray):
        return "BA(%s, %d)" % (cstr(bytes(v)), len(v))
    if isinstance(v, tuple):
        return "TU({%s})" % ", ".join(cval(x) for x in v)
    if isinstance(v, list):
        return "LI({%s})" % ", ".join(cval(x) for x in v)
    if isinstance(v, dict):
        return "DI({%s})" % ", ".join("%s, %s" % (cval(k), cval(x)) for k, x in v.items())
    if isinstance(v, slice):
        return "SL(%s, %s, %s)" % (cval(v.start), cval(v.stop), cval(v.step))
    if type(v).__name__ == "generator":
        return "LI({})"
    raise TypeError(type(v))


def resolve(recv):
    if isinstance(recv, str) and recv.startswith("<type "):
        return {"str": str, "bytes": bytes, "slice": slice, "bytearray": bytearray}[recv[6:-1]]
    return recv


def outcome(fn):
    try:
        res = fn()
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    return "NotImplemented" if res is NotImplemented else repr(res)


def expect_seq(obj, calls):
    # Each call's outcome, then the object's final repr, joined by " | ".
    obj = bytearray(obj)
    parts = [outcome(lambda c=c: getattr(obj, c[0])(*c[1:])) for c in calls]
    return " | ".join(parts + [repr(obj)])


def expect(recv, method, args, kwargs):
    if method == "@seq":
        return expect_seq(recv, args)
    r = resolve(recv)
    try:
        if method == "__call__":
            res = r(*args, **kwargs)
        else:
            res = getattr(r, method)(*args, **kwargs)
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    if res is NotImplemented:
        return "NotImplemented"
    return repr(res)


def main():
    w = sys.stdout.write
    w("// GENERATED by tests/unit/core/str_cases_gen.py from CPython %s. Do not edit.\n" % sys.version.split()[0])
    w("// clang-format off\n")
    for recv, method, args, kwargs in CASES:
        exp = expect(recv, method, args, kwargs)
        data = exp.encode("utf-8", "surrogatepass")
        if method == "@seq":
            calls = ", ".join("{\"%s\", {%s}}" % (c[0], ", ".join(cval(a) for a in c[1:])) for c in args)
            w("SEQ(%s, {%s}, %s);\n" % (cval(recv), calls, cstr(data)))
            continue
        arg_list = ", ".join(cval(a) for a in args)
        kw_names = ", ".join('"%s"' % k for k in kwargs)
        kw_vals = ", ".join(cval(v) for v in kwargs.values())
        w("CASE(%s, \"%s\", {%s}, {%s}, {%s}, %s);\n" %
          (cval(recv), method, arg_list, kw_names, kw_vals, cstr(data)))


main()
