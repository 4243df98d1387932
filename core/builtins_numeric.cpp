// Coil — the numeric builtins: abs, round, divmod, pow, chr, ord, hex, oct,
// bin, sum, min, max. Small ints and floats take C++ fast paths; everything
// else goes through the dunder protocol, with CPython's error messages.
#include <climits>
#include <cmath>
#include <string>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/int.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

Value index_int(Value v) {
  if (is_int_like(v)) return v;
  Value r = call_special(v, names::__index__, nullptr, 0);
  if (r.is_empty()) raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  if (!is_int_like(r)) raisef(exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
  return r;
}

namespace {

// Exactly int or bool (not a subclass that may override operators).
bool is_exact_int(Value v) {
  if (v.is_int() || v.is_bool()) return true;
  return v.is_object() && v.as_object()->type == types::int_;
}

bool is_number_fast(Value v) { return v.is_int() || v.is_bool() || v.is_double(); }

double fast_double(Value v) {
  if (v.is_double()) return v.as_double();
  if (v.is_int()) return static_cast<double>(v.as_int());
  return v.as_bool() ? 1.0 : 0.0;
}

// ---- abs ----

Value builtin_abs(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("abs", kwnames);
  check_nargs("abs", nargs, 1, 1);
  Value v = args[0];
  if (v.is_int()) return make_int(v.as_int() < 0 ? -v.as_int() : v.as_int());
  if (v.is_double()) return Value::number(std::fabs(v.as_double()));
  if (v.is_bool()) return Value::small_int(v.as_bool());
  Value r = call_special(v, names::__abs__, nullptr, 0);
  if (r.is_empty()) raisef(exc::TypeError, "bad operand type for abs(): '%s'", type_name(v));
  return r;
}

// ---- round ----

// round(x) for a float: half to even, as an int.
Value round_double_to_int(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  return int_from_double(r);
}

// round(i, -k) for a small int: the nearest multiple of 10**k, ties to the
// even multiple (|i| < 2**47, so k >= 16 always gives 0).
int64_t round_small_int(int64_t i, int64_t k) {
  if (k >= 16) return 0;
  int64_t p = 1;
  for (int64_t j = 0; j < k; j++) p *= 10;
  int64_t q = i / p, r = i % p;
  if (r < 0) {
    r += p;
    q -= 1;
  }
  if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
  return q * p;
}

Value builtin_round(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  parse_args("round", args, nargs, kwnames, {"number", "ndigits"}, 1, a);
  Value x = a[0];
  bool has_digits = !a[1].is_empty() && !a[1].is_none();
  if (x.is_double()) {
    if (!has_digits) return round_double_to_int(x.as_double());
    return Value::number(float_round(x.as_double(), index_value(a[1])));
  }
  if (x.is_int() || x.is_bool()) {
    int64_t i = x.is_int() ? x.as_int() : x.as_bool();
    if (!has_digits) return Value::small_int(i);
    int64_t nd = index_value(a[1]);
    if (nd >= 0) return Value::small_int(i);
    return make_int(round_small_int(i, -nd));
  }
  Value r = has_digits ? call_special(x, names::__round__, &a[1], 1) : call_special(x, names::__round__, nullptr, 0);
  if (r.is_empty()) raisef(exc::TypeError, "type %s doesn't define __round__ method", type_name(x));
  return r;
}

// ---- divmod ----

Value float_divmod(double vx, double wx) {
  if (wx == 0.0) raise(exc::ZeroDivisionError, "float divmod()");
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  return Value::object(make_tuple({Value::number(floordiv), Value::number(mod)}));
}

Value builtin_divmod(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("divmod", kwnames);
  check_nargs("divmod", nargs, 2, 2);
  Value a = args[0], b = args[1];
  if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
    int64_t x = a.is_int() ? a.as_int() : a.as_bool();
    int64_t y = b.is_int() ? b.as_int() : b.as_bool();
    if (y == 0) raise(exc::ZeroDivisionError, "integer division or modulo by zero");
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      r += y;
      q -= 1;
    }
    return Value::object(make_tuple({make_int(q), make_int(r)}));
  }
  if (is_number_fast(a) && is_number_fast(b)) return float_divmod(fast_double(a), fast_double(b));
  if (is_exact_int(a) && is_exact_int(b)) {
    Value q = int_binary(BinaryOp::FLOORDIV, a, b);
    return Value::object(make_tuple({q, int_binary(BinaryOp::MOD, a, b)}));
  }
  if ((a.is_double() && is_exact_int(b)) || (b.is_double() && is_exact_int(a)))
    return float_divmod(to_double(a), to_double(b));
  // __divmod__ / __rdivmod__ with the subclass-first rule.
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool b_first = ta != tb && is_subtype(tb, ta) &&
                 !type_lookup(tb, names::__rdivmod__).is(type_lookup(ta, names::__rdivmod__));
  if (b_first) {
    Value r = call_special(b, names::__rdivmod__, &a, 1);
    if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  }
  Value r = call_special(a, names::__divmod__, &b, 1);
  if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  if (ta != tb && !b_first) {
    r = call_special(b, names::__rdivmod__, &a, 1);
    if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  }
  raisef(exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a), type_name(b));
}

