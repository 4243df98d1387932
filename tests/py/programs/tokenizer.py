# A tokenizer for a small C-like language.
KEYWORDS = {"if", "else", "while", "return", "int", "fn"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "=", "<", ">", "!"]
PUNCT = set("(){};,")
class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"
class LexError(Exception):
    pass
def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    while i < len(src):
        ch = src[i]
        if ch == "\n":
            i, line, col = i + 1, line + 1, 1
            continue
        if ch.isspace():
            i, col = i + 1, col + 1
            continue
        if src.startswith("//", i):
            while i < len(src) and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("NUM", src[i:j], line, start_col))
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("KW" if word in KEYWORDS else "ID", word, line, start_col))
        elif ch == '"':
            j = i + 1
            while j < len(src) and src[j] != '"':
                j += 1
            if j >= len(src):
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            tokens.append(Token("STR", src[i + 1:j - 1], line, start_col))
        elif ch in PUNCT:
            j = i + 1
            tokens.append(Token("PUNCT", ch, line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    j = i + len(op)
                    tokens.append(Token("OP", op, line, start_col))
                    break
            else:
                raise LexError(f"unexpected character {ch!r} at {line}:{start_col}")
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens
program = '''fn max(int a, int b) {
    // pick the larger
    if (a >= b && a != 0) { return a; }
    else { return b; }
}
int x = max(10, 20) * 3 - 4 / 2;
print("result", x);
'''
toks = tokenize(program)
for t in toks:
    print(t)
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
for bad in ['x = 1 @ 2;', 'print("oops);']:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
