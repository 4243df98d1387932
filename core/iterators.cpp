// Coil — the builtin iterators: list/tuple iterators, the sequence iterator,
// iter(f, sentinel), enumerate, zip, map, filter and reversed; plus the
// registration of every iterator type (the dict, set and range iterators
// are implemented next to their containers).
//
// Each iterator stores its `next` function in the object (IteratorObject),
// so the interpreter advances any builtin iterator with one indirect call
// and no StopIteration; the Python-level __next__ is one shared wrapper.
#include "core/iterators.h"

#include "core/args.h"
#include "core/containers_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/range.h"
#include "core/set.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

using namespace detail;

// ---------------------------------------------------------------------------
// list, tuple
// ---------------------------------------------------------------------------

Value list_iter_next(Object* o) {
  auto* it = static_cast<ListIterator*>(o);
  List* l = it->list;
  if (!l) return Value::empty();
  int64_t i = it->index;
  if (i < l->length) {
    it->index = i + 1;
    return l->items[i];
  }
  it->list = nullptr;
  return Value::empty();
}

Value make_list_iterator(List* l) {
  auto* it = alloc<ListIterator>(types::list_iterator);
  it->next = list_iter_next;
  it->list = l;
  return Value::object(it);
}

Value list_reverseiter_next(Object* o) {
  auto* it = static_cast<ListReverseIterator*>(o);
  List* l = it->list;
  if (!l) return Value::empty();
  int64_t i = it->index;
  if (i >= 0 && i < l->length) {
    it->index = i - 1;
    return l->items[i];
  }
  it->index = -1;
  it->list = nullptr;
  return Value::empty();
}

Value make_list_reverseiterator(List* l) {
  auto* it = alloc<ListReverseIterator>(types::list_reverseiterator);
  it->next = list_reverseiter_next;
  it->list = l;
  it->index = l->length - 1;
  return Value::object(it);
}

Value tuple_iter_next(Object* o) {
  auto* it = static_cast<TupleIterator*>(o);
  Tuple* t = it->tuple;
  if (!t) return Value::empty();
  int64_t i = it->index;
  if (i < t->length) {
    it->index = i + 1;
    return (*t)[i];
  }
  it->tuple = nullptr;
  return Value::empty();
}

Value make_tuple_iterator(Tuple* t) {
  auto* it = alloc<TupleIterator>(types::tuple_iterator);
  it->next = tuple_iter_next;
  it->tuple = t;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// The sequence iterator and iter(callable, sentinel)
// ---------------------------------------------------------------------------

Value seq_iter_next(Object* o) {
  auto* it = static_cast<SeqIterator*>(o);
  Value seq = it->seq;
  if (seq.is_empty()) return Value::empty();
  try {
    Value r = getitem(seq, Value::small_int(it->index));
    it->index++;
    return r;
  } catch (PyException& e) {
    if (!exception_matches(e, exc::IndexError) && !exception_matches(e, exc::StopIteration)) throw;
  }
  it->seq = Value::empty();
  return Value::empty();
}

Value make_seq_iterator(Value seq) {
  auto* it = alloc<SeqIterator>(types::seq_iterator);
  it->next = seq_iter_next;
  it->seq = seq;
  return Value::object(it);
}

Value callable_iter_next(Object* o) {
  auto* it = static_cast<CallableIterator*>(o);
  Value f = it->callable;
  if (f.is_empty()) return Value::empty();
  Value r;
  try {
    r = call(f, nullptr, 0);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::StopIteration)) throw;
    it->callable = Value::empty();
    return Value::empty();
  }
  if (fast_equals(it->sentinel, r)) {
    it->callable = Value::empty();
    return Value::empty();
  }
  return r;
}

