// Coil — range and range_iterator. Bounds are int64; arithmetic that could
// overflow is done in 128 bits (construction, slicing) or wraps modulo 2^64
// where every value actually produced fits (iteration).
#include "core/range.h"

#include <cstdio>
#include <string>

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/iterators.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/slice.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

using namespace detail;

namespace {

inline Value int_value(int64_t v) { return Value::fits_small_int(v) ? Value::small_int(v) : make_int(v); }

// Number of items of range(start, stop, step), step != 0.
__int128 range_length(__int128 start, __int128 stop, __int128 step) {
  if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
  return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

inline bool fits_i64(__int128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

Range* new_range(__int128 start, __int128 stop, __int128 step) {
  __int128 len = range_length(start, stop, step);
  if (!fits_i64(start) || !fits_i64(stop) || !fits_i64(step) || !fits_i64(len))
    raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  auto* r = alloc<Range>(types::range);
  r->start = static_cast<int64_t>(start);
  r->stop = static_cast<int64_t>(stop);
  r->step = static_cast<int64_t>(step);
  r->length = static_cast<int64_t>(len);
  return r;
}

// True when v is an exact int or a bool (CPython's fast containment rule);
// sets *out when it also fits int64.
bool exact_int(Value v, int64_t* out, bool* fits) {
  if (v.is_int()) {
    *out = v.as_int();
    *fits = true;
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool() ? 1 : 0;
    *fits = true;
    return true;
  }
  if (v.is_object() && v.as_object()->type == types::int_) {
    *fits = int_to_i64(v, out);
    return true;
  }
  return false;
}

inline bool contains_int(Range* r, int64_t v) {
  if (r->length == 0) return false;
  __int128 d = static_cast<__int128>(v) - r->start;
  if (r->step > 0) {
    if (v < r->start || v >= r->stop) return false;
  } else {
    if (v > r->start || v <= r->stop) return false;
  }
  return d % r->step == 0;
}

}  // namespace

Range* make_range(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
  return new_range(start, stop, step);
}

Value range_getitem_index(Range* r, int64_t i) {
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) raise(exc::IndexError, "range object index out of range");
  return int_value(static_cast<int64_t>(static_cast<uint64_t>(r->start) + static_cast<uint64_t>(i) * static_cast<uint64_t>(r->step)));
}

bool range_contains(Range* r, Value v) {
  int64_t i;
  bool fits;
  if (exact_int(v, &i, &fits)) return fits && contains_int(r, i);
  uint64_t x = static_cast<uint64_t>(r->start);
  for (int64_t k = 0; k < r->length; k++, x += static_cast<uint64_t>(r->step))
    if (equals(int_value(static_cast<int64_t>(x)), v)) return true;
  return false;
}

int64_t range_hash(Range* r) {
  Tuple* t;
  if (r->length == 0) t = make_tuple({Value::small_int(0), Value::none(), Value::none()});
  else if (r->length == 1) t = make_tuple({Value::small_int(1), int_value(r->start), Value::none()});
  else t = make_tuple({int_value(r->length), int_value(r->start), int_value(r->step)});
  return tuple_hash(t);
}

Value range_attribute(Range* r, Str* name) {
  if (name == names::start) return int_value(r->start);
  if (name == names::stop) return int_value(r->stop);
  if (name == names::step) return int_value(r->step);
  return Value::empty();
}

// ---------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------

Value range_iter_next(Object* o) {
  auto* it = static_cast<RangeIterator*>(o);
  if (it->remaining <= 0) return Value::empty();
  int64_t v = it->current;
  it->current = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
  it->remaining--;
  return int_value(v);
}

Value make_range_iterator(int64_t start, int64_t step, int64_t length) {
  auto* it = alloc<RangeIterator>(types::range_iterator);
  it->next = range_iter_next;
  it->current = start;
  it->step = step;
  it->remaining = length;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// Python-level methods
// ---------------------------------------------------------------------------

namespace {

inline Range* self_range(Value self) { return self.as<Range>(); }

int64_t range_arg(Value v) { return v.is_int() ? v.as_int() : index_value(v); }

Value range_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  new_check_type("range", args, nargs, types::range);
  args++;
  nargs--;
  no_kwargs("range", kwnames);
  check_nargs("range", nargs, 1, 3);
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    stop = range_arg(args[0]);
  } else {
    start = range_arg(args[0]);
    stop = range_arg(args[1]);
    if (nargs == 3) step = range_arg(args[2]);
  }
  return Value::object(make_range(start, stop, step));
}

Value range_len_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("range.__len__", nargs, 0, 0);
  return int_value(self_range(self)->length);
}

Value range_bool_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("range.__bool__", nargs, 0, 0);
  return Value::boolean(self_range(self)->length != 0);
}

Value range_getitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("range.__getitem__", nargs, 1, 1);
  Range* r = self_range(self);
  Value key = args[0];
  if (key.is_int()) return range_getitem_index(r, key.as_int());
  if (is_slice(key)) {
    int64_t start, stop, step;
    slice_indices(key, r->length, &start, &stop, &step);
    __int128 s = static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
    __int128 e = static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
    __int128 st = static_cast<__int128>(step) * r->step;
    return Value::object(new_range(s, e, st));
  }
  return range_getitem_index(r, subscript_index(key, "range"));
}

