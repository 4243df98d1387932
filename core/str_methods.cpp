// Coil — the remaining str methods: padding (center/ljust/rjust/zfill),
// expandtabs, encode, and the translation pair maketrans/translate.
#include <cstring>

#include "core/dict.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

namespace {

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

// s with `left` and `right` fill characters around it.
Str* pad(Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return str_exact(s);
  int fl = utf8_cp_len(fill);
  int64_t size = s->size + (left + right) * fl;
  int64_t length = s->length + left + right;
  Str* r = str_alloc(size, length, size == length);
  char* d = r->data();
  char enc[4];
  utf8_encode(fill, enc);
  auto put_fill = [&](int64_t n) {
    if (fl == 1) {
      std::memset(d, enc[0], static_cast<size_t>(n));
      d += n;
    } else {
      for (int64_t i = 0; i < n; i++, d += fl) std::memcpy(d, enc, static_cast<size_t>(fl));
    }
  };
  put_fill(left);
  std::memcpy(d, s->data(), static_cast<size_t>(s->size));
  d += s->size;
  put_fill(right);
  return size == length ? r : str_seal(r);
}

// The fillchar argument: a str of exactly one code point.
uint32_t fill_char(const Value* args, size_t nargs) {
  if (nargs < 2) return ' ';
  Value f = args[1];
  if (!is_str(f)) raisef(exc::TypeError, "The fill character must be a unicode character, not %s", type_name(f));
  if (as_str(f)->length != 1) raise(exc::TypeError, "The fill character must be exactly one character long");
  return str_single_cp(as_str(f));
}

enum class Justify { CENTER, LEFT, RIGHT };

template <Justify j>
Value justify(Value self, const Value* args, size_t nargs, Tuple* kw) {
  const char* name = j == Justify::CENTER ? "center" : j == Justify::LEFT ? "ljust" : "rjust";
  const char* qname = j == Justify::CENTER ? "str.center" : j == Justify::LEFT ? "str.ljust" : "str.rjust";
  args_clinic(name, qname, nargs, kw, 1, 2);
  int64_t width = index_value(args[0]);
  uint32_t fill = fill_char(args, nargs);
  Str* s = as_str(self);
  int64_t marg = width - s->length;
  if (marg <= 0) return Value::object(str_exact(s));
  if (j == Justify::LEFT) return Value::object(pad(s, 0, marg, fill));
  if (j == Justify::RIGHT) return Value::object(pad(s, marg, 0, fill));
  int64_t left = marg / 2 + (marg & width & 1);
  return Value::object(pad(s, left, marg - left, fill));
}

Value str_zfill_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("str.zfill", nargs, kw);
  int64_t width = index_value(args[0]);
  Str* s = as_str(self);
  if (s->length >= width) return Value::object(str_exact(s));
  Str* r = pad(s, width - s->length, 0, '0');
  char* d = r->data();
  int64_t fill = width - s->length;
  if (d[fill] == '+' || d[fill] == '-') {
    d[0] = d[fill];
    d[fill] = '0';
  }
  return Value::object(r);
}

// expandtabs(tabsize=8)
Value str_expandtabs_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[1];
  args_keywords("expandtabs", args, nargs, kw, {"tabsize"}, a);
  int64_t tabsize = opt_index(a[0], 8);
  Str* s = as_str(self);
  const char* p = s->data();
  const char* end = p + s->size;
  if (!std::memchr(p, '\t', static_cast<size_t>(s->size))) return Value::object(str_exact(s));
  StrBuilder b;
  b.reserve(static_cast<size_t>(s->size) + 16);
  int64_t col = 0;
  while (p < end) {
    auto c = static_cast<uint8_t>(*p);
    if (c == '\t') {
      p++;
      if (tabsize > 0) {
        int64_t n = tabsize - col % tabsize;
        b.fill(' ', n);
        col += n;
      }
    } else if (c < 0x80) {
      p++;
      b.push(static_cast<char>(c));
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    } else {
      const char* q = p;
      utf8_next(q);
      b.append(p, static_cast<size_t>(q - p), 1, false);
      p = q;
      col++;
    }
  }
  return Value::object(b.finish());
}

// encode(encoding='utf-8', errors='strict')
Value str_encode_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value a[2];
  args_keywords("encode", args, nargs, kw, {"encoding", "errors"}, a);
  static const char* const kArg[] = {"encoding", "errors"};
  for (int i = 0; i < 2; i++)
    if (!a[i].is_empty() && !is_str(a[i]))
      raisef(exc::TypeError, "encode() argument '%s' must be str, not %s", kArg[i], type_name(a[i]));
  std::string_view enc = a[0].is_empty() ? std::string_view("utf-8") : sv(a[0]);
  std::string_view err = a[1].is_empty() ? std::string_view("strict") : sv(a[1]);
  return Value::object(str_encode(as_str(self), enc, err));
}

