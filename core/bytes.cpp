// Coil — bytes: immutable byte strings, the data inline after the header
// like str. Exact bytes objects are allocated atomic (unscanned) for the
// same reason as strs: their only pointer is the permanent types::bytes.
// Searching shares the byte primitives of str (memchr/memmem).
#include <cstring>
#include <string>

#include "core/errors.h"
#include "core/int.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/slice.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

namespace {

Bytes* g_empty_bytes;
Bytes* g_byte_values[256];  // single-byte bytes objects, made on first use

inline void init_bytes_header(Bytes* b, Type* t, int64_t size) {
  b->type = t;
  b->hash = -1;
  b->size = size;
  b->data()[size] = 0;
}

inline Bytes* as_bytes(Value v) { return v.as<Bytes>(); }
inline Bytes* self_bytes(Value v) { return v.as<Bytes>(); }

Bytes* bytes_from(const void* p, size_t n) { return make_bytes(std::string_view(static_cast<const char*>(p), n)); }

Bytes* bytes_exact(Bytes* b) {
  if (b->type == types::bytes) return b;
  return bytes_from(b->data(), static_cast<size_t>(b->size));
}

// Python's whitespace for bytes (no \x1c-\x1f, unlike str).
inline bool byte_space(uint8_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

// A bytes-like argument or TypeError "a bytes-like object is required, not 'str'".
Bytes* need_bytes(Value v) {
  if (!is_bytes(v)) raisef(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return as_bytes(v);
}

}  // namespace

// ---------------------------------------------------------------------------
// Construction
// ---------------------------------------------------------------------------

Bytes* bytes_alloc(int64_t size) {
  if (size > kMaxStrBytes) raise_memory_error();
  auto* b = static_cast<Bytes*>(gc_alloc_atomic(sizeof(Bytes) + static_cast<size_t>(size) + 1));
  init_bytes_header(b, types::bytes, size);
  return b;
}

Bytes* make_bytes(std::string_view raw) {
  if (raw.size() <= 1) {
    if (raw.empty()) {
      if (!g_empty_bytes) g_empty_bytes = bytes_alloc(0);
      return g_empty_bytes;
    }
    auto c = static_cast<uint8_t>(raw[0]);
    if (!g_byte_values[c]) {
      g_byte_values[c] = bytes_alloc(1);
      g_byte_values[c]->data()[0] = c;
    }
    return g_byte_values[c];
  }
  Bytes* b = bytes_alloc(static_cast<int64_t>(raw.size()));
  std::memcpy(b->data(), raw.data(), raw.size());
  return b;
}

Bytes* bytes_subclass_new(Type* cls, Bytes* value) {
  size_t body = (sizeof(Bytes) + static_cast<size_t>(value->size) + 1 + 7) & ~size_t{7};
  auto* b = static_cast<Bytes*>(gc_alloc(body + sizeof(AttrStore)));
  init_bytes_header(b, cls, value->size);
  std::memcpy(b->data(), value->data(), static_cast<size_t>(value->size));
  return b;
}

AttrStore* bytes_attr_store(Bytes* b) {
  size_t body = (sizeof(Bytes) + static_cast<size_t>(b->size) + 1 + 7) & ~size_t{7};
  return reinterpret_cast<AttrStore*>(reinterpret_cast<char*>(b) + body);
}

Bytes* bytes_concat(Bytes* a, Bytes* b) {
  if (b->size == 0) return bytes_exact(a);
  if (a->size == 0) return bytes_exact(b);
  Bytes* r = bytes_alloc(a->size + b->size);
  std::memcpy(r->data(), a->data(), static_cast<size_t>(a->size));
  std::memcpy(r->data() + a->size, b->data(), static_cast<size_t>(b->size));
  return r;
}

int64_t bytes_hash(Bytes* b) {
  if (b->hash == -1) b->hash = bytes_hash_raw(b->data(), static_cast<size_t>(b->size));
  return b->hash;
}

// bytes(x) for one argument: int count, bytes, __bytes__, iterable of ints.
Bytes* bytes_from_value(Value v) {
  if (is_bytes(v)) return bytes_exact(as_bytes(v));
  if (is_str(v)) raise(exc::TypeError, "string argument without an encoding");
  Type* t = type_of(v);
  Value conv = type_lookup(t, intern("__bytes__"));
  if (!conv.is_empty()) {
    Value r = call_special(v, intern("__bytes__"), nullptr, 0);
    if (!is_bytes(r)) raisef(exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
    return as_bytes(r);
  }
  if (has_index(v)) {
    int64_t n = index_value(v);
    if (n < 0) raise(exc::ValueError, "negative count");
    Bytes* b = bytes_alloc(n);
    std::memset(b->data(), 0, static_cast<size_t>(n));
    return n <= 1 ? make_bytes(b->view()) : b;
  }
  if (type_lookup(t, names::__iter__).is_empty() && type_lookup(t, names::__getitem__).is_empty())
    raisef(exc::TypeError, "cannot convert '%s' object to bytes", type_name(v));
  List* items = list_from_iterable(v);
  std::string out(static_cast<size_t>(items->length), '\0');
  for (int64_t i = 0; i < items->length; i++) {
    Value x = items->items[i];
    int64_t c = x.is_int() ? x.as_int() : index_value(x);
    if (c < 0 || c > 255) raise(exc::ValueError, "bytes must be in range(0, 256)");
    out[static_cast<size_t>(i)] = static_cast<char>(c);
  }
  return make_bytes(out);
}

// ---------------------------------------------------------------------------
// repr, indexing
// ---------------------------------------------------------------------------

Str* bytes_repr(Bytes* b) {
  const uint8_t* p = b->data();
  auto n = static_cast<size_t>(b->size);
  char q = std::memchr(p, '\'', n) && !std::memchr(p, '"', n) ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  StrBuilder out;
  out.reserve(n + 3);
  out.push('b');
  out.push(q);
  for (size_t i = 0; i < n; i++) {
    uint8_t c = p[i];
    if (c == static_cast<uint8_t>(q) || c == '\\') {
      out.push('\\');
      out.push(static_cast<char>(c));
    } else if (c == '\t') {
      out.append_ascii("\\t", 2);
    } else if (c == '\n') {
      out.append_ascii("\\n", 2);
    } else if (c == '\r') {
      out.append_ascii("\\r", 2);
    } else if (c < 0x20 || c >= 0x7F) {
      char e[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
      out.append_ascii(e, 4);
    } else {
      out.push(static_cast<char>(c));
    }
  }
  out.push(q);
  return out.finish();
}

Value bytes_getitem(Bytes* b, Value key) {
  if (key.is_int() || (!is_slice(key) && has_index(key))) {
    int64_t i;
    if (key.is_int()) i = key.as_int();
    else if (is_int_like(key) && !int_to_i64(key, &i))
      raise(exc::IndexError, "cannot fit 'int' into an index-sized integer");
    else i = index_value(key);
    if (i < 0) i += b->size;
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(b->size)) raise(exc::IndexError, "index out of range");
    return Value::small_int(b->data()[i]);
  }
  if (!is_slice(key)) raisef(exc::TypeError, "byte indices must be integers or slices, not %s", type_name(key));
  int64_t start, stop, step;
  int64_t n = slice_indices(key, b->size, &start, &stop, &step);
  if (n <= 0) return Value::object(make_bytes(""));
  if (step == 1) {
    if (n == b->size) return Value::object(bytes_exact(b));
    return Value::object(bytes_from(b->data() + start, static_cast<size_t>(n)));
  }
  Bytes* r = bytes_alloc(n);
  for (int64_t k = 0, i = start; k < n; k++, i += step) r->data()[k] = b->data()[i];
  return Value::object(n == 1 ? make_bytes(r->view()) : r);
}

namespace {

// ---------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------

struct BytesIterator : IteratorObject {
  Bytes* bytes;   // null once exhausted
  int64_t index;
};

Value bytes_iter_next(Object* o) {
  auto* it = static_cast<BytesIterator*>(o);
  if (!it->bytes) return Value::empty();
  if (it->index >= it->bytes->size) {
    it->bytes = nullptr;
    return Value::empty();
  }
  return Value::small_int(it->bytes->data()[it->index++]);
}

// ---------------------------------------------------------------------------
// Protocol dunders
// ---------------------------------------------------------------------------

Value bytes_dunder_new(Value, const Value* args, size_t nargs, Tuple* kw) {
  Type* cls = args[0].as<Type>();
  Value a[3];
  args_keywords("bytes", args + 1, nargs - 1, kw, {"source", "encoding", "errors"}, a);
  Bytes* r;
  if (a[0].is_empty()) {
    if (!a[1].is_empty() || !a[2].is_empty())
      raise(exc::TypeError, a[1].is_empty() ? "errors without a string argument" : "encoding without a string argument");
    r = make_bytes("");
  } else if (!a[1].is_empty() || !a[2].is_empty()) {
    if (!is_str(a[0]))
      raise(exc::TypeError, a[1].is_empty() ? "errors without a string argument" : "encoding without a string argument");
    if (a[1].is_empty()) raise(exc::TypeError, "string argument without an encoding");
    static const char* const kArg[] = {"encoding", "errors"};
    for (int i = 1; i < 3; i++)
      if (!a[i].is_empty() && !is_str(a[i]))
        raisef(exc::TypeError, "bytes() argument '%s' must be str, not %s", kArg[i - 1], type_name(a[i]));
    r = str_encode(as_str(a[0]), sv(a[1]), a[2].is_empty() ? std::string_view("strict") : sv(a[2]));
  } else {
    r = bytes_from_value(a[0]);
  }
  if (cls == types::bytes) return Value::object(r);
  return Value::object(bytes_subclass_new(cls, r));
}

Value bytes_dunder_repr(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__repr__", nargs, kw, 0);
  return Value::object(bytes_repr(self_bytes(self)));
}

Value bytes_dunder_hash(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__hash__", nargs, kw, 0);
  return make_int(bytes_hash(self_bytes(self)));
}

Value bytes_dunder_len(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__len__", nargs, kw, 0);
  return Value::small_int(self_bytes(self)->size);
}

Value bytes_dunder_getitem(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__getitem__", nargs, kw, 1);
  return bytes_getitem(self_bytes(self), args[0]);
}

Value bytes_dunder_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  auto* it = alloc<BytesIterator>(types::bytes_iterator);
  it->next = bytes_iter_next;
  it->bytes = self_bytes(self);
  it->index = 0;
  return Value::object(it);
}

template <CompareOp op>
Value bytes_dunder_compare(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("comparison", nargs, kw, 1);
  if (!is_bytes(args[0])) return g_not_implemented;
  Bytes* a = self_bytes(self);
  Bytes* b = as_bytes(args[0]);
  if (op == CompareOp::EQ || op == CompareOp::NE) {
    bool eq = a == b || (a->size == b->size && std::memcmp(a->data(), b->data(), static_cast<size_t>(a->size)) == 0);
    return Value::boolean(op == CompareOp::EQ ? eq : !eq);
  }
  size_t n = static_cast<size_t>(a->size < b->size ? a->size : b->size);
  int c = std::memcmp(a->data(), b->data(), n);
  if (c == 0) c = a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
  switch (op) {
    case CompareOp::LT: return Value::boolean(c < 0);
    case CompareOp::LE: return Value::boolean(c <= 0);
    case CompareOp::GT: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

bool defers_to(Value other, const char* rname) {
  Type* t = type_of(other);
  return !t->is_builtin && !type_lookup(t, intern(rname)).is_empty();
}

Value bytes_dunder_add(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__add__", nargs, kw, 1);
  if (is_bytes(args[0])) return Value::object(bytes_concat(self_bytes(self), as_bytes(args[0])));
  if (defers_to(args[0], "__radd__")) return g_not_implemented;
  raisef(exc::TypeError, "can't concat %s to bytes", type_name(args[0]));
}

Value bytes_mul(Value self, Value n, const char* rname) {
  if (!has_index(n)) {
    if (defers_to(n, rname)) return g_not_implemented;
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
  }
  int64_t count;
  if (n.is_int()) count = n.as_int();
  else if (is_int_like(n) && !int_to_i64(n, &count)) {
    if (int_compare(n, Value::small_int(0)) < 0) count = 0;
    else raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  } else {
    count = index_value(n);
  }
  Bytes* b = self_bytes(self);
  if (count <= 0 || b->size == 0) return Value::object(make_bytes(""));
  if (count == 1) return Value::object(bytes_exact(b));
  if (b->size > INT64_MAX / count) raise(exc::OverflowError, "repeated bytes are too long");
  Bytes* r = bytes_alloc(b->size * count);
  for (int64_t i = 0; i < count; i++) std::memcpy(r->data() + i * b->size, b->data(), static_cast<size_t>(b->size));
  return Value::object(r);
}

Value bytes_dunder_mul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__mul__", nargs, kw, 1);
  return bytes_mul(self, args[0], "__rmul__");
}

Value bytes_dunder_rmul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__rmul__", nargs, kw, 1);
  return bytes_mul(self, args[0], "__mul__");
}

// A byte value from an int argument ("byte must be in range(0, 256)").
uint8_t byte_arg(Value v) {
  int64_t c = v.is_int() ? v.as_int() : index_value(v);
  if (c < 0 || c > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<uint8_t>(c);
}

Value bytes_dunder_contains(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__contains__", nargs, kw, 1);
  Bytes* b = self_bytes(self);
  Value x = args[0];
  if (!is_bytes(x) && has_index(x)) {
    uint8_t c = byte_arg(x);
    return Value::boolean(std::memchr(b->data(), c, static_cast<size_t>(b->size)) != nullptr);
  }
  Bytes* n = need_bytes(x);
  return Value::boolean(find_bytes(reinterpret_cast<const char*>(b->data()), static_cast<size_t>(b->size),
                                   reinterpret_cast<const char*>(n->data()), static_cast<size_t>(n->size)) >= 0);
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

Value bytes_decode_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("decode", args, nargs, kw, {"encoding", "errors"}, a);
  static const char* const kArg[] = {"encoding", "errors"};
  for (int i = 0; i < 2; i++)
    if (!a[i].is_empty() && !is_str(a[i]))
      raisef(exc::TypeError, "decode() argument '%s' must be str, not %s", kArg[i], type_name(a[i]));
  std::string_view enc = a[0].is_empty() ? std::string_view("utf-8") : sv(a[0]);
  std::string_view err = a[1].is_empty() ? std::string_view("strict") : sv(a[1]);
  return Value::object(str_decode(self_bytes(self)->view(), enc, err));
}

// hex(sep=<none>, bytes_per_sep=1)
Value bytes_hex_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("hex", args, nargs, kw, {"sep", "bytes_per_sep"}, a);
  Bytes* b = self_bytes(self);
  static const char kHex[] = "0123456789abcdef";
  auto n = static_cast<size_t>(b->size);
  char sep = 0;
  if (!a[0].is_empty()) {
    if (is_str(a[0]) && as_str(a[0])->length == 1 && as_str(a[0])->ascii) sep = as_str(a[0])->data()[0];
    else if (is_bytes(a[0]) && as_bytes(a[0])->size == 1) sep = static_cast<char>(as_bytes(a[0])->data()[0]);
    else raise(exc::ValueError, "sep must be length 1.");
  }
  int64_t per = a[1].is_empty() ? 1 : index_value(a[1]);
  if (!sep || per == 0 || n == 0) {
    Str* r = str_alloc(static_cast<int64_t>(2 * n), static_cast<int64_t>(2 * n), true);
    for (size_t i = 0; i < n; i++) {
      r->data()[2 * i] = kHex[b->data()[i] >> 4];
      r->data()[2 * i + 1] = kHex[b->data()[i] & 15];
    }
    return Value::object(n ? r : empty_str());
  }
  auto group = static_cast<size_t>(per < 0 ? -per : per);
  std::string out;
  out.reserve(3 * n);
  for (size_t i = 0; i < n; i++) {
    // Separators count groups from the right for per > 0, from the left for per < 0.
    if (i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    out += kHex[b->data()[i] >> 4];
    out += kHex[b->data()[i] & 15];
  }
  return str_value(out);
}

// bytes.fromhex(string) (a class method: args[0] is the class).
Value bytes_fromhex_m(Value, const Value* args, size_t nargs, Tuple* kw) {
  args_one("fromhex", nargs - 1, kw);
  Value s = args[1];
  if (!is_str(s)) raisef(exc::TypeError, "fromhex() argument must be str, not %s", type_name(s));
  Str* str = as_str(s);
  std::string out;
  auto hexval = [](uint32_t c) -> int {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
  };
  const char* p = str->data();
  const char* end = p + str->size;
  int64_t pos = 0;
  while (p < end) {
    uint32_t c = utf8_next(p);
    if (c < 0x80 && ascii_space(static_cast<uint8_t>(c)) && c != 0x1C && c != 0x1D && c != 0x1E && c != 0x1F) {
      pos++;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0) raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", static_cast<long long>(pos));
    if (p >= end) raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", static_cast<long long>(pos + 1));
    int lo = hexval(utf8_next(p));
    if (lo < 0) raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", static_cast<long long>(pos + 1));
    out += static_cast<char>(hi * 16 + lo);
    pos += 2;
  }
  Bytes* r = make_bytes(out);
  Type* cls = args[0].as<Type>();
  if (cls == types::bytes) return Value::object(r);
  return call(Value::object(cls), {Value::object(r)});
}

Bytes* join_bytes(Bytes* sep, const Value* items, int64_t n) {
  int64_t size = n ? sep->size * (n - 1) : 0;
  for (int64_t i = 0; i < n; i++) {
    if (!is_bytes(items[i]))
      raisef(exc::TypeError, "sequence item %lld: expected a bytes-like object, %s found", static_cast<long long>(i),
             type_name(items[i]));
    size += as_bytes(items[i])->size;
  }
  if (n == 1 && items[0].as_object()->type == types::bytes) return as_bytes(items[0]);
  Bytes* r = bytes_alloc(size);
  uint8_t* d = r->data();
  for (int64_t i = 0; i < n; i++) {
    if (i) {
      std::memcpy(d, sep->data(), static_cast<size_t>(sep->size));
      d += sep->size;
    }
    Bytes* x = as_bytes(items[i]);
    std::memcpy(d, x->data(), static_cast<size_t>(x->size));
    d += x->size;
  }
  return size <= 1 ? make_bytes(r->view()) : r;
}

Value bytes_join_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("bytes.join", nargs, kw);
  Value it = args[0];
  Type* t = type_of(it);
  if (type_lookup(t, names::__iter__).is_empty() && type_lookup(t, names::__getitem__).is_empty())
    raise(exc::TypeError, "can only join an iterable");
  List* l = list_from_iterable(it);
  return Value::object(join_bytes(self_bytes(self), l->items, l->length));
}

inline const char* cdata(Bytes* b) { return reinterpret_cast<const char*>(b->data()); }
inline size_t csize(Bytes* b) { return static_cast<size_t>(b->size); }
inline Value slice_of(Bytes* b, size_t lo, size_t hi) {
  if (lo == 0 && hi == csize(b)) return Value::object(bytes_exact(b));
  return Value::object(bytes_from(b->data() + lo, hi - lo));
}

// The needle of find()/count()/index(): bytes, or an int byte value.
std::string_view needle_arg(Value v, char* one) {
  if (is_bytes(v)) return as_bytes(v)->view();
  if (has_index(v)) {
    *one = static_cast<char>(byte_arg(v));
    return {one, 1};
  }
  raisef(exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
}

Value bytes_find_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool reverse,
                        bool raise_missing) {
  args_varargs(name, nargs, kw, 1, 3);
  Bytes* b = self_bytes(self);
  char one;
  std::string_view sub = needle_arg(args[0], &one);
  int64_t start, end;
  parse_bounds(args, nargs, 1, b->size, &start, &end);
  int64_t r = -1;
  if (end - start >= static_cast<int64_t>(sub.size())) {
    const char* base = cdata(b) + start;
    auto len = static_cast<size_t>(end - start);
    r = reverse ? rfind_bytes(base, len, sub.data(), sub.size()) : find_bytes(base, len, sub.data(), sub.size());
    if (r >= 0) r += start;
  }
  if (r < 0 && raise_missing) raise(exc::ValueError, "subsection not found");
  return Value::small_int(r);
}

Value bytes_find_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_find_common("find", s, a, n, k, false, false); }
Value bytes_rfind_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_find_common("rfind", s, a, n, k, true, false); }
Value bytes_index_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_find_common("index", s, a, n, k, false, true); }
Value bytes_rindex_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_find_common("rindex", s, a, n, k, true, true); }

