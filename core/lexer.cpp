// Coil — the lexer. A transliteration of the shape of CPython's C tokenizer
// (Parser/tokenizer.c): the same indentation algorithm (tabs to multiples of
// 8, compared against a tab-size-1 "alternate" column to detect TabError),
// the same number scanner and the same error positions, on a UTF-8 buffer
// with no per-character virtual calls, no regexes and no copies.
#include "core/lexer.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace coil {

// ---------------------------------------------------------------------------
// UTF-8 helpers
// ---------------------------------------------------------------------------

int32_t decode_utf8(std::string_view s, size_t& i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    i++;
    return b0;
  }
  int n;
  uint32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 2;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 3;
    cp = b0 & 0x07;
  } else {
    i++;
    return -1;
  }
  if (i + static_cast<size_t>(n) >= s.size()) {
    i++;
    return -1;
  }
  for (int k = 1; k <= n; k++) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      i++;
      return -1;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  // Reject overlong forms and out-of-range values.
  if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
    i++;
    return -1;
  }
  i += static_cast<size_t>(n) + 1;
  return static_cast<int32_t>(cp);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Non-ASCII identifier characters: everything except the blocks that hold
// only punctuation, symbols, spaces and controls (an approximation of
// XID_Continue that needs no Unicode database).
bool is_identifier_char(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '_';
  }
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return cp == 0x203F || cp == 0x2040 || cp == 0x2054;
  if (cp >= 0x20A0 && cp <= 0x20CF) return false;  // currency
  if (cp >= 0x2100 && cp <= 0x214F)  // letterlike: keep the letters
    return cp == 0x2102 || cp == 0x2107 || (cp >= 0x210A && cp <= 0x2113) || cp == 0x2115 ||
           (cp >= 0x2118 && cp <= 0x211D) || cp == 0x2124 || cp == 0x2126 || cp == 0x2128 ||
           (cp >= 0x212A && cp <= 0x2139) || (cp >= 0x213C && cp <= 0x213F) ||
           (cp >= 0x2145 && cp <= 0x2149) || cp == 0x214E;
  if (cp >= 0x2190 && cp <= 0x2BFF) return false;  // arrows, math, technical, boxes, shapes
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;  // supplemental punctuation
  if (cp >= 0x3000 && cp <= 0x3004) return false;  // CJK punctuation
  if (cp >= 0x3008 && cp <= 0x3020) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
  if (cp >= 0xFE10 && cp <= 0xFE1F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return cp == 0xFE33 || cp == 0xFE34 || cp == 0xFE4D ||
                                           cp == 0xFE4E || cp == 0xFE4F;
  if (cp == 0xFEFF) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;  // fullwidth punctuation
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return false;
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji and pictographs
  if (cp >= 0xF0000) return false;
  return true;
}

namespace {

// Approximation of str.isprintable() for the "invalid character" message.
bool is_printable(uint32_t cp) {
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0xA0) return false;
  if (cp == 0xAD || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F)) return false;
  if (cp >= 0x2028 && cp <= 0x202F) return false;
  if (cp >= 0x205F && cp <= 0x206F) return false;
  if (cp == 0x3000 || cp == 0xFEFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xFFF9 && cp <= 0xFFFB) return false;
  return true;
}

inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
inline bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool is_ident_start_ascii(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
// CPython's is_potential_identifier_char: ASCII word chars or any non-ASCII byte.
inline bool is_potential_ident_char(int c) {
  return is_ident_start_ascii(c) || is_digit(c) || c >= 128;
}

constexpr struct {
  std::string_view word;
  TokenKind kind;
} kKeywordTable[] = {
#define COIL_KW_ENTRY(name, spelling) {spelling, TokenKind::name},
    COIL_KEYWORDS(COIL_KW_ENTRY)
#undef COIL_KW_ENTRY
};

// Keyword or NAME for an ASCII identifier (keywords are 2..8 letters).
TokenKind keyword_kind(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return TokenKind::NAME;
  for (const auto& k : kKeywordTable)
    if (k.word == word) return k.kind;
  return TokenKind::NAME;
}

}  // namespace

