// Coil — argument parsing for native functions, with CPython's messages.
#include "core/args.h"

#include <string_view>

#include "core/errors.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {
const char* plural(size_t n) { return n == 1 ? "" : "s"; }
}  // namespace

void no_kwargs(const char* fname, Tuple* kwnames) {
  if (kwnames && kwnames->length) raisef(exc::TypeError, "%s() takes no keyword arguments", fname);
}

void check_nargs(const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == max) {
    if (min == 0) raisef(exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    if (min == 1) raisef(exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    raisef(exc::TypeError, "%s expected %zu argument%s, got %zu", fname, min, plural(min), nargs);
  }
  if (nargs < min)
    raisef(exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, plural(min), nargs);
  raisef(exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, plural(max), nargs);
}

void parse_args(const char* fname, const Value* args, size_t nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, size_t required, Value* out,
                size_t positional_only) {
  size_t n = names.size();
  size_t max_positional = 0;
  for (const char* name : names) {
    if (name[0] == '*') break;
    max_positional++;
  }
  if (nargs > max_positional) {
    if (max_positional == required)
      raisef(exc::TypeError, "%s() takes %zu positional argument%s but %zu were given", fname,
             max_positional, plural(max_positional), nargs);
    raisef(exc::TypeError, "%s() takes from %zu to %zu positional arguments but %zu were given",
           fname, required, max_positional, nargs);
  }
  for (size_t i = 0; i < n; i++) out[i] = i < nargs ? args[i] : Value::empty();
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->length; k++) {
      std::string_view kw = (*kwnames)[k].as<Str>()->view();
      size_t i = 0;
      for (const char* name : names) {
        std::string_view nm = name[0] == '*' ? std::string_view(name + 1) : std::string_view(name);
        if (nm == kw && i >= positional_only) break;
        i++;
      }
      if (i == n)
        raisef(exc::TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
               static_cast<int>(kw.size()), kw.data());
      if (!out[i].is_empty())
        raisef(exc::TypeError, "argument for %s() given by name ('%.*s') and position (%zu)", fname,
               static_cast<int>(kw.size()), kw.data(), i + 1);
      out[i] = args[nargs + static_cast<size_t>(k)];
    }
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i >= required) break;
    if (out[i].is_empty()) {
      const char* nm = name[0] == '*' ? name + 1 : name;
      raisef(exc::TypeError, "%s() missing required argument '%s' (pos %zu)", fname, nm, i + 1);
    }
    i++;
  }
}

}  // namespace coil
