// Coil — range: an immutable arithmetic progression of int64 values.
// Bounds that do not fit int64 raise OverflowError (CPython allows any int).
#pragma once

#include "core/object.h"

namespace coil {

struct Str;

struct Range : Object {
  int64_t start;
  int64_t stop;
  int64_t step;     // never 0
  int64_t length;   // number of items, >= 0
};

// range(start, stop, step); ValueError "range() arg 3 must not be zero".
Range* make_range(int64_t start, int64_t stop, int64_t step);
// r[i] with negative-index normalization and IndexError.
Value range_getitem_index(Range* r, int64_t i);
bool range_contains(Range* r, Value v);
// hash(r): CPython's, the hash of (len, start, step) with None for unused parts.
int64_t range_hash(Range* r);
// The read-only attributes start/stop/step (also exposed as getset
// descriptors on the type); Empty for any other name.
Value range_attribute(Range* r, Str* name);

void init_range_type();

}  // namespace coil
