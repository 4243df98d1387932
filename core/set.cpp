// Coil — set and frozenset: a port of CPython 3.11's Objects/setobject.c.
//
// The table is open-addressed with CPython's hybrid probing: from slot
// hash & mask, LINEAR_PROBES (9) neighbouring slots are inspected (when they
// fit before the end of the table), then `perturb >>= 5;
// i = (i * 5 + 1 + perturb) & mask`. A table starts with 8 slots and is
// resized when fill * 5 >= mask * 3, to the smallest power of two greater
// than used * 4 (used * 2 past 50000 items). Deleted entries become dummies
// (hash -1). Every algorithm below (add, merge, copy, the set operations,
// pop's search finger) follows CPython step by step, because a set's
// iteration order — and so every printed set — depends on the exact history
// of its table.
#include "core/set.h"

#include <cstring>
#include <string>

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

using namespace detail;

namespace {

constexpr int64_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

Object g_dummy_object{nullptr};
inline Value dummy() { return Value::object(&g_dummy_object); }
inline bool is_dummy(Value v) { return v.as_object() == &g_dummy_object; }
inline bool is_live(Value v) { return !v.is_empty() && !is_dummy(v); }

SetEntry* new_table(int64_t size) {
  return static_cast<SetEntry*>(gc_alloc(static_cast<size_t>(size) * sizeof(SetEntry)));
}

// A set made without make_set_of_type (zero-filled) gets its table here.
inline void ensure_table(Set* s) {
  if (!s->table) {
    s->table = new_table(kMinSize);
    s->mask = kMinSize - 1;
  }
}

inline bool entry_unused(const SetEntry* e) { return e->hash == 0 && e->key.is_empty(); }

// set_lookkey: the entry holding `key`, or the unused entry ending the probe.
SetEntry* lookkey(Set* s, Value key, int64_t hash) {
restart:
  ensure_table(s);
  SetEntry* table = s->table;
  uint64_t mask = static_cast<uint64_t>(s->mask);
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry_unused(entry)) return entry;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey.is(key)) return entry;
        if (is_exact_str(startkey) && is_exact_str(key)) {
          if (str_equal(startkey.as<Str>(), key.as<Str>())) return entry;
        } else if (!(startkey.is_int() && key.is_int())) {
          bool eq = equals(startkey, key);
          if (table != s->table || !entry->key.is(startkey)) goto restart;
          if (eq) return entry;
          mask = static_cast<uint64_t>(s->mask);
        }
      }
      entry++;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_insert_clean: places a key known to be absent into a table without
