// Coil — the format-spec mini-language, after CPython 3.11's
// Python/formatter_unicode.c and Python/pystrtod.c.
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// parse_format_spec() follows parse_internal_render_format_spec() step by
// step, working in code points: the fill is any code point, width and
// precision accept any Unicode decimal digits, and the "more than one code
// point left" test that produces "Invalid format specifier" counts code
// points. The spec does not know the formatted type, so two things CPython
// decides while parsing are decided later: the default alignment (and with it
// whether a bare '0' means '=' alignment), and the grouping check against the
// default type ('s' for str, which format_str() makes). A type code outside
// ASCII cannot be stored in FormatSpec::type, but every formatter rejects it
// first thing, so the parser raises "Unknown format code '\x..'" itself.
//
// Numbers are laid out as CPython's calc_number_widths()/fill_number() do:
//
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
//
// where only one padding is non-empty. Zero padding ('0' fill with '='
// alignment) is not padding: it widens the digits themselves, so the
// separators continue into it (format(1234, '010,') == '00,001,234'), exactly
// as _PyUnicode_InsertThousandsGrouping() does with its min_width.
//
// Floats go through a port of format_float_short(): a digit string and a
// decimal-point position (dtoa's contract) turned into e/f/g/repr text. The
// digits come from glibc's correctly rounded printf for dtoa's modes 2 (n
// significant digits) and 3 (n digits after the point) and from
// std::to_chars for mode 0 (shortest round trip). Ties round half to even in
// both libraries, so the digits match David Gay's dtoa, which CPython uses.
//
// Limits: 'n' formats with the C locale (no grouping, '.' point), as Coil
// never calls setlocale(); the type name in float errors is always 'float'
// (format_float() receives a double, not the object).
#include "core/format_spec.h"

#include <gmp.h>

#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "core/errors.h"
#include "core/float.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/unicode.h"

