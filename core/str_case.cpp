// Coil — str case mapping and classification: upper/lower/casefold/swapcase/
// capitalize/title and the is*() predicates. ASCII text is transformed byte by
// byte into a result of the same size; other text uses the full Unicode case
// mappings (ß → SS, ﬁ → FI, final sigma) from core/unicode, as CPython does.
#include <cstring>

#include "core/errors.h"
#include "core/str_impl.h"

namespace coil {

using namespace strimpl;

namespace {

inline bool a_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }
inline bool a_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
inline bool a_alpha(uint8_t c) { return a_lower(c) || a_upper(c); }
inline bool a_digit(uint8_t c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

enum class CaseOp { UPPER, LOWER, CASEFOLD, SWAPCASE, CAPITALIZE, TITLE };

// ASCII: one output byte per input byte.
Str* case_ascii(Str* s, CaseOp op) {
  auto n = static_cast<size_t>(s->size);
  Str* r = str_alloc(s->size, s->length, true);
  const auto* src = reinterpret_cast<const uint8_t*>(s->data());
  auto* d = reinterpret_cast<uint8_t*>(r->data());
  switch (op) {
    case CaseOp::UPPER:
      for (size_t i = 0; i < n; i++) d[i] = src[i] ^ (a_lower(src[i]) ? 0x20 : 0);
      break;
    case CaseOp::LOWER:
    case CaseOp::CASEFOLD:
      for (size_t i = 0; i < n; i++) d[i] = src[i] ^ (a_upper(src[i]) ? 0x20 : 0);
      break;
    case CaseOp::SWAPCASE:
      for (size_t i = 0; i < n; i++) d[i] = src[i] ^ (a_alpha(src[i]) ? 0x20 : 0);
      break;
    case CaseOp::CAPITALIZE:
      for (size_t i = 0; i < n; i++) d[i] = src[i] ^ ((i == 0 ? a_lower(src[i]) : a_upper(src[i])) ? 0x20 : 0);
      break;
    case CaseOp::TITLE: {
      bool prev_cased = false;
      for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        if (prev_cased ? a_upper(c) : a_lower(c)) c ^= 0x20;
        d[i] = c;
        prev_cased = a_alpha(c);
      }
      break;
    }
  }
  if (n == 1) return str_from_known(r->data(), 1, 1, true);
  return r;
}

// CPython's handle_capital_sigma: Σ lowers to ς at the end of a word.
uint32_t lower_sigma(const char* begin, const char* at, const char* next, const char* end) {
  const char* p = at;
  bool final = false;
  while (p > begin) {
    p = utf8_prev(p);
    uint32_t c = utf8_decode(p);
    if (!uni_iscase_ignorable(c)) {
      final = uni_iscased(c);
      break;
    }
  }
  if (final) {
    for (p = next; p < end;) {
      uint32_t c = utf8_next(p);
      if (!uni_iscase_ignorable(c)) {
        final = !uni_iscased(c);
        break;
      }
    }
  }
  return final ? 0x3C2 : 0x3C3;
}

// Appends the full mapping of cp; lower mappings apply the final-sigma rule.
inline void append_mapped(StrBuilder& b, uint32_t cp, CaseKind kind, const char* begin, const char* at,
                          const char* next, const char* end) {
  if (cp == 0x3A3 && kind == CaseKind::LOWER) return b.push_cp(lower_sigma(begin, at, next, end));
  uint32_t out[3];
  int n = uni_case_map(cp, kind, out);
  for (int i = 0; i < n; i++) b.push_cp(out[i]);
}

Str* case_unicode(Str* s, CaseOp op) {
  StrBuilder b;
  b.reserve(static_cast<size_t>(s->size));
  const char* begin = s->data();
  const char* end = begin + s->size;
  bool prev_cased = false;
  for (const char* p = begin; p < end;) {
    const char* at = p;
    auto c = static_cast<uint8_t>(*p);
    if (c < 0x80) {
      // ASCII inside non-ASCII text: map inline.
      p++;
      bool lo = a_lower(c), up = a_upper(c);
      bool flip;
      switch (op) {
        case CaseOp::UPPER: flip = lo; break;
        case CaseOp::LOWER: case CaseOp::CASEFOLD: flip = up; break;
        case CaseOp::SWAPCASE: flip = lo || up; break;
        case CaseOp::CAPITALIZE: flip = at == begin ? lo : up; break;
        default:
          flip = prev_cased ? up : lo;
          prev_cased = lo || up;
          break;
      }
      b.push(static_cast<char>(flip ? c ^ 0x20 : c));
      continue;
    }
    uint32_t cp = utf8_next(p);
    CaseKind kind;
    switch (op) {
      case CaseOp::UPPER: kind = CaseKind::UPPER; break;
      case CaseOp::LOWER: kind = CaseKind::LOWER; break;
      case CaseOp::CASEFOLD: kind = CaseKind::FOLD; break;
      case CaseOp::SWAPCASE:
        if (uni_isupper(cp)) kind = CaseKind::LOWER;
        else if (uni_islower(cp)) kind = CaseKind::UPPER;
        else { b.push_cp(cp); continue; }
        break;
      case CaseOp::CAPITALIZE: kind = at == begin ? CaseKind::TITLE : CaseKind::LOWER; break;
      default:  // TITLE
        kind = prev_cased ? CaseKind::LOWER : CaseKind::TITLE;
        prev_cased = uni_iscased(cp);
        break;
    }
    append_mapped(b, cp, kind, begin, at, p, end);
  }
  return b.finish();
}

Str* case_map(Str* s, CaseOp op) {
  if (s->size == 0) return empty_str();
  return s->ascii ? case_ascii(s, op) : case_unicode(s, op);
}

template <CaseOp op>
Value case_method(Value self, const Value*, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"str.upper", "str.lower", "str.casefold",
                                       "str.swapcase", "str.capitalize", "str.title"};
  args_none(kNames[static_cast<int>(op)], nargs, kw);
  return Value::object(case_map(as_str(self), op));
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

// True when s is non-empty and every code point satisfies the test.
template <bool (*ascii_test)(uint8_t), bool (*uni_test)(uint32_t)>
bool all_of(Str* s) {
  if (s->size == 0) return false;
  const char* p = s->data();
  const char* end = p + s->size;
  if (s->ascii) {
    for (; p < end; p++)
      if (!ascii_test(static_cast<uint8_t>(*p))) return false;
    return true;
  }
  while (p < end) {
    auto c = static_cast<uint8_t>(*p);
    if (c < 0x80) {
      if (!ascii_test(c)) return false;
      p++;
    } else if (!uni_test(utf8_next(p))) {
      return false;
    }
  }
  return true;
}

bool t_alpha(uint8_t c) { return a_alpha(c); }
bool t_digit(uint8_t c) { return a_digit(c); }
bool t_alnum(uint8_t c) { return a_alpha(c) || a_digit(c); }
bool t_space(uint8_t c) { return ascii_space(c); }
bool t_printable(uint8_t c) { return c >= 0x20 && c < 0x7F; }

template <bool (*ascii_test)(uint8_t), bool (*uni_test)(uint32_t)>
Value predicate(const char* qname, Value self, size_t nargs, Tuple* kw) {
  args_none(qname, nargs, kw);
  return Value::boolean(all_of<ascii_test, uni_test>(as_str(self)));
}

Value str_isalpha_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  return predicate<t_alpha, uni_isalpha>("str.isalpha", self, nargs, kw);
}
Value str_isdigit_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  return predicate<t_digit, uni_isdigit>("str.isdigit", self, nargs, kw);
}
Value str_isdecimal_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  return predicate<t_digit, uni_isdecimal>("str.isdecimal", self, nargs, kw);
}
Value str_isnumeric_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  return predicate<t_digit, uni_isnumeric>("str.isnumeric", self, nargs, kw);
}
Value str_isalnum_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  return predicate<t_alnum, uni_isalnum>("str.isalnum", self, nargs, kw);
}
Value str_isspace_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  return predicate<t_space, uni_isspace>("str.isspace", self, nargs, kw);
}

