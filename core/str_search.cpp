// Coil — str searching: find/rfind/index/rindex/count, startswith/endswith,
// `in`, replace, partition/rpartition, removeprefix/removesuffix.
// UTF-8 is self-synchronizing, so a byte match of valid UTF-8 is a code
// point match: every search runs on bytes (memchr/memmem), and only its
// result is converted to a code point index, for non-ASCII strings alone.
#include <cstring>

#include "core/args.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

// ---------------------------------------------------------------------------
// Byte-level search primitives
// ---------------------------------------------------------------------------

namespace strimpl {

int64_t find_bytes(const char* h, size_t hn, const char* n, size_t nn) {
  if (nn == 0) return 0;
  if (nn > hn) return -1;
  const void* r = nn == 1 ? std::memchr(h, n[0], hn) : memmem(h, hn, n, nn);
  return r ? static_cast<const char*>(r) - h : -1;
}

int64_t rfind_bytes(const char* h, size_t hn, const char* n, size_t nn) {
  if (nn == 0) return static_cast<int64_t>(hn);
  if (nn > hn) return -1;
  if (nn == 1) {
    const void* r = memrchr(h, n[0], hn);
    return r ? static_cast<const char*>(r) - h : -1;
  }
  // Candidates are positions of the first byte, scanned right to left.
  size_t limit = hn - nn + 1;  // candidate starts lie in [0, limit)
  while (limit > 0) {
    const void* r = memrchr(h, n[0], limit);
    if (!r) return -1;
    size_t pos = static_cast<size_t>(static_cast<const char*>(r) - h);
    if (std::memcmp(h + pos + 1, n + 1, nn - 1) == 0) return static_cast<int64_t>(pos);
    limit = pos;
  }
  return -1;
}

int64_t count_bytes(const char* h, size_t hn, const char* n, size_t nn, int64_t max) {
  if (max < 0) max = INT64_MAX;
  if (nn == 0 || nn > hn) return 0;
  int64_t c = 0;
  if (nn == 1) {
    const char x = n[0];
    if (max == INT64_MAX) return static_cast<int64_t>(count_byte(h, hn, x));
    const char* p = h;
    const char* end = h + hn;
    while (c < max && (p = static_cast<const char*>(std::memchr(p, x, static_cast<size_t>(end - p))))) {
      c++;
      p++;
    }
    return c;
  }
  const char* p = h;
  const char* end = h + hn;
  while (c < max && static_cast<size_t>(end - p) >= nn) {
    const void* r = memmem(p, static_cast<size_t>(end - p), n, nn);
    if (!r) break;
    c++;
    p = static_cast<const char*>(r) + nn;
  }
  return c;
}

void raise_must_be_str(Value v) { raisef(exc::TypeError, "must be str, not %s", type_name(v)); }

}  // namespace strimpl

namespace {

// Finds sub in s[start:end] (code point bounds, already adjusted); returns a
// code point index or -1.
int64_t find_in(Str* s, Str* sub, int64_t start, int64_t end, bool reverse) {
  if (end - start < sub->length) return -1;
  if (s->ascii && !sub->ascii) return -1;
  size_t b0 = str_offset(s, start);
  size_t b1 = str_offset(s, end);
  const char* base = s->data() + b0;
  int64_t r = reverse ? rfind_bytes(base, b1 - b0, sub->data(), static_cast<size_t>(sub->size))
                      : find_bytes(base, b1 - b0, sub->data(), static_cast<size_t>(sub->size));
  if (r < 0) return -1;
  return start + (s->ascii ? r : utf8_count(base, static_cast<size_t>(r)));
}

// Occurrences of sub in s[start:end] (CPython's count, empty sub included).
int64_t count_in(Str* s, Str* sub, int64_t start, int64_t end) {
  if (end < start) return 0;
  if (sub->length == 0) return end - start + 1;
  if (end - start < sub->length || (s->ascii && !sub->ascii)) return 0;
  size_t b0 = str_offset(s, start);
  size_t b1 = str_offset(s, end);
  return count_bytes(s->data() + b0, b1 - b0, sub->data(), static_cast<size_t>(sub->size), -1);
}

// Does s[start:end] start (or end) with sub?
bool tail_match(Str* s, Str* sub, int64_t start, int64_t end, bool suffix) {
  if (end - start < sub->length) return false;
  if (sub->length == 0) return true;
  size_t b0 = str_offset(s, start);
  size_t b1 = str_offset(s, end);
  auto n = static_cast<size_t>(sub->size);
  if (b1 - b0 < n) return false;
  const char* at = suffix ? s->data() + b1 - n : s->data() + b0;
  return std::memcmp(at, sub->data(), n) == 0;
}

Value find_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool reverse,
                  bool raise_missing) {
  args_varargs(name, nargs, kw, 1, 3);
  Str* s = as_str(self);
  Str* sub = need_str(args[0]);
  int64_t start, end;
  parse_bounds(args, nargs, 1, s->length, &start, &end);
  int64_t r = find_in(s, sub, start, end, reverse);
  if (r < 0 && raise_missing) raise(exc::ValueError, "substring not found");
  return Value::small_int(r);
}