namespace coil {

namespace {

// ---- shared helpers ----------------------------------------------------

// Output this large is a MemoryError in CPython too (it would not fit).
constexpr int64_t kMaxOutput = int64_t{1} << 40;

void check_output_size(int64_t n) {
  if (n > kMaxOutput) raise(exc::MemoryError, "");
}

void append_fill(std::string& out, uint32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  char enc[4];
  int k = utf8_encode(fill, enc);
  for (int64_t i = 0; i < n; i++) out.append(enc, static_cast<size_t>(k));
}

int64_t fill_bytes(uint32_t fill) { return utf8_cp_len(fill); }

// The fill and alignment in effect: a bare '0' (zero_pad) means fill '0' and,
// for numbers (default '>') without an explicit alignment, '=' alignment.
uint32_t effective_fill(const FormatSpec& spec) { return spec.zero_pad ? uint32_t{'0'} : spec.fill; }

char effective_align(const FormatSpec& spec, char default_align) {
  if (spec.align) return spec.align;
  if (spec.zero_pad && default_align == '>') return '=';
  return default_align;
}

// CPython's unknown_presentation_type().
[[noreturn]] void raise_unknown_type(uint32_t type, std::string_view type_name) {
  int n = static_cast<int>(type_name.size() < 200 ? type_name.size() : 200);
  if (type > 32 && type < 128)
    raisef(exc::ValueError, "Unknown format code '%c' for object of type '%.*s'", static_cast<char>(type), n,
           type_name.data());
  raisef(exc::ValueError, "Unknown format code '\\x%x' for object of type '%.*s'", static_cast<unsigned>(type), n,
         type_name.data());
}

// CPython's invalid_thousands_separator_type().
[[noreturn]] void raise_bad_separator(char sep, uint32_t type) {
  if (type > 32 && type < 128)
    raisef(exc::ValueError, "Cannot specify '%c' with '%c'.", sep, static_cast<char>(type));
  raisef(exc::ValueError, "Cannot specify '%c' with '\\x%x'.", sep, static_cast<unsigned>(type));
}

bool is_align(char c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Bytes of the code point at p, clamped to the end of the text.
size_t cp_bytes(const char* p, const char* e) {
  auto n = static_cast<size_t>(utf8_seq_len(static_cast<uint8_t>(*p)));
  auto left = static_cast<size_t>(e - p);
  return n < left ? n : left;
}

uint32_t cp_at(const char* p, const char* e) {
  if (static_cast<size_t>(utf8_seq_len(static_cast<uint8_t>(*p))) > static_cast<size_t>(e - p))
    return static_cast<uint8_t>(*p);
  return utf8_decode(p);
}

// get_integer(): a run of Unicode decimal digits; returns how many.
int64_t parse_integer(const char*& p, const char* e, int64_t* result) {
  int64_t acc = 0, count = 0;
  while (p < e) {
    int digit;
    size_t len = 1;
    auto b = static_cast<uint8_t>(*p);
    if (b < 0x80) {
      digit = b >= '0' && b <= '9' ? b - '0' : -1;
    } else {
      len = cp_bytes(p, e);
      digit = uni_decimal_value(cp_at(p, e));
    }
    if (digit < 0) break;
    if (acc > (INT64_MAX - digit) / 10) raise(exc::ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + digit;
    p += len;
    count++;
  }
  *result = acc;
  return count;
}

// ---- number layout -----------------------------------------------------

// A number split as fill_number() sees it. `digits` (ASCII) are the ones
// grouped and zero padded; `remainder` follows the decimal point, or the
// digits when there is no point (an exponent, '%', "inf", a 'c' character).
struct NumberParts {
  bool negative = false;
  std::string_view prefix;     // "0x" etc. (already in the right case)
  std::string_view digits;
  bool has_decimal = false;
  std::string_view remainder;  // UTF-8
  int64_t remainder_cps = 0;   // its length in code points
};

// _PyUnicode_InsertThousandsGrouping(): the digits in groups of `group`
// (0: no grouping) separated by `sep`, widened with leading zeros (and
// separators) to at least min_width characters. With out_end null it only
// counts; otherwise it writes backwards ending at out_end.
int64_t group_digits(std::string_view digits, int64_t min_width, int group, char sep, char* out_end) {
  if (min_width < 0) min_width = 0;
  int64_t count = 0;
  int64_t remaining = static_cast<int64_t>(digits.size());
  const char* dp = digits.data() + digits.size();
  char* op = out_end;
  bool use_sep = false;
  auto chunk = [&](int64_t len) {
    int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
    int64_t n_chars = remaining < len ? remaining : len;
    if (n_chars < 0) n_chars = 0;
    count += (use_sep ? 1 : 0) + n_zeros + n_chars;
    if (op) {
      if (use_sep) *--op = sep;
      for (int64_t i = 0; i < n_chars; i++) *--op = *--dp;
      for (int64_t i = 0; i < n_zeros; i++) *--op = '0';
    }
    remaining -= n_chars;
    use_sep = true;
  };
  if (group > 0) {
    for (;;) {
      int64_t want = remaining > min_width ? remaining : min_width;
      if (want < 1) want = 1;
      int64_t len = group < want ? group : want;
      chunk(len);
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) return count;
      min_width -= 1;  // the separator
    }
  }
  int64_t len = remaining > min_width ? remaining : min_width;
  if (len < 1) len = 1;
  chunk(len);
  return count;
}

// calc_number_widths() + fill_number().
std::string emit_number(const NumberParts& n, const FormatSpec& spec, int group, char sep) {
  uint32_t fill = effective_fill(spec);
  char align = effective_align(spec, '>');
  char sign = 0;
  if (spec.sign == '+') sign = n.negative ? '-' : '+';
  else if (spec.sign == ' ') sign = n.negative ? '-' : ' ';
  else if (n.negative) sign = '-';
  int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(n.prefix.size()) + (n.has_decimal ? 1 : 0) +
                        n.remainder_cps;
  int64_t min_width = fill == '0' && align == '=' ? spec.width - n_non_digit : 0;
  check_output_size(min_width);
  int64_t n_grouped = n.digits.empty() ? 0 : group_digits(n.digits, min_width, group, sep, nullptr);
  int64_t padding = spec.width - (n_non_digit + n_grouped);
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    check_output_size(padding * fill_bytes(fill));
    switch (align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  std::string out;
  out.reserve(static_cast<size_t>((lpad + spad + rpad) * fill_bytes(fill) + n_grouped + n_non_digit +
                                  static_cast<int64_t>(n.remainder.size())));
  append_fill(out, fill, lpad);
  if (sign) out.push_back(sign);
  out.append(n.prefix);
  append_fill(out, fill, spad);
  if (n_grouped) {
    out.resize(out.size() + static_cast<size_t>(n_grouped));
    group_digits(n.digits, min_width, group, sep, out.data() + out.size());
  }
  if (n.has_decimal) out.push_back('.');
  out.append(n.remainder);
  append_fill(out, fill, rpad);
  return out;
}

// ---- float text (PyOS_double_to_string) --------------------------------

enum : int { kAddDot0 = 1, kAlt = 2, kNoNeg0 = 4 };

// A dtoa-style result: value = 0.DIGITS * 10**decpt, trailing zeros removed.
// Zero is "0" with decpt 1; a mode-3 result that rounds to zero is "" with
// decpt -ndigits, as _Py_dg_dtoa returns them.
class DtoaDigits {
 public:
  const char* digits() const { return text_; }
  int64_t size() const { return len_; }
  int64_t decpt() const { return decpt_; }

  // mode 0: shortest digits that round-trip.
  void shortest(double a) {
    if (a == 0) return set_zero();
    char* buf = buffer(64);
    auto r = std::to_chars(buf, buf + cap_, a, std::chars_format::scientific);
    from_scientific(buf, r.ptr);
  }
  // mode 2: `ndigits` (>= 1) significant digits, correctly rounded.
  void significant(double a, int ndigits) {
    if (a == 0) return set_zero();
    char* buf = buffer(static_cast<size_t>(ndigits) + 16);
    int n = std::snprintf(buf, cap_, "%.*e", ndigits - 1, a);
    from_scientific(buf, buf + n);
  }
  // mode 3: `ndigits` (>= 0) digits after the point, correctly rounded.
  void fixed(double a, int ndigits) {
    if (a == 0) return set_zero();
    char* buf = buffer(static_cast<size_t>(ndigits) + 330);
    int n = std::snprintf(buf, cap_, "%.*f", ndigits, a);
    char* w = buf;
    int64_t decpt = 0;
    bool seen_point = false;
    bool leading = true;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c == '.') { seen_point = true; continue; }
      if (!seen_point) decpt++;
      if (leading && c == '0') { decpt--; continue; }
      leading = false;
      *w++ = c;
    }
    text_ = buf;
    len_ = w - buf;
    decpt_ = len_ ? decpt : -static_cast<int64_t>(ndigits);
    strip_zeros();
  }

 private:
  void set_zero() {
    text_ = "0";
    len_ = 1;
    decpt_ = 1;
  }
  char* buffer(size_t need) {
    if (need <= sizeof small_) {
      cap_ = sizeof small_;
      return small_;
    }
    big_.resize(need);
    cap_ = need;
    return big_.data();
  }
  // "d.ddde+XX" (or "de+XX") into digits and decpt.
  void from_scientific(char* b, char* e) {
    char* w = b;
    const char* p = b;
    while (p < e && *p != 'e') {
      if (*p != '.') *w++ = *p;
      p++;
    }
    int64_t exp = 0;
    if (p < e) {
      p++;
      bool neg = *p == '-';
      if (*p == '-' || *p == '+') p++;
      while (p < e) exp = exp * 10 + (*p++ - '0');
      if (neg) exp = -exp;
    }
    text_ = b;
    len_ = w - b;
    decpt_ = exp + 1;
    strip_zeros();
  }
  void strip_zeros() {
    while (len_ > 1 && text_[len_ - 1] == '0') len_--;
  }

  const char* text_ = "";
  int64_t len_ = 0;
  int64_t decpt_ = 0;
  size_t cap_ = 0;
  char small_[400];
  std::string big_;
};

// PyOS_double_to_string() with format_code e E f F g G or r (precision 0),
// appending to out; the sign is '-' only (the caller adds '+' or ' ').
void double_to_text(std::string& out, double d, char code, int64_t precision, int flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  if (upper) code = static_cast<char>(code - 'A' + 'a');
  bool neg = std::signbit(d);
  if (std::isnan(d) || std::isinf(d)) {
    if (std::isnan(d)) out += upper ? "NAN" : "nan";
    else out += neg ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
    return;
  }
  // CPython would try to allocate this much text too.
  if (precision > INT_MAX - 400) raise(exc::MemoryError, "");
  double a = std::fabs(d);
  DtoaDigits dg;
  switch (code) {
    case 'e':
      precision++;
      dg.significant(a, static_cast<int>(precision));
      break;
    case 'f':
      dg.fixed(a, static_cast<int>(precision));
      break;
    case 'g':
      if (precision == 0) precision = 1;
      dg.significant(a, static_cast<int>(precision));
      break;
    default:  // 'r'
      dg.shortest(a);
      break;
  }
  const char* digits = dg.digits();
  int64_t digits_len = dg.size();
  int64_t decpt = dg.decpt();
  bool add_dot_0 = flags & kAddDot0;
  bool alt = flags & kAlt;
  if ((flags & kNoNeg0) && neg && (digits_len == 0 || (digits_len == 1 && digits[0] == '0'))) neg = false;

  // The output is the slice vdigits[vdigits_start:vdigits_end] of the digits
  // padded with zeros on both sides, with a point after position decpt.
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0)
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  check_output_size(vdigits_end - vdigits_start);
  out.reserve(out.size() + static_cast<size_t>(vdigits_end - vdigits_start) + 8);