// ---------------------------------------------------------------------------
// ErrorBuilder
// ---------------------------------------------------------------------------

std::string_view ErrorBuilder::line_text(int line) const {
  size_t p = 0;
  for (int l = 1; l < line; l++) {
    size_t nl = source_.find_first_of("\r\n", p);
    if (nl == std::string_view::npos) return {};
    p = nl + 1;
    if (source_[nl] == '\r' && p < source_.size() && source_[p] == '\n') p++;
  }
  size_t e = source_.find_first_of("\r\n", p);
  if (e == std::string_view::npos) e = source_.size();
  return source_.substr(p, e - p);
}

int ErrorBuilder::char_col(int line, int byte_col) const {
  std::string_view text = line_text(line);
  int chars = 0;
  size_t i = 0;
  size_t limit = byte_col < 0 ? 0 : static_cast<size_t>(byte_col);
  while (i < limit && i < text.size()) {
    decode_utf8(text, i);
    chars++;
  }
  if (limit > text.size()) chars += static_cast<int>(limit - text.size());  // past the end (the line break)
  return chars;
}

SyntaxErrorInfo ErrorBuilder::make(const char* kind, std::string message, int line, int col,
                                   int end_line, int end_col) const {
  SyntaxErrorInfo info;
  info.kind = kind;
  info.message = std::move(message);
  info.filename = std::string(filename_);
  info.line = line;
  info.col = char_col(line, col) + 1;
  info.end_line = end_line;
  if (end_col == kRawEndMinus1)
    info.end_col = -1;
  else if (end_col == kRawEndZero)
    info.end_col = 0;
  else
    info.end_col = char_col(end_line, end_col) + 1;
  info.source_line = std::string(line_text(line));
  return info;
}

void ErrorBuilder::raise(const char* kind, std::string message, int line, int col, int end_line,
                         int end_col) const {
  throw SyntaxErrorException(make(kind, std::move(message), line, col, end_line, end_col));
}

void ErrorBuilder::raise_raw(const char* kind, std::string message, int line, int offset,
                             int end_line, int end_offset) const {
  SyntaxErrorInfo info;
  info.kind = kind;
  info.message = std::move(message);
  info.filename = std::string(filename_);
  info.line = line;
  info.col = offset;
  info.end_line = end_line;
  info.end_col = end_offset;
  info.source_line = std::string(line_text(line));
  throw SyntaxErrorException(std::move(info));
}

// ---------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------

Lexer::Lexer(std::string_view source, std::string_view filename)
    : src_(source), err_(source, filename), end_(static_cast<uint32_t>(source.size())) {
  if (source.size() >= 3 && std::memcmp(source.data(), "\xEF\xBB\xBF", 3) == 0) {
    pos_ = 3;
    line_start_ = 3;
  }
  // Whole-file checks, as CPython decodes the file before tokenizing.
  int line = 1;
  for (size_t i = 0; i < source.size();) {
    auto c = static_cast<unsigned char>(source[i]);
    if (c == '\n') line++;
    if (c == 0)
      err_.raise_raw("SyntaxError", "source code cannot contain null bytes", line, 0, line, 0);
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t at = i;
    if (decode_utf8(source, i) < 0) {
      char msg[256];
      std::snprintf(msg, sizeof msg,
                    "Non-UTF-8 code starting with '\\x%02x' in file %.*s on line %d, but no "
                    "encoding declared; see https://peps.python.org/pep-0263/ for details",
                    static_cast<unsigned char>(source[at]), static_cast<int>(filename.size()),
                    filename.data(), line);
      err_.raise_raw("SyntaxError", msg, line, 0, line, 0);
    }
  }
}

Lexer::Lexer(std::string_view source, std::string_view filename, uint32_t begin, uint32_t end,
             int line, int line_start)
    : src_(source),
      err_(source, filename),
      pos_(begin),
      end_(end),
      line_(line),
      line_start_(static_cast<uint32_t>(line_start)),
      at_bol_(false),
      fstring_mode_(true) {}

