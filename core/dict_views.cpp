// Coil — dict views (dict_keys, dict_values, dict_items) and the dict
// iterators. Keys and items views are set-like: `&`, `|`, `-`, `^` build
// sets the way CPython's dictobject.c does (so results iterate in CPython's
// order), and comparisons are subset tests.
#include <string>

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/dict.h"
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
// Iterators
// ---------------------------------------------------------------------------

namespace {

[[noreturn]] void size_changed(DictIterator* it) {
  it->used = -1;  // sticky
  raise(exc::RuntimeError, "dictionary changed size during iteration");
}

// Position of the next live entry going forwards, or -1 at the end.
inline int64_t advance(DictIterator* it) {
  Dict* d = it->dict;
  if (!d) return -1;
  if (it->used != d->used) size_changed(it);
  int64_t i = it->pos;
  int64_t n = d->nentries;
  const DictEntry* e = d->entries;
  while (i < n && e[i].key.is_empty()) i++;
  if (i >= n) {
    it->dict = nullptr;
    return -1;
  }
  if (it->remaining == 0) {
    it->dict = nullptr;
    raise(exc::RuntimeError, "dictionary keys changed during iteration");
  }
  it->pos = i + 1;
  it->remaining--;
  return i;
}

// Position of the next live entry going backwards, or -1 at the end.
inline int64_t advance_reversed(DictIterator* it) {
  Dict* d = it->dict;
  if (!d) return -1;
  if (it->used != d->used) size_changed(it);
  int64_t i = it->pos;
  if (i >= d->nentries) i = d->nentries - 1;
  const DictEntry* e = d->entries;
  while (i >= 0 && e[i].key.is_empty()) i--;
  if (i < 0) {
    it->dict = nullptr;
    return -1;
  }
  it->pos = i - 1;
  it->remaining--;
  return i;
}

}  // namespace

Value dict_keyiter_next(Object* o) {
  auto* it = static_cast<DictIterator*>(o);
  int64_t i = advance(it);
  return i < 0 ? Value::empty() : it->dict->entries[i].key;
}

Value dict_valueiter_next(Object* o) {
  auto* it = static_cast<DictIterator*>(o);
  int64_t i = advance(it);
  return i < 0 ? Value::empty() : it->dict->entries[i].value;
}

Value dict_itemiter_next(Object* o) {
  auto* it = static_cast<DictIterator*>(o);
  int64_t i = advance(it);
  if (i < 0) return Value::empty();
  const DictEntry& e = it->dict->entries[i];
  return Value::object(make_tuple({e.key, e.value}));
}

Value dict_keyiter_reversed_next(Object* o) {
  auto* it = static_cast<DictIterator*>(o);
  int64_t i = advance_reversed(it);
  return i < 0 ? Value::empty() : it->dict->entries[i].key;
}

Value dict_valueiter_reversed_next(Object* o) {
  auto* it = static_cast<DictIterator*>(o);
  int64_t i = advance_reversed(it);
  return i < 0 ? Value::empty() : it->dict->entries[i].value;
}

Value dict_itemiter_reversed_next(Object* o) {
  auto* it = static_cast<DictIterator*>(o);
  int64_t i = advance_reversed(it);
  if (i < 0) return Value::empty();
  const DictEntry& e = it->dict->entries[i];
  return Value::object(make_tuple({e.key, e.value}));
}