Value range_contains_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("range.__contains__", nargs, 1, 1);
  return Value::boolean(range_contains(self_range(self), args[0]));
}

Value range_iter_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("range.__iter__", nargs, 0, 0);
  Range* r = self_range(self);
  return make_range_iterator(r->start, r->step, r->length);
}

Value range_reversed_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("range.__reversed__", nargs, 0, 0);
  Range* r = self_range(self);
  uint64_t last = static_cast<uint64_t>(r->start) +
                  static_cast<uint64_t>(r->length > 0 ? r->length - 1 : 0) * static_cast<uint64_t>(r->step);
  return make_range_iterator(static_cast<int64_t>(last), static_cast<int64_t>(0 - static_cast<uint64_t>(r->step)),
                             r->length);
}

bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  if (a->length != b->length) return false;
  if (a->length == 0) return true;
  if (a->start != b->start) return false;
  if (a->length == 1) return true;
  return a->step == b->step;
}

Value range_eq_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("range.__eq__", nargs, 1, 1);
  if (!has_layout(args[0], Layout::RANGE)) return g_not_implemented;
  return Value::boolean(range_equal(self_range(self), args[0].as<Range>()));
}

Value range_ne_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("range.__ne__", nargs, 1, 1);
  if (!has_layout(args[0], Layout::RANGE)) return g_not_implemented;
  return Value::boolean(!range_equal(self_range(self), args[0].as<Range>()));
}

Value range_hash_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("range.__hash__", nargs, 0, 0);
  return make_int(range_hash(self_range(self)));
}

Value range_repr_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("range.__repr__", nargs, 0, 0);
  Range* r = self_range(self);
  char buf[96];
  int n = r->step == 1 ? std::snprintf(buf, sizeof buf, "range(%lld, %lld)", static_cast<long long>(r->start),
                                       static_cast<long long>(r->stop))
                       : std::snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", static_cast<long long>(r->start),
                                       static_cast<long long>(r->stop), static_cast<long long>(r->step));
  return Value::object(make_str(std::string_view(buf, static_cast<size_t>(n))));
}

Value range_index_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("range.index", nargs, 1, 1);
  Range* r = self_range(self);
  Value v = args[0];
  int64_t i;
  bool fits;
  if (exact_int(v, &i, &fits)) {
    if (fits && contains_int(r, i))
      return int_value(static_cast<int64_t>((static_cast<__int128>(i) - r->start) / r->step));
    Str* s = repr(v);
    raisef(exc::ValueError, "%s is not in range", s->data());
  }
  uint64_t x = static_cast<uint64_t>(r->start);
  for (int64_t k = 0; k < r->length; k++, x += static_cast<uint64_t>(r->step))
    if (equals(int_value(static_cast<int64_t>(x)), v)) return int_value(k);
  raise(exc::ValueError, "sequence.index(x): x not in sequence");
}

Value range_count_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("range.count", nargs, 1, 1);
  Range* r = self_range(self);
  Value v = args[0];
  int64_t i;
  bool fits;
  if (exact_int(v, &i, &fits)) return Value::small_int(fits && contains_int(r, i) ? 1 : 0);
  int64_t c = 0;
  uint64_t x = static_cast<uint64_t>(r->start);
  for (int64_t k = 0; k < r->length; k++, x += static_cast<uint64_t>(r->step))
    if (equals(int_value(static_cast<int64_t>(x)), v)) c++;
  return int_value(c);
}

Value range_get_start(Value self) { return int_value(self_range(self)->start); }
Value range_get_stop(Value self) { return int_value(self_range(self)->stop); }
Value range_get_step(Value self) { return int_value(self_range(self)->step); }

const MethodDef kRangeMethods[] = {
    {"__new__", range_new_m, MethodDef::kStatic},
    {"__len__", range_len_m, MethodDef::kInstance},
    {"__bool__", range_bool_m, MethodDef::kInstance},
    {"__getitem__", range_getitem_m, MethodDef::kInstance},
    {"__contains__", range_contains_m, MethodDef::kInstance},
    {"__iter__", range_iter_m, MethodDef::kInstance},
    {"__reversed__", range_reversed_m, MethodDef::kInstance},
    {"__eq__", range_eq_m, MethodDef::kInstance},
    {"__ne__", range_ne_m, MethodDef::kInstance},
    {"__hash__", range_hash_m, MethodDef::kInstance},
    {"__repr__", range_repr_m, MethodDef::kInstance},
    {"index", range_index_m, MethodDef::kInstance},
    {"count", range_count_m, MethodDef::kInstance},
};

const GetSetDef kRangeGetSets[] = {
    {"start", range_get_start, nullptr},
    {"stop", range_get_stop, nullptr},
    {"step", range_get_step, nullptr},
};

}  // namespace

void init_range_type() {
  static bool done = false;
  if (done) return;
  done = true;
  types::range->layout = Layout::RANGE;
  if (types::range->instance_size < sizeof(Range)) types::range->instance_size = sizeof(Range);
  add_methods(types::range, kRangeMethods);
  add_getsets(types::range, kRangeGetSets);
}

}  // namespace coil
