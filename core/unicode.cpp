// Coil — Unicode: UTF-8 scanning and the generated character database.
// The tables (core/unicode_tables.inc) come from CPython's own unicodedata,
// so isalpha()/upper()/casefold()... agree with CPython 3.11 for every code
// point, including the full (multi-character) case mappings.
#include "core/unicode.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace coil {

namespace {
#include "core/unicode_tables.inc"

// Loads 8 bytes without alignment requirements.
inline uint64_t load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
constexpr uint64_t kHighBits = 0x8080808080808080ull;
}  // namespace

// ---------------------------------------------------------------------------
// UTF-8 scanning
// ---------------------------------------------------------------------------

// Counts code points: every byte that is not a continuation byte (10xxxxxx)
// starts one. Eight bytes at a time: a continuation byte has bit 7 set and
// bit 6 clear.
#if defined(__SSE2__)
namespace {
// Sums the bytes of a 16-byte accumulator of counts.
inline size_t hsum_epu8(__m128i acc) {
  __m128i s = _mm_sad_epu8(acc, _mm_setzero_si128());
  return static_cast<size_t>(_mm_cvtsi128_si64(s)) + static_cast<size_t>(_mm_extract_epi16(s, 4));
}
}  // namespace
#endif

// Counts the bytes of p[0, n) for which the SSE2 mask `match` is set: per
// 16 bytes, subtract the all-ones compare result from byte counters and fold
// them before they can overflow (255 rounds).
#define COIL_SSE2_COUNT(match_expr)                                   \
  size_t total = 0, i = 0;                                            \
  while (i + 16 <= n) {                                               \
    __m128i acc = _mm_setzero_si128();                                \
    for (int k = 0; k < 255 && i + 16 <= n; k++, i += 16) {           \
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)); \
      acc = _mm_sub_epi8(acc, (match_expr));                          \
    }                                                                 \
    total += hsum_epu8(acc);                                          \
  }

size_t count_byte(const char* p, size_t n, char x) {
#if defined(__SSE2__)
  const __m128i needle = _mm_set1_epi8(x);
  COIL_SSE2_COUNT(_mm_cmpeq_epi8(v, needle))
#else
  size_t total = 0, i = 0;
#endif
  for (; i < n; i++) total += p[i] == x;
  return total;
}

int64_t utf8_count(const char* p, size_t n) {
#if defined(__SSE2__)
  // Continuation bytes 0x80..0xBF are, as signed bytes, those below -64.
  const __m128i limit = _mm_set1_epi8(-64);
  COIL_SSE2_COUNT(_mm_cmplt_epi8(v, limit))
  size_t cont = total;
#else
  size_t cont = 0, i = 0;
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w = load64(p + i);
    cont += std::popcount(w & ~(w << 1) & kHighBits);
  }
  for (; i < n; i++) cont += (static_cast<uint8_t>(p[i]) & 0xC0) == 0x80;
  return static_cast<int64_t>(n - cont);
}

// True when every byte is ASCII.
bool ascii_only(const char* p, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 32 <= n; i += 32) {
    acc |= load64(p + i) | load64(p + i + 8) | load64(p + i + 16) | load64(p + i + 24);
    if (acc & kHighBits) return false;
  }
  for (; i + 8 <= n; i += 8) acc |= load64(p + i);
  if (acc & kHighBits) return false;
  for (; i < n; i++)
    if (static_cast<uint8_t>(p[i]) >= 0x80) return false;
  return true;
}

// Byte offset of code point `index`, skipping whole ASCII words quickly.
size_t utf8_offset(const char* p, size_t n, int64_t index) {
  size_t i = 0;
  while (index > 0 && i < n) {
    if (index >= 8 && i + 8 <= n && (load64(p + i) & kHighBits) == 0) {
      i += 8;
      index -= 8;
      continue;
    }
    i += utf8_seq_len(static_cast<uint8_t>(p[i]));
    index--;
  }
  return i < n ? i : n;
}

