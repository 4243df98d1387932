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
  uint64_t version;    // bumped when keys are added or removed (entry positions change), not on value updates
  int64_t usable;      // insertions left before a resize (not restored by deletions)
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

// ---- Additional entry points (container owner) ----
// Lookup/insert/delete with a precomputed hash (hash_value(key)).
Value dict_get_hashed(Dict* d, Value key, int64_t hash);
void dict_set_hashed(Dict* d, Value key, int64_t hash, Value value);
Value dict_pop_hashed(Dict* d, Value key, int64_t hash);
bool dict_contains(Dict* d, Value key);
// Position of a str key in d->entries, or -1 (for inline caches keyed on
// d->version; no user code runs).
int64_t dict_find_str(Dict* d, Str* key);
// d[key] as the language does it: KeyError, or type(d).__missing__ for
// dict subclasses.
Value dict_getitem(Dict* d, Value key);
// del d[key]: KeyError when absent.
void dict_delitem(Dict* d, Value key);
void dict_clear(Dict* d);
// dict_next that also yields the stored hash.
bool dict_next_hashed(Dict* d, int64_t* pos, Value* key, Value* value, int64_t* hash);
// dict.update(other) for a dict `other` (fast path of dict_update).
void dict_merge(Dict* d, Dict* other, bool override = true);
// Keyword arguments (values args[0..n), names kwnames) into d.
void dict_update_kwargs(Dict* d, const Value* values, Tuple* kwnames);
// d1 == d2 (order-insensitive; values compared with ==).
bool dict_equal(Dict* a, Dict* b);

// dict.keys() / values() / items(): a live view of one dict.
struct DictView : Object {
  Dict* dict;
};
Value make_dict_view(Type* view_type, Dict* d);

void init_dict_type();
// Registers dict_keys / dict_values / dict_items (core/dict_views.cpp);
// called by init_dict_type().
void init_dict_view_types();

}  // namespace coil
