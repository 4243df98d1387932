// Coil — compile-time errors: SyntaxError, IndentationError and TabError as
// the lexer, parser and symbol table report them (CPython 3.11's messages and
// positions).
#pragma once

#include <exception>
#include <string>
#include <utility>

namespace coil {

// Where and why the source was rejected. Positions follow CPython's
// SyntaxError attributes: `line`/`end_line` are 1-based; `col`/`end_col` are
// 1-based *character* (code point) offsets into `source_line`, like
// SyntaxError.offset / end_offset (end_col is exclusive, 0 when unknown).
struct SyntaxErrorInfo {
  std::string kind;         // "SyntaxError" | "IndentationError" | "TabError"
  std::string message;      // e.g. "invalid syntax", "'(' was never closed"
  std::string filename;
  int line = 0;             // SyntaxError.lineno
  int col = 0;              // SyntaxError.offset (1-based, code points)
  int end_col = 0;          // SyntaxError.end_offset (0 when unknown)
  std::string source_line;  // SyntaxError.text without its trailing newline
  int end_line = 0;         // SyntaxError.end_lineno (0 when unknown)
};

class SyntaxErrorException : public std::exception {
 public:
  explicit SyntaxErrorException(SyntaxErrorInfo info) : info_(std::move(info)) {}
  const char* what() const noexcept override { return info_.message.c_str(); }
  const SyntaxErrorInfo& info() const { return info_; }

 private:
  SyntaxErrorInfo info_;
};

}  // namespace coil
