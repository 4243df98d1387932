// Coil — int: the Python-visible type. The constructor (int(x), int(s, base)),
// the native dunder methods through which the generic protocol reaches the
// arithmetic core (int.cpp), and int's own methods (bit_length, to_bytes, ...).
//
// As in CPython, int's binary dunders accept only int-like operands and
// return NotImplemented otherwise: `1 + 1.5` reaches float.__radd__.
#include <algorithm>
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

namespace coil {

using numeric::MpzView;

namespace {

Value int_of_index(Value v) {
  if (is_int_like(v)) return v;
  Value r = call_special(v, names::__index__, nullptr, 0);
  if (r.is_empty())
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
  if (!is_int_like(r)) raisef(exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
  return r;
}

Value int_from_special_result(Value r, const char* method) {
  if (!is_int_like(r)) raisef(exc::TypeError, "%s returned non-int (type %s)", method, type_name(r));
  return r;
}

}  // namespace

Value int_from_value(Value x) {
  if (x.is_int()) return x;
  if (x.is_bool()) return Value::small_int(x.as_bool());
  double d;
  if (x.is_double()) return int_from_double(x.as_double());
  if (x.is_object()) {
    Type* t = x.as_object()->type;
    if (t == types::int_) return x;
    if (t == types::str) return int_from_string(x.as<Str>()->view(), 10);
    if (t == types::bytes) return int_from_bytes_literal(x.as<Bytes>()->view(), 10);
  }
  Value r = call_special(x, names::__int__, nullptr, 0);
  if (!r.is_empty()) return numeric::int_exact(int_from_special_result(r, "__int__"));
  r = call_special(x, names::__index__, nullptr, 0);
  if (!r.is_empty()) return numeric::int_exact(int_from_special_result(r, "__index__"));
  r = call_special(x, names::__trunc__, nullptr, 0);
  if (!r.is_empty()) {
    if (is_int_like(r)) return numeric::int_exact(r);
    // CPython: a non-int __trunc__ result goes through __index__.
    Value i = call_special(r, names::__index__, nullptr, 0);
    if (i.is_empty() || !is_int_like(i))
      raisef(exc::TypeError, "__trunc__ returned non-Integral (type %s)", type_name(r));
    return numeric::int_exact(i);
  }
  if (numeric::float_of(x, &d)) return int_from_double(d);
  if (isinstance(x, types::str)) return int_from_string(x.as<Str>()->view(), 10);
  if (isinstance(x, types::bytes)) return int_from_bytes_literal(x.as<Bytes>()->view(), 10);
  if (x.is_object() && std::strcmp(type_name(x), "bytearray") == 0) {
    Bytes* b = bytes_from_value(x);
    return int_from_bytes_literal(b->view(), 10);
  }
  raisef(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
         type_name(x));
}

Value int_round(Value v, Value ndigits) {
  if (ndigits.is_empty() || ndigits.is_none()) return numeric::int_exact(v);
  Value nd = int_of_index(ndigits);
  if (int_sign(nd) >= 0) return numeric::int_exact(v);
  // k = -ndigits > 0: round half to even to a multiple of 10**k.
  int64_t k;
  if (!int_to_i64(nd, &k) || k < -(int_bit_length(v) + 1)) return Value::small_int(0);
  k = -k;
  mpz_t m, q, r, two_r;
  mpz_init(m);
  mpz_init(q);
  mpz_init(r);
  mpz_init(two_r);
  mpz_ui_pow_ui(m, 10, static_cast<unsigned long>(k));
  MpzView z(v);
  mpz_fdiv_qr(q, r, z, m);
  mpz_mul_2exp(two_r, r, 1);
  int c = mpz_cmp(two_r, m);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, m);
  return numeric::int_from_mpz_move(q);
}

namespace {

// ---- argument helpers ----

inline void one_arg(size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length))
    raisef(exc::TypeError, "expected 1 argument, got %zu", nargs + (kw ? static_cast<size_t>(kw->length) : 0));
}
inline void no_args(const char* name, size_t nargs, Tuple* kw) {
  no_kwargs(name, kw);
  if (nargs) raisef(exc::TypeError, "%s() takes no arguments (%zu given)", name, nargs);
}

