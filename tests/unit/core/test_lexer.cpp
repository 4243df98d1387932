// Coil — lexer tests: token kinds and positions (CPython's C tokenizer's:
// NEWLINE is zero-width at the line break, or starts at a trailing comment),
// indentation, literal forms and the tokenizer's errors with CPython's
// offsets (taken from python3 3.11.7's SyntaxError for the same source).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/lexer.h"

namespace coil {
namespace {

// "KIND@line:col-end_line:end_col 'text'" per token.
std::string render(std::string_view src) {
  std::string out;
  for (const Token& t : tokenize(src, "<test>")) {
    out += token_name(t.kind);
    out += '@' + std::to_string(t.line) + ':' + std::to_string(t.col) + '-' +
           std::to_string(t.end_line) + ':' + std::to_string(t.end_col);
    if (t.end > t.start && t.kind != TokenKind::INDENT) {
      out += " '";
      out += src.substr(t.start, t.end - t.start);
      out += "'";
    }
    out += '\n';
  }
  return out;
}

std::vector<TokenKind> kinds(std::string_view src) {
  std::vector<TokenKind> out;
  for (const Token& t : tokenize(src, "<test>")) out.push_back(t.kind);
  return out;
}

SyntaxErrorInfo lex_error(std::string_view src) {
  try {
    tokenize(src, "<test>");
  } catch (const SyntaxErrorException& e) {
    return e.info();
  }
  ADD_FAILURE() << "no error for: " << src;
  return {};
}

using K = TokenKind;

TEST(Lexer, TokenTable) {
  EXPECT_EQ(token_name(K::LPAR), "LPAR");
  EXPECT_EQ(token_spelling(K::DOUBLESTAREQUAL), "**=");
  EXPECT_EQ(token_spelling(K::KW_NONLOCAL), "nonlocal");
  EXPECT_TRUE(is_keyword(K::KW_FALSE));
  EXPECT_FALSE(is_keyword(K::NAME));
}

TEST(Lexer, IndentationAndNewlines) {
  EXPECT_EQ(render("if x:\n    y = 1  # note\n\n  # blank\n    z\nw\n"),
            "KW_IF@1:0-1:2 'if'\n"
            "NAME@1:3-1:4 'x'\n"
            "COLON@1:4-1:5 ':'\n"
            "NEWLINE@1:5-1:5\n"
            "INDENT@2:0-2:4\n"
            "NAME@2:4-2:5 'y'\n"
            "EQUAL@2:6-2:7 '='\n"
            "NUMBER@2:8-2:9 '1'\n"
            "NEWLINE@2:11-2:17 '# note'\n"
            "NAME@5:4-5:5 'z'\n"
            "NEWLINE@5:5-5:5\n"
            "DEDENT@6:0-6:0\n"
            "NAME@6:0-6:1 'w'\n"
            "NEWLINE@6:1-6:1\n"
            "ENDMARKER@7:0-7:0\n");
}

TEST(Lexer, ImplicitAndExplicitLineJoining) {
  EXPECT_EQ(kinds("x = (1,\n     2)\ny = 1 + \\\n    2\n"),
            (std::vector<K>{K::NAME, K::EQUAL, K::LPAR, K::NUMBER, K::COMMA, K::NUMBER, K::RPAR,
                            K::NEWLINE, K::NAME, K::EQUAL, K::NUMBER, K::PLUS, K::NUMBER, K::NEWLINE,
                            K::ENDMARKER}));
  // Brackets record their nesting level.
  std::vector<Token> t = tokenize("f([{x}])\n");
  EXPECT_EQ(t[1].level, 1);  // (
  EXPECT_EQ(t[3].level, 3);  // {
  EXPECT_EQ(t[4].level, 3);  // x
  EXPECT_EQ(t[5].level, 2);  // }
  EXPECT_EQ(t[7].level, 0);  // )
}

TEST(Lexer, EndOfInput) {
  // No trailing newline: a NEWLINE is still produced, then the DEDENTs.
  EXPECT_EQ(kinds("if x:\n    y"), (std::vector<K>{K::KW_IF, K::NAME, K::COLON, K::NEWLINE, K::INDENT,
                                                  K::NAME, K::NEWLINE, K::DEDENT, K::ENDMARKER}));
  EXPECT_EQ(kinds(""), (std::vector<K>{K::ENDMARKER}));
  EXPECT_EQ(kinds("\n\n# only a comment\n"), (std::vector<K>{K::ENDMARKER}));
  EXPECT_EQ(kinds("\xEF\xBB\xBFx\r\ny\r\n"),  // BOM and CRLF
            (std::vector<K>{K::NAME, K::NEWLINE, K::NAME, K::NEWLINE, K::ENDMARKER}));
}

TEST(Lexer, Tabs) {
  // A tab advances to the next multiple of 8: these two lines are consistent.
  EXPECT_EQ(kinds("if x:\n\tif y:\n\t\tz\n\tw\n").size(), 17u);
  SyntaxErrorInfo e = lex_error("if x:\n\ty\n        z\n");
  EXPECT_EQ(e.kind, "TabError");
  EXPECT_EQ(e.message, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.col, 1);
  EXPECT_EQ(e.end_col, 0);
}

TEST(Lexer, Keywords) {
  EXPECT_EQ(kinds("if elif else while for in not is and or lambda None True False\n"),
            (std::vector<K>{K::KW_IF, K::KW_ELIF, K::KW_ELSE, K::KW_WHILE, K::KW_FOR, K::KW_IN,
                            K::KW_NOT, K::KW_IS, K::KW_AND, K::KW_OR, K::KW_LAMBDA, K::KW_NONE,
                            K::KW_TRUE, K::KW_FALSE, K::NEWLINE, K::ENDMARKER}));
  // Soft keywords and near-keywords are names.
  EXPECT_EQ(kinds("match case _ type iff None_ print\n"),
            (std::vector<K>{K::NAME, K::NAME, K::NAME, K::NAME, K::NAME, K::NAME, K::NAME, K::NEWLINE,
                            K::ENDMARKER}));
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds("** **= // //= << <<= >> >>= -> ... := != == <= >= @ @= ~ ^= |= &= %= .\n"),
            (std::vector<K>{K::DOUBLESTAR, K::DOUBLESTAREQUAL, K::DOUBLESLASH, K::DOUBLESLASHEQUAL,
                            K::LEFTSHIFT, K::LEFTSHIFTEQUAL, K::RIGHTSHIFT, K::RIGHTSHIFTEQUAL,
                            K::RARROW, K::ELLIPSIS, K::COLONEQUAL, K::NOTEQUAL, K::EQEQUAL,
                            K::LESSEQUAL, K::GREATEREQUAL, K::AT, K::ATEQUAL, K::TILDE,
                            K::CIRCUMFLEXEQUAL, K::VBAREQUAL, K::AMPEREQUAL, K::PERCENTEQUAL, K::DOT,
                            K::NEWLINE, K::ENDMARKER}));
  // Characters no token starts with become ERRORTOKEN for the parser to reject.
  EXPECT_EQ(kinds("$ ? `")[0], K::ERRORTOKEN);
}

TEST(Lexer, Numbers) {
  std::vector<Token> t = tokenize("0 0x_fF 0o17 0B1 1_000 1.5 1. .5 1e10 1E-5 1_0.0_1e+1_0 00 0_0 1if 1else\n");
  std::vector<std::string> text;
  std::vector<bool> flt;
  for (const Token& x : t)
    if (x.kind == K::NUMBER) {
      text.emplace_back(std::string_view("0 0x_fF 0o17 0B1 1_000 1.5 1. .5 1e10 1E-5 1_0.0_1e+1_0 00 0_0 1if 1else\n")
                            .substr(x.start, x.end - x.start));
      flt.push_back(x.flags & kNumFloat);
    }
  EXPECT_EQ(text, (std::vector<std::string>{"0", "0x_fF", "0o17", "0B1", "1_000", "1.5", "1.", ".5", "1e10",
                                            "1E-5", "1_0.0_1e+1_0", "00", "0_0", "1", "1"}));
  EXPECT_EQ(flt, (std::vector<bool>{false, false, false, false, false, true, true, true, true, true, true,
                                    false, false, false, false}));
}

TEST(Lexer, NumberErrors) {
  struct {
    const char* src;
    const char* msg;
    int col, end_col;
  } cases[] = {
      {"x = 1a", "invalid decimal literal", 5, 5},
      {"x = 0x", "invalid hexadecimal literal", 6, 6},
      {"x = 0xg", "invalid hexadecimal literal", 6, 6},
      {"x = 0b2", "invalid digit '2' in binary literal", 7, 7},
      {"x = 0o8", "invalid digit '8' in octal literal", 7, 7},
      {"x = 0o", "invalid octal literal", 6, 6},
      {"x = 1_", "invalid decimal literal", 6, 6},
      {"x = 1__0", "invalid decimal literal", 6, 6},
      {"x = 1e", "invalid decimal literal", 5, 5},
      {"x = 1e+", "invalid decimal literal", 7, 7},
      {"x = 1.5x", "invalid decimal literal", 7, 7},
      {"x = 09", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5, 6},
      {"x = 0x1and", "invalid hexadecimal literal", 8, 8},
      {"x = 1jx", "invalid imaginary literal", 6, 6},
      {"x = 1andy", "invalid decimal literal", 5, 5},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.src);
    SyntaxErrorInfo e = lex_error(c.src);
    EXPECT_EQ(e.message, c.msg);
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.col, c.col);
    EXPECT_EQ(e.end_col, c.end_col);
  }
  EXPECT_EQ(lex_error("x = 2j").message, "imaginary literal is not supported by Coil");
}

