// Coil — the bytecode compiler: AST (core/ast.h) → Code objects.
#pragma once

#include <string>
#include <string_view>

#include "core/bytecode.h"
#include "core/syntax_error.h"

namespace coil {

// Parses and compiles a module; throws SyntaxErrorException.
Code* compile_module(std::string_view source, const std::string& filename);

// The Python SyntaxError (or IndentationError/TabError) instance for a
// compile-time error, with msg/filename/lineno/offset/text attributes.
Value syntax_error_value(const SyntaxErrorInfo& info);

}  // namespace coil
