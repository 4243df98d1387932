// Coil — the format-spec mini-language shared by format(), str.format,
// f-strings and printf-style `%` formatting:
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/value.h"

namespace coil {

struct FormatSpec {
  uint32_t fill = ' ';     // a code point
  char align = 0;          // '<' '>' '^' '=' or 0 (type's default)
  char sign = 0;           // '+' '-' ' ' or 0
  bool alternate = false;  // '#'
  bool zero_pad = false;   // '0' before width
  int64_t width = -1;
  char grouping = 0;       // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;           // 'd' 'x' 'f' ... or 0
  bool no_neg_0 = false;   // 'z': coerce negative zero (floats only)
};

// Parses a spec; ValueError with CPython's messages ("Invalid format specifier
// 'abc' for object of type 'int'": `type_name` names the formatted object's type).
FormatSpec parse_format_spec(std::string_view spec, std::string_view type_name = "str");
// Pads `body` (UTF-8) to spec.width with fill/align; `default_align` is the
// type's default ('<' for str, '>' for numbers).
std::string pad_to_width(std::string_view body, const FormatSpec& spec, char default_align);
// format(int, spec) / format(float, spec) / format(str, spec), complete with
// sign, alternate forms, zero padding, grouping and the type letter; raise
// ValueError "Unknown format code 'x' for object of type 'float'" as CPython.
std::string format_int(Value v, const FormatSpec& spec);
std::string format_float(double d, const FormatSpec& spec);
std::string format_str(std::string_view s, const FormatSpec& spec);

}  // namespace coil
