// Coil — list: a growable array of values (length, capacity, items).
// Mutations re-read `items` after anything that can run Python code, since
// user __eq__/__repr__/__iter__ may change the list under our feet; old item
// arrays stay valid until unreachable (they are GC memory, never freed
// explicitly), so a stale pointer reads old values but never garbage.
#include "core/list.h"

#include <cstring>
#include <string>

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/iterators.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/range.h"
#include "core/set.h"
#include "core/slice.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

using namespace detail;

// ---------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------

namespace {

constexpr int64_t kMaxListSize = int64_t{1} << 40;

// Reallocates the item array to exactly `cap` slots (cap >= length).
void set_capacity(List* l, int64_t cap) {
  if (cap > kMaxListSize) raise(exc::MemoryError, "");
  auto* items = static_cast<Value*>(gc_alloc(static_cast<size_t>(cap) * sizeof(Value)));
  if (l->length > 0) std::memcpy(items, l->items, static_cast<size_t>(l->length) * sizeof(Value));
  l->items = items;
  l->capacity = cap;
}

// Grows for an append at full capacity (kept out of line).
[[gnu::noinline]] void grow_for_append(List* l) { set_capacity(l, grow_capacity(l->length + 1)); }

// Clears the slots [from, to) so the collector does not retain old items.
inline void clear_slots(List* l, int64_t from, int64_t to) {
  if (to > from) std::memset(static_cast<void*>(l->items + from), 0, static_cast<size_t>(to - from) * sizeof(Value));
}

}  // namespace

List* make_list(int64_t capacity) {
  auto* l = alloc<List>(types::list);
  if (capacity > 0) set_capacity(l, capacity);
  return l;
}

List* make_list(const Value* items, int64_t n) {
  List* l = make_list(n);
  if (n > 0) std::memcpy(l->items, items, static_cast<size_t>(n) * sizeof(Value));
  l->length = n;
  return l;
}

void list_reserve(List* l, int64_t n) {
  if (n > l->capacity) set_capacity(l, n > l->length + 1 ? n : grow_capacity(n));
}

void list_append(List* l, Value v) {
  if (l->length >= l->capacity) grow_for_append(l);
  l->items[l->length++] = v;
}

// Ensures room for `extra` more items with geometric growth.
static inline void reserve_extra(List* l, int64_t extra) {
  int64_t need = l->length + extra;
  if (need > l->capacity) set_capacity(l, need > l->capacity + (l->capacity >> 3) + 6 ? need : grow_capacity(need));
}

// ---------------------------------------------------------------------------
// Element access
// ---------------------------------------------------------------------------

Value list_getitem_index(List* l, int64_t i) {
  if (i < 0) i += l->length;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->length)) raise(exc::IndexError, "list index out of range");
  return l->items[i];
}

void list_setitem_index(List* l, int64_t i, Value v) {
  if (i < 0) i += l->length;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->length))
    raise(exc::IndexError, "list assignment index out of range");
  l->items[i] = v;
}

List* list_slice(List* l, int64_t start, int64_t stop) {
  if (stop <= start) return make_list();
  return make_list(l->items + start, stop - start);
}

Value list_getitem(List* l, Value key) {
  if (key.is_int()) return list_getitem_index(l, key.as_int());
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, l->length, &start, &stop, &step);
    if (n <= 0) return Value::object(make_list());
    if (step == 1) return Value::object(make_list(l->items + start, n));
    List* r = make_list(n);
    Value* src = l->items;
    for (int64_t i = 0, j = start; i < n; i++, j += step) r->items[i] = src[j];
    r->length = n;
    return Value::object(r);
  }
  return list_getitem_index(l, subscript_index(key, "list"));
}

