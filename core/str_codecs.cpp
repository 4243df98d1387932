// Coil — the builtin codecs: UTF-8, ASCII and Latin-1 encoding (str → bytes)
// and decoding (bytes → str), with the error handlers strict, ignore,
// replace, backslashreplace, surrogateescape (+ xmlcharrefreplace and
// surrogatepass where CPython has them) and CPython's error messages.
// Lone surrogates live inside a Str in their 3-byte generalized UTF-8 form,
// which is how surrogateescape round-trips undecodable bytes.
#include <cstdio>
#include <string>

#include "core/errors.h"
#include "core/str_impl.h"

namespace coil {

using namespace strimpl;

namespace {

enum class Codec { UTF8, ASCII, LATIN1 };

enum class Handler { STRICT, IGNORE, REPLACE, BACKSLASHREPLACE, SURROGATEESCAPE, SURROGATEPASS, XMLCHARREF };

Codec codec_of(std::string_view enc) {
  std::string_view n = normalize_encoding(enc);
  if (n == "utf-8") return Codec::UTF8;
  if (n == "ascii") return Codec::ASCII;
  return Codec::LATIN1;
}

const char* codec_name(Codec c) {
  return c == Codec::UTF8 ? "utf-8" : c == Codec::ASCII ? "ascii" : "latin-1";
}

// Resolves an error handler name; called only once an error occurs, as
// CPython does (so 'aé'.encode('ascii', 'bad') fails only for the é).
Handler handler_of(std::string_view name) {
  if (name == "strict") return Handler::STRICT;
  if (name == "ignore") return Handler::IGNORE;
  if (name == "replace") return Handler::REPLACE;
  if (name == "backslashreplace") return Handler::BACKSLASHREPLACE;
  if (name == "surrogateescape") return Handler::SURROGATEESCAPE;
  if (name == "surrogatepass") return Handler::SURROGATEPASS;
  if (name == "xmlcharrefreplace") return Handler::XMLCHARREF;
  raisef(exc::LookupError, "unknown error handler name '%.*s'", static_cast<int>(name.size()), name.data());
}

// '\xe9', '\u20ac', '\U0001f600' as CPython prints a character in messages.
std::string char_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

[[noreturn]] void raise_encode_error(Codec c, uint32_t first_cp, int64_t start, int64_t end, const char* reason) {
  if (end - start == 1)
    raisef(exc::UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: %s", codec_name(c),
           char_escape(first_cp).c_str(), static_cast<long long>(start), reason);
  raisef(exc::UnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: %s", codec_name(c),
         static_cast<long long>(start), static_cast<long long>(end - 1), reason);
}

[[noreturn]] void raise_decode_error(Codec c, const uint8_t* raw, size_t start, size_t end, const char* reason) {
  if (end - start == 1)
    raisef(exc::UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec_name(c),
           raw[start], start, reason);
  raisef(exc::UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec_name(c), start,
         end - 1, reason);
}

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp < 0xE000; }

// Appends the replacement for an unencodable code point.
void encode_replacement(std::string& out, Handler h, uint32_t cp, Codec c, int64_t pos) {
  char buf[16];
  switch (h) {
    case Handler::IGNORE: return;
    case Handler::REPLACE: out += '?'; return;
    case Handler::BACKSLASHREPLACE: out += char_escape(cp); return;
    case Handler::XMLCHARREF:
      std::snprintf(buf, sizeof buf, "&#%u;", cp);
      out += buf;
      return;
    case Handler::SURROGATEESCAPE:
      if (cp >= 0xDC80 && cp < 0xDD00) {
        out += static_cast<char>(cp - 0xDC00);
        return;
      }
      break;
    case Handler::SURROGATEPASS:
      if (c == Codec::UTF8 && is_surrogate(cp)) {
        char enc[4];
        out.append(enc, static_cast<size_t>(utf8_encode(cp, enc)));
        return;
      }
      break;
    default:
      break;
  }
  raise_encode_error(c, cp, pos, pos + 1,
                     c == Codec::UTF8 ? "surrogates not allowed"
                     : c == Codec::ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)");
}

}  // namespace

