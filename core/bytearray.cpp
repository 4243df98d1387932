// Coil — bytearray: a mutable byte buffer. The object holds (size,
// capacity, data) with the data in a separate atomic GC block that grows
// geometrically, like list's items. All read-only methods are shared with
// bytes (core/bytes.cpp) and return bytearrays; this file adds the type's
// construction, repr, item/slice assignment and the mutating methods.
#include <cstring>
#include <string>

#include "core/bytes_impl.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/iterators.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/slice.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

namespace types {
Type* bytearray;
Type* bytearray_iterator;
}  // namespace types

using namespace strimpl;
using namespace bytesimpl;

namespace {

inline ByteArray* as_ba(Value v) { return v.as<ByteArray>(); }

// Ensures room for n bytes (plus the NUL) without changing the size.
void ba_reserve(ByteArray* b, int64_t n) {
  if (n <= b->capacity) return;
  if (n > kMaxStrBytes) raise_memory_error();
  int64_t cap = b->capacity + (b->capacity >> 1);
  if (cap < n) cap = n;
  if (cap < 8) cap = 8;
  auto* d = static_cast<uint8_t*>(gc_alloc_atomic(static_cast<size_t>(cap) + 1));
  if (b->size) std::memcpy(d, b->data, static_cast<size_t>(b->size));
  b->data = d;
  b->capacity = cap;
}

void ba_set_size(ByteArray* b, int64_t n) {
  ba_reserve(b, n);
  b->size = n;
  b->data[n] = 0;
}

// Replaces data[lo, hi) with raw (raw may alias the buffer: callers pass copies).
void ba_splice(ByteArray* b, int64_t lo, int64_t hi, std::string_view raw) {
  auto n = static_cast<int64_t>(raw.size());
  int64_t tail = b->size - hi;
  int64_t new_size = lo + n + tail;
  ba_reserve(b, new_size);
  std::memmove(b->data + lo + n, b->data + hi, static_cast<size_t>(tail));
  if (n) std::memcpy(b->data + lo, raw.data(), raw.size());
  b->size = new_size;
  b->data[new_size] = 0;
}

ByteArray* new_bytearray(Type* cls) {
  size_t size = cls->instance_size > sizeof(ByteArray) ? cls->instance_size : sizeof(ByteArray);
  auto* b = static_cast<ByteArray*>(alloc_object(cls, size));
  b->data = static_cast<uint8_t*>(gc_alloc_atomic(1));
  b->data[0] = 0;
  return b;
}

// Normalizes an index for item access; IndexError "bytearray index out of range".
int64_t ba_index(ByteArray* b, Value key) {
  int64_t i;
  if (key.is_int()) i = key.as_int();
  else if (is_int_like(key) && !int_to_i64(key, &i)) raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  else i = index_value(key);
  if (i < 0) i += b->size;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(b->size)) raise(exc::IndexError, "bytearray index out of range");
  return i;
}

// The bytes assigned to a slice: bytes-like or an iterable of ints.
std::string assigned_bytes(Value v) {
  BView view;
  if (view_of(v, &view)) return std::string(view.sv());
  if (is_str(v) || has_index(v) || (type_lookup(type_of(v), names::__iter__).is_empty() &&
                                    type_lookup(type_of(v), names::__getitem__).is_empty()))
    raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return bytes_from_int_iterable(v, "byte must be in range(0, 256)");
}

