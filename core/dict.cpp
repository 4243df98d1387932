// Coil — dict: CPython 3.11's compact, insertion-ordered hash table.
//
// `entries` holds (hash, key, value) in insertion order; `index` is an
// open-addressed table of entry positions probed with CPython's sequence
// (i = i*5 + perturb + 1, perturb >>= 5). The index has 2^k slots, of which
// at most 2/3 are ever used by entries (`capacity`); `usable` counts the
// insertions left before a resize, and deletions do not give it back, so
// the index always keeps empty slots that end failing probes. A resize
// compacts the entries, dropping deleted ones.
//
// A lookup that runs a user __eq__ re-checks that the table and the entry
// are unchanged afterwards and restarts otherwise, as CPython does.
// A zero-filled Dict (no entries, no index) is a valid empty dict.
#include "core/dict.h"

#include <cstring>
#include <string>

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/errors.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/set.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

using namespace detail;

// ---------------------------------------------------------------------------
// Table layout
// ---------------------------------------------------------------------------

namespace {

constexpr int64_t kMinSize = 8;
constexpr int32_t kIxEmpty = -1;
constexpr int32_t kIxDummy = -2;

inline int64_t usable_fraction(int64_t size) { return (size << 1) / 3; }

// Smallest power of two >= minsize (at least kMinSize).
int64_t index_size_for(int64_t minsize) {
  int64_t size = kMinSize;
  while (size < minsize) size <<= 1;
  if (size > (int64_t{1} << 31)) raise(exc::MemoryError, "");
  return size;
}

// Installs fresh, empty storage with an index of `size` slots.
void new_storage(Dict* d, int64_t size) {
  auto* index = static_cast<int32_t*>(gc_alloc_atomic(static_cast<size_t>(size) * sizeof(int32_t)));
  std::memset(index, 0xff, static_cast<size_t>(size) * sizeof(int32_t));  // all kIxEmpty
  int64_t cap = usable_fraction(size);
  d->entries = static_cast<DictEntry*>(gc_alloc(static_cast<size_t>(cap) * sizeof(DictEntry)));
  d->index = index;
  d->mask = size - 1;
  d->capacity = cap;
  d->usable = cap;
  d->nentries = 0;
}

// First index slot for `hash` that holds no live entry (empty or dummy).
inline uint64_t find_empty_slot(const int32_t* index, uint64_t mask, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (index[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Index slot that points at entry `ix`.
inline uint64_t find_index_slot(const int32_t* index, uint64_t mask, int64_t hash, int64_t ix) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  while (index[i] != ix) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the table with an index of at least `minsize` slots, keeping only
// live entries, in order.
void resize(Dict* d, int64_t minsize) {
  DictEntry* old = d->entries;
  int64_t old_n = d->nentries;
  new_storage(d, index_size_for(minsize));
  DictEntry* dst = d->entries;
  uint64_t mask = static_cast<uint64_t>(d->mask);
  int64_t n = 0;
  for (int64_t i = 0; i < old_n; i++) {
    if (old[i].key.is_empty()) continue;
    dst[n] = old[i];
    d->index[find_empty_slot(d->index, mask, old[i].hash)] = static_cast<int32_t>(n);
    n++;
  }
  d->nentries = n;
  d->usable -= n;
}

inline void insertion_resize(Dict* d) { resize(d, d->used * 3); }

// Entry position of `key`, or -1. May run key.__eq__. When absent and
// `free_slot` is given, it receives the first index slot of the probe
// sequence without a live entry (where an insertion goes, as CPython's
// find_empty_slot), or -1 when the dict has no table yet.
int64_t lookup(Dict* d, Value key, int64_t hash, int64_t* free_slot = nullptr) {
restart:
  if (free_slot) *free_slot = -1;
  if (!d->index) return -1;
  DictEntry* entries = d->entries;
  const int32_t* index = d->index;
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  int64_t first_dummy = -1;
  for (;;) {
    int32_t ix = index[i];
    if (ix == kIxEmpty) {
      if (free_slot) *free_slot = first_dummy >= 0 ? first_dummy : static_cast<int64_t>(i);
      return -1;
    }
    if (ix == kIxDummy) {
      if (first_dummy < 0) first_dummy = static_cast<int64_t>(i);
    } else {
      DictEntry* e = &entries[ix];
      Value k = e->key;
      if (k.is(key)) return ix;
      if (e->hash == hash) {
        if (is_exact_str(k) && is_exact_str(key)) {
          if (str_equal(k.as<Str>(), key.as<Str>())) return ix;
        } else if (!(k.is_int() && key.is_int())) {
          bool eq = equals(k, key);
          if (d->entries != entries || d->index != index || !e->key.is(k)) goto restart;
          if (eq) return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Entry position of a str key, or -1. Runs no user code.
inline int64_t lookup_str(Dict* d, Str* key) {
  if (d->nentries == 0) return -1;
  int64_t hash = key->hash != -1 ? key->hash : str_hash(key);
  const DictEntry* entries = d->entries;
  const int32_t* index = d->index;
  uint64_t mask = static_cast<uint64_t>(d->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    int32_t ix = index[i];
    if (ix == kIxEmpty) return -1;
    if (ix >= 0) {
      const DictEntry* e = &entries[ix];
      if (e->key.as_object() == key) return ix;
      if (e->hash == hash && e->key.is_object() && e->key.as_object()->type->layout == Layout::STR &&
          str_equal(e->key.as<Str>(), key))
        return ix;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Appends a new entry for a key known to be absent; `slot` is the index
// slot found by the failed lookup (-1: find it here).
inline void insert_new(Dict* d, Value key, int64_t hash, Value value, int64_t slot = -1) {
  if (d->usable <= 0) {
    insertion_resize(d);
    slot = -1;
  }
  if (slot < 0) slot = static_cast<int64_t>(find_empty_slot(d->index, static_cast<uint64_t>(d->mask), hash));
  int64_t ix = d->nentries;
  d->index[slot] = static_cast<int32_t>(ix);
  d->entries[ix] = {hash, key, value};
  d->nentries = ix + 1;
  d->usable--;
  d->used++;
  d->version++;
}

// Removes entry `ix` (found by a lookup with `hash`).
inline Value delete_entry(Dict* d, int64_t ix, int64_t hash) {
  uint64_t slot = find_index_slot(d->index, static_cast<uint64_t>(d->mask), hash, ix);
  d->index[slot] = kIxDummy;
  DictEntry* e = &d->entries[ix];
  Value old = e->value;
  e->key = Value::empty();
  e->value = Value::empty();
  d->used--;
  d->version++;
  return old;
}

}  // namespace

// ---------------------------------------------------------------------------
// The C++ interface
// ---------------------------------------------------------------------------

Dict* make_dict(int64_t capacity) {
  auto* d = alloc<Dict>(types::dict);
  if (capacity > 0) new_storage(d, index_size_for((capacity * 3 + 1) / 2));
  return d;
}

Value dict_get_hashed(Dict* d, Value key, int64_t hash) {
  int64_t ix = lookup(d, key, hash);
  return ix < 0 ? Value::empty() : d->entries[ix].value;
}

Value dict_get(Dict* d, Value key) {
  if (is_exact_str(key)) {
    int64_t ix = lookup_str(d, key.as<Str>());
    return ix < 0 ? Value::empty() : d->entries[ix].value;
  }
  return dict_get_hashed(d, key, fast_hash(key));
}

Value dict_get_str(Dict* d, Str* key) {
  int64_t ix = lookup_str(d, key);
  return ix < 0 ? Value::empty() : d->entries[ix].value;
}

int64_t dict_find_str(Dict* d, Str* key) { return lookup_str(d, key); }

bool dict_contains(Dict* d, Value key) {
  if (is_exact_str(key)) return lookup_str(d, key.as<Str>()) >= 0;
  return lookup(d, key, fast_hash(key)) >= 0;
}

void dict_set_hashed(Dict* d, Value key, int64_t hash, Value value) {
  int64_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix >= 0) {
    // No version bump: caches keyed on the version hold entry positions and
    // read values live, so replacing a value keeps them valid.
    d->entries[ix].value = value;
    return;
  }
  insert_new(d, key, hash, value, slot);
}

void dict_set(Dict* d, Value key, Value value) {
  dict_set_hashed(d, key, fast_hash(key), value);
}

void dict_set_str(Dict* d, const char* key, Value value) { dict_set(d, Value::object(intern(key)), value); }

Value dict_pop_hashed(Dict* d, Value key, int64_t hash) {
  int64_t ix = lookup(d, key, hash);
  if (ix < 0) return Value::empty();
  return delete_entry(d, ix, hash);
}

Value dict_pop(Dict* d, Value key) { return dict_pop_hashed(d, key, fast_hash(key)); }

Value dict_getitem(Dict* d, Value key) {
  int64_t hash = fast_hash(key);
  int64_t ix = lookup(d, key, hash);
  if (ix >= 0) return d->entries[ix].value;
  if (d->type != types::dict) {
    Value missing = type_lookup(d->type, names::__missing__);
    if (!missing.is_empty()) return call_special(Value::object(d), names::__missing__, &key, 1);
  }
  raise_key_error(key);
}

void dict_delitem(Dict* d, Value key) {
  if (dict_pop(d, key).is_empty()) raise_key_error(key);
}

void dict_clear(Dict* d) {
  d->entries = nullptr;
  d->index = nullptr;
  d->mask = 0;
  d->capacity = 0;
  d->usable = 0;
  d->nentries = 0;
  d->used = 0;
  d->version++;
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  int64_t i = *pos;
  int64_t n = d->nentries;
  const DictEntry* e = d->entries;
  while (i < n && e[i].key.is_empty()) i++;
  if (i >= n) {
    *pos = i;
    return false;
  }
  *key = e[i].key;
  if (value) *value = e[i].value;
  *pos = i + 1;
  return true;
}

bool dict_next_hashed(Dict* d, int64_t* pos, Value* key, Value* value, int64_t* hash) {
  int64_t i = *pos;
  int64_t n = d->nentries;
  const DictEntry* e = d->entries;
  while (i < n && e[i].key.is_empty()) i++;
  if (i >= n) {
    *pos = i;
    return false;
  }
  *key = e[i].key;
  if (value) *value = e[i].value;
  if (hash) *hash = e[i].hash;
  *pos = i + 1;
  return true;
}

Dict* dict_copy(Dict* d) {
  Dict* r = alloc<Dict>(types::dict);
  if (d->used == 0) return r;
  if (d->used == d->nentries) {
    // No holes: clone the arrays as they are.
    int64_t size = d->mask + 1;
    r->index = static_cast<int32_t*>(gc_alloc_atomic(static_cast<size_t>(size) * sizeof(int32_t)));
    std::memcpy(r->index, d->index, static_cast<size_t>(size) * sizeof(int32_t));
    r->entries = static_cast<DictEntry*>(gc_alloc(static_cast<size_t>(d->capacity) * sizeof(DictEntry)));
    std::memcpy(static_cast<void*>(r->entries), d->entries, static_cast<size_t>(d->nentries) * sizeof(DictEntry));
    r->mask = d->mask;
    r->capacity = d->capacity;
    r->usable = d->usable;
    r->nentries = d->nentries;
    r->used = d->used;
    return r;
  }
  new_storage(r, index_size_for((d->used * 3 + 1) / 2));
  Value k, v;
  int64_t h;
  for (int64_t p = 0; dict_next_hashed(d, &p, &k, &v, &h);) insert_new(r, k, h, v);
  return r;
}

void dict_merge(Dict* d, Dict* other, bool override) {
  if (other == d || other->used == 0) return;
  if (d->used == 0 && other->used == other->nentries && override) {
    Dict* c = dict_copy(other);
    d->entries = c->entries;
    d->index = c->index;
    d->mask = c->mask;
    d->capacity = c->capacity;
    d->usable = c->usable;
    d->nentries = c->nentries;
    d->used = c->used;
    d->version++;
    return;
  }
  if (d->usable < other->used) resize(d, ((d->used + other->used) * 3 + 1) / 2);
  int64_t n = other->used;
  for (int64_t i = 0; i < other->nentries; i++) {
    DictEntry e = other->entries[i];
    if (e.key.is_empty()) continue;
    if (override) {
      dict_set_hashed(d, e.key, e.hash, e.value);
    } else if (lookup(d, e.key, e.hash) < 0) {
      insert_new(d, e.key, e.hash, e.value);
    }
    if (other->used != n) raise(exc::RuntimeError, "dict mutated during update");
  }
}

void dict_update_kwargs(Dict* d, const Value* values, Tuple* kwnames) {
  if (!kwnames) return;
  for (int64_t i = 0; i < kwnames->length; i++) dict_set(d, (*kwnames)[i], values[i]);
}

namespace {

Value g_dict_iter;  // dict.__iter__, to recognise subclasses that keep it

// A dict, or a dict subclass that iterates like one: merged directly.
bool iterates_like_dict(Value v) {
  if (!isinstance(v, types::dict)) return false;
  Type* t = v.as_object()->type;
  return t == types::dict || type_lookup(t, names::__iter__).is(g_dict_iter);
}

// dict.update(iterable of pairs).
void merge_from_pairs(Dict* d, Value seq) {
  Value it = get_iter(seq);
  int64_t i = 0;
  for (Value item; !(item = next_item(it)).is_empty(); i++) {
    FastSeq f;
    if (item.is_object() && (item.as_object()->type == types::list || item.as_object()->type == types::tuple)) {
      f = fast_sequence(item, nullptr);
    } else {
      if (!is_iterable(item))
        raisef(exc::TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
               static_cast<long long>(i));
      f = fast_sequence(item, nullptr);
    }
    if (f.length != 2)
      raisef(exc::ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
             static_cast<long long>(i), static_cast<long long>(f.length));
    dict_set(d, f.items[0], f.items[1]);
  }
}

}  // namespace

void dict_update(Dict* d, Value other) {
  if (iterates_like_dict(other)) return dict_merge(d, other.as<Dict>(), true);
  if (!getattr_opt(other, names::keys).is_empty()) {
    Value keys = call_method(other, names::keys, nullptr, 0);
    Value it = get_iter(keys);
    for (Value k; !(k = next_item(it)).is_empty();) dict_set(d, k, getitem(other, k));
    return;
  }
  merge_from_pairs(d, other);
}

bool dict_equal(Dict* a, Dict* b) {
  if (a->used != b->used) return false;
  for (int64_t i = 0; i < a->nentries; i++) {
    DictEntry e = a->entries[i];
    if (e.key.is_empty()) continue;
    Value bv = dict_get_hashed(b, e.key, e.hash);
    if (bv.is_empty()) return false;
    if (!bv.is(e.value) && !fast_equals(e.value, bv)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Python-level methods
// ---------------------------------------------------------------------------

namespace {

inline Dict* self_dict(Value self) { return self.as<Dict>(); }

Value dict_new_m(Value, const Value* args, size_t nargs, Tuple*) {
  Type* cls = new_check_type("dict", args, nargs, types::dict);
  return Value::object(alloc_instance<Dict>(cls));
}

Value dict_init_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("dict", nargs, 0, 1);
  Dict* d = self_dict(self);
  if (nargs) dict_update(d, args[0]);
  dict_update_kwargs(d, args + nargs, kwnames);
  return Value::none();
}

Value dict_len_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.__len__", nargs, 0, 0);
  return Value::small_int(self_dict(self)->used);
}

Value dict_getitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__getitem__", nargs, 1, 1);
  return dict_getitem(self_dict(self), args[0]);
}

Value dict_setitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__setitem__", nargs, 2, 2);
  dict_set(self_dict(self), args[0], args[1]);
  return Value::none();
}

Value dict_delitem_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__delitem__", nargs, 1, 1);
  dict_delitem(self_dict(self), args[0]);
  return Value::none();
}

Value dict_contains_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__contains__", nargs, 1, 1);
  return Value::boolean(dict_contains(self_dict(self), args[0]));
}

Value dict_iter_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.__iter__", nargs, 0, 0);
  return make_dict_iterator(types::dict_keyiterator, self_dict(self), false);
}

Value dict_reversed_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.__reversed__", nargs, 0, 0);
  return make_dict_iterator(types::dict_keyiterator, self_dict(self), true);
}

Value dict_repr_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.__repr__", nargs, 0, 0);
  Dict* d = self_dict(self);
  if (d->used == 0) return str_value("{}");
  if (!repr_enter(d)) return str_value("{...}");
  std::string out = "{";
  try {
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
      DictEntry e = d->entries[i];
      if (e.key.is_empty()) continue;
      if (!first) out += ", ";
      first = false;
      append_repr(out, e.key);
      out += ": ";
      append_repr(out, e.value);
    }
  } catch (...) {
    repr_leave(d);
    throw;
  }
  repr_leave(d);
  out += '}';
  return str_from(out);
}

Value dict_eq_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__eq__", nargs, 1, 1);
  if (!isinstance(args[0], types::dict)) return g_not_implemented;
  return Value::boolean(dict_equal(self_dict(self), args[0].as<Dict>()));
}

Value dict_ne_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__ne__", nargs, 1, 1);
  if (!isinstance(args[0], types::dict)) return g_not_implemented;
  return Value::boolean(!dict_equal(self_dict(self), args[0].as<Dict>()));
}

Value dict_or_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__or__", nargs, 1, 1);
  if (!isinstance(args[0], types::dict)) return g_not_implemented;
  Dict* r = dict_copy(self_dict(self));
  dict_update(r, args[0]);
  return Value::object(r);
}

Value dict_ror_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__ror__", nargs, 1, 1);
  if (!isinstance(args[0], types::dict)) return g_not_implemented;
  Dict* r = dict_copy(args[0].as<Dict>());
  dict_update(r, self);
  return Value::object(r);
}

