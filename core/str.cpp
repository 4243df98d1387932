// Coil — str: representation, allocation, interning, hashing, indexing,
// repr, iteration, comparison and the protocol dunders. The text methods
// live in str_methods.cpp, str.format in str_format.cpp, `%` in
// str_percent.cpp, codecs in str_codecs.cpp.
//
// Representation. A Str is its header followed inline by the UTF-8 bytes and
// a NUL. `length` counts code points and `ascii` says that byte index equals
// code point index, so indexing an ASCII string is O(1). A non-ASCII string
// of at least kCrumbStride code points also carries, after its NUL, a table of
// the byte offsets of every kCrumbStride-th code point ("crumbs"), which makes
// s[i] O(1) in practice for any string: one table load plus a walk of fewer
// than kCrumbStride code points.
//
// Exact strs are allocated with gc_alloc_atomic (not scanned by the
// collector): their only pointer is `type`, and types::str is a permanent
// builtin type reachable from a root, so the collector never needs to see it
// through the string. Instances of str subclasses hold an AttrStore and a
// collectable type, so they use scanned memory (see str_subclass_new).
#include "core/str.h"

#include <cstring>
#include <string>

#include "core/args.h"
#include "core/errors.h"
#include "core/format_spec.h"
#include "core/int.h"
#include "core/iterators.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/slice.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

namespace {

constexpr int64_t kCrumbStride = 32;

// True when a string of this shape carries crumbs.
inline bool has_crumbs(int64_t size, int64_t length, bool ascii) {
  return !ascii && length >= kCrumbStride && size < INT64_C(0xFFFFFFFF);
}
// Bytes from the start of a Str to the end of its data, NUL and crumbs.
inline size_t body_bytes(int64_t size, int64_t length, bool ascii) {
  size_t n = sizeof(Str) + static_cast<size_t>(size) + 1;
  if (has_crumbs(size, length, ascii))
    n = ((n + 3) & ~size_t{3}) + 4 * static_cast<size_t>(length / kCrumbStride);
  return n;
}
inline uint32_t* crumbs(const Str* s) {
  size_t off = (sizeof(Str) + static_cast<size_t>(s->size) + 1 + 3) & ~size_t{3};
  return reinterpret_cast<uint32_t*>(reinterpret_cast<char*>(const_cast<Str*>(s)) + off);
}

// The empty string and the strs of code points 0..255, made on first use
// (static storage: the collector scans it as a root).
Str* g_empty;
Str* g_chars[256];

inline void init_header(Str* s, Type* type, int64_t size, int64_t length, bool ascii) {
  s->type = type;
  s->hash = -1;
  s->length = length;
  s->size = size;
  s->ascii = ascii;
  s->interned = false;
  s->data()[size] = '\0';
}

Str* char_str(uint32_t cp) {
  Str*& slot = g_chars[cp];
  if (!slot) {
    char buf[4];
    int n = utf8_encode(cp, buf);
    slot = str_alloc(n, 1, cp < 0x80);
    std::memcpy(slot->data(), buf, static_cast<size_t>(n));
  }
  return slot;
}

}  // namespace

// ---------------------------------------------------------------------------
// Allocation
// ---------------------------------------------------------------------------

namespace strimpl {

void raise_memory_error() { throw PyException{new_exception_args(exc::MemoryError, empty_tuple())}; }

Str* str_alloc(int64_t size, int64_t length, bool ascii) {
  if (size > kMaxStrBytes) raise_memory_error();
  auto* s = static_cast<Str*>(gc_alloc_atomic(body_bytes(size, length, ascii)));
  init_header(s, types::str, size, length, ascii);
  return s;
}

Str* str_seal(Str* s) {
  if (!has_crumbs(s->size, s->length, s->ascii)) return s;
  uint32_t* c = crumbs(s);
  const char* base = s->data();
  const char* p = base;
  int64_t n = s->length / kCrumbStride;
  for (int64_t k = 0; k < n; k++) {
    for (int64_t j = 0; j < kCrumbStride; j++) p += utf8_seq_len(static_cast<uint8_t>(*p));
    c[k] = static_cast<uint32_t>(p - base);
  }
  return s;
}

Str* empty_str() {
  if (!g_empty) g_empty = str_alloc(0, 0, true);
  return g_empty;
}

Str* str_from_known(const char* p, size_t n, int64_t length, bool ascii) {
  if (length <= 1) {
    if (n == 0) return empty_str();
    uint32_t cp = utf8_decode(p);
    if (cp < 256) return char_str(cp);
  }
  Str* s = str_alloc(static_cast<int64_t>(n), length, ascii);
  std::memcpy(s->data(), p, n);
  return ascii ? s : str_seal(s);
}

Str* str_substr(Str* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == static_cast<size_t>(s->size)) return str_exact(s);
  const char* p = s->data() + b0;
  size_t n = b1 - b0;
  if (s->ascii) return str_from_known(p, n, static_cast<int64_t>(n), true);
  int64_t len = utf8_count(p, n);
  return str_from_known(p, n, len, len == static_cast<int64_t>(n));
}