Value bytes_count_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_varargs("count", nargs, kw, 1, 3);
  Bytes* b = self_bytes(self);
  char one;
  std::string_view sub = needle_arg(args[0], &one);
  int64_t start, end;
  parse_bounds(args, nargs, 1, b->size, &start, &end);
  if (end < start) return Value::small_int(0);
  if (sub.empty()) return Value::small_int(end - start + 1);
  return Value::small_int(count_bytes(cdata(b) + start, static_cast<size_t>(end - start), sub.data(), sub.size(), -1));
}

Value bytes_starts_ends(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool suffix) {
  args_varargs(name, nargs, kw, 1, 3);
  Bytes* b = self_bytes(self);
  int64_t start, end;
  parse_bounds(args, nargs, 1, b->size, &start, &end);
  auto match = [&](Bytes* x) {
    if (end - start < x->size) return false;
    const uint8_t* at = suffix ? b->data() + end - x->size : b->data() + start;
    return std::memcmp(at, x->data(), csize(x)) == 0;
  };
  Value a = args[0];
  if (is_bytes(a)) return Value::boolean(match(as_bytes(a)));
  if (!isinstance(a, types::tuple))
    raisef(exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(a));
  Tuple* t = a.as<Tuple>();
  for (int64_t i = 0; i < t->length; i++)
    if (match(need_bytes((*t)[i]))) return Value::boolean(true);
  return Value::boolean(false);
}