Value dict_ior_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("dict.__ior__", nargs, 1, 1);
  dict_update(self_dict(self), args[0]);
  return self;
}

Value dict_get_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("get", kwnames);
  check_nargs("get", nargs, 1, 2);
  Value v = dict_get(self_dict(self), args[0]);
  if (!v.is_empty()) return v;
  return nargs > 1 ? args[1] : Value::none();
}

Value dict_setdefault_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("setdefault", kwnames);
  check_nargs("setdefault", nargs, 1, 2);
  Dict* d = self_dict(self);
  Value key = args[0];
  int64_t hash = fast_hash(key);
  int64_t ix = lookup(d, key, hash);
  if (ix >= 0) return d->entries[ix].value;
  Value dflt = nargs > 1 ? args[1] : Value::none();
  insert_new(d, key, hash, dflt);
  return dflt;
}

Value dict_pop_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("pop", kwnames);
  check_nargs("pop", nargs, 1, 2);
  Value v = dict_pop(self_dict(self), args[0]);
  if (!v.is_empty()) return v;
  if (nargs > 1) return args[1];
  raise_key_error(args[0]);
}

Value dict_popitem_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.popitem", nargs, 0, 0);
  Dict* d = self_dict(self);
  if (d->used == 0) raise(exc::KeyError, "popitem(): dictionary is empty");
  int64_t i = d->nentries - 1;
  while (i >= 0 && d->entries[i].key.is_empty()) i--;
  DictEntry e = d->entries[i];
  delete_entry(d, i, e.hash);
  d->nentries = i;  // the trailing holes go; `usable` is not given back
  return Value::object(make_tuple({e.key, e.value}));
}