TEST(Lexer, StringPrefixesAndQuotes) {
  const char* src = "'a' \"b\" '''c''' \"\"\"d\ne\"\"\" r'\\'' b'x' Rb\"y\" bR'z' f'{q}' rF'' Fr'' u'u' U\"\"\n";
  std::vector<uint8_t> flags;
  for (const Token& t : tokenize(src))
    if (t.kind == K::STRING) flags.push_back(t.flags);
  EXPECT_EQ(flags, (std::vector<uint8_t>{0, 0, kStrTriple, kStrTriple, kStrRaw, kStrBytes, kStrRaw | kStrBytes,
                                         kStrRaw | kStrBytes, kStrF, kStrRaw | kStrF, kStrRaw | kStrF, kStrU,
                                         kStrU}));
  // Invalid prefix combinations are a name followed by a string.
  EXPECT_EQ(kinds("ub'x' bu'x' fb'' ur''\n"),
            (std::vector<K>{K::NAME, K::STRING, K::NAME, K::STRING, K::NAME, K::STRING, K::NAME, K::STRING,
                            K::NEWLINE, K::ENDMARKER}));
  // A triple-quoted string spans lines; the next token's line follows it.
  std::vector<Token> t = tokenize("x = '''a\nb''' + y\n");
  EXPECT_EQ(t[2].line, 1);
  EXPECT_EQ(t[2].end_line, 2);
  EXPECT_EQ(t[2].end_col, 4);
  EXPECT_EQ(t[4].line, 2);
  // A backslash continues a single-quoted string onto the next line.
  EXPECT_EQ(kinds("'a\\\nb'\n"), (std::vector<K>{K::STRING, K::NEWLINE, K::ENDMARKER}));
}