Str* str_exact(Str* s) {
  if (s->type == types::str) return s;
  Str* r = str_alloc(s->size, s->length, s->ascii);
  std::memcpy(r->data(), s->data(), static_cast<size_t>(s->size));
  return str_seal(r);
}

size_t str_offset(const Str* s, int64_t index) {
  if (s->ascii) return static_cast<size_t>(index);
  if (index >= s->length) return static_cast<size_t>(s->size);
  const char* base = s->data();
  const char* p = base;
  int64_t walk = index;
  if (has_crumbs(s->size, s->length, s->ascii) && index >= kCrumbStride) {
    p = base + crumbs(s)[index / kCrumbStride - 1];
    walk = index % kCrumbStride;
  } else if (index > s->length / 2) {
    // Closer to the end: walk backwards.
    const char* q = base + s->size;
    for (int64_t k = s->length; k > index; k--) q = utf8_prev(q);
    return static_cast<size_t>(q - base);
  }
  if (walk >= 16) return static_cast<size_t>(p - base) + utf8_offset(p, static_cast<size_t>(base + s->size - p), walk);
  for (; walk > 0; walk--) p += utf8_seq_len(static_cast<uint8_t>(*p));
  return static_cast<size_t>(p - base);
}

}  // namespace strimpl

Str* make_str(std::string_view utf8) {
  const char* p = utf8.data();
  size_t n = utf8.size();
  if (n <= 1) return n == 0 ? empty_str() : char_str(static_cast<uint8_t>(p[0]));
  if (ascii_only(p, n)) return str_from_known(p, n, static_cast<int64_t>(n), true);
  return str_from_known(p, n, utf8_count(p, n), false);
}

Str* str_from_code_point(uint32_t cp) {
  if (cp < 256) return char_str(cp);
  char buf[4];
  int n = utf8_encode(cp, buf);
  Str* s = str_alloc(n, 1, false);
  std::memcpy(s->data(), buf, static_cast<size_t>(n));
  return s;
}

bool utf8_valid(std::string_view bytes) { return utf8_check(bytes.data(), bytes.size(), nullptr); }

// ---------------------------------------------------------------------------
// Hashing: wyhash's mixing (64-bit multiply-fold), about 8 bytes per cycle on
// long keys and a few cycles for identifiers. Never -1 (CPython's "error").
// ---------------------------------------------------------------------------