// ---------------------------------------------------------------------------
// maketrans / translate
// ---------------------------------------------------------------------------

// str.maketrans(x[, y[, z]]) (a static method: args are the arguments).
Value str_maketrans_m(Value, const Value* args, size_t nargs, Tuple* kw) {
  args_clinic("maketrans", "str.maketrans", nargs, kw, 1, 3);
  Dict* d = make_dict();
  if (nargs == 1) {
    if (!isinstance(args[0], types::dict))
      raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    Dict* src = args[0].as<Dict>();
    Value k, v;
    for (int64_t pos = 0; dict_next(src, &pos, &k, &v);) {
      if (is_str(k)) {
        if (as_str(k)->length != 1) raise(exc::ValueError, "string keys in translate table must be of length 1");
        dict_set(d, Value::small_int(str_single_cp(as_str(k))), v);
      } else if (is_int_like(k)) {
        dict_set(d, k, v);
      } else {
        raise(exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return Value::object(d);
  }
  for (size_t i = 1; i < nargs; i++)
    if (!is_str(args[i]))
      raisef(exc::TypeError, "maketrans() argument %zu must be str, not %s", i + 1, type_name(args[i]));
  if (!is_str(args[0]))
    raise(exc::TypeError, "first maketrans argument must be a string if there is a second argument");
  Str* x = as_str(args[0]);
  Str* y = as_str(args[1]);
  if (x->length != y->length) raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  const char* p = x->data();
  const char* q = y->data();
  for (int64_t i = 0; i < x->length; i++) {
    uint32_t a = utf8_next(p);
    uint32_t b = utf8_next(q);
    dict_set(d, Value::small_int(a), Value::small_int(b));
  }
  if (nargs == 3) {
    Str* z = as_str(args[2]);
    p = z->data();
    for (int64_t i = 0; i < z->length; i++) dict_set(d, Value::small_int(utf8_next(p)), Value::none());
  }
  return Value::object(d);
}

// table[cp], or Empty when the table has no entry (LookupError).
Value translate_lookup(Value table, uint32_t cp) {
  Value key = Value::small_int(cp);
  if (table.is_object() && table.as_object()->type == types::dict) return dict_get(table.as<Dict>(), key);
  try {
    return getitem(table, key);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::LookupError)) throw;
    return Value::empty();
  }
}

// Appends the translation of cp; `cache` memoizes ASCII results.
void translate_one(StrBuilder& b, Value table, uint32_t cp, Value* cache) {
  Value r;
  if (cp < 128 && !cache[cp].is_empty()) {
    r = cache[cp];
  } else {
    r = translate_lookup(table, cp);
    if (r.is_empty()) r = Value::small_int(cp);  // no entry: unchanged
    if (cp < 128) cache[cp] = r;
  }
  if (r.is_none()) return;
  if (r.is_int()) {
    int64_t v = r.as_int();
    if (v < 0 || v > 0x10FFFF) raise(exc::ValueError, "character mapping must be in range(0x110000)");
    b.push_cp(static_cast<uint32_t>(v));
    return;
  }
  if (is_str(r)) return b.append(as_str(r));
  if (is_int_like(r)) raise(exc::ValueError, "character mapping must be in range(0x110000)");
  raise(exc::TypeError, "character mapping must return integer, None or str");
}

Value str_translate_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("str.translate", nargs, kw);
  Value table = args[0];
  Str* s = as_str(self);
  Value cache[128];
  StrBuilder b;
  b.reserve(static_cast<size_t>(s->size));
  const char* p = s->data();
  const char* end = p + s->size;
  while (p < end) translate_one(b, table, utf8_next(p), cache);
  return Value::object(b.finish());
}

const MethodDef kOtherMethods[] = {
    {"center", justify<Justify::CENTER>, MethodDef::kInstance},
    {"ljust", justify<Justify::LEFT>, MethodDef::kInstance},
    {"rjust", justify<Justify::RIGHT>, MethodDef::kInstance},
    {"zfill", str_zfill_m, MethodDef::kInstance},
    {"expandtabs", str_expandtabs_m, MethodDef::kInstance},
    {"encode", str_encode_m, MethodDef::kInstance},
    {"maketrans", str_maketrans_m, MethodDef::kStatic},
    {"translate", str_translate_m, MethodDef::kInstance},
};

}  // namespace

void strimpl::register_str_methods(Type* str) { add_methods(str, kOtherMethods); }

}  // namespace coil