// Validates strict UTF-8 with CPython's error ranges and reasons.
bool utf8_check(const char* p, size_t n, Utf8Error* err) {
  const auto* s = reinterpret_cast<const uint8_t*>(p);
  size_t i = 0;
  auto fail = [&](size_t end, const char* reason) {
    if (err) *err = {i, end, reason};
    return false;
  };
  while (i < n) {
    if (i + 8 <= n && (load64(p + i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    uint8_t b = s[i];
    if (b < 0x80) { i++; continue; }
    int len;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;  // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return fail(i + 1, "invalid start byte");
    }
    for (int k = 1; k < len; k++) {
      if (i + k >= n) return fail(n, "unexpected end of data");
      uint8_t c = s[i + k];
      bool ok = k == 1 ? (c >= lo && c <= hi) : (c & 0xC0) == 0x80;
      if (!ok) return fail(i + k, "invalid continuation byte");
    }
    i += len;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Character database
// ---------------------------------------------------------------------------

const UnicodeRecord& unicode_record(uint32_t cp) {
  if (cp >= 0x110000) return kRecords[0];
  uint32_t block = kIndex1[cp >> kShift];
  return kRecords[kIndex2[(block << kShift) + (cp & ((1u << kShift) - 1))]];
}

namespace {
inline bool has(uint32_t cp, uint32_t flag) { return (unicode_record(cp).flags & flag) != 0; }
}  // namespace

bool uni_isalpha(uint32_t cp) { return has(cp, kUALPHA); }
bool uni_isdecimal(uint32_t cp) { return has(cp, kUDECIMAL); }
bool uni_isdigit(uint32_t cp) { return has(cp, kUDIGIT); }
bool uni_isnumeric(uint32_t cp) { return has(cp, kUNUMERIC); }
bool uni_isalnum(uint32_t cp) { return has(cp, kUALPHA | kUDECIMAL | kUDIGIT | kUNUMERIC); }
bool uni_isspace(uint32_t cp) { return has(cp, kUSPACE); }
bool uni_islower(uint32_t cp) { return has(cp, kULOWER); }
bool uni_isupper(uint32_t cp) { return has(cp, kUUPPER); }
bool uni_istitle(uint32_t cp) { return has(cp, kUTITLE); }
bool uni_iscased(uint32_t cp) { return has(cp, kUCASED); }
bool uni_iscase_ignorable(uint32_t cp) { return has(cp, kUCASE_IGNORABLE); }
bool uni_isprintable(uint32_t cp) { return has(cp, kUPRINTABLE); }
bool uni_isxid_start(uint32_t cp) { return has(cp, kUXID_START); }
bool uni_isxid_continue(uint32_t cp) { return has(cp, kUXID_CONTINUE); }

bool uni_islinebreak(uint32_t cp) {
  switch (cp) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

int uni_decimal_value(uint32_t cp) {
  uint8_t d = unicode_record(cp).decimal;
  return d == 255 ? -1 : d;
}

int uni_case_map(uint32_t cp, CaseKind kind, uint32_t out[3]) {
  const UnicodeRecord& r = unicode_record(cp);
  int32_t m;
  uint32_t ext_flag;
  switch (kind) {
    case CaseKind::LOWER: m = r.lower; ext_flag = kUEXT_LOWER; break;
    case CaseKind::UPPER: m = r.upper; ext_flag = kUEXT_UPPER; break;
    case CaseKind::TITLE: m = r.title; ext_flag = kUEXT_TITLE; break;
    default: m = r.fold; ext_flag = kUEXT_FOLD; break;
  }
  if (!(r.flags & ext_flag)) {
    out[0] = static_cast<uint32_t>(static_cast<int32_t>(cp) + m);
    return 1;
  }
  int len = m >> 24;
  const uint32_t* src = kExtCase + (m & 0xFFFFFF);
  for (int i = 0; i < len; i++) out[i] = src[i];
  return len;
}

uint32_t uni_to_lower_simple(uint32_t cp) {
  uint32_t out[3];
  return uni_case_map(cp, CaseKind::LOWER, out) == 1 ? out[0] : cp;
}

uint32_t uni_to_upper_simple(uint32_t cp) {
  uint32_t out[3];
  return uni_case_map(cp, CaseKind::UPPER, out) == 1 ? out[0] : cp;
}

}  // namespace coil