Value bytes_startswith_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_starts_ends("startswith", s, a, n, k, false); }
Value bytes_endswith_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_starts_ends("endswith", s, a, n, k, true); }

Value bytes_replace_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("replace", "bytes.replace", nargs, kw, 2, 3);
  Bytes* b = self_bytes(self);
  Bytes* old = need_bytes(args[0]);
  Bytes* rep = need_bytes(args[1]);
  int64_t count = nargs > 2 ? index_value(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  const char* p = cdata(b);
  const char* end = p + b->size;
  if (old->size == 0) {
    for (int64_t i = 0; i < count && i <= b->size; i++) {
      out.append(cdata(rep), csize(rep));
      if (p < end) out += *p++;
    }
    out.append(p, static_cast<size_t>(end - p));
    return Value::object(make_bytes(out));
  }
  int64_t done = 0;
  while (done < count) {
    int64_t r = find_bytes(p, static_cast<size_t>(end - p), cdata(old), csize(old));
    if (r < 0) break;
    out.append(p, static_cast<size_t>(r));
    out.append(cdata(rep), csize(rep));
    p += r + old->size;
    done++;
  }
  if (done == 0) return Value::object(bytes_exact(b));
  out.append(p, static_cast<size_t>(end - p));
  return Value::object(make_bytes(out));
}

