// Coil — Unicode: UTF-8 coding and the character database that str's
// methods use (classification, full case mappings), generated from CPython's
// unicodedata so that results match CPython 3.11 exactly (Unicode 14.0).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace coil {

// ---- UTF-8 ----

// Bytes of the UTF-8 sequence that starts with lead byte `b` (1 for a stray
// continuation byte, so walking never stalls).
inline int utf8_seq_len(uint8_t b) {
  if (b < 0x80) return 1;
  if (b < 0xE0) return b < 0xC0 ? 1 : 2;
  return b < 0xF0 ? 3 : 4;
}
// Decodes the code point at p (valid UTF-8, or a surrogate in 3-byte form).
inline uint32_t utf8_decode(const char* p) {
  const auto* s = reinterpret_cast<const uint8_t*>(p);
  if (s[0] < 0x80) return s[0];
  if (s[0] < 0xE0) return (uint32_t(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
  if (s[0] < 0xF0) return (uint32_t(s[0] & 0x0F) << 12) | (uint32_t(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  return (uint32_t(s[0] & 0x07) << 18) | (uint32_t(s[1] & 0x3F) << 12) | (uint32_t(s[2] & 0x3F) << 6) |
         (s[3] & 0x3F);
}
// Decodes the code point at *p and advances *p past it.
inline uint32_t utf8_next(const char*& p) {
  uint32_t cp = utf8_decode(p);
  p += utf8_seq_len(static_cast<uint8_t>(*p));
  return cp;
}
// Steps back from p (just past a code point) to that code point's start.
inline const char* utf8_prev(const char* p) {
  do --p; while ((static_cast<uint8_t>(*p) & 0xC0) == 0x80);
  return p;
}
// Bytes needed to encode cp.
inline int utf8_cp_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
// Writes cp (surrogates included, in their 3-byte form); returns bytes written.
inline int utf8_encode(uint32_t cp, char* out) {
  auto* o = reinterpret_cast<uint8_t*>(out);
  if (cp < 0x80) { o[0] = uint8_t(cp); return 1; }
  if (cp < 0x800) { o[0] = uint8_t(0xC0 | (cp >> 6)); o[1] = uint8_t(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    o[0] = uint8_t(0xE0 | (cp >> 12)); o[1] = uint8_t(0x80 | ((cp >> 6) & 0x3F));
    o[2] = uint8_t(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = uint8_t(0xF0 | (cp >> 18)); o[1] = uint8_t(0x80 | ((cp >> 12) & 0x3F));
  o[2] = uint8_t(0x80 | ((cp >> 6) & 0x3F)); o[3] = uint8_t(0x80 | (cp & 0x3F));
  return 4;
}
// Number of code points in a UTF-8 byte range (counts non-continuation bytes).
int64_t utf8_count(const char* p, size_t n);
// Occurrences of byte x in p[0, n) (SSE2 when available).
size_t count_byte(const char* p, size_t n, char x);
// True when every byte is < 0x80.
bool ascii_only(const char* p, size_t n);
// Byte offset of code point `index` in p[0, n) (walks; index <= count).
size_t utf8_offset(const char* p, size_t n, int64_t index);

// The result of validating/decoding untrusted bytes as UTF-8.
struct Utf8Error {
  size_t start;        // offset of the offending sequence
  size_t end;          // end of the maximal invalid subpart (CPython's range)
  const char* reason;  // "invalid start byte", "invalid continuation byte", "unexpected end of data"
};
// Scans bytes as strict UTF-8 (no surrogates); returns false and fills *err at
// the first problem.
bool utf8_check(const char* p, size_t n, Utf8Error* err);

// ---- Character database ----

struct UnicodeRecord {
  uint32_t flags;
  int32_t lower, upper, title, fold;  // delta, or (len << 24 | kExtCase start) when EXT
  uint8_t decimal, digit;             // 0..9, or 255
};
const UnicodeRecord& unicode_record(uint32_t cp);

bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitle(uint32_t cp);
bool uni_iscased(uint32_t cp);
bool uni_iscase_ignorable(uint32_t cp);
bool uni_isprintable(uint32_t cp);
bool uni_isxid_start(uint32_t cp);
bool uni_isxid_continue(uint32_t cp);
// str.splitlines() boundaries: \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029.
bool uni_islinebreak(uint32_t cp);
// Decimal digit value 0..9, or -1 (int() and float() of Unicode digits).
int uni_decimal_value(uint32_t cp);

// Full case mappings: write up to 3 code points to out, return the count.
enum class CaseKind : uint8_t { LOWER, UPPER, TITLE, FOLD };
int uni_case_map(uint32_t cp, CaseKind kind, uint32_t out[3]);
// Simple (single code point) mappings, for quick tests.
uint32_t uni_to_lower_simple(uint32_t cp);
uint32_t uni_to_upper_simple(uint32_t cp);

}  // namespace coil