namespace {

inline uint64_t mum(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}
inline uint64_t rd8(const uint8_t* p) { uint64_t v; std::memcpy(&v, p, 8); return v; }
inline uint64_t rd4(const uint8_t* p) { uint32_t v; std::memcpy(&v, p, 4); return v; }

uint64_t hash_bytes(const void* key, size_t n) {
  constexpr uint64_t s0 = 0xa0761d6478bd642full, s1 = 0xe7037ed1a0b428dbull,
                     s2 = 0x8ebc6af09c88c6e3ull, s3 = 0x589965cc75374cc3ull;
  const auto* p = static_cast<const uint8_t*>(key);
  uint64_t seed = s0 ^ mum(s0 ^ s1, n);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      size_t q = (n >> 3) << 2;
      a = (rd4(p) << 32) | rd4(p + q);
      b = (rd4(p + n - 4) << 32) | rd4(p + n - 4 - q);
    } else if (n > 0) {
      a = (uint64_t{p[0]} << 16) | (uint64_t{p[n >> 1]} << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = n;
    if (i > 48) {
      uint64_t see1 = seed, see2 = seed;
      do {
        seed = mum(rd8(p) ^ s1, rd8(p + 8) ^ seed);
        see1 = mum(rd8(p + 16) ^ s2, rd8(p + 24) ^ see1);
        see2 = mum(rd8(p + 32) ^ s3, rd8(p + 40) ^ see2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= see1 ^ see2;
    }
    while (i > 16) {
      seed = mum(rd8(p) ^ s1, rd8(p + 8) ^ seed);
      i -= 16;
      p += 16;
    }
    a = rd8(p + i - 16);
    b = rd8(p + i - 8);
  }
  return mum(s1 ^ n, mum(a ^ s1, b ^ seed));
}

}  // namespace

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  auto h = static_cast<int64_t>(hash_bytes(s->data(), static_cast<size_t>(s->size)));
  if (h == -1) h = -2;
  s->hash = h;
  return h;
}

// Shared with bytes: the same function over raw bytes.
int64_t strimpl::bytes_hash_raw(const void* p, size_t n) {
  auto h = static_cast<int64_t>(hash_bytes(p, n));
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------------------
// Interning: an open-addressed table of Str*, in scanned GC memory whose
// address lives in static storage (a root). Interned strings are immortal.
// ---------------------------------------------------------------------------

namespace {

Str** g_intern_slots;
size_t g_intern_mask;
size_t g_intern_count;

void intern_insert_slot(Str** slots, size_t mask, Str* s) {
  size_t i = static_cast<size_t>(str_hash(s)) & mask;
  while (slots[i]) i = (i + 1) & mask;
  slots[i] = s;
}

void intern_grow() {
  size_t cap = g_intern_slots ? (g_intern_mask + 1) * 2 : 1024;
  auto** slots = static_cast<Str**>(gc_alloc(cap * sizeof(Str*)));
  if (g_intern_slots)
    for (size_t i = 0; i <= g_intern_mask; i++)
      if (g_intern_slots[i]) intern_insert_slot(slots, cap - 1, g_intern_slots[i]);
  g_intern_slots = slots;
  g_intern_mask = cap - 1;
}

// Finds the interned str equal to `text` (with hash h), or null.
Str* intern_find(std::string_view text, int64_t h) {
  if (!g_intern_slots) return nullptr;
  for (size_t i = static_cast<size_t>(h) & g_intern_mask;; i = (i + 1) & g_intern_mask) {
    Str* s = g_intern_slots[i];
    if (!s) return nullptr;
    if (s->hash == h && s->view() == text) return s;
  }
}

Str* intern_add(Str* s) {
  if ((g_intern_count + 1) * 2 > (g_intern_slots ? g_intern_mask + 1 : 0)) intern_grow();
  s->interned = true;
  intern_insert_slot(g_intern_slots, g_intern_mask, s);
  g_intern_count++;
  return s;
}

}  // namespace

Str* intern(std::string_view utf8) {
  int64_t h = bytes_hash_raw(utf8.data(), utf8.size());
  if (Str* s = intern_find(utf8, h)) return s;
  Str* s = make_str(utf8);
  str_hash(s);
  return intern_add(s);
}

Str* intern(Str* s) {
  if (s->interned) return s;
  if (Str* found = intern_find(s->view(), str_hash(s))) return found;
  return intern_add(str_exact(s));
}

// ---------------------------------------------------------------------------
// Concatenation, repetition, indexing
// ---------------------------------------------------------------------------

Str* str_concat(Str* a, Str* b) {
  if (b->size == 0) return str_exact(a);
  if (a->size == 0) return str_exact(b);
  bool ascii = a->ascii && b->ascii;
  Str* r = str_alloc(a->size + b->size, a->length + b->length, ascii);
  std::memcpy(r->data(), a->data(), static_cast<size_t>(a->size));
  std::memcpy(r->data() + a->size, b->data(), static_cast<size_t>(b->size));
  return ascii ? r : str_seal(r);
}

// s * n (n already an int64).
Str* str_repeat(Str* s, int64_t n) {
  if (n <= 0 || s->size == 0) return empty_str();
  if (n == 1) return str_exact(s);
  if (s->size > INT64_MAX / n) raise(exc::OverflowError, "repeated string is too long");
  int64_t total = s->size * n;
  Str* r = str_alloc(total, s->length * n, s->ascii);
  char* d = r->data();
  if (s->size == 1) {
    std::memset(d, s->data()[0], static_cast<size_t>(total));
  } else {
    // Doubling copies: log2(n) memcpys.
    std::memcpy(d, s->data(), static_cast<size_t>(s->size));
    int64_t done = s->size;
    while (done < total) {
      int64_t chunk = done < total - done ? done : total - done;
      std::memcpy(d + done, d, static_cast<size_t>(chunk));
      done += chunk;
    }
  }
  return s->ascii ? r : str_seal(r);
}

Str* str_getitem_index(Str* s, int64_t i) {
  if (i < 0) i += s->length;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s->length))
    raise(exc::IndexError, "string index out of range");
  if (s->ascii) return char_str(static_cast<uint8_t>(s->data()[i]));
  return str_from_code_point(utf8_decode(s->data() + str_offset(s, i)));
}