// ---- __new__ ----

Value int_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) raise(exc::TypeError, "int.__new__(): not enough arguments");
  Value c = args[0];
  if (!isinstance(c, types::type))
    raisef(exc::TypeError, "int.__new__(X): X is not a type object (%s)", type_name(c));
  Type* cls = c.as<Type>();
  if (!is_subtype(cls, types::int_)) {
    std::string_view n = type_name_view(cls);
    raisef(exc::TypeError, "int.__new__(%.*s): %.*s is not a subtype of int", static_cast<int>(n.size()), n.data(),
           static_cast<int>(n.size()), n.data());
  }
  args++;
  nargs--;
  Value x = Value::empty(), base = Value::empty();
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->length) : 0;
  if (nargs + nkw > 2) raisef(exc::TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
  if (nargs >= 1) x = args[0];
  if (nargs >= 2) base = args[1];
  for (size_t k = 0; k < nkw; k++) {
    Str* name = (*kwnames)[static_cast<int64_t>(k)].as<Str>();
    if (name->view() == "base" && base.is_empty()) {
      base = args[nargs + k];
    } else if (name->view() == "base") {
      raise(exc::TypeError, "argument for int() given by name ('base') and position (2)");
    } else {
      raisef(exc::TypeError, "'%s' is an invalid keyword argument for int()", name->data());
    }
  }
  Value result;
  if (base.is_empty()) {
    result = x.is_empty() ? Value::small_int(0) : int_from_value(x);
  } else {
    Value b = int_of_index(base);
    int64_t bv;
    if (!int_to_i64(b, &bv) || (bv != 0 && (bv < 2 || bv > 36)))
      raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (x.is_empty()) raise(exc::TypeError, "int() missing string argument");
    if (isinstance(x, types::str)) {
      result = int_from_string(x.as<Str>()->view(), static_cast<int>(bv));
    } else if (isinstance(x, types::bytes)) {
      result = int_from_bytes_literal(x.as<Bytes>()->view(), static_cast<int>(bv));
    } else if (x.is_object() && std::strcmp(type_name(x), "bytearray") == 0) {
      result = int_from_bytes_literal(bytes_from_value(x)->view(), static_cast<int>(bv));
    } else {
      raise(exc::TypeError, "int() can't convert non-string with explicit base");
    }
  }
  if (cls == types::int_) return result;
  return numeric::int_subclass_new(cls, result);
}

// ---- text, hash, truth ----

Value int_repr_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__repr__", nargs, kw);
  return Value::object(int_to_str(self));
}

Value int_hash_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__hash__", nargs, kw);
  return make_int(int_hash(self));
}

Value int_bool_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__bool__", nargs, kw);
  return Value::boolean(int_sign(self) != 0);
}

Value int_format_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  Value spec = args[0];
  if (!isinstance(spec, types::str))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", type_name(spec));
  Str* s = spec.as<Str>();
  if (s->size == 0) {
    if (self.is_int() || (self.is_object() && self.as_object()->type == types::int_))
      return Value::object(int_to_str(self));
    return Value::object(to_str(self));
  }
  std::string_view tn = type_name(self);
  FormatSpec fs = parse_format_spec(s->view(), tn);
  return str_value(format_int(self, fs));
}

// ---- comparisons ----

template <CompareOp op>
Value int_cmp_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  Value other = args[0];
  if (!is_int_like(other)) return g_not_implemented;
  int c = int_compare(self, other);
  switch (op) {
    case CompareOp::LT: return Value::boolean(c < 0);
    case CompareOp::LE: return Value::boolean(c <= 0);
    case CompareOp::EQ: return Value::boolean(c == 0);
    case CompareOp::NE: return Value::boolean(c != 0);
    case CompareOp::GT: return Value::boolean(c > 0);
    case CompareOp::GE: return Value::boolean(c >= 0);
  }
  return g_not_implemented;
}

// ---- arithmetic ----