Value make_dict_iterator(Type* type, Dict* d, bool reversed) {
  auto* it = alloc<DictIterator>(type);
  if (type == types::dict_valueiterator) it->next = reversed ? dict_valueiter_reversed_next : dict_valueiter_next;
  else if (type == types::dict_itemiterator) it->next = reversed ? dict_itemiter_reversed_next : dict_itemiter_next;
  else it->next = reversed ? dict_keyiter_reversed_next : dict_keyiter_next;
  it->dict = d;
  it->pos = reversed ? d->nentries - 1 : 0;
  it->used = d->used;
  it->remaining = d->used;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------

Value make_dict_view(Type* view_type, Dict* d) {
  auto* v = alloc<DictView>(view_type);
  v->dict = d;
  return Value::object(v);
}

namespace {

inline DictView* self_view(Value self) { return self.as<DictView>(); }
inline bool is_keys_view(Value v) { return v.is_object() && v.as_object()->type == types::dict_keys; }
inline bool is_items_view(Value v) { return v.is_object() && v.as_object()->type == types::dict_items; }
// dict_keys or dict_items: the set-like views.
inline bool is_set_view(Value v) { return is_keys_view(v) || is_items_view(v); }

Type* iterator_type_of(Value view) {
  Type* t = view.as_object()->type;
  if (t == types::dict_values) return types::dict_valueiterator;
  if (t == types::dict_items) return types::dict_itemiterator;
  return types::dict_keyiterator;
}

Value view_len(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__len__", nargs, 0, 0);
  return Value::small_int(self_view(self)->dict->used);
}

Value view_iter(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__iter__", nargs, 0, 0);
  return make_dict_iterator(iterator_type_of(self), self_view(self)->dict, false);
}

Value view_reversed(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__reversed__", nargs, 0, 0);
  return make_dict_iterator(iterator_type_of(self), self_view(self)->dict, true);
}

Value view_repr(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__repr__", nargs, 0, 0);
  Object* o = self.as_object();
  std::string_view name = type_name_view(o->type);
  if (!repr_enter(o)) return str_value("...");
  std::string out(name);
  try {
    List* l = list_from_iterable(self);
    out += '(';
    append_repr(out, Value::object(l));
    out += ')';
  } catch (...) {
    repr_leave(o);
    throw;
  }
  repr_leave(o);
  return str_from(out);
}

// `item in view` for keys and items views.
bool view_contains(DictView* v, Value item) {
  if (v->type == types::dict_keys) return dict_contains(v->dict, item);
  if (!isinstance(item, types::tuple)) return false;
  Tuple* t = item.as<Tuple>();
  if (t->length != 2) return false;
  Value found = dict_get(v->dict, (*t)[0]);
  if (found.is_empty()) return false;
  return fast_equals(found, (*t)[1]);
}

Value view_contains_m(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__contains__", nargs, 1, 1);
  return Value::boolean(view_contains(self_view(self), args[0]));
}

// set(x) as dictobject.c's dictviews_to_set: a keys view converts from its
// dict directly.
Set* view_to_set(Value x) {
  if (is_keys_view(x)) return set_from_iterable(Value::object(x.as<DictView>()->dict));
  return set_from_iterable(x);
}

// Every item of `a` is in `b` (b: a set or a view, or any container).
bool all_contained_in(Value a, Value b) {
  Value it = get_iter(a);
  for (Value x; !(x = next_item(it)).is_empty();) {
    bool in;
    if (is_set_view(b)) in = view_contains(b.as<DictView>(), x);
    else if (is_anyset(b)) in = set_contains(b.as<Set>(), x);
    else in = contains(b, x);
    if (!in) return false;
  }
  return true;
}

Value view_compare(Value self, Value other, CompareOp op) {
  if (!is_anyset(other) && !is_set_view(other)) return g_not_implemented;
  int64_t ls = length(self);
  int64_t lo = length(other);
  bool ok = false;
  switch (op) {
    case CompareOp::EQ:
    case CompareOp::NE:
      if (ls == lo) ok = all_contained_in(self, other);
      if (op == CompareOp::NE) ok = !ok;
      break;
    case CompareOp::LT:
      if (ls < lo) ok = all_contained_in(self, other);
      break;
    case CompareOp::LE:
      if (ls <= lo) ok = all_contained_in(self, other);
      break;
    case CompareOp::GT:
      if (ls > lo) ok = all_contained_in(other, self);
      break;
    case CompareOp::GE:
      if (ls >= lo) ok = all_contained_in(other, self);
      break;
  }
  return Value::boolean(ok);
}

#define COIL_VIEW_CMP(NAME, OP)                                                  \
  Value view_##NAME(Value self, const Value* args, size_t nargs, Tuple*) {       \
    check_nargs("__" #NAME "__", nargs, 1, 1);                                   \
    return view_compare(self, args[0], CompareOp::OP);                           \
  }
COIL_VIEW_CMP(eq, EQ)
COIL_VIEW_CMP(ne, NE)
COIL_VIEW_CMP(lt, LT)
COIL_VIEW_CMP(le, LE)
COIL_VIEW_CMP(gt, GT)
COIL_VIEW_CMP(ge, GE)
#undef COIL_VIEW_CMP

// dictviews_sub: set(a) - b, for a or b a view.
Value views_sub(Value a, Value b) {
  Set* r = view_to_set(a);
  set_difference_update(r, b);
  return Value::object(r);
}

// dictviews_or.
Value views_or(Value a, Value b) {
  Set* r = view_to_set(a);
  set_update(r, b);
  return Value::object(r);
}

// _PyDictView_Intersect: `self` is the view operand.
Value views_and(Value self, Value other) {
  if (!is_set_view(self)) std::swap(self, other);
  int64_t len_self = self_view(self)->dict->used;
  if (other.is_object() && other.as_object()->type == types::set && len_self <= other.as<Set>()->used)
    return Value::object(set_intersection(other.as<Set>(), self));
  if (is_set_view(other)) {
    int64_t len_other = self_view(other)->dict->used;
    if (len_other > len_self) std::swap(self, other);
  }
  Set* r = make_set();
  Value it = get_iter(other);
  DictView* v = self_view(self);
  for (Value x; !(x = next_item(it)).is_empty();)
    if (view_contains(v, x)) set_add(r, x);
  return Value::object(r);
}

// dictitems_xor: both operands items views.
Value items_xor(DictView* a, DictView* b) {
  Dict* tmp = dict_copy(a->dict);
  Set* r = make_set();
  Dict* d2 = b->dict;
  Value key, val2;
  int64_t hash;
  for (int64_t p = 0; dict_next_hashed(d2, &p, &key, &val2, &hash);) {
    Value val1 = dict_get_hashed(tmp, key, hash);
    bool to_delete = !val1.is_empty() && fast_equals(val1, val2);
    if (to_delete) dict_pop_hashed(tmp, key, hash);
    else set_add(r, Value::object(make_tuple({key, val2})));
  }
  set_update(r, make_dict_view(types::dict_items, tmp));
  return Value::object(r);
}

// dictviews_xor.
Value views_xor(Value a, Value b) {
  if (is_items_view(a) && is_items_view(b)) return items_xor(a.as<DictView>(), b.as<DictView>());
  Set* r = view_to_set(a);
  set_symmetric_difference_update(r, b);
  return Value::object(r);
}

#define COIL_VIEW_BINOP(NAME, FN)                                                \
  Value view_##NAME(Value self, const Value* args, size_t nargs, Tuple*) {       \
    check_nargs("__" #NAME "__", nargs, 1, 1);                                   \
    return FN(self, args[0]);                                                    \
  }                                                                              \
  Value view_r##NAME(Value self, const Value* args, size_t nargs, Tuple*) {      \
    check_nargs("__r" #NAME "__", nargs, 1, 1);                                  \
    return FN(args[0], self);                                                    \
  }
COIL_VIEW_BINOP(sub, views_sub)
COIL_VIEW_BINOP(or, views_or)
COIL_VIEW_BINOP(and, views_and)
COIL_VIEW_BINOP(xor, views_xor)
#undef COIL_VIEW_BINOP

Value view_isdisjoint(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("isdisjoint", nargs, 1, 1);
  Value other = args[0];
  if (self.is(other)) return Value::boolean(self_view(self)->dict->used == 0);
  if (is_anyset(other) || is_set_view(other)) {
    int64_t len_self = self_view(self)->dict->used;
    int64_t len_other = length(other);
    if (len_other > len_self) std::swap(self, other);
  }
  Value it = get_iter(other);
  for (Value x; !(x = next_item(it)).is_empty();) {
    bool in;
    if (is_set_view(self)) in = view_contains(self.as<DictView>(), x);
    else if (is_anyset(self)) in = set_contains(self.as<Set>(), x);
    else in = contains(self, x);
    if (in) return Value::boolean(false);
  }
  return Value::boolean(true);
}

const MethodDef kValuesMethods[] = {
    {"__len__", view_len, MethodDef::kInstance},
    {"__iter__", view_iter, MethodDef::kInstance},
    {"__reversed__", view_reversed, MethodDef::kInstance},
    {"__repr__", view_repr, MethodDef::kInstance},
};

const MethodDef kSetViewMethods[] = {
    {"__len__", view_len, MethodDef::kInstance},
    {"__iter__", view_iter, MethodDef::kInstance},
    {"__reversed__", view_reversed, MethodDef::kInstance},
    {"__repr__", view_repr, MethodDef::kInstance},
    {"__contains__", view_contains_m, MethodDef::kInstance},
    {"__eq__", view_eq, MethodDef::kInstance},
    {"__ne__", view_ne, MethodDef::kInstance},
    {"__lt__", view_lt, MethodDef::kInstance},
    {"__le__", view_le, MethodDef::kInstance},
    {"__gt__", view_gt, MethodDef::kInstance},
    {"__ge__", view_ge, MethodDef::kInstance},
    {"__sub__", view_sub, MethodDef::kInstance},
    {"__rsub__", view_rsub, MethodDef::kInstance},
    {"__or__", view_or, MethodDef::kInstance},
    {"__ror__", view_ror, MethodDef::kInstance},
    {"__and__", view_and, MethodDef::kInstance},
    {"__rand__", view_rand, MethodDef::kInstance},
    {"__xor__", view_xor, MethodDef::kInstance},
    {"__rxor__", view_rxor, MethodDef::kInstance},
    {"isdisjoint", view_isdisjoint, MethodDef::kInstance},
};

void init_view_type(Type* t, std::span<const MethodDef> methods) {
  t->layout = Layout::DICTVIEW;
  if (t->instance_size < sizeof(DictView)) t->instance_size = sizeof(DictView);
  add_methods(t, methods);
}

}  // namespace

void init_dict_view_types() {
  static bool done = false;
  if (done) return;
  done = true;
  init_view_type(types::dict_keys, kSetViewMethods);
  init_view_type(types::dict_items, kSetViewMethods);
  init_view_type(types::dict_values, kValuesMethods);
  type_set_attr(types::dict_keys, "__hash__", Value::none());
  type_set_attr(types::dict_items, "__hash__", Value::none());
}

}  // namespace coil