Value dict_keys_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.keys", nargs, 0, 0);
  return make_dict_view(types::dict_keys, self_dict(self));
}

Value dict_values_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.values", nargs, 0, 0);
  return make_dict_view(types::dict_values, self_dict(self));
}

Value dict_items_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.items", nargs, 0, 0);
  return make_dict_view(types::dict_items, self_dict(self));
}

Value dict_update_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_nargs("update", nargs, 0, 1);
  Dict* d = self_dict(self);
  if (nargs) dict_update(d, args[0]);
  dict_update_kwargs(d, args + nargs, kwnames);
  return Value::none();
}

Value dict_clear_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.clear", nargs, 0, 0);
  dict_clear(self_dict(self));
  return Value::none();
}

Value dict_copy_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("dict.copy", nargs, 0, 0);
  return Value::object(dict_copy(self_dict(self)));
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
Value dict_fromkeys_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("fromkeys", kwnames);
  check_nargs("fromkeys", nargs - 1, 1, 2);
  Value cls = args[0];
  Value iterable = args[1];
  Value value = nargs > 2 ? args[2] : Value::none();
  Value d = call(cls, nullptr, 0);
  if (d.is_object() && d.as_object()->type == types::dict) {
    Dict* dd = d.as<Dict>();
    if (iterable.is_object()) {
      Object* o = iterable.as_object();
      if (o->type == types::dict) {
        Dict* src = static_cast<Dict*>(o);
        Value k;
        int64_t h;
        for (int64_t p = 0; dict_next_hashed(src, &p, &k, nullptr, &h);) dict_set_hashed(dd, k, h, value);
        return d;
      }
      if (o->type == types::set || o->type == types::frozenset) {
        Set* src = static_cast<Set*>(o);
        Value k;
        int64_t h;
        for (int64_t p = 0; set_next_hashed(src, &p, &k, &h);) dict_set_hashed(dd, k, h, value);
        return d;
      }
    }
    Value it = get_iter(iterable);
    for (Value k; !(k = next_item(it)).is_empty();) dict_set(dd, k, value);
    return d;
  }
  Value it = get_iter(iterable);
  for (Value k; !(k = next_item(it)).is_empty();) setitem(d, k, value);
  return d;
}

