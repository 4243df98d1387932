// Coil — str.format, str.format_map and str.__format__.
// The parser follows CPython's Objects/stringlib/unicode_format.h step for
// step (MarkupIterator, parse_field, field_name_split), so the same inputs
// raise the same errors: literal text with {{ }} escapes, fields
// `{name.attr[key]!conv:spec}`, automatic vs manual numbering, and nested
// `{}` inside a spec expanded once (two levels deep at most).
// All delimiters are ASCII, so the parser walks UTF-8 bytes directly.
#include <cstring>

#include "core/errors.h"
#include "core/float.h"
#include "core/format_spec.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str_impl.h"
#include "core/tuple.h"

namespace coil {

using namespace strimpl;

namespace {

struct Span {
  const char* p;
  const char* e;
  bool empty() const { return p >= e; }
  std::string_view view() const { return {p, static_cast<size_t>(e - p)}; }
};

enum class AutoState { INIT, AUTO, MANUAL };

// Where field values come from: positional args + keywords (str.format), or
// one mapping (format_map: positional fields are an error).
struct FormatContext {
  const Value* args;
  size_t nargs;
  const Value* kwvalues;
  Tuple* kwnames;
  Value mapping;          // format_map's mapping, else Empty
  bool has_positional;    // false for format_map
  AutoState state = AutoState::INIT;
  int64_t next_auto = 0;
};

// A field name part made only of decimal digits → its value; otherwise -1.
int64_t get_integer(Span s) {
  if (s.empty()) return -1;
  int64_t v = 0;
  for (const char* p = s.p; p < s.e;) {
    uint32_t cp = utf8_next(p);
    int d = cp < 0x80 ? (cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1) : uni_decimal_value(cp);
    if (d < 0) return -1;
    if (v > (INT64_MAX - d) / 10) raise(exc::ValueError, "Too many decimal digits in format string");
    v = v * 10 + d;
  }
  return v;
}

Value keyword_lookup(FormatContext& ctx, Span name) {
  Str* key = make_str(name.view());
  if (!ctx.mapping.is_empty()) return getitem(ctx.mapping, Value::object(key));
  if (ctx.kwnames)
    for (int64_t i = 0; i < ctx.kwnames->length; i++)
      if ((*ctx.kwnames)[i].as<Str>()->view() == name.view()) return ctx.kwvalues[i];
  raise_key_error(Value::object(key));
}

// Resolves `first(.attr|[key])*` to an object.
Value get_field_object(FormatContext& ctx, Span field) {
  const char* p = field.p;
  while (p < field.e && *p != '.' && *p != '[') p++;
  Span first{field.p, p};
  int64_t index = get_integer(first);
  bool empty = first.empty();
  bool numeric = empty || index != -1;
  if (numeric) {
    if (ctx.state == AutoState::INIT) ctx.state = empty ? AutoState::AUTO : AutoState::MANUAL;
    if (ctx.state == AutoState::MANUAL && empty)
      raise(exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
    if (ctx.state == AutoState::AUTO && !empty)
      raise(exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = ctx.next_auto++;
  }
  Value obj;
  if (index == -1) {
    obj = keyword_lookup(ctx, first);
  } else {
    if (!ctx.has_positional) raise(exc::ValueError, "Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= ctx.nargs)
      raisef(exc::IndexError, "Replacement index %lld out of range for positional args tuple",
             static_cast<long long>(index));
    obj = ctx.args[index];
  }
  // The rest: .name and [key] parts.
  while (p < field.e) {
    char c = *p++;
    Span name;
    bool attr;
    if (c == '.') {
      attr = true;
      name.p = p;
      while (p < field.e && *p != '.' && *p != '[') p++;
      name.e = p;
    } else if (c == '[') {
      attr = false;
      name.p = p;
      while (p < field.e && *p != ']') p++;
      if (p == field.e) raise(exc::ValueError, "Missing ']' in format string");
      name.e = p++;
    } else {
      raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.empty()) raise(exc::ValueError, "Empty attribute in format string");
    if (attr) {
      obj = getattr(obj, intern(name.view()));
    } else {
      int64_t i = get_integer(name);
      obj = getitem(obj, i == -1 ? Value::object(make_str(name.view())) : make_int(i));
    }
  }
  return obj;
}

Value convert(Value v, uint32_t conversion) {
  switch (conversion) {
    case 'r': return Value::object(repr(v));
    case 's': return Value::object(to_str(v));
    case 'a': return Value::object(ascii_repr(v));
    default:
      if (conversion > 32 && conversion < 127)
        raisef(exc::ValueError, "Unknown conversion specifier %c", static_cast<char>(conversion));
      raisef(exc::ValueError, "Unknown conversion specifier \\x%x", conversion);
  }
}

// Appends format(v, spec) with fast paths for str and int.
void render(StrBuilder& out, Value v, Str* spec) {
  if (spec->size == 0) {
    if (is_exact_str(v)) return out.append(as_str(v));
    if (v.is_int()) return out.append(int_to_str(v));
  }
  out.append(format_value(v, spec));
}

void build(StrBuilder& out, FormatContext& ctx, Span fmt, int depth);

// Parses one field after its '{' (CPython's parse_field) and renders it.
void do_field(StrBuilder& out, FormatContext& ctx, const char*& p, const char* end, int depth) {
  Span name{p, p};
  char c = 0;
  while (p < end) {
    c = *p++;
    if (c == '{') raise(exc::ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (p < end && *p != ']') p++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  name.e = p - 1;
  uint32_t conversion = 0;
  Span spec{p, p};
  bool expand = false;
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (p >= end) raise(exc::ValueError, "end of string while looking for conversion specifier");
      conversion = utf8_next(p);
      if (p < end) {
        c = *p++;
        if (c == '}') goto have_field;
        if (c != ':') raise(exc::ValueError, "expected ':' after conversion specifier");
      }
    }
    spec.p = p;
    int count = 1;
    for (;;) {
      if (p >= end) raise(exc::ValueError, "unmatched '{' in format spec");
      c = *p++;
      if (c == '{') {
        expand = true;
        count++;
      } else if (c == '}' && --count == 0) {
        spec.e = p - 1;
        break;
      }
    }
  } else if (c != '}') {
    raise(exc::ValueError, "expected '}' before end of string");
  } else if (name.e < name.p) {
    name.e = name.p;
  }
have_field:
  Value obj = get_field_object(ctx, name);
  if (conversion) obj = convert(obj, conversion);
  Str* spec_str;
  if (expand) {
    StrBuilder sb;
    build(sb, ctx, spec, depth - 1);
    spec_str = sb.finish();
  } else {
    spec_str = spec.empty() ? empty_str() : make_str(spec.view());
  }
  render(out, obj, spec_str);
}

// CPython's build_string + MarkupIterator loop.
void build(StrBuilder& out, FormatContext& ctx, Span fmt, int depth) {
  if (depth <= 0) raise(exc::ValueError, "Max string recursion exceeded");
  const char* p = fmt.p;
  const char* end = fmt.e;
  while (p < end) {
    const char* lit = p;
    const char* q = p;
    while (q < end && *q != '{' && *q != '}') q++;
    out.append_utf8(lit, static_cast<size_t>(q - lit));
    if (q == end) break;
    char c = *q++;
    bool at_end = q >= end;
    if (c == '}' && (at_end || *q != '}')) raise(exc::ValueError, "Single '}' encountered in format string");
    if (at_end && c == '{') raise(exc::ValueError, "Single '{' encountered in format string");
    if (*q == c) {  // {{ or }}
      out.push(c);
      p = q + 1;
      continue;
    }
    p = q;
    do_field(out, ctx, p, end, depth);
  }
}

}  // namespace

Str* str_format(Str* fmt, const Value* args, size_t nargs, Tuple* kwnames) {
  // A format string without braces is returned as is.
  if (!std::memchr(fmt->data(), '{', static_cast<size_t>(fmt->size)) &&
      !std::memchr(fmt->data(), '}', static_cast<size_t>(fmt->size)))
    return str_exact(fmt);
  FormatContext ctx{args, nargs, args + nargs, kwnames, Value::empty(), true};
  StrBuilder out;
  out.reserve(static_cast<size_t>(fmt->size) + 16);
  build(out, ctx, {fmt->data(), fmt->data() + fmt->size}, 2);
  return out.finish();
}

namespace {

Value str_format_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  return Value::object(str_format(as_str(self), args, nargs, kw));
}

Value str_format_map_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("str.format_map", nargs, kw);
  Str* fmt = as_str(self);
  FormatContext ctx{nullptr, 0, nullptr, nullptr, args[0], false};
  StrBuilder out;
  build(out, ctx, {fmt->data(), fmt->data() + fmt->size}, 2);
  return Value::object(out.finish());
}

Value str_dunder_format(Value self, const Value* args, size_t nargs, Tuple* kw) {
  args_one("str.__format__", nargs, kw);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", type_name(args[0]));
  Str* s = as_str(self);
  Str* spec = as_str(args[0]);
  if (spec->size == 0) return Value::object(str_exact(s));
  std::string r = format_str(s->view(), parse_format_spec(spec->view()));
  return str_value(r);
}

const MethodDef kFormatMethods[] = {
    {"format", str_format_m, MethodDef::kInstance},
    {"format_map", str_format_map_m, MethodDef::kInstance},
    {"__format__", str_dunder_format, MethodDef::kInstance},
};

}  // namespace

void strimpl::register_str_format(Type* str) { add_methods(str, kFormatMethods); }

}  // namespace coil
