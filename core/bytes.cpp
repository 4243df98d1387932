// Coil — bytes: immutable byte strings, the data inline after the header
// like str. Exact bytes objects are allocated atomic (unscanned) for the
// same reason as strs: their only pointer is the permanent types::bytes.
// Most methods work on a byte view of the receiver and are shared with
// bytearray (core/bytearray.cpp), returning results of the receiver's type.
// Searching uses the byte primitives of str (memchr/memmem).
#include <cstring>
#include <string>

#include "core/bytes_impl.h"
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
using namespace bytesimpl;

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

Bytes* bytes_exact(Bytes* b) {
  if (b->type == types::bytes) return b;
  return make_bytes(b->view());
}

// Python's whitespace for bytes (no \x1c-\x1f, unlike str).
inline bool byte_space(uint8_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

// The name of the receiver's type for messages ("bytes", "bytearray").
const char* family_name(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

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

bool bytes_like_view(Value v, std::string_view* out) {
  if (has_layout(v, Layout::BYTES)) {
    *out = v.as<Bytes>()->view();
    return true;
  }
  if (is_bytearray(v)) {
    *out = v.as<ByteArray>()->view();
    return true;
  }
  return false;
}

namespace bytesimpl {

BView need_view(Value v) {
  BView r{};
  if (!view_of(v, &r)) raisef(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return r;
}

Value make_like(Value self, std::string_view raw) {
  if (is_bytearray(self)) return Value::object(make_bytearray(raw));
  return Value::object(make_bytes(raw));
}

Value same_as(Value self) {
  if (is_bytearray(self)) return Value::object(make_bytearray(self.as<ByteArray>()->view()));
  return Value::object(bytes_exact(as_bytes(self)));
}

Value piece(Value self, BView v, size_t lo, size_t hi) {
  if (lo == 0 && hi == v.n) return same_as(self);
  return make_like(self, v.sv().substr(lo, hi - lo));
}

uint8_t byte_arg(Value v) {
  int64_t c;
  if (v.is_int()) c = v.as_int();
  else if (is_int_like(v) && !int_to_i64(v, &c)) c = -1;
  else c = index_value(v);
  if (c < 0 || c > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
  return static_cast<uint8_t>(c);
}

std::string bytes_from_int_iterable(Value v, const char* range_msg) {
  List* items = list_from_iterable(v);
  std::string out(static_cast<size_t>(items->length), '\0');
  for (int64_t i = 0; i < items->length; i++) {
    Value x = items->items[i];
    int64_t c;
    if (x.is_int()) c = x.as_int();
    else if (is_int_like(x) && !int_to_i64(x, &c)) c = -1;
    else c = index_value(x);
    if (c < 0 || c > 255) raise(exc::ValueError, range_msg);
    out[static_cast<size_t>(i)] = static_cast<char>(c);
  }
  return out;
}

std::string bytes_literal(std::string_view raw, bool bytearray_style) {
  const char* p = raw.data();
  size_t n = raw.size();
  char q = std::memchr(p, '\'', n) && !std::memchr(p, '"', n) ? '"' : '\'';
  // bytearray's repr escapes every ' whatever the quote.
  char escaped = bytearray_style ? '\'' : q;
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n + 3);
  out += 'b';
  out += q;
  for (size_t i = 0; i < n; i++) {
    auto c = static_cast<uint8_t>(p[i]);
    if (c == static_cast<uint8_t>(escaped) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      char e[4] = {'\\', 'x', kHex[c >> 4], kHex[c & 15]};
      out.append(e, 4);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

}  // namespace bytesimpl

// bytes(x) for one argument: int count, bytes-like, __bytes__, iterable of ints.
Bytes* bytes_from_value(Value v) {
  if (has_layout(v, Layout::BYTES)) return bytes_exact(as_bytes(v));
  std::string_view view;
  if (bytes_like_view(v, &view)) return make_bytes(view);
  if (is_str(v)) raise(exc::TypeError, "string argument without an encoding");
  Type* t = type_of(v);
  Str* conv = intern("__bytes__");
  if (!type_lookup(t, conv).is_empty()) {
    Value r = call_special(v, conv, nullptr, 0);
    if (!has_layout(r, Layout::BYTES)) raisef(exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
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
  return make_bytes(bytes_from_int_iterable(v));
}

Str* bytes_repr(Bytes* b) { return make_str(bytes_literal(b->view())); }

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
    return Value::object(make_bytes(b->view().substr(static_cast<size_t>(start), static_cast<size_t>(n))));
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
// bytes-only dunders
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
  return Value::object(bytes_repr(as_bytes(self)));
}

Value bytes_dunder_hash(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__hash__", nargs, kw, 0);
  return make_int(bytes_hash(as_bytes(self)));
}

Value bytes_dunder_getitem(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__getitem__", nargs, kw, 1);
  return bytes_getitem(as_bytes(self), args[0]);
}

Value bytes_dunder_iter(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__iter__", nargs, kw, 0);
  auto* it = alloc<BytesIterator>(types::bytes_iterator);
  it->next = bytes_iter_next;
  it->bytes = as_bytes(self);
  it->index = 0;
  return Value::object(it);
}

Value bytes_dunder_str(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__str__", nargs, kw, 0);
  return Value::object(bytes_repr(as_bytes(self)));
}

Value bytes_dunder_bytes(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytes.__bytes__", nargs, kw);
  return Value::object(bytes_exact(as_bytes(self)));
}

Value bytes_getnewargs_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("bytes.__getnewargs__", nargs, kw);
  return Value::object(make_tuple({Value::object(bytes_exact(as_bytes(self)))}));
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

// ---------------------------------------------------------------------------
// Shared dunders (bytes and bytearray)
// ---------------------------------------------------------------------------

Value b_len(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_wrapper("__len__", nargs, kw, 0);
  return Value::small_int(static_cast<int64_t>(self_view(self).n));
}

template <CompareOp op>
Value b_compare(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("comparison", nargs, kw, 1);
  BView b;
  // bytes compares only with bytes (a bytearray operand answers reflected);
  // bytearray compares with any bytes-like object.
  if (!is_bytearray(self) && !has_layout(args[0], Layout::BYTES)) return g_not_implemented;
  if (!view_of(args[0], &b)) return g_not_implemented;
  BView a = self_view(self);
  if (op == CompareOp::EQ || op == CompareOp::NE) {
    bool eq = a.n == b.n && std::memcmp(a.p, b.p, a.n) == 0;
    return Value::boolean(op == CompareOp::EQ ? eq : !eq);
  }
  int c = std::memcmp(a.p, b.p, a.n < b.n ? a.n : b.n);
  if (c == 0) c = a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
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

Value b_add(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__add__", nargs, kw, 1);
  BView o;
  if (!view_of(args[0], &o)) {
    if (defers_to(args[0], "__radd__")) return g_not_implemented;
    raisef(exc::TypeError, "can't concat %s to %s", type_name(args[0]), family_name(self));
  }
  if (has_layout(self, Layout::BYTES) && has_layout(args[0], Layout::BYTES))
    return Value::object(bytes_concat(as_bytes(self), as_bytes(args[0])));
  std::string out(self_view(self).sv());
  out.append(o.sv());
  return make_like(self, out);
}

// The count of a repetition, or false when n is no integer.
bool repeat_count(Value n, int64_t* count) {
  if (n.is_int()) {
    *count = n.as_int();
    return true;
  }
  if (!has_index(n)) return false;
  if (is_int_like(n) && !int_to_i64(n, count)) {
    if (int_compare(n, Value::small_int(0)) < 0) *count = 0;
    else raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    return true;
  }
  *count = index_value(n);
  return true;
}

Value b_mul_impl(Value self, Value n, const char* rname) {
  int64_t count;
  if (!repeat_count(n, &count)) {
    if (defers_to(n, rname)) return g_not_implemented;
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(n));
  }
  BView v = self_view(self);
  if (count <= 0 || v.n == 0) return make_like(self, "");
  if (count == 1) return same_as(self);
  if (static_cast<int64_t>(v.n) > INT64_MAX / count) raise(exc::OverflowError, "repeated bytes are too long");
  if (static_cast<int64_t>(v.n) * count > kMaxStrBytes) raise_memory_error();
  std::string out;
  out.reserve(v.n * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; i++) out.append(v.sv());
  return make_like(self, out);
}

Value b_mul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__mul__", nargs, kw, 1);
  return b_mul_impl(self, args[0], "__rmul__");
}

Value b_rmul(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__rmul__", nargs, kw, 1);
  return b_mul_impl(self, args[0], "__mul__");
}

Value b_contains(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__contains__", nargs, kw, 1);
  BView b = self_view(self);
  Value x = args[0];
  BView n;
  if (!view_of(x, &n) && has_index(x)) {
    uint8_t c = byte_arg(x);
    return Value::boolean(std::memchr(b.p, c, b.n) != nullptr);
  }
  n = need_view(x);
  return Value::boolean(find_bytes(b.p, b.n, n.p, n.n) >= 0);
}

Value b_mod(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__mod__", nargs, kw, 1);
  Bytes* fmt = has_layout(self, Layout::BYTES) ? as_bytes(self) : make_bytes(self_view(self).sv());
  Bytes* r = bytes_percent_format(fmt, args[0]);
  return is_bytearray(self) ? Value::object(make_bytearray(r->view())) : Value::object(r);
}

Value b_sizeof(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none(is_bytearray(self) ? "bytearray.__sizeof__" : "bytes.__sizeof__", nargs, kw);
  if (is_bytearray(self))
    return make_int(static_cast<int64_t>(sizeof(ByteArray)) + self.as<ByteArray>()->capacity + 1);
  return make_int(static_cast<int64_t>(sizeof(Bytes)) + as_bytes(self)->size + 1);
}

// ---------------------------------------------------------------------------
// Shared methods
// ---------------------------------------------------------------------------

Value b_decode(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("decode", args, nargs, kw, {"encoding", "errors"}, a);
  static const char* const kArg[] = {"encoding", "errors"};
  for (int i = 0; i < 2; i++)
    if (!a[i].is_empty() && !is_str(a[i]))
      raisef(exc::TypeError, "decode() argument '%s' must be str, not %s", kArg[i], type_name(a[i]));
  std::string_view enc = a[0].is_empty() ? std::string_view("utf-8") : sv(a[0]);
  std::string_view err = a[1].is_empty() ? std::string_view("strict") : sv(a[1]);
  return Value::object(str_decode(self_view(self).sv(), enc, err));
}

// hex(sep=<none>, bytes_per_sep=1)
Value b_hex(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("hex", args, nargs, kw, {"sep", "bytes_per_sep"}, a);
  BView b = self_view(self);
  static const char kHex[] = "0123456789abcdef";
  size_t n = b.n;
  char sep = 0;
  if (!a[0].is_empty()) {
    BView s;
    if (is_str(a[0]) && as_str(a[0])->length == 1 && as_str(a[0])->ascii) sep = as_str(a[0])->data()[0];
    else if (view_of(a[0], &s) && s.n == 1) sep = s.p[0];
    else raise(exc::ValueError, "sep must be length 1.");
  }
  int64_t per = a[1].is_empty() ? 1 : index_value(a[1]);
  if (!sep || per == 0 || n == 0) {
    if (n == 0) return Value::object(empty_str());
    Str* r = str_alloc(static_cast<int64_t>(2 * n), static_cast<int64_t>(2 * n), true);
    for (size_t i = 0; i < n; i++) {
      r->data()[2 * i] = kHex[b.u()[i] >> 4];
      r->data()[2 * i + 1] = kHex[b.u()[i] & 15];
    }
    return Value::object(r);
  }
  auto group = static_cast<size_t>(per < 0 ? -per : per);
  std::string out;
  out.reserve(3 * n);
  for (size_t i = 0; i < n; i++) {
    // Groups count from the right for per > 0, from the left for per < 0.
    if (i > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0)) out += sep;
    out += kHex[b.u()[i] >> 4];
    out += kHex[b.u()[i] & 15];
  }
  return str_value(out);
}

// bytes.fromhex(string) / bytearray.fromhex (a class method: args[0] is the class).
Value b_fromhex(Value, const Value* args, size_t nargs, Tuple* kw) {
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
  auto bad = [](int64_t pos) {
    raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", static_cast<long long>(pos));
  };
  const char* p = str->data();
  const char* end = p + str->size;
  int64_t pos = 0;
  while (p < end) {
    uint32_t c = utf8_next(p);
    if (c < 0x80 && byte_space(static_cast<uint8_t>(c))) {
      pos++;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0) bad(pos);
    if (p >= end) bad(pos + 1);
    int lo = hexval(utf8_next(p));
    if (lo < 0) bad(pos + 1);
    out += static_cast<char>(hi * 16 + lo);
    pos += 2;
  }
  Type* cls = args[0].as<Type>();
  if (cls == types::bytes) return Value::object(make_bytes(out));
  if (cls == types::bytearray) return Value::object(make_bytearray(out));
  return call(Value::object(cls), {Value::object(make_bytes(out))});
}

Value b_join(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one(is_bytearray(self) ? "bytearray.join" : "bytes.join", nargs, kw);
  Value it = args[0];
  Type* t = type_of(it);
  if (type_lookup(t, names::__iter__).is_empty() && type_lookup(t, names::__getitem__).is_empty())
    raise(exc::TypeError, "can only join an iterable");
  List* l = list_from_iterable(it);
  BView sep = self_view(self);
  if (l->length == 1 && l->items[0].is_object() && l->items[0].as_object()->type == types::bytes &&
      !is_bytearray(self))
    return l->items[0];
  std::string out;
  for (int64_t i = 0; i < l->length; i++) {
    BView x;
    if (!view_of(l->items[i], &x))
      raisef(exc::TypeError, "sequence item %lld: expected a bytes-like object, %s found", static_cast<long long>(i),
             type_name(l->items[i]));
    if (i) out.append(sep.sv());
    out.append(x.sv());
  }
  return make_like(self, out);
}

// The needle of find()/count()/index(): bytes-like, or an int byte value.
std::string_view needle_arg(Value v, char* one) {
  BView b;
  if (view_of(v, &b)) return b.sv();
  if (has_index(v)) {
    *one = static_cast<char>(byte_arg(v));
    return {one, 1};
  }
  raisef(exc::TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
}

Value find_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool reverse,
                  bool raise_missing) {
  args_varargs(name, nargs, kw, 1, 3);
  char one;
  std::string_view sub = needle_arg(args[0], &one);
  BView b = self_view(self);
  int64_t start, end;
  parse_bounds(args, nargs, 1, static_cast<int64_t>(b.n), &start, &end);
  int64_t r = -1;
  if (end - start >= static_cast<int64_t>(sub.size())) {
    const char* base = b.p + start;
    auto len = static_cast<size_t>(end - start);
    r = reverse ? rfind_bytes(base, len, sub.data(), sub.size()) : find_bytes(base, len, sub.data(), sub.size());
    if (r >= 0) r += start;
  }
  if (r < 0 && raise_missing) raise(exc::ValueError, "subsection not found");
  return Value::small_int(r);
}

Value b_find(Value s, const Value* a, size_t n, Tuple* k) { return find_common("find", s, a, n, k, false, false); }
Value b_rfind(Value s, const Value* a, size_t n, Tuple* k) { return find_common("rfind", s, a, n, k, true, false); }
Value b_index(Value s, const Value* a, size_t n, Tuple* k) { return find_common("index", s, a, n, k, false, true); }
Value b_rindex(Value s, const Value* a, size_t n, Tuple* k) { return find_common("rindex", s, a, n, k, true, true); }

Value b_count(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_varargs("count", nargs, kw, 1, 3);
  char one;
  std::string_view sub = needle_arg(args[0], &one);
  BView b = self_view(self);
  int64_t start, end;
  parse_bounds(args, nargs, 1, static_cast<int64_t>(b.n), &start, &end);
  if (end < start) return Value::small_int(0);
  if (sub.empty()) return Value::small_int(end - start + 1);
  return Value::small_int(count_bytes(b.p + start, static_cast<size_t>(end - start), sub.data(), sub.size(), -1));
}

Value starts_ends(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool suffix) {
  args_varargs(name, nargs, kw, 1, 3);
  BView b = self_view(self);
  int64_t start, end;
  parse_bounds(args, nargs, 1, static_cast<int64_t>(b.n), &start, &end);
  auto match = [&](BView x) {
    if (end - start < static_cast<int64_t>(x.n)) return false;
    const char* at = suffix ? b.p + end - static_cast<int64_t>(x.n) : b.p + start;
    return std::memcmp(at, x.p, x.n) == 0;
  };
  Value a = args[0];
  BView x;
  if (view_of(a, &x)) return Value::boolean(match(x));
  if (!isinstance(a, types::tuple))
    raisef(exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, type_name(a));
  Tuple* t = a.as<Tuple>();
  for (int64_t i = 0; i < t->length; i++)
    if (match(need_view((*t)[i]))) return Value::boolean(true);
  return Value::boolean(false);
}

Value b_startswith(Value s, const Value* a, size_t n, Tuple* k) { return starts_ends("startswith", s, a, n, k, false); }
Value b_endswith(Value s, const Value* a, size_t n, Tuple* k) { return starts_ends("endswith", s, a, n, k, true); }

Value b_replace(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("replace", is_bytearray(self) ? "bytearray.replace" : "bytes.replace", nargs, kw, 2, 3);
  BView old = need_view(args[0]);
  BView rep = need_view(args[1]);
  int64_t count = nargs > 2 ? index_value(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  BView b = self_view(self);
  std::string out;
  const char* p = b.p;
  const char* end = p + b.n;
  if (old.n == 0) {
    for (int64_t i = 0; i < count && i <= static_cast<int64_t>(b.n); i++) {
      out.append(rep.sv());
      if (p < end) out += *p++;
    }
    out.append(p, static_cast<size_t>(end - p));
    return make_like(self, out);
  }
  int64_t done = 0;
  while (done < count) {
    int64_t r = find_bytes(p, static_cast<size_t>(end - p), old.p, old.n);
    if (r < 0) break;
    out.append(p, static_cast<size_t>(r));
    out.append(rep.sv());
    p += r + static_cast<int64_t>(old.n);
    done++;
  }
  if (done == 0) return same_as(self);
  out.append(p, static_cast<size_t>(end - p));
  return make_like(self, out);
}

void reverse_list(List* l) {
  for (int64_t i = 0, j = l->length - 1; i < j; i++, j--) std::swap(l->items[i], l->items[j]);
}

Value split_common(const char* name, Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  Value a[2];
  args_keywords(name, args, nargs, kw, {"sep", "maxsplit"}, a);
  int64_t maxsplit = opt_index(a[1], -1);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  List* out = make_list();
  BView b = self_view(self);
  const uint8_t* begin = b.u();
  const uint8_t* end = begin + b.n;
  auto off = [&](const uint8_t* q) { return static_cast<size_t>(q - begin); };
  if (a[0].is_empty() || a[0].is_none()) {
    if (!right) {
      const uint8_t* p = begin;
      for (int64_t k = 0;; k++) {
        while (p < end && byte_space(*p)) p++;
        if (p == end) break;
        if (k == maxsplit) {
          list_append(out, piece(self, b, off(p), b.n));
          break;
        }
        const uint8_t* w = p;
        while (p < end && !byte_space(*p)) p++;
        list_append(out, piece(self, b, off(w), off(p)));
      }
    } else {
      const uint8_t* p = end;
      for (int64_t k = 0;; k++) {
        while (p > begin && byte_space(p[-1])) p--;
        if (p == begin) break;
        if (k == maxsplit) {
          list_append(out, piece(self, b, 0, off(p)));
          break;
        }
        const uint8_t* w = p;
        while (p > begin && !byte_space(p[-1])) p--;
        list_append(out, piece(self, b, off(p), off(w)));
      }
      reverse_list(out);
    }
    return Value::object(out);
  }
  BView sep = need_view(a[0]);
  if (sep.n == 0) raise(exc::ValueError, "empty separator");
  if (!right) {
    size_t p = 0;
    for (int64_t k = 0; k < maxsplit; k++) {
      int64_t r = find_bytes(b.p + p, b.n - p, sep.p, sep.n);
      if (r < 0) break;
      list_append(out, piece(self, b, p, p + static_cast<size_t>(r)));
      p += static_cast<size_t>(r) + sep.n;
    }
    list_append(out, piece(self, b, p, b.n));
  } else {
    size_t p = b.n;
    for (int64_t k = 0; k < maxsplit; k++) {
      int64_t r = rfind_bytes(b.p, p, sep.p, sep.n);
      if (r < 0) break;
      list_append(out, piece(self, b, static_cast<size_t>(r) + sep.n, p));
      p = static_cast<size_t>(r);
    }
    list_append(out, piece(self, b, 0, p));
    reverse_list(out);
  }
  return Value::object(out);
}

Value b_split(Value s, const Value* a, size_t n, Tuple* k) { return split_common("split", s, a, n, k, false); }
Value b_rsplit(Value s, const Value* a, size_t n, Tuple* k) { return split_common("rsplit", s, a, n, k, true); }

template <int side>  // 1 left, 2 right, 3 both
Value b_strip(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"", "lstrip", "rstrip", "strip"};
  std::string qname = std::string(family_name(self)) + "." + kNames[side];
  args_clinic(kNames[side], qname.c_str(), nargs, kw, 0, 1);
  bool table[256] = {};
  if (nargs == 1 && !args[0].is_none()) {
    BView chars = need_view(args[0]);
    for (size_t i = 0; i < chars.n; i++) table[chars.u()[i]] = true;
  } else {
    for (int c = 0; c < 256; c++) table[c] = byte_space(static_cast<uint8_t>(c));
  }
  BView b = self_view(self);
  size_t lo = 0, hi = b.n;
  if (side & 1)
    while (lo < hi && table[b.u()[lo]]) lo++;
  if (side & 2)
    while (hi > lo && table[b.u()[hi - 1]]) hi--;
  return piece(self, b, lo, hi);
}

// Case changes over ASCII letters: 0 upper, 1 lower, 2 title, 3 capitalize, 4 swapcase.
template <int kind>
Value b_recase(Value self, const Value*, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"upper", "lower", "title", "capitalize", "swapcase"};
  std::string qname = std::string(family_name(self)) + "." + kNames[kind];
  args_none(qname.c_str(), nargs, kw);
  std::string out(self_view(self).sv());
  bool prev_cased = false;
  for (size_t i = 0; i < out.size(); i++) {
    auto c = static_cast<uint8_t>(out[i]);
    bool lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
    bool flip;
    switch (kind) {
      case 0: flip = lo; break;
      case 1: flip = up; break;
      case 2: flip = prev_cased ? up : lo; break;
      case 3: flip = i == 0 ? lo : up; break;
      default: flip = lo || up; break;
    }
    prev_cased = lo || up;
    if (flip) out[i] = static_cast<char>(c ^ 0x20);
  }
  return make_like(self, out);
}

// isdigit/isalpha/isalnum/isspace/islower/isupper/isascii/istitle over ASCII.
template <int kind>
Value b_is(Value self, const Value*, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"isdigit", "isalpha", "isalnum", "isspace",
                                       "islower", "isupper", "isascii", "istitle"};
  std::string qname = std::string(family_name(self)) + "." + kNames[kind];
  args_none(qname.c_str(), nargs, kw);
  BView b = self_view(self);
  if (kind == 6) return Value::boolean(ascii_only(b.p, b.n));
  if (b.n == 0) return Value::boolean(false);
  bool cased = false, prev = false;
  for (size_t i = 0; i < b.n; i++) {
    uint8_t c = b.u()[i];
    bool dig = c >= '0' && c <= '9', lo = c >= 'a' && c <= 'z', up = c >= 'A' && c <= 'Z';
    switch (kind) {
      case 0: if (!dig) return Value::boolean(false); break;
      case 1: if (!lo && !up) return Value::boolean(false); break;
      case 2: if (!lo && !up && !dig) return Value::boolean(false); break;
      case 3: if (!byte_space(c)) return Value::boolean(false); break;
      case 4: if (up) return Value::boolean(false); cased |= lo; break;
      case 5: if (lo) return Value::boolean(false); cased |= up; break;
      default:  // istitle
        if (up) {
          if (prev) return Value::boolean(false);
          prev = cased = true;
        } else if (lo) {
          if (!prev) return Value::boolean(false);
          prev = cased = true;
        } else {
          prev = false;
        }
        break;
    }
  }
  return Value::boolean(kind >= 4 ? cased : true);
}

Value partition_common(const char* what, Value self, const Value* args, size_t nargs, Tuple* kw, bool right) {
  std::string qname = std::string(family_name(self)) + "." + what;
  args_one(qname.c_str(), nargs, kw);
  BView b = self_view(self);
  BView sep = need_view(args[0]);
  if (sep.n == 0) raise(exc::ValueError, "empty separator");
  int64_t r = right ? rfind_bytes(b.p, b.n, sep.p, sep.n) : find_bytes(b.p, b.n, sep.p, sep.n);
  if (r < 0) {
    Value whole = same_as(self);
    Value e1 = make_like(self, ""), e2 = make_like(self, "");
    return Value::object(right ? make_tuple({e1, e2, whole}) : make_tuple({whole, e1, e2}));
  }
  auto at = static_cast<size_t>(r);
  Value mid = has_layout(args[0], Layout::BYTES) && !is_bytearray(self) ? Value::object(bytes_exact(as_bytes(args[0])))
                                                                         : make_like(self, sep.sv());
  return Value::object(make_tuple({piece(self, b, 0, at), mid, piece(self, b, at + sep.n, b.n)}));
}

Value b_partition(Value s, const Value* a, size_t n, Tuple* k) { return partition_common("partition", s, a, n, k, false); }
Value b_rpartition(Value s, const Value* a, size_t n, Tuple* k) { return partition_common("rpartition", s, a, n, k, true); }

template <bool suffix>
Value b_remove_affix(Value self, const Value* args, size_t nargs, Tuple* kw) {
  std::string qname = std::string(family_name(self)) + (suffix ? ".removesuffix" : ".removeprefix");
  args_one(qname.c_str(), nargs, kw);
  BView b = self_view(self);
  BView a = need_view(args[0]);
  if (a.n == 0 || a.n > b.n) return same_as(self);
  size_t at = suffix ? b.n - a.n : 0;
  if (std::memcmp(b.p + at, a.p, a.n) != 0) return same_as(self);
  return suffix ? piece(self, b, 0, at) : piece(self, b, a.n, b.n);
}

// A fill byte ("center() argument 2 must be a byte string of length 1, not str").
char fill_byte(const char* name, const Value* args, size_t nargs) {
  if (nargs < 2) return ' ';
  BView f;
  if (!view_of(args[1], &f) || f.n != 1)
    raisef(exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, type_name(args[1]));
  return f.p[0];
}

template <int kind>  // 0 center, 1 ljust, 2 rjust
Value b_justify(Value self, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"center", "ljust", "rjust"};
  std::string qname = std::string(family_name(self)) + "." + kNames[kind];
  args_clinic(kNames[kind], qname.c_str(), nargs, kw, 1, 2);
  int64_t width = index_value(args[0]);
  char fill = fill_byte(kNames[kind], args, nargs);
  BView b = self_view(self);
  int64_t marg = width - static_cast<int64_t>(b.n);
  if (marg <= 0) return same_as(self);
  int64_t left = kind == 1 ? 0 : kind == 2 ? marg : marg / 2 + (marg & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out.append(b.sv());
  out.append(static_cast<size_t>(marg - left), fill);
  return make_like(self, out);
}

Value b_zfill(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one(is_bytearray(self) ? "bytearray.zfill" : "bytes.zfill", nargs, kw);
  int64_t width = index_value(args[0]);
  BView b = self_view(self);
  if (static_cast<int64_t>(b.n) >= width) return same_as(self);
  auto fill = static_cast<size_t>(width) - b.n;
  std::string out(fill, '0');
  out.append(b.sv());
  if (out[fill] == '+' || out[fill] == '-') {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return make_like(self, out);
}

Value b_splitlines(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  args_keywords("splitlines", args, nargs, kw, {"keepends"}, a);
  bool keepends = !a[0].is_empty() && index_value(a[0]) != 0;
  BView b = self_view(self);
  List* out = make_list();
  size_t i = 0, n = b.n;
  const uint8_t* d = b.u();
  while (i < n) {
    size_t start = i;
    while (i < n && d[i] != '\n' && d[i] != '\r') i++;
    size_t eol = i;
    if (i < n) i += (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
    list_append(out, piece(self, b, start, keepends ? i : eol));
  }
  return Value::object(out);
}

Value b_expandtabs(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  args_keywords("expandtabs", args, nargs, kw, {"tabsize"}, a);
  int64_t tabsize = opt_index(a[0], 8);
  BView b = self_view(self);
  std::string out;
  int64_t col = 0;
  for (size_t i = 0; i < b.n; i++) {
    char c = b.p[i];
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
  return make_like(self, out);
}

// bytes.maketrans(frm, to) (a static method).
Value b_maketrans(Value, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("maketrans", "bytes.maketrans", nargs, kw, 2, 2);
  BView frm = need_view(args[0]);
  BView to = need_view(args[1]);
  if (frm.n != to.n) raise(exc::ValueError, "maketrans arguments must have same length");
  Bytes* r = bytes_alloc(256);
  for (int c = 0; c < 256; c++) r->data()[c] = static_cast<uint8_t>(c);
  for (size_t i = 0; i < frm.n; i++) r->data()[frm.u()[i]] = to.u()[i];
  return Value::object(r);
}

// translate(table, /, delete=b'')
Value b_translate(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("translate", args, nargs, kw, {"table", "delete"}, a);
  if (a[0].is_empty()) raise(exc::TypeError, "translate() missing required argument 'table' (pos 1)");
  const uint8_t* table = nullptr;
  if (!a[0].is_none()) {
    BView t = need_view(a[0]);
    if (t.n != 256) raise(exc::ValueError, "translation table must be 256 characters long");
    table = t.u();
  }
  bool del[256] = {};
  if (!a[1].is_empty()) {
    BView d = need_view(a[1]);
    for (size_t i = 0; i < d.n; i++) del[d.u()[i]] = true;
  }
  BView b = self_view(self);
  std::string out;
  out.reserve(b.n);
  for (size_t i = 0; i < b.n; i++) {
    uint8_t c = b.u()[i];
    if (!del[c]) out += static_cast<char>(table ? table[c] : c);
  }
  return make_like(self, out);
}

const MethodDef kSharedMethods[] = {
    {"__len__", b_len, MethodDef::kInstance},
    {"__eq__", b_compare<CompareOp::EQ>, MethodDef::kInstance},
    {"__ne__", b_compare<CompareOp::NE>, MethodDef::kInstance},
    {"__lt__", b_compare<CompareOp::LT>, MethodDef::kInstance},
    {"__le__", b_compare<CompareOp::LE>, MethodDef::kInstance},
    {"__gt__", b_compare<CompareOp::GT>, MethodDef::kInstance},
    {"__ge__", b_compare<CompareOp::GE>, MethodDef::kInstance},
    {"__add__", b_add, MethodDef::kInstance},
    {"__mul__", b_mul, MethodDef::kInstance},
    {"__rmul__", b_rmul, MethodDef::kInstance},
    {"__contains__", b_contains, MethodDef::kInstance},
    {"__mod__", b_mod, MethodDef::kInstance},
    {"__sizeof__", b_sizeof, MethodDef::kInstance},
    {"decode", b_decode, MethodDef::kInstance},
    {"hex", b_hex, MethodDef::kInstance},
    {"fromhex", b_fromhex, MethodDef::kClass},
    {"join", b_join, MethodDef::kInstance},
    {"find", b_find, MethodDef::kInstance},
    {"rfind", b_rfind, MethodDef::kInstance},
    {"index", b_index, MethodDef::kInstance},
    {"rindex", b_rindex, MethodDef::kInstance},
    {"count", b_count, MethodDef::kInstance},
    {"startswith", b_startswith, MethodDef::kInstance},
    {"endswith", b_endswith, MethodDef::kInstance},
    {"replace", b_replace, MethodDef::kInstance},
    {"split", b_split, MethodDef::kInstance},
    {"rsplit", b_rsplit, MethodDef::kInstance},
    {"strip", b_strip<3>, MethodDef::kInstance},
    {"lstrip", b_strip<1>, MethodDef::kInstance},
    {"rstrip", b_strip<2>, MethodDef::kInstance},
    {"upper", b_recase<0>, MethodDef::kInstance},
    {"lower", b_recase<1>, MethodDef::kInstance},
    {"title", b_recase<2>, MethodDef::kInstance},
    {"capitalize", b_recase<3>, MethodDef::kInstance},
    {"swapcase", b_recase<4>, MethodDef::kInstance},
    {"isdigit", b_is<0>, MethodDef::kInstance},
    {"isalpha", b_is<1>, MethodDef::kInstance},
    {"isalnum", b_is<2>, MethodDef::kInstance},
    {"isspace", b_is<3>, MethodDef::kInstance},
    {"islower", b_is<4>, MethodDef::kInstance},
    {"isupper", b_is<5>, MethodDef::kInstance},
    {"isascii", b_is<6>, MethodDef::kInstance},
    {"istitle", b_is<7>, MethodDef::kInstance},
    {"partition", b_partition, MethodDef::kInstance},
    {"rpartition", b_rpartition, MethodDef::kInstance},
    {"removeprefix", b_remove_affix<false>, MethodDef::kInstance},
    {"removesuffix", b_remove_affix<true>, MethodDef::kInstance},
    {"center", b_justify<0>, MethodDef::kInstance},
    {"ljust", b_justify<1>, MethodDef::kInstance},
    {"rjust", b_justify<2>, MethodDef::kInstance},
    {"zfill", b_zfill, MethodDef::kInstance},
    {"splitlines", b_splitlines, MethodDef::kInstance},
    {"expandtabs", b_expandtabs, MethodDef::kInstance},
    {"maketrans", b_maketrans, MethodDef::kStatic},
    {"translate", b_translate, MethodDef::kInstance},
};

const MethodDef kBytesMethods[] = {
    {"__new__", bytes_dunder_new, MethodDef::kStatic},
    {"__repr__", bytes_dunder_repr, MethodDef::kInstance},
    {"__str__", bytes_dunder_str, MethodDef::kInstance},
    {"__hash__", bytes_dunder_hash, MethodDef::kInstance},
    {"__getitem__", bytes_dunder_getitem, MethodDef::kInstance},
    {"__iter__", bytes_dunder_iter, MethodDef::kInstance},
    {"__bytes__", bytes_dunder_bytes, MethodDef::kInstance},
    {"__getnewargs__", bytes_getnewargs_m, MethodDef::kInstance},
};

const MethodDef kBytesIteratorMethods[] = {
    {"__iter__", bytes_iter_dunder_iter, MethodDef::kInstance},
    {"__next__", bytes_iter_dunder_next, MethodDef::kInstance},
};

}  // namespace

std::span<const MethodDef> bytesimpl::shared_methods() { return kSharedMethods; }

void init_bytes_type() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  add_methods(types::bytes, kSharedMethods);
  add_methods(types::bytes, kBytesMethods);
  types::bytes_iterator->layout = Layout::ITERATOR;
  types::bytes_iterator->instance_size = sizeof(BytesIterator);
  add_methods(types::bytes_iterator, kBytesIteratorMethods);
  init_bytearray_type();
}

}  // namespace coil