void list_assign_slice(List* l, int64_t lo, int64_t hi, const Value* v, int64_t n) {
  if (lo < 0) lo = 0;
  if (lo > l->length) lo = l->length;
  if (hi < lo) hi = lo;
  if (hi > l->length) hi = l->length;
  int64_t d = n - (hi - lo);
  int64_t old_len = l->length;
  if (d > 0) reserve_extra(l, d);
  else if (l->capacity < 0) set_capacity(l, 0);  // a mutation: visible to a running sort
  if (d != 0) {
    std::memmove(static_cast<void*>(l->items + hi + d), l->items + hi, static_cast<size_t>(old_len - hi) * sizeof(Value));
    l->length = old_len + d;
    if (d < 0) clear_slots(l, l->length, old_len);
  }
  if (n > 0) std::memmove(static_cast<void*>(l->items + lo), v, static_cast<size_t>(n) * sizeof(Value));
}

void list_setitem(List* l, Value key, Value v) {
  if (key.is_int()) return list_setitem_index(l, key.as_int(), v);
  if (!is_slice(key)) return list_setitem_index(l, subscript_index(key, "list"), v);
  int64_t start, stop, step;
  int64_t n = slice_indices(key, l->length, &start, &stop, &step);
  if (step == 1) {
    // l[a:b] = iterable: any length.
    if (v.is_object() && v.as_object() == l) {
      List* copy = make_list(l->items, l->length);
      list_assign_slice(l, start, stop, copy->items, copy->length);
      return;
    }
    FastSeq seq = fast_sequence(v, "can only assign an iterable");
    // The slice was resolved before the iterable ran; CPython re-clamps.
    list_assign_slice(l, start, stop, seq.items, seq.length);
    return;
  }
  // Extended slice: sizes must match.
  FastSeq seq;
  if (v.is_object() && v.as_object() == l) {
    List* copy = make_list(l->items, l->length);
    seq = {copy->items, copy->length, copy};
  } else {
    seq = fast_sequence(v, "must assign iterable to extended slice");
  }
  if (seq.length != n)
    raisef(exc::ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
           static_cast<long long>(seq.length), static_cast<long long>(n));
  if (n == 0) return;
  if (start + (n - 1) * step >= l->length || start + (n - 1) * step < 0) return;  // list shrank meanwhile
  for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[j] = seq.items[i];
}

void list_delitem(List* l, Value key) {
  if (!is_slice(key)) {
    int64_t i = key.is_int() ? key.as_int() : subscript_index(key, "list");
    if (i < 0) i += l->length;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->length))
      raise(exc::IndexError, "list assignment index out of range");
    list_assign_slice(l, i, i + 1, nullptr, 0);
    return;
  }
  int64_t start, stop, step;
  int64_t n = slice_indices(key, l->length, &start, &stop, &step);
  if (step == 1) {
    list_assign_slice(l, start, stop, nullptr, 0);
    return;
  }
  if (n <= 0) return;
  if (step < 0) {
    // Walk the same items upwards.
    start = start + step * (n - 1);
    step = -step;
  }
  // Compact: keep every item not hit by the slice.
  Value* items = l->items;
  int64_t len = l->length;
  int64_t dst = start;
  int64_t next_hit = start;
  int64_t hits = 0;
  for (int64_t src = start; src < len; src++) {
    if (src == next_hit && hits < n) {
      hits++;
      next_hit += step;
      continue;
    }
    items[dst++] = items[src];
  }
  l->length = dst;
  clear_slots(l, dst, len);
  if (l->capacity < 0) set_capacity(l, l->length);
}

Value list_pop(List* l, int64_t i) {
  if (l->length == 0) raise(exc::IndexError, "pop from empty list");
  if (i < 0) i += l->length;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(l->length)) raise(exc::IndexError, "pop index out of range");
  Value v = l->items[i];
  int64_t tail = l->length - i - 1;
  if (tail > 0) std::memmove(static_cast<void*>(l->items + i), l->items + i + 1, static_cast<size_t>(tail) * sizeof(Value));
  l->length--;
  l->items[l->length] = Value::empty();
  return v;
}

void list_insert(List* l, int64_t i, Value v) {
  int64_t n = l->length;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (n >= l->capacity) grow_for_append(l);
  if (n > i) std::memmove(static_cast<void*>(l->items + i + 1), l->items + i, static_cast<size_t>(n - i) * sizeof(Value));
  l->items[i] = v;
  l->length = n + 1;
}

