// Coil — the token table: every token kind the lexer produces, defined once.
// The TokenKind enum, the kind names and the operator/keyword spellings all
// derive from the two X-macro lists below.
#pragma once

#include <cstdint>
#include <string_view>

namespace coil {

// X(NAME, "spelling"): structural tokens have an empty spelling; operators and
// delimiters are listed longest-first within a family only for readability —
// the lexer does its own maximal munch, it does not scan this table.
#define COIL_TOKENS(X)                                                     \
  X(ENDMARKER, "")          /* end of input                          */     \
  X(NAME, "")               /* identifier (soft keywords included)    */     \
  X(NUMBER, "")             /* int or float literal, text as written  */     \
  X(STRING, "")             /* one string literal incl. prefix/quotes */     \
  X(NEWLINE, "")            /* end of a logical line                  */     \
  X(INDENT, "")             /* indentation increased                  */     \
  X(DEDENT, "")             /* indentation decreased (one per level)  */     \
  X(LPAR, "(")                                                             \
  X(RPAR, ")")                                                             \
  X(LSQB, "[")                                                             \
  X(RSQB, "]")                                                             \
  X(LBRACE, "{")                                                           \
  X(RBRACE, "}")                                                           \
  X(COLON, ":")                                                            \
  X(COMMA, ",")                                                            \
  X(SEMI, ";")                                                             \
  X(PLUS, "+")                                                             \
  X(MINUS, "-")                                                            \
  X(STAR, "*")                                                             \
  X(SLASH, "/")                                                            \
  X(VBAR, "|")                                                             \
  X(AMPER, "&")                                                            \
  X(LESS, "<")                                                             \
  X(GREATER, ">")                                                          \
  X(EQUAL, "=")                                                            \
  X(DOT, ".")                                                              \
  X(PERCENT, "%")                                                          \
  X(EQEQUAL, "==")                                                         \
  X(NOTEQUAL, "!=")                                                        \
  X(LESSEQUAL, "<=")                                                       \
  X(GREATEREQUAL, ">=")                                                    \
  X(TILDE, "~")                                                            \
  X(CIRCUMFLEX, "^")                                                       \
  X(LEFTSHIFT, "<<")                                                       \
  X(RIGHTSHIFT, ">>")                                                      \
  X(DOUBLESTAR, "**")                                                      \
  X(PLUSEQUAL, "+=")                                                       \
  X(MINEQUAL, "-=")                                                        \
  X(STAREQUAL, "*=")                                                       \
  X(SLASHEQUAL, "/=")                                                      \
  X(PERCENTEQUAL, "%=")                                                    \
  X(AMPEREQUAL, "&=")                                                      \
  X(VBAREQUAL, "|=")                                                       \
  X(CIRCUMFLEXEQUAL, "^=")                                                 \
  X(LEFTSHIFTEQUAL, "<<=")                                                 \
  X(RIGHTSHIFTEQUAL, ">>=")                                                \
  X(DOUBLESTAREQUAL, "**=")                                                \
  X(DOUBLESLASH, "//")                                                     \
  X(DOUBLESLASHEQUAL, "//=")                                               \
  X(AT, "@")                                                               \
  X(ATEQUAL, "@=")                                                         \
  X(RARROW, "->")                                                          \
  X(ELLIPSIS, "...")                                                       \
  X(COLONEQUAL, ":=")                                                      \
  X(EXCLAMATION, "!")       /* reserved: f-string conversions are split  */  \
                            /* by the parser, a lone '!' is ERRORTOKEN   */  \
  X(ERRORTOKEN, "")         /* a character no token starts with ($ ? `) */

// Hard keywords: X(KW_NAME, "spelling"). Soft keywords (match, case, _, type)
// are ordinary NAME tokens.
#define COIL_KEYWORDS(X)       \
  X(KW_FALSE, "False")         \
  X(KW_NONE, "None")           \
  X(KW_TRUE, "True")           \
  X(KW_AND, "and")             \
  X(KW_AS, "as")               \
  X(KW_ASSERT, "assert")       \
  X(KW_ASYNC, "async")         \
  X(KW_AWAIT, "await")         \
  X(KW_BREAK, "break")         \
  X(KW_CLASS, "class")         \
  X(KW_CONTINUE, "continue")   \
  X(KW_DEF, "def")             \
  X(KW_DEL, "del")             \
  X(KW_ELIF, "elif")           \
  X(KW_ELSE, "else")           \
  X(KW_EXCEPT, "except")       \
  X(KW_FINALLY, "finally")     \
  X(KW_FOR, "for")             \
  X(KW_FROM, "from")           \
  X(KW_GLOBAL, "global")       \
  X(KW_IF, "if")               \
  X(KW_IMPORT, "import")       \
  X(KW_IN, "in")               \
  X(KW_IS, "is")               \
  X(KW_LAMBDA, "lambda")       \
  X(KW_NONLOCAL, "nonlocal")   \
  X(KW_NOT, "not")             \
  X(KW_OR, "or")               \
  X(KW_PASS, "pass")           \
  X(KW_RAISE, "raise")         \
  X(KW_RETURN, "return")       \
  X(KW_TRY, "try")             \
  X(KW_WHILE, "while")         \
  X(KW_WITH, "with")           \
  X(KW_YIELD, "yield")

enum class TokenKind : uint8_t {
#define COIL_TOKEN_ENUM(name, spelling) name,
  COIL_TOKENS(COIL_TOKEN_ENUM) COIL_KEYWORDS(COIL_TOKEN_ENUM)
#undef COIL_TOKEN_ENUM
      COUNT
};

// Keywords occupy one contiguous range, so "is this a keyword" is a compare.
inline constexpr TokenKind kFirstKeyword = TokenKind::KW_FALSE;
inline constexpr TokenKind kLastKeyword = TokenKind::KW_YIELD;
static_assert(static_cast<int>(kLastKeyword) + 1 == static_cast<int>(TokenKind::COUNT),
              "keywords must be the last entries of the token table");

inline constexpr bool is_keyword(TokenKind k) { return k >= kFirstKeyword && k <= kLastKeyword; }

// "NAME", "LPAR", "KW_IF", ... (the enum member's name).
inline constexpr std::string_view kTokenNames[] = {
#define COIL_TOKEN_NAME(name, spelling) #name,
    COIL_TOKENS(COIL_TOKEN_NAME) COIL_KEYWORDS(COIL_TOKEN_NAME)
#undef COIL_TOKEN_NAME
};

// "(", "**=", "while", ... ("" for structural tokens).
inline constexpr std::string_view kTokenSpellings[] = {
#define COIL_TOKEN_SPELLING(name, spelling) spelling,
    COIL_TOKENS(COIL_TOKEN_SPELLING) COIL_KEYWORDS(COIL_TOKEN_SPELLING)
#undef COIL_TOKEN_SPELLING
};

static_assert(sizeof(kTokenNames) / sizeof(kTokenNames[0]) == static_cast<size_t>(TokenKind::COUNT));
static_assert(sizeof(kTokenSpellings) / sizeof(kTokenSpellings[0]) ==
              static_cast<size_t>(TokenKind::COUNT));

inline constexpr std::string_view token_name(TokenKind k) {
  return kTokenNames[static_cast<size_t>(k)];
}
inline constexpr std::string_view token_spelling(TokenKind k) {
  return kTokenSpellings[static_cast<size_t>(k)];
}

}  // namespace coil