Value str_find_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_common("find", self, args, nargs, kw, false, false);
}
Value str_rfind_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_common("rfind", self, args, nargs, kw, true, false);
}
Value str_index_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_common("index", self, args, nargs, kw, false, true);
}
Value str_rindex_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return find_common("rindex", self, args, nargs, kw, true, true);
}

Value str_count_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_varargs("count", nargs, kw, 1, 3);
  Str* s = as_str(self);
  Str* sub = need_str(args[0]);
  int64_t start, end;
  parse_bounds(args, nargs, 1, s->length, &start, &end);
  if (start > s->length) return Value::small_int(0);
  return Value::small_int(count_in(s, sub, start, end));
}

Value starts_ends(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool suffix) {
  args_varargs(name, nargs, kw, 1, 3);
  Str* s = as_str(self);
  int64_t start, end;
  parse_bounds(args, nargs, 1, s->length, &start, &end);
  Value a = args[0];
  if (is_str(a)) return Value::boolean(tail_match(s, as_str(a), start, end, suffix));
  if (!isinstance(a, types::tuple))
    raisef(exc::TypeError, "%s first arg must be str or a tuple of str, not %s", name, type_name(a));
  Tuple* t = a.as<Tuple>();
  for (int64_t i = 0; i < t->length; i++) {
    Value x = (*t)[i];
    if (!is_str(x)) raisef(exc::TypeError, "tuple for %s must only contain str, not %s", name, type_name(x));
    if (tail_match(s, as_str(x), start, end, suffix)) return Value::boolean(true);
  }
  return Value::boolean(false);
}

Value str_startswith_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return starts_ends("startswith", self, args, nargs, kw, false);
}
Value str_endswith_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return starts_ends("endswith", self, args, nargs, kw, true);
}

}  // namespace

bool str_contains(Str* s, Str* needle) {
  if (needle->size == 0) return true;
  if (s->ascii && !needle->ascii) return false;
  return find_bytes(s->data(), static_cast<size_t>(s->size), needle->data(), static_cast<size_t>(needle->size)) >= 0;
}

int64_t str_find(Str* s, Str* needle) { return find_in(s, needle, 0, s->length, false); }

// ---------------------------------------------------------------------------
// replace
// ---------------------------------------------------------------------------

namespace {

// s.replace(old, new, count) with count < 0 meaning all.
Str* replace_impl(Str* s, Str* old, Str* rep, int64_t count) {
  if (count < 0) count = INT64_MAX;
  if (count == 0) return str_exact(s);
  const char* src = s->data();
  auto sn = static_cast<size_t>(s->size);
  auto on = static_cast<size_t>(old->size);
  auto rn = static_cast<size_t>(rep->size);
  if (on == 0) {
    // Insert `rep` before every code point and at the end, count times.
    int64_t n = s->length + 1 < count ? s->length + 1 : count;
    StrBuilder b;
    b.reserve(sn + static_cast<size_t>(n) * rn);
    const char* p = src;
    const char* end = src + sn;
    for (int64_t i = 0; i < n; i++) {
      b.append(rep);
      if (p < end) {
        const char* q = p + utf8_seq_len(static_cast<uint8_t>(*p));
        b.append(p, static_cast<size_t>(q - p), 1, q - p == 1);
        p = q;
      }
    }
    b.append_utf8(p, static_cast<size_t>(end - p));
    return b.finish();
  }
  if (s->ascii && !old->ascii) return str_exact(s);
  int64_t n = count_bytes(src, sn, old->data(), on, count);
  if (n == 0) return str_exact(s);
  int64_t size = s->size + n * (rep->size - old->size);
  int64_t length = s->length + n * (rep->length - old->length);
  Str* r = str_alloc(size, length, size == length);
  char* d = r->data();
  const char* p = src;
  const char* end = src + sn;
  if (on == 1) {
    // One-byte pattern: a byte loop beats a memchr call per (dense) match.
    const char oc = old->data()[0];
    if (rn == 1 && (n < count || count == INT64_MAX)) {  // every match is replaced
      const char rc = rep->data()[0];
      for (size_t i = 0; i < sn; i++) d[i] = src[i] == oc ? rc : src[i];
    } else {
      int64_t k = 0;
      for (; p < end && k < n; p++) {
        if (*p != oc) {
          *d++ = *p;
          continue;
        }
        for (size_t j = 0; j < rn; j++) d[j] = rep->data()[j];
        d += rn;
        k++;
      }
      std::memcpy(d, p, static_cast<size_t>(end - p));
    }
    if (length <= 1) return str_from_known(r->data(), static_cast<size_t>(size), length, size == length);
    return size == length ? r : str_seal(r);
  }
  for (int64_t i = 0; i < n; i++) {
    const char* m = static_cast<const char*>(memmem(p, static_cast<size_t>(end - p), old->data(), on));
    auto pre = static_cast<size_t>(m - p);
    std::memcpy(d, p, pre);
    d += pre;
    std::memcpy(d, rep->data(), rn);
    d += rn;
    p = m + on;
  }
  std::memcpy(d, p, static_cast<size_t>(end - p));
  if (length <= 1) return str_from_known(r->data(), static_cast<size_t>(size), length, size == length);
  return size == length ? r : str_seal(r);
}

Value str_replace_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("replace", "str.replace", nargs, kw, 2, 3);
  for (int i = 0; i < 2; i++)
    if (!is_str(args[i]))
      raisef(exc::TypeError, "replace() argument %d must be str, not %s", i + 1, type_name(args[i]));
  int64_t count = nargs > 2 ? index_value(args[2]) : -1;
  return Value::object(replace_impl(as_str(self), as_str(args[0]), as_str(args[1]), count));
}