Value str_isprintable_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str.isprintable", nargs, kw);
  Str* s = as_str(self);
  return Value::boolean(s->size == 0 || all_of<t_printable, uni_isprintable>(s));
}

Value str_isascii_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str.isascii", nargs, kw);
  return Value::boolean(as_str(self)->ascii);
}

// islower/isupper: no code point of the opposite case or titlecase, and at
// least one cased one of this case.
template <bool want_lower>
Value cased_predicate(Value self, size_t nargs, Tuple* kw) {
  args_none(want_lower ? "str.islower" : "str.isupper", nargs, kw);
  Str* s = as_str(self);
  const char* p = s->data();
  const char* end = p + s->size;
  bool cased = false;
  while (p < end) {
    uint32_t c = utf8_next(p);
    bool lo = c < 0x80 ? a_lower(static_cast<uint8_t>(c)) : uni_islower(c);
    bool up = c < 0x80 ? a_upper(static_cast<uint8_t>(c)) : uni_isupper(c);
    if ((want_lower ? up : lo) || (c >= 0x80 && uni_istitle(c))) return Value::boolean(false);
    if (want_lower ? lo : up) cased = true;
  }
  return Value::boolean(cased);
}

Value str_islower_m(Value self, const Value*, size_t nargs, Tuple* kw) { return cased_predicate<true>(self, nargs, kw); }
Value str_isupper_m(Value self, const Value*, size_t nargs, Tuple* kw) { return cased_predicate<false>(self, nargs, kw); }

