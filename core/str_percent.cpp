// Coil — printf-style formatting: `str % args`.
// Follows CPython's PyUnicode_Format: one argument or a tuple of them, or a
// mapping for `%(key)s`; flags -+ #0, width and precision (or `*`), the
// ignored length modifiers h/l/L, and the conversions s r a c d i u o x X
// e E f F g G. Integers are formatted here (precision means minimum digits,
// which the format-spec language cannot express); floats go through
// format_float() and are padded here, so zero padding of inf/nan matches.
#include <gmp.h>

#include <cstring>
#include <string>

#include "core/errors.h"
#include "core/float.h"
#include "core/format_spec.h"
#include "core/int.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

namespace {

enum : uint8_t { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct Formatter {
  Value args;       // the single argument, the tuple, or a %(key) value
  int64_t arglen;   // -1: a single argument
  int64_t argidx;
  Value dict;       // the mapping for %(key), or Empty

  Value next_arg() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0) return args;
      return (*args.as<Tuple>())[i];
    }
    raise(exc::TypeError, "not enough arguments for format string");
  }
};

// Appends `body` (already signed/prefixed text split as sign + prefix +
// digits) padded to width with CPython's rules for numbers.
void emit_number(StrBuilder& out, std::string_view sign, std::string_view prefix, std::string_view digits,
                 int64_t width, uint8_t flags) {
  auto len = static_cast<int64_t>(sign.size() + prefix.size() + digits.size());
  int64_t pad = width > len ? width - len : 0;
  if (pad && !(flags & F_LJUST) && !(flags & F_ZERO)) out.fill(' ', pad);
  out.append_ascii(sign);
  out.append_ascii(prefix);
  if (pad && !(flags & F_LJUST) && (flags & F_ZERO)) out.fill('0', pad);
  out.append_ascii(digits);
  if (pad && (flags & F_LJUST)) out.fill(' ', pad);
}

// Appends text (any UTF-8 Str) padded with spaces to width.
void emit_text(StrBuilder& out, Str* s, int64_t prec, int64_t width, uint8_t flags) {
  int64_t len = s->length;
  size_t bytes = static_cast<size_t>(s->size);
  if (prec >= 0 && prec < len) {
    len = prec;
    bytes = str_offset(s, prec);
  }
  int64_t pad = width > len ? width - len : 0;
  if (pad && !(flags & F_LJUST)) out.fill(' ', pad);
  out.append(s->data(), bytes, len, s->ascii);
  if (pad && (flags & F_LJUST)) out.fill(' ', pad);
}

// bytes % args: appends raw bytes padded to width (one column per byte).
void emit_raw(StrBuilder& out, std::string_view raw, int64_t prec, int64_t width, uint8_t flags) {
  if (prec >= 0 && static_cast<size_t>(prec) < raw.size()) raw = raw.substr(0, static_cast<size_t>(prec));
  auto len = static_cast<int64_t>(raw.size());
  int64_t pad = width > len ? width - len : 0;
  if (pad && !(flags & F_LJUST)) out.fill(' ', pad);
  out.append(raw.data(), raw.size(), len, false);
  if (pad && (flags & F_LJUST)) out.fill(' ', pad);
}

// The bytes of a %s/%b argument in bytes formatting.
std::string_view bytes_arg(Value v) {
  std::string_view raw;
  if (bytes_like_view(v, &raw)) return raw;
  Str* conv = intern("__bytes__");
  if (!type_lookup(type_of(v), conv).is_empty()) {
    Value r = call_special(v, conv, nullptr, 0);
    if (has_layout(r, Layout::BYTES)) return r.as<Bytes>()->view();
    raisef(exc::TypeError, "__bytes__ returned non-bytes (type %s)", type_name(r));
  }
  raisef(exc::TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
         type_name(v));
}

