// Coil — printing uncaught exceptions the way CPython 3.11 does: chained
// exceptions first, "Traceback (most recent call last):", one entry per
// frame with its source line, repeated entries collapsed, then the
// exception line.
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/bytecode.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/interp.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

// Source lines by file name, read once.
const std::vector<std::string>& source_lines(const std::string& filename) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto it = cache.find(filename);
  if (it != cache.end()) return it->second;
  std::vector<std::string> lines;
  std::ifstream in(filename, std::ios::binary);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return cache.emplace(filename, std::move(lines)).first->second;
}

std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\f\r\n");
  return s.substr(b, e - b + 1);
}

void print_entry(std::string& out, Traceback* tb) {
  std::string file(tb->code->filename->view());
  out += "  File \"" + file + "\", line " + std::to_string(tb->line) + ", in " + std::string(tb->code->name->view()) +
         "\n";
  const auto& lines = source_lines(file);
  if (tb->line >= 1 && static_cast<size_t>(tb->line) <= lines.size()) {
    std::string text = strip(lines[static_cast<size_t>(tb->line - 1)]);
    if (!text.empty()) out += "    " + text + "\n";
  }
}

void print_traceback(std::string& out, Traceback* tb) {
  out += "Traceback (most recent call last):\n";
  Traceback* last = nullptr;
  int repeats = 0;
  auto flush_repeats = [&] {
    if (repeats > 3) {
      int more = repeats - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (; tb; tb = tb->next) {
    bool same = last && last->code->filename == tb->code->filename && last->line == tb->line &&
                last->code->name == tb->code->name;
    if (same) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flush_repeats();
      repeats = 1;
    }
    print_entry(out, tb);
    last = tb;
  }
  flush_repeats();
}

std::string exception_type_name(Type* t) {
  std::string qual(t->qualname->view());
  if (!t->is_builtin) {
    Value mod = dict_get_str(t->dict, names::__module__);
    if (has_layout(mod, Layout::STR)) {
      std::string m(mod.as<Str>()->view());
      if (m != "__main__" && m != "builtins") return m + "." + qual;
    }
  }
  return qual;
}

// SyntaxError's own block: location, source line, caret.
bool print_syntax_error_block(std::string& out, Value e) {
  Value file = getattr_opt(e, intern("filename"));
  Value line = getattr_opt(e, intern("lineno"));
  Value text = getattr_opt(e, intern("text"));
  Value offset = getattr_opt(e, intern("offset"));
  Value end_offset = getattr_opt(e, intern("end_offset"));
  if (file.is_empty() || line.is_empty()) return false;
  std::string f = has_layout(file, Layout::STR) ? std::string(file.as<Str>()->view()) : "<string>";
  out += "  File \"" + f + "\", line " + std::string(to_str(line)->view()) + "\n";
  if (has_layout(text, Layout::STR)) {
    std::string raw(text.as<Str>()->view());
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.pop_back();
    size_t lead = raw.find_first_not_of(" \t\f");
    if (lead == std::string::npos) lead = raw.size();
    std::string shown = raw.substr(lead);
    out += "    " + shown + "\n";
    if (offset.is_int() && offset.as_int() >= 1) {
      int64_t col = offset.as_int() - 1 - static_cast<int64_t>(lead);
      int64_t end = end_offset.is_int() && end_offset.as_int() > offset.as_int()
                        ? end_offset.as_int() - 1 - static_cast<int64_t>(lead)
                        : col + 1;
      if (col < 0) col = 0;
      if (end > static_cast<int64_t>(shown.size()) + 1) end = static_cast<int64_t>(shown.size()) + 1;
      if (end <= col) end = col + 1;
      out += "    " + std::string(static_cast<size_t>(col), ' ') + std::string(static_cast<size_t>(end - col), '^') + "\n";
    }
  }
  return true;
}

void print_one(std::string& out, Value e, std::set<Object*>& seen) {
  seen.insert(e.as_object());
  auto* ex = e.as<ExceptionObj>();
  if (ex->cause.is_object() && !seen.count(ex->cause.as_object())) {
    print_one(out, ex->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!ex->suppress_context && ex->context.is_object() && !seen.count(ex->context.as_object())) {
    print_one(out, ex->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (ex->traceback) print_traceback(out, ex->traceback);
  std::string name = exception_type_name(type_of(e));
  bool syntax = isinstance(e, exc::SyntaxError);
  if (syntax && print_syntax_error_block(out, e)) {
    Value msg = getattr_opt(e, intern("msg"));
    out += name + ": " + std::string(msg.is_empty() ? "" : to_str(msg)->view()) + "\n";
    return;
  }
  std::string text;
  try {
    text = std::string(to_str(e)->view());
  } catch (PyException&) {
    text = "<exception str() failed>";
  }
  text += error_suggestion(ex);
  out += text.empty() ? name + "\n" : name + ": " + text + "\n";
}

}  // namespace

void print_exception(Value exc) {
  std::string out;
  std::set<Object*> seen;
  print_one(out, exc, seen);
  std::fflush(stdout);
  std::fwrite(out.data(), 1, out.size(), stderr);
  std::fflush(stderr);
}

}  // namespace coil
