// Coil — tuple: construction, hashing (CPython's xxHash-based algorithm, so
// hash((1, 2)) equals CPython's), slicing, comparison and the Python-level
// methods.
#include "core/tuple.h"

#include <cstring>
#include <string>

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/errors.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/range.h"
#include "core/set.h"
#include "core/slice.h"
#include "core/str.h"

namespace coil {

using namespace detail;

// ---------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------

namespace {

Tuple* g_empty_tuple = nullptr;

// A tuple of `n` Empty items whose type is `cls` (tuple or a subclass). A
// subclass instance keeps its items right after the Tuple header and its
// attribute store after the items (the attribute store of a variable-size
// layout is found at attrs_offset + 8 * length).
Tuple* alloc_tuple(Type* cls, int64_t n) {
  size_t bytes = sizeof(Tuple) + static_cast<size_t>(n) * sizeof(Value);
  if (cls != types::tuple && cls->instance_size > sizeof(Tuple))
    bytes += cls->instance_size - sizeof(Tuple);
  auto* t = static_cast<Tuple*>(alloc_object(cls, bytes));
  t->length = n;
  return t;
}

void check_size(int64_t n) {
  if (n > (int64_t{1} << 40)) raise(exc::MemoryError, "");
}

}  // namespace

Tuple* empty_tuple() {
  if (!g_empty_tuple) g_empty_tuple = static_cast<Tuple*>(alloc_object(types::tuple, sizeof(Tuple)));
  if (!g_empty_tuple->type) g_empty_tuple->type = types::tuple;  // made before init_types finished
  return g_empty_tuple;
}

Tuple* make_tuple(int64_t n) {
  if (n == 0) return empty_tuple();
  return alloc_tuple(types::tuple, n);
}

Tuple* make_tuple(const Value* items, int64_t n) {
  if (n == 0) return empty_tuple();
  Tuple* t = alloc_tuple(types::tuple, n);
  std::memcpy(t->items(), items, static_cast<size_t>(n) * sizeof(Value));
  return t;
}

Tuple* make_tuple(std::initializer_list<Value> items) {
  return make_tuple(items.begin(), static_cast<int64_t>(items.size()));
}

// ---------------------------------------------------------------------------
// Core operations
// ---------------------------------------------------------------------------

int64_t tuple_hash(Tuple* t) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->length; i++) {
    uint64_t lane = static_cast<uint64_t>(fast_hash((*t)[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->length) ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<int64_t>(acc);
}

Value tuple_getitem_index(Tuple* t, int64_t i) {
  if (i < 0) i += t->length;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(t->length))
    raise(exc::IndexError, "tuple index out of range");
  return (*t)[i];
}

Value tuple_getitem(Tuple* t, Value key) {
  if (key.is_int()) return tuple_getitem_index(t, key.as_int());
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, t->length, &start, &stop, &step);
    if (n <= 0) return Value::object(empty_tuple());
    if (step == 1) {
      if (n == t->length && t->type == types::tuple) return Value::object(t);
      return Value::object(make_tuple(t->items() + start, n));
    }
    Tuple* r = make_tuple(n);
    for (int64_t i = 0, j = start; i < n; i++, j += step) (*r)[i] = (*t)[j];
    return Value::object(r);
  }
  return tuple_getitem_index(t, subscript_index(key, "tuple"));
}

Tuple* tuple_concat(Tuple* a, Tuple* b) {
  if (b->length == 0 && a->type == types::tuple) return a;
  if (a->length == 0 && b->type == types::tuple) return b;
  int64_t n = a->length + b->length;
  check_size(n);
  Tuple* r = make_tuple(n);
  std::memcpy(r->items(), a->items(), static_cast<size_t>(a->length) * sizeof(Value));
  std::memcpy(r->items() + a->length, b->items(), static_cast<size_t>(b->length) * sizeof(Value));
  return r;
}