// dummies.
void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  SetEntry* entry;
  for (;;) {
    entry = &table[i];
    if (entry->key.is_empty()) goto found;
    if (i + kLinearProbes <= mask) {
      for (uint64_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key.is_empty()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  entry->key = key;
  entry->hash = hash;
}

// set_table_resize: rebuilds the table with the smallest size > minused.
void table_resize(Set* s, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  ensure_table(s);
  SetEntry* oldtable = s->table;
  int64_t oldmask = s->mask;
  // CPython keeps its small table in place when nothing is to be gained.
  if (newsize == kMinSize && oldmask == kMinSize - 1 && s->fill == s->used) return;
  SetEntry* newtable = new_table(newsize);
  s->mask = newsize - 1;
  s->table = newtable;
  uint64_t newmask = static_cast<uint64_t>(s->mask);
  if (s->fill == s->used) {
    for (SetEntry* e = oldtable; e <= oldtable + oldmask; e++)
      if (!e->key.is_empty()) insert_clean(newtable, newmask, e->key, e->hash);
  } else {
    s->fill = s->used;
    for (SetEntry* e = oldtable; e <= oldtable + oldmask; e++)
      if (is_live(e->key)) insert_clean(newtable, newmask, e->key, e->hash);
  }
}

// set_add_entry.
void add_entry(Set* s, Value key, int64_t hash) {
  SetEntry* freeslot;
  SetEntry* entry;
  uint64_t mask;
restart:
  ensure_table(s);
  mask = static_cast<uint64_t>(s->mask);
  {
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    freeslot = nullptr;
    for (;;) {
      entry = &s->table[i];
      uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      for (;;) {
        if (entry_unused(entry)) goto found_unused_or_dummy;
        if (entry->hash == hash) {
          Value startkey = entry->key;
          if (startkey.is(key)) return;
          if (is_exact_str(startkey) && is_exact_str(key)) {
            if (str_equal(startkey.as<Str>(), key.as<Str>())) return;
          } else if (!(startkey.is_int() && key.is_int())) {
            SetEntry* table = s->table;
            bool eq = equals(startkey, key);
            if (eq) return;
            if (table != s->table || !entry->key.is(startkey)) goto restart;
            mask = static_cast<uint64_t>(s->mask);
          }
        } else if (entry->hash == -1) {
          freeslot = entry;
        }
        entry++;
        if (probes-- == 0) break;
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
found_unused_or_dummy:
  if (freeslot) {
    s->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  s->fill++;
  s->used++;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<uint64_t>(s->fill) * 5 < mask * 3) return;
  table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

inline bool contains_entry(Set* s, Value key, int64_t hash) {
  if (!s->table) return false;
  return !lookkey(s, key, hash)->key.is_empty();
}

inline bool contains_key(Set* s, Value key) { return contains_entry(s, key, fast_hash(key)); }

inline void add_key(Set* s, Value key) { add_entry(s, key, fast_hash(key)); }

// set_discard_entry: true when found.
bool discard_entry(Set* s, Value key, int64_t hash) {
  if (!s->table) return false;
  SetEntry* e = lookkey(s, key, hash);
  if (e->key.is_empty()) return false;
  e->key = dummy();
  e->hash = -1;
  s->used--;
  return true;
}

inline bool discard_key(Set* s, Value key) { return discard_entry(s, key, fast_hash(key)); }

// set_empty_to_minsize (the search finger is kept, as in CPython).
void empty_to_minsize(Set* s) {
  s->table = new_table(kMinSize);
  s->fill = 0;
  s->used = 0;
  s->mask = kMinSize - 1;
  s->hash = -1;
}

// set_merge.
void merge(Set* so, Set* other) {
  if (other == so || other->used == 0) return;
  ensure_table(so);
  if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
      if (!other_entry->key.is_empty()) *so_entry = *other_entry;
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    SetEntry* newtable = so->table;
    uint64_t newmask = static_cast<uint64_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = other->mask + 1; i > 0; i--, other_entry++)
      if (is_live(other_entry->key)) insert_clean(newtable, newmask, other_entry->key, other_entry->hash);
    return;
  }
  for (int64_t i = 0; i <= other->mask; i++) {
    SetEntry e = other->table[i];
    if (is_live(e.key)) add_entry(so, e.key, e.hash);
  }
}

// set_update_internal.
void update_internal(Set* so, Value other) {
  if (is_anyset(other)) return merge(so, other.as<Set>());
  if (other.is_object() && other.as_object()->type == types::dict) {
    Dict* d = other.as<Dict>();
    int64_t dictsize = d->used;
    ensure_table(so);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) table_resize(so, (so->used + dictsize) * 2);
    Value k;
    int64_t h;
    for (int64_t p = 0; dict_next_hashed(d, &p, &k, nullptr, &h);) add_entry(so, k, h);
    return;
  }
  Value it = get_iter(other);
  for (Value k; !(k = next_item(it)).is_empty();) add_key(so, k);
}

// make_new_set.
Set* new_set(Type* type, Value iterable) {
  Set* s = make_set_of_type(type);
  if (!iterable.is_empty()) update_internal(s, iterable);
  return s;
}

// make_new_set_basetype: set for set subclasses, frozenset for frozenset ones.
Type* base_type(Type* t) {
  if (t == types::set || t == types::frozenset) return t;
  return is_subtype(t, types::set) ? types::set : types::frozenset;
}
Set* new_set_basetype(Type* type, Value iterable) { return new_set(base_type(type), iterable); }

inline Set* copy(Set* so) { return new_set_basetype(so->type, Value::object(so)); }

// set_swap_bodies.
void swap_bodies(Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->table, b->table);
  if (is_subtype(a->type, types::frozenset) && is_subtype(b->type, types::frozenset)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

// set_intersection.
Set* intersection(Set* so, Value other) {
  if (other.is_object() && other.as_object() == so) return copy(so);
  Set* result = new_set_basetype(so->type, Value::empty());
  if (is_anyset(other)) {
    Set* o = other.as<Set>();
    if (o->used > so->used) std::swap(so, o);
    Value key;
    int64_t hash;
    for (int64_t pos = 0; set_next_hashed(o, &pos, &key, &hash);)
      if (contains_entry(so, key, hash)) add_entry(result, key, hash);
    return result;
  }
  Value it = get_iter(other);
  for (Value key; !(key = next_item(it)).is_empty();) {
    int64_t hash = fast_hash(key);
    if (contains_entry(so, key, hash)) {
      add_entry(result, key, hash);
      if (result->used >= so->used) break;
    }
  }
  return result;
}

// set_difference_update_internal.
void difference_update_internal(Set* so, Value other) {
  if (other.is_object() && other.as_object() == so) {
    empty_to_minsize(so);
    return;
  }
  if (is_anyset(other)) {
    Set* o = other.as<Set>();
    if ((o->used >> 3) > so->used) o = intersection(so, other);
    Value key;
    int64_t hash;
    for (int64_t pos = 0; set_next_hashed(o, &pos, &key, &hash);) discard_entry(so, key, hash);
  } else {
    Value it = get_iter(other);
    for (Value key; !(key = next_item(it)).is_empty();) discard_key(so, key);
  }
  if (static_cast<uint64_t>(so->fill - so->used) <= static_cast<uint64_t>(so->mask) / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Set* copy_and_difference(Set* so, Value other) {
  Set* r = copy(so);
  difference_update_internal(r, other);
  return r;
}

// set_difference.
Set* difference(Set* so, Value other) {
  int64_t other_size;
  bool other_dict = other.is_object() && other.as_object()->type == types::dict;
  if (is_anyset(other)) other_size = other.as<Set>()->used;
  else if (other_dict) other_size = other.as<Dict>()->used;
  else return copy_and_difference(so, other);
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Set* result = new_set_basetype(so->type, Value::empty());
  Value key;
  int64_t hash;
  if (other_dict) {
    Dict* d = other.as<Dict>();
    for (int64_t pos = 0; set_next_hashed(so, &pos, &key, &hash);)
      if (dict_get_hashed(d, key, hash).is_empty()) add_entry(result, key, hash);
    return result;
  }
  Set* o = other.as<Set>();
  for (int64_t pos = 0; set_next_hashed(so, &pos, &key, &hash);)
    if (!contains_entry(o, key, hash)) add_entry(result, key, hash);
  return result;
}

// set_symmetric_difference_update.
void symmetric_difference_update(Set* so, Value other) {
  if (other.is_object() && other.as_object() == so) {
    empty_to_minsize(so);
    return;
  }
  Value key;
  int64_t hash;
  if (other.is_object() && other.as_object()->type == types::dict) {
    Dict* d = other.as<Dict>();
    for (int64_t pos = 0; dict_next_hashed(d, &pos, &key, nullptr, &hash);)
      if (!discard_entry(so, key, hash)) add_entry(so, key, hash);
    return;
  }
  Set* o = is_anyset(other) ? other.as<Set>() : new_set_basetype(so->type, other);
  for (int64_t pos = 0; set_next_hashed(o, &pos, &key, &hash);)
    if (!discard_entry(so, key, hash)) add_entry(so, key, hash);
}

Set* symmetric_difference(Set* so, Value other) {
  Set* o = new_set_basetype(so->type, other);
  symmetric_difference_update(o, Value::object(so));
  return o;
}

bool issubset(Set* so, Value other);

bool issuperset(Set* so, Value other) {
  if (is_anyset(other)) return issubset(other.as<Set>(), Value::object(so));
  Value it = get_iter(other);
  for (Value key; !(key = next_item(it)).is_empty();)
    if (!contains_key(so, key)) return false;
  return true;
}

bool issubset(Set* so, Value other) {
  if (!is_anyset(other)) {
    Set* tmp = intersection(so, other);
    return tmp->used == so->used;
  }
  Set* o = other.as<Set>();
  if (so->used > o->used) return false;
  Value key;
  int64_t hash;
  for (int64_t pos = 0; set_next_hashed(so, &pos, &key, &hash);)
    if (!contains_entry(o, key, hash)) return false;
  return true;
}

bool isdisjoint(Set* so, Value other) {
  if (other.is_object() && other.as_object() == so) return so->used == 0;
  if (other.is_object() && (other.as_object()->type == types::set || other.as_object()->type == types::frozenset)) {
    Set* o = other.as<Set>();
    if (o->used > so->used) std::swap(so, o);
    Value key;
    int64_t hash;
    for (int64_t pos = 0; set_next_hashed(o, &pos, &key, &hash);)
      if (contains_entry(so, key, hash)) return false;
    return true;
  }
  Value it = get_iter(other);
  for (Value key; !(key = next_item(it)).is_empty();)
    if (contains_key(so, key)) return false;
  return true;
}

// The key as a frozenset, for `set in s` / s.remove(set) after a TypeError.
template <class F>
auto with_frozen_retry(Value key, F f) -> decltype(f(key)) {
  try {
    return f(key);
  } catch (PyException& e) {
    if (!isinstance(key, types::set) || !exception_matches(e, exc::TypeError)) throw;
  }
  Set* tmp = new_set(types::frozenset, key);
  return f(Value::object(tmp));
}

}  // namespace

// ---------------------------------------------------------------------------
// The C++ interface
// ---------------------------------------------------------------------------

Value set_dummy() { return dummy(); }

bool is_anyset(Value v) {
  if (!v.is_object()) return false;
  Layout l = v.as_object()->type->layout;
  return l == Layout::SET || l == Layout::FROZENSET;
}

Set* make_set_of_type(Type* cls) {
  Set* s = alloc_instance<Set>(cls);
  s->table = new_table(kMinSize);
  s->mask = kMinSize - 1;
  s->hash = -1;
  return s;
}

Set* make_set() { return make_set_of_type(types::set); }
Set* make_frozenset() { return make_set_of_type(types::frozenset); }

Set* set_from_iterable(Value iterable) { return new_set(types::set, iterable); }

Set* frozenset_from_iterable(Value iterable) {
  if (iterable.is_object() && iterable.as_object()->type == types::frozenset) return iterable.as<Set>();
  return new_set(types::frozenset, iterable);
}

void set_add(Set* s, Value key) { add_key(s, key); }
void set_add_hashed(Set* s, Value key, int64_t hash) { add_entry(s, key, hash); }

bool set_contains(Set* s, Value key) {
  return with_frozen_retry(key, [s](Value k) { return contains_key(s, k); });
}

bool set_contains_hashed(Set* s, Value key, int64_t hash) { return contains_entry(s, key, hash); }

bool set_discard(Set* s, Value key) { return discard_key(s, key); }

void set_update(Set* s, Value iterable) { update_internal(s, iterable); }

bool set_next_hashed(Set* s, int64_t* pos, Value* key, int64_t* hash) {
  int64_t i = *pos;
  if (!s->table) return false;
  int64_t mask = s->mask;
  const SetEntry* entry = &s->table[i];
  while (i <= mask && !is_live(entry->key)) {
    i++;
    entry++;
  }
  *pos = i + 1;
  if (i > mask) return false;
  *key = entry->key;
  if (hash) *hash = entry->hash;
  return true;
}

bool set_next(Set* s, int64_t* pos, Value* key) { return set_next_hashed(s, pos, key, nullptr); }

Value set_pop(Set* s) {
  if (s->used == 0) raise(exc::KeyError, "pop from an empty set");
  SetEntry* entry = s->table + (s->finger & s->mask);
  SetEntry* limit = s->table + s->mask;
  while (!is_live(entry->key)) {
    entry++;
    if (entry > limit) entry = s->table;
  }
  Value key = entry->key;
  entry->key = dummy();
  entry->hash = -1;
  s->used--;
  s->finger = entry - s->table + 1;
  return key;
}

void set_clear(Set* s) { empty_to_minsize(s); }

int64_t frozenset_hash(Set* s) {
  if (s->hash != -1) return s->hash;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  ensure_table(s);
  uint64_t hash = 0;
  for (const SetEntry* e = s->table; e <= &s->table[s->mask]; e++) hash ^= shuffle(static_cast<uint64_t>(e->hash));
  if ((s->mask + 1 - s->fill) & 1) hash ^= shuffle(0);
  if ((s->fill - s->used) & 1) hash ^= shuffle(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  s->hash = static_cast<int64_t>(hash);
  return s->hash;
}

void set_symmetric_difference_update(Set* s, Value other) { symmetric_difference_update(s, other); }
void set_difference_update(Set* s, Value other) { difference_update_internal(s, other); }
Set* set_intersection(Set* s, Value other) { return intersection(s, other); }

// ---------------------------------------------------------------------------
// Iterator
// ---------------------------------------------------------------------------

Value set_iter_next(Object* o) {
  auto* it = static_cast<SetIterator*>(o);
  Set* s = it->set;
  if (!s) return Value::empty();
  if (it->used != s->used) {
    it->used = -1;
    raise(exc::RuntimeError, "Set changed size during iteration");
  }
  int64_t i = it->pos;
  int64_t mask = s->mask;
  const SetEntry* table = s->table;
  while (i <= mask && !is_live(table[i].key)) i++;
  it->pos = i + 1;
  if (i > mask) {
    it->set = nullptr;
    return Value::empty();
  }
  it->remaining--;
  return table[i].key;
}

Value make_set_iterator(Set* s) {
  ensure_table(s);
  auto* it = alloc<SetIterator>(types::set_iterator);
  it->next = set_iter_next;
  it->set = s;
  it->used = s->used;
  it->remaining = s->used;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// Python-level methods
// ---------------------------------------------------------------------------

namespace {

inline Set* self_set(Value self) { return self.as<Set>(); }

Value set_new_m(Value, const Value* args, size_t nargs, Tuple*) {
  Type* cls = new_check_type("set", args, nargs, types::set);
  return Value::object(make_set_of_type(cls));
}

Value set_init_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("set", kwnames);
  check_nargs(type_name(self), nargs, 0, 1);
  Set* s = self_set(self);
  if (s->fill) empty_to_minsize(s);
  s->hash = -1;
  if (nargs) update_internal(s, args[0]);
  return Value::none();
}

Value frozenset_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("frozenset", args, nargs, types::frozenset);
  args++;
  nargs--;
  if (cls == types::frozenset) no_kwargs("frozenset", kwnames);
  check_nargs(std::string(type_name_view(cls)).c_str(), nargs, 0, 1);
  Value iterable = nargs ? args[0] : Value::empty();
  if (cls == types::frozenset && iterable.is_object() && iterable.as_object()->type == types::frozenset)
    return iterable;
  return Value::object(new_set(cls, iterable));
}

Value set_len_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__len__", nargs, 0, 0);
  return Value::small_int(self_set(self)->used);
}

Value set_iter_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__iter__", nargs, 0, 0);
  return make_set_iterator(self_set(self));
}

Value set_contains_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("set.__contains__", nargs, 1, 1);
  return Value::boolean(set_contains(self_set(self), args[0]));
}

Value set_repr_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__repr__", nargs, 0, 0);
  Set* s = self_set(self);
  std::string name(type_name_view(s->type));
  if (!repr_enter(s)) return str_from(name.append("(...)"));
  if (s->used == 0) {
    repr_leave(s);
    return str_from(name.append("()"));
  }
  std::string out;
  try {
    List* keys = list_from_iterable(self);
    Str* lr = repr(Value::object(keys));
    std::string_view body = lr->view().substr(1, static_cast<size_t>(lr->size) - 2);
    bool plain = s->type == types::set;
    out.reserve(name.size() + body.size() + 4);
    if (!plain) {
      out.append(name);
      out.push_back('(');
    }
    out.push_back('{');
    out.append(body);
    out.push_back('}');
    if (!plain) out.push_back(')');
  } catch (...) {
    repr_leave(s);
    throw;
  }
  repr_leave(s);
  return str_from(out);
}

Value frozenset_hash_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__hash__", nargs, 0, 0);
  return make_int(frozenset_hash(self_set(self)));
}

Value set_add_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("set.add", nargs, 1, 1);
  add_key(self_set(self), args[0]);
  return Value::none();
}