Value make_callable_iterator(Value callable_obj, Value sentinel) {
  if (!callable(callable_obj)) raise(exc::TypeError, "iter(v, w): v must be callable");
  auto* it = alloc<CallableIterator>(types::callable_iterator);
  it->next = callable_iter_next;
  it->callable = callable_obj;
  it->sentinel = sentinel;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// enumerate, zip, map, filter, reversed
// ---------------------------------------------------------------------------

Value enumerate_next(Object* o) {
  auto* e = static_cast<Enumerate*>(o);
  Value item = next_item(e->iter);
  if (item.is_empty()) return item;
  Value index;
  if (e->big_index.is_empty()) {
    index = Value::fits_small_int(e->index) ? Value::small_int(e->index) : make_int(e->index);
    if (e->index == INT64_MAX) e->big_index = int_binary(BinaryOp::ADD, make_int(e->index), Value::small_int(1));
    else e->index++;
  } else {
    index = e->big_index;
    e->big_index = int_binary(BinaryOp::ADD, index, Value::small_int(1));
  }
  return Value::object(make_tuple({index, item}));
}

Value zip_next(Object* o) {
  auto* z = static_cast<Zip*>(o);
  Tuple* iters = z->iters;
  int64_t n = iters->length;
  if (n == 0) return Value::empty();
  Tuple* result = make_tuple(n);
  for (int64_t i = 0; i < n; i++) {
    Value item = next_item((*iters)[i]);
    if (item.is_empty()) {
      if (!z->strict) return item;
      if (i > 0)
        raisef(exc::ValueError, "zip() argument %lld is shorter than argument%s%lld", static_cast<long long>(i + 1),
               i == 1 ? " " : "s 1-", static_cast<long long>(i));
      for (int64_t j = 1; j < n; j++) {
        if (!next_item((*iters)[j]).is_empty())
          raisef(exc::ValueError, "zip() argument %lld is longer than argument%s%lld", static_cast<long long>(j + 1),
                 j == 1 ? " " : "s 1-", static_cast<long long>(j));
      }
      return Value::empty();
    }
    (*result)[i] = item;
  }
  return Value::object(result);
}

Value map_next(Object* o) {
  auto* m = static_cast<Map*>(o);
  Tuple* iters = m->iters;
  int64_t n = iters->length;
  if (n == 1) {
    Value item = next_item((*iters)[0]);
    if (item.is_empty()) return item;
    return call(m->func, &item, 1);
  }
  Value small[8];
  Value* args = small;
  if (n > 8) args = static_cast<Value*>(gc_alloc(static_cast<size_t>(n) * sizeof(Value)));
  for (int64_t i = 0; i < n; i++) {
    args[i] = next_item((*iters)[i]);
    if (args[i].is_empty()) return Value::empty();
  }
  return call(m->func, args, static_cast<size_t>(n));
}

Value filter_next(Object* o) {
  auto* f = static_cast<Filter*>(o);
  bool plain = f->func.is_none() || f->func.is(Value::object(types::bool_));
  for (;;) {
    Value item = next_item(f->iter);
    if (item.is_empty()) return item;
    bool ok = plain ? truthy(item) : truthy(call(f->func, &item, 1));
    if (ok) return item;
  }
}

Value reversed_next(Object* o) {
  auto* r = static_cast<Reversed*>(o);
  Value seq = r->seq;
  if (seq.is_empty()) return seq;
  if (r->index >= 0) {
    try {
      Value item = getitem(seq, make_int(r->index));
      r->index--;
      return item;
    } catch (PyException& e) {
      if (!exception_matches(e, exc::IndexError) && !exception_matches(e, exc::StopIteration)) throw;
    }
  }
  r->index = -1;
  r->seq = Value::empty();
  return Value::empty();
}

namespace {

// reversed(seq) for an instance of `cls` (reversed or a subclass).
Value reversed_for(Type* cls, Value seq) {
  static Str* reversed_name = names::__reversed__;
  Value meth = type_lookup(type_of(seq), reversed_name);
  if (meth.is_none()) raisef(exc::TypeError, "'%s' object is not reversible", type_name(seq));
  if (!meth.is_empty()) return call_special(seq, reversed_name, nullptr, 0);
  // A sequence: __getitem__, and not a dict.
  if (type_lookup(type_of(seq), names::__getitem__).is_empty() || isinstance(seq, types::dict))
    raisef(exc::TypeError, "'%s' object is not reversible", type_name(seq));
  int64_t n = length(seq);
  auto* r = alloc_instance<Reversed>(cls);
  r->next = reversed_next;
  r->seq = seq;
  r->index = n - 1;
  return Value::object(r);
}

}  // namespace

Value builtin_reversed(Value seq) { return reversed_for(types::reversed, seq); }

// ---------------------------------------------------------------------------
// Python-level methods
// ---------------------------------------------------------------------------

namespace {

Value iter_self_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__iter__", nargs, 0, 0);
  return self;
}

Value iter_next_m(Value self, const Value*, size_t nargs, Tuple*) {
  check_nargs("__next__", nargs, 0, 0);
  Object* o = self.as_object();
  Value r = static_cast<IteratorObject*>(o)->next(o);
  if (r.is_empty()) raise_value(Value::object(exc::StopIteration));
  return r;
}

Value list_iter_hint(Value self, const Value*, size_t, Tuple*) {
  auto* it = self.as<ListIterator>();
  int64_t n = it->list ? it->list->length - it->index : 0;
  return Value::small_int(n > 0 ? n : 0);
}

Value list_reverseiter_hint(Value self, const Value*, size_t, Tuple*) {
  auto* it = self.as<ListReverseIterator>();
  int64_t n = it->list && it->index < it->list->length ? it->index + 1 : 0;
  return Value::small_int(n > 0 ? n : 0);
}

Value tuple_iter_hint(Value self, const Value*, size_t, Tuple*) {
  auto* it = self.as<TupleIterator>();
  int64_t n = it->tuple ? it->tuple->length - it->index : 0;
  return Value::small_int(n > 0 ? n : 0);
}

Value range_iter_hint(Value self, const Value*, size_t, Tuple*) {
  auto* it = self.as<RangeIterator>();
  return make_int(it->remaining > 0 ? it->remaining : 0);
}

Value dict_iter_hint(Value self, const Value*, size_t, Tuple*) {
  auto* it = self.as<DictIterator>();
  int64_t n = it->dict && it->used == it->dict->used ? it->remaining : 0;
  return Value::small_int(n);
}

Value set_iter_hint(Value self, const Value*, size_t, Tuple*) {
  auto* it = self.as<SetIterator>();
  int64_t n = it->set && it->used == it->set->used ? it->remaining : 0;
  return Value::small_int(n);
}

Value reversed_hint(Value self, const Value*, size_t, Tuple*) {
  auto* r = self.as<Reversed>();
  if (r->seq.is_empty()) return Value::small_int(0);
  int64_t n = length(r->seq);
  return Value::small_int(n < r->index + 1 ? 0 : r->index + 1);
}

// enumerate(iterable, start=0)
Value enumerate_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("enumerate", args, nargs, types::enumerate);
  args++;
  nargs--;
  size_t nkw = kwnames ? static_cast<size_t>(kwnames->length) : 0;
  if (nargs + nkw > 2)
    raisef(exc::TypeError, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkw);
  for (size_t k = 0; k < nkw; k++) {
    Str* name = (*kwnames)[static_cast<int64_t>(k)].as<Str>();
    if (name->view() != "iterable" && name->view() != "start")
      raisef(exc::TypeError, "'%s' is an invalid keyword argument for enumerate()", name->data());
  }
  if (nargs == 0 && nkw == 0) raise(exc::TypeError, "enumerate() missing required argument 'iterable'");
  Value out[2];
  parse_args("enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, out);
  auto* e = alloc_instance<Enumerate>(cls);
  e->next = enumerate_next;
  e->iter = get_iter(out[0]);
  if (!out[1].is_empty()) {
    Value start = out[1];
    if (!start.is_int()) {
      if (!has_index(start))
        raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(start));
      if (!is_int_like(start)) start = call_special(start, names::__index__, nullptr, 0);
    }
    int64_t i;
    if (int_to_i64(start, &i)) e->index = i;
    else e->big_index = start;
  }
  return Value::object(e);
}

