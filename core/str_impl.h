// Coil — str internals shared by core/str*.cpp and core/bytes.cpp: raw
// allocation, code-point offsets, a string builder, argument checks with
// CPython's exact wording, and the per-file method registration hooks.
// Not a public contract: other components use core/str.h.
#pragma once

#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string_view>

#include "core/str.h"
#include "core/unicode.h"

namespace coil::strimpl {

// ---------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------

// Larger strs and bytes raise MemoryError up front (the collector would abort).
constexpr int64_t kMaxStrBytes = int64_t{1} << 40;
// MemoryError() with no message, as CPython raises it.
[[noreturn]] void raise_memory_error();
// A new exact str with `size` bytes of uninitialized data (NUL written).
// Fill data(), then call str_seal() if it may be non-ASCII.
Str* str_alloc(int64_t size, int64_t length, bool ascii);
// Builds the code-point index ("crumbs") of long non-ASCII strings; returns s.
Str* str_seal(Str* s);
// Copies UTF-8 whose length and ASCII-ness the caller already knows.
Str* str_from_known(const char* p, size_t n, int64_t length, bool ascii);
// Copies a byte range of s (on code point boundaries) into a new str; the
// whole of an exact str is returned as is.
Str* str_substr(Str* s, size_t b0, size_t b1);
// s itself if it is an exact str, else an exact copy (CPython returns exact
// strs from methods called on subclass instances).
Str* str_exact(Str* s);
Str* empty_str();

// Byte offset of code point `index` (0 <= index <= length): O(1) for ASCII,
// a crumb lookup plus a short walk otherwise.
size_t str_offset(const Str* s, int64_t index);
// Code point index of a byte offset.
inline int64_t str_index_of(const Str* s, size_t byte_off) {
  return s->ascii ? static_cast<int64_t>(byte_off) : utf8_count(s->data(), byte_off);
}

inline bool is_str(Value v) { return has_layout(v, Layout::STR); }
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == types::str; }
inline Str* as_str(Value v) { return v.as<Str>(); }
inline bool is_bytes(Value v) { return has_layout(v, Layout::BYTES); }

// ---------------------------------------------------------------------------
// Building strings of unknown size
// ---------------------------------------------------------------------------

// Appends UTF-8 pieces into a malloc'ed buffer (inline for short results)
// while tracking the code point count and ASCII-ness; finish() makes the str
// with one copy.
class StrBuilder {
 public:
  StrBuilder() = default;
  StrBuilder(const StrBuilder&) = delete;
  StrBuilder& operator=(const StrBuilder&) = delete;
  ~StrBuilder() {
    if (buf_ != inline_) std::free(buf_);
  }
  void reserve(size_t extra) {
    if (len_ + extra > cap_) grow(len_ + extra);
  }
  void append(const char* p, size_t n, int64_t cps, bool ascii) {
    if (n == 0) return;
    reserve(n);
    std::memcpy(buf_ + len_, p, n);
    len_ += n;
    cps_ += cps;
    ascii_ &= ascii;
  }
  void append(const Str* s) { append(s->data(), static_cast<size_t>(s->size), s->length, s->ascii); }
  // Appends ASCII-only text.
  void append_ascii(const char* p, size_t n) { append(p, n, static_cast<int64_t>(n), true); }
  void append_ascii(std::string_view v) { append_ascii(v.data(), v.size()); }
  // Appends UTF-8 text of unknown composition.
  void append_utf8(const char* p, size_t n) {
    bool a = ascii_only(p, n);
    append(p, n, a ? static_cast<int64_t>(n) : utf8_count(p, n), a);
  }
  void push(char c) {
    if (len_ == cap_) grow(len_ + 1);
    buf_[len_++] = c;
    cps_++;
  }
  void push_cp(uint32_t cp) {
    if (cp < 0x80) return push(static_cast<char>(cp));
    reserve(4);
    len_ += static_cast<size_t>(utf8_encode(cp, buf_ + len_));
    cps_++;
    ascii_ = false;
  }
  // Appends `count` copies of cp.
  void fill(uint32_t cp, int64_t count) {
    if (count <= 0) return;
    char enc[4];
    int n = utf8_encode(cp, enc);
    reserve(static_cast<size_t>(n) * static_cast<size_t>(count));
    if (n == 1) {
      std::memset(buf_ + len_, enc[0], static_cast<size_t>(count));
      len_ += static_cast<size_t>(count);
    } else {
      for (int64_t i = 0; i < count; i++, len_ += static_cast<size_t>(n)) std::memcpy(buf_ + len_, enc, static_cast<size_t>(n));
      ascii_ = false;
    }
    cps_ += count;
  }
  size_t size() const { return len_; }
  int64_t length() const { return cps_; }
  char* data() { return buf_; }
  void truncate(size_t n, int64_t cps) { len_ = n; cps_ = cps; }
  Str* finish() const { return str_from_known(buf_, len_, cps_, ascii_); }
  std::string_view view() const { return {buf_, len_}; }

