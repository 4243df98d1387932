// Coil — int: the arithmetic core.
//
// An int is either a 48-bit immediate (Value::small_int) or a BigInt holding
// an mpz. Every result is normalized: a value in the small range is always
// an immediate, so code elsewhere may treat "is_int()" as "small int" and a
// heap BigInt of exact type int as "does not fit in 48 bits".
//
// Small operands take branch-light paths on int64 (48-bit values cannot
// overflow int64 under + and -; * and ** check with __builtin_mul_overflow).
// Mixed and big operands go through GMP, reading small values through an
// MpzView (one limb on the stack, no allocation). Results computed into a
// temporary mpz are *moved* into the BigInt (GMP's limbs are GC memory), so a
// big result costs one object allocation plus GMP's own.
//
// Semantics follow CPython 3.11's longobject.c: floor division and modulo,
// negative exponents giving floats, correctly rounded true division and
// int->float conversion (round half to even), two's-complement bitwise ops,
// hash modulo 2^61-1, and the str<->int digit limit (sys.int_info).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/errors.h"
#include "core/numeric_internal.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/unicode.h"

namespace coil {

using numeric::MpzView;

namespace {

int64_t g_max_str_digits = 4300;
constexpr int64_t kStrDigitsThreshold = 640;

BigInt* new_bigint() { return static_cast<BigInt*>(alloc_object(types::int_, sizeof(BigInt))); }

inline bool mpz_fits_small(const mpz_t z) {
  size_t n = mpz_size(z);
  if (n == 0) return true;
  if (n > 1) return false;
  mp_limb_t l = mpz_getlimbn(z, 0);
  return mpz_sgn(z) > 0 ? l <= static_cast<mp_limb_t>(Value::kSmallIntMax)
                        : l <= static_cast<mp_limb_t>(Value::kSmallIntMax) + 1;
}

inline int64_t mpz_small_value(const mpz_t z) {
  if (mpz_size(z) == 0) return 0;
  int64_t l = static_cast<int64_t>(mpz_getlimbn(z, 0));
  return mpz_sgn(z) < 0 ? -l : l;
}

[[noreturn]] void raise_int_div_zero() { raise(exc::ZeroDivisionError, "integer division or modulo by zero"); }
[[noreturn]] void raise_int_mod_zero() { raise(exc::ZeroDivisionError, "integer modulo by zero"); }
[[noreturn]] void raise_negative_shift() { raise(exc::ValueError, "negative shift count"); }
[[noreturn]] void raise_int_float_overflow() { raise(exc::OverflowError, "int too large to convert to float"); }

// Bits [lo, lo + 64) of |z|.
uint64_t mpz_bits_at(const mpz_t z, size_t lo) {
  size_t li = lo / GMP_NUMB_BITS, off = lo % GMP_NUMB_BITS;
  uint64_t r = mpz_getlimbn(z, static_cast<mp_size_t>(li)) >> off;
  if (off && li + 1 < mpz_size(z)) r |= static_cast<uint64_t>(mpz_getlimbn(z, static_cast<mp_size_t>(li + 1)))
                                       << (GMP_NUMB_BITS - off);
  return r;
}

// |z| correctly rounded to a double (half to even); +inf when too large.
double mpz_abs_to_double(const mpz_t z) {
  size_t n = mpz_sizeinbase(z, 2);
  if (mpz_sgn(z) == 0) return 0.0;
  if (n <= 53) return std::fabs(mpz_get_d(z));
  if (n > 1024) return HUGE_VAL;
  // x = the top 55 bits of |z| (shifted left when z has fewer), sticky = any
  // lower bit set.
  int64_t shift = static_cast<int64_t>(n) - 55;
  uint64_t x;
  bool sticky = false;
  if (shift <= 0) {
    x = static_cast<uint64_t>(mpz_getlimbn(z, 0)) << -shift;
  } else {
    x = mpz_bits_at(z, static_cast<size_t>(shift)) & ((uint64_t{1} << 55) - 1);
    sticky = mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(shift);
  }
  uint64_t low = x & 3;
  x >>= 2;
  if (low > 2 || (low == 2 && (sticky || (x & 1)))) x++;
  return std::ldexp(static_cast<double>(x), static_cast<int>(shift + 2));
}

// Writes the decimal digits of a small int into the end of buf; returns start.
char* small_to_decimal(int64_t i, char* end) {
  uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  char* p = end;
  do {
    *--p = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  if (i < 0) *--p = '-';
  return p;
}

inline bool is_pow2_base(int base) { return (base & (base - 1)) == 0; }

// Parses an ASCII int literal (whitespace, sign, prefix, underscores) with
// CPython's rules. Returns Empty when the text is not a literal in `base`;
// raises the digit-limit ValueError itself. base is 0 or 2..36.
Value parse_int_ascii(std::string_view s, int base) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  auto digit_value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
  };
  bool base0_zero = false;  // base 0 literal starting with "0" (no prefix)
  bool allow_leading_underscore = false;
  if (p < end && *p == '0' && p + 1 < end) {
    char c = static_cast<char>(p[1] | 0x20);
    int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (prefixed && (base == 0 || base == prefixed)) {
      base = prefixed;
      p += 2;
      allow_leading_underscore = true;  // "0x_1f" is valid
    }
  }
  if (base == 0) {
    base = 10;
    if (p < end && *p == '0') base0_zero = true;
  }
  // Scan digits and single underscores between digits.
  const char* digits_start = p;
  int64_t ndigits = 0;
  bool prev_underscore = allow_leading_underscore && p < end && *p == '_';
  if (prev_underscore) p++;
  if (p >= end || digit_value(*p) >= base) return Value::empty();
  prev_underscore = false;
  while (p < end) {
    char c = *p;
    if (c == '_') {
      if (prev_underscore) return Value::empty();
      prev_underscore = true;
    } else if (digit_value(c) < base) {
      ndigits++;
      prev_underscore = false;
    } else {
      break;
    }
    p++;
  }
  if (prev_underscore) return Value::empty();
  const char* digits_end = p;
  if (!is_pow2_base(base) && ndigits > kStrDigitsThreshold && g_max_str_digits > 0 && ndigits > g_max_str_digits)
    raisef(exc::ValueError,
           "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; use "
           "sys.set_int_max_str_digits() to increase the limit",
           static_cast<long long>(g_max_str_digits), static_cast<long long>(ndigits));
  while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
  if (p != end) return Value::empty();
  if (base0_zero) {
    // "0", "00", "0_0" are fine; "010" is not (no octal without 0o).
    for (const char* q = digits_start; q < digits_end; q++)
      if (*q != '0' && *q != '_') return Value::empty();
  }
  // Short literals accumulate in int64 without overflow: 18 digits of base
  // <= 10 stay below 10^18, 12 digits of base <= 36 below 36^12 < 2^63.
  if (ndigits <= 12 || (base <= 10 && ndigits <= 18)) {
    int64_t acc = 0;
    for (const char* q = digits_start; q < digits_end; q++)
      if (*q != '_') acc = acc * base + digit_value(*q);
    return make_int(negative ? -acc : acc);
  }
  std::string clean;
  clean.reserve(static_cast<size_t>(ndigits) + 1);
  for (const char* q = digits_start; q < digits_end; q++)
    if (*q != '_') clean.push_back(*q);
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, clean.c_str(), base);
  if (negative) mpz_neg(z, z);
  return numeric::int_from_mpz_move(z);
}

