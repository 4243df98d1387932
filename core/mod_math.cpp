// Coil — the math module's floating-point functions, with CPython's
// special-value rules: a NaN from non-NaN input is ValueError "math domain
// error", an infinity from finite input is OverflowError "math range error"
// (or a domain error at a singularity). Where CPython does not call libm
// (pow, atan2, log of huge ints) the same rules are used here, so results
// agree to the last bit. Elsewhere: the integer functions (factorial, gcd,
// comb, ...) in mod_math_int.cpp, fsum/hypot/dist/prod in mod_math_sum.cpp,
// gamma/lgamma in mod_math_special.cpp.
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstring>
#include <vector>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/iterators.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;

[[noreturn]] void domain_error() { raise(exc::ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(exc::OverflowError, "math range error"); }

}  // namespace

// A float argument: floats, ints (OverflowError when too large), objects
// with __float__ or __index__; TypeError "must be real number, not str".
double math_double_arg(Value v) {
  if (v.is_double()) return v.as_double();
  if (v.is_int()) return static_cast<double>(v.as_int());
  if (v.is_bool()) return v.as_bool() ? 1.0 : 0.0;
  if (is_int_like(v)) return int_to_double(v);
  Value r = call_special(v, names::__float__, nullptr, 0);
  if (!r.is_empty()) {
    if (!r.is_double())
      raisef(exc::TypeError, "%s.__float__ returned non-float (type %s)", type_name(v), type_name(r));
    return r.as_double();
  }
  if (!type_lookup(type_of(v), names::__index__).is_empty()) return int_to_double(index_int(v));
  raisef(exc::TypeError, "must be real number, not %s", type_name(v));
}

namespace {

// errno after a libm call: EDOM is a domain error, ERANGE an overflow unless
// the result is small (an underflow).
void check_errno(double r) {
  if (errno == EDOM) domain_error();
  if (errno == ERANGE) {
    if (std::fabs(r) < 1.5) return;
    range_error();
  }
  raisef(exc::ValueError, "[Errno %d] %s", errno, std::strerror(errno));
}

double one_arg(const char* qualname, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs(qualname, kwnames);
  check_nargs(qualname, nargs, 1, 1);
  return math_double_arg(args[0]);
}

void two_args(const char* name, const char* qualname, const Value* args, size_t nargs, Tuple* kwnames, double* x,
              double* y) {
  no_kwargs(qualname, kwnames);
  check_nargs(name, nargs, 2, 2);
  *x = math_double_arg(args[0]);
  *y = math_double_arg(args[1]);
}

// CPython's math_1: libm function with the special-value rules.
Value math_1(double x, double (*f)(double), bool can_overflow) {
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  if (std::isfinite(r) && errno) check_errno(r);
  return Value::number(r);
}

// CPython's math_1a: for functions that set errno themselves.
Value math_1a(double x, double (*f)(double)) {
  errno = 0;
  double r = f(x);
  if (errno) check_errno(r);
  return Value::number(r);
}

// CPython's math_2.
Value math_2(double x, double y, double (*f)(double, double)) {
  errno = 0;
  double r = f(x, y);
  if (std::isnan(r)) errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  else if (std::isinf(r)) errno = std::isfinite(x) && std::isfinite(y) ? ERANGE : 0;
  if (errno) check_errno(r);
  return Value::number(r);
}

double d_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) return std::copysign(std::copysign(1., x) == 1. ? 0.25 * kPi : 0.75 * kPi, y);
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.) return std::copysign(1., x) == 1. ? std::copysign(0., y) : std::copysign(kPi, y);
  return std::atan2(y, x);
}

double d_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    double c = absy - m;
    double r;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

double d_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double d_log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  errno = EDOM;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double d_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double d_log1p(double x) { return x == 0.0 ? x : std::log1p(x); }

// The mantissa in [0.5, 1) and exponent of a big int, correctly rounded to
// 53 bits (half to even), as CPython's _PyLong_Frexp.
double int_frexp(Value v, int64_t* e) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  mpz_abs(z, z);
  int64_t bits = static_cast<int64_t>(mpz_sizeinbase(z, 2));
  mpz_t q;
  mpz_init(q);
  bool sticky = false;
  if (bits > 54) {
    mpz_fdiv_q_2exp(q, z, static_cast<mp_bitcnt_t>(bits - 54));
    sticky = mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(bits - 54);
  } else {
    mpz_mul_2exp(q, z, static_cast<mp_bitcnt_t>(54 - bits));
  }
  uint64_t m = mpz_get_ui(q);  // 54 bits: 53 + a guard bit
  if ((m & 1) && (sticky || (m & 2))) m += 2;
  m >>= 1;
  *e = bits;
  return std::ldexp(static_cast<double>(m), -53);
}

