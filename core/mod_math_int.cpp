// Coil — the math module's exact integer functions: factorial, gcd, lcm,
// isqrt, comb, perm. Small arguments stay in machine integers; the rest use
// GMP, whose results are exact like CPython's.
#include <climits>
#include <cmath>
#include <cstdint>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/tuple.h"

namespace coil {

namespace {

// An mpz initialized from an int-like value (its memory is GC memory).
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  explicit Mpz(Value v) {
    mpz_init(z);
    int_to_mpz(v, z);
  }
  Value value() const { return int_from_mpz(z); }
};

int64_t small_or(Value v, bool* ok) {
  int64_t i = 0;
  *ok = int_to_i64(v, &i);
  return i;
}

uint64_t gcd_u64(uint64_t a, uint64_t b) {
  while (b) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

uint64_t abs_u64(int64_t i) { return i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i); }

Value m_factorial(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.factorial", kwnames);
  check_nargs("math.factorial", nargs, 1, 1);
  Value v = index_int(args[0]);
  int64_t n;
  if (!int_to_i64(v, &n)) {
    Mpz z(v);
    if (mpz_sgn(z.z) < 0) raise(exc::ValueError, "factorial() not defined for negative values");
    raisef(exc::OverflowError, "factorial() argument should not exceed %lld", static_cast<long long>(LLONG_MAX));
  }
  if (n < 0) raise(exc::ValueError, "factorial() not defined for negative values");
  if (n <= 20) {
    uint64_t r = 1;
    for (int64_t i = 2; i <= n; i++) r *= static_cast<uint64_t>(i);
    return make_int_u64(r);
  }
  Mpz r;
  mpz_fac_ui(r.z, static_cast<unsigned long>(n));
  return r.value();
}

Value m_gcd(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.gcd", kwnames);
  if (nargs == 0) return Value::small_int(0);
  uint64_t small = 0;
  size_t i = 0;
  for (; i < nargs; i++) {
    Value v = index_int(args[i]);
    if (!v.is_int() && !v.is_bool()) break;
    small = gcd_u64(small, abs_u64(v.is_int() ? v.as_int() : v.as_bool()));
  }
  if (i == nargs) return make_int_u64(small);
  Mpz r;
  mpz_set_ui(r.z, small);
  for (; i < nargs; i++) {
    Mpz x(index_int(args[i]));
    mpz_gcd(r.z, r.z, x.z);
  }
  return r.value();
}

Value m_lcm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.lcm", kwnames);
  if (nargs == 0) return Value::small_int(1);
  Mpz r(index_int(args[0]));
  mpz_abs(r.z, r.z);
  for (size_t i = 1; i < nargs; i++) {
    Mpz x(index_int(args[i]));
    if (mpz_sgn(r.z) == 0) continue;  // still check the remaining arguments
    mpz_lcm(r.z, r.z, x.z);
  }
  return r.value();
}

Value m_isqrt(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.isqrt", kwnames);
  check_nargs("math.isqrt", nargs, 1, 1);
  Value v = index_int(args[0]);
  bool ok;
  int64_t n = small_or(v, &ok);
  if (ok) {
    if (n < 0) raise(exc::ValueError, "isqrt() argument must be nonnegative");
    if (n < (int64_t{1} << 52)) {
      auto r = static_cast<int64_t>(std::sqrt(static_cast<double>(n)));
      while (r * r > n) r--;
      while ((r + 1) * (r + 1) <= n) r++;
      return make_int(r);
    }
  }
  Mpz z(v);
  if (mpz_sgn(z.z) < 0) raise(exc::ValueError, "isqrt() argument must be nonnegative");
  mpz_sqrt(z.z, z.z);
  return z.value();
}

// comb(n, k) and perm(n, k): n, k non-negative ints.
Value comb_perm(const char* name, Value nv, Value kv, bool comb) {
  Mpz n(index_int(nv));
  Mpz k(index_int(kv));
  if (mpz_sgn(n.z) < 0) raise(exc::ValueError, "n must be a non-negative integer");
  if (mpz_sgn(k.z) < 0) raise(exc::ValueError, "k must be a non-negative integer");
  if (mpz_cmp(n.z, k.z) < 0) return Value::small_int(0);
  if (comb) {
    // C(n, k) == C(n, n - k): use the smaller one.
    Mpz nk;
    mpz_sub(nk.z, n.z, k.z);
    if (mpz_cmp(nk.z, k.z) < 0) mpz_set(k.z, nk.z);
    if (!mpz_fits_ulong_p(k.z))
      raisef(exc::OverflowError, "min(n - k, k) must not exceed %lld", static_cast<long long>(LLONG_MAX));
    Mpz r;
    mpz_bin_ui(r.z, n.z, mpz_get_ui(k.z));
    return r.value();
  }
  if (!mpz_fits_ulong_p(k.z)) raisef(exc::OverflowError, "k must not exceed %lld", static_cast<long long>(LLONG_MAX));
  (void)name;
  unsigned long kk = mpz_get_ui(k.z);
  Mpz r, f;
  mpz_bin_ui(r.z, n.z, kk);
  mpz_fac_ui(f.z, kk);
  mpz_mul(r.z, r.z, f.z);
  return r.value();
}

Value m_comb(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.comb", kwnames);
  check_nargs("comb", nargs, 2, 2);
  return comb_perm("comb", args[0], args[1], true);
}

Value m_perm(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.perm", kwnames);
  check_nargs("perm", nargs, 1, 2);
  if (nargs == 1 || args[1].is_none()) return m_factorial(Value::empty(), args, 1, nullptr);
  return comb_perm("perm", args[0], args[1], false);
}

const MethodDef kMathIntFunctions[] = {
    {"factorial", m_factorial, MethodDef::kStatic}, {"gcd", m_gcd, MethodDef::kStatic},
    {"lcm", m_lcm, MethodDef::kStatic},             {"isqrt", m_isqrt, MethodDef::kStatic},
    {"comb", m_comb, MethodDef::kStatic},           {"perm", m_perm, MethodDef::kStatic},
};

}  // namespace

std::span<const MethodDef> math_integer_functions() { return kMathIntFunctions; }

}  // namespace coil