TEST(Lexer, StringErrors) {
  SyntaxErrorInfo e = lex_error("x = 'abc\n");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.col, 5);
  EXPECT_EQ(e.end_col, 5);
  e = lex_error("x = f'abc");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.col, 5);
  e = lex_error("x = 1\ny = '''abc\ndef\n\n");
  EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 4)");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.col, 5);
  EXPECT_EQ(e.source_line, "y = '''abc");
}

TEST(Lexer, Identifiers) {
  std::vector<Token> t = tokenize("café = λ + 𝔘 + _x1\n");
  EXPECT_EQ(t[0].kind, K::NAME);
  EXPECT_EQ(t[0].end_col, 5);  // columns are UTF-8 bytes
  EXPECT_EQ(t[2].kind, K::NAME);
  SyntaxErrorInfo e = lex_error("x = 1 € 2\n");
  EXPECT_EQ(e.message, "invalid character '€' (U+20AC)");
  EXPECT_EQ(e.col, 7);
  EXPECT_EQ(e.end_col, 7);
  e = lex_error("x\xC2\xA0= 1\n");
  EXPECT_EQ(e.message, "invalid non-printable character U+00A0");
  e = lex_error("a = 1\nb = x😀\n");
  EXPECT_EQ(e.message, "invalid character '😀' (U+1F600)");
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.col, 6);
}