// Sets the contents from the constructor's arguments (bytearray.__init__).
void ba_init_from(ByteArray* b, Value src, Value encoding, Value errors) {
  std::string raw;
  if (src.is_empty()) {
    if (!encoding.is_empty() || !errors.is_empty())
      raise(exc::TypeError, encoding.is_empty() ? "errors without a string argument" : "encoding without a string argument");
  } else if (!encoding.is_empty() || !errors.is_empty()) {
    if (!is_str(src))
      raise(exc::TypeError, encoding.is_empty() ? "errors without a string argument" : "encoding without a string argument");
    if (encoding.is_empty()) raise(exc::TypeError, "string argument without an encoding");
    for (Value a : {encoding, errors})
      if (!a.is_empty() && !is_str(a))
        raisef(exc::TypeError, "bytearray() argument '%s' must be str, not %s", a.is(encoding) ? "encoding" : "errors",
               type_name(a));
    raw = std::string(str_encode(as_str(src), sv(encoding), errors.is_empty() ? std::string_view("strict") : sv(errors))->view());
  } else {
    BView view;
    if (view_of(src, &view)) {
      raw = std::string(view.sv());
    } else if (is_str(src)) {
      raise(exc::TypeError, "string argument without an encoding");
    } else if (has_index(src)) {
      int64_t n = index_value(src);
      if (n < 0) raise(exc::ValueError, "negative count");
      if (n > kMaxStrBytes) raise_memory_error();
      raw.assign(static_cast<size_t>(n), '\0');
    } else {
      Type* t = type_of(src);
      if (type_lookup(t, names::__iter__).is_empty() && type_lookup(t, names::__getitem__).is_empty())
        raisef(exc::TypeError, "cannot convert '%s' object to bytearray", type_name(src));
      raw = bytes_from_int_iterable(src, "byte must be in range(0, 256)");
    }
  }
  ba_set_size(b, 0);
  ba_splice(b, 0, 0, raw);
}

// ---------------------------------------------------------------------------
// Iteration (sees mutations, as CPython's iterator does)
// ---------------------------------------------------------------------------

struct ByteArrayIterator : IteratorObject {
  ByteArray* array;   // null once exhausted
  int64_t index;
};

Value ba_iter_next(Object* o) {
  auto* it = static_cast<ByteArrayIterator*>(o);
  if (!it->array) return Value::empty();
  if (it->index >= it->array->size) {
    it->array = nullptr;
    return Value::empty();
  }
  return Value::small_int(it->array->data[it->index++]);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

Value ba_new(Value, const Value* args, size_t, Tuple*) { return Value::object(new_bytearray(args[0].as<Type>())); }

Value ba_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[3];
  args_keywords("bytearray", args, nargs, kw, {"source", "encoding", "errors"}, a);
  ba_init_from(as_ba(self), a[0], a[1], a[2]);
  return Value::none();
}

Value ba_repr(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__repr__", nargs, kw, 0);
  std::string out(type_name_view(type_of(self)));
  out += '(';
  out += bytes_literal(as_ba(self)->view(), true);
  out += ')';
  return str_value(out);
}

Value ba_getitem(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__getitem__", nargs, kw, 1);
  ByteArray* b = as_ba(self);
  Value key = args[0];
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, b->size, &start, &stop, &step);
    std::string out;
    out.reserve(static_cast<size_t>(n > 0 ? n : 0));
    for (int64_t k = 0, i = start; k < n; k++, i += step) out += static_cast<char>(b->data[i]);
    return Value::object(make_bytearray(out));
  }
  if (!has_index(key)) raisef(exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
  return Value::small_int(b->data[ba_index(b, key)]);
}

