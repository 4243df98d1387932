// Coil — the math module's accurate reductions, as CPython computes them:
// fsum (exact summation with Shewchuk's partials), hypot and dist (the
// vector norm with scaling, Veltkamp-Dekker squaring, compensated summation
// and a differential correction of the square root), and prod (with int and
// float fast paths).
#include <cmath>
#include <vector>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

// ---- hypot and dist: CPython's vector_norm ----

// sqrt(sum(x*x)) for |x| values with max = max(|x|), nearly always correctly
// rounded: power-of-two scaling, Veltkamp-Dekker squaring, compensated
// summation, and a differential correction of the square root.
double vector_norm(int64_t n, const double* vec, double max, bool found_nan) {
  const double T27 = 134217729.0;
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int max_e;
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  std::frexp(max, &max_e);
  if (max_e >= -1023) {
    scale = std::ldexp(1.0, -max_e);
    for (int64_t i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  for (int64_t i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

Value m_hypot(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.hypot", kwnames);
  std::vector<double> coords(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (size_t i = 0; i < nargs; i++) {
    double x = std::fabs(math_double_arg(args[i]));
    coords[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::number(vector_norm(static_cast<int64_t>(nargs), coords.data(), max, found_nan));
}

Value m_dist(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.dist", kwnames);
  check_nargs("dist", nargs, 2, 2);
  Tuple* p = tuple_from_iterable(args[0]);
  Tuple* q = tuple_from_iterable(args[1]);
  if (p->length != q->length) raise(exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> diffs(static_cast<size_t>(p->length));
  double max = 0.0;
  bool found_nan = false;
  for (int64_t i = 0; i < p->length; i++) {
    double px = math_double_arg((*p)[i]);
    double qx = math_double_arg((*q)[i]);
    double x = std::fabs(px - qx);
    diffs[static_cast<size_t>(i)] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::number(vector_norm(p->length, diffs.data(), max, found_nan));
}

// ---- fsum: exact summation (Shewchuk / Hettinger msum, as CPython) ----

Value m_fsum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("math.fsum", kwnames);
  check_nargs("math.fsum", nargs, 1, 1);
  Value it = get_iter(args[0]);
  std::vector<double> p;  // partials: non-overlapping, increasing magnitude
  double special_sum = 0.0, inf_sum = 0.0;
  volatile double hi, yr, lo = 0.0;
  for (Value item; !(item = iter_next(it)).is_empty();) {
    double x = math_double_arg(item);
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From an inf/nan summand, or an intermediate overflow.
        if (std::isfinite(xsave)) raise(exc::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise(exc::ValueError, "-inf + inf in fsum");
    return Value::number(special_sum);
  }
  hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]).
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::number(hi);
}

// ---- prod ----

Value m_prod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) raisef(exc::TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
  Value a[2];
  parse_args("prod", args, nargs, kwnames, {"iterable", "*start"}, 1, a, 1);
  Value it = get_iter(a[0]);
  Value result = a[1].is_empty() ? Value::small_int(1) : a[1];
  Value item;
  if (result.is_int()) {
    int64_t acc = result.as_int();
    for (;;) {
      item = iter_next(it);
      if (item.is_empty()) return make_int(acc);
      int64_t prod;
      if (!item.is_int() || __builtin_mul_overflow(acc, item.as_int(), &prod)) break;
      acc = prod;
    }
    result = binary_op(BinaryOp::MUL, make_int(acc), item);
  }
  if (result.is_double()) {
    double acc = result.as_double();
    for (;;) {
      item = iter_next(it);
      if (item.is_empty()) return Value::number(acc);
      if (item.is_double()) acc *= item.as_double();
      else if (item.is_int()) acc *= static_cast<double>(item.as_int());
      else break;
    }
    result = binary_op(BinaryOp::MUL, Value::number(acc), item);
  }
  for (;;) {
    item = iter_next(it);
    if (item.is_empty()) return result;
    result = binary_op(BinaryOp::MUL, result, item);
  }
}


const MethodDef kMathSumFunctions[] = {
    {"fsum", m_fsum, MethodDef::kStatic},
    {"hypot", m_hypot, MethodDef::kStatic},
    {"dist", m_dist, MethodDef::kStatic},
    {"prod", m_prod, MethodDef::kStatic},
};

}  // namespace

std::span<const MethodDef> math_sum_functions() { return kMathSumFunctions; }

}  // namespace coil