// The integer to format for %d/%x/..., or TypeError with CPython's message.
Value integer_arg(Value v, char type) {
  if (v.is_int() || is_int_like(v)) return v;
  bool hex_oct = type == 'o' || type == 'x' || type == 'X';
  if (hex_oct) {
    if (has_index(v)) return make_int(index_value(v));
    raisef(exc::TypeError, "%%%c format: an integer is required, not %s", type, type_name(v));
  }
  if (v.is_double()) return int_from_double(v.as_double());
  if (has_index(v)) return make_int(index_value(v));
  if (!type_lookup(type_of(v), names::__int__).is_empty()) {
    Value r = call_special(v, names::__int__, nullptr, 0);
    if (is_int_like(r)) return r;
  }
  raisef(exc::TypeError, "%%%c format: a real number is required, not %s", type, type_name(v));
}

void format_integer(StrBuilder& out, Value v, char type, int64_t prec, int64_t width, uint8_t flags) {
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  const char* digit_chars = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  char small[72];
  std::string big;
  std::string_view digits;
  bool negative;
  if (v.is_int()) {
    int64_t i = v.as_int();
    negative = i < 0;
    uint64_t u = negative ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    char* e = small + sizeof small;
    char* p = e;
    do {
      *--p = digit_chars[u % static_cast<unsigned>(base)];
      u /= static_cast<unsigned>(base);
    } while (u);
    digits = std::string_view(p, static_cast<size_t>(e - p));
  } else {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    big.resize(mpz_sizeinbase(z, base) + 2);
    mpz_get_str(big.data(), type == 'X' ? -base : base, z);
    big.resize(std::strlen(big.c_str()));
    mpz_clear(z);
    digits = big;
  }
  std::string padded;
  if (prec > static_cast<int64_t>(digits.size())) {
    padded.assign(static_cast<size_t>(prec) - digits.size(), '0');
    padded += digits;
    digits = padded;
  }
  std::string_view sign = negative ? "-" : (flags & F_SIGN) ? "+" : (flags & F_BLANK) ? " " : "";
  std::string_view prefix;
  if (flags & F_ALT) prefix = type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
  emit_number(out, sign, prefix, digits, width, flags);
}

double float_arg(Value v) {
  if (v.is_double()) return v.as_double();
  if (v.is_int() || is_int_like(v)) return int_to_double(v);
  if (!type_lookup(type_of(v), names::__float__).is_empty()) {
    Value r = call_special(v, names::__float__, nullptr, 0);
    if (r.is_double()) return r.as_double();
  }
  if (has_index(v)) return int_to_double(make_int(index_value(v)));
  raisef(exc::TypeError, "must be real number, not %s", type_name(v));
}

void format_floating(StrBuilder& out, Value v, char type, int64_t prec, int64_t width, uint8_t flags) {
  double d = float_arg(v);
  FormatSpec spec;
  spec.type = type;
  spec.precision = prec < 0 ? 6 : prec;
  spec.alternate = (flags & F_ALT) != 0;
  std::string body = format_float(d, spec);
  std::string_view text = body;
  std::string_view sign;
  if (!text.empty() && text[0] == '-') {
    sign = "-";
    text.remove_prefix(1);
  } else if (flags & F_SIGN) {
    sign = "+";
  } else if (flags & F_BLANK) {
    sign = " ";
  }
  emit_number(out, sign, {}, text, width, flags);
}

