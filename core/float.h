// Coil — float: always an immediate double.
#pragma once

#include <string_view>

#include "core/object.h"
#include "core/operators.h"

namespace coil {

struct Str;

// An instance of a float subclass (plain floats are immediates): float's
// init sets types::float_->instance_size so subclasses get this layout.
struct FloatObj : Object {
  double value;
};

// a OP b on doubles with Python semantics (floor division and modulo signs,
// ZeroDivisionError "float division by zero", OverflowError for **).
Value float_binary(BinaryOp op, double a, double b);
// repr(d): shortest round-trip text, CPython's exponent rules, inf/nan.
Str* float_repr(double d);
// Same text as a std::string (used by formatting code).
std::string float_repr_string(double d);
// float(text): whitespace, underscores, inf/nan/infinity; ValueError
// "could not convert string to float: 'x'".
double float_from_string(std::string_view text);
int64_t float_hash(double d);                     // CPython's, equal to int_hash for integral values
// round(d, ndigits), correctly rounded as CPython does.
double float_round(double d, int64_t ndigits);
// Converts an int-like or float value to double (TypeError otherwise).
double to_double(Value v);

// ---- Additional entry points (numeric owner) ----
// a OP b for two number values (int-like or float-like, at least one float):
// the int side converts to float (OverflowError "int too large to convert to float").
Value float_binary_values(BinaryOp op, Value a, Value b);
// divmod(a, b) for doubles: (floor quotient, modulo), CPython's rules;
// ZeroDivisionError "float divmod()".
void float_divmod_pair(double a, double b, double* q, double* r);
// True for a float or an instance of a float subclass.
bool is_float_like(Value v);
// Value of a float-like value.
double float_value(Value v);
// round(x) with no ndigits: half to even, as an int (OverflowError/ValueError
// for inf/nan).
Value float_round_to_int(double d);
// An instance of float subclass `cls` holding d (plain float if cls is float).
Value float_subclass_new(Type* cls, double d);

void init_float_type();

}  // namespace coil