Value bytes_split_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  Value a[2];
  args_keywords(name, args, nargs, kw, {"sep", "maxsplit"}, a);
  Bytes* b = self_bytes(self);
  int64_t maxsplit = opt_index(a[1], -1);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* out = make_list();
  const uint8_t* begin = b->data();
  const uint8_t* end = begin + b->size;
  if (a[0].is_empty() || a[0].is_none()) {
    if (!right) {
      const uint8_t* p = begin;
      for (int64_t k = 0;; k++) {
        while (p < end && byte_space(*p)) p++;
        if (p == end) break;
        if (k == maxsplit) {
          list_append(out, slice_of(b, static_cast<size_t>(p - begin), csize(b)));
          break;
        }
        const uint8_t* w = p;
        while (p < end && !byte_space(*p)) p++;
        list_append(out, slice_of(b, static_cast<size_t>(w - begin), static_cast<size_t>(p - begin)));
      }
    } else {
      const uint8_t* p = end;
      for (int64_t k = 0;; k++) {
        while (p > begin && byte_space(p[-1])) p--;
        if (p == begin) break;
        if (k == maxsplit) {
          list_append(out, slice_of(b, 0, static_cast<size_t>(p - begin)));
          break;
        }
        const uint8_t* w = p;
        while (p > begin && !byte_space(p[-1])) p--;
        list_append(out, slice_of(b, static_cast<size_t>(p - begin), static_cast<size_t>(w - begin)));
      }
      for (int64_t i = 0, j = out->length - 1; i < j; i++, j--) std::swap(out->items[i], out->items[j]);
    }
    return Value::object(out);
  }
  Bytes* sep = need_bytes(a[0]);
  if (sep->size == 0) raise(exc::ValueError, "empty separator");
  if (!right) {
    size_t p = 0;
    for (int64_t k = 0; k < maxsplit; k++) {
      int64_t r = find_bytes(cdata(b) + p, csize(b) - p, cdata(sep), csize(sep));
      if (r < 0) break;
      list_append(out, slice_of(b, p, p + static_cast<size_t>(r)));
      p += static_cast<size_t>(r) + csize(sep);
    }
    list_append(out, slice_of(b, p, csize(b)));
  } else {
    size_t p = csize(b);
    for (int64_t k = 0; k < maxsplit; k++) {
      int64_t r = rfind_bytes(cdata(b), p, cdata(sep), csize(sep));
      if (r < 0) break;
      list_append(out, slice_of(b, static_cast<size_t>(r) + csize(sep), p));
      p = static_cast<size_t>(r);
    }
    list_append(out, slice_of(b, 0, p));
    for (int64_t i = 0, j = out->length - 1; i < j; i++, j--) std::swap(out->items[i], out->items[j]);
  }
  return Value::object(out);
}

