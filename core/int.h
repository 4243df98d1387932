// Coil — int: small ints are Value immediates; the rest are GMP big ints.
// Every operation returns the canonical form: a result that fits the small
// range is always an immediate, so `is_int()` on a Value means "small int".
#pragma once

#include <string_view>

#include <gmp.h>

#include "core/object.h"
#include "core/operators.h"

namespace coil {

struct Str;

struct BigInt : Object {
  mpz_t z;  // limbs live in GC memory (gc_init points GMP at the collector)
};

Value make_int(int64_t i);
Value make_int_u64(uint64_t u);
Value int_from_mpz(const mpz_t z);      // copies; normalizes to small
Value int_from_double(double d);        // trunc; OverflowError for inf, ValueError for nan
// int(text, base) semantics: whitespace, sign, underscores, 0x/0o/0b with
// base 0 or matching base; ValueError "invalid literal for int() with base 10: 'x'".
Value int_from_string(std::string_view text, int base);

// True for int and bool values and instances of int subclasses.
bool is_int_like(Value v);
// Loads any int-like value into an mpz (initialized by the caller).
void int_to_mpz(Value v, mpz_t out);
// Fits an int-like value into int64; false if it does not fit.
bool int_to_i64(Value v, int64_t* out);
// Correctly rounded; OverflowError "int too large to convert to float".
double int_to_double(Value v);

// a OP b for int-like a and b (true division gives a float).
Value int_binary(BinaryOp op, Value a, Value b);
Value int_unary(UnaryOp op, Value a);
// -1, 0, 1.
int int_compare(Value a, Value b);
// Exact comparison of an int-like with a double (nan compares unordered:
// returns 2).
int int_compare_double(Value a, double b);
// pow(a, b, mod) with all-int arguments.
Value int_pow_mod(Value a, Value b, Value mod);
Str* int_to_str(Value v);                         // decimal
Str* int_to_base_str(Value v, int base, bool prefix);  // bin/oct/hex
int64_t int_hash(Value v);                        // CPython's: mod 2^61-1
int64_t int_bit_length(Value v);

// ---- Additional entry points (numeric owner) ----
// The str<->int conversion limit (sys.set_int_max_str_digits): 0 = none.
int64_t int_max_str_digits();
// ValueError "maxdigits must be 0 or larger than 640" for other values.
void set_int_max_str_digits(int64_t n);
// True division of two int-like values, correctly rounded (ZeroDivisionError
// "division by zero", OverflowError "integer division result too large for a float").
double int_true_divide(Value a, Value b);
// divmod(a, b) for int-like values (floor semantics).
void int_divmod(Value a, Value b, Value* q, Value* r);
// round(v, ndigits) for an int-like v: ndigits < 0 rounds half to even to a
// multiple of 10**-ndigits; returns the exact int.
Value int_round(Value v, Value ndigits);
// int(x) for any value (int(), __int__, __index__, __trunc__, str, bytes, float).
Value int_from_value(Value x);
// int(bytes, base): the same rules on ASCII bytes; ValueError quoting b'...'.
Value int_from_bytes_literal(std::string_view text, int base);
// Sign: -1, 0, 1.
int int_sign(Value v);

void init_int_type();
void init_bool_type();

}  // namespace coil