// ---------------------------------------------------------------------------
// partition, removeprefix
// ---------------------------------------------------------------------------

Value partition_impl(const char* qname, Value self, const Value* args, size_t nargs, Tuple* kw, bool reverse) {
  args_one(qname, nargs, kw);
  Str* s = as_str(self);
  Str* sep = need_str(args[0]);
  if (sep->size == 0) raise(exc::ValueError, "empty separator");
  auto sn = static_cast<size_t>(s->size);
  int64_t r = (s->ascii && !sep->ascii) ? -1
              : reverse ? rfind_bytes(s->data(), sn, sep->data(), static_cast<size_t>(sep->size))
                        : find_bytes(s->data(), sn, sep->data(), static_cast<size_t>(sep->size));
  Value e = Value::object(empty_str());
  if (r < 0) {
    Value whole = Value::object(str_exact(s));
    return Value::object(reverse ? make_tuple({e, e, whole}) : make_tuple({whole, e, e}));
  }
  auto at = static_cast<size_t>(r);
  return Value::object(make_tuple({Value::object(str_substr(s, 0, at)), Value::object(str_exact(sep)),
                                   Value::object(str_substr(s, at + static_cast<size_t>(sep->size), sn))}));
}

Value str_partition_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return partition_impl("str.partition", self, args, nargs, kw, false);
}
Value str_rpartition_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return partition_impl("str.rpartition", self, args, nargs, kw, true);
}

Value remove_affix(const char* name, const char* qname, Value self, const Value* args, size_t nargs, Tuple* kw,
                   bool suffix) {
  args_one(qname, nargs, kw);
  if (!is_str(args[0])) raisef(exc::TypeError, "%s() argument must be str, not %s", name, type_name(args[0]));
  Str* s = as_str(self);
  Str* a = as_str(args[0]);
  auto sn = static_cast<size_t>(s->size);
  auto an = static_cast<size_t>(a->size);
  if (an == 0 || an > sn) return Value::object(str_exact(s));
  if (suffix) {
    if (std::memcmp(s->data() + sn - an, a->data(), an) != 0) return Value::object(str_exact(s));
    return Value::object(str_substr(s, 0, sn - an));
  }
  if (std::memcmp(s->data(), a->data(), an) != 0) return Value::object(str_exact(s));
  return Value::object(str_substr(s, an, sn));
}

Value str_removeprefix_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return remove_affix("removeprefix", "str.removeprefix", self, args, nargs, kw, false);
}
Value str_removesuffix_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return remove_affix("removesuffix", "str.removesuffix", self, args, nargs, kw, true);
}

const MethodDef kSearchMethods[] = {
    {"find", str_find_m, MethodDef::kInstance},
    {"rfind", str_rfind_m, MethodDef::kInstance},
    {"index", str_index_m, MethodDef::kInstance},
    {"rindex", str_rindex_m, MethodDef::kInstance},
    {"count", str_count_m, MethodDef::kInstance},
    {"startswith", str_startswith_m, MethodDef::kInstance},
    {"endswith", str_endswith_m, MethodDef::kInstance},
    {"replace", str_replace_m, MethodDef::kInstance},
    {"partition", str_partition_m, MethodDef::kInstance},
    {"rpartition", str_rpartition_m, MethodDef::kInstance},
    {"removeprefix", str_removeprefix_m, MethodDef::kInstance},
    {"removesuffix", str_removesuffix_m, MethodDef::kInstance},
};

}  // namespace

void strimpl::register_str_search(Type* str) { add_methods(str, kSearchMethods); }

}  // namespace coil