void list_clear(List* l) {
  l->items = nullptr;
  l->length = 0;
  l->capacity = 0;
}

bool list_contains(List* l, Value v) {
  // Small ints and exact strs compare without user code: tight loop.
  for (int64_t i = 0; i < l->length; i++) {
    Value x = l->items[i];
    if (x.is(v) || fast_equals(x, v)) return true;
  }
  return false;
}

List* list_concat(List* a, List* b) {
  int64_t n = a->length + b->length;
  List* r = make_list(n);
  if (a->length) std::memcpy(r->items, a->items, static_cast<size_t>(a->length) * sizeof(Value));
  if (b->length) std::memcpy(r->items + a->length, b->items, static_cast<size_t>(b->length) * sizeof(Value));
  r->length = n;
  return r;
}

// Fills from a range without creating ints on the heap (they are immediates
// while they fit the small-int range).
static void extend_from_range(List* l, Range* r) {
  reserve_extra(l, r->length);
  int64_t v = r->start;
  Value* out = l->items + l->length;
  for (int64_t i = 0; i < r->length; i++, v += r->step)
    out[i] = Value::fits_small_int(v) ? Value::small_int(v) : make_int(v);
  l->length += r->length;
}

void list_extend(List* l, Value iterable) {
  if (iterable.is_object()) {
    Object* o = iterable.as_object();
    Type* t = o->type;
    if (t == types::list || t == types::tuple) {
      int64_t n = t == types::list ? static_cast<List*>(o)->length : static_cast<Tuple*>(o)->length;
      if (n == 0) {
        if (l->capacity < 0) set_capacity(l, 0);
        return;
      }
      reserve_extra(l, n);
      const Value* src = t == types::list ? static_cast<List*>(o)->items : static_cast<Tuple*>(o)->items();
      std::memmove(static_cast<void*>(l->items + l->length), src, static_cast<size_t>(n) * sizeof(Value));
      l->length += n;
      return;
    }
    if (t == types::range) return extend_from_range(l, static_cast<Range*>(o));
    if (t == types::dict) {
      Dict* d = static_cast<Dict*>(o);
      reserve_extra(l, d->used);
      Value k, v;
      for (int64_t p = 0; dict_next(d, &p, &k, &v);) list_append(l, k);
      return;
    }
    if (t == types::set || t == types::frozenset) {
      Set* s = static_cast<Set*>(o);
      reserve_extra(l, s->used);
      Value k;
      for (int64_t p = 0; set_next(s, &p, &k);) list_append(l, k);
      return;
    }
  }
  Value it = get_iter(iterable);
  if (it.is_object() && is_builtin_iterator(it.as_object()->type)) {
    Object* io = it.as_object();
    IterNextFn next = static_cast<IteratorObject*>(io)->next;
    for (Value x; !(x = next(io)).is_empty();) list_append(l, x);
    return;
  }
  for (Value x; !(x = iter_next(it)).is_empty();) list_append(l, x);
  if (l->capacity < 0) set_capacity(l, l->length);
}

