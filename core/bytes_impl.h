// Coil — internals shared by bytes.cpp and bytearray.cpp: byte views over
// either type, results of the receiver's type, and the method table the two
// types share. Not a public contract (see core/str.h).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/str.h"

namespace coil::bytesimpl {

// The bytes of a bytes-like value (valid until the next mutation of a
// bytearray).
struct BView {
  const char* p;
  size_t n;
  const uint8_t* u() const { return reinterpret_cast<const uint8_t*>(p); }
  std::string_view sv() const { return {p, n}; }
};

inline bool view_of(Value v, BView* out) {
  std::string_view s;
  if (!bytes_like_view(v, &s)) return false;
  *out = {s.data(), s.size()};
  return true;
}
// The view of a method's receiver (a bytes or a bytearray).
inline BView self_view(Value self) {
  BView v{};
  view_of(self, &v);
  return v;
}
// A bytes-like argument, or TypeError "a bytes-like object is required, not 'str'".
BView need_view(Value v);

// A new object of the receiver's family (bytes for bytes and its
// subclasses, bytearray for bytearrays) holding `raw`.
Value make_like(Value self, std::string_view raw);
// The receiver's content as an unchanged result: an exact bytes is returned
// itself; anything else (a subclass instance, a bytearray) is copied.
Value same_as(Value self);
// self[lo:hi] as a result of the receiver's family.
Value piece(Value self, BView v, size_t lo, size_t hi);

// A byte value from an int argument: ValueError "byte must be in range(0, 256)".
uint8_t byte_arg(Value v);
// The bytes of an iterable of ints (bytearray(...), extend, slice
// assignment); `range_msg` is the ValueError text for an int out of range.
std::string bytes_from_int_iterable(Value v, const char* range_msg = "bytes must be in range(0, 256)");
// b'...' (the body of both reprs; bytearray's escapes every ').
std::string bytes_literal(std::string_view raw, bool bytearray_style = false);

// Methods registered on both bytes and bytearray.
std::span<const MethodDef> shared_methods();

// Creates the bytearray types; called by init_bytes_type().
void init_bytearray_type();

}  // namespace coil::bytesimpl