Value ba_setitem(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__setitem__", nargs, kw, 2);
  ByteArray* b = as_ba(self);
  Value key = args[0];
  if (is_slice(key)) {
    std::string raw = assigned_bytes(args[1]);
    int64_t start, stop, step;
    int64_t n = slice_indices(key, b->size, &start, &stop, &step);
    if (step == 1) {
      if (stop < start) stop = start;
      ba_splice(b, start, stop, raw);
      return Value::none();
    }
    if (static_cast<int64_t>(raw.size()) != n)
      raisef(exc::ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", raw.size(),
             static_cast<long long>(n));
    for (int64_t k = 0, i = start; k < n; k++, i += step) b->data[i] = static_cast<uint8_t>(raw[static_cast<size_t>(k)]);
    return Value::none();
  }
  if (!has_index(key)) raisef(exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
  int64_t i = ba_index(b, key);
  b->data[i] = byte_arg(args[1]);
  return Value::none();
}

Value ba_delitem(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__delitem__", nargs, kw, 1);
  ByteArray* b = as_ba(self);
  Value key = args[0];
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, b->size, &start, &stop, &step);
    if (n <= 0) return Value::none();
    if (step < 0) {  // the same items, walked upwards
      start = start + (n - 1) * step;
      step = -step;
    }
    if (step == 1) {
      ba_splice(b, start, start + n, {});
      return Value::none();
    }
    int64_t w = start;
    for (int64_t r = start; r < b->size; r++)
      if (!(r >= start && (r - start) % step == 0 && (r - start) / step < n)) b->data[w++] = b->data[r];
    ba_set_size(b, w);
    return Value::none();
  }
  if (!has_index(key)) raisef(exc::TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
  int64_t i = ba_index(b, key);
  ba_splice(b, i, i + 1, {});
  return Value::none();
}

Value ba_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  auto* it = alloc<ByteArrayIterator>(types::bytearray_iterator);
  it->next = ba_iter_next;
  it->array = as_ba(self);
  it->index = 0;
  return Value::object(it);
}

Value ba_iadd(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__iadd__", nargs, kw, 1);
  BView v;
  if (!view_of(args[0], &v)) raisef(exc::TypeError, "can't concat %s to bytearray", type_name(args[0]));
  std::string raw(v.sv());
  ByteArray* b = as_ba(self);
  ba_splice(b, b->size, b->size, raw);
  return self;
}

Value ba_imul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__imul__", nargs, kw, 1);
  // The operator's message (`ba *= 'x'`); a direct __imul__ call words it differently.
  if (!has_index(args[0]))
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(args[0]));
  int64_t n = index_value(args[0]);
  ByteArray* b = as_ba(self);
  if (n <= 0) {
    ba_set_size(b, 0);
    return self;
  }
  if (b->size && n > kMaxStrBytes / b->size) raise_memory_error();
  std::string one(b->view());
  ba_reserve(b, b->size * n);
  for (int64_t i = 1; i < n; i++) ba_splice(b, b->size, b->size, one);
  return self;
}

Value ba_append(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("bytearray.append", nargs, kw);
  uint8_t c = byte_arg(args[0]);
  ByteArray* b = as_ba(self);
  ba_reserve(b, b->size + 1);
  b->data[b->size++] = c;
  b->data[b->size] = 0;
  return Value::none();
}

Value ba_extend(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("bytearray.extend", nargs, kw);
  Value v = args[0];
  std::string raw;
  BView view;
  if (view_of(v, &view)) {
    raw = std::string(view.sv());
  } else {
    Type* t = type_of(v);
    if (type_lookup(t, names::__iter__).is_empty() && type_lookup(t, names::__getitem__).is_empty())
      raisef(exc::TypeError, "can't extend bytearray with %s", type_name(v));
    raw = bytes_from_int_iterable(v, "byte must be in range(0, 256)");
  }
  ByteArray* b = as_ba(self);
  ba_splice(b, b->size, b->size, raw);
  return Value::none();
}

Value ba_pop(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("pop", "bytearray.pop", nargs, kw, 0, 1);
  ByteArray* b = as_ba(self);
  int64_t i = nargs ? index_value(args[0]) : -1;
  if (b->size == 0) raise(exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) raise(exc::IndexError, "pop index out of range");
  uint8_t c = b->data[i];
  ba_splice(b, i, i + 1, {});
  return Value::small_int(c);
}

Value ba_insert(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("insert", "bytearray.insert", nargs, kw, 2, 2);
  ByteArray* b = as_ba(self);
  int64_t i = index_value(args[0]);
  char c = static_cast<char>(byte_arg(args[1]));
  if (i < 0) {
    i += b->size;
    if (i < 0) i = 0;
  }
  if (i > b->size) i = b->size;
  ba_splice(b, i, i, std::string_view(&c, 1));
  return Value::none();
}