bool tuple_contains(Tuple* t, Value v) {
  for (int64_t i = 0; i < t->length; i++)
    if (fast_equals((*t)[i], v)) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Python-level methods
// ---------------------------------------------------------------------------

namespace {

Tuple* self_tuple(Value self) { return self.as<Tuple>(); }

bool is_tuple(Value v) { return v.is_object() && (v.as_object()->type == types::tuple || isinstance(v, types::tuple)); }

Value tuple_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("tuple", args, nargs, types::tuple);
  args++;
  nargs--;
  if (cls == types::tuple) no_kwargs("tuple", kwnames);
  check_nargs("tuple", nargs, 0, 1);
  if (cls == types::tuple) {
    if (nargs == 0) return Value::object(empty_tuple());
    return Value::object(tuple_from_iterable(args[0]));
  }
  Tuple* src = nargs == 0 ? empty_tuple() : tuple_from_iterable(args[0]);
  Tuple* t = alloc_tuple(cls, src->length);
  std::memcpy(t->items(), src->items(), static_cast<size_t>(src->length) * sizeof(Value));
  return Value::object(t);
}

Value tuple_len(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("tuple.__len__", nargs, 0, 0);
  return Value::small_int(self_tuple(self)->length);
}

Value tuple_getitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple.__getitem__", nargs, 1, 1);
  return tuple_getitem(self_tuple(self), args[0]);
}

Value tuple_contains_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple.__contains__", nargs, 1, 1);
  return Value::boolean(tuple_contains(self_tuple(self), args[0]));
}

Value tuple_iter_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("tuple.__iter__", nargs, 0, 0);
  return make_tuple_iterator(self_tuple(self));
}

Value tuple_hash_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("tuple.__hash__", nargs, 0, 0);
  return make_int(tuple_hash(self_tuple(self)));
}

Value tuple_repr_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("tuple.__repr__", nargs, 0, 0);
  Tuple* t = self_tuple(self);
  if (t->length == 0) return str_value("()");
  if (!repr_enter(t)) return str_value("(...)");
  std::string out = "(";
  try {
    for (int64_t i = 0; i < t->length; i++) {
      if (i) out += ", ";
      append_repr(out, (*t)[i]);
    }
  } catch (...) {
    repr_leave(t);
    throw;
  }
  repr_leave(t);
  if (t->length == 1) out += ',';
  out += ')';
  return str_from(out);
}

Value tuple_compare(Value self, const Value* args, size_t nargs, CompareOp op) {
  check_nargs("tuple comparison", nargs, 1, 1);
  if (!is_tuple(args[0])) return g_not_implemented;
  Tuple* a = self_tuple(self);
  Tuple* b = args[0].as<Tuple>();
  return sequence_compare(a->items(), a->length, b->items(), b->length, op);
}

#define COIL_TUPLE_CMP(NAME, OP)                                                   \
  Value tuple_##NAME(Value self, const Value* args, size_t nargs, Tuple*) {        \
    return tuple_compare(self, args, nargs, CompareOp::OP);                        \
  }
COIL_TUPLE_CMP(eq, EQ)
COIL_TUPLE_CMP(ne, NE)
COIL_TUPLE_CMP(lt, LT)
COIL_TUPLE_CMP(le, LE)
COIL_TUPLE_CMP(gt, GT)
COIL_TUPLE_CMP(ge, GE)
#undef COIL_TUPLE_CMP

Value tuple_add(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple.__add__", nargs, 1, 1);
  Value o = args[0];
  if (!is_tuple(o)) {
    if (!defer_to_reflected(o, "__radd__"))
      raisef(exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple", type_name(o));
    return g_not_implemented;
  }
  return Value::object(tuple_concat(self_tuple(self), o.as<Tuple>()));
}

Tuple* tuple_repeat(Tuple* t, int64_t n) {
  if (n <= 0 || t->length == 0) return empty_tuple();
  if (n == 1 && t->type == types::tuple) return t;
  if (n > (int64_t{1} << 40) / t->length) raise(exc::MemoryError, "");
  int64_t len = t->length;
  Tuple* r = make_tuple(len * n);
  if (len == 1) {
    Value v = (*t)[0];
    for (int64_t i = 0; i < n; i++) (*r)[i] = v;
  } else {
    for (int64_t i = 0; i < n; i++)
      std::memcpy(r->items() + i * len, t->items(), static_cast<size_t>(len) * sizeof(Value));
  }
  return r;
}

Value tuple_mul(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple.__mul__", nargs, 1, 1);
  Value o = args[0];
  if (!o.is_int() && !has_index(o)) {
    if (!defer_to_reflected(o, "__rmul__"))
      raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(o));
    return g_not_implemented;
  }
  return Value::object(tuple_repeat(self_tuple(self), o.is_int() ? o.as_int() : index_value(o)));
}