Value set_remove_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("set.remove", nargs, 1, 1);
  Set* s = self_set(self);
  if (!with_frozen_retry(args[0], [s](Value k) { return discard_key(s, k); })) raise_key_error(args[0]);
  return Value::none();
}

Value set_discard_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("set.discard", nargs, 1, 1);
  Set* s = self_set(self);
  with_frozen_retry(args[0], [s](Value k) { return discard_key(s, k); });
  return Value::none();
}

Value set_pop_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("set.pop", nargs, 0, 0);
  return set_pop(self_set(self));
}

Value set_clear_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("set.clear", nargs, 0, 0);
  set_clear(self_set(self));
  return Value::none();
}

Value set_copy_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("set.copy", nargs, 0, 0);
  return Value::object(copy(self_set(self)));
}

Value frozenset_copy_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("frozenset.copy", nargs, 0, 0);
  if (self.as_object()->type == types::frozenset) return self;
  return Value::object(copy(self_set(self)));
}

Value set_update_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("set.update", kwnames);
  for (size_t i = 0; i < nargs; i++) update_internal(self_set(self), args[i]);
  return Value::none();
}

// union/intersection/difference are shared by set and frozenset; the name
// in messages follows the receiver's base type.
const char* kind_name(Value self, const char* set_name, const char* frozen_name) {
  return isinstance(self, types::set) ? set_name : frozen_name;
}

