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
  int64_t finger;  // where set.pop() resumes its search (as CPython)
};

Set* make_set();                 // empty set
Set* make_frozenset();           // empty frozenset
void set_add(Set* s, Value key);
bool set_contains(Set* s, Value key);
bool set_discard(Set* s, Value key);
// Adds every item of an iterable.
void set_update(Set* s, Value iterable);
bool set_next(Set* s, int64_t* pos, Value* key);

// ---- Additional entry points (container owner) ----
// The marker stored in SetEntry::key of deleted entries (hash -1).
Value set_dummy();
// True for set, frozenset and their subclasses.
bool is_anyset(Value v);
// An empty set/frozenset (or subclass instance) of type `cls`.
Set* make_set_of_type(Type* cls);
// set(iterable) / frozenset(iterable), built as CPython builds them.
Set* set_from_iterable(Value iterable);
Set* frozenset_from_iterable(Value iterable);
void set_add_hashed(Set* s, Value key, int64_t hash);
bool set_contains_hashed(Set* s, Value key, int64_t hash);
// s.pop(): KeyError "pop from an empty set".
Value set_pop(Set* s);
void set_clear(Set* s);
int64_t frozenset_hash(Set* s);
// set_next that also yields the stored hash.
bool set_next_hashed(Set* s, int64_t* pos, Value* key, int64_t* hash);
// s.symmetric_difference_update(other) / s.difference_update(other).
void set_symmetric_difference_update(Set* s, Value other);
void set_difference_update(Set* s, Value other);
// s.intersection(other): a new set of s's base type.
Set* set_intersection(Set* s, Value other);

void init_set_type();

}  // namespace coil
