// Coil — tuple: an immutable, fixed-length array of values.
#pragma once

#include <initializer_list>

#include "core/object.h"

namespace coil {

struct Tuple : Object {
  int64_t length;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value& operator[](int64_t i) { return items()[i]; }
  Value operator[](int64_t i) const { return items()[i]; }
};

// A tuple of `n` Empty items, to be filled by the caller before it escapes.
Tuple* make_tuple(int64_t n);
Tuple* make_tuple(const Value* items, int64_t n);
Tuple* make_tuple(std::initializer_list<Value> items);
Tuple* empty_tuple();

// ---- Additional entry points (container owner) ----
// hash(t): CPython's xxHash-based tuple hash.
int64_t tuple_hash(Tuple* t);
// t[key] for an int or a slice key.
Value tuple_getitem(Tuple* t, Value key);
// t[i] with negative-index normalization and IndexError("tuple index out of range").
Value tuple_getitem_index(Tuple* t, int64_t i);
Tuple* tuple_concat(Tuple* a, Tuple* b);
bool tuple_contains(Tuple* t, Value v);

void init_tuple_type();

}  // namespace coil