Value str_istitle_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str.istitle", nargs, kw);
  Str* s = as_str(self);
  const char* p = s->data();
  const char* end = p + s->size;
  bool cased = false, prev_cased = false;
  while (p < end) {
    uint32_t c = utf8_next(p);
    if (uni_isupper(c) || uni_istitle(c)) {
      if (prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else if (uni_islower(c)) {
      if (!prev_cased) return Value::boolean(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value str_isidentifier_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  args_none("str.isidentifier", nargs, kw);
  Str* s = as_str(self);
  if (s->size == 0) return Value::boolean(false);
  const char* p = s->data();
  const char* end = p + s->size;
  if (!uni_isxid_start(utf8_next(p))) return Value::boolean(false);
  while (p < end)
    if (!uni_isxid_continue(utf8_next(p))) return Value::boolean(false);
  return Value::boolean(true);
}

const MethodDef kCaseMethods[] = {
    {"upper", case_method<CaseOp::UPPER>, MethodDef::kInstance},
    {"lower", case_method<CaseOp::LOWER>, MethodDef::kInstance},
    {"casefold", case_method<CaseOp::CASEFOLD>, MethodDef::kInstance},
    {"swapcase", case_method<CaseOp::SWAPCASE>, MethodDef::kInstance},
    {"capitalize", case_method<CaseOp::CAPITALIZE>, MethodDef::kInstance},
    {"title", case_method<CaseOp::TITLE>, MethodDef::kInstance},
    {"isalpha", str_isalpha_m, MethodDef::kInstance},
    {"isdigit", str_isdigit_m, MethodDef::kInstance},
    {"isdecimal", str_isdecimal_m, MethodDef::kInstance},
    {"isnumeric", str_isnumeric_m, MethodDef::kInstance},
    {"isalnum", str_isalnum_m, MethodDef::kInstance},
    {"isspace", str_isspace_m, MethodDef::kInstance},
    {"isprintable", str_isprintable_m, MethodDef::kInstance},
    {"isascii", str_isascii_m, MethodDef::kInstance},
    {"islower", str_islower_m, MethodDef::kInstance},
    {"isupper", str_isupper_m, MethodDef::kInstance},
    {"istitle", str_istitle_m, MethodDef::kInstance},
    {"isidentifier", str_isidentifier_m, MethodDef::kInstance},
};

}  // namespace

void strimpl::register_str_case(Type* str) { add_methods(str, kCaseMethods); }

}  // namespace coil
