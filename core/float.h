// Coil — float: always an immediate double.
#pragma once

#include <string_view>

#include "core/object.h"
#include "core/operators.h"

namespace coil {

struct Str;

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

void init_float_type();

}  // namespace coil
