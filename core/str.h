// Coil — str: immutable Unicode strings stored as UTF-8.
// Indexing is O(1) for ASCII strings (the common case) and walks the bytes
// otherwise; length in code points and the hash are computed once.
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"

namespace coil {

struct Str : Object {
  int64_t hash;     // -1 until computed
  int64_t length;   // in code points
  int64_t size;     // in bytes, without the trailing NUL
  bool ascii;       // every code point < 128: byte index == char index
  bool interned;
  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};

// Creates a str from valid UTF-8 (the caller guarantees validity).
Str* make_str(std::string_view utf8);
inline Value str_value(std::string_view utf8) { return Value::object(make_str(utf8)); }
// Returns the unique interned str with this text.
Str* intern(std::string_view utf8);
Str* intern(Str* s);
// The str for one code point (cached for code points < 256).
Str* str_from_code_point(uint32_t cp);
// Concatenation, repetition, hashing, equality: the interpreter's fast paths.
Str* str_concat(Str* a, Str* b);
int64_t str_hash(Str* s);
inline bool str_equal(const Str* a, const Str* b) {
  return a == b || (a->size == b->size && std::char_traits<char>::compare(a->data(), b->data(), a->size) == 0);
}
// s[i] with Python's negative-index rule and IndexError.
Str* str_getitem_index(Str* s, int64_t i);
// repr(s) with CPython's quote choice and escapes.
Str* str_repr(Str* s);
// True when `bytes` is valid UTF-8.
bool utf8_valid(std::string_view bytes);


// ---- Additional entry points (str owner) ----
struct AttrStore;
struct Bytes;
// ascii(s): repr with every non-ASCII code point escaped (\xNN, \uNNNN, \UNNNNNNNN).
Str* str_ascii_repr(Str* s);
// Escapes the non-ASCII code points of any text (ascii(x) = this of repr(x)).
Str* str_escape_non_ascii(Str* s);
// -1, 0, 1 in code point order (== UTF-8 byte order).
int str_compare(const Str* a, const Str* b);
// s * n (n <= 0 gives '').
Str* str_repeat(Str* s, int64_t n);
// s[key] for an int, __index__ object or slice (TypeError/IndexError as CPython).
Value str_getitem(Str* s, Value key);
// s[start:stop:step] for indices already resolved by slice_indices (count items).
Str* str_slice(Str* s, int64_t start, int64_t stop, int64_t step, int64_t count);
// `needle in s`.
bool str_contains(Str* s, Str* needle);
// s.find(needle) as a code point index, -1 when absent.
int64_t str_find(Str* s, Str* needle);
// sep.join(iterable) with CPython's errors.
Str* str_join(Str* sep, Value iterable);
// s.format(*args, **kwargs) / s % args.
Str* str_format(Str* fmt, const Value* args, size_t nargs, Tuple* kwnames);
Str* str_percent_format(Str* fmt, Value args);
// b % args (bytes' printf-style formatting).
Bytes* bytes_percent_format(Bytes* fmt, Value args);
// iter(s): a str_iterator (an IteratorObject: FOR_ITER's builtin fast path).
Value make_str_iterator(Str* s);
// An instance of a str subclass `cls` holding `value`'s text. Its AttrStore
// lies after the text (str_attr_store), not at a fixed offset: the text is
// inline, so Type::attrs_offset cannot describe it.
Str* str_subclass_new(Type* cls, Str* value);
AttrStore* str_attr_store(Str* s);
// UTF-8 decoding of untrusted bytes; errors: "strict", "replace", "ignore", ...
Str* str_decode(std::string_view raw, std::string_view encoding, std::string_view errors);
// (Unicode digit values and whitespace for int()/float(): core/unicode.h.)

struct Bytes : Object {
  int64_t hash;    // -1 until computed
  int64_t size;
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  std::string_view view() const { return {reinterpret_cast<const char*>(data()), static_cast<size_t>(size)}; }
};
Bytes* make_bytes(std::string_view raw);

// ---- Additional entry points (bytes owner) ----
// A new bytes of `size` uninitialized bytes (NUL-terminated), to be filled.
Bytes* bytes_alloc(int64_t size);
// repr(b): b'...' with CPython's quote choice and escapes.
Str* bytes_repr(Bytes* b);
Value bytes_getitem(Bytes* b, Value key);
Bytes* bytes_concat(Bytes* a, Bytes* b);
int64_t bytes_hash(Bytes* b);
// bytes(x) for the constructor's argument forms.
Bytes* bytes_from_value(Value v);
// An instance of a bytes subclass (AttrStore after the data, as for str).
Bytes* bytes_subclass_new(Type* cls, Bytes* value);
AttrStore* bytes_attr_store(Bytes* b);

// bytearray: a mutable byte buffer. The data lives out of line, so the
// object has a fixed size and subclasses get an ordinary attrs_offset.
struct ByteArray : Object {
  int64_t size;
  int64_t capacity;   // bytes allocated for data, without the trailing NUL
  uint8_t* data;      // gc_alloc_atomic buffer of capacity + 1 bytes
  std::string_view view() const { return {reinterpret_cast<const char*>(data), static_cast<size_t>(size)}; }
};
// The bytearray type objects (not in COIL_BUILTIN_TYPES: created by
// init_bytes_type(); the builtins module must publish `bytearray`).
namespace types {
extern Type* bytearray;
extern Type* bytearray_iterator;
}  // namespace types
ByteArray* make_bytearray(std::string_view raw);
// True for bytearray and its subclasses.
bool is_bytearray(Value v);
// The contents of a bytes-like object (bytes, bytearray, subclasses); false
// for anything else.
bool bytes_like_view(Value v, std::string_view* out);

// Registers str's and bytes' methods. Called by init_types().
void init_str_type();
void init_bytes_type();

}  // namespace coil