Token Lexer::make(TokenKind kind, uint32_t start, int line, uint32_t line_start) {
  Token t;
  t.kind = kind;
  t.start = start;
  t.end = pos_;
  t.line = line;
  t.col = static_cast<int32_t>(start - line_start);
  t.end_line = line_;
  t.end_col = static_cast<int32_t>(pos_ - line_start_);
  t.level = static_cast<uint16_t>(brackets_.size() + (fstring_mode_ ? 1 : 0));
  return t;
}

void Lexer::newline_at(uint32_t p) {
  // p is the index just past the line break.
  line_++;
  line_start_ = p;
}

void Lexer::error_at(std::string message, uint32_t cur) {
  // CPython: offset = number of characters between the line start and cur.
  int offset = err_.char_col(line_, static_cast<int>(cur - line_start_));
  err_.raise_raw("SyntaxError", std::move(message), line_, offset, line_, offset);
}

void Lexer::error_range(std::string message, int offset, int end_offset) {
  err_.raise_raw("SyntaxError", std::move(message), line_, offset, line_, end_offset);
}

void Lexer::eof_in_brackets() {
  const Bracket& b = brackets_.back();
  char msg[64];
  std::snprintf(msg, sizeof msg, "'%c' was never closed", b.ch);
  err_.raise("SyntaxError", msg, b.line, b.col, b.line, ErrorBuilder::kRawEndZero);
}

void Lexer::eof_error_position(int* line, int* offset) const {
  // Walk back over trailing whitespace-only lines.
  size_t e = src_.size();
  while (e > 0) {
    size_t s = e;
    while (s > 0 && src_[s - 1] != '\n' && src_[s - 1] != '\r') s--;
    std::string_view text = src_.substr(s, e - s);
    bool blank = text.find_first_not_of("\r\n") == std::string_view::npos;
    if (!blank) break;
    if (s == 0) {
      e = 0;
      break;
    }
    e = s - 1;
    if (e > 0 && src_[e] == '\n' && src_[e - 1] == '\r') e--;
  }
  int l = 1;
  size_t ls = 0;
  for (size_t i = 0; i < e; i++) {
    if (src_[i] == '\n' || (src_[i] == '\r' && (i + 1 >= src_.size() || src_[i + 1] != '\n'))) {
      l++;
      ls = i + 1;
    }
  }
  *line = l;
  std::string_view text = err_.line_text(l);
  (void)ls;
  *offset = err_.char_col(l, static_cast<int>(text.size())) + 1;
}

