// Coil — the container and iteration protocol: len, subscripts, `in`,
// iter/next, and collecting iterables.
#include "core/dict.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/set.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

int64_t length(Value v) {
  if (v.is_object()) {
    Object* o = v.as_object();
    switch (o->type->layout) {
      case Layout::STR: return static_cast<Str*>(o)->length;
      case Layout::LIST: return static_cast<List*>(o)->length;
      case Layout::TUPLE: return static_cast<Tuple*>(o)->length;
      case Layout::DICT: return static_cast<Dict*>(o)->used;
      case Layout::SET: case Layout::FROZENSET: return static_cast<Set*>(o)->used;
      default: break;
    }
  }
  Value r = call_special(v, names::__len__, nullptr, 0);
  if (r.is_empty()) raisef(exc::TypeError, "object of type '%s' has no len()", type_name(v));
  if (!is_int_like(r)) raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(r));
  int64_t n;
  if (!int_to_i64(r, &n)) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n < 0) raise(exc::ValueError, "__len__() should return >= 0");
  return n;
}

Value getitem(Value obj, Value key) {
  if (obj.is_object()) {
    Object* o = obj.as_object();
    if (o->type == types::list && key.is_int()) return list_getitem_index(static_cast<List*>(o), key.as_int());
    if (o->type == types::dict) {
      Value v = dict_get(static_cast<Dict*>(o), key);
      if (!v.is_empty()) return v;
      raise_key_error(key);
    }
    if (o->type == types::tuple && key.is_int()) {
      auto* t = static_cast<Tuple*>(o);
      int64_t i = key.as_int();
      if (i < 0) i += t->length;
      if (i < 0 || i >= t->length) raise(exc::IndexError, "tuple index out of range");
      return (*t)[i];
    }
  }
  Value r = call_special(obj, names::__getitem__, &key, 1);
  if (!r.is_empty()) return r;
  if (isinstance(obj, types::type)) {
    Value cg = getattr_opt(obj, names::__class_getitem__);
    if (!cg.is_empty()) return call(cg, {key});
    raisef(exc::TypeError, "type '%s' is not subscriptable", obj.as<Type>()->name->data());
  }
  raisef(exc::TypeError, "'%s' object is not subscriptable", type_name(obj));
}

void setitem(Value obj, Value key, Value v) {
  if (obj.is_object()) {
    Object* o = obj.as_object();
    if (o->type == types::list && key.is_int()) return list_setitem_index(static_cast<List*>(o), key.as_int(), v);
    if (o->type == types::dict) return dict_set(static_cast<Dict*>(o), key, v);
  }
  Value args[2] = {key, v};
  if (call_special(obj, names::__setitem__, args, 2).is_empty())
    raisef(exc::TypeError, "'%s' object does not support item assignment", type_name(obj));
}

void delitem(Value obj, Value key) {
  if (call_special(obj, names::__delitem__, &key, 1).is_empty())
    raisef(exc::TypeError, "'%s' object doesn't support item deletion", type_name(obj));
}

bool contains(Value container, Value item) {
  if (container.is_object()) {
    Object* o = container.as_object();
    if (o->type == types::dict) return !dict_get(static_cast<Dict*>(o), item).is_empty();
    if (o->type == types::set || o->type == types::frozenset) return set_contains(static_cast<Set*>(o), item);
    if (o->type == types::list) return list_contains(static_cast<List*>(o), item);
    if (o->type == types::tuple) return tuple_contains(static_cast<Tuple*>(o), item);
  }
  Value r = call_special(container, names::__contains__, &item, 1);
  if (!r.is_empty()) return truthy(r);
  bool iterable = !type_lookup(type_of(container), names::__iter__).is_empty() ||
                  !type_lookup(type_of(container), names::__getitem__).is_empty();
  if (!iterable) raisef(exc::TypeError, "argument of type '%s' is not iterable", type_name(container));
  Value it = get_iter(container);
  for (Value x; !(x = iter_next(it)).is_empty();)
    if (equals(x, item)) return true;
  return false;
}

Value get_iter(Value v) {
  Value descr = type_lookup(type_of(v), names::__iter__);
  if (descr.is_empty() || descr.is_none()) {
    if (!descr.is_none() && !type_lookup(type_of(v), names::__getitem__).is_empty())
      return make_seq_iterator(v);
    raisef(exc::TypeError, "'%s' object is not iterable", type_name(v));
  }
  Value it = call_special(v, names::__iter__, nullptr, 0);
  if (type_lookup(type_of(it), names::__next__).is_empty())
    raisef(exc::TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
  return it;
}

Value iter_next(Value it) {
  if (it.is_object()) {
    Type* t = it.as_object()->type;
    if (is_builtin_iterator(t)) return builtin_iter_next(it.as_object());
    if (t == types::generator) return generator_send(it.as<Generator>(), Value::none(), nullptr);
  }
  try {
    Value r = call_special(it, names::__next__, nullptr, 0);
    if (r.is_empty()) raisef(exc::TypeError, "'%s' object is not an iterator", type_name(it));
    return r;
  } catch (PyException& e) {
    if (!exception_matches(e, exc::StopIteration)) throw;
    return Value::empty();
  }
}

List* list_from_iterable(Value iterable) {
  if (iterable.is_object()) {
    Object* o = iterable.as_object();
    if (o->type == types::list) return make_list(static_cast<List*>(o)->items, static_cast<List*>(o)->length);
    if (o->type == types::tuple) return make_list(static_cast<Tuple*>(o)->items(), static_cast<Tuple*>(o)->length);
  }
  List* l = make_list();
  Value it = get_iter(iterable);
  for (Value x; !(x = iter_next(it)).is_empty();) list_append(l, x);
  return l;
}

Tuple* tuple_from_iterable(Value iterable) {
  if (iterable.is_object() && iterable.as_object()->type == types::tuple) return iterable.as<Tuple>();
  List* l = list_from_iterable(iterable);
  return make_tuple(l->items, l->length);
}

}  // namespace coil