Value bytes_split_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_split_common("split", s, a, n, k, false); }
Value bytes_rsplit_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_split_common("rsplit", s, a, n, k, true); }

Value bytes_strip_common(const char* name, const char* qname, Value self, const Value* args, size_t nargs, Tuple* kw,
                         int side) {
  args_clinic(name, qname, nargs, kw, 0, 1);
  Bytes* b = self_bytes(self);
  bool table[256] = {};
  if (nargs == 1 && !args[0].is_none()) {
    Bytes* chars = need_bytes(args[0]);
    for (int64_t i = 0; i < chars->size; i++) table[chars->data()[i]] = true;
  } else {
    for (int c = 0; c < 256; c++) table[c] = byte_space(static_cast<uint8_t>(c));
  }
  size_t lo = 0, hi = csize(b);
  if (side & 1)
    while (lo < hi && table[b->data()[lo]]) lo++;
  if (side & 2)
    while (hi > lo && table[b->data()[hi - 1]]) hi--;
  return slice_of(b, lo, hi);
}

Value bytes_strip_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_strip_common("strip", "bytes.strip", s, a, n, k, 3); }
Value bytes_lstrip_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_strip_common("lstrip", "bytes.lstrip", s, a, n, k, 1); }
Value bytes_rstrip_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_strip_common("rstrip", "bytes.rstrip", s, a, n, k, 2); }

