// Coil — argument parsing for native functions and methods.
// One call checks counts and keywords and produces CPython's TypeError
// messages, so every builtin reports bad calls the same way.
#pragma once

#include <initializer_list>
#include <span>

#include "core/object.h"

namespace coil {

// Binds positional and keyword arguments to `names` (in order) into `out`,
// one value per name, Empty for an optional argument not given. The first
// `required` names are mandatory; the first `positional_only` names cannot be
// passed by keyword; a name starting with '*' is keyword-only (the '*' is not
// part of the name). Raises TypeError with CPython's wording, e.g.
// "pop expected at most 1 argument, got 2".
void parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out,
                size_t positional_only = 0);

// Checks that a function accepting no keyword arguments got none.
void no_kwargs(const char* fname, Tuple* kwnames);
// Checks the positional count: min <= nargs <= max, with CPython's wording.
void check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace coil
