// Coil — slice objects (`a[1:2:3]`, `slice(1, 2)`) and the index arithmetic
// every sequence uses to apply them (CPython's PySlice_Unpack +
// PySlice_AdjustIndices).
#pragma once

#include "core/object.h"

namespace coil {

struct Slice : Object {
  Value start;  // None when omitted
  Value stop;
  Value step;
};

// slice(start, stop, step): the interpreter's BUILD_SLICE.
Value make_slice(Value start, Value stop, Value step);

// Resolves `slice` (a slice object) against a sequence of `length` items:
// clamps start/stop into range as CPython does, returns the number of items
// selected. TypeError "slice indices must be integers or None or have an
// __index__ method", ValueError "slice step cannot be zero".
int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step);

// True when v is a slice object (the exact type: slice cannot be subclassed).
inline bool is_slice(Value v) { return v.is_object() && v.as_object()->type == types::slice; }

// Registers slice's methods and attributes. Called from init_str_type()
// (until init_types() calls it directly); idempotent.
void init_slice_type();

}  // namespace coil