namespace strimpl {

std::string_view normalize_encoding(std::string_view name) {
  char buf[32];
  size_t n = 0;
  for (char ch : name) {
    if (n == sizeof buf) break;
    char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    buf[n++] = (c == '-' || c == ' ') ? '_' : c;
  }
  std::string_view k(buf, n);
  if (n < sizeof buf) {
    if (k == "utf_8" || k == "utf8" || k == "u8" || k == "utf" || k == "cp65001") return "utf-8";
    if (k == "ascii" || k == "us_ascii" || k == "646" || k == "us") return "ascii";
    if (k == "latin_1" || k == "latin1" || k == "latin" || k == "l1" || k == "iso_8859_1" || k == "iso8859_1" ||
        k == "8859" || k == "cp819" || k == "iso_ir_100" || k == "csisolatin1")
      return "latin-1";
  }
  raisef(exc::LookupError, "unknown encoding: %.*s", static_cast<int>(name.size()), name.data());
}

Bytes* str_encode(Str* s, std::string_view encoding, std::string_view errors) {
  Codec c = codec_of(encoding);
  const char* p = s->data();
  const char* end = p + s->size;
  if (s->ascii) return make_bytes(s->view());
  if (c == Codec::UTF8) {
    // Valid unless it holds surrogates (ED A0..BF xx).
    bool clean = true;
    for (const char* q = p; q + 1 < end; q++)
      if (static_cast<uint8_t>(q[0]) == 0xED && static_cast<uint8_t>(q[1]) >= 0xA0) {
        clean = false;
        break;
      }
    if (clean) return make_bytes(s->view());
  }
  uint32_t limit = c == Codec::ASCII ? 0x80 : c == Codec::LATIN1 ? 0x100 : 0x110000;
  std::string out;
  out.reserve(static_cast<size_t>(s->size));
  int64_t pos = 0;
  bool have_handler = false;
  Handler h = Handler::STRICT;
  while (p < end) {
    const char* at = p;
    uint32_t cp = utf8_next(p);
    bool bad = c == Codec::UTF8 ? is_surrogate(cp) : cp >= limit;
    if (!bad) {
      if (c == Codec::UTF8) out.append(at, static_cast<size_t>(p - at));
      else out += static_cast<char>(cp);
      pos++;
      continue;
    }
    if (!have_handler) {
      h = handler_of(errors);
      have_handler = true;
    }
    if (h == Handler::STRICT) {
      // Report the whole run of unencodable characters, as CPython does.
      int64_t run_end = pos + 1;
      for (const char* q = p; q < end; run_end++) {
        uint32_t n = utf8_next(q);
        if (!(c == Codec::UTF8 ? is_surrogate(n) : n >= limit)) break;
      }
      raise_encode_error(c, cp, pos, run_end,
                         c == Codec::UTF8 ? "surrogates not allowed"
                         : c == Codec::ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)");
    }
    encode_replacement(out, h, cp, c, pos);
    pos++;
  }
  return make_bytes(out);
}

}  // namespace strimpl

Str* str_decode(std::string_view raw, std::string_view encoding, std::string_view errors) {
  Codec c = codec_of(encoding);
  const auto* b = reinterpret_cast<const uint8_t*>(raw.data());
  size_t n = raw.size();
  if (ascii_only(raw.data(), n)) return make_str(raw);
  if (c == Codec::LATIN1) {
    StrBuilder out;
    out.reserve(n + n / 2);
    for (size_t i = 0; i < n; i++) out.push_cp(b[i]);
    return out.finish();
  }
  Utf8Error err;
  if (c == Codec::UTF8 && utf8_check(raw.data(), n, &err)) return make_str(raw);
  Handler h = handler_of(errors);
  StrBuilder out;
  out.reserve(n);
  size_t i = 0;
  while (i < n) {
    size_t bad_start, bad_end;
    const char* reason;
    if (c == Codec::ASCII) {
      size_t j = i;
      while (j < n && b[j] < 0x80) j++;
      out.append_ascii(raw.data() + i, j - i);
      if (j == n) break;
      bad_start = j;
      bad_end = j + 1;
      reason = "ordinal not in range(128)";
    } else {
      if (utf8_check(raw.data() + i, n - i, &err)) {
        out.append_utf8(raw.data() + i, n - i);
        break;
      }
      out.append_utf8(raw.data() + i, err.start);
      bad_start = i + err.start;
      bad_end = i + err.end;
      reason = err.reason;
    }
    switch (h) {
      case Handler::STRICT: raise_decode_error(c, b, bad_start, bad_end, reason);
      case Handler::IGNORE: break;
      case Handler::REPLACE: out.push_cp(0xFFFD); break;
      case Handler::BACKSLASHREPLACE:
        for (size_t k = bad_start; k < bad_end; k++) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", b[k]);
          out.append_ascii(buf, 4);
        }
        break;
      case Handler::SURROGATEESCAPE:
        for (size_t k = bad_start; k < bad_end; k++) {
          if (b[k] < 0x80) raise_decode_error(c, b, k, k + 1, reason);
          out.push_cp(0xDC00 + b[k]);
        }
        break;
      default:
        raise_decode_error(c, b, bad_start, bad_end, reason);
    }
    i = bad_end;
  }
  return out.finish();
}

}  // namespace coil
