// Coil — dict: insertion-ordered hash table (CPython's compact layout).
// Entries are appended in insertion order; a separate open-addressed index
// maps hashes to entry positions. Deleted entries leave an Empty key behind
// until the next resize compacts them.
#pragma once

#include "core/object.h"

namespace coil {

struct DictEntry {
  int64_t hash;
  Value key;     // Empty: deleted
  Value value;
};

struct Dict : Object {
  int64_t used;        // live entries
  int64_t nentries;    // entries appended, deleted ones included
  int64_t capacity;    // size of `entries`
  int64_t mask;        // index size - 1
  DictEntry* entries;
  int32_t* index;      // -1 empty, -2 deleted, else entry position
  uint64_t version;    // bumped on every insertion/deletion (iteration checks, caches)
};

Dict* make_dict(int64_t capacity = 0);
// Lookup; Empty when absent. May run __hash__/__eq__ of keys.
Value dict_get(Dict* d, Value key);
// Lookup by an interned or any str (no user code runs).
Value dict_get_str(Dict* d, Str* key);
void dict_set(Dict* d, Value key, Value value);
void dict_set_str(Dict* d, const char* key, Value value);
// Removes key; returns the removed value or Empty when absent.
Value dict_pop(Dict* d, Value key);
Dict* dict_copy(Dict* d);
// Merges every key/value of `other` (a dict, or a mapping with keys(), or an
// iterable of pairs) into d, as dict.update does.
void dict_update(Dict* d, Value other);
// Iteration: for (int64_t i = 0; dict_next(d, &i, &k, &v);) ...
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);

void init_dict_type();

}  // namespace coil
