// Coil — numeric internals shared by int.cpp, int_ops.cpp, bool.cpp,
// float.cpp, float_repr.cpp and format_spec.cpp (not a public contract).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <gmp.h>

#include "core/float.h"
#include "core/int.h"

namespace coil::numeric {

// A read-only mpz view of any int-like value. Small values (immediates,
// bools) use one limb inside the view: no allocation. Not copyable (the mpz
// points into the view itself).
class MpzView {
 public:
  explicit MpzView(Value v);
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  const __mpz_struct* get() const { return z_; }
  operator const __mpz_struct*() const { return z_; }
  const __mpz_struct* operator->() const { return z_; }  // for GMP's macros (mpz_sgn)

 private:
  mp_limb_t limb_;
  __mpz_struct z_[1];
};

// Takes ownership of z's limbs (GC memory): the result is an immediate when
// the value fits, else a BigInt that adopts the limbs. z must not be used after.
Value int_from_mpz_move(mpz_t z);
// A BigInt instance of an int subclass `cls` holding v's value (not normalized).
Value int_subclass_new(Type* cls, Value v);

// Small-int view: true (and *out) when v is an immediate int or a bool.
inline bool small_of(Value v, int64_t* out) {
  if (v.is_int()) { *out = v.as_int(); return true; }
  if (v.is_bool()) { *out = v.as_bool(); return true; }
  return false;
}

// The exact int of an int-like value: bools and subclass instances become
// plain ints.
Value int_exact(Value v);

// Double of a float-like value (immediate double or float-subclass instance).
inline bool float_of(Value v, double* out) {
  if (v.is_double()) { *out = v.as_double(); return true; }
  if (has_layout(v, Layout::FLOAT)) { *out = static_cast<const FloatObj*>(v.as_object())->value; return true; }
  return false;
}

// Largest result (in bits) an int operation may produce before MemoryError.
constexpr uint64_t kMaxIntBits = uint64_t{1} << 36;
[[noreturn]] void raise_memory_error();

// ---- float text (float_repr.cpp) ----

// CPython's PyOS_double_to_string flags (the ones repr uses).
enum DtoaFlags : int { kDtsfSign = 1, kDtsfAddDot0 = 2, kDtsfAlt = 4, kDtsfNoNeg0 = 8 };
// Shortest round-trip repr into buf (at least 32 bytes); returns the length.
size_t float_repr_buf(double d, char* buf);

// float(text) for ASCII text already stripped of surrounding whitespace and
// with Unicode digits mapped; false if the text is not a float literal.
bool parse_float_ascii(std::string_view s, double* out);

// Rewrites text for int()/float(): Unicode whitespace becomes ' ', Unicode
// decimal digits their ASCII digit, other non-ASCII code points a '?' (which
// never parses). Returns text itself (no copy) when it is all ASCII.
std::string_view to_ascii_number(std::string_view text, std::string& storage);

}  // namespace coil::numeric