// Measures the indentation at the start of a line and emits INDENT/DEDENT.
// Returns true with *out set when a token is due.
bool Lexer::handle_indentation(Token* out) {
  int col = 0, altcol = 0;
  uint32_t p = pos_;
  for (; p < end_; p++) {
    char c = src_[p];
    if (c == ' ') {
      col++;
      altcol++;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      altcol = altcol + 1;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  pos_ = p;
  if (p >= end_ || src_[p] == '#' || src_[p] == '\n' || src_[p] == '\r') return false;  // blank
  if (p + 1 < end_ && src_[p] == '\\' && (src_[p + 1] == '\n' || src_[p + 1] == '\r'))
    return false;  // a continuation line joins the next one; CPython checks it there
  auto tab_error = [&] {
    err_.raise_raw("TabError", "inconsistent use of tabs and spaces in indentation", line_, 1,
                   line_, 0);
  };
  if (col == indents_.back()) {
    if (altcol != alt_indents_.back()) tab_error();
    return false;
  }
  if (col > indents_.back()) {
    if (static_cast<int>(indents_.size()) >= kMaxIndent)
      err_.raise_raw("IndentationError", "too many levels of indentation", line_, 1, line_, 0);
    if (altcol <= alt_indents_.back()) tab_error();
    indents_.push_back(col);
    alt_indents_.push_back(altcol);
    Token t = make(TokenKind::INDENT, line_start_, line_, line_start_);
    *out = t;
    return true;
  }
  int dedents = 0;
  while (indents_.size() > 1 && col < indents_.back()) {
    indents_.pop_back();
    alt_indents_.pop_back();
    dedents++;
  }
  if (col != indents_.back()) {
    std::string_view text = err_.line_text(line_);
    int offset = err_.char_col(line_, static_cast<int>(text.size())) + 1;
    err_.raise_raw("IndentationError", "unindent does not match any outer indentation level",
                   line_, offset, line_, -1);
  }
  if (altcol != alt_indents_.back()) tab_error();
  pending_dedents_ = dedents - 1;
  Token t = make(TokenKind::DEDENT, pos_, line_, line_start_);
  *out = t;
  return true;
}

Token Lexer::next() {
  if (pending_dedents_ > 0) {
    pending_dedents_--;
    return make(TokenKind::DEDENT, pos_, line_, line_start_);
  }
  for (;;) {
    if (at_bol_) {
      at_bol_ = false;
      Token t;
      if (brackets_.empty() && handle_indentation(&t)) return t;
    }
    // Skip whitespace and comments.
    uint32_t comment = UINT32_MAX;
    while (pos_ < end_) {
      char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') {
        pos_++;
      } else if (c == '#') {
        comment = pos_;
        while (pos_ < end_ && src_[pos_] != '\n' && src_[pos_] != '\r') pos_++;
      } else {
        break;
      }
    }
    if (pos_ >= end_) {
      if (fstring_mode_) return make(TokenKind::ENDMARKER, pos_, line_, line_start_);
      if (!brackets_.empty()) {
        if (check_err_line_ > 0 && brackets_.back().line >= check_err_line_)
          return make(TokenKind::ENDMARKER, pos_, line_, line_start_);
        eof_in_brackets();
      }
      if (emitted_any_) {
        emitted_any_ = false;
        Token t = make(TokenKind::NEWLINE, pos_, line_, line_start_);
        if (comment != UINT32_MAX) {
          t.start = comment;
          t.col = static_cast<int32_t>(comment - line_start_);
        }
        return t;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
        return make(TokenKind::DEDENT, pos_, line_, line_start_);
      }
      done_ = true;
      return make(TokenKind::ENDMARKER, pos_, line_, line_start_);
    }
    char c = src_[pos_];
    if (c == '\n' || c == '\r') {
      uint32_t nl = pos_;
      pos_++;
      if (c == '\r' && pos_ < end_ && src_[pos_] == '\n') pos_++;
      if (brackets_.empty() && emitted_any_ && !fstring_mode_) {
        Token t = make(TokenKind::NEWLINE, nl, line_, line_start_);
        t.end = nl;
        t.end_col = t.col;
        if (comment != UINT32_MAX) {  // CPython's NEWLINE starts at a trailing comment
          t.start = comment;
          t.col = static_cast<int32_t>(comment - line_start_);
        }
        emitted_any_ = false;
        newline_at(pos_);
        at_bol_ = true;
        return t;
      }
      newline_at(pos_);
      at_bol_ = brackets_.empty() && !fstring_mode_;
      continue;
    }
    if (c == '\\') {
      uint32_t p = pos_ + 1;
      if (p >= end_) {
        int offset = err_.char_col(line_, static_cast<int>(p - line_start_)) + 1;
        err_.raise_raw("SyntaxError", "unexpected EOF while parsing", line_, offset, line_, -1);
      }
      if (src_[p] == '\n' || src_[p] == '\r') {
        p++;
        if (src_[p - 1] == '\r' && p < end_ && src_[p] == '\n') p++;
        pos_ = p;
        newline_at(p);
        if (pos_ >= end_) {
          int offset = err_.char_col(line_ - 1, static_cast<int>(err_.line_text(line_ - 1).size())) + 1;
          err_.raise_raw("SyntaxError", "unexpected EOF while parsing", line_ - 1, offset,
                         line_ - 1, -1);
        }
        continue;
      }
      int offset = err_.char_col(line_, static_cast<int>(p - line_start_)) + 1;
      err_.raise_raw("SyntaxError", "unexpected character after line continuation character",
                     line_, offset, line_, 0);
    }
    emitted_any_ = true;
    return lex_token();
  }
}

Token Lexer::lex_token() {
  uint32_t start = pos_;
  auto c = static_cast<unsigned char>(src_[pos_]);
  if (is_ident_start_ascii(c) || c >= 0x80) return lex_name_or_string(start);
  if (is_digit(c) || (c == '.' && pos_ + 1 < end_ && is_digit(src_[pos_ + 1])))
    return lex_number(start);
  if (c == '\'' || c == '"') return lex_string(start, start, 0);
  return lex_operator(start);
}

Token Lexer::lex_name_or_string(uint32_t start) {
  // String prefixes: the legal combinations of b, r, u, f (CPython's loop).
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  uint32_t p = start;
  while (p < end_) {
    char c = src_[p];
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
      saw_b = true;
    else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
      saw_u = true;
    else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
      saw_r = true;
    else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
      saw_f = true;
    else
      break;
    p++;
    if (p < end_ && (src_[p] == '\'' || src_[p] == '"')) {
      uint8_t flags = (saw_b ? kStrBytes : 0) | (saw_r ? kStrRaw : 0) | (saw_u ? kStrU : 0) |
                      (saw_f ? kStrF : 0);
      return lex_string(start, p, flags);
    }
  }
  // Identifier.
  p = start;
  bool ascii = true;
  while (p < end_ && is_potential_ident_char(static_cast<unsigned char>(src_[p]))) {
    if (static_cast<unsigned char>(src_[p]) >= 0x80) ascii = false;
    p++;
  }
  pos_ = p;
  if (ascii) {
    TokenKind kind = keyword_kind(src_.substr(start, p - start));
    return make(kind, start, line_, line_start_);
  }
  // Verify the non-ASCII identifier code point by code point.
  size_t i = start;
  bool first = true;
  while (i < p) {
    size_t at = i;
    int32_t cp = decode_utf8(src_, i);
    bool ok = cp >= 0 && is_identifier_char(static_cast<uint32_t>(cp)) &&
              !(first && cp >= '0' && cp <= '9');
    first = false;
    if (!ok) {
      char msg[96];
      if (cp >= 0 && is_printable(static_cast<uint32_t>(cp))) {
        std::string ch(src_.substr(at, i - at));
        std::snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", ch.c_str(),
                      static_cast<unsigned>(cp));
      } else {
        std::snprintf(msg, sizeof msg, "invalid non-printable character U+%04X",
                      static_cast<unsigned>(cp < 0 ? 0xFFFD : cp));
      }
      error_at(msg, static_cast<uint32_t>(i));
    }
  }
  return make(TokenKind::NAME, start, line_, line_start_);
}

