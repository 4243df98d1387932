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

void init_tuple_type();

}  // namespace coil