Value set_union_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs(kind_name(self, "set.union", "frozenset.union"), kwnames);
  Set* so = self_set(self);
  Set* result = copy(so);
  for (size_t i = 0; i < nargs; i++) {
    if (args[i].is_object() && args[i].as_object() == so) continue;
    update_internal(result, args[i]);
  }
  return Value::object(result);
}

Value set_intersection_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs(kind_name(self, "set.intersection", "frozenset.intersection"), kwnames);
  Set* so = self_set(self);
  if (nargs == 0) return Value::object(copy(so));
  Set* result = so;
  for (size_t i = 0; i < nargs; i++) result = intersection(result, args[i]);
  return Value::object(result);
}

Value set_intersection_update_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("set.intersection_update", kwnames);
  Set* so = self_set(self);
  Set* tmp;
  if (nargs == 0) {
    tmp = copy(so);
  } else {
    tmp = so;
    for (size_t i = 0; i < nargs; i++) tmp = intersection(tmp, args[i]);
  }
  swap_bodies(so, tmp);
  return Value::none();
}

Value set_difference_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs(kind_name(self, "set.difference", "frozenset.difference"), kwnames);
  Set* so = self_set(self);
  if (nargs == 0) return Value::object(copy(so));
  Set* result = difference(so, args[0]);
  for (size_t i = 1; i < nargs; i++) difference_update_internal(result, args[i]);
  return Value::object(result);
}