// ---- pow ----

Value builtin_pow(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  parse_args("pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, a);
  if (a[2].is_empty() || a[2].is_none()) return binary_op(BinaryOp::POW, a[0], a[1]);
  if (is_exact_int(a[0]) && is_exact_int(a[1]) && is_exact_int(a[2]))
    return int_pow_mod(a[0], a[1], a[2]);
  bool numeric = is_number_fast(a[0]) || is_exact_int(a[0]);
  numeric = numeric && (is_number_fast(a[1]) || is_exact_int(a[1])) && (is_number_fast(a[2]) || is_exact_int(a[2]));
  if (numeric) raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  Value extra[2] = {a[1], a[2]};
  Value r = call_special(a[0], intern("__pow__"), extra, 2);
  if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  raisef(exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(a[0]),
         type_name(a[1]), type_name(a[2]));
}

// ---- chr, ord, hex, oct, bin ----

Value builtin_chr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("chr", kwnames);
  check_nargs("chr", nargs, 1, 1);
  Value v = index_int(args[0]);
  int64_t i;
  if (!int_to_i64(v, &i) || i < INT_MIN || i > INT_MAX)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  if (i < 0 || i > 0x10FFFF) raise(exc::ValueError, "chr() arg not in range(0x110000)");
  return Value::object(str_from_code_point(static_cast<uint32_t>(i)));
}