[[noreturn]] void raise_int_literal(Value original, int base) {
  Str* r = repr(original);
  // CPython truncates the repr to 200 code points (%.200R).
  std::string_view text = r->view();
  if (r->length > 200) text = text.substr(0, utf8_offset(r->data(), static_cast<size_t>(r->size), 200));
  raisef(exc::ValueError, "invalid literal for int() with base %d: %.*s", base, static_cast<int>(text.size()),
         text.data());
}

}  // namespace

// ---------------------------------------------------------------------------
// Internals shared with the other numeric files

namespace numeric {

MpzView::MpzView(Value v) {
  int64_t i;
  if (small_of(v, &i)) {
    limb_ = i < 0 ? 0 - static_cast<mp_limb_t>(i) : static_cast<mp_limb_t>(i);
    mpz_roinit_n(z_, &limb_, i < 0 ? -1 : i == 0 ? 0 : 1);
  } else {
    *z_ = *static_cast<const BigInt*>(v.as_object())->z;
  }
}

Value int_from_mpz_move(mpz_t z) {
  if (mpz_fits_small(z)) return Value::small_int(mpz_small_value(z));
  BigInt* b = new_bigint();
  *b->z = *z;
  return Value::object(b);
}

Value int_subclass_new(Type* cls, Value v) {
  size_t size = cls->instance_size > sizeof(BigInt) ? cls->instance_size : sizeof(BigInt);
  auto* b = static_cast<BigInt*>(alloc_object(cls, size));
  MpzView z(v);
  mpz_init_set(b->z, z);
  return Value::object(b);
}

Value int_exact(Value v) {
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::small_int(v.as_bool());
  Object* o = v.as_object();
  if (o->type == types::int_) return v;
  return int_from_mpz(static_cast<BigInt*>(o)->z);
}

void raise_memory_error() { raise(exc::MemoryError, ""); }

}  // namespace numeric