// CPython's tok_decimal_tail: digits with single underscores; returns the
// index of the first character after them.
uint32_t Lexer::decimal_tail(uint32_t p) {
  for (;;) {
    while (p < end_ && is_digit(src_[p])) p++;
    if (p >= end_ || src_[p] != '_') break;
    p++;
    if (p >= end_ || !is_digit(src_[p])) error_at("invalid decimal literal", p);
  }
  return p;
}

// CPython's verify_end_of_number: a number directly followed by a name
// character is an error, except before the keywords that may follow a number
// (1if x else y) where CPython only warns.
void Lexer::verify_end_of_number(uint32_t at, const char* kind) {
  if (at >= end_) return;
  auto c = static_cast<unsigned char>(src_[at]);
  auto rest = [&](std::string_view word) {
    if (src_.substr(at + 1, word.size()) != word) return false;
    uint32_t after = at + 1 + static_cast<uint32_t>(word.size());
    return after >= end_ || !is_potential_ident_char(static_cast<unsigned char>(src_[after]));
  };
  bool keyword = false;
  switch (c) {
    case 'a': keyword = rest("nd"); break;
    case 'e': keyword = rest("lse"); break;
    case 'f': keyword = rest("or"); break;
    case 'i': keyword = at + 1 < end_ && (src_[at + 1] == 'f' || src_[at + 1] == 'n' || src_[at + 1] == 's'); break;
    case 'o': keyword = rest("r"); break;
    case 'n': keyword = rest("ot"); break;
    default: break;
  }
  if (keyword) return;
  if (is_potential_ident_char(c)) error_at(std::string("invalid ") + kind + " literal", at);
}