template <BinaryOp op, bool reflected>
Value int_binop_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  Value other = args[0];
  if (!is_int_like(other)) return g_not_implemented;
  return reflected ? int_binary(op, other, self) : int_binary(op, self, other);
}

template <bool reflected>
Value int_divmod_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  one_arg(nargs, kw);
  Value other = args[0];
  if (!is_int_like(other)) return g_not_implemented;
  Value q, r;
  if (reflected) int_divmod(other, self, &q, &r);
  else int_divmod(self, other, &q, &r);
  return Value::object(make_tuple({q, r}));
}

template <bool reflected>
Value int_pow_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  no_kwargs(reflected ? "__rpow__" : "__pow__", kw);
  if (nargs < 1 || nargs > 2)
    raisef(exc::TypeError, "expected %s, got %zu", nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
  Value other = args[0];
  if (!is_int_like(other)) return g_not_implemented;
  Value a = reflected ? other : self, b = reflected ? self : other;
  if (nargs == 2 && !args[1].is_none()) {
    if (!is_int_like(args[1])) return g_not_implemented;
    return int_pow_mod(a, b, args[1]);
  }
  return int_binary(BinaryOp::POW, a, b);
}

template <UnaryOp op>
Value int_unop_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__neg__", nargs, kw);
  return int_unary(op, self);
}

Value int_abs_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__abs__", nargs, kw);
  return int_sign(self) < 0 ? int_unary(UnaryOp::NEG, self) : numeric::int_exact(self);
}

Value int_exact_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__int__", nargs, kw);
  return numeric::int_exact(self);
}

Value int_float_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__float__", nargs, kw);
  return Value::number(int_to_double(self));
}

Value int_round_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  parse_args("__round__", args, nargs, kw, {"ndigits"}, 0, a, 1);
  return int_round(self, a[0]);
}

Value int_getnewargs_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("__getnewargs__", nargs, kw);
  return Value::object(make_tuple({numeric::int_exact(self)}));
}

// ---- methods ----

Value int_bit_length_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("int.bit_length", nargs, kw);
  return make_int(int_bit_length(self));
}

Value int_bit_count_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("int.bit_count", nargs, kw);
  int64_t i;
  if (numeric::small_of(self, &i)) {
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    return Value::small_int(__builtin_popcountll(u));
  }
  MpzView z(self);
  mpz_t a;
  mpz_roinit_n(a, mpz_limbs_read(z), static_cast<mp_size_t>(mpz_size(z)));
  return make_int_u64(mpz_popcount(a));
}

Value int_as_integer_ratio_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_args("int.as_integer_ratio", nargs, kw);
  return Value::object(make_tuple({numeric::int_exact(self), Value::small_int(1)}));
}

