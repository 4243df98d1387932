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

struct Bytes : Object {
  int64_t hash;    // -1 until computed
  int64_t size;
  uint8_t* data() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  std::string_view view() const { return {reinterpret_cast<const char*>(data()), static_cast<size_t>(size)}; }
};
Bytes* make_bytes(std::string_view raw);

// Registers str's and bytes' methods. Called by init_types().
void init_str_type();
void init_bytes_type();

}  // namespace coil