  if (neg) out.push_back('-');
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(digits + decpt, static_cast<size_t>(digits_len - decpt));
  } else {
    out.append(digits, static_cast<size_t>(digits_len));
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[16];
    int n = std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', static_cast<int>(exp));
    out.append(buf, static_cast<size_t>(n));
  }
}

// Splits formatted float text ("-1234.5e+06", "inf", "12%") into parts.
NumberParts split_float_text(std::string_view text) {
  NumberParts n;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') {
    n.negative = true;
    i = 1;
  }
  size_t start = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') i++;
  n.digits = text.substr(start, i - start);
  if (i < text.size() && text[i] == '.') {
    n.has_decimal = true;
    i++;
  }
  n.remainder = text.substr(i);
  n.remainder_cps = static_cast<int64_t>(n.remainder.size());
  return n;
}

// ---- int digits --------------------------------------------------------

// Small-int view of an int or bool immediate.
inline bool small_int_of(Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool() ? 1 : 0;
    return true;
  }
  return false;
}

// Digits of |x| in base 2, 8, 10 or 16, written backwards ending at end.
char* u64_digits(uint64_t u, int base, bool upper, char* end) {
  const char* chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char* p = end;
  switch (base) {
    case 10:
      do { *--p = static_cast<char>('0' + u % 10); u /= 10; } while (u);
      break;
    case 16:
      do { *--p = chars[u & 15]; u >>= 4; } while (u);
      break;
    case 8:
      do { *--p = static_cast<char>('0' + (u & 7)); u >>= 3; } while (u);
      break;
    default:
      do { *--p = static_cast<char>('0' + (u & 1)); u >>= 1; } while (u);
      break;
  }
  return p;
}