detail::FastSeq detail::fast_sequence(Value v, const char* msg) {
  if (v.is_object()) {
    Object* o = v.as_object();
    if (o->type == types::list) return {static_cast<List*>(o)->items, static_cast<List*>(o)->length, o};
    if (o->type == types::tuple) return {static_cast<Tuple*>(o)->items(), static_cast<Tuple*>(o)->length, o};
  }
  if (msg && !is_iterable(v)) raise(exc::TypeError, msg);
  List* l = make_list();
  list_extend(l, v);
  return {l->items, l->length, l};
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

static Value compare_lengths(int64_t a, int64_t b, CompareOp op) {
  bool r = false;
  switch (op) {
    case CompareOp::LT: r = a < b; break;
    case CompareOp::LE: r = a <= b; break;
    case CompareOp::EQ: r = a == b; break;
    case CompareOp::NE: r = a != b; break;
    case CompareOp::GT: r = a > b; break;
    case CompareOp::GE: r = a >= b; break;
  }
  return Value::boolean(r);
}

Value sequence_compare(const Value* a, int64_t na, const Value* b, int64_t nb, CompareOp op) {
  if (na != nb && (op == CompareOp::EQ || op == CompareOp::NE)) return Value::boolean(op == CompareOp::NE);
  int64_t i = 0;
  for (; i < na && i < nb; i++) {
    if (a[i].is(b[i])) continue;
    if (!fast_equals(a[i], b[i])) break;
  }
  if (i >= na || i >= nb) return compare_lengths(na, nb, op);
  if (op == CompareOp::EQ) return Value::boolean(false);
  if (op == CompareOp::NE) return Value::boolean(true);
  return rich_compare(a[i], b[i], op);
}

// As sequence_compare, but re-reading the lists after every user call.
static Value list_richcompare(List* a, List* b, CompareOp op) {
  if (a->length != b->length && (op == CompareOp::EQ || op == CompareOp::NE))
    return Value::boolean(op == CompareOp::NE);
  int64_t i = 0;
  for (; i < a->length && i < b->length; i++) {
    Value x = a->items[i], y = b->items[i];
    if (x.is(y)) continue;
    if (!fast_equals(x, y)) break;
  }
  if (i >= a->length || i >= b->length) return compare_lengths(a->length, b->length, op);
  if (op == CompareOp::EQ) return Value::boolean(false);
  if (op == CompareOp::NE) return Value::boolean(true);
  return rich_compare(a->items[i], b->items[i], op);
}

// ---------------------------------------------------------------------------
// Python-level methods
// ---------------------------------------------------------------------------

namespace {

inline List* self_list(Value self) { return self.as<List>(); }
inline bool is_list(Value v) {
  return v.is_object() && (v.as_object()->type == types::list || isinstance(v, types::list));
}

Value list_new(Value, const Value* args, size_t nargs, Tuple*) {
  Type* cls = new_check_type("list", args, nargs, types::list);
  return Value::object(alloc_instance<List>(cls));
}

Value list_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("list", kwnames);
  check_nargs("list", nargs, 0, 1);
  List* l = self_list(self);
  if (l->length) list_clear(l);
  if (nargs) list_extend(l, args[0]);
  return Value::none();
}

Value list_append_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.append", nargs, 1, 1);
  list_append(self_list(self), args[0]);
  return Value::none();
}

Value list_extend_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.extend", nargs, 1, 1);
  list_extend(self_list(self), args[0]);
  return Value::none();
}

Value list_insert_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("insert", nargs, 2, 2);
  int64_t i = args[0].is_int() ? args[0].as_int() : index_value(args[0]);
  list_insert(self_list(self), i, args[1]);
  return Value::none();
}

Value list_remove_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.remove", nargs, 1, 1);
  List* l = self_list(self);
  for (int64_t i = 0; i < l->length; i++) {
    if (fast_equals(l->items[i], args[0])) {
      if (i < l->length) list_pop(l, i);
      return Value::none();
    }
  }
  raise(exc::ValueError, "list.remove(x): x not in list");
}

Value list_pop_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("pop", nargs, 0, 1);
  int64_t i = -1;
  if (nargs) i = args[0].is_int() ? args[0].as_int() : index_value(args[0]);
  return list_pop(self_list(self), i);
}

Value list_clear_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.clear", nargs, 0, 0);
  list_clear(self_list(self));
  return Value::none();
}

Value list_index_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("index", nargs, 1, 3);
  List* l = self_list(self);
  int64_t start = nargs > 1 ? sequence_index_bound(args[1], l->length) : 0;
  int64_t stop = nargs > 2 ? sequence_index_bound(args[2], l->length) : INT64_MAX;
  for (int64_t i = start; i < stop && i < l->length; i++)
    if (fast_equals(l->items[i], args[0])) return Value::small_int(i);
  Str* r = repr(args[0]);
  raisef(exc::ValueError, "%s is not in list", r->data());
}