// s[start:stop:step] with already-resolved indices.
Str* str_slice(Str* s, int64_t start, int64_t stop, int64_t step, int64_t count) {
  if (count <= 0) return empty_str();
  if (step == 1) return str_substr(s, str_offset(s, start), str_offset(s, stop));
  if (s->ascii) {
    Str* r = str_alloc(count, count, true);
    const char* src = s->data();
    char* d = r->data();
    for (int64_t k = 0, i = start; k < count; k++, i += step) d[k] = src[i];
    return count == 1 ? char_str(static_cast<uint8_t>(d[0])) : r;
  }
  StrBuilder b;
  const char* base = s->data();
  if (step > 0) {
    const char* p = base + str_offset(s, start);
    for (int64_t k = 0; k < count; k++) {
      const char* q = p;
      uint32_t cp = utf8_next(q);
      b.push_cp(cp);
      if (k + 1 < count)
        for (int64_t j = 0; j < step; j++) p += utf8_seq_len(static_cast<uint8_t>(*p));
    }
  } else {
    const char* p = base + str_offset(s, start);
    for (int64_t k = 0; k < count; k++) {
      b.push_cp(utf8_decode(p));
      if (k + 1 < count)
        for (int64_t j = 0; j < -step; j++) p = utf8_prev(p);
    }
  }
  return b.finish();
}

// s[key] for an int, an __index__ object or a slice.
Value str_getitem(Str* s, Value key) {
  if (key.is_int()) return Value::object(str_getitem_index(s, key.as_int()));
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, s->length, &start, &stop, &step);
    return Value::object(str_slice(s, start, stop, step, n));
  }
  if (!has_index(key)) raisef(exc::TypeError, "string indices must be integers, not '%s'", type_name(key));
  int64_t i;
  if (is_int_like(key) && !int_to_i64(key, &i))
    raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
  return Value::object(str_getitem_index(s, index_value(key)));
}

// ---------------------------------------------------------------------------
// repr() and ascii()
// ---------------------------------------------------------------------------

