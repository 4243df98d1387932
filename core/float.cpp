// Coil — float: arithmetic with Python's rules, hashing, rounding, parsing,
// and the float type as Python sees it.
//
// A float is an immediate double; only instances of float subclasses live on
// the heap (FloatObj). Semantics follow CPython 3.11's floatobject.c: the
// special cases of ** are sorted out before libm's pow, % and // take the
// sign of the divisor, hash is the integer hash of the exact rational value
// (so hash(1.0) == hash(1)), and round(x, n) rounds the exact binary value
// half to even (round(2.675, 2) == 2.67).
#include <cerrno>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "core/args.h"
#include "core/errors.h"
#include "core/format_spec.h"
#include "core/names.h"
#include "core/numeric_internal.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/unicode.h"

namespace coil {

namespace {

inline bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

[[noreturn]] void raise_errno_overflow() {
  Tuple* args = make_tuple({Value::small_int(ERANGE), str_value("Numerical result out of range")});
  throw PyException{new_exception_args(exc::OverflowError, args)};
}

double float_pow(double iv, double iw) {
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return odd ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) raise(exc::NotImplementedError, "complex numbers are not supported");
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  errno = 0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) raise_errno_overflow();
  return negate ? -ix : ix;
}

}  // namespace

void float_divmod_pair(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m != 0.0) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div != 0.0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

Value float_binary(BinaryOp op, double a, double b) {
  switch (op) {
    case BinaryOp::ADD: return Value::number(a + b);
    case BinaryOp::SUB: return Value::number(a - b);
    case BinaryOp::MUL: return Value::number(a * b);
    case BinaryOp::TRUEDIV:
      if (b == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
      return Value::number(a / b);
    case BinaryOp::FLOORDIV: {
      if (b == 0.0) raise(exc::ZeroDivisionError, "float floor division by zero");
      double q, r;
      float_divmod_pair(a, b, &q, &r);
      return Value::number(q);
    }
    case BinaryOp::MOD: {
      if (b == 0.0) raise(exc::ZeroDivisionError, "float modulo");
      double m = std::fmod(a, b);
      if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
      } else {
        m = std::copysign(0.0, b);
      }
      return Value::number(m);
    }
    case BinaryOp::POW: return Value::number(float_pow(a, b));
    default: break;
  }
  raisef(exc::TypeError, "unsupported operand type(s) for %s: 'float' and 'float'", binary_op_symbol(op));
}

bool is_float_like(Value v) { return v.is_double() || has_layout(v, Layout::FLOAT); }

double float_value(Value v) {
  double d = 0.0;
  numeric::float_of(v, &d);
  return d;
}

double to_double(Value v) {
  double d;
  if (numeric::float_of(v, &d)) return d;
  if (is_int_like(v)) return int_to_double(v);
  raisef(exc::TypeError, "must be real number, not %s", type_name(v));
}

Value float_binary_values(BinaryOp op, Value a, Value b) { return float_binary(op, to_double(a), to_double(b)); }

Value float_subclass_new(Type* cls, double d) {
  if (cls == types::float_) return Value::number(d);
  size_t size = cls->instance_size > sizeof(FloatObj) ? cls->instance_size : sizeof(FloatObj);
  auto* f = static_cast<FloatObj*>(alloc_object(cls, size));
  f->value = d;
  return Value::object(f);
}

// ---- hash ----

int64_t float_hash(double d) {
  if (d >= -140737488355328.0 && d < 140737488355328.0) {
    int64_t i = static_cast<int64_t>(d);
    if (static_cast<double>(i) == d) return i == -1 ? -2 : i;
  }
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  constexpr int kBits = 61;
  if (!std::isfinite(d)) return std::isinf(d) ? (d > 0 ? 314159 : -314159) : 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  int64_t r = static_cast<int64_t>(x) * sign;
  return r == -1 ? -2 : r;
}

// ---- rounding ----

Value float_round_to_int(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return int_from_double(r);
}