// ---------------------------------------------------------------------------
// Construction and conversion

Value make_int(int64_t i) {
  if (Value::fits_small_int(i)) return Value::small_int(i);
  BigInt* b = new_bigint();
  mpz_init_set_si(b->z, i);
  return Value::object(b);
}

Value make_int_u64(uint64_t u) {
  if (u <= static_cast<uint64_t>(Value::kSmallIntMax)) return Value::small_int(static_cast<int64_t>(u));
  BigInt* b = new_bigint();
  mpz_init_set_ui(b->z, u);
  return Value::object(b);
}

Value int_from_mpz(const mpz_t z) {
  if (mpz_fits_small(z)) return Value::small_int(mpz_small_value(z));
  BigInt* b = new_bigint();
  mpz_init_set(b->z, z);
  return Value::object(b);
}

Value int_from_double(double d) {
  if (std::isinf(d)) raise(exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) raise(exc::ValueError, "cannot convert float NaN to integer");
  if (d > -140737488355328.0 - 1.0 && d < 140737488355328.0) return Value::small_int(static_cast<int64_t>(d));
  BigInt* b = new_bigint();
  mpz_init_set_d(b->z, d);
  return Value::object(b);
}

Value int_from_string(std::string_view text, int base) {
  std::string storage;
  std::string_view ascii = numeric::to_ascii_number(text, storage);
  Value r = parse_int_ascii(ascii, base);
  if (r.is_empty()) raise_int_literal(str_value(text), base);
  return r;
}

Value int_from_bytes_literal(std::string_view text, int base) {
  Value r = parse_int_ascii(text, base);
  if (r.is_empty()) raise_int_literal(Value::object(make_bytes(text)), base);
  return r;
}

bool is_int_like(Value v) { return v.is_int() || v.is_bool() || has_layout(v, Layout::INT); }

void int_to_mpz(Value v, mpz_t out) {
  int64_t i;
  if (numeric::small_of(v, &i)) mpz_set_si(out, i);
  else mpz_set(out, static_cast<const BigInt*>(v.as_object())->z);
}

bool int_to_i64(Value v, int64_t* out) {
  if (numeric::small_of(v, out)) return true;
  const BigInt* b = static_cast<const BigInt*>(v.as_object());
  if (!mpz_fits_slong_p(b->z)) return false;
  *out = mpz_get_si(b->z);
  return true;
}

double int_to_double(Value v) {
  int64_t i;
  if (numeric::small_of(v, &i)) return static_cast<double>(i);
  const BigInt* b = static_cast<const BigInt*>(v.as_object());
  double d = mpz_abs_to_double(b->z);
  if (std::isinf(d)) raise_int_float_overflow();
  return mpz_sgn(b->z) < 0 ? -d : d;
}

int int_sign(Value v) {
  int64_t i;
  if (numeric::small_of(v, &i)) return (i > 0) - (i < 0);
  return mpz_sgn(static_cast<const BigInt*>(v.as_object())->z);
}

// ---------------------------------------------------------------------------
// Arithmetic