template <bool upper>
Value bytes_case_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none(upper ? "bytes.upper" : "bytes.lower", nargs, kw);
  Bytes* b = self_bytes(self);
  Bytes* r = bytes_alloc(b->size);
  for (int64_t i = 0; i < b->size; i++) {
    uint8_t c = b->data()[i];
    if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) c ^= 0x20;
    r->data()[i] = c;
  }
  return Value::object(b->size <= 1 ? make_bytes(r->view()) : r);
}

// isdigit/isalpha/isalnum/isspace/islower/isupper over ASCII bytes.
template <int kind>
Value bytes_is_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"bytes.isdigit", "bytes.isalpha", "bytes.isalnum",
                                       "bytes.isspace", "bytes.islower", "bytes.isupper", "bytes.isascii"};
  args_none(kNames[kind], nargs, kw);
  Bytes* b = self_bytes(self);
  if (kind == 6) {
    for (int64_t i = 0; i < b->size; i++)
      if (b->data()[i] >= 0x80) return Value::boolean(false);
    return Value::boolean(true);
  }
  if (b->size == 0) return Value::boolean(false);
  bool cased = false;
  for (int64_t i = 0; i < b->size; i++) {
    uint8_t c = b->data()[i];
    bool dig = c >= '0' && c <= '9', lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
    switch (kind) {
      case 0: if (!dig) return Value::boolean(false); break;
      case 1: if (!lo && !up) return Value::boolean(false); break;
      case 2: if (!lo && !up && !dig) return Value::boolean(false); break;
      case 3: if (!byte_space(c)) return Value::boolean(false); break;
      case 4: if (up) return Value::boolean(false); cased |= lo; break;
      case 5: if (lo) return Value::boolean(false); cased |= up; break;
    }
  }
  return Value::boolean(kind >= 4 ? cased : true);
}

Value bytes_partition_common(const char* qname, Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  args_one(qname, nargs, kw);
  Bytes* b = self_bytes(self);
  Bytes* sep = need_bytes(args[0]);
  if (sep->size == 0) raise(exc::ValueError, "empty separator");
  int64_t r = right ? rfind_bytes(cdata(b), csize(b), cdata(sep), csize(sep))
                    : find_bytes(cdata(b), csize(b), cdata(sep), csize(sep));
  Value e = Value::object(make_bytes(""));
  if (r < 0) {
    Value whole = Value::object(bytes_exact(b));
    return Value::object(right ? make_tuple({e, e, whole}) : make_tuple({whole, e, e}));
  }
  auto at = static_cast<size_t>(r);
  return Value::object(make_tuple({slice_of(b, 0, at), Value::object(bytes_exact(sep)), slice_of(b, at + csize(sep), csize(b))}));
}

Value bytes_partition_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_partition_common("bytes.partition", s, a, n, k, false); }
Value bytes_rpartition_m(Value s, const Value* a, size_t n, Tuple* k) { return bytes_partition_common("bytes.rpartition", s, a, n, k, true); }

template <bool suffix>
Value bytes_remove_affix_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one(suffix ? "bytes.removesuffix" : "bytes.removeprefix", nargs, kw);
  Bytes* b = self_bytes(self);
  Bytes* a = need_bytes(args[0]);
  if (a->size == 0 || a->size > b->size) return Value::object(bytes_exact(b));
  size_t at = suffix ? csize(b) - csize(a) : 0;
  if (std::memcmp(b->data() + at, a->data(), csize(a)) != 0) return Value::object(bytes_exact(b));
  return suffix ? slice_of(b, 0, at) : slice_of(b, csize(a), csize(b));
}

// ---- Padding, case, lines, translation (ASCII semantics) ----

// A fill byte argument ("center() argument 2 must be a byte string of length 1, not str").
char fill_byte(const char* name, const Value* args, size_t nargs) {
  if (nargs < 2) return ' ';
  Value f = args[1];
  if (!is_bytes(f) || as_bytes(f)->size != 1)
    raisef(exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(f));
  return static_cast<char>(as_bytes(f)->data()[0]);
}

template <int kind>  // 0 center, 1 ljust, 2 rjust
Value bytes_justify_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"center", "ljust", "rjust"};
  static const char* const kQNames[] = {"bytes.center", "bytes.ljust", "bytes.rjust"};
  args_clinic(kNames[kind], kQNames[kind], nargs, kw, 1, 2);
  int64_t width = index_value(args[0]);
  char fill = fill_byte(kNames[kind], args, nargs);
  Bytes* b = self_bytes(self);
  int64_t marg = width - b->size;
  if (marg <= 0) return Value::object(bytes_exact(b));
  int64_t left = kind == 1 ? 0 : kind == 2 ? marg : marg / 2 + (marg & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out.append(b->view());
  out.append(static_cast<size_t>(marg - left), fill);
  return Value::object(make_bytes(out));
}

