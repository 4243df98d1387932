// Coil — str splitting and joining: split/rsplit (whitespace rules and
// explicit separators), splitlines, strip/lstrip/rstrip, join.
// ASCII text takes byte loops; whitespace in non-ASCII text is decoded with
// the Unicode database so that e.g. '\u3000' separates words as in CPython.
#include <cstring>

#include "core/errors.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

namespace {

inline Value sub(Str* s, const char* a, const char* b) {
  return Value::object(str_substr(s, static_cast<size_t>(a - s->data()), static_cast<size_t>(b - s->data())));
}

// Reverses a list in place (rsplit collects right to left).
void reverse_list(List* l) {
  for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) {
    Value t = l->items[i];
    l->items[i] = l->items[j];
    l->items[j] = t;
  }
}

// Is the code point ending at p whitespace? Sets *start to its first byte.
inline bool space_before(const char* p, const char** start) {
  auto c = static_cast<uint8_t>(p[-1]);
  if (c < 0x80) {
    *start = p - 1;
    return ascii_space(c);
  }
  const char* q = utf8_prev(p);
  *start = q;
  return uni_isspace(utf8_decode(q));
}

// Whitespace split, left to right.
List* split_whitespace(Str* s, int64_t maxsplit) {
  List* out = make_list();
  const char* p = s->data();
  const char* end = p + s->size;
  int64_t splits = 0;
  for (;;) {
    // Skip whitespace.
    while (p < end) {
      const char* q = p;
      if (!space_at(q)) break;
      p = q;
    }
    if (p == end) break;
    if (maxsplit >= 0 && splits == maxsplit) {
      list_append(out, sub(s, p, end));
      break;
    }
    const char* w = p;
    const char* next = p;
    if (s->ascii) {
      while (p < end && !ascii_space(static_cast<uint8_t>(*p))) p++;
      next = p;
    } else {
      for (;;) {
        if (p == end) { next = p; break; }
        const char* q = p;
        if (space_at(q)) { next = q; break; }
        p = q;
      }
    }
    list_append(out, sub(s, w, p));
    splits++;
    p = next;
  }
  return out;
}

// Whitespace split, right to left.
List* rsplit_whitespace(Str* s, int64_t maxsplit) {
  List* out = make_list();
  const char* begin = s->data();
  const char* p = begin + s->size;  // scanning backwards; [begin, p) remains
  int64_t splits = 0;
  const char* st;
  for (;;) {
    while (p > begin && space_before(p, &st)) p = st;
    if (p == begin) break;
    if (maxsplit >= 0 && splits == maxsplit) {
      list_append(out, sub(s, begin, p));
      break;
    }
    const char* w_end = p;
    while (p > begin && !space_before(p, &st)) p = st;
    list_append(out, sub(s, p, w_end));
    splits++;
  }
  reverse_list(out);
  return out;
}

List* split_sep(Str* s, Str* sep, int64_t maxsplit) {
  List* out = make_list();
  const char* p = s->data();
  const char* end = p + s->size;
  auto n = static_cast<size_t>(sep->size);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (!(s->ascii && !sep->ascii)) {
    for (int64_t k = 0; k < maxsplit; k++) {
      int64_t r = find_bytes(p, static_cast<size_t>(end - p), sep->data(), n);
      if (r < 0) break;
      list_append(out, sub(s, p, p + r));
      p += r + static_cast<int64_t>(n);
    }
  }
  list_append(out, sub(s, p, end));
  return out;
}

List* rsplit_sep(Str* s, Str* sep, int64_t maxsplit) {
  List* out = make_list();
  const char* begin = s->data();
  const char* p = begin + s->size;
  auto n = static_cast<size_t>(sep->size);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (!(s->ascii && !sep->ascii)) {
    for (int64_t k = 0; k < maxsplit; k++) {
      int64_t r = rfind_bytes(begin, static_cast<size_t>(p - begin), sep->data(), n);
      if (r < 0) break;
      list_append(out, sub(s, begin + r + static_cast<int64_t>(n), p));
      p = begin + r;
    }
  }
  list_append(out, sub(s, begin, p));
  reverse_list(out);
  return out;
}

Value split_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  Value a[2];
  args_keywords(name, args, nargs, kw, {"sep", "maxsplit"}, a);
  Str* s = as_str(self);
  int64_t maxsplit = opt_index(a[1], -1);
  if (a[0].is_empty() || a[0].is_none())
    return Value::object(right ? rsplit_whitespace(s, maxsplit) : split_whitespace(s, maxsplit));
  if (!is_str(a[0])) raisef(exc::TypeError, "must be str or None, not %s", type_name(a[0]));
  Str* sep = as_str(a[0]);
  if (sep->size == 0) raise(exc::ValueError, "empty separator");
  return Value::object(right ? rsplit_sep(s, sep, maxsplit) : split_sep(s, sep, maxsplit));
}

Value str_split_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return split_common("split", self, args, nargs, kw, false);
}
Value str_rsplit_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return split_common("rsplit", self, args, nargs, kw, true);
}

// splitlines(keepends=False)
Value str_splitlines_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  args_keywords("splitlines", args, nargs, kw, {"keepends"}, a);
  bool keepends = !a[0].is_empty() && index_value(a[0]) != 0;
  Str* s = as_str(self);
  List* out = make_list();
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) {
    const char* line = p;
    const char* eol = end;
    const char* next = end;
    while (p < end) {
      auto c = static_cast<uint8_t>(*p);
      if (c < 0x80) {
        if (c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) {
          eol = p;
          next = p + 1;
          if (c == '\r' && next < end && *next == '\n') next++;
          break;
        }
        p++;
        continue;
      }
      const char* q = p;
      uint32_t cp = utf8_next(q);
      if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        eol = p;
        next = q;
        break;
      }
      p = q;
    }
    list_append(out, sub(s, line, keepends ? next : eol));
    p = next;
  }
  return Value::object(out);
}