Token Lexer::lex_number(uint32_t start) {
  uint32_t p = start;
  uint8_t flags = 0;
  auto ch = [&](uint32_t i) -> int { return i < end_ ? static_cast<unsigned char>(src_[i]) : -1; };
  auto finish = [&](uint32_t e) {
    pos_ = e;
    Token t = make(TokenKind::NUMBER, start, line_, line_start_);
    t.flags = flags;
    return t;
  };
  auto imaginary = [&](uint32_t j) -> Token {
    verify_end_of_number(j + 1, "imaginary");
    pos_ = j + 1;
    err_.raise("SyntaxError", "imaginary literal is not supported by Coil", line_,
               static_cast<int>(start - line_start_), line_, static_cast<int>(pos_ - line_start_));
  };
  auto exponent_and_rest = [&](uint32_t q) -> Token {
    // q is at 'e'/'E'.
    uint32_t e = q;
    q++;
    if (ch(q) == '+' || ch(q) == '-') {
      q++;
      if (!is_digit(ch(q))) error_at("invalid decimal literal", q);
    } else if (!is_digit(ch(q))) {
      verify_end_of_number(e, "decimal");
      return finish(e);  // "1e" is not reached: 'e' is an identifier char
    }
    flags |= kNumFloat;
    q = decimal_tail(q);
    if (ch(q) == 'j' || ch(q) == 'J') return imaginary(q);
    verify_end_of_number(q, "decimal");
    return finish(q);
  };
  auto fraction_and_rest = [&](uint32_t q) -> Token {
    // q is just past the '.'.
    flags |= kNumFloat;
    if (is_digit(ch(q))) q = decimal_tail(q);
    if (ch(q) == 'e' || ch(q) == 'E') return exponent_and_rest(q);
    if (ch(q) == 'j' || ch(q) == 'J') return imaginary(q);
    verify_end_of_number(q, "decimal");
    return finish(q);
  };

  if (ch(p) == '.') return fraction_and_rest(p + 1);
  if (ch(p) == '0') {
    p++;
    int c = ch(p);
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : 2;
      const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
      auto in_base = [&](int d) {
        return base == 16 ? is_xdigit(d) : base == 8 ? (d >= '0' && d < '8') : (d == '0' || d == '1');
      };
      p++;
      do {
        if (ch(p) == '_') p++;
        if (!in_base(ch(p))) {
          if (base != 16 && is_digit(ch(p))) {
            char msg[64];
            std::snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", ch(p), kind);
            error_at(msg, p + 1);
          }
          error_at(std::string("invalid ") + kind + " literal", p);
        }
        while (in_base(ch(p))) p++;
      } while (ch(p) == '_');
      if (base != 16 && is_digit(ch(p))) {
        char msg[64];
        std::snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", ch(p), kind);
        error_at(msg, p + 1);
      }
      verify_end_of_number(p, kind);
      return finish(p);
    }
    // "0", "00", "0_0", or an old-style octal / float starting with 0.
    bool nonzero = false;
    for (;;) {
      if (ch(p) == '_') {
        p++;
        if (!is_digit(ch(p))) error_at("invalid decimal literal", p);
      }
      if (ch(p) != '0') break;
      p++;
    }
    uint32_t zeros_end = p;
    if (is_digit(ch(p))) {
      nonzero = true;
      p = decimal_tail(p);
    }
    if (ch(p) == '.') return fraction_and_rest(p + 1);
    if (ch(p) == 'e' || ch(p) == 'E') return exponent_and_rest(p);
    if (ch(p) == 'j' || ch(p) == 'J') return imaginary(p);
    if (nonzero) {
      int a = err_.char_col(line_, static_cast<int>(start - line_start_)) + 1;
      int b = err_.char_col(line_, static_cast<int>(zeros_end - line_start_));
      error_range(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
          "octal integers",
          a, b + 1);
    }
    verify_end_of_number(p, "decimal");
    return finish(p);
  }
  p = decimal_tail(p);
  if (ch(p) == '.') return fraction_and_rest(p + 1);
  if (ch(p) == 'e' || ch(p) == 'E') return exponent_and_rest(p);
  if (ch(p) == 'j' || ch(p) == 'J') return imaginary(p);
  verify_end_of_number(p, "decimal");
  return finish(p);
}