Value bytes_zfill_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("bytes.zfill", nargs, kw);
  int64_t width = index_value(args[0]);
  Bytes* b = self_bytes(self);
  if (b->size >= width) return Value::object(bytes_exact(b));
  auto fill = static_cast<size_t>(width - b->size);
  std::string out(fill, '0');
  out.append(b->view());
  if (out[fill] == '+' || out[fill] == '-') {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return Value::object(make_bytes(out));
}

template <int kind>  // 0 title, 1 capitalize, 2 swapcase
Value bytes_recase_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"bytes.title", "bytes.capitalize", "bytes.swapcase"};
  args_none(kNames[kind], nargs, kw);
  Bytes* b = self_bytes(self);
  std::string out(b->view());
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); i++) {
    auto c = static_cast<uint8_t>(out[i]);
    bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
    bool flip = kind == 0 ? (prev_cased ? up : lo) : kind == 1 ? (i == 0 ? lo : up) : (lo || up);
    prev_cased = lo || up;
    if (flip) out[i] = static_cast<char>(c ^ 0x20);
  }
  return Value::object(make_bytes(out));
}

Value bytes_istitle_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytes.istitle", nargs, kw);
  Bytes* b = self_bytes(self);
  bool cased = false, prev = false;
  for (int64_t i = 0; i < b->size; i++) {
    uint8_t c = b->data()[i];
    if (c >= 'A' && c <= 'Z') {
      if (prev) return Value::boolean(false);
      prev = cased = true;
    } else if (c >= 'a' && c <= 'z') {
      if (!prev) return Value::boolean(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Value::boolean(cased);
}

Value bytes_splitlines_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  args_keywords("splitlines", args, nargs, kw, {"keepends"}, a);
  bool keepends = !a[0].is_empty() && index_value(a[0]) != 0;
  Bytes* b = self_bytes(self);
  List* out = make_list();
  size_t i = 0, n = csize(b);
  const uint8_t* d = b->data();
  while (i < n) {
    size_t start = i;
    while (i < n && d[i] != '\n' && d[i] != '\r') i++;
    size_t eol = i;
    if (i < n) i += (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
    list_append(out, slice_of(b, start, keepends ? i : eol));
  }
  return Value::object(out);
}

Value bytes_expandtabs_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  args_keywords("expandtabs", args, nargs, kw, {"tabsize"}, a);
  int64_t tabsize = opt_index(a[0], 8);
  Bytes* b = self_bytes(self);
  std::string out;
  int64_t col = 0;
  for (int64_t i = 0; i < b->size; i++) {
    char c = static_cast<char>(b->data()[i]);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t k = tabsize - col % tabsize;
        out.append(static_cast<size_t>(k), ' ');
        col += k;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return Value::object(make_bytes(out));
}

// bytes.maketrans(frm, to) (a static method).
Value bytes_maketrans_m(Value, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("maketrans", "bytes.maketrans", nargs, kw, 2, 2);
  Bytes* frm = need_bytes(args[0]);
  Bytes* to = need_bytes(args[1]);
  if (frm->size != to->size) raise(exc::ValueError, "maketrans arguments must have same length");
  Bytes* r = bytes_alloc(256);
  for (int c = 0; c < 256; c++) r->data()[c] = static_cast<uint8_t>(c);
  for (int64_t i = 0; i < frm->size; i++) r->data()[frm->data()[i]] = to->data()[i];
  return Value::object(r);
}

// translate(table, /, delete=b'')
Value bytes_translate_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("translate", args, nargs, kw, {"table", "delete"}, a);
  if (a[0].is_empty()) raise(exc::TypeError, "translate() missing required argument 'table' (pos 1)");
  const uint8_t* table = nullptr;
  if (!a[0].is_none()) {
    Bytes* t = need_bytes(a[0]);
    if (t->size != 256) raise(exc::ValueError, "translation table must be 256 characters long");
    table = t->data();
  }
  bool del[256] = {};
  if (!a[1].is_empty()) {
    Bytes* d = need_bytes(a[1]);
    for (int64_t i = 0; i < d->size; i++) del[d->data()[i]] = true;
  }
  Bytes* b = self_bytes(self);
  std::string out;
  out.reserve(csize(b));
  for (int64_t i = 0; i < b->size; i++) {
    uint8_t c = b->data()[i];
    if (!del[c]) out += static_cast<char>(table ? table[c] : c);
  }
  return Value::object(make_bytes(out));
}

Value bytes_dunder_mod(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__mod__", nargs, kw, 1);
  return Value::object(bytes_percent_format(self_bytes(self), args[0]));
}

Value bytes_dunder_str(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__str__", nargs, kw, 0);
  return Value::object(bytes_repr(self_bytes(self)));
}

Value bytes_dunder_bytes(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytes.__bytes__", nargs, kw);
  return Value::object(bytes_exact(self_bytes(self)));
}

Value bytes_dunder_sizeof(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytes.__sizeof__", nargs, kw);
  return make_int(static_cast<int64_t>(sizeof(Bytes)) + self_bytes(self)->size + 1);
}

Value bytes_getnewargs_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytes.__getnewargs__", nargs, kw);
  return Value::object(make_tuple({Value::object(bytes_exact(self_bytes(self)))}));
}

Value bytes_iter_dunder_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  return self;
}

Value bytes_iter_dunder_next(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__next__", nargs, kw, 0);
  Value v = bytes_iter_next(self.as_object());
  if (v.is_empty()) raise_stop_iteration(Value::none());
  return v;
}