Value set_difference_update_m(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("set.difference_update", kwnames);
  for (size_t i = 0; i < nargs; i++) difference_update_internal(self_set(self), args[i]);
  return Value::none();
}

Value set_symmetric_difference_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs(kind_name(self, "set.symmetric_difference", "frozenset.symmetric_difference"), nargs, 1, 1);
  return Value::object(symmetric_difference(self_set(self), args[0]));
}

Value set_symmetric_difference_update_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("set.symmetric_difference_update", nargs, 1, 1);
  symmetric_difference_update(self_set(self), args[0]);
  return Value::none();
}

Value set_issubset_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs(kind_name(self, "set.issubset", "frozenset.issubset"), nargs, 1, 1);
  return Value::boolean(issubset(self_set(self), args[0]));
}

Value set_issuperset_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs(kind_name(self, "set.issuperset", "frozenset.issuperset"), nargs, 1, 1);
  return Value::boolean(issuperset(self_set(self), args[0]));
}

Value set_isdisjoint_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs(kind_name(self, "set.isdisjoint", "frozenset.isdisjoint"), nargs, 1, 1);
  return Value::boolean(isdisjoint(self_set(self), args[0]));
}

// ---- Operators ----

Value set_or(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return g_not_implemented;
  Set* result = copy(a.as<Set>());
  if (a.is(b)) return Value::object(result);
  update_internal(result, b);
  return Value::object(result);
}

