// Coil — what the builtins files share among themselves (not for the rest
// of the runtime): each file's function table and the native modules'
// constructors.
#pragma once

#include <initializer_list>
#include <span>

#include "core/object.h"

namespace coil {

struct Dict;
struct Module;

// The builtin functions, one table per file.
std::span<const MethodDef> builtins_io_functions();          // builtins.cpp: print, input, open, ...
std::span<const MethodDef> builtins_numeric_functions();     // builtins_numeric.cpp
std::span<const MethodDef> builtins_seq_functions();         // builtins_seq.cpp
std::span<const MethodDef> builtins_introspect_functions();  // builtins_introspect.cpp
std::span<const MethodDef> builtins_eval_functions();        // builtins_eval.cpp: eval, exec

// The sys module's namespace, where print() and input() find sys.stdout and
// sys.stdin at call time (null until make_sys_module runs).
extern Dict* g_sys_dict;

Module* make_sys_module();
Module* make_math_module();
Module* make_time_module();
// math's integer functions (factorial, gcd, lcm, comb, perm, isqrt):
// mod_math_int.cpp.
std::span<const MethodDef> math_integer_functions();
// math.fsum, hypot, dist, prod: mod_math_sum.cpp.
std::span<const MethodDef> math_sum_functions();
// CPython's gamma and lgamma (errno EDOM/ERANGE on errors):
// mod_math_special.cpp.
double math_tgamma(double x);
double math_lgamma(double x);
// A float argument of a math function: floats, ints (OverflowError when too
// large), __float__/__index__ objects; TypeError "must be real number, not str".
double math_double_arg(Value v);

// Struct sequences (core/struct_seq.cpp): a tuple subtype `module.name`
// whose first n_sequence fields are its items and all fields are read-only
// attributes; instances hold one value per field.
Type* make_struct_seq_type(const char* module, const char* name, std::initializer_list<const char*> fields,
                           int64_t n_sequence);
Value make_struct_seq(Type* type, const Value* values, size_t n);

// The int value of an integer-like argument (an int, bool, or object with
// __index__); TypeError "'float' object cannot be interpreted as an integer".
Value index_int(Value v);

}  // namespace coil