namespace {

Value mul_small_overflow(int64_t x, int64_t y) {
  __int128 p = static_cast<__int128>(x) * y;
  unsigned __int128 u = p < 0 ? -static_cast<unsigned __int128>(p) : static_cast<unsigned __int128>(p);
  mp_limb_t limbs[2] = {static_cast<mp_limb_t>(u), static_cast<mp_limb_t>(u >> 64)};
  mpz_t view;
  mpz_roinit_n(view, limbs, p < 0 ? -2 : 2);  // roinit normalizes the size
  return int_from_mpz(view);
}

// x ** y for y >= 0, small operands.
Value pow_small(int64_t x, int64_t y) {
  if (x == 0) return Value::small_int(y == 0 ? 1 : 0);
  if (x == 1) return Value::small_int(1);
  if (x == -1) return Value::small_int((y & 1) ? -1 : 1);
  if (y < 64) {
    int64_t result = 1, base = x;
    uint64_t e = static_cast<uint64_t>(y);
    bool overflow = false;
    while (true) {
      if ((e & 1) && __builtin_mul_overflow(result, base, &result)) { overflow = true; break; }
      e >>= 1;
      if (!e) break;
      if (__builtin_mul_overflow(base, base, &base)) { overflow = true; break; }
    }
    if (!overflow) return make_int(result);
  }
  uint64_t xbits = 64 - static_cast<uint64_t>(__builtin_clzll(x < 0 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x)));
  if (static_cast<unsigned __int128>(xbits - 1) * static_cast<uint64_t>(y) > numeric::kMaxIntBits)
    numeric::raise_memory_error();
  mpz_t r;
  mpz_init(r);
  mp_limb_t limb = x < 0 ? 0 - static_cast<mp_limb_t>(x) : static_cast<mp_limb_t>(x);
  mpz_t b;
  mpz_roinit_n(b, &limb, x < 0 ? -1 : 1);
  mpz_pow_ui(r, b, static_cast<unsigned long>(y));
  return numeric::int_from_mpz_move(r);
}