// zip(*iterables, strict=False)
Value zip_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("zip", args, nargs, types::zip);
  args++;
  nargs--;
  bool strict = false;
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->length; k++) {
      Str* name = (*kwnames)[k].as<Str>();
      if (name->view() != "strict")
        raisef(exc::TypeError, "'%s' is an invalid keyword argument for zip()", name->data());
      strict = truthy(args[nargs + static_cast<size_t>(k)]);
    }
  }
  Tuple* iters = make_tuple(static_cast<int64_t>(nargs));
  for (size_t i = 0; i < nargs; i++) (*iters)[static_cast<int64_t>(i)] = get_iter(args[i]);
  auto* z = alloc_instance<Zip>(cls);
  z->next = zip_next;
  z->iters = iters;
  z->strict = strict;
  return Value::object(z);
}

// map(func, *iterables)
Value map_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("map", args, nargs, types::map);
  args++;
  nargs--;
  if (cls == types::map) no_kwargs("map", kwnames);
  if (nargs < 2) raise(exc::TypeError, "map() must have at least two arguments.");
  Tuple* iters = make_tuple(static_cast<int64_t>(nargs - 1));
  for (size_t i = 1; i < nargs; i++) (*iters)[static_cast<int64_t>(i - 1)] = get_iter(args[i]);
  auto* m = alloc_instance<Map>(cls);
  m->next = map_next;
  m->func = args[0];
  m->iters = iters;
  return Value::object(m);
}