namespace {

const char kHex[] = "0123456789abcdef";

// Appends \xNN, \uNNNN or \UNNNNNNNN for cp.
void escape_cp(StrBuilder& b, uint32_t cp) {
  char buf[10];
  int n;
  if (cp < 0x100) {
    buf[0] = '\\'; buf[1] = 'x'; n = 2;
    buf[n++] = kHex[cp >> 4]; buf[n++] = kHex[cp & 15];
  } else if (cp < 0x10000) {
    buf[0] = '\\'; buf[1] = 'u'; n = 2;
    for (int sh = 12; sh >= 0; sh -= 4) buf[n++] = kHex[(cp >> sh) & 15];
  } else {
    buf[0] = '\\'; buf[1] = 'U'; n = 2;
    for (int sh = 28; sh >= 0; sh -= 4) buf[n++] = kHex[(cp >> sh) & 15];
  }
  b.append_ascii(buf, static_cast<size_t>(n));
}

// Picks CPython's quote: ' unless the text has ' and no ".
char choose_quote(const Str* s) {
  const char* p = s->data();
  size_t n = static_cast<size_t>(s->size);
  return std::memchr(p, '\'', n) && !std::memchr(p, '"', n) ? '"' : '\'';
}

// True when an ASCII byte is printed as itself inside quotes `q`.
inline bool ascii_plain(uint8_t c, char q) { return c >= 0x20 && c < 0x7F && c != '\\' && c != q; }

Str* repr_impl(Str* s, bool ascii_only_out) {
  char q = choose_quote(s);
  const char* p = s->data();
  size_t n = static_cast<size_t>(s->size);
  // Fast path: ASCII text with nothing to escape.
  if (s->ascii) {
    size_t i = 0;
    while (i < n && ascii_plain(static_cast<uint8_t>(p[i]), q)) i++;
    if (i == n) {
      Str* r = str_alloc(s->size + 2, s->length + 2, true);
      r->data()[0] = q;
      std::memcpy(r->data() + 1, p, n);
      r->data()[n + 1] = q;
      return r;
    }
  }
  StrBuilder b;
  b.reserve(n + 2);
  b.push(q);
  const char* end = p + n;
  while (p < end) {
    auto c = static_cast<uint8_t>(*p);
    if (c < 0x80) {
      p++;
      if (ascii_plain(c, q)) { b.push(static_cast<char>(c)); continue; }
      switch (c) {
        case '\\': b.append_ascii("\\\\", 2); break;
        case '\t': b.append_ascii("\\t", 2); break;
        case '\n': b.append_ascii("\\n", 2); break;
        case '\r': b.append_ascii("\\r", 2); break;
        default:
          if (c == static_cast<uint8_t>(q)) { b.push('\\'); b.push(q); }
          else escape_cp(b, c);
      }
      continue;
    }
    const char* start = p;
    uint32_t cp = utf8_next(p);
    if (!ascii_only_out && uni_isprintable(cp)) b.append(start, static_cast<size_t>(p - start), 1, false);
    else escape_cp(b, cp);
  }
  b.push(q);
  return b.finish();
}

}  // namespace

Str* str_repr(Str* s) { return repr_impl(s, false); }
Str* str_ascii_repr(Str* s) { return repr_impl(s, true); }

// Escapes the non-ASCII code points of already-repr'd text (ascii() of any
// object: repr then escape).
Str* str_escape_non_ascii(Str* s) {
  if (s->ascii) return s;
  StrBuilder b;
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    if (static_cast<uint8_t>(*p) < 0x80) { b.push(*p++); continue; }
    escape_cp(b, utf8_next(p));
  }
  return b.finish();
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