 private:
  void grow(size_t need) {
    size_t cap = cap_ * 2;
    if (cap < need) cap = need;
    char* nb = static_cast<char*>(std::malloc(cap));
    if (!nb) std::abort();
    std::memcpy(nb, buf_, len_);
    if (buf_ != inline_) std::free(buf_);
    buf_ = nb;
    cap_ = cap;
  }
  char inline_[240];
  char* buf_ = inline_;
  size_t len_ = 0;
  size_t cap_ = sizeof(inline_);
  int64_t cps_ = 0;
  bool ascii_ = true;
};

// ---------------------------------------------------------------------------
// Argument checks, each with one of CPython's wordings
// ---------------------------------------------------------------------------

// "str.upper() takes no arguments (1 given)" / "... takes no keyword arguments".
void args_none(const char* qname, size_t nargs, Tuple* kwnames);
// "str.join() takes exactly one argument (2 given)".
void args_one(const char* qname, size_t nargs, Tuple* kwnames);
// Argument Clinic positional-only: "center expected at most 2 arguments,
// got 3"; keywords: "str.center() takes no keyword arguments".
void args_clinic(const char* name, const char* qname, size_t nargs, Tuple* kwnames, size_t min, size_t max);
// METH_VARARGS style: "find() takes at most 3 arguments (4 given)".
void args_varargs(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max);
// Keyword-capable methods: binds args to `names` (all optional); "'x' is an
// invalid keyword argument for split()", "split() takes at most 2 arguments (3 given)".
void args_keywords(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                   std::initializer_list<const char*> names, Value* out);
// Slot wrappers (__add__ called directly): "expected 1 argument, got 2".
void args_wrapper(const char* dunder, size_t nargs, Tuple* kwnames, size_t n);

// start/end of find() & co.: None or an __index__ value, clamped as CPython's
// ADJUST_INDICES does against `length`.
void parse_bounds(const Value* args, size_t nargs, size_t first, int64_t length, int64_t* start,
                  int64_t* end);
// An optional int argument (Empty/None → dflt) through __index__.
int64_t opt_index(Value v, int64_t dflt);

// ---------------------------------------------------------------------------
// Shared helpers between the str files
// ---------------------------------------------------------------------------

// The single code point of a length-1 str.
inline uint32_t str_single_cp(const Str* s) { return utf8_decode(s->data()); }
// Encodes s with an encoding and error handler name; returns bytes.
Bytes* str_encode(Str* s, std::string_view encoding, std::string_view errors);
// Hash of raw bytes (the function str_hash uses), never -1.
int64_t bytes_hash_raw(const void* p, size_t n);
// Substring search on bytes: offset of the first/last match in [0, hn), or -1.
int64_t find_bytes(const char* h, size_t hn, const char* n, size_t nn);
int64_t rfind_bytes(const char* h, size_t hn, const char* n, size_t nn);
// Non-overlapping occurrences, at most `max` (max < 0: unlimited).
int64_t count_bytes(const char* h, size_t hn, const char* n, size_t nn, int64_t max);
// The canonical codec of an encoding name ("utf-8", "ascii", "latin-1"), or
// LookupError "unknown encoding: x".
std::string_view normalize_encoding(std::string_view name);
// Python's whitespace for ASCII bytes (str.isspace: includes \x1c-\x1f).
inline bool ascii_space(uint8_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }
// str.isspace() of the code point at p (advances p).
inline bool space_at(const char*& p) {
  auto c = static_cast<uint8_t>(*p);
  if (c < 0x80) { p++; return ascii_space(c); }
  return uni_isspace(utf8_next(p));
}
// TypeError "must be str, not int".
[[noreturn]] void raise_must_be_str(Value v);
// A str argument or TypeError "must be str, not int".
inline Str* need_str(Value v) {
  if (!is_str(v)) raise_must_be_str(v);
  return as_str(v);
}
// Text for messages: a Value expected to be str → its view.
inline std::string_view sv(Value v) { return v.as<Str>()->view(); }

// Per-file method registration, called by init_str_type().
void register_str_search(Type* str);     // core/str_search.cpp
void register_str_split(Type* str);      // core/str_split.cpp
void register_str_case(Type* str);       // core/str_case.cpp
void register_str_methods(Type* str);    // core/str_methods.cpp
void register_str_format(Type* str);     // core/str_format.cpp
void register_str_percent(Type* str);    // core/str_percent.cpp

}  // namespace coil::strimpl