double float_round(double x, int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  constexpr int64_t kMax = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int64_t kMin = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > kMax) return x;
  if (ndigits < kMin) return 0.0 * x;
  // q = x * 10**ndigits rounded half to even on the exact binary value, then
  // the decimal q * 10**-ndigits converted back (correctly rounded).
  int e;
  double m = std::frexp(std::fabs(x), &e);
  mpz_t num, den, q, r, two_r;
  mpz_init(num);
  mpz_init(den);
  mpz_init(q);
  mpz_init(r);
  mpz_init(two_r);
  mpz_set_d(num, std::ldexp(m, 53));  // exact 53-bit integer
  e -= 53;
  mpz_set_ui(den, 1);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_t p10;
  mpz_init(p10);
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0) mpz_mul(num, num, p10);
  else mpz_mul(den, den, p10);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(two_r, r, 1);
  int c = mpz_cmp(two_r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  std::string text = x < 0 || std::signbit(x) ? "-" : "";
  size_t off = text.size();
  text.resize(off + mpz_sizeinbase(q, 10) + 2);
  mpz_get_str(text.data() + off, 10, q);
  text.resize(std::strlen(text.c_str()));
  text += 'e';
  text += std::to_string(-ndigits);
  errno = 0;
  double rounded = std::strtod(text.c_str(), nullptr);
  if (errno == ERANGE && std::fabs(rounded) >= 1.0)
    raise(exc::OverflowError, "rounded value too large to represent");
  return rounded;
}

// ---- parsing ----

namespace numeric {

std::string_view to_ascii_number(std::string_view text, std::string& storage) {
  if (ascii_only(text.data(), text.size())) return text;
  storage.clear();
  storage.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    uint32_t cp = utf8_next(p);
    if (cp < 127) {
      storage.push_back(static_cast<char>(cp));
    } else if (uni_isspace(cp)) {
      storage.push_back(' ');
    } else {
      int d = uni_decimal_value(cp);
      if (d < 0) {
        storage.push_back('?');
        break;
      }
      storage.push_back(static_cast<char>('0' + d));
    }
  }
  return storage;
}

bool parse_float_ascii(std::string_view s, double* out) {
  const char* p = s.data();
  const char* end = p + s.size();
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  auto lower_eq = [](const char* a, size_t n, const char* word) {
    for (size_t i = 0; i < n; i++)
      if ((a[i] | 0x20) != word[i]) return false;
    return word[n] == '\0';
  };
  size_t rest = static_cast<size_t>(end - p);
  if (rest == 3 && lower_eq(p, 3, "inf")) { *out = negative ? -HUGE_VAL : HUGE_VAL; return true; }
  if (rest == 8 && lower_eq(p, 8, "infinity")) { *out = negative ? -HUGE_VAL : HUGE_VAL; return true; }
  if (rest == 3 && lower_eq(p, 3, "nan")) { *out = negative ? -NAN : NAN; return true; }
  // digits [. digits] [e [sign] digits], underscores only between digits.
  char small[128];
  std::string big;
  char* buf = small;
  if (s.size() + 1 > sizeof small) {
    big.resize(s.size() + 1);
    buf = big.data();
  }
  size_t n = 0;
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  auto scan_digits = [&](bool* any) -> bool {  // false on a bad underscore
    *any = false;
    while (p < end) {
      if (is_digit(*p)) {
        buf[n++] = *p++;
        *any = true;
      } else if (*p == '_') {
        if (!*any || p + 1 >= end || !is_digit(p[1])) return false;
        p++;
      } else {
        break;
      }
    }
    return true;
  };
  bool int_digits, frac_digits = false;
  if (!scan_digits(&int_digits)) return false;
  if (p < end && *p == '.') {
    buf[n++] = *p++;
    if (!scan_digits(&frac_digits)) return false;
  }
  if (!int_digits && !frac_digits) return false;
  if (p < end && (*p == 'e' || *p == 'E')) {
    buf[n++] = *p++;
    if (p < end && (*p == '+' || *p == '-')) buf[n++] = *p++;
    bool exp_digits;
    if (!scan_digits(&exp_digits) || !exp_digits) return false;
  }
  if (p != end) return false;
  buf[n] = '\0';
  double v;
  auto res = std::from_chars(buf, buf + n, v, std::chars_format::general);
  if (res.ec == std::errc::result_out_of_range) {
    // Overflow or underflow: strtod (locale-independent for this grammar
    // except the '.', which the C locale keeps) gives inf or 0 / denormal.
    v = std::strtod(buf, nullptr);
  } else if (res.ec != std::errc() || res.ptr != buf + n) {
    return false;
  }
  *out = negative ? -v : v;
  return true;
}

}  // namespace numeric