void format_char(StrBuilder& out, Value v, int64_t width, uint8_t flags, bool bytes_mode) {
  uint32_t cp;
  if (bytes_mode) {
    if (has_layout(v, Layout::BYTES) && v.as<Bytes>()->size == 1) {
      cp = v.as<Bytes>()->data()[0];
    } else {
      if (!has_index(v)) raise(exc::TypeError, "%c requires an integer in range(256) or a single byte");
      int64_t x;
      if (v.is_int()) x = v.as_int();
      else if (is_int_like(v) && !int_to_i64(v, &x)) x = -1;
      else x = index_value(v);
      if (x < 0 || x > 255) raise(exc::OverflowError, "%c arg not in range(256)");
      cp = static_cast<uint32_t>(x);
    }
    int64_t pad = width > 1 ? width - 1 : 0;
    if (pad && !(flags & F_LJUST)) out.fill(' ', pad);
    char c = static_cast<char>(cp);
    out.append(&c, 1, 1, false);
    if (pad && (flags & F_LJUST)) out.fill(' ', pad);
    return;
  }
  if (is_str(v)) {
    if (as_str(v)->length != 1) raise(exc::TypeError, "%c requires int or char");
    cp = str_single_cp(as_str(v));
  } else {
    if (!has_index(v)) raise(exc::TypeError, "%c requires int or char");
    int64_t x;
    if (v.is_int()) x = v.as_int();
    else if (is_int_like(v) && !int_to_i64(v, &x)) x = -1;
    else x = index_value(v);
    if (x < 0 || x > 0x10FFFF) raise(exc::OverflowError, "%c arg not in range(0x110000)");
    cp = static_cast<uint32_t>(x);
  }
  int64_t pad = width > 1 ? width - 1 : 0;
  if (pad && !(flags & F_LJUST)) out.fill(' ', pad);
  out.push_cp(cp);
  if (pad && (flags & F_LJUST)) out.fill(' ', pad);
}

// An int argument for `*`.
int64_t star_arg(Formatter& f) {
  Value v = f.next_arg();
  if (!is_int_like(v)) raise(exc::TypeError, "* wants int");
  int64_t x;
  if (!int_to_i64(v, &x)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return x;
}

}  // namespace

