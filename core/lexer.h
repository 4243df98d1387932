// Coil — the lexer: UTF-8 Python 3.11 source to tokens, on demand.
// Produces INDENT/DEDENT/NEWLINE like CPython's C tokenizer (blank lines and
// comments produce nothing), keeps literals as source text (the parser
// decodes them), and raises CPython's tokenizer errors with its positions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax_error.h"
#include "core/token_defs.h"

namespace coil {

// STRING token flags (Token::flags).
enum : uint8_t {
  kStrRaw = 1 << 0,     // r prefix
  kStrBytes = 1 << 1,   // b prefix
  kStrF = 1 << 2,       // f prefix
  kStrU = 1 << 3,       // u prefix
  kStrTriple = 1 << 4,  // ''' or """
};
// NUMBER token flags.
enum : uint8_t {
  kNumFloat = 1 << 0,  // has a fraction or an exponent
};

struct Token {
  TokenKind kind = TokenKind::ENDMARKER;
  uint8_t flags = 0;        // kStr* / kNum*
  uint16_t level = 0;       // bracket nesting depth where the token starts
  uint32_t start = 0;       // byte offsets of the token text in the source
  uint32_t end = 0;
  int32_t line = 0;         // 1-based
  int32_t col = 0;          // 0-based byte column
  int32_t end_line = 0;
  int32_t end_col = 0;      // exclusive; -1 for CPython's "unknown" (EOF tokens)

  bool is(TokenKind k) const { return kind == k; }
};

// Builds CPython-positioned error records. Columns given here are 0-based
// byte columns on `line` (as in Token); they come out 1-based in code points
// as SyntaxError.offset. kRawEnd* pass CPython's special end offsets through.
class ErrorBuilder {
 public:
  static constexpr int kRawEndMinus1 = -1000001;  // end_col = -1
  static constexpr int kRawEndZero = -1000000;    // end_col = 0

  ErrorBuilder(std::string_view source, std::string_view filename)
      : source_(source), filename_(filename) {}

  // The text of 1-based line `line`, without its line break.
  std::string_view line_text(int line) const;

  // Code points in the first `byte_col` bytes of `line`.
  int char_col(int line, int byte_col) const;

  SyntaxErrorInfo make(const char* kind, std::string message, int line, int col, int end_line,
                       int end_col) const;
  [[noreturn]] void raise(const char* kind, std::string message, int line, int col,
                          int end_line, int end_col) const;

  // Raise with `offset`/`end_offset` already 1-based in code points.
  [[noreturn]] void raise_raw(const char* kind, std::string message, int line, int offset,
                              int end_line, int end_offset) const;

  std::string_view source() const { return source_; }
  std::string_view filename() const { return filename_; }

 private:
  std::string_view source_;
  std::string_view filename_;
};

class Lexer {
 public:
  // Limits, as in CPython's tokenizer (MAXLEVEL, MAXINDENT).
  static constexpr int kMaxParenLevel = 200;
  static constexpr int kMaxIndent = 100;

  Lexer(std::string_view source, std::string_view filename);

  // A lexer over source[begin, end) of a bigger source, used for the
  // expressions inside f-strings: it starts at (line, col), behaves as if
  // inside one pair of brackets (newlines are whitespace), and stops with
  // ENDMARKER at `end`. `begin`..`end` index `source`.
  Lexer(std::string_view source, std::string_view filename, uint32_t begin, uint32_t end,
        int line, int line_start);

  // The next token. Throws SyntaxErrorException.
  Token next();

  // Keeps lexing to the end of input, as CPython does after a parser error,
  // so that a tokenizer error later in the file wins; also raises "'(' was
  // never closed" when input ends inside a bracket opened before `err_line`.
  void check_rest(int err_line);

  std::string_view source() const { return src_; }
  std::string_view text(const Token& t) const { return src_.substr(t.start, t.end - t.start); }
  const ErrorBuilder& errors() const { return err_; }

  // For EOF-positioned parser errors: the last line that has any
  // non-whitespace text, and its length including the line break.
  void eof_error_position(int* line, int* offset) const;

 private:
  struct Bracket {
    char ch;
    int line;
    int col;
  };

  std::string_view src_;
  ErrorBuilder err_;
  uint32_t pos_ = 0;
  uint32_t end_ = 0;
  int line_ = 1;
  uint32_t line_start_ = 0;
  bool at_bol_ = true;
  bool emitted_any_ = false;     // a token other than INDENT/DEDENT/NEWLINE on this logical line
  bool done_ = false;
  bool eof_newline_done_ = false;
  bool fstring_mode_ = false;
  int check_err_line_ = 0;       // > 0 while check_rest() runs
  int pending_dedents_ = 0;
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Bracket> brackets_;

  Token make(TokenKind kind, uint32_t start, int line, uint32_t line_start);
  Token lex_token();
  bool handle_indentation(Token* out);
  Token lex_number(uint32_t start);
  Token lex_string(uint32_t start, uint32_t quote_pos, uint8_t flags);
  Token lex_name_or_string(uint32_t start);
  Token lex_operator(uint32_t start);
  void verify_end_of_number(uint32_t at, const char* kind);
  uint32_t decimal_tail(uint32_t p);
  void newline_at(uint32_t p);  // bookkeeping after consuming a line break at p

  [[noreturn]] void error_at(std::string message, uint32_t cur);
  [[noreturn]] void error_range(std::string message, int offset, int end_offset);
  [[noreturn]] void eof_in_brackets();
};

// Decodes one UTF-8 sequence at s[i]; returns the code point (or -1 for an
// invalid sequence) and advances i past it (by one byte on error).
int32_t decode_utf8(std::string_view s, size_t& i);

// Appends the UTF-8 encoding of cp (generalized: surrogates are encoded).
void append_utf8(std::string& out, uint32_t cp);

// True for code points the lexer accepts in identifiers (ASCII letters,
// digits, '_', and non-ASCII letters by an approximation of XID_Continue).
bool is_identifier_char(uint32_t cp);

// All tokens of a source, ENDMARKER included (for tests and tools).
std::vector<Token> tokenize(std::string_view source, std::string_view filename = "<string>");

}  // namespace coil