// ---------------------------------------------------------------------------
// strip
// ---------------------------------------------------------------------------

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

// Membership test for a chars argument: a bitmap for ASCII, else a scan.
struct CharSet {
  uint64_t bits[2] = {0, 0};
  Str* chars = nullptr;  // non-ASCII set: scanned per code point
  explicit CharSet(Str* c) {
    if (c->ascii) {
      for (int64_t i = 0; i < c->size; i++) {
        auto b = static_cast<uint8_t>(c->data()[i]);
        bits[b >> 6] |= uint64_t{1} << (b & 63);
      }
    } else {
      chars = c;
    }
  }
  bool has(uint32_t cp) const {
    if (!chars) return cp < 128 && (bits[cp >> 6] >> (cp & 63)) & 1;
    char enc[4];
    int n = utf8_encode(cp, enc);
    return find_bytes(chars->data(), static_cast<size_t>(chars->size), enc, static_cast<size_t>(n)) >= 0;
  }
};

Str* strip_impl(Str* s, Str* chars, int side) {
  const char* begin = s->data();
  const char* p = begin;
  const char* e = begin + s->size;
  if (!chars) {
    if (side & kLeft)
      while (p < e) {
        const char* q = p;
        if (!space_at(q)) break;
        p = q;
      }
    if (side & kRight) {
      const char* st;
      while (e > p && space_before(e, &st)) e = st;
    }
  } else {
    CharSet set(chars);
    if (side & kLeft)
      while (p < e) {
        const char* q = p;
        if (!set.has(utf8_next(q))) break;
        p = q;
      }
    if (side & kRight)
      while (e > p) {
        const char* q = utf8_prev(e);
        if (!set.has(utf8_decode(q))) break;
        e = q;
      }
  }
  return str_substr(s, static_cast<size_t>(p - begin), static_cast<size_t>(e - begin));
}

Value strip_common(const char* name, const char* qname, Value self, const Value* args, size_t nargs, Tuple* kw,
                   int side) {
  args_clinic(name, qname, nargs, kw, 0, 1);
  Str* chars = nullptr;
  if (nargs == 1 && !args[0].is_none()) {
    if (!is_str(args[0])) raisef(exc::TypeError, "%s arg must be None or str", name);
    chars = as_str(args[0]);
  }
  return Value::object(strip_impl(as_str(self), chars, side));
}

Value str_strip_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common("strip", "str.strip", self, args, nargs, kw, kBoth);
}
Value str_lstrip_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common("lstrip", "str.lstrip", self, args, nargs, kw, kLeft);
}
Value str_rstrip_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common("rstrip", "str.rstrip", self, args, nargs, kw, kRight);
}

// ---------------------------------------------------------------------------
// join
// ---------------------------------------------------------------------------

Str* join_items(Str* sep, const Value* items, int64_t n) {
  if (n == 0) return empty_str();
  if (n == 1 && is_exact_str(items[0])) return as_str(items[0]);
  int64_t size = sep->size * (n - 1);
  int64_t length = sep->length * (n - 1);
  for (int64_t i = 0; i < n; i++) {
    Value v = items[i];
    if (!is_str(v))
      raisef(exc::TypeError, "sequence item %lld: expected str instance, %s found", static_cast<long long>(i),
             type_name(v));
    size += as_str(v)->size;
    length += as_str(v)->length;
  }
  Str* r = str_alloc(size, length, size == length);
  char* d = r->data();
  auto sn = static_cast<size_t>(sep->size);
  for (int64_t i = 0; i < n; i++) {
    if (i && sn) {
      if (sn == 1) *d = sep->data()[0];
      else std::memcpy(d, sep->data(), sn);
      d += sn;
    }
    Str* x = as_str(items[i]);
    std::memcpy(d, x->data(), static_cast<size_t>(x->size));
    d += x->size;
  }
  // Single characters come from the cache, so identity matches CPython's.
  if (length <= 1) return str_from_known(r->data(), static_cast<size_t>(size), length, size == length);
  return size == length ? r : str_seal(r);
}

Value str_join_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("str.join", nargs, kw);
  return Value::object(str_join(as_str(self), args[0]));
}

const MethodDef kSplitMethods[] = {
    {"split", str_split_m, MethodDef::kInstance},
    {"rsplit", str_rsplit_m, MethodDef::kInstance},
    {"splitlines", str_splitlines_m, MethodDef::kInstance},
    {"strip", str_strip_m, MethodDef::kInstance},
    {"lstrip", str_lstrip_m, MethodDef::kInstance},
    {"rstrip", str_rstrip_m, MethodDef::kInstance},
    {"join", str_join_m, MethodDef::kInstance},
};

}  // namespace

Str* str_join(Str* sep, Value iterable) {
  if (iterable.is_object()) {
    Type* t = iterable.as_object()->type;
    if (t == types::list) return join_items(sep, iterable.as<List>()->items, iterable.as<List>()->length);
    if (t == types::tuple) return join_items(sep, iterable.as<Tuple>()->items(), iterable.as<Tuple>()->length);
  }
  Type* t = type_of(iterable);
  if (type_lookup(t, names::__iter__).is_empty() && type_lookup(t, names::__getitem__).is_empty())
    raise(exc::TypeError, "can only join an iterable");
  List* l = list_from_iterable(iterable);
  return join_items(sep, l->items, l->length);
}

void strimpl::register_str_split(Type* str) { add_methods(str, kSplitMethods); }

}  // namespace coil
