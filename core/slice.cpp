// Coil — slice objects and slice index arithmetic.
// slice_indices() is the one place that turns a slice into (start, stop,
// step, count) for str, bytes, list, tuple and range; it follows CPython's
// PySlice_Unpack + PySlice_AdjustIndices exactly, clamping huge ints.
#include "core/slice.h"

#include <string>

#include "core/args.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/list.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

constexpr int64_t kMaxIndex = INT64_MAX;
constexpr int64_t kMinIndex = INT64_MIN;

// One slice bound as int64, clipped to [kMinIndex, kMaxIndex] as
// _PyEval_SliceIndex does.
int64_t slice_bound(Value v) {
  if (v.is_int()) return v.as_int();
  if (is_int_like(v)) {
    int64_t out;
    if (int_to_i64(v, &out)) return out;
    return int_compare(v, Value::small_int(0)) < 0 ? kMinIndex : kMaxIndex;
  }
  if (!has_index(v))
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return index_value(v);
}

Slice* as_slice(Value self) { return self.as<Slice>(); }

}  // namespace

Value make_slice(Value start, Value stop, Value step) {
  auto* s = alloc<Slice>(types::slice);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Value::object(s);
}

int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  Slice* s = as_slice(slice);
  // PySlice_Unpack
  int64_t st = 1;
  if (!s->step.is_none()) {
    st = slice_bound(s->step);
    if (st == 0) raise(exc::ValueError, "slice step cannot be zero");
    if (st < -kMaxIndex) st = -kMaxIndex;  // so that -step cannot overflow
  }
  int64_t lo, hi;
  if (s->start.is_none()) lo = st < 0 ? kMaxIndex : 0;
  else lo = slice_bound(s->start);
  if (s->stop.is_none()) hi = st < 0 ? kMinIndex : kMaxIndex;
  else hi = slice_bound(s->stop);
  // PySlice_AdjustIndices
  if (lo < 0) {
    lo += length;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= length) {
    lo = st < 0 ? length - 1 : length;
  }
  if (hi < 0) {
    hi += length;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= length) {
    hi = st < 0 ? length - 1 : length;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  if (st < 0) return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
  return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

// ---------------------------------------------------------------------------
// Python-visible methods
// ---------------------------------------------------------------------------

namespace {

// slice(stop) / slice(start, stop[, step])
Value slice_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("slice", kwnames);
  // args[0] is the class.
  check_nargs("slice", nargs - 1, 1, 3);
  if (nargs == 2) return make_slice(Value::none(), args[1], Value::none());
  return make_slice(args[1], args[2], nargs == 4 ? args[3] : Value::none());
}

Value slice_repr(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("__repr__", kwnames);
  check_nargs("__repr__", nargs, 0, 0);
  Slice* s = as_slice(self);
  std::string out = "slice(";
  for (Value v : {s->start, s->stop, s->step}) {
    Str* r = repr(v);
    out.append(r->data(), static_cast<size_t>(r->size));
    out += ", ";
  }
  out.resize(out.size() - 2);
  out += ')';
  return str_value(out);
}

// slice.indices(length) -> (start, stop, step)
Value slice_indices_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("slice.indices", kwnames);
  check_nargs("slice.indices", nargs, 1, 1);
  int64_t length = index_value(args[0]);
  if (length < 0) raise(exc::ValueError, "length should not be negative");
  int64_t start, stop, step;
  slice_indices(self, length, &start, &stop, &step);
  return Value::object(make_tuple({make_int(start), make_int(stop), make_int(step)}));
}

// Comparisons: as the tuples (start, stop, step).
template <CompareOp op>
Value slice_compare(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("comparison", nargs, 1, 1);
  if (!is_slice(args[0])) return g_not_implemented;
  Slice* a = as_slice(self);
  Slice* b = as_slice(args[0]);
  Value va[3] = {a->start, a->stop, a->step};
  Value vb[3] = {b->start, b->stop, b->step};
  return sequence_compare(va, 3, vb, 3, op);
}

Value slice_reduce(Value self, const Value*, size_t, Tuple*) {
  Slice* s = as_slice(self);
  return Value::object(make_tuple({Value::object(types::slice),
                                   Value::object(make_tuple({s->start, s->stop, s->step}))}));
}

Value slice_get_start(Value self) { return as_slice(self)->start; }
Value slice_get_stop(Value self) { return as_slice(self)->stop; }
Value slice_get_step(Value self) { return as_slice(self)->step; }

const MethodDef kSliceMethods[] = {
    {"__new__", slice_new, MethodDef::kStatic},
    {"__repr__", slice_repr, MethodDef::kInstance},
    {"indices", slice_indices_method, MethodDef::kInstance},
    {"__eq__", slice_compare<CompareOp::EQ>, MethodDef::kInstance},
    {"__ne__", slice_compare<CompareOp::NE>, MethodDef::kInstance},
    {"__lt__", slice_compare<CompareOp::LT>, MethodDef::kInstance},
    {"__le__", slice_compare<CompareOp::LE>, MethodDef::kInstance},
    {"__gt__", slice_compare<CompareOp::GT>, MethodDef::kInstance},
    {"__ge__", slice_compare<CompareOp::GE>, MethodDef::kInstance},
    {"__reduce__", slice_reduce, MethodDef::kInstance},
};

const GetSetDef kSliceGetSets[] = {
    {"start", slice_get_start, nullptr},
    {"stop", slice_get_stop, nullptr},
    {"step", slice_get_step, nullptr},
};

}  // namespace

void init_slice_type() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  types::slice->instance_size = sizeof(Slice);
  types::slice->layout = Layout::SLICE;
  add_methods(types::slice, kSliceMethods);
  add_getsets(types::slice, kSliceGetSets);
  // Slices are unhashable before Python 3.12.
  type_set_attr(types::slice, "__hash__", Value::none());
}

}  // namespace coil