Value list_count_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.count", nargs, 1, 1);
  List* l = self_list(self);
  int64_t c = 0;
  for (int64_t i = 0; i < l->length; i++)
    if (fast_equals(l->items[i], args[0])) c++;
  return Value::small_int(c);
}

Value list_reverse_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.reverse", nargs, 0, 0);
  List* l = self_list(self);
  for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
  return Value::none();
}

Value list_sort_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs) raise(exc::TypeError, "sort() takes no positional arguments");
  Value key = Value::empty();
  bool reverse = false;
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->length; k++) {
      Str* name = (*kwnames)[k].as<Str>();
      Value v = args[k];
      if (name->view() == "key") {
        key = v;
      } else if (name->view() == "reverse") {
        reverse = (v.is_bool() ? v.as_bool() : index_value(v) != 0);
      } else {
        raisef(exc::TypeError, "'%s' is an invalid keyword argument for sort()", name->data());
      }
    }
  }
  if (key.is_none()) key = Value::empty();
  list_sort(self_list(self), key, reverse);
  return Value::none();
}

Value list_copy_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.copy", nargs, 0, 0);
  List* l = self_list(self);
  return Value::object(make_list(l->items, l->length));
}

Value list_len_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.__len__", nargs, 0, 0);
  return Value::small_int(self_list(self)->length);
}

Value list_getitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__getitem__", nargs, 1, 1);
  return list_getitem(self_list(self), args[0]);
}

Value list_setitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__setitem__", nargs, 2, 2);
  list_setitem(self_list(self), args[0], args[1]);
  return Value::none();
}

Value list_delitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__delitem__", nargs, 1, 1);
  list_delitem(self_list(self), args[0]);
  return Value::none();
}

Value list_contains_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__contains__", nargs, 1, 1);
  return Value::boolean(list_contains(self_list(self), args[0]));
}

Value list_iter_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.__iter__", nargs, 0, 0);
  return make_list_iterator(self_list(self));
}

Value list_reversed_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.__reversed__", nargs, 0, 0);
  return make_list_reverseiterator(self_list(self));
}

Value list_add_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__add__", nargs, 1, 1);
  Value o = args[0];
  if (!is_list(o)) {
    if (!defer_to_reflected(o, "__radd__"))
      raisef(exc::TypeError, "can only concatenate list (not \"%s\") to list", type_name(o));
    return g_not_implemented;
  }
  return Value::object(list_concat(self_list(self), o.as<List>()));
}

Value list_iadd_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__iadd__", nargs, 1, 1);
  list_extend(self_list(self), args[0]);
  return self;
}

// The repeat count of `*`, or false when `o` is not an integer.
bool repeat_count(Value o, int64_t* n) {
  if (o.is_int()) {
    *n = o.as_int();
    return true;
  }
  if (!has_index(o)) return false;
  *n = index_value(o);
  return true;
}

List* list_repeat(List* l, int64_t n) {
  int64_t len = l->length;
  if (n <= 0 || len == 0) return make_list();
  if (n > kMaxListSize / len) raise(exc::MemoryError, "");
  List* r = make_list(len * n);
  if (len == 1) {
    Value v = l->items[0];
    for (int64_t i = 0; i < n; i++) r->items[i] = v;
  } else {
    for (int64_t i = 0; i < n; i++)
      std::memcpy(r->items + i * len, l->items, static_cast<size_t>(len) * sizeof(Value));
  }
  r->length = len * n;
  return r;
}

Value list_mul_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__mul__", nargs, 1, 1);
  int64_t n;
  if (!repeat_count(args[0], &n)) {
    if (!defer_to_reflected(args[0], "__rmul__"))
      raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(args[0]));
    return g_not_implemented;
  }
  return Value::object(list_repeat(self_list(self), n));
}

Value list_rmul_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__rmul__", nargs, 1, 1);
  int64_t n;
  if (!repeat_count(args[0], &n)) return g_not_implemented;
  return Value::object(list_repeat(self_list(self), n));
}