double true_divide_mpz(const mpz_t a, const mpz_t b) {
  if (mpz_sgn(b) == 0) raise(exc::ZeroDivisionError, "division by zero");
  bool negate = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0) return negate ? -0.0 : 0.0;
  size_t na = mpz_sizeinbase(a, 2), nb = mpz_sizeinbase(b, 2);
  if (na <= 53 && nb <= 53) return mpz_get_d(a) / mpz_get_d(b);  // both exact: IEEE division rounds correctly
  constexpr int64_t kMantDig = 53, kMinExp = -1021, kMaxExp = 1024;
  int64_t diff = static_cast<int64_t>(na) - static_cast<int64_t>(nb);
  if (diff > kMaxExp) raise(exc::OverflowError, "integer division result too large for a float");
  if (diff < kMinExp - kMantDig - 1) return negate ? -0.0 : 0.0;
  int64_t shift = std::max(diff, kMinExp) - kMantDig - 2;
  mpz_t x, rem;
  mpz_init(x);
  mpz_init(rem);
  bool inexact = false;
  mpz_abs(x, a);
  if (shift <= 0) {
    mpz_mul_2exp(x, x, static_cast<mp_bitcnt_t>(-shift));
  } else {
    if (mpz_scan1(x, 0) < static_cast<mp_bitcnt_t>(shift)) inexact = true;
    mpz_tdiv_q_2exp(x, x, static_cast<mp_bitcnt_t>(shift));
  }
  mpz_t babs;
  mpz_roinit_n(babs, mpz_limbs_read(b), static_cast<mp_size_t>(mpz_size(b)));
  mpz_tdiv_qr(x, rem, x, babs);
  if (mpz_sgn(rem) != 0) inexact = true;
  int64_t x_bits = static_cast<int64_t>(mpz_sizeinbase(x, 2));
  int64_t extra_bits = std::max(x_bits, kMinExp - shift) - kMantDig;
  uint64_t xv = mpz_get_ui(x);  // at most 56 bits
  uint64_t mask = uint64_t{1} << (extra_bits - 1);
  uint64_t low = xv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  xv = low & ~(2 * mask - 1);
  double dx = static_cast<double>(xv);
  if (shift + x_bits >= kMaxExp && (shift + x_bits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    raise(exc::OverflowError, "integer division result too large for a float");
  double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

Value big_binary(BinaryOp op, Value a, Value b) {
  MpzView x(a), y(b);
  mpz_t r;
  mpz_init(r);
  switch (op) {
    case BinaryOp::ADD: mpz_add(r, x, y); break;
    case BinaryOp::SUB: mpz_sub(r, x, y); break;
    case BinaryOp::MUL: mpz_mul(r, x, y); break;
    case BinaryOp::FLOORDIV:
      if (mpz_sgn(y) == 0) raise_int_div_zero();
      mpz_fdiv_q(r, x, y);
      break;
    case BinaryOp::MOD:
      if (mpz_sgn(y) == 0) raise_int_mod_zero();
      mpz_fdiv_r(r, x, y);
      break;
    case BinaryOp::TRUEDIV: return Value::number(true_divide_mpz(x, y));
    case BinaryOp::POW: {
      if (mpz_sgn(y) < 0) return float_binary(BinaryOp::POW, int_to_double(a), int_to_double(b));
      if (mpz_cmpabs_ui(x, 1) <= 0) {  // 0, 1, -1 to any power
        if (mpz_sgn(x) == 0) return Value::small_int(mpz_sgn(y) == 0 ? 1 : 0);
        if (mpz_sgn(x) > 0) return Value::small_int(1);
        return Value::small_int(mpz_odd_p(y) ? -1 : 1);
      }
      if (!mpz_fits_ulong_p(y)) numeric::raise_memory_error();
      unsigned long e = mpz_get_ui(y);
      if (static_cast<unsigned __int128>(mpz_sizeinbase(x, 2) - 1) * e > numeric::kMaxIntBits)
        numeric::raise_memory_error();
      mpz_pow_ui(r, x, e);
      break;
    }
    case BinaryOp::LSHIFT: {
      if (mpz_sgn(y) < 0) raise_negative_shift();
      if (mpz_sgn(x) == 0) return Value::small_int(0);
      if (!mpz_fits_ulong_p(y)) numeric::raise_memory_error();
      unsigned long s = mpz_get_ui(y);
      if (mpz_sizeinbase(x, 2) + static_cast<unsigned __int128>(s) > numeric::kMaxIntBits)
        numeric::raise_memory_error();
      mpz_mul_2exp(r, x, s);
      break;
    }
    case BinaryOp::RSHIFT: {
      if (mpz_sgn(y) < 0) raise_negative_shift();
      if (!mpz_fits_ulong_p(y) || mpz_get_ui(y) >= mpz_sizeinbase(x, 2))
        return Value::small_int(mpz_sgn(x) < 0 ? -1 : 0);
      mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
      break;
    }
    case BinaryOp::AND: mpz_and(r, x, y); break;
    case BinaryOp::OR: mpz_ior(r, x, y); break;
    case BinaryOp::XOR: mpz_xor(r, x, y); break;
    case BinaryOp::MATMUL:
      raisef(exc::TypeError, "unsupported operand type(s) for @: '%s' and '%s'", type_name(a), type_name(b));
  }
  return numeric::int_from_mpz_move(r);
}

}  // namespace

Value int_binary(BinaryOp op, Value a, Value b) {
  int64_t x, y;
  if (!numeric::small_of(a, &x) || !numeric::small_of(b, &y)) return big_binary(op, a, b);
  switch (op) {
    case BinaryOp::ADD: return make_int(x + y);
    case BinaryOp::SUB: return make_int(x - y);
    case BinaryOp::MUL: {
      int64_t r;
      if (__builtin_mul_overflow(x, y, &r)) return mul_small_overflow(x, y);
      return make_int(r);
    }
    case BinaryOp::FLOORDIV: {
      if (y == 0) raise_int_div_zero();
      int64_t q = x / y;
      if ((x % y != 0) && ((x ^ y) < 0)) q--;
      return make_int(q);
    }
    case BinaryOp::MOD: {
      if (y == 0) raise_int_mod_zero();
      int64_t r = x % y;
      if (r != 0 && ((r ^ y) < 0)) r += y;
      return Value::small_int(r);
    }
    case BinaryOp::TRUEDIV:
      if (y == 0) raise(exc::ZeroDivisionError, "division by zero");
      return Value::number(static_cast<double>(x) / static_cast<double>(y));
    case BinaryOp::POW:
      if (y < 0) return float_binary(BinaryOp::POW, static_cast<double>(x), static_cast<double>(y));
      return pow_small(x, y);
    case BinaryOp::LSHIFT: {
      if (y < 0) raise_negative_shift();
      if (x == 0) return Value::small_int(0);
      if (y < 64) {
        int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
        if ((r >> y) == x) return make_int(r);
      }
      return big_binary(op, a, b);
    }
    case BinaryOp::RSHIFT:
      if (y < 0) raise_negative_shift();
      return Value::small_int(x >> (y > 63 ? 63 : y));
    case BinaryOp::AND: return Value::small_int(x & y);
    case BinaryOp::OR: return Value::small_int(x | y);
    case BinaryOp::XOR: return Value::small_int(x ^ y);
    case BinaryOp::MATMUL: break;
  }
  return big_binary(op, a, b);
}

Value int_unary(UnaryOp op, Value a) {
  int64_t x;
  if (numeric::small_of(a, &x)) {
    switch (op) {
      case UnaryOp::NEG: return make_int(-x);
      case UnaryOp::POS: return Value::small_int(x);
      case UnaryOp::INVERT: return Value::small_int(~x);
    }
  }
  MpzView z(a);
  mpz_t r;
  mpz_init(r);
  switch (op) {
    case UnaryOp::NEG: mpz_neg(r, z); break;
    case UnaryOp::POS: return numeric::int_exact(a);
    case UnaryOp::INVERT: mpz_com(r, z); break;
  }
  return numeric::int_from_mpz_move(r);
}

double int_true_divide(Value a, Value b) {
  int64_t x, y;
  if (numeric::small_of(a, &x) && numeric::small_of(b, &y)) {
    if (y == 0) raise(exc::ZeroDivisionError, "division by zero");
    return static_cast<double>(x) / static_cast<double>(y);
  }
  MpzView ma(a), mb(b);
  return true_divide_mpz(ma, mb);
}

void int_divmod(Value a, Value b, Value* q, Value* r) {
  int64_t x, y;
  if (numeric::small_of(a, &x) && numeric::small_of(b, &y)) {
    if (y == 0) raise_int_div_zero();
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr ^ y) < 0)) {
      rr += y;
      qq--;
    }
    *q = make_int(qq);
    *r = Value::small_int(rr);
    return;
  }
  MpzView ma(a), mb(b);
  if (mpz_sgn(mb) == 0) raise_int_div_zero();
  mpz_t qq, rr;
  mpz_init(qq);
  mpz_init(rr);
  mpz_fdiv_qr(qq, rr, ma, mb);
  *q = numeric::int_from_mpz_move(qq);
  *r = numeric::int_from_mpz_move(rr);
}

