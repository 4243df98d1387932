// Coil — private helpers shared by the container files (list, tuple, dict,
// set, range, iterators, sort): inline hashing and equality fast paths,
// index conversion and subclass-aware allocation. Not a public contract.
#pragma once

#include <cstdint>
#include <string>

#include "core/errors.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str.h"

namespace coil::detail {

// hash(v) with the common cases inline: small ints hash to themselves
// (CPython's rule for |v| < 2^61, with -1 mapped to -2), exact strs use
// their cached hash, tuples/frozensets/ranges are hashed natively (a hash
// that went through an int-returning __hash__ would be reduced mod 2^61-1).
// Everything else goes through the generic protocol.
int64_t native_hash(Object* o);  // tuple, frozenset, range: exact types only

inline int64_t fast_hash(Value v) {
  if (v.is_int()) {
    int64_t i = v.as_int();
    return i == -1 ? -2 : i;
  }
  if (v.is_object()) {
    Object* o = v.as_object();
    if (o->type == types::str) {
      Str* s = static_cast<Str*>(o);
      return s->hash != -1 ? s->hash : str_hash(s);
    }
    if (o->type == types::tuple || o->type == types::frozenset || o->type == types::range) return native_hash(o);
  }
  return hash_value(v);
}

inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == types::str; }

// `a == b` as a bool, with identity, small-int and exact-str fast paths;
// otherwise the generic protocol (which may run user __eq__).
inline bool fast_equals(Value a, Value b) {
  if (a.is(b)) return true;
  if (a.is_int() && b.is_int()) return false;  // small ints are canonical
  if (a.is_object() && b.is_object()) {
    Object* oa = a.as_object();
    Object* ob = b.as_object();
    if (oa->type == types::str && ob->type == types::str)
      return str_equal(static_cast<Str*>(oa), static_cast<Str*>(ob));
  }
  return equals(a, b);
}

// An index for subscripting: ints inline, __index__ otherwise; TypeError
// "<what> indices must be integers or slices, not <type>" when v has none.
inline int64_t subscript_index(Value v, const char* what) {
  if (v.is_int()) return v.as_int();
  if (!has_index(v))
    raisef(exc::TypeError, "%s indices must be integers or slices, not %s", what, type_name(v));
  return index_value(v);
}

// Checks that `cls` (args[0] of a __new__) is a type derived from `base`
// and returns it; TypeError with CPython's messages otherwise.
inline Type* new_check_type(const char* fname, const Value* args, size_t nargs, Type* base) {
  if (nargs < 1) raisef(exc::TypeError, "%s.__new__(): not enough arguments", fname);
  Value c = args[0];
  if (!isinstance(c, types::type))
    raisef(exc::TypeError, "%s.__new__(X): X is not a type object (%s)", fname, type_name(c));
  Type* cls = c.as<Type>();
  if (!is_subtype(cls, base)) {
    std::string_view n = type_name_view(cls);
    raisef(exc::TypeError, "%s.__new__(%.*s): %.*s is not a subtype of %s", fname,
           static_cast<int>(n.size()), n.data(), static_cast<int>(n.size()), n.data(), fname);
  }
  return cls;
}

// Allocates a zeroed instance of `cls` (a builtin type or a user subclass
// of it, whose instances are larger by their attribute store).
template <class T> T* alloc_instance(Type* cls) {
  size_t size = cls->instance_size > sizeof(T) ? cls->instance_size : sizeof(T);
  return static_cast<T*>(alloc_object(cls, size));
}

// For list/tuple `+` and `*` with an unsupported right operand: true when
// the operand's reflected method deserves a chance (a user class defining
// it); builtin types never accept a sequence there, so CPython's sequence
// message is raised at once.
inline bool defer_to_reflected(Value other, const char* rname) {
  Type* t = type_of(other);
  if (t->is_builtin) return false;
  return !type_lookup(t, intern(rname)).is_empty();
}

// Appends repr(v) to out.
inline void append_repr(std::string& out, Value v) {
  Str* r = repr(v);
  out.append(r->data(), static_cast<size_t>(r->size));
}

// Builds a str from a std::string.
inline Value str_from(const std::string& s) { return Value::object(make_str(s)); }

// Grows a capacity geometrically (CPython's list over-allocation, about 1/8).
inline int64_t grow_capacity(int64_t needed) {
  return needed + (needed >> 3) + (needed < 9 ? 3 : 6);
}

}  // namespace coil::detail

#include "core/iterators.h"
#include "core/names.h"

namespace coil::detail {

// next(it) with the builtin-iterator fast path; Empty at the end.
inline Value next_item(Value it) {
  if (it.is_object()) {
    Object* o = it.as_object();
    if (is_builtin_iterator(o->type)) return builtin_iter_next(o);
  }
  return iter_next(it);
}

// True when iter(v) would not raise "not iterable" (has __iter__ that is
// not None, or __getitem__).
inline bool is_iterable(Value v) {
  Type* t = type_of(v);
  Value it = type_lookup(t, names::__iter__);
  if (!it.is_empty()) return !it.is_none();
  return !type_lookup(t, names::__getitem__).is_empty();
}

// The items of a list or tuple (exact types), or a new list of any
// iterable's items (CPython's PySequence_Fast). `msg`: TypeError message
// when v is not iterable (null: the usual "'x' object is not iterable").
struct FastSeq {
  const Value* items;
  int64_t length;
  Object* keep;   // keeps a temporary list alive on the C++ stack
};
FastSeq fast_sequence(Value v, const char* msg);

// A start/stop argument of list.index()/tuple.index(): an index (TypeError
// "slice indices must be integers or have an __index__ method"), plus
// length when negative, clamped at 0.
int64_t sequence_index_bound(Value v, int64_t length);

}  // namespace coil::detail
