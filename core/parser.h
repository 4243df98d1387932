// Coil — the parser: Python 3.11 source to the AST of core/ast.h.
// Hand-written recursive descent over the lexer's tokens, with CPython's
// error messages and positions for the common mistakes.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/ast.h"
#include "core/syntax_error.h"

namespace coil {

// The AST and the arena that owns it. Move-only; every ast pointer and
// string_view in it stays valid for the ParseResult's lifetime. The source is
// copied into the arena, so the caller's buffer may die after parsing.
struct ParseResult {
  std::unique_ptr<ast::Arena> arena;
  ast::Module* module = nullptr;          // set by parse_module
  ast::Expression* expression = nullptr;  // set by parse_expression
  std::string filename;
  std::string_view source;                // the arena's copy of the source
};

// Parses a whole file ("exec" mode). Throws SyntaxErrorException.
// Errors that CPython raises from its symbol table or compiler ('return'
// outside function, nonlocal errors, ...) come from sym::build
// (core/symtable.h), which the compiler runs next.
// Source must be UTF-8 (a UTF-8 BOM is skipped; PEP 263 coding
// declarations for other encodings are not supported).
ParseResult parse_module(std::string_view source, std::string_view filename);

// Parses one expression ("eval" mode: expressions NEWLINE* ENDMARKER).
// Leading spaces and tabs are skipped, as builtins.eval() does.
ParseResult parse_expression(std::string_view source, std::string_view filename);

// Limits (besides the lexer's 200 nested brackets and 100 indentation levels).
inline constexpr int kMaxExpressionDepth = 3000;  // nested/chained expression nodes
inline constexpr int kMaxFStringNesting = 2;      // f"{x:{y}}" is depth 2
inline constexpr int kMaxElifChain = 2500;        // elif branches of one if (they nest in the AST)

}  // namespace coil