namespace {

// The formatting loop shared by str % args and bytes % args (bytes_mode:
// fmt is raw bytes, %s/%b take bytes, %r/%a give ASCII, %c gives a byte).
void percent_format(StrBuilder& out, std::string_view fmt_text, bool fmt_ascii, Value args, bool bytes_mode) {
  Formatter f{args, -1, -2, Value::empty()};
  if (isinstance(args, types::tuple)) {
    f.arglen = args.as<Tuple>()->length;
    f.argidx = 0;
  }
  bool self_type = bytes_mode ? has_layout(args, Layout::BYTES) : is_str(args);
  if (!isinstance(args, types::tuple) && !self_type && !type_lookup(type_of(args), names::__getitem__).is_empty())
    f.dict = args;
  const char* s = fmt_text.data();
  const size_t n = fmt_text.size();
  out.reserve(n + 16);
  size_t i = 0;
  while (i < n) {
    const char* pct = static_cast<const char*>(std::memchr(s + i, '%', n - i));
    size_t lit_end = pct ? static_cast<size_t>(pct - s) : n;
    if (fmt_ascii) out.append_ascii(s + i, lit_end - i);
    else if (bytes_mode) out.append(s + i, lit_end - i, static_cast<int64_t>(lit_end - i), false);
    else out.append_utf8(s + i, lit_end - i);
    if (!pct) break;
    i = lit_end + 1;
    if (i < n && s[i] == '%') {
      out.push('%');
      i++;
      continue;
    }
    // %(key)
    if (i < n && s[i] == '(') {
      if (f.dict.is_empty()) raise(exc::TypeError, "format requires a mapping");
      size_t j = i + 1;
      int pcount = 1;
      while (pcount > 0 && j < n) {
        if (s[j] == ')') pcount--;
        else if (s[j] == '(') pcount++;
        j++;
      }
      if (pcount > 0) raise(exc::ValueError, "incomplete format key");
      std::string_view key_text(s + i + 1, j - i - 2);
      Value key = bytes_mode ? Value::object(make_bytes(key_text)) : Value::object(make_str(key_text));
      f.args = getitem(f.dict, key);
      f.arglen = -1;
      f.argidx = -2;
      i = j;
    }
    bool exhausted = false;
    size_t type_pos = i;
    auto read = [&]() -> uint32_t {
      if (i < n) {
        type_pos = i;
        if (bytes_mode) return static_cast<uint32_t>(static_cast<uint8_t>(s[i++]));
        const char* p = s + i;
        uint32_t cp = utf8_next(p);
        i = static_cast<size_t>(p - s);
        return cp;
      }
      exhausted = true;
      return 0;
    };
    uint8_t flags = 0;
    uint32_t ch = read();
    for (;; ch = read()) {
      if (ch == '-') flags |= F_LJUST;
      else if (ch == '+') flags |= F_SIGN;
      else if (ch == ' ') flags |= F_BLANK;
      else if (ch == '#') flags |= F_ALT;
      else if (ch == '0') flags |= F_ZERO;
      else break;
    }
    int64_t width = -1, prec = -1;
    if (!exhausted && ch == '*') {
      width = star_arg(f);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      ch = read();
    } else if (!exhausted && ch >= '0' && ch <= '9') {
      width = ch - '0';
      while ((ch = read()) >= '0' && ch <= '9' && !exhausted) {
        if (width > (INT64_MAX - static_cast<int64_t>(ch - '0')) / 10) raise(exc::ValueError, "width too big");
        width = width * 10 + (ch - '0');
      }
    }
    if (!exhausted && ch == '.') {
      prec = 0;
      ch = read();
      if (!exhausted && ch == '*') {
        prec = star_arg(f);
        if (prec < 0) prec = 0;
        ch = read();
      } else if (!exhausted && ch >= '0' && ch <= '9') {
        prec = ch - '0';
        while ((ch = read()) >= '0' && ch <= '9' && !exhausted) {
          if (prec > (INT32_MAX - static_cast<int64_t>(ch - '0')) / 10) raise(exc::ValueError, "precision too big");
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L')) ch = read();
    if (exhausted) raise(exc::ValueError, "incomplete format");
    Value v = f.next_arg();
    if (bytes_mode && (ch == 's' || ch == 'b' || ch == 'r' || ch == 'a')) {
      if (ch == 's' || ch == 'b') {
        emit_raw(out, bytes_arg(v), prec, width, flags);
      } else {
        Str* text = ascii_repr(v);
        emit_raw(out, text->view(), prec, width, flags);
      }
      continue;
    }
    switch (ch) {
      case 's':
      case 'r':
      case 'a': {
        Str* text = ch == 's' ? to_str(v) : ch == 'r' ? repr(v) : ascii_repr(v);
        if (prec < 0 && width < 0) out.append(text);
        else emit_text(out, text, prec, width, flags);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        format_integer(out, integer_arg(v, static_cast<char>(ch)), static_cast<char>(ch), prec, width, flags);
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        format_floating(out, v, static_cast<char>(ch), prec, width, flags);
        break;
      case 'c':
        format_char(out, v, width, flags, bytes_mode);
        break;
      default:
        raisef(exc::ValueError, "unsupported format character '%c' (0x%x) at index %lld",
               (ch >= 31 && ch <= 126) ? static_cast<char>(ch) : '?', ch,
               static_cast<long long>(bytes_mode || fmt_ascii ? static_cast<int64_t>(type_pos)
                                                              : utf8_count(s, type_pos)));
    }
  }
  if (f.argidx < f.arglen && f.dict.is_empty())
    raise(exc::TypeError, "not all arguments converted during string formatting");
}

}  // namespace

Str* str_percent_format(Str* fmt, Value args) {
  StrBuilder out;
  percent_format(out, fmt->view(), fmt->ascii, args, false);
  return out.finish();
}

Bytes* bytes_percent_format(Bytes* fmt, Value args) {
  StrBuilder out;
  percent_format(out, fmt->view(), false, args, true);
  return make_bytes(out.view());
}

namespace {

Value str_dunder_mod(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_wrapper("__mod__", nargs, kw, 1);
  return Value::object(str_percent_format(as_str(self), args[0]));
}

const MethodDef kPercentMethods[] = {
    {"__mod__", str_dunder_mod, MethodDef::kInstance},
};

}  // namespace

void strimpl::register_str_percent(Type* str) { add_methods(str, kPercentMethods); }

}  // namespace coil
