// Coil — float repr, exactly as CPython's float_repr (PyOS_double_to_string
// with format code 'r' and Py_DTSF_ADD_DOT_0).
//
// The digits are the shortest that round-trip (std::to_chars, Ryu: the same
// digits as David Gay's dtoa in mode 0). They are laid out as pystrtod.c's
// format_float_short() does for 'r': exponent form when decpt <= -4 or
// decpt > 16 (1e+16, 1e-05, 1.5e-07), else fixed with at least one digit
// after the point (123456789012345.0, 0.0001, -0.0). The exponent has a sign
// and at least two digits. Formatting with a spec (format(), %-formatting)
// lives in core/format_spec.cpp.
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "core/numeric_internal.h"
#include "core/str.h"

namespace coil {

namespace numeric {

namespace {

// Digits of |d| as dtoa would give them: no trailing zeros ("0" for zero),
// and decpt, the position of the point relative to the first digit.
struct Digits {
  char small[48];
  const char* p = nullptr;
  int len = 0;
  int decpt = 0;
};

// Parses "d[.ddd]e±X" (to_chars scientific) into digits.
void digits_from_scientific(const char* s, const char* end, char* out, Digits* dg) {
  int n = 0;
  const char* q = s;
  while (q < end && *q != 'e') {
    if (*q != '.') out[n++] = *q;
    q++;
  }
  int exp = 0;
  std::from_chars(q + 1 + (q[1] == '+' ? 1 : 0), end, exp);
  while (n > 1 && out[n - 1] == '0') n--;
  if (n == 1 && out[0] == '0') exp = 0;
  dg->p = out;
  dg->len = n;
  dg->decpt = exp + 1;
}

void get_digits(double d, Digits* dg) {
  double a = std::fabs(d);
  if (a == 0.0) {
    dg->small[0] = '0';
    dg->p = dg->small;
    dg->len = 1;
    dg->decpt = 1;
    return;
  }
  char tmp[40];
  auto r = std::to_chars(tmp, tmp + sizeof tmp, a, std::chars_format::scientific);
  digits_from_scientific(tmp, r.ptr, dg->small, dg);
}

// pystrtod.c's format_float_short after the digits are known; code is one of
// e f g r (lower case), `upper` turns 'e' into 'E'. Returns bytes written.
size_t format_digits(char* buf, const Digits& dg, bool sign, char code, int precision, int flags, bool upper) {
  const char* digits = dg.p;
  int64_t digits_len = dg.len;
  int64_t decpt = dg.decpt;
  bool add_dot_0 = flags & kDtsfAddDot0;
  bool alt = flags & kDtsfAlt;
  if ((flags & kDtsfNoNeg0) && sign && digits_len == 1 && digits[0] == '0') sign = false;
  bool use_exp = false;
  int64_t exp = 0;
  int64_t vdigits_end = digits_len;
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
    case 'r':
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;

  char* p = buf;
  if (sign) *p++ = '-';
  else if (flags & kDtsfSign) *p++ = '+';
  if (decpt <= 0) {
    std::memset(p, '0', static_cast<size_t>(decpt - vdigits_start));
    p += decpt - vdigits_start;
    *p++ = '.';
    std::memset(p, '0', static_cast<size_t>(-decpt));
    p += -decpt;
  } else {
    std::memset(p, '0', static_cast<size_t>(-vdigits_start));
    p += -vdigits_start;
  }
  if (0 < decpt && decpt <= digits_len) {
    std::memcpy(p, digits, static_cast<size_t>(decpt));
    p += decpt;
    *p++ = '.';
    std::memcpy(p, digits + decpt, static_cast<size_t>(digits_len - decpt));
    p += digits_len - decpt;
  } else {
    std::memcpy(p, digits, static_cast<size_t>(digits_len));
    p += digits_len;
  }
  if (digits_len < decpt) {
    std::memset(p, '0', static_cast<size_t>(decpt - digits_len));
    p += decpt - digits_len;
    *p++ = '.';
    std::memset(p, '0', static_cast<size_t>(vdigits_end - decpt));
    p += vdigits_end - decpt;
  } else {
    std::memset(p, '0', static_cast<size_t>(vdigits_end - digits_len));
    p += vdigits_end - digits_len;
  }
  if (p[-1] == '.' && !alt) p--;
  if (use_exp) {
    *p++ = upper ? 'E' : 'e';
    *p++ = exp < 0 ? '-' : '+';
    int64_t ae = exp < 0 ? -exp : exp;
    if (ae < 10) *p++ = '0';
    auto r = std::to_chars(p, p + 8, ae);
    p = r.ptr;
  }
  return static_cast<size_t>(p - buf);
}

size_t nonfinite(double d, char* buf, bool upper, int flags) {
  char* p = buf;
  if (std::isnan(d)) {
    if (flags & kDtsfSign) *p++ = '+';
    std::memcpy(p, upper ? "NAN" : "nan", 3);
  } else {
    if (d < 0) *p++ = '-';
    else if (flags & kDtsfSign) *p++ = '+';
    std::memcpy(p, upper ? "INF" : "inf", 3);
  }
  return static_cast<size_t>(p + 3 - buf);
}

}  // namespace

size_t float_repr_buf(double d, char* buf) {
  if (!std::isfinite(d)) return nonfinite(d, buf, false, 0);
  Digits dg;
  get_digits(d, &dg);
  return format_digits(buf, dg, std::signbit(d), 'r', 0, kDtsfAddDot0, false);
}

}  // namespace numeric

Str* float_repr(double d) {
  char buf[48];
  return make_str(std::string_view(buf, numeric::float_repr_buf(d, buf)));
}

std::string float_repr_string(double d) {
  char buf[48];
  return std::string(buf, numeric::float_repr_buf(d, buf));
}

}  // namespace coil
