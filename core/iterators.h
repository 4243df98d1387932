// Coil — the builtin iterators: list/tuple/range/dict/set iterators, the
// sequence iterator, iter(f, sentinel), enumerate, zip, map, filter, reversed.
//
// Every builtin iterator object starts with IteratorObject, whose `next`
// returns the next item or Empty at exhaustion (StopIteration is never
// raised internally). Types with Layout::ITERATOR that are builtin (not user
// subclasses, which may override __next__) are exactly these, so the
// interpreter's FOR_ITER can call builtin_iter_next() without a dict lookup.
#pragma once

#include "core/object.h"

namespace coil {

struct List;
struct Tuple;
struct Dict;
struct Set;

using IterNextFn = Value (*)(Object* it);

struct IteratorObject : Object {
  IterNextFn next;         // Empty at exhaustion
};

struct ListIterator : IteratorObject {
  List* list;              // null once exhausted
  int64_t index;
};

struct ListReverseIterator : IteratorObject {
  List* list;              // null once exhausted
  int64_t index;           // next index to yield, counting down
};

struct TupleIterator : IteratorObject {
  Tuple* tuple;            // null once exhausted
  int64_t index;
};

struct RangeIterator : IteratorObject {
  int64_t current;         // value to yield next
  int64_t step;
  int64_t remaining;
};

// Iterates dict keys, values or items (by type), forward or reversed.
struct DictIterator : IteratorObject {
  Dict* dict;              // null once exhausted
  int64_t pos;             // entry position (reversed: counts down)
  int64_t used;            // d->used at creation: size-change detection
  int64_t remaining;
  Tuple* result;           // items iterators: reusable pair (unused for now)
};

struct SetIterator : IteratorObject {
  Set* set;                // null once exhausted
  int64_t pos;
  int64_t used;
  int64_t remaining;
};

// iter(obj) for objects with only __getitem__: obj[0], obj[1], ... until
// IndexError or StopIteration.
struct SeqIterator : IteratorObject {
  Value seq;               // Empty once exhausted
  int64_t index;
};

// iter(callable, sentinel).
struct CallableIterator : IteratorObject {
  Value callable;          // Empty once exhausted
  Value sentinel;
};

struct Enumerate : IteratorObject {
  Value iter;
  int64_t index;           // while it fits a small int
  Value big_index;         // Empty, or the int index once it overflowed
};

struct Zip : IteratorObject {
  Tuple* iters;
  bool strict;
};

struct Map : IteratorObject {
  Value func;
  Tuple* iters;
};

struct Filter : IteratorObject {
  Value func;              // None: truthiness of the item itself
  Value iter;
};

// reversed(seq) for sequences without __reversed__.
struct Reversed : IteratorObject {
  Value seq;               // Empty once exhausted
  int64_t index;
};

// True for the exact builtin iterator types above (not user subclasses).
inline bool is_builtin_iterator(Type* t) { return t->layout == Layout::ITERATOR && t->is_builtin; }
// next(it) for a builtin iterator: the item, or Empty at the end.
inline Value builtin_iter_next(Object* it) { return static_cast<IteratorObject*>(it)->next(it); }

// Direct entry points.
Value make_list_iterator(List* l);
Value make_list_reverseiterator(List* l);
Value make_tuple_iterator(Tuple* t);
Value make_range_iterator(int64_t start, int64_t step, int64_t length);
Value make_seq_iterator(Value seq);
Value make_callable_iterator(Value callable, Value sentinel);
// key/value/item iterators over a dict (type: types::dict_keyiterator, ...).
Value make_dict_iterator(Type* type, Dict* d, bool reversed);
Value make_set_iterator(Set* s);

Value list_iter_next(Object* it);
Value list_reverseiter_next(Object* it);
Value tuple_iter_next(Object* it);
Value range_iter_next(Object* it);
Value dict_keyiter_next(Object* it);
Value dict_valueiter_next(Object* it);
Value dict_itemiter_next(Object* it);
Value dict_keyiter_reversed_next(Object* it);
Value dict_valueiter_reversed_next(Object* it);
Value dict_itemiter_reversed_next(Object* it);
Value set_iter_next(Object* it);
Value seq_iter_next(Object* it);
Value callable_iter_next(Object* it);
Value enumerate_next(Object* it);
Value zip_next(Object* it);
Value map_next(Object* it);
Value filter_next(Object* it);
Value reversed_next(Object* it);

// Python-level constructors, usable as the builtins' implementations:
// enumerate(iterable, start=0), zip(*its, strict=False), map(f, *its),
// filter(f, it), reversed(seq), iter(callable, sentinel).
Value builtin_reversed(Value seq);

// Registers all iterator types (sets Layout::ITERATOR and instance sizes);
// called by init_list_type().
void init_iterator_types();

}  // namespace coil