// filter(function or None, iterable)
Value filter_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("filter", args, nargs, types::filter);
  args++;
  nargs--;
  if (cls == types::filter) no_kwargs("filter", kwnames);
  check_nargs("filter", nargs, 2, 2);
  auto* f = alloc_instance<Filter>(cls);
  f->next = filter_next;
  f->func = args[0];
  f->iter = get_iter(args[1]);
  return Value::object(f);
}

// reversed(sequence)
Value reversed_new_m(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* cls = new_check_type("reversed", args, nargs, types::reversed);
  args++;
  nargs--;
  if (cls == types::reversed) no_kwargs("reversed", kwnames);
  check_nargs("reversed", nargs, 1, 1);
  return reversed_for(cls, args[0]);
}

#define COIL_ITER_BASE                                   \
  {"__iter__", iter_self_m, MethodDef::kInstance},       \
      {"__next__", iter_next_m, MethodDef::kInstance}

const MethodDef kPlainIterMethods[] = {COIL_ITER_BASE};
const MethodDef kListIterMethods[] = {COIL_ITER_BASE, {"__length_hint__", list_iter_hint, MethodDef::kInstance}};
const MethodDef kListRevIterMethods[] = {COIL_ITER_BASE,
                                         {"__length_hint__", list_reverseiter_hint, MethodDef::kInstance}};
const MethodDef kTupleIterMethods[] = {COIL_ITER_BASE, {"__length_hint__", tuple_iter_hint, MethodDef::kInstance}};
const MethodDef kRangeIterMethods[] = {COIL_ITER_BASE, {"__length_hint__", range_iter_hint, MethodDef::kInstance}};
const MethodDef kDictIterMethods[] = {COIL_ITER_BASE, {"__length_hint__", dict_iter_hint, MethodDef::kInstance}};
const MethodDef kSetIterMethods[] = {COIL_ITER_BASE, {"__length_hint__", set_iter_hint, MethodDef::kInstance}};
const MethodDef kEnumerateMethods[] = {COIL_ITER_BASE, {"__new__", enumerate_new_m, MethodDef::kStatic}};
const MethodDef kZipMethods[] = {COIL_ITER_BASE, {"__new__", zip_new_m, MethodDef::kStatic}};
const MethodDef kMapMethods[] = {COIL_ITER_BASE, {"__new__", map_new_m, MethodDef::kStatic}};
const MethodDef kFilterMethods[] = {COIL_ITER_BASE, {"__new__", filter_new_m, MethodDef::kStatic}};
const MethodDef kReversedMethods[] = {COIL_ITER_BASE,
                                      {"__new__", reversed_new_m, MethodDef::kStatic},
                                      {"__length_hint__", reversed_hint, MethodDef::kInstance}};

#undef COIL_ITER_BASE

void init_iter_type(Type* t, uint32_t size, std::span<const MethodDef> methods) {
  t->layout = Layout::ITERATOR;
  if (t->instance_size < size) t->instance_size = size;
  add_methods(t, methods);
}

}  // namespace

void init_iterator_types() {
  static bool done = false;
  if (done) return;
  done = true;
  init_iter_type(types::list_iterator, sizeof(ListIterator), kListIterMethods);
  init_iter_type(types::list_reverseiterator, sizeof(ListReverseIterator), kListRevIterMethods);
  init_iter_type(types::tuple_iterator, sizeof(TupleIterator), kTupleIterMethods);
  init_iter_type(types::range_iterator, sizeof(RangeIterator), kRangeIterMethods);
  init_iter_type(types::dict_keyiterator, sizeof(DictIterator), kDictIterMethods);
  init_iter_type(types::dict_valueiterator, sizeof(DictIterator), kDictIterMethods);
  init_iter_type(types::dict_itemiterator, sizeof(DictIterator), kDictIterMethods);
  init_iter_type(types::set_iterator, sizeof(SetIterator), kSetIterMethods);
  init_iter_type(types::seq_iterator, sizeof(SeqIterator), kPlainIterMethods);
  init_iter_type(types::callable_iterator, sizeof(CallableIterator), kPlainIterMethods);
  init_iter_type(types::enumerate, sizeof(Enumerate), kEnumerateMethods);
  init_iter_type(types::zip, sizeof(Zip), kZipMethods);
  init_iter_type(types::map, sizeof(Map), kMapMethods);
  init_iter_type(types::filter, sizeof(Filter), kFilterMethods);
  init_iter_type(types::reversed, sizeof(Reversed), kReversedMethods);
}

}  // namespace coil