Value tuple_rmul(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple.__rmul__", nargs, 1, 1);
  Value o = args[0];
  if (!o.is_int() && !has_index(o)) return g_not_implemented;
  return Value::object(tuple_repeat(self_tuple(self), o.is_int() ? o.as_int() : index_value(o)));
}

Value tuple_count(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("tuple.count", nargs, 1, 1);
  Tuple* t = self_tuple(self);
  int64_t c = 0;
  for (int64_t i = 0; i < t->length; i++)
    if (fast_equals((*t)[i], args[0])) c++;
  return Value::small_int(c);
}

// A start/stop argument of index(): CPython's _PyEval_SliceIndexNotNone,
// clamped to [0, length] after adding length to negatives.
int64_t index_bound(Value v, int64_t length) {
  int64_t i;
  if (v.is_int()) {
    i = v.as_int();
  } else {
    if (!has_index(v))
      raise(exc::TypeError, "slice indices must be integers or have an __index__ method");
    if (!int_to_i64(v, &i)) {
      // Huge values clamp, as CPython's PyNumber_AsSsize_t(v, NULL) does.
      i = compare_bool(v, Value::small_int(0), CompareOp::LT) ? INT64_MIN / 2 : INT64_MAX / 2;
    }
  }
  if (i < 0) {
    i += length;
    if (i < 0) i = 0;
  }
  return i;
}

Value tuple_index(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("index", nargs, 1, 3);
  Tuple* t = self_tuple(self);
  int64_t start = nargs > 1 ? index_bound(args[1], t->length) : 0;
  int64_t stop = nargs > 2 ? index_bound(args[2], t->length) : t->length;
  for (int64_t i = start; i < stop && i < t->length; i++)
    if (fast_equals((*t)[i], args[0])) return Value::small_int(i);
  raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("tuple.__getnewargs__", nargs, 0, 0);
  Tuple* t = self_tuple(self);
  return Value::object(make_tuple({Value::object(make_tuple(t->items(), t->length))}));
}

const MethodDef kTupleMethods[] = {
    {"__new__", tuple_new, MethodDef::kStatic},
    {"__len__", tuple_len, MethodDef::kInstance},
    {"__getitem__", tuple_getitem_m, MethodDef::kInstance},
    {"__contains__", tuple_contains_m, MethodDef::kInstance},
    {"__iter__", tuple_iter_m, MethodDef::kInstance},
    {"__hash__", tuple_hash_m, MethodDef::kInstance},
    {"__repr__", tuple_repr_m, MethodDef::kInstance},
    {"__eq__", tuple_eq, MethodDef::kInstance},
    {"__ne__", tuple_ne, MethodDef::kInstance},
    {"__lt__", tuple_lt, MethodDef::kInstance},
    {"__le__", tuple_le, MethodDef::kInstance},
    {"__gt__", tuple_gt, MethodDef::kInstance},
    {"__ge__", tuple_ge, MethodDef::kInstance},
    {"__add__", tuple_add, MethodDef::kInstance},
    {"__mul__", tuple_mul, MethodDef::kInstance},
    {"__rmul__", tuple_rmul, MethodDef::kInstance},
    {"count", tuple_count, MethodDef::kInstance},
    {"index", tuple_index, MethodDef::kInstance},
    {"__getnewargs__", tuple_getnewargs, MethodDef::kInstance},
};

}  // namespace

int64_t detail::native_hash(Object* o) {
  if (o->type == types::tuple) return tuple_hash(static_cast<Tuple*>(o));
  if (o->type == types::frozenset) return frozenset_hash(static_cast<Set*>(o));
  return range_hash(static_cast<Range*>(o));
}

int64_t detail::sequence_index_bound(Value v, int64_t length) { return index_bound(v, length); }

void init_tuple_type() {
  static bool done = false;
  if (done) return;
  done = true;
  add_methods(types::tuple, kTupleMethods);
}

}  // namespace coil
