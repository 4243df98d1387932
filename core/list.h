// Coil — list: (length, capacity, items), so the JIT can index it directly.
#pragma once

#include "core/object.h"
#include "core/operators.h"

namespace coil {

struct List : Object {
  int64_t length;
  int64_t capacity;   // -1 while list.sort() runs (any mutation resets it)
  Value* items;
};

List* make_list(int64_t capacity = 0);
List* make_list(const Value* items, int64_t n);
void list_append(List* l, Value v);
// Ensures room for `n` items without changing the length.
void list_reserve(List* l, int64_t n);
// l[i] with negative-index normalization and IndexError("list index out of range").
Value list_getitem_index(List* l, int64_t i);
void list_setitem_index(List* l, int64_t i, Value v);
// Appends every item of an iterable (list.extend).
void list_extend(List* l, Value iterable);
// Sorts in place with optional key function (Empty = none); stable.
void list_sort(List* l, Value key, bool reverse);

// ---- Additional entry points (container owner) ----
// l[key] / l[key] = v / del l[key] for an int or a slice key.
Value list_getitem(List* l, Value key);
void list_setitem(List* l, Value key, Value v);
void list_delitem(List* l, Value key);
// l[start:stop] for already-clamped 0 <= start, stop <= length (new list).
List* list_slice(List* l, int64_t start, int64_t stop);
// l.pop(i) (i already normalized or negative), with CPython's IndexErrors.
Value list_pop(List* l, int64_t i);
void list_insert(List* l, int64_t i, Value v);
void list_clear(List* l);
bool list_contains(List* l, Value v);
List* list_concat(List* a, List* b);
// Replaces l[lo:hi] (clamped) with n values (slice assignment of any size).
void list_assign_slice(List* l, int64_t lo, int64_t hi, const Value* v, int64_t n);
// Lexicographic comparison of two item arrays, as list/tuple do.
Value sequence_compare(const Value* a, int64_t na, const Value* b, int64_t nb, CompareOp op);
// Stable sort of `n` values by `keys` (keys == values when no key function);
// compares with compare_bool(<), fast paths for all small ints / floats / strs.
void sort_values(Value* values, Value* keys, int64_t n, bool reverse);

void init_list_type();

}  // namespace coil