std::string format_int_char(Value v, const FormatSpec& spec) {
  if (spec.sign) raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
  if (spec.alternate) raise(exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
  int64_t x;
  if (!small_int_of(v, &x) && !int_to_i64(v, &x))
    raise(exc::OverflowError, "Python int too large to convert to C long");
  if (x < 0 || x > 0x10FFFF) raise(exc::OverflowError, "%c arg not in range(0x110000)");
  char enc[4];
  int k = utf8_encode(static_cast<uint32_t>(x), enc);
  NumberParts n;
  n.remainder = std::string_view(enc, static_cast<size_t>(k));
  n.remainder_cps = 1;
  return emit_number(n, spec, 0, 0);
}

}  // namespace

// ---- parsing -----------------------------------------------------------

FormatSpec parse_format_spec(std::string_view text, std::string_view type_name) {
  FormatSpec f;
  const char* p = text.data();
  const char* e = p + text.size();
  bool fill_specified = false;

  // [[fill]align]: the fill is a code point, so look past the first one.
  if (p < e) {
    const char* q = p + cp_bytes(p, e);
    if (q < e && is_align(*q)) {
      f.fill = cp_at(p, e);
      f.align = *q;
      fill_specified = true;
      p = q + 1;
    } else if (is_align(*p)) {
      f.align = *p++;
    }
  }
  if (p < e && (*p == '+' || *p == '-' || *p == ' ')) f.sign = *p++;
  if (p < e && *p == 'z') {
    f.no_neg_0 = true;
    p++;
  }
  if (p < e && *p == '#') {
    f.alternate = true;
    p++;
  }
  if (!fill_specified && p < e && *p == '0') {
    f.zero_pad = true;
    f.fill = '0';
    p++;
  }
  int64_t n;
  if (parse_integer(p, e, &n)) f.width = n;
  if (p < e && *p == ',') {
    f.grouping = ',';
    p++;
  }
  if (p < e && *p == '_') {
    if (f.grouping) raise(exc::ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    p++;
  }
  if (p < e && *p == ',' && f.grouping == '_') raise(exc::ValueError, "Cannot specify both ',' and '_'.");
  if (p < e && *p == '.') {
    p++;
    if (!parse_integer(p, e, &n)) raise(exc::ValueError, "Format specifier missing precision");
    f.precision = n;
  }

  // The type: at most one code point may remain.
  uint32_t type = 0;
  if (p < e) {
    size_t len = cp_bytes(p, e);
    if (p + len < e) {
      int tn = static_cast<int>(type_name.size() < 200 ? type_name.size() : 200);
      raisef(exc::ValueError, "Invalid format specifier '%.*s' for object of type '%.*s'",
             static_cast<int>(text.size()), text.data(), tn, type_name.data());
    }
    type = cp_at(p, e);
  }
  if (f.grouping) {
    switch (type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;  // every four digits (format_int)
        [[fallthrough]];
      default:
        raise_bad_separator(f.grouping, type);
    }
  }
  if (type >= 0x80) raise_unknown_type(type, type_name);
  f.type = static_cast<char>(type);
  return f;
}

// ---- padding -----------------------------------------------------------

std::string pad_to_width(std::string_view body, const FormatSpec& spec, char default_align) {
  int64_t len = utf8_count(body.data(), body.size());
  if (spec.width <= len) return std::string(body);
  uint32_t fill = effective_fill(spec);
  char align = effective_align(spec, default_align);
  int64_t total = spec.width - len;
  check_output_size(total * fill_bytes(fill));
  int64_t lpad;
  switch (align) {
    case '>': lpad = total; break;
    case '^': lpad = total / 2; break;
    default: lpad = 0; break;
  }
  std::string out;
  out.reserve(body.size() + static_cast<size_t>(total * fill_bytes(fill)));
  if (align == '=') {
    // After a leading sign, as numbers pad.
    if (!body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) {
      out.push_back(body[0]);
      body.remove_prefix(1);
    }
    append_fill(out, fill, total);
    out.append(body);
    return out;
  }
  append_fill(out, fill, lpad);
  out.append(body);
  append_fill(out, fill, total - lpad);
  return out;
}

// ---- str ---------------------------------------------------------------

std::string format_str(std::string_view s, const FormatSpec& spec) {
  if (spec.type != 's' && spec.type != 0) raise_unknown_type(static_cast<uint8_t>(spec.type), "str");
  // With no type code the parser checked grouping against nothing; str's
  // default type is 's'.
  if (spec.grouping) raise_bad_separator(spec.grouping, 's');
  if (spec.sign == ' ') raise(exc::ValueError, "Space not allowed in string format specifier");
  if (spec.sign) raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (spec.no_neg_0)
    raise(exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
  if (spec.width < 0 && spec.precision < 0) return std::string(s);
  int64_t len = utf8_count(s.data(), s.size());
  if (spec.precision >= 0 && len > spec.precision) {
    s = s.substr(0, utf8_offset(s.data(), s.size(), spec.precision));
    len = spec.precision;
  }
  if (spec.width <= len) return std::string(s);
  uint32_t fill = effective_fill(spec);
  char align = effective_align(spec, '<');
  int64_t total = spec.width - len;
  check_output_size(total * fill_bytes(fill));
  int64_t lpad = align == '>' ? total : align == '^' ? total / 2 : 0;
  std::string out;
  out.reserve(s.size() + static_cast<size_t>(total * fill_bytes(fill)));
  append_fill(out, fill, lpad);
  out.append(s);
  append_fill(out, fill, total - lpad);
  return out;
}

// ---- int ---------------------------------------------------------------

std::string format_int(Value v, const FormatSpec& spec) {
  char type = spec.type;
  int base;
  switch (type) {
    case 0: case 'd': case 'n': base = 10; break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': base = 0; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float(int_to_double(v), spec);
    default:
      raise_unknown_type(static_cast<uint8_t>(type), type_name(v));
  }
  if (spec.precision != -1) raise(exc::ValueError, "Precision not allowed in integer format specifier");
  if (spec.no_neg_0)
    raise(exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (base == 0) return format_int_char(v, spec);

  bool upper = type == 'X';
  NumberParts n;
  if (spec.alternate && base != 10) n.prefix = base == 2 ? "0b" : base == 8 ? "0o" : upper ? "0X" : "0x";
  char small[72];
  std::string big;
  int64_t x;
  if (small_int_of(v, &x) || int_to_i64(v, &x)) {
    n.negative = x < 0;
    uint64_t u = n.negative ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x);
    char* end = small + sizeof small;
    char* p = u64_digits(u, base, upper, end);
    n.digits = std::string_view(p, static_cast<size_t>(end - p));
    // The common case: plain decimal, nothing to pad or group.
    if (spec.width < 0 && !spec.grouping && spec.sign != '+' && spec.sign != ' ' && n.prefix.empty()) {
      if (n.negative) *--p = '-';
      return std::string(p, static_cast<size_t>(end - p));
    }
  } else if (base == 10) {
    // int_to_str applies sys.get_int_max_str_digits().
    Str* s = int_to_str(v);
    std::string_view t = s->view();
    n.negative = !t.empty() && t[0] == '-';
    if (n.negative) t.remove_prefix(1);
    big.assign(t);
    n.digits = big;
  } else {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    n.negative = mpz_sgn(z) < 0;
    mpz_abs(z, z);
    big.resize(mpz_sizeinbase(z, base) + 2);
    mpz_get_str(big.data(), upper ? -base : base, z);
    big.resize(std::strlen(big.c_str()));
    mpz_clear(z);
    n.digits = big;
  }
  int group = 0;
  char sep = spec.grouping;
  if (sep == ',') group = 3;
  else if (sep == '_') group = base == 10 ? 3 : 4;
  return emit_number(n, spec, group, sep);
}

// ---- float -------------------------------------------------------------

std::string format_float(double d, const FormatSpec& spec) {
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      raise_unknown_type(static_cast<uint8_t>(type), "float");
  }
  if (spec.precision > INT_MAX) raise(exc::ValueError, "precision too big");
  int flags = 0;
  if (spec.alternate) flags |= kAlt;
  if (spec.no_neg_0) flags |= kNoNeg0;
  int64_t precision = spec.precision;
  int64_t default_precision = 6;
  char code = type;
  if (code == 0) {
    flags |= kAddDot0;
    code = 'r';
    default_precision = 0;
  }
  if (code == 'n') code = 'g';
  bool add_pct = false;
  if (code == '%') {
    code = 'f';
    d *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (code == 'r') code = 'g';

  std::string body;
  double_to_text(body, d, code, precision, flags);
  if (add_pct) body.push_back('%');
  if (spec.sign != '+' && spec.sign != ' ' && spec.width < 0 && !spec.grouping) return body;
  NumberParts n = split_float_text(body);
  int group = spec.grouping && type != 'n' ? 3 : 0;
  return emit_number(n, spec, group, spec.grouping);
}

// repr(float): the shortest round-trip digits, exponent outside [1e-4, 1e16).
// Weak: core/float_repr.cpp (numeric owner) defines the same function with
// the same text; its strong definition wins at link time when present.
__attribute__((weak)) std::string float_repr_string(double d) {
  std::string out;
  double_to_text(out, d, 'r', 0, kAddDot0);
  return out;
}

}  // namespace coil