namespace {

bool float_from_text(std::string_view text, double* out) {
  std::string storage;
  std::string_view s = numeric::to_ascii_number(text, storage);
  while (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || (s.back() >= '\t' && s.back() <= '\r'))) s.remove_suffix(1);
  return numeric::parse_float_ascii(s, out);
}

}  // namespace

double float_from_string(std::string_view text) {
  double d;
  if (!float_from_text(text, &d)) {
    Str* r = str_repr(make_str(text));
    raisef(exc::ValueError, "could not convert string to float: %s", r->data());
  }
  return d;
}

namespace {

double float_from_bytes_text(Bytes* b) {
  double d;
  std::string_view s = b->view();
  while (!s.empty() && (s.front() == ' ' || (s.front() >= '\t' && s.front() <= '\r'))) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || (s.back() >= '\t' && s.back() <= '\r'))) s.remove_suffix(1);
  if (!numeric::parse_float_ascii(s, &d)) {
    Str* r = bytes_repr(b);
    raisef(exc::ValueError, "could not convert string to float: %s", r->data());
  }
  return d;
}

double float_from_value(Value x) {
  double d;
  if (numeric::float_of(x, &d) && (x.is_double() || x.as_object()->type == types::float_)) return d;
  if (x.is_int() || x.is_bool()) return int_to_double(x);
  if (x.is_object()) {
    Type* t = x.as_object()->type;
    if (t == types::int_) return int_to_double(x);
    if (t == types::str) return float_from_string(x.as<Str>()->view());
  }
  Value r = call_special(x, names::__float__, nullptr, 0);
  if (!r.is_empty()) {
    if (!numeric::float_of(r, &d))
      raisef(exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(x), type_name(r));
    return d;
  }
  r = call_special(x, names::__index__, nullptr, 0);
  if (!r.is_empty()) {
    if (!is_int_like(r)) raisef(exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
    return int_to_double(r);
  }
  if (numeric::float_of(x, &d)) return d;
  if (isinstance(x, types::str)) return float_from_string(x.as<Str>()->view());
  if (isinstance(x, types::bytes)) return float_from_bytes_text(x.as<Bytes>());
  if (x.is_object() && std::strcmp(type_name(x), "bytearray") == 0) return float_from_bytes_text(bytes_from_value(x));
  raisef(exc::TypeError, "float() argument must be a string or a real number, not '%s'", type_name(x));
}

// ---- argument helpers ----

inline void one_arg(size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length))
    raisef(exc::TypeError, "expected 1 argument, got %zu", nargs + (kw ? static_cast<size_t>(kw->length) : 0));
}
inline void no_args(const char* name, size_t nargs, Tuple* kw) {
  no_kwargs(name, kw);
  if (nargs) raisef(exc::TypeError, "%s() takes no arguments (%zu given)", name, nargs);
}

inline double self_double(Value self) {
  double d = 0.0;
  numeric::float_of(self, &d);
  return d;
}

// The other operand of a float dunder as a double; false for NotImplemented.
inline bool other_double(Value v, double* out) {
  if (numeric::float_of(v, out)) return true;
  if (is_int_like(v)) {
    *out = int_to_double(v);
    return true;
  }
  return false;
}

// ---- __new__ ----

Value float_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) raise(exc::TypeError, "float.__new__(): not enough arguments");
  Value c = args[0];
  if (!isinstance(c, types::type))
    raisef(exc::TypeError, "float.__new__(X): X is not a type object (%s)", type_name(c));
  Type* cls = c.as<Type>();
  if (!is_subtype(cls, types::float_)) {
    std::string_view n = type_name_view(cls);
    raisef(exc::TypeError, "float.__new__(%.*s): %.*s is not a subtype of float", static_cast<int>(n.size()),
           n.data(), static_cast<int>(n.size()), n.data());
  }
  if (cls == types::float_) no_kwargs("float", kwnames);
  check_nargs("float", nargs - 1, 0, 1);
  double d = nargs == 2 ? float_from_value(args[1]) : 0.0;
  return float_subclass_new(cls, d);
}

// ---- text, hash, truth ----

Value float_repr_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__repr__", nargs, kw);
  return Value::object(float_repr(self_double(self)));
}

Value float_hash_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__hash__", nargs, kw);
  return make_int(float_hash(self_double(self)));
}

Value float_bool_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__bool__", nargs, kw);
  return Value::boolean(self_double(self) != 0.0);
}

