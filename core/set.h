// Coil — set and frozenset: open addressing with CPython's probe sequence,
// table sizes and growth policy, so iteration order (and so printed output)
// matches CPython's for the same insertions.
#pragma once

#include "core/object.h"

namespace coil {

struct SetEntry {
  int64_t hash;
  Value key;       // Empty: unused; the dummy marker: deleted
};

struct Set : Object {
  int64_t fill;    // used + dummies
  int64_t used;
  int64_t mask;    // table size - 1
  SetEntry* table;
  int64_t hash;    // frozenset only: -1 until computed
};

Set* make_set();                 // empty set
Set* make_frozenset();           // empty frozenset
void set_add(Set* s, Value key);
bool set_contains(Set* s, Value key);
bool set_discard(Set* s, Value key);
// Adds every item of an iterable.
void set_update(Set* s, Value iterable);
bool set_next(Set* s, int64_t* pos, Value* key);

void init_set_type();

}  // namespace coil
