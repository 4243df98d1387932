// Coil — list: (length, capacity, items), so the JIT can index it directly.
#pragma once

#include "core/object.h"

namespace coil {

struct List : Object {
  int64_t length;
  int64_t capacity;
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

void init_list_type();

}  // namespace coil