Value float_format_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  Value spec = args[0];
  if (!isinstance(spec, types::str))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", type_name(spec));
  Str* s = spec.as<Str>();
  if (s->size == 0) {
    if (self.is_double()) return Value::object(float_repr(self.as_double()));
    return Value::object(to_str(self));
  }
  FormatSpec fs = parse_format_spec(s->view(), type_name(self));
  return str_value(format_float(self_double(self), fs));
}

// ---- comparisons ----

template <CompareOp op>
Value float_cmp_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  double a = self_double(self), b;
  Value other = args[0];
  int c;  // -1, 0, 1, or 2 for unordered
  if (numeric::float_of(other, &b)) {
    if (std::isnan(a) || std::isnan(b)) c = 2;
    else c = (a > b) - (a < b);
  } else if (is_int_like(other)) {
    c = int_compare_double(other, a);
    if (c != 2) c = -c;
  } else {
    return g_not_implemented;
  }
  switch (op) {
    case CompareOp::LT: return Value::boolean(c == -1);
    case CompareOp::LE: return Value::boolean(c == -1 || c == 0);
    case CompareOp::EQ: return Value::boolean(c == 0);
    case CompareOp::NE: return Value::boolean(c != 0);
    case CompareOp::GT: return Value::boolean(c == 1);
    case CompareOp::GE: return Value::boolean(c == 1 || c == 0);
  }
  return g_not_implemented;
}

// ---- arithmetic ----

template <BinaryOp op, bool reflected>
Value float_binop_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  double b;
  if (!other_double(args[0], &b)) return g_not_implemented;
  double a = self_double(self);
  return reflected ? float_binary(op, b, a) : float_binary(op, a, b);
}

template <bool reflected>
Value float_divmod_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  double b;
  if (!other_double(args[0], &b)) return g_not_implemented;
  double a = self_double(self);
  if (reflected) std::swap(a, b);
  if (b == 0.0) raise(exc::ZeroDivisionError, "float divmod()");
  double q, r;
  float_divmod_pair(a, b, &q, &r);
  return Value::object(make_tuple({Value::number(q), Value::number(r)}));
}

template <bool reflected>
Value float_pow_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs(reflected ? "__rpow__" : "__pow__", kw);
  if (nargs < 1 || nargs > 2)
    raisef(exc::TypeError, "expected %s, got %zu", nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
  double b;
  if (!other_double(args[0], &b)) return g_not_implemented;
  if (nargs == 2 && !args[1].is_none())
    raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  double a = self_double(self);
  return reflected ? float_binary(BinaryOp::POW, b, a) : float_binary(BinaryOp::POW, a, b);
}

Value float_neg_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__neg__", nargs, kw);
  return Value::number(-self_double(self));
}
Value float_pos_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__pos__", nargs, kw);
  return Value::number(self_double(self));
}
Value float_abs_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__abs__", nargs, kw);
  return Value::number(std::fabs(self_double(self)));
}
Value float_float_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__float__", nargs, kw);
  return Value::number(self_double(self));
}
Value float_int_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__int__", nargs, kw);
  return int_from_double(self_double(self));
}
Value float_floor_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__floor__", nargs, kw);
  return int_from_double(std::floor(self_double(self)));
}
Value float_ceil_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__ceil__", nargs, kw);
  return int_from_double(std::ceil(self_double(self)));
}

Value float_round_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("__round__", args, nargs, kw, {"ndigits"}, 0, a, 1);
  double x = self_double(self);
  if (a[0].is_empty() || a[0].is_none()) return float_round_to_int(x);
  Value nd = a[0];
  if (!is_int_like(nd)) {
    Value r = call_special(nd, names::__index__, nullptr, 0);
    if (r.is_empty()) raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(nd));
    if (!is_int_like(r)) raisef(exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
    nd = r;
  }
  int64_t n;
  if (!int_to_i64(nd, &n)) n = int_sign(nd) < 0 ? INT64_MIN : INT64_MAX;  // clips, as CPython
  return Value::number(float_round(x, n));
}

Value float_getnewargs_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__getnewargs__", nargs, kw);
  return Value::object(make_tuple({Value::number(self_double(self))}));
}

// ---- methods ----