Value set_and(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return g_not_implemented;
  return Value::object(intersection(a.as<Set>(), b));
}

Value set_sub(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return g_not_implemented;
  return Value::object(difference(a.as<Set>(), b));
}

Value set_xor(Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return g_not_implemented;
  return Value::object(symmetric_difference(a.as<Set>(), b));
}

#define COIL_SET_BINOP(NAME, FN)                                                 \
  Value set_##NAME##_m(Value self, const Value* args, size_t nargs, Tuple*) {    \
    check_nargs("__" #NAME "__", nargs, 1, 1);                                   \
    return FN(self, args[0]);                                                    \
  }                                                                              \
  Value set_r##NAME##_m(Value self, const Value* args, size_t nargs, Tuple*) {   \
    check_nargs("__r" #NAME "__", nargs, 1, 1);                                  \
    return FN(args[0], self);                                                    \
  }
COIL_SET_BINOP(or, set_or)
COIL_SET_BINOP(and, set_and)
COIL_SET_BINOP(sub, set_sub)
COIL_SET_BINOP(xor, set_xor)
#undef COIL_SET_BINOP

Value set_ior_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__ior__", nargs, 1, 1);
  if (!is_anyset(args[0])) return g_not_implemented;
  update_internal(self_set(self), args[0]);
  return self;
}