TEST(Lexer, BracketErrors) {
  SyntaxErrorInfo e = lex_error("x = 1)\n");
  EXPECT_EQ(e.message, "unmatched ')'");
  EXPECT_EQ(e.col, 6);
  e = lex_error("x = (1]\n");
  EXPECT_EQ(e.message, "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(e.col, 7);
  e = lex_error("x = [1,\n  2)\n");
  EXPECT_EQ(e.message, "closing parenthesis ')' does not match opening parenthesis '[' on line 1");
  e = lex_error("x = {1,\n");
  EXPECT_EQ(e.message, "'{' was never closed");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.col, 5);
  EXPECT_EQ(e.end_col, 0);
  e = lex_error("x = " + std::string(201, '[') + "\n");
  EXPECT_EQ(e.message, "too many nested parentheses");
}

TEST(Lexer, ContinuationAndIndentErrors) {
  SyntaxErrorInfo e = lex_error("x = 1 \\ 2\n");
  EXPECT_EQ(e.message, "unexpected character after line continuation character");
  EXPECT_EQ(e.col, 8);
  EXPECT_EQ(e.end_col, 0);
  e = lex_error("x = 1 \\");
  EXPECT_EQ(e.message, "unexpected EOF while parsing");
  EXPECT_EQ(e.col, 8);
  e = lex_error("if x:\n    a\n  b\n");
  EXPECT_EQ(e.kind, "IndentationError");
  EXPECT_EQ(e.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.col, 4);
  EXPECT_EQ(e.end_col, -1);
}

TEST(Lexer, SourceErrors) {
  SyntaxErrorInfo e = lex_error(std::string_view("x = 1\0\n", 7));
  EXPECT_EQ(e.message, "source code cannot contain null bytes");
  e = lex_error("x = 1\ny = '\xff'\n");
  EXPECT_EQ(e.message,
            "Non-UTF-8 code starting with '\\xff' in file <test> on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(e.line, 2);
}

TEST(Lexer, Utf8Helpers) {
  std::string s;
  append_utf8(s, 0x41);
  append_utf8(s, 0xE9);
  append_utf8(s, 0x20AC);
  append_utf8(s, 0x1F600);
  append_utf8(s, 0xD800);  // a lone surrogate, generalized UTF-8
  EXPECT_EQ(s, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xED\xA0\x80");
  size_t i = 0;
  EXPECT_EQ(decode_utf8(s, i), 0x41);
  EXPECT_EQ(decode_utf8(s, i), 0xE9);
  EXPECT_EQ(decode_utf8(s, i), 0x20AC);
  EXPECT_EQ(decode_utf8(s, i), 0x1F600);
  std::string bad = "\xC0\x80";  // overlong
  i = 0;
  EXPECT_EQ(decode_utf8(bad, i), -1);
  EXPECT_TRUE(is_identifier_char('_'));
  EXPECT_TRUE(is_identifier_char(0x3BB));   // λ
  EXPECT_FALSE(is_identifier_char(0x20AC)); // €
}

}  // namespace
}  // namespace coil