int int_compare(Value a, Value b) {
  int64_t x, y;
  if (numeric::small_of(a, &x) && numeric::small_of(b, &y)) return (x > y) - (x < y);
  MpzView ma(a), mb(b);
  int c = mpz_cmp(ma, mb);
  return (c > 0) - (c < 0);
}

int int_compare_double(Value a, double d) {
  if (std::isnan(d)) return 2;
  int64_t x;
  if (numeric::small_of(a, &x)) {
    double xd = static_cast<double>(x);  // exact: |x| < 2^47
    return (xd > d) - (xd < d);
  }
  const BigInt* b = static_cast<const BigInt*>(a.as_object());
  int c = mpz_cmp_d(b->z, d);
  return (c > 0) - (c < 0);
}

Value int_pow_mod(Value a, Value b, Value mod) {
  int64_t x, y, m;
  if (numeric::small_of(a, &x) && numeric::small_of(b, &y) && numeric::small_of(mod, &m) && y >= 0 && m != 0) {
    uint64_t um = m < 0 ? 0 - static_cast<uint64_t>(m) : static_cast<uint64_t>(m);
    if (um == 1) return Value::small_int(0);
    int64_t base = x % static_cast<int64_t>(um);
    if (base < 0) base += static_cast<int64_t>(um);
    uint64_t result = 1, bb = static_cast<uint64_t>(base);
    for (uint64_t e = static_cast<uint64_t>(y); e; e >>= 1) {
      if (e & 1) result = static_cast<uint64_t>(static_cast<unsigned __int128>(result) * bb % um);
      bb = static_cast<uint64_t>(static_cast<unsigned __int128>(bb) * bb % um);
    }
    int64_t r = static_cast<int64_t>(result);
    if (m < 0 && r != 0) r += m;
    return Value::small_int(r);
  }
  MpzView ma(a), mb(b), mm(mod);
  if (mpz_sgn(mm) == 0) raise(exc::ValueError, "pow() 3rd argument cannot be 0");
  mpz_t um;
  mpz_roinit_n(um, mpz_limbs_read(mm), static_cast<mp_size_t>(mpz_size(mm)));
  if (mpz_cmp_ui(um, 1) == 0) return Value::small_int(0);
  mpz_t r, base;
  mpz_init(r);
  mpz_init(base);
  mpz_set(base, ma);
  mpz_t e;
  mpz_init_set(e, mb);
  if (mpz_sgn(e) < 0) {
    if (!mpz_invert(base, base, um)) raise(exc::ValueError, "base is not invertible for the given modulus");
    mpz_neg(e, e);
  }
  mpz_powm(r, base, e, um);
  if (mpz_sgn(mm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, mm);
  return numeric::int_from_mpz_move(r);
}

// ---------------------------------------------------------------------------
// Text

int64_t int_max_str_digits() { return g_max_str_digits; }

void set_int_max_str_digits(int64_t n) {
  if (n != 0 && n < kStrDigitsThreshold) raise(exc::ValueError, "maxdigits must be 0 or larger than 640");
  g_max_str_digits = n;
}

Str* int_to_str(Value v) {
  int64_t i;
  if (numeric::small_of(v, &i)) {
    char buf[24];
    char* end = buf + sizeof buf;
    char* p = small_to_decimal(i, end);
    return make_str(std::string_view(p, static_cast<size_t>(end - p)));
  }
  const BigInt* b = static_cast<const BigInt*>(v.as_object());
  size_t est = mpz_sizeinbase(b->z, 10);  // exact or one too many
  int64_t limit = g_max_str_digits;
  auto too_many = [&] {
    raisef(exc::ValueError,
           "Exceeds the limit (%lld digits) for integer string conversion; use sys.set_int_max_str_digits() to "
           "increase the limit",
           static_cast<long long>(limit));
  };
  if (limit > 0 && static_cast<int64_t>(est) - 1 > limit) too_many();
  std::string buf(est + 2, '\0');
  mpz_get_str(buf.data(), 10, b->z);
  size_t len = std::strlen(buf.c_str());
  size_t digits = len - (buf[0] == '-' ? 1 : 0);
  if (limit > 0 && static_cast<int64_t>(digits) > limit) too_many();
  return make_str(std::string_view(buf.data(), len));
}

Str* int_to_base_str(Value v, int base, bool prefix) {
  const char* pfx = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  int64_t i;
  if (numeric::small_of(v, &i)) {
    char buf[80];
    char* end = buf + sizeof buf;
    char* p = end;
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    do {
      *--p = "0123456789abcdefghijklmnopqrstuvwxyz"[u % static_cast<unsigned>(base)];
      u /= static_cast<unsigned>(base);
    } while (u);
    if (prefix)
      for (int k = static_cast<int>(std::strlen(pfx)) - 1; k >= 0; k--) *--p = pfx[k];
    if (i < 0) *--p = '-';
    return make_str(std::string_view(p, static_cast<size_t>(end - p)));
  }
  if (base == 10) return int_to_str(v);
  const BigInt* b = static_cast<const BigInt*>(v.as_object());
  std::string buf(mpz_sizeinbase(b->z, base) + 5, '\0');
  bool negative = mpz_sgn(b->z) < 0;
  size_t pos = 0;
  if (negative) buf[pos++] = '-';
  if (prefix)
    for (const char* q = pfx; *q; q++) buf[pos++] = *q;
  mpz_t a;
  mpz_roinit_n(a, mpz_limbs_read(b->z), static_cast<mp_size_t>(mpz_size(b->z)));
  mpz_get_str(buf.data() + pos, base, a);
  return make_str(std::string_view(buf.data(), std::strlen(buf.c_str())));
}

// ---------------------------------------------------------------------------
// Hash and bits

int64_t int_hash(Value v) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  int64_t i;
  if (numeric::small_of(v, &i)) return i == -1 ? -2 : i;  // |i| < 2^47 < modulus
  const BigInt* b = static_cast<const BigInt*>(v.as_object());
  uint64_t h = mpz_tdiv_ui(b->z, kModulus);  // of |z|
  int64_t r = mpz_sgn(b->z) < 0 ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

int64_t int_bit_length(Value v) {
  int64_t i;
  if (numeric::small_of(v, &i)) {
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    return u ? 64 - __builtin_clzll(u) : 0;
  }
  const BigInt* b = static_cast<const BigInt*>(v.as_object());
  return mpz_sgn(b->z) ? static_cast<int64_t>(mpz_sizeinbase(b->z, 2)) : 0;
}

}  // namespace coil