Value set_iand_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__iand__", nargs, 1, 1);
  if (!is_anyset(args[0])) return g_not_implemented;
  Set* so = self_set(self);
  swap_bodies(so, intersection(so, args[0]));
  return self;
}

Value set_isub_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__isub__", nargs, 1, 1);
  if (!is_anyset(args[0])) return g_not_implemented;
  difference_update_internal(self_set(self), args[0]);
  return self;
}

Value set_ixor_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__ixor__", nargs, 1, 1);
  if (!is_anyset(args[0])) return g_not_implemented;
  symmetric_difference_update(self_set(self), args[0]);
  return self;
}

// set_richcompare.
Value set_compare(Value self, Value w, CompareOp op) {
  if (!is_anyset(w)) return g_not_implemented;
  Set* v = self_set(self);
  Set* o = w.as<Set>();
  switch (op) {
    case CompareOp::EQ:
      if (v->used != o->used) return Value::boolean(false);
      if (v->hash != -1 && o->hash != -1 && v->hash != o->hash) return Value::boolean(false);
      return Value::boolean(issubset(v, w));
    case CompareOp::NE:
      if (v->used != o->used) return Value::boolean(true);
      if (v->hash != -1 && o->hash != -1 && v->hash != o->hash) return Value::boolean(true);
      return Value::boolean(!issubset(v, w));
    case CompareOp::LE:
      return Value::boolean(issubset(v, w));
    case CompareOp::GE:
      return Value::boolean(issuperset(v, w));
    case CompareOp::LT:
      if (v->used >= o->used) return Value::boolean(false);
      return Value::boolean(issubset(v, w));
    case CompareOp::GT:
      if (v->used <= o->used) return Value::boolean(false);
      return Value::boolean(issuperset(v, w));
  }
  return g_not_implemented;
}

#define COIL_SET_CMP(NAME, OP)                                                   \
  Value set_##NAME##_m(Value self, const Value* args, size_t nargs, Tuple*) {    \
    check_nargs("__" #NAME "__", nargs, 1, 1);                                   \
    return set_compare(self, args[0], CompareOp::OP);                            \
  }