const MethodDef kBytesMethods[] = {
    {"__new__", bytes_dunder_new, MethodDef::kStatic},
    {"__repr__", bytes_dunder_repr, MethodDef::kInstance},
    {"__hash__", bytes_dunder_hash, MethodDef::kInstance},
    {"__len__", bytes_dunder_len, MethodDef::kInstance},
    {"__getitem__", bytes_dunder_getitem, MethodDef::kInstance},
    {"__iter__", bytes_dunder_iter, MethodDef::kInstance},
    {"__eq__", bytes_dunder_compare<CompareOp::EQ>, MethodDef::kInstance},
    {"__ne__", bytes_dunder_compare<CompareOp::NE>, MethodDef::kInstance},
    {"__lt__", bytes_dunder_compare<CompareOp::LT>, MethodDef::kInstance},
    {"__le__", bytes_dunder_compare<CompareOp::LE>, MethodDef::kInstance},
    {"__gt__", bytes_dunder_compare<CompareOp::GT>, MethodDef::kInstance},
    {"__ge__", bytes_dunder_compare<CompareOp::GE>, MethodDef::kInstance},
    {"__add__", bytes_dunder_add, MethodDef::kInstance},
    {"__mul__", bytes_dunder_mul, MethodDef::kInstance},
    {"__rmul__", bytes_dunder_rmul, MethodDef::kInstance},
    {"__contains__", bytes_dunder_contains, MethodDef::kInstance},
    {"__getnewargs__", bytes_getnewargs_m, MethodDef::kInstance},
    {"decode", bytes_decode_m, MethodDef::kInstance},
    {"hex", bytes_hex_m, MethodDef::kInstance},
    {"fromhex", bytes_fromhex_m, MethodDef::kClass},
    {"join", bytes_join_m, MethodDef::kInstance},
    {"find", bytes_find_m, MethodDef::kInstance},
    {"rfind", bytes_rfind_m, MethodDef::kInstance},
    {"index", bytes_index_m, MethodDef::kInstance},
    {"rindex", bytes_rindex_m, MethodDef::kInstance},
    {"count", bytes_count_m, MethodDef::kInstance},
    {"startswith", bytes_startswith_m, MethodDef::kInstance},
    {"endswith", bytes_endswith_m, MethodDef::kInstance},
    {"replace", bytes_replace_m, MethodDef::kInstance},
    {"split", bytes_split_m, MethodDef::kInstance},
    {"rsplit", bytes_rsplit_m, MethodDef::kInstance},
    {"strip", bytes_strip_m, MethodDef::kInstance},
    {"lstrip", bytes_lstrip_m, MethodDef::kInstance},
    {"rstrip", bytes_rstrip_m, MethodDef::kInstance},
    {"upper", bytes_case_m<true>, MethodDef::kInstance},
    {"lower", bytes_case_m<false>, MethodDef::kInstance},
    {"isdigit", bytes_is_m<0>, MethodDef::kInstance},
    {"isalpha", bytes_is_m<1>, MethodDef::kInstance},
    {"isalnum", bytes_is_m<2>, MethodDef::kInstance},
    {"isspace", bytes_is_m<3>, MethodDef::kInstance},
    {"islower", bytes_is_m<4>, MethodDef::kInstance},
    {"isupper", bytes_is_m<5>, MethodDef::kInstance},
    {"isascii", bytes_is_m<6>, MethodDef::kInstance},
    {"partition", bytes_partition_m, MethodDef::kInstance},
    {"rpartition", bytes_rpartition_m, MethodDef::kInstance},
    {"removeprefix", bytes_remove_affix_m<false>, MethodDef::kInstance},
    {"removesuffix", bytes_remove_affix_m<true>, MethodDef::kInstance},
    {"center", bytes_justify_m<0>, MethodDef::kInstance},
    {"ljust", bytes_justify_m<1>, MethodDef::kInstance},
    {"rjust", bytes_justify_m<2>, MethodDef::kInstance},
    {"zfill", bytes_zfill_m, MethodDef::kInstance},
    {"title", bytes_recase_m<0>, MethodDef::kInstance},
    {"capitalize", bytes_recase_m<1>, MethodDef::kInstance},
    {"swapcase", bytes_recase_m<2>, MethodDef::kInstance},
    {"istitle", bytes_istitle_m, MethodDef::kInstance},
    {"splitlines", bytes_splitlines_m, MethodDef::kInstance},
    {"expandtabs", bytes_expandtabs_m, MethodDef::kInstance},
    {"maketrans", bytes_maketrans_m, MethodDef::kStatic},
    {"translate", bytes_translate_m, MethodDef::kInstance},
    {"__mod__", bytes_dunder_mod, MethodDef::kInstance},
    {"__str__", bytes_dunder_str, MethodDef::kInstance},
    {"__bytes__", bytes_dunder_bytes, MethodDef::kInstance},
    {"__sizeof__", bytes_dunder_sizeof, MethodDef::kInstance},
};

const MethodDef kBytesIteratorMethods[] = {
    {"__iter__", bytes_iter_dunder_iter, MethodDef::kInstance},
    {"__next__", bytes_iter_dunder_next, MethodDef::kInstance},
};

}  // namespace

void init_bytes_type() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  add_methods(types::bytes, kBytesMethods);
  types::bytes_iterator->layout = Layout::ITERATOR;
  types::bytes_iterator->instance_size = sizeof(BytesIterator);
  add_methods(types::bytes_iterator, kBytesIteratorMethods);
}

}  // namespace coil