// UTF-8 byte order is code point order.
int str_compare(const Str* a, const Str* b) {
  size_t n = static_cast<size_t>(a->size < b->size ? a->size : b->size);
  int c = std::memcmp(a->data(), b->data(), n);
  if (c) return c < 0 ? -1 : 1;
  return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

namespace {

struct StrIterator : IteratorObject {
  Str* str;      // null once exhausted
  int64_t pos;   // byte offset of the next code point
};

Value str_iter_next(Object* o) {
  auto* it = static_cast<StrIterator*>(o);
  Str* s = it->str;
  if (!s) return Value::empty();
  if (it->pos >= s->size) {
    it->str = nullptr;
    return Value::empty();
  }
  const char* p = s->data() + it->pos;
  auto c = static_cast<uint8_t>(*p);
  if (c < 0x80) {
    it->pos++;
    return Value::object(char_str(c));
  }
  const char* q = p;
  uint32_t cp = utf8_next(q);
  it->pos = q - s->data();
  return Value::object(str_from_code_point(cp));
}

}  // namespace

Value make_str_iterator(Str* s) {
  auto* it = alloc<StrIterator>(types::str_iterator);
  it->next = str_iter_next;
  it->str = s;
  it->pos = 0;
  return Value::object(it);
}

// ---------------------------------------------------------------------------
// Subclass instances
// ---------------------------------------------------------------------------

// A str subclass instance keeps the text inline like an exact str; its
// AttrStore follows the body at an 8-aligned offset (see str_attr_store).
Str* str_subclass_new(Type* cls, Str* value) {
  size_t body = body_bytes(value->size, value->length, value->ascii);
  size_t attrs = (body + 7) & ~size_t{7};
  auto* s = static_cast<Str*>(gc_alloc(attrs + sizeof(AttrStore)));
  init_header(s, cls, value->size, value->length, value->ascii);
  std::memcpy(s->data(), value->data(), static_cast<size_t>(value->size));
  return str_seal(s);
}

AttrStore* str_attr_store(Str* s) {
  size_t body = body_bytes(s->size, s->length, s->ascii);
  return reinterpret_cast<AttrStore*>(reinterpret_cast<char*>(s) + ((body + 7) & ~size_t{7}));
}

// ---------------------------------------------------------------------------
// Argument checks with CPython's wordings
// ---------------------------------------------------------------------------

namespace strimpl {

namespace {
const char* plural(size_t n) { return n == 1 ? "" : "s"; }
inline bool has_kw(Tuple* kw) { return kw && kw->length; }
}  // namespace

void args_none(const char* qname, size_t nargs, Tuple* kwnames) {
  if (has_kw(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", qname);
  if (nargs) raisef(exc::TypeError, "%s() takes no arguments (%zu given)", qname, nargs);
}

void args_one(const char* qname, size_t nargs, Tuple* kwnames) {
  if (has_kw(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", qname);
  if (nargs != 1) raisef(exc::TypeError, "%s() takes exactly one argument (%zu given)", qname, nargs);
}

void args_clinic(const char* name, const char* qname, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (has_kw(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", qname);
  check_nargs(name, nargs, min, max);
}

void args_varargs(const char* name, size_t nargs, Tuple* kwnames, size_t min, size_t max) {
  if (has_kw(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", name);
  if (nargs < min)
    raisef(exc::TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min, plural(min), nargs);
  if (nargs > max)
    raisef(exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max, plural(max), nargs);
}

void args_keywords(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                   std::initializer_list<const char*> names, Value* out) {
  size_t n = names.size();
  size_t total = nargs + (kwnames ? static_cast<size_t>(kwnames->length) : 0);
  if (total > n)
    raisef(exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", name, n, plural(n), total);
  for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : Value::empty();
  if (!kwnames) return;
  for (int64_t k = 0; k < kwnames->length; k++) {
    std::string_view kw = (*kwnames)[k].as<Str>()->view();
    size_t i = 0;
    for (const char* nm : names) {
      if (kw == nm) break;
      i++;
    }
    if (i == n)
      raisef(exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(kw.size()),
             kw.data(), name);
    if (!out[i].is_empty())
      raisef(exc::TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", name,
             static_cast<int>(kw.size()), kw.data(), i + 1);
    out[i] = args[nargs + static_cast<size_t>(k)];
  }
}

void args_wrapper(const char* dunder, size_t nargs, Tuple* kwnames, size_t n) {
  if (has_kw(kwnames)) raisef(exc::TypeError, "wrapper %s() takes no keyword arguments", dunder);
  if (nargs != n) raisef(exc::TypeError, "expected %zu argument%s, got %zu", n, plural(n), nargs);
}

namespace {
// A start/end argument: None or __index__, big ints clipped.
int64_t bound_value(Value v, int64_t dflt) {
  if (v.is_empty() || v.is_none()) return dflt;
  if (v.is_int()) return v.as_int();
  if (is_int_like(v)) {
    int64_t out;
    if (int_to_i64(v, &out)) return out;
    return int_compare(v, Value::small_int(0)) < 0 ? INT64_MIN : INT64_MAX;
  }
  if (!has_index(v))
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return index_value(v);
}
}  // namespace

void parse_bounds(const Value* args, size_t nargs, size_t first, int64_t length, int64_t* start,
                  int64_t* end) {
  int64_t s = bound_value(nargs > first ? args[first] : Value::empty(), 0);
  int64_t e = bound_value(nargs > first + 1 ? args[first + 1] : Value::empty(), INT64_MAX);
  // ADJUST_INDICES
  if (e > length) e = length;
  else if (e < 0) { e += length; if (e < 0) e = 0; }
  if (s < 0) { s += length; if (s < 0) s = 0; }
  *start = s;
  *end = e;
}

int64_t opt_index(Value v, int64_t dflt) {
  if (v.is_empty() || v.is_none()) return dflt;
  if (v.is_int()) return v.as_int();
  return index_value(v);
}

}  // namespace strimpl

// ---------------------------------------------------------------------------
// Protocol dunders
// ---------------------------------------------------------------------------

namespace {

inline Str* self_str(Value self) { return self.as<Str>(); }

Value str_dunder_repr(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__repr__", nargs, kw, 0);
  return Value::object(str_repr(self_str(self)));
}

Value str_dunder_str(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__str__", nargs, kw, 0);
  return Value::object(str_exact(self_str(self)));
}

Value str_dunder_hash(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__hash__", nargs, kw, 0);
  return make_int(str_hash(self_str(self)));
}

Value str_dunder_len(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__len__", nargs, kw, 0);
  return Value::small_int(self_str(self)->length);
}

template <CompareOp op>
Value str_dunder_compare(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper(op == CompareOp::EQ ? "__eq__" : op == CompareOp::NE ? "__ne__"
               : op == CompareOp::LT ? "__lt__" : op == CompareOp::LE ? "__le__"
               : op == CompareOp::GT ? "__gt__" : "__ge__", nargs, kw, 1);
  if (!is_str(args[0])) return g_not_implemented;
  Str* a = self_str(self);
  Str* b = as_str(args[0]);
  if constexpr (op == CompareOp::EQ) return Value::boolean(str_equal(a, b));
  if constexpr (op == CompareOp::NE) return Value::boolean(!str_equal(a, b));
  int c = str_compare(a, b);
  switch (op) {
    case CompareOp::LT: return Value::boolean(c < 0);
    case CompareOp::LE: return Value::boolean(c <= 0);
    case CompareOp::GT: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

Value str_dunder_getitem(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__getitem__", nargs, kw, 1);
  return str_getitem(self_str(self), args[0]);
}

Value str_dunder_contains(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__contains__", nargs, kw, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "'in <string>' requires string as left operand, not %s", type_name(args[0]));
  return Value::boolean(str_contains(self_str(self), as_str(args[0])));
}

Value str_dunder_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  return make_str_iterator(self_str(self));
}

// True when `other` is a user class that may handle the operation reflected.
bool defers_to(Value other, Str* rname) {
  Type* t = type_of(other);
  return !t->is_builtin && !type_lookup(t, rname).is_empty();
}

Value str_dunder_add(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__add__", nargs, kw, 1);
  Value o = args[0];
  if (is_str(o)) return Value::object(str_concat(self_str(self), as_str(o)));
  if (defers_to(o, intern("__radd__"))) return g_not_implemented;
  raisef(exc::TypeError, "can only concatenate str (not \"%s\") to str", type_name(o));
}

// The repeat count of s * n: NotImplemented-worthy when n is no integer.
bool repeat_count(Value n, int64_t* out) {
  if (n.is_int()) { *out = n.as_int(); return true; }
  if (!has_index(n)) return false;
  if (is_int_like(n) && !int_to_i64(n, out)) {
    if (int_compare(n, Value::small_int(0)) < 0) { *out = 0; return true; }
    raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  *out = index_value(n);
  return true;
}

Value str_mul_impl(Value self, Value n, Str* rname) {
  int64_t count;
  if (repeat_count(n, &count)) return Value::object(str_repeat(self_str(self), count));
  if (defers_to(n, rname)) return g_not_implemented;
  raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
}

Value str_dunder_mul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__mul__", nargs, kw, 1);
  return str_mul_impl(self, args[0], intern("__rmul__"));
}

Value str_dunder_rmul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__rmul__", nargs, kw, 1);
  return str_mul_impl(self, args[0], intern("__mul__"));
}

Value str_dunder_getnewargs(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str.__getnewargs__", nargs, kw);
  return Value::object(make_tuple({Value::object(str_exact(self_str(self)))}));
}

Value str_dunder_sizeof(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str.__sizeof__", nargs, kw);
  Str* s = self_str(self);
  return make_int(static_cast<int64_t>(body_bytes(s->size, s->length, s->ascii)));
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict')
Value str_dunder_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  // args[0] is the class.
  Type* cls = args[0].as<Type>();
  Value a[3];
  args_keywords("str", args + 1, nargs - 1, kw, {"object", "encoding", "errors"}, a);
  Str* result;
  if (a[1].is_empty() && a[2].is_empty()) {
    result = a[0].is_empty() ? empty_str() : to_str(a[0]);
  } else {
    for (int i = 1; i < 3; i++)
      if (!a[i].is_empty() && !is_str(a[i]))
        raisef(exc::TypeError, "str() argument '%s' must be str, not %s", i == 1 ? "encoding" : "errors",
               type_name(a[i]));
    std::string_view enc = a[1].is_empty() ? std::string_view("utf-8") : sv(a[1]);
    std::string_view err = a[2].is_empty() ? std::string_view("strict") : sv(a[2]);
    Value o = a[0].is_empty() ? Value::object(make_bytes("")) : a[0];
    if (is_str(o)) raise(exc::TypeError, "decoding str is not supported");
    std::string_view raw;
    if (!bytes_like_view(o, &raw))
      raisef(exc::TypeError, "decoding to str: need a bytes-like object, %s found", type_name(o));
    result = str_decode(raw, enc, err);
  }
  // str(x) returns what x.__str__ returned, even an instance of a str subclass.
  if (cls == types::str) return Value::object(result);
  return Value::object(str_subclass_new(cls, result));
}

Value str_iter_dunder_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  return self;
}

Value str_iter_dunder_next(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__next__", nargs, kw, 0);
  Value v = str_iter_next(self.as_object());
  if (v.is_empty()) raise_stop_iteration(Value::none());
  return v;
}

Value str_iter_length_hint(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str_ascii_iterator.__length_hint__", nargs, kw);
  auto* it = self.as<StrIterator>();
  if (!it->str) return Value::small_int(0);
  return Value::small_int(it->str->length - str_index_of(it->str, static_cast<size_t>(it->pos)));
}

const MethodDef kStrCoreMethods[] = {
    {"__new__", str_dunder_new, MethodDef::kStatic},
    {"__repr__", str_dunder_repr, MethodDef::kInstance},
    {"__str__", str_dunder_str, MethodDef::kInstance},
    {"__hash__", str_dunder_hash, MethodDef::kInstance},
    {"__len__", str_dunder_len, MethodDef::kInstance},
    {"__eq__", str_dunder_compare<CompareOp::EQ>, MethodDef::kInstance},
    {"__ne__", str_dunder_compare<CompareOp::NE>, MethodDef::kInstance},
    {"__lt__", str_dunder_compare<CompareOp::LT>, MethodDef::kInstance},
    {"__le__", str_dunder_compare<CompareOp::LE>, MethodDef::kInstance},
    {"__gt__", str_dunder_compare<CompareOp::GT>, MethodDef::kInstance},
    {"__ge__", str_dunder_compare<CompareOp::GE>, MethodDef::kInstance},
    {"__getitem__", str_dunder_getitem, MethodDef::kInstance},
    {"__contains__", str_dunder_contains, MethodDef::kInstance},
    {"__iter__", str_dunder_iter, MethodDef::kInstance},
    {"__add__", str_dunder_add, MethodDef::kInstance},
    {"__mul__", str_dunder_mul, MethodDef::kInstance},
    {"__rmul__", str_dunder_rmul, MethodDef::kInstance},
    {"__getnewargs__", str_dunder_getnewargs, MethodDef::kInstance},
    {"__sizeof__", str_dunder_sizeof, MethodDef::kInstance},
};

const MethodDef kStrIteratorMethods[] = {
    {"__iter__", str_iter_dunder_iter, MethodDef::kInstance},
    {"__next__", str_iter_dunder_next, MethodDef::kInstance},
    {"__length_hint__", str_iter_length_hint, MethodDef::kInstance},
};

}  // namespace

void init_str_type() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  // Until init_types() registers slice itself (core/slice.cpp is ours too).
  init_slice_type();
  add_methods(types::str, kStrCoreMethods);
  register_str_search(types::str);
  register_str_split(types::str);
  register_str_case(types::str);
  register_str_methods(types::str);
  register_str_format(types::str);
  register_str_percent(types::str);
  types::str_iterator->layout = Layout::ITERATOR;
  types::str_iterator->instance_size = sizeof(StrIterator);
  add_methods(types::str_iterator, kStrIteratorMethods);
}

}  // namespace coil
