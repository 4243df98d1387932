# A small interpreter for arithmetic expressions with variables (recursive descent).
class ParseError(Exception):
    pass
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            toks.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            toks.append(("name", s[i:j]))
            i = j
        elif s.startswith("**", i):
            toks.append(("op", "**")); i += 2
        elif c in "+-*/%()=":
            toks.append(("op", c)); i += 1
        else:
            raise ParseError(f"bad character {c!r}")
    return toks + [("end", None)]
class Interp:
    def __init__(self):
        self.vars = {}
    def run(self, line):
        self.toks, self.pos = tokenize(line), 0
        if self.toks[0][0] == "name" and self.toks[1] == ("op", "="):
            name = self.toks[0][1]
            self.pos = 2
            value = self.expr()
            self.vars[name] = value
        else:
            value = self.expr()
        if self.peek() != ("end", None):
            raise ParseError(f"unexpected {self.peek()[1]!r}")
        return value
    def peek(self):
        return self.toks[self.pos]
    def take(self):
        self.pos += 1
        return self.toks[self.pos - 1]
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op, rhs = self.take()[1], None
            rhs = self.unary()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if kind == "name":
            if val not in self.vars:
                raise NameError(f"undefined variable {val!r}")
            return self.vars[val]
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise ParseError("expected ')'")
            return v
        raise ParseError(f"unexpected {val!r}")
calc = Interp()
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "x = 10", "y = x * x - 1", "y / 4",
         "y % 7", "2 ** 100", "0.5 + 0.25", "z + 1", "1 / 0", "(1 + 2", "3 $ 4", "1 2", "x = (y - 99) * -x"]
for line in lines:
    try:
        print(f"{line:<22} => {calc.run(line)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(sorted(calc.vars.items()))