COIL_SET_CMP(eq, EQ)
COIL_SET_CMP(ne, NE)
COIL_SET_CMP(lt, LT)
COIL_SET_CMP(le, LE)
COIL_SET_CMP(gt, GT)
COIL_SET_CMP(ge, GE)
#undef COIL_SET_CMP

#define COIL_SET_COMMON_METHODS                                                     \
  {"__len__", set_len_m, MethodDef::kInstance},                                     \
      {"__iter__", set_iter_m, MethodDef::kInstance},                               \
      {"__contains__", set_contains_m, MethodDef::kInstance},                       \
      {"__repr__", set_repr_m, MethodDef::kInstance},                               \
      {"__eq__", set_eq_m, MethodDef::kInstance},                                   \
      {"__ne__", set_ne_m, MethodDef::kInstance},                                   \
      {"__lt__", set_lt_m, MethodDef::kInstance},                                   \
      {"__le__", set_le_m, MethodDef::kInstance},                                   \
      {"__gt__", set_gt_m, MethodDef::kInstance},                                   \
      {"__ge__", set_ge_m, MethodDef::kInstance},                                   \
      {"__or__", set_or_m, MethodDef::kInstance},                                   \
      {"__ror__", set_ror_m, MethodDef::kInstance},                                 \
      {"__and__", set_and_m, MethodDef::kInstance},                                 \
      {"__rand__", set_rand_m, MethodDef::kInstance},                               \
      {"__sub__", set_sub_m, MethodDef::kInstance},                                 \
      {"__rsub__", set_rsub_m, MethodDef::kInstance},                               \
      {"__xor__", set_xor_m, MethodDef::kInstance},                                 \
      {"__rxor__", set_rxor_m, MethodDef::kInstance},                               \
      {"union", set_union_m, MethodDef::kInstance},                                 \
      {"intersection", set_intersection_m, MethodDef::kInstance},                   \
      {"difference", set_difference_m, MethodDef::kInstance},                       \
      {"symmetric_difference", set_symmetric_difference_m, MethodDef::kInstance},   \
      {"issubset", set_issubset_m, MethodDef::kInstance},                           \
      {"issuperset", set_issuperset_m, MethodDef::kInstance},                       \
      {"isdisjoint", set_isdisjoint_m, MethodDef::kInstance}

const MethodDef kSetMethods[] = {
    COIL_SET_COMMON_METHODS,
    {"__new__", set_new_m, MethodDef::kStatic},
    {"__init__", set_init_m, MethodDef::kInstance},
    {"__ior__", set_ior_m, MethodDef::kInstance},
    {"__iand__", set_iand_m, MethodDef::kInstance},
    {"__isub__", set_isub_m, MethodDef::kInstance},
    {"__ixor__", set_ixor_m, MethodDef::kInstance},
    {"add", set_add_m, MethodDef::kInstance},
    {"remove", set_remove_m, MethodDef::kInstance},
    {"discard", set_discard_m, MethodDef::kInstance},
    {"pop", set_pop_m, MethodDef::kInstance},
    {"clear", set_clear_m, MethodDef::kInstance},
    {"copy", set_copy_m, MethodDef::kInstance},
    {"update", set_update_m, MethodDef::kInstance},
    {"intersection_update", set_intersection_update_m, MethodDef::kInstance},
    {"difference_update", set_difference_update_m, MethodDef::kInstance},
    {"symmetric_difference_update", set_symmetric_difference_update_m, MethodDef::kInstance},
};

const MethodDef kFrozenSetMethods[] = {
    COIL_SET_COMMON_METHODS,
    {"__new__", frozenset_new_m, MethodDef::kStatic},
    {"__hash__", frozenset_hash_m, MethodDef::kInstance},
    {"copy", frozenset_copy_m, MethodDef::kInstance},
};

#undef COIL_SET_COMMON_METHODS

}  // namespace

void init_set_type() {
  static bool done = false;
  if (done) return;
  done = true;
  add_methods(types::set, kSetMethods);
  type_set_attr(types::set, "__hash__", Value::none());
  add_methods(types::frozenset, kFrozenSetMethods);
}

}  // namespace coil