// log/log2/log10 of an int or float; huge ints are handled via frexp.
Value loghelper(Value arg, double (*f)(double)) {
  if (arg.is_int() || arg.is_bool()) {
    int64_t i = arg.is_int() ? arg.as_int() : arg.as_bool();
    if (i <= 0) domain_error();
    return Value::number(f(static_cast<double>(i)));
  }
  if (is_int_like(arg)) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(arg, z);
    if (mpz_sgn(z) <= 0) domain_error();
    if (mpz_sizeinbase(z, 2) <= 1000) return Value::number(f(int_to_double(arg)));
    int64_t e;
    double x = int_frexp(arg, &e);
    return Value::number(f(x) + f(2.0) * static_cast<double>(e));
  }
  return math_1(math_double_arg(arg), f, false);
}

// ---- one-argument functions ----

#define COIL_MATH1(fname, func, can_overflow)                                    \
  Value m_##fname(Value, const Value* args, size_t nargs, Tuple* kwnames) {      \
    return math_1(one_arg("math." #fname, args, nargs, kwnames), func, can_overflow); \
  }
#define COIL_MATH1A(fname, func)                                                 \
  Value m_##fname(Value, const Value* args, size_t nargs, Tuple* kwnames) {      \
    return math_1a(one_arg("math." #fname, args, nargs, kwnames), func);         \
  }

double c_acos(double x) { return std::acos(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_asin(double x) { return std::asin(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_atan(double x) { return std::atan(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_cos(double x) { return std::cos(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_sin(double x) { return std::sin(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_sqrt(double x) { return std::sqrt(x); }
double c_tan(double x) { return std::tan(x); }
double c_tanh(double x) { return std::tanh(x); }

COIL_MATH1(acos, c_acos, false)
COIL_MATH1(acosh, c_acosh, false)
COIL_MATH1(asin, c_asin, false)
COIL_MATH1(asinh, c_asinh, false)
COIL_MATH1(atan, c_atan, false)
COIL_MATH1(atanh, c_atanh, false)
COIL_MATH1(cbrt, c_cbrt, false)
COIL_MATH1(cos, c_cos, false)
COIL_MATH1(cosh, c_cosh, true)
COIL_MATH1A(erf, c_erf)
COIL_MATH1A(erfc, c_erfc)
COIL_MATH1(exp, c_exp, true)
COIL_MATH1(exp2, c_exp2, true)
COIL_MATH1(expm1, c_expm1, true)
COIL_MATH1(fabs, c_fabs, false)
COIL_MATH1A(gamma, math_tgamma)
COIL_MATH1A(lgamma, math_lgamma)
COIL_MATH1(log1p, d_log1p, false)
COIL_MATH1(sin, c_sin, false)
COIL_MATH1(sinh, c_sinh, true)
COIL_MATH1(sqrt, c_sqrt, false)
COIL_MATH1(tan, c_tan, false)
COIL_MATH1(tanh, c_tanh, false)
#undef COIL_MATH1
#undef COIL_MATH1A

Value m_degrees(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return Value::number(one_arg("math.degrees", args, nargs, kwnames) * (180.0 / kPi));
}

Value m_radians(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return Value::number(one_arg("math.radians", args, nargs, kwnames) * (kPi / 180.0));
}

Value m_isnan(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return Value::boolean(std::isnan(one_arg("math.isnan", args, nargs, kwnames)));
}

Value m_isinf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return Value::boolean(std::isinf(one_arg("math.isinf", args, nargs, kwnames)));
}

Value m_isfinite(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return Value::boolean(std::isfinite(one_arg("math.isfinite", args, nargs, kwnames)));
}

Value m_ulp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_arg("math.ulp", args, nargs, kwnames);
  if (std::isnan(x)) return Value::number(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::number(x);
  double x2 = std::nextafter(x, HUGE_VAL);
  if (std::isinf(x2)) return Value::number(x - std::nextafter(x, -HUGE_VAL));
  return Value::number(x2 - x);
}

// floor/ceil: floats directly, ints as themselves, else __floor__/__ceil__.
Value floor_ceil(const char* qualname, const Value* args, size_t nargs, Tuple* kwnames, Str* dunder,
                 double (*f)(double)) {
  no_kwargs(qualname, kwnames);
  check_nargs(qualname, nargs, 1, 1);
  Value v = args[0];
  if (v.is_double()) return int_from_double(f(v.as_double()));
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::small_int(v.as_bool());
  if (v.is_object() && v.as_object()->type == types::int_) return v;
  Value r = call_special(v, dunder, nullptr, 0);
  if (!r.is_empty()) return r;
  return int_from_double(f(math_double_arg(v)));
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }

Value m_floor(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return floor_ceil("math.floor", args, nargs, kwnames, names::__floor__, c_floor);
}

Value m_ceil(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return floor_ceil("math.ceil", args, nargs, kwnames, names::__ceil__, c_ceil);
}

Value m_trunc(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.trunc", kwnames);
  check_nargs("math.trunc", nargs, 1, 1);
  Value v = args[0];
  if (v.is_double()) return int_from_double(v.as_double());
  if (v.is_int()) return v;
  if (v.is_bool()) return Value::small_int(v.as_bool());
  if (v.is_object() && v.as_object()->type == types::int_) return v;
  Value r = call_special(v, names::__trunc__, nullptr, 0);
  if (r.is_empty()) raisef(exc::TypeError, "type %s doesn't define __trunc__ method", type_name(v));
  return r;
}

Value m_modf(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_arg("math.modf", args, nargs, kwnames);
  if (std::isinf(x)) return Value::object(make_tuple({Value::number(std::copysign(0., x)), Value::number(x)}));
  if (std::isnan(x)) return Value::object(make_tuple({Value::number(x), Value::number(x)}));
  double ip;
  double fp = std::modf(x, &ip);
  return Value::object(make_tuple({Value::number(fp), Value::number(ip)}));
}

Value m_frexp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x = one_arg("math.frexp", args, nargs, kwnames);
  int e = 0;
  if (!(std::isnan(x) || std::isinf(x) || x == 0.0)) x = std::frexp(x, &e);
  return Value::object(make_tuple({Value::number(x), Value::small_int(e)}));
}

Value m_log(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.log", kwnames);
  if (nargs < 1 || nargs > 2) raise(exc::TypeError, "math.log requires 1 to 2 arguments");
  Value num = loghelper(args[0], d_log);
  if (nargs == 1) return num;
  Value den = loghelper(args[1], d_log);
  return binary_op(BinaryOp::TRUEDIV, num, den);
}

Value m_log2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.log2", kwnames);
  check_nargs("math.log2", nargs, 1, 1);
  return loghelper(args[0], d_log2);
}

Value m_log10(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.log10", kwnames);
  check_nargs("math.log10", nargs, 1, 1);
  return loghelper(args[0], d_log10);
}

// ---- two-argument functions ----

double c_copysign(double x, double y) { return std::copysign(x, y); }

Value m_atan2(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double y, x;
  two_args("atan2", "math.atan2", args, nargs, kwnames, &y, &x);
  return math_2(y, x, d_atan2);
}

Value m_copysign(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_args("copysign", "math.copysign", args, nargs, kwnames, &x, &y);
  return math_2(x, y, c_copysign);
}

Value m_remainder(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_args("remainder", "math.remainder", args, nargs, kwnames, &x, &y);
  return math_2(x, y, d_remainder);
}

Value m_nextafter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_args("nextafter", "math.nextafter", args, nargs, kwnames, &x, &y);
  return Value::number(std::nextafter(x, y));
}

Value m_fmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_args("fmod", "math.fmod", args, nargs, kwnames, &x, &y);
  if (std::isinf(y) && std::isfinite(x)) return Value::number(x);
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r)) errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  if (errno) check_errno(r);
  return Value::number(r);
}

Value m_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  double x, y;
  two_args("pow", "math.pow", args, nargs, kwnames, &x, &y);
  double r = 0.;
  errno = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) errno = EDOM;
      else errno = x == 0. ? EDOM : ERANGE;
    }
  }
  if (errno) check_errno(r);
  return Value::number(r);
}

Value m_ldexp(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.ldexp", kwnames);
  check_nargs("ldexp", nargs, 2, 2);
  double x = math_double_arg(args[0]);
  if (!is_int_like(args[1])) raise(exc::TypeError, "Expected an int as second argument to ldexp.");
  int64_t exp;
  if (!int_to_i64(args[1], &exp)) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(args[1], z);
    exp = mpz_sgn(z) < 0 ? INT64_MIN : INT64_MAX;
  }
  double r;
  errno = 0;
  if (x == 0. || !std::isfinite(x)) {
    r = x;
  } else if (exp > INT_MAX) {
    r = std::copysign(HUGE_VAL, x);
    errno = ERANGE;
  } else if (exp < INT_MIN) {
    r = std::copysign(0., x);
  } else {
    r = std::ldexp(x, static_cast<int>(exp));
    if (std::isinf(r)) errno = ERANGE;
  }
  if (errno) check_errno(r);
  return Value::number(r);
}