Token Lexer::lex_string(uint32_t start, uint32_t quote_pos, uint8_t flags) {
  int start_line = line_;
  uint32_t start_line_start = line_start_;
  char q = src_[quote_pos];
  uint32_t p = quote_pos + 1;
  bool triple = p + 1 < end_ && src_[p] == q && src_[p + 1] == q;
  if (triple) {
    flags |= kStrTriple;
    p += 2;
  }
  auto unterminated = [&](int detected_line) {
    char msg[96];
    std::snprintf(msg, sizeof msg,
                  triple ? "unterminated triple-quoted string literal (detected at line %d)"
                         : "unterminated string literal (detected at line %d)",
                  detected_line);
    int offset = err_.char_col(start_line, static_cast<int>(start - start_line_start)) + 1;
    err_.raise_raw("SyntaxError", msg, start_line, offset, start_line, offset);
  };
  for (;;) {
    if (p >= end_) {
      // The line of EOF: a trailing line break does not start a new line.
      int last = line_;
      if (p > 0 && (src_[p - 1] == '\n' || src_[p - 1] == '\r') && last > start_line) last--;
      unterminated(last);
    }
    char c = src_[p];
    if (c == q) {
      if (!triple) {
        p++;
        break;
      }
      if (p + 2 < end_ + 0 && src_[p + 1] == q && src_[p + 2] == q) {
        p += 3;
        break;
      }
      p++;
      continue;
    }
    if (c == '\n' || c == '\r') {
      if (!triple) unterminated(line_);
      p++;
      if (c == '\r' && p < end_ && src_[p] == '\n') p++;
      newline_at(p);
      continue;
    }
    if (c == '\\') {
      p++;
      if (p >= end_) continue;  // reported as unterminated above
      char e = src_[p];
      p++;
      if (e == '\n' || e == '\r') {
        if (e == '\r' && p < end_ && src_[p] == '\n') p++;
        newline_at(p);
      }
      continue;
    }
    p++;
  }
  pos_ = p;
  Token t = make(TokenKind::STRING, start, start_line, start_line_start);
  t.flags = flags;
  return t;
}