Value float_is_integer_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("float.is_integer", nargs, kw);
  double x = self_double(self);
  return Value::boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_as_integer_ratio_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("float.as_integer_ratio", nargs, kw);
  double x = self_double(self);
  if (std::isinf(x)) raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) raise(exc::ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(x, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  Value n = numeric::int_from_mpz_move(num);
  Value d = numeric::int_from_mpz_move(den);
  return Value::object(make_tuple({n, d}));
}

Value float_hex_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("float.hex", nargs, kw);
  double x = self_double(self);
  if (!std::isfinite(x)) return Value::object(float_repr(x));
  if (x == 0.0) return str_value(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  char s[40];
  int si = 0;
  const char* hex = "0123456789abcdef";
  s[si++] = hex[static_cast<int>(m)];
  m -= static_cast<int>(m);
  s[si++] = '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
    m *= 16.0;
    s[si++] = hex[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  s[si] = '\0';
  char out[64];
  int n = std::snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", s, e < 0 ? '-' : '+', e < 0 ? -e : e);
  return str_value(std::string_view(out, static_cast<size_t>(n)));
}

[[noreturn]] void raise_bad_hex() { raise(exc::ValueError, "invalid hexadecimal floating-point string"); }

double parse_hex_float(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  auto is_ws = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (p < end && is_ws(*p)) p++;
  while (end > p && is_ws(end[-1])) end--;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
  double special;
  std::string_view rest(p, static_cast<size_t>(end - p));
  if (rest.size() == 3 || rest.size() == 8) {
    std::string lower(rest);
    for (char& ch : lower) ch = static_cast<char>(ch | 0x20);
    if (lower == "inf" || lower == "infinity") {
      special = HUGE_VAL;
      return negative ? -special : special;
    }
    if (lower == "nan") return NAN;
  }
  if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
  auto hexval = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    c = static_cast<char>(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string digits;
  int64_t frac_digits = 0;
  bool any = false;
  while (p < end && hexval(*p) >= 0) {
    digits.push_back(*p++);
    any = true;
  }
  if (p < end && *p == '.') {
    p++;
    while (p < end && hexval(*p) >= 0) {
      digits.push_back(*p++);
      frac_digits++;
      any = true;
    }
  }
  if (!any) raise_bad_hex();
  int64_t exp = 0;
  if (p < end && (*p | 0x20) == 'p') {
    p++;
    bool eneg = false;
    if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
    if (p >= end || *p < '0' || *p > '9') raise_bad_hex();
    while (p < end && *p >= '0' && *p <= '9') {
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (*p - '0');
      p++;
    }
    if (eneg) exp = -exp;
  }
  if (p != end) raise_bad_hex();
  mpz_t m;
  mpz_init(m);
  mpz_set_str(m, digits.c_str(), 16);
  if (mpz_sgn(m) == 0) return negative ? -0.0 : 0.0;
  int64_t e2 = exp - 4 * frac_digits;  // value = m * 2^e2
  int64_t n = static_cast<int64_t>(mpz_sizeinbase(m, 2));
  int64_t top = n + e2;  // value < 2^top
  if (top > DBL_MAX_EXP) raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
  int64_t lsb = std::max<int64_t>(top - DBL_MANT_DIG, DBL_MIN_EXP - DBL_MANT_DIG);  // -1074
  double result;
  if (lsb <= e2) {
    result = std::ldexp(mpz_get_d(m), static_cast<int>(e2));  // exact
  } else {
    int64_t shift = lsb - e2;
    if (shift > n + 1) return negative ? -0.0 : 0.0;
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, m, static_cast<mp_bitcnt_t>(shift));
    bool half = mpz_tstbit(m, static_cast<mp_bitcnt_t>(shift - 1));
    bool sticky = mpz_scan1(m, 0) < static_cast<mp_bitcnt_t>(shift - 1);
    if (half && (sticky || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    result = std::ldexp(mpz_get_d(q), static_cast<int>(lsb));
  }
  if (std::isinf(result)) raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
  return negative ? -result : result;
}

Value float_fromhex_m(Value, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs("fromhex", kw);
  if (nargs != 2) raisef(exc::TypeError, "float.fromhex() takes exactly one argument (%zu given)", nargs - 1);
  Value cls = args[0], s = args[1];
  if (!isinstance(s, types::str))
    raisef(exc::TypeError, "fromhex() argument must be str, not %s", type_name(s));
  double d = parse_hex_float(s.as<Str>()->view());
  if (cls.is_object() && cls.as_object() != types::float_) return call(cls, {Value::number(d)});
  return Value::number(d);
}

Value float_get_real(Value self) { return Value::number(self_double(self)); }
Value float_get_imag(Value) { return Value::number(0.0); }

const MethodDef kFloatMethods[] = {
    {"__new__", float_new, MethodDef::kStatic},
    {"__repr__", float_repr_m, MethodDef::kInstance},
    {"__hash__", float_hash_m, MethodDef::kInstance},
    {"__bool__", float_bool_m, MethodDef::kInstance},
    {"__format__", float_format_m, MethodDef::kInstance},
    {"__eq__", float_cmp_m<CompareOp::EQ>, MethodDef::kInstance},
    {"__ne__", float_cmp_m<CompareOp::NE>, MethodDef::kInstance},
    {"__lt__", float_cmp_m<CompareOp::LT>, MethodDef::kInstance},
    {"__le__", float_cmp_m<CompareOp::LE>, MethodDef::kInstance},
    {"__gt__", float_cmp_m<CompareOp::GT>, MethodDef::kInstance},
    {"__ge__", float_cmp_m<CompareOp::GE>, MethodDef::kInstance},
    {"__add__", float_binop_m<BinaryOp::ADD, false>, MethodDef::kInstance},
    {"__radd__", float_binop_m<BinaryOp::ADD, true>, MethodDef::kInstance},
    {"__sub__", float_binop_m<BinaryOp::SUB, false>, MethodDef::kInstance},
    {"__rsub__", float_binop_m<BinaryOp::SUB, true>, MethodDef::kInstance},
    {"__mul__", float_binop_m<BinaryOp::MUL, false>, MethodDef::kInstance},
    {"__rmul__", float_binop_m<BinaryOp::MUL, true>, MethodDef::kInstance},
    {"__truediv__", float_binop_m<BinaryOp::TRUEDIV, false>, MethodDef::kInstance},
    {"__rtruediv__", float_binop_m<BinaryOp::TRUEDIV, true>, MethodDef::kInstance},
    {"__floordiv__", float_binop_m<BinaryOp::FLOORDIV, false>, MethodDef::kInstance},
    {"__rfloordiv__", float_binop_m<BinaryOp::FLOORDIV, true>, MethodDef::kInstance},
    {"__mod__", float_binop_m<BinaryOp::MOD, false>, MethodDef::kInstance},
    {"__rmod__", float_binop_m<BinaryOp::MOD, true>, MethodDef::kInstance},
    {"__divmod__", float_divmod_m<false>, MethodDef::kInstance},
    {"__rdivmod__", float_divmod_m<true>, MethodDef::kInstance},
    {"__pow__", float_pow_m<false>, MethodDef::kInstance},
    {"__rpow__", float_pow_m<true>, MethodDef::kInstance},
    {"__neg__", float_neg_m, MethodDef::kInstance},
    {"__pos__", float_pos_m, MethodDef::kInstance},
    {"__abs__", float_abs_m, MethodDef::kInstance},
    {"__float__", float_float_m, MethodDef::kInstance},
    {"__int__", float_int_m, MethodDef::kInstance},
    {"__trunc__", float_int_m, MethodDef::kInstance},
    {"__floor__", float_floor_m, MethodDef::kInstance},
    {"__ceil__", float_ceil_m, MethodDef::kInstance},
    {"__round__", float_round_m, MethodDef::kInstance},
    {"__getnewargs__", float_getnewargs_m, MethodDef::kInstance},
    {"conjugate", float_float_m, MethodDef::kInstance},
    {"is_integer", float_is_integer_m, MethodDef::kInstance},
    {"as_integer_ratio", float_as_integer_ratio_m, MethodDef::kInstance},
    {"hex", float_hex_m, MethodDef::kInstance},
    {"fromhex", float_fromhex_m, MethodDef::kClass},
};

const GetSetDef kFloatGetSets[] = {
    {"real", float_get_real, nullptr},
    {"imag", float_get_imag, nullptr},
};

}  // namespace

void init_float_type() {
  if (types::float_->instance_size < sizeof(FloatObj)) types::float_->instance_size = sizeof(FloatObj);
  add_methods(types::float_, kFloatMethods);
  add_getsets(types::float_, kFloatGetSets);
}

}  // namespace coil