Value m_isclose(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs > 2) raisef(exc::TypeError, "isclose() takes exactly 2 positional arguments (%zu given)", nargs);
  Value a[4];
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->length; k++) {
      std::string_view n = (*kwnames)[k].as<Str>()->view();
      if (n != "a" && n != "b" && n != "rel_tol" && n != "abs_tol")
        raisef(exc::TypeError, "'%.*s' is an invalid keyword argument for isclose()", static_cast<int>(n.size()),
               n.data());
    }
  }
  parse_args("isclose", args, nargs, kwnames, {"a", "b", "*rel_tol", "*abs_tol"}, 2, a);
  double x = math_double_arg(a[0]), y = math_double_arg(a[1]);
  double rel_tol = a[2].is_empty() ? 1e-09 : math_double_arg(a[2]);
  double abs_tol = a[3].is_empty() ? 0.0 : math_double_arg(a[3]);
  if (rel_tol < 0.0 || abs_tol < 0.0) raise(exc::ValueError, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  return Value::boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

const MethodDef kMathFunctions[] = {
    {"acos", m_acos, MethodDef::kStatic},           {"acosh", m_acosh, MethodDef::kStatic},
    {"asin", m_asin, MethodDef::kStatic},           {"asinh", m_asinh, MethodDef::kStatic},
    {"atan", m_atan, MethodDef::kStatic},           {"atan2", m_atan2, MethodDef::kStatic},
    {"atanh", m_atanh, MethodDef::kStatic},         {"cbrt", m_cbrt, MethodDef::kStatic},
    {"ceil", m_ceil, MethodDef::kStatic},           {"copysign", m_copysign, MethodDef::kStatic},
    {"cos", m_cos, MethodDef::kStatic},             {"cosh", m_cosh, MethodDef::kStatic},
    {"degrees", m_degrees, MethodDef::kStatic},
    {"erf", m_erf, MethodDef::kStatic},             {"erfc", m_erfc, MethodDef::kStatic},
    {"exp", m_exp, MethodDef::kStatic},             {"exp2", m_exp2, MethodDef::kStatic},
    {"expm1", m_expm1, MethodDef::kStatic},         {"fabs", m_fabs, MethodDef::kStatic},
    {"floor", m_floor, MethodDef::kStatic},         {"fmod", m_fmod, MethodDef::kStatic},
    {"frexp", m_frexp, MethodDef::kStatic},
    {"gamma", m_gamma, MethodDef::kStatic},
    {"isclose", m_isclose, MethodDef::kStatic},     {"isfinite", m_isfinite, MethodDef::kStatic},
    {"isinf", m_isinf, MethodDef::kStatic},         {"isnan", m_isnan, MethodDef::kStatic},
    {"ldexp", m_ldexp, MethodDef::kStatic},         {"lgamma", m_lgamma, MethodDef::kStatic},
    {"log", m_log, MethodDef::kStatic},             {"log10", m_log10, MethodDef::kStatic},
    {"log1p", m_log1p, MethodDef::kStatic},         {"log2", m_log2, MethodDef::kStatic},
    {"modf", m_modf, MethodDef::kStatic},           {"nextafter", m_nextafter, MethodDef::kStatic},
    {"pow", m_pow, MethodDef::kStatic},
    {"radians", m_radians, MethodDef::kStatic},     {"remainder", m_remainder, MethodDef::kStatic},
    {"sin", m_sin, MethodDef::kStatic},             {"sinh", m_sinh, MethodDef::kStatic},
    {"sqrt", m_sqrt, MethodDef::kStatic},           {"tan", m_tan, MethodDef::kStatic},
    {"tanh", m_tanh, MethodDef::kStatic},           {"trunc", m_trunc, MethodDef::kStatic},
    {"ulp", m_ulp, MethodDef::kStatic},
};

}  // namespace

Module* make_math_module() {
  Module* m = make_native_module("math", kMathFunctions);
  for (std::span<const MethodDef> table : {math_integer_functions(), math_sum_functions()})
    for (const MethodDef& def : table)
      dict_set(m->dict, Value::object(intern(def.name)), Value::object(make_builtin(&def, Value::object(m), nullptr)));
  dict_set_str(m->dict, "pi", Value::number(kPi));
  dict_set_str(m->dict, "e", Value::number(2.718281828459045235360287471352662498));
  dict_set_str(m->dict, "tau", Value::number(6.283185307179586476925286766559005768));
  dict_set_str(m->dict, "inf", Value::number(HUGE_VAL));
  dict_set_str(m->dict, "nan", Value::number(NAN));
  return m;
}

}  // namespace coil