bool parse_byteorder(Value v) {  // true = little
  if (!isinstance(v, types::str))
    raisef(exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %s", type_name(v));
  std::string_view s = v.as<Str>()->view();
  if (s == "little") return true;
  if (s == "big") return false;
  raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
}

Value int_to_bytes_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  parse_args("to_bytes", args, nargs, kw, {"length", "byteorder", "*signed"}, 0, a);
  int64_t length = 1;
  if (!a[0].is_empty()) {
    Value l = int_of_index(a[0]);
    if (!int_to_i64(l, &length)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    if (length < 0) raise(exc::ValueError, "length argument must be non-negative");
  }
  bool little = a[1].is_empty() ? false : parse_byteorder(a[1]);
  bool is_signed = !a[2].is_empty() && truthy(a[2]);
  MpzView z(self);
  int sign = mpz_sgn(z);
  if (sign < 0 && !is_signed) raise(exc::OverflowError, "can't convert negative int to unsigned");
  mpz_t u;
  mpz_init(u);
  uint64_t bits = static_cast<uint64_t>(length) * 8;
  if (sign < 0) {
    // Two's complement in `bits` bits: needs v >= -2^(bits-1).
    mpz_t lim;
    mpz_init(lim);
    if (bits == 0) raise(exc::OverflowError, "int too big to convert");
    mpz_setbit(lim, bits - 1);
    mpz_neg(lim, lim);
    if (mpz_cmp(z, lim) < 0) raise(exc::OverflowError, "int too big to convert");
    mpz_set_ui(u, 0);
    mpz_setbit(u, bits);
    mpz_add(u, u, z);
  } else {
    mpz_set(u, z);
    uint64_t need = sign == 0 ? 0 : mpz_sizeinbase(u, 2);
    if (need + (is_signed ? 1 : 0) > bits && sign != 0) raise(exc::OverflowError, "int too big to convert");
  }
  Bytes* out = bytes_alloc(length);
  uint8_t* data = out->data();
  std::memset(data, 0, static_cast<size_t>(length));
  size_t count = 0;
  if (mpz_sgn(u) != 0) {
    size_t need = (mpz_sizeinbase(u, 2) + 7) / 8;
    mpz_export(data + (static_cast<size_t>(length) - need), &count, 1, 1, 1, 0, u);
  }
  if (little) std::reverse(data, data + length);
  return Value::object(out);
}

Value int_from_bytes_m(Value, const Value* args, size_t nargs, Tuple* kw) {
  // A classmethod: args[0] is the class.
  Value cls = args[0];
  Value a[3];
  parse_args("from_bytes", args + 1, nargs - 1, kw, {"bytes", "byteorder", "*signed"}, 1, a);
  bool little = a[1].is_empty() ? false : parse_byteorder(a[1]);
  bool is_signed = !a[2].is_empty() && truthy(a[2]);
  Value src = a[0];
  Bytes* b;
  if (has_layout(src, Layout::BYTES)) {
    b = src.as<Bytes>();
  } else {
    if (isinstance(src, types::str) || is_int_like(src))
      raisef(exc::TypeError, "cannot convert '%s' object to bytes", type_name(src));
    b = bytes_from_value(src);
  }
  mpz_t z;
  mpz_init(z);
  size_t n = static_cast<size_t>(b->size);
  if (n) mpz_import(z, n, little ? -1 : 1, 1, 1, 0, b->data());
  if (is_signed && n) {
    uint8_t top = little ? b->data()[n - 1] : b->data()[0];
    if (top & 0x80) {
      mpz_t m;
      mpz_init(m);
      mpz_setbit(m, n * 8);
      mpz_sub(z, z, m);
    }
  }
  Value r = numeric::int_from_mpz_move(z);
  if (cls.is_object() && cls.as_object() != types::int_) return call(cls, {r});
  return r;
}

// ---- getsets ----

Value int_get_self(Value self) { return numeric::int_exact(self); }
Value int_get_zero(Value) { return Value::small_int(0); }
Value int_get_one(Value) { return Value::small_int(1); }

const MethodDef kIntMethods[] = {
    {"__new__", int_new, MethodDef::kStatic},
    {"__repr__", int_repr_m, MethodDef::kInstance},
    {"__hash__", int_hash_m, MethodDef::kInstance},
    {"__bool__", int_bool_m, MethodDef::kInstance},
    {"__format__", int_format_m, MethodDef::kInstance},
    {"__eq__", int_cmp_m<CompareOp::EQ>, MethodDef::kInstance},
    {"__ne__", int_cmp_m<CompareOp::NE>, MethodDef::kInstance},
    {"__lt__", int_cmp_m<CompareOp::LT>, MethodDef::kInstance},
    {"__le__", int_cmp_m<CompareOp::LE>, MethodDef::kInstance},
    {"__gt__", int_cmp_m<CompareOp::GT>, MethodDef::kInstance},
    {"__ge__", int_cmp_m<CompareOp::GE>, MethodDef::kInstance},
    {"__add__", int_binop_m<BinaryOp::ADD, false>, MethodDef::kInstance},
    {"__radd__", int_binop_m<BinaryOp::ADD, true>, MethodDef::kInstance},
    {"__sub__", int_binop_m<BinaryOp::SUB, false>, MethodDef::kInstance},
    {"__rsub__", int_binop_m<BinaryOp::SUB, true>, MethodDef::kInstance},
    {"__mul__", int_binop_m<BinaryOp::MUL, false>, MethodDef::kInstance},
    {"__rmul__", int_binop_m<BinaryOp::MUL, true>, MethodDef::kInstance},
    {"__truediv__", int_binop_m<BinaryOp::TRUEDIV, false>, MethodDef::kInstance},
    {"__rtruediv__", int_binop_m<BinaryOp::TRUEDIV, true>, MethodDef::kInstance},
    {"__floordiv__", int_binop_m<BinaryOp::FLOORDIV, false>, MethodDef::kInstance},
    {"__rfloordiv__", int_binop_m<BinaryOp::FLOORDIV, true>, MethodDef::kInstance},
    {"__mod__", int_binop_m<BinaryOp::MOD, false>, MethodDef::kInstance},
    {"__rmod__", int_binop_m<BinaryOp::MOD, true>, MethodDef::kInstance},
    {"__divmod__", int_divmod_m<false>, MethodDef::kInstance},
    {"__rdivmod__", int_divmod_m<true>, MethodDef::kInstance},
    {"__pow__", int_pow_m<false>, MethodDef::kInstance},
    {"__rpow__", int_pow_m<true>, MethodDef::kInstance},
    {"__lshift__", int_binop_m<BinaryOp::LSHIFT, false>, MethodDef::kInstance},
    {"__rlshift__", int_binop_m<BinaryOp::LSHIFT, true>, MethodDef::kInstance},
    {"__rshift__", int_binop_m<BinaryOp::RSHIFT, false>, MethodDef::kInstance},
    {"__rrshift__", int_binop_m<BinaryOp::RSHIFT, true>, MethodDef::kInstance},
    {"__and__", int_binop_m<BinaryOp::AND, false>, MethodDef::kInstance},
    {"__rand__", int_binop_m<BinaryOp::AND, true>, MethodDef::kInstance},
    {"__or__", int_binop_m<BinaryOp::OR, false>, MethodDef::kInstance},
    {"__ror__", int_binop_m<BinaryOp::OR, true>, MethodDef::kInstance},
    {"__xor__", int_binop_m<BinaryOp::XOR, false>, MethodDef::kInstance},
    {"__rxor__", int_binop_m<BinaryOp::XOR, true>, MethodDef::kInstance},
    {"__neg__", int_unop_m<UnaryOp::NEG>, MethodDef::kInstance},
    {"__pos__", int_unop_m<UnaryOp::POS>, MethodDef::kInstance},
    {"__invert__", int_unop_m<UnaryOp::INVERT>, MethodDef::kInstance},
    {"__abs__", int_abs_m, MethodDef::kInstance},
    {"__index__", int_exact_m, MethodDef::kInstance},
    {"__int__", int_exact_m, MethodDef::kInstance},
    {"__trunc__", int_exact_m, MethodDef::kInstance},
    {"__floor__", int_exact_m, MethodDef::kInstance},
    {"__ceil__", int_exact_m, MethodDef::kInstance},
    {"__float__", int_float_m, MethodDef::kInstance},
    {"__round__", int_round_m, MethodDef::kInstance},
    {"__getnewargs__", int_getnewargs_m, MethodDef::kInstance},
    {"conjugate", int_exact_m, MethodDef::kInstance},
    {"bit_length", int_bit_length_m, MethodDef::kInstance},
    {"bit_count", int_bit_count_m, MethodDef::kInstance},
    {"as_integer_ratio", int_as_integer_ratio_m, MethodDef::kInstance},
    {"to_bytes", int_to_bytes_m, MethodDef::kInstance},
    {"from_bytes", int_from_bytes_m, MethodDef::kClass},
};

const GetSetDef kIntGetSets[] = {
    {"real", int_get_self, nullptr},
    {"imag", int_get_zero, nullptr},
    {"numerator", int_get_self, nullptr},
    {"denominator", int_get_one, nullptr},
};

}  // namespace

void init_int_type() {
  add_methods(types::int_, kIntMethods);
  add_getsets(types::int_, kIntGetSets);
}

}  // namespace coil