Value ba_remove(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("bytearray.remove", nargs, kw);
  uint8_t c = byte_arg(args[0]);
  ByteArray* b = as_ba(self);
  const void* at = std::memchr(b->data, c, static_cast<size_t>(b->size));
  if (!at) raise(exc::ValueError, "value not found in bytearray");
  int64_t i = static_cast<const uint8_t*>(at) - b->data;
  ba_splice(b, i, i + 1, {});
  return Value::none();
}

Value ba_clear(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytearray.clear", nargs, kw);
  ba_set_size(as_ba(self), 0);
  return Value::none();
}

Value ba_copy(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytearray.copy", nargs, kw);
  return Value::object(make_bytearray(as_ba(self)->view()));
}

Value ba_reverse(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytearray.reverse", nargs, kw);
  ByteArray* b = as_ba(self);
  for (int64_t i = 0, j = b->size - 1; i < j; i++, j--) std::swap(b->data[i], b->data[j]);
  return Value::none();
}

Value ba_alloc(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytearray.__alloc__", nargs, kw);
  return Value::small_int(as_ba(self)->capacity + 1);
}

Value ba_iter_dunder_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  return self;
}

Value ba_iter_dunder_next(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__next__", nargs, kw, 0);
  Value v = ba_iter_next(self.as_object());
  if (v.is_empty()) raise_stop_iteration(Value::none());
  return v;
}

const MethodDef kByteArrayMethods[] = {
    {"__new__", ba_new, MethodDef::kStatic},
    {"__init__", ba_init, MethodDef::kInstance},
    {"__repr__", ba_repr, MethodDef::kInstance},
    {"__str__", ba_repr, MethodDef::kInstance},
    {"__getitem__", ba_getitem, MethodDef::kInstance},
    {"__setitem__", ba_setitem, MethodDef::kInstance},
    {"__delitem__", ba_delitem, MethodDef::kInstance},
    {"__iter__", ba_iter, MethodDef::kInstance},
    {"__iadd__", ba_iadd, MethodDef::kInstance},
    {"__imul__", ba_imul, MethodDef::kInstance},
    {"append", ba_append, MethodDef::kInstance},
    {"extend", ba_extend, MethodDef::kInstance},
    {"pop", ba_pop, MethodDef::kInstance},
    {"insert", ba_insert, MethodDef::kInstance},
    {"remove", ba_remove, MethodDef::kInstance},
    {"clear", ba_clear, MethodDef::kInstance},
    {"copy", ba_copy, MethodDef::kInstance},
    {"reverse", ba_reverse, MethodDef::kInstance},
    {"__alloc__", ba_alloc, MethodDef::kInstance},
};

const MethodDef kByteArrayIteratorMethods[] = {
    {"__iter__", ba_iter_dunder_iter, MethodDef::kInstance},
    {"__next__", ba_iter_dunder_next, MethodDef::kInstance},
};

}  // namespace

ByteArray* make_bytearray(std::string_view raw) {
  ByteArray* b = new_bytearray(types::bytearray);
  ba_splice(b, 0, 0, raw);
  return b;
}

bool is_bytearray(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == types::bytearray || (!t->is_builtin && types::bytearray && is_subtype(t, types::bytearray));
}

void bytesimpl::init_bytearray_type() {
  if (types::bytearray) return;
  types::bytearray = make_builtin_type("bytearray", types::object, Layout::OTHER, sizeof(ByteArray));
  add_methods(types::bytearray, shared_methods());
  add_methods(types::bytearray, kByteArrayMethods);
  type_set_attr(types::bytearray, "__hash__", Value::none());
  types::bytearray_iterator = make_builtin_type("bytearray_iterator", types::object, Layout::ITERATOR,
                                                sizeof(ByteArrayIterator), kByteArrayIteratorMethods);
}

}  // namespace coil