const MethodDef kDictMethods[] = {
    {"__new__", dict_new_m, MethodDef::kStatic},
    {"__init__", dict_init_m, MethodDef::kInstance},
    {"__len__", dict_len_m, MethodDef::kInstance},
    {"__getitem__", dict_getitem_m, MethodDef::kInstance},
    {"__setitem__", dict_setitem_m, MethodDef::kInstance},
    {"__delitem__", dict_delitem_m, MethodDef::kInstance},
    {"__contains__", dict_contains_m, MethodDef::kInstance},
    {"__iter__", dict_iter_m, MethodDef::kInstance},
    {"__reversed__", dict_reversed_m, MethodDef::kInstance},
    {"__repr__", dict_repr_m, MethodDef::kInstance},
    {"__eq__", dict_eq_m, MethodDef::kInstance},
    {"__ne__", dict_ne_m, MethodDef::kInstance},
    {"__or__", dict_or_m, MethodDef::kInstance},
    {"__ror__", dict_ror_m, MethodDef::kInstance},
    {"__ior__", dict_ior_m, MethodDef::kInstance},
    {"get", dict_get_m, MethodDef::kInstance},
    {"setdefault", dict_setdefault_m, MethodDef::kInstance},
    {"pop", dict_pop_m, MethodDef::kInstance},
    {"popitem", dict_popitem_m, MethodDef::kInstance},
    {"keys", dict_keys_m, MethodDef::kInstance},
    {"values", dict_values_m, MethodDef::kInstance},
    {"items", dict_items_m, MethodDef::kInstance},
    {"update", dict_update_m, MethodDef::kInstance},
    {"clear", dict_clear_m, MethodDef::kInstance},
    {"copy", dict_copy_m, MethodDef::kInstance},
    {"fromkeys", dict_fromkeys_m, MethodDef::kClass},
};

}  // namespace

void init_dict_type() {
  static bool done = false;
  if (done) return;
  done = true;
  add_methods(types::dict, kDictMethods);
  type_set_attr(types::dict, "__hash__", Value::none());
  g_dict_iter = dict_get_str(types::dict->dict, names::__iter__);
  init_dict_view_types();
}

}  // namespace coil