Value builtin_ord(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("ord", kwnames);
  check_nargs("ord", nargs, 1, 1);
  Value v = args[0];
  if (has_layout(v, Layout::STR)) {
    Str* s = v.as<Str>();
    if (s->length != 1)
      raisef(exc::TypeError, "ord() expected a character, but string of length %lld found",
             static_cast<long long>(s->length));
    const auto* p = reinterpret_cast<const unsigned char*>(s->data());
    uint32_t cp = p[0];
    if (cp >= 0xF0) cp = ((cp & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    else if (cp >= 0xE0) cp = ((cp & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (cp >= 0xC0) cp = ((cp & 0x1F) << 6) | (p[1] & 0x3F);
    return Value::small_int(cp);
  }
  std::string_view raw;
  if (bytes_like_view(v, &raw)) {
    if (raw.size() != 1)
      raisef(exc::TypeError, "ord() expected a character, but string of length %zu found", raw.size());
    return Value::small_int(static_cast<unsigned char>(raw[0]));
  }
  raisef(exc::TypeError, "ord() expected string of length 1, but %s found", type_name(v));
}

Value base_string(const char* fname, const Value* args, size_t nargs, Tuple* kwnames, int base) {
  no_kwargs(fname, kwnames);
  check_nargs(fname, nargs, 1, 1);
  return Value::object(int_to_base_str(index_int(args[0]), base, true));
}

Value builtin_hex(Value, const Value* args, size_t nargs, Tuple* kw) { return base_string("hex", args, nargs, kw, 16); }
Value builtin_oct(Value, const Value* args, size_t nargs, Tuple* kw) { return base_string("oct", args, nargs, kw, 8); }
Value builtin_bin(Value, const Value* args, size_t nargs, Tuple* kw) { return base_string("bin", args, nargs, kw, 2); }

// ---- sum ----

Value builtin_sum(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  parse_args("sum", args, nargs, kwnames, {"iterable", "start"}, 1, a, 1);
  Value it = get_iter(a[0]);
  Value result = a[1].is_empty() ? Value::small_int(0) : a[1];
  if (has_layout(result, Layout::STR)) raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (has_layout(result, Layout::BYTES)) raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(result)) raise(exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  bool builtin = it.is_object() && is_builtin_iterator(it.as_object()->type);
  auto next = [&]() { return builtin ? builtin_iter_next(it.as_object()) : iter_next(it); };

  Value item;
  // Ints: accumulate in int64 until an overflow or a non-int item.
  if (result.is_int()) {
    int64_t acc = result.as_int();
    for (;;) {
      item = next();
      if (item.is_empty()) return make_int(acc);
      int64_t b;
      if (item.is_int()) b = item.as_int();
      else if (item.is_bool()) b = item.as_bool();
      else break;
      int64_t sum;
      if (__builtin_add_overflow(acc, b, &sum)) break;
      acc = sum;
    }
    result = binary_op(BinaryOp::ADD, make_int(acc), item);
    item = Value::empty();
  }
  // Floats: accumulate in a double while items are floats or small ints.
  if (result.is_double()) {
    double acc = result.as_double();
    for (;;) {
      item = next();
      if (item.is_empty()) return Value::number(acc);
      if (item.is_double()) acc += item.as_double();
      else if (item.is_int()) acc += static_cast<double>(item.as_int());
      else if (item.is_bool()) acc += item.as_bool() ? 1.0 : 0.0;
      else break;
    }
    result = binary_op(BinaryOp::ADD, Value::number(acc), item);
  }
  for (;;) {
    item = next();
    if (item.is_empty()) return result;
    result = binary_op(BinaryOp::ADD, result, item);
  }
}

// ---- min / max ----

Value min_max(const Value* args, size_t nargs, Tuple* kwnames, CompareOp op, const char* name) {
  Value key, dflt;
  if (kwnames) {
    if (kwnames->length > 2)
      raisef(exc::TypeError, "%s() takes at most 2 keyword arguments (%lld given)", name,
             static_cast<long long>(kwnames->length));
    for (int64_t k = 0; k < kwnames->length; k++) {
      Str* kn = (*kwnames)[k].as<Str>();
      Value v = args[nargs + static_cast<size_t>(k)];
      if (str_equal(kn, names::key)) key = v;
      else if (str_equal(kn, names::default_)) dflt = v;
      else raisef(exc::TypeError, "'%s' is an invalid keyword argument for %s()", kn->data(), name);
    }
  }
  if (nargs == 0) raisef(exc::TypeError, "%s expected at least 1 argument, got 0", name);
  if (nargs > 1 && !dflt.is_empty())
    raisef(exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
  if (key.is_none()) key = Value::empty();

  Value best, best_key;
  auto consider = [&](Value item) {
    Value k = key.is_empty() ? item : call(key, &item, 1);
    if (best.is_empty()) {
      best = item;
      best_key = k;
      return;
    }
    bool better;
    if (k.is_int() && best_key.is_int())
      better = op == CompareOp::GT ? k.as_int() > best_key.as_int() : k.as_int() < best_key.as_int();
    else
      better = compare_bool(k, best_key, op);
    if (better) {
      best = item;
      best_key = k;
    }
  };
  if (nargs == 1) {
    Value it = get_iter(args[0]);
    if (it.is_object() && is_builtin_iterator(it.as_object()->type)) {
      for (Value x; !(x = builtin_iter_next(it.as_object())).is_empty();) consider(x);
    } else {
      for (Value x; !(x = iter_next(it)).is_empty();) consider(x);
    }
  } else {
    for (size_t i = 0; i < nargs; i++) consider(args[i]);
  }
  if (best.is_empty()) {
    if (!dflt.is_empty()) return dflt;
    raisef(exc::ValueError, "%s() arg is an empty sequence", name);
  }
  return best;
}

Value builtin_min(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max(args, nargs, kwnames, CompareOp::LT, "min");
}

Value builtin_max(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return min_max(args, nargs, kwnames, CompareOp::GT, "max");
}

const MethodDef kNumericFunctions[] = {
    {"abs", builtin_abs, MethodDef::kStatic},
    {"round", builtin_round, MethodDef::kStatic},
    {"divmod", builtin_divmod, MethodDef::kStatic},
    {"pow", builtin_pow, MethodDef::kStatic},
    {"chr", builtin_chr, MethodDef::kStatic},
    {"ord", builtin_ord, MethodDef::kStatic},
    {"hex", builtin_hex, MethodDef::kStatic},
    {"oct", builtin_oct, MethodDef::kStatic},
    {"bin", builtin_bin, MethodDef::kStatic},
    {"sum", builtin_sum, MethodDef::kStatic},
    {"min", builtin_min, MethodDef::kStatic},
    {"max", builtin_max, MethodDef::kStatic},
};

}  // namespace

std::span<const MethodDef> builtins_numeric_functions() { return kNumericFunctions; }

}  // namespace coil