Value list_imul_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("list.__imul__", nargs, 1, 1);
  int64_t n;
  if (!repeat_count(args[0], &n))
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(args[0]));
  List* l = self_list(self);
  if (n <= 0) {
    list_clear(l);
  } else if (n > 1 && l->length) {
    List* r = list_repeat(l, n);
    l->items = r->items;
    l->capacity = r->capacity;
    l->length = r->length;
  }
  return self;
}

Value list_compare_m(Value self, const Value* args, size_t nargs, CompareOp op) {
  check_nargs("list comparison", nargs, 1, 1);
  if (!is_list(args[0])) return g_not_implemented;
  return list_richcompare(self_list(self), args[0].as<List>(), op);
}

#define COIL_LIST_CMP(NAME, OP)                                                   \
  Value list_##NAME##_m(Value self, const Value* args, size_t nargs, Tuple*) {    \
    return list_compare_m(self, args, nargs, CompareOp::OP);                      \
  }
COIL_LIST_CMP(eq, EQ)
COIL_LIST_CMP(ne, NE)
COIL_LIST_CMP(lt, LT)
COIL_LIST_CMP(le, LE)
COIL_LIST_CMP(gt, GT)
COIL_LIST_CMP(ge, GE)
#undef COIL_LIST_CMP

Value list_repr_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("list.__repr__", nargs, 0, 0);
  List* l = self_list(self);
  if (l->length == 0) return str_value("[]");
  if (!repr_enter(l)) return str_value("[...]");
  std::string out = "[";
  try {
    for (int64_t i = 0; i < l->length; i++) {
      if (i) out += ", ";
      append_repr(out, l->items[i]);
    }
  } catch (...) {
    repr_leave(l);
    throw;
  }
  repr_leave(l);
  out += ']';
  return str_from(out);
}

const MethodDef kListMethods[] = {
    {"__new__", list_new, MethodDef::kStatic},
    {"__init__", list_init, MethodDef::kInstance},
    {"append", list_append_m, MethodDef::kInstance},
    {"extend", list_extend_m, MethodDef::kInstance},
    {"insert", list_insert_m, MethodDef::kInstance},
    {"remove", list_remove_m, MethodDef::kInstance},
    {"pop", list_pop_m, MethodDef::kInstance},
    {"clear", list_clear_m, MethodDef::kInstance},
    {"index", list_index_m, MethodDef::kInstance},
    {"count", list_count_m, MethodDef::kInstance},
    {"reverse", list_reverse_m, MethodDef::kInstance},
    {"sort", list_sort_m, MethodDef::kInstance},
    {"copy", list_copy_m, MethodDef::kInstance},
    {"__len__", list_len_m, MethodDef::kInstance},
    {"__getitem__", list_getitem_m, MethodDef::kInstance},
    {"__setitem__", list_setitem_m, MethodDef::kInstance},
    {"__delitem__", list_delitem_m, MethodDef::kInstance},
    {"__contains__", list_contains_m, MethodDef::kInstance},
    {"__iter__", list_iter_m, MethodDef::kInstance},
    {"__reversed__", list_reversed_m, MethodDef::kInstance},
    {"__add__", list_add_m, MethodDef::kInstance},
    {"__iadd__", list_iadd_m, MethodDef::kInstance},
    {"__mul__", list_mul_m, MethodDef::kInstance},
    {"__rmul__", list_rmul_m, MethodDef::kInstance},
    {"__imul__", list_imul_m, MethodDef::kInstance},
    {"__eq__", list_eq_m, MethodDef::kInstance},
    {"__ne__", list_ne_m, MethodDef::kInstance},
    {"__lt__", list_lt_m, MethodDef::kInstance},
    {"__le__", list_le_m, MethodDef::kInstance},
    {"__gt__", list_gt_m, MethodDef::kInstance},
    {"__ge__", list_ge_m, MethodDef::kInstance},
    {"__repr__", list_repr_m, MethodDef::kInstance},
};

}  // namespace

void init_list_type() {
  static bool done = false;
  if (done) return;
  done = true;
  add_methods(types::list, kListMethods);
  type_set_attr(types::list, "__hash__", Value::none());
  init_iterator_types();
  init_range_type();
}

}  // namespace coil