Token Lexer::lex_operator(uint32_t start) {
  char c = src_[pos_];
  char c1 = pos_ + 1 < end_ ? src_[pos_ + 1] : '\0';
  char c2 = pos_ + 2 < end_ ? src_[pos_ + 2] : '\0';
  TokenKind kind = TokenKind::ERRORTOKEN;
  int len = 1;
  auto two = [&](char second, TokenKind k2, TokenKind k1) {
    if (c1 == second) {
      len = 2;
      return k2;
    }
    return k1;
  };
  switch (c) {
    case '(': case '[': case '{': {
      if (static_cast<int>(brackets_.size()) >= kMaxParenLevel)
        error_at("too many nested parentheses", pos_ + 1);
      brackets_.push_back({c, line_, static_cast<int>(pos_ - line_start_)});
      pos_++;
      return make(c == '(' ? TokenKind::LPAR : c == '[' ? TokenKind::LSQB : TokenKind::LBRACE,
                  start, line_, line_start_);
    }
    case ')': case ']': case '}': {
      if (brackets_.empty()) {
        char msg[32];
        std::snprintf(msg, sizeof msg, "unmatched '%c'", c);
        error_at(msg, pos_ + 1);
      }
      Bracket open = brackets_.back();
      char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
      if (c != want) {
        char msg[128];
        if (open.line != line_)
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                        c, open.ch, open.line);
        else
          std::snprintf(msg, sizeof msg,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open.ch);
        error_at(msg, pos_ + 1);
      }
      brackets_.pop_back();
      pos_++;
      return make(c == ')' ? TokenKind::RPAR : c == ']' ? TokenKind::RSQB : TokenKind::RBRACE,
                  start, line_, line_start_);
    }
    case ':': kind = two('=', TokenKind::COLONEQUAL, TokenKind::COLON); break;
    case ',': kind = TokenKind::COMMA; break;
    case ';': kind = TokenKind::SEMI; break;
    case '+': kind = two('=', TokenKind::PLUSEQUAL, TokenKind::PLUS); break;
    case '-':
      if (c1 == '>') {
        kind = TokenKind::RARROW;
        len = 2;
      } else {
        kind = two('=', TokenKind::MINEQUAL, TokenKind::MINUS);
      }
      break;
    case '*':
      if (c1 == '*') {
        kind = c2 == '=' ? TokenKind::DOUBLESTAREQUAL : TokenKind::DOUBLESTAR;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = two('=', TokenKind::STAREQUAL, TokenKind::STAR);
      }
      break;
    case '/':
      if (c1 == '/') {
        kind = c2 == '=' ? TokenKind::DOUBLESLASHEQUAL : TokenKind::DOUBLESLASH;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = two('=', TokenKind::SLASHEQUAL, TokenKind::SLASH);
      }
      break;
    case '|': kind = two('=', TokenKind::VBAREQUAL, TokenKind::VBAR); break;
    case '&': kind = two('=', TokenKind::AMPEREQUAL, TokenKind::AMPER); break;
    case '^': kind = two('=', TokenKind::CIRCUMFLEXEQUAL, TokenKind::CIRCUMFLEX); break;
    case '%': kind = two('=', TokenKind::PERCENTEQUAL, TokenKind::PERCENT); break;
    case '@': kind = two('=', TokenKind::ATEQUAL, TokenKind::AT); break;
    case '~': kind = TokenKind::TILDE; break;
    case '=': kind = two('=', TokenKind::EQEQUAL, TokenKind::EQUAL); break;
    case '!':
      if (c1 == '=') {
        kind = TokenKind::NOTEQUAL;
        len = 2;
      }
      break;
    case '<':
      if (c1 == '<') {
        kind = c2 == '=' ? TokenKind::LEFTSHIFTEQUAL : TokenKind::LEFTSHIFT;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = two('=', TokenKind::LESSEQUAL, TokenKind::LESS);
      }
      break;
    case '>':
      if (c1 == '>') {
        kind = c2 == '=' ? TokenKind::RIGHTSHIFTEQUAL : TokenKind::RIGHTSHIFT;
        len = c2 == '=' ? 3 : 2;
      } else {
        kind = two('=', TokenKind::GREATEREQUAL, TokenKind::GREATER);
      }
      break;
    case '.':
      if (c1 == '.' && c2 == '.') {
        kind = TokenKind::ELLIPSIS;
        len = 3;
      } else {
        kind = TokenKind::DOT;
      }
      break;
    default:
      break;  // ERRORTOKEN: '$', '?', '`', a stray '!', control characters
  }
  pos_ += static_cast<uint32_t>(len);
  return make(kind, start, line_, line_start_);
}

void Lexer::check_rest(int err_line) {
  check_err_line_ = err_line;
  try {
    for (;;) {
      Token t = next();
      if (t.kind == TokenKind::ENDMARKER) return;
    }
  } catch (SyntaxErrorException& e) {
    // CPython's tokenizer reports these through its status, not as an
    // exception, and its full-source check stops at them silently.
    const SyntaxErrorInfo& info = e.info();
    if (info.kind == "IndentationError" || info.kind == "TabError" ||
        info.message == "unexpected character after line continuation character" ||
        info.message == "unexpected EOF while parsing")
      return;
    throw;
  }
}

std::vector<Token> tokenize(std::string_view source, std::string_view filename) {
  Lexer lex(source, filename);
  std::vector<Token> out;
  for (;;) {
    out.push_back(lex.next());
    if (out.back().kind == TokenKind::ENDMARKER) break;
  }
  return out;
}

}  // namespace coil
