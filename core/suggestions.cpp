// Coil — "Did you mean: 'x'?" for uncaught NameError and AttributeError,
// with CPython 3.11's rules: a Levenshtein distance where changing case
// costs half a substitution, at most a third of the characters changed, and
// no hint at all from more than 750 candidates.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/bytecode.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ai++) {
      size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = row[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

std::string best_match(const std::vector<std::string>& candidates, std::string_view name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    size_t max_distance = (name.size() + c.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, c, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

std::vector<std::string> dict_keys_of(Dict* d) {
  std::vector<std::string> out;
  Value k, v;
  for (int64_t p = 0; dict_next(d, &p, &k, &v);)
    if (has_layout(k, Layout::STR)) out.emplace_back(k.as<Str>()->view());
  return out;
}

Value attr_of(ExceptionObj* e, const char* name) { return attrs_get(&e->attrs, intern(name)); }

}  // namespace

std::string error_suggestion(ExceptionObj* e) {
  Value name = attr_of(e, "name");
  if (!has_layout(name, Layout::STR)) return "";
  std::string_view n = name.as<Str>()->view();
  std::string hint;
  try {
    if (is_subtype(e->type, exc::NameError)) {
      Traceback* tb = e->traceback;
      if (!tb) return "";
      while (tb->next) tb = tb->next;
      std::vector<std::string> locals;
      for (int64_t i = 0; i < tb->code->varnames->length; i++)
        locals.emplace_back((*tb->code->varnames)[i].as<Str>()->view());
      hint = best_match(locals, n);
      if (hint.empty() && tb->globals) hint = best_match(dict_keys_of(tb->globals), n);
      if (hint.empty()) hint = best_match(dict_keys_of(vm.builtins), n);
    } else if (is_subtype(e->type, exc::AttributeError)) {
      Value obj = attr_of(e, "obj");
      if (obj.is_empty()) return "";
      Value names = call(dict_get_str(vm.builtins, intern("dir")), {obj});
      std::vector<std::string> candidates;
      Value it = get_iter(names);
      for (Value x; !(x = iter_next(it)).is_empty();)
        if (has_layout(x, Layout::STR)) candidates.emplace_back(x.as<Str>()->view());
      hint = best_match(candidates, n);
    }
  } catch (PyException&) {
    return "";
  }
  return hint.empty() ? "" : ". Did you mean: '" + hint + "'?";
}

}  // namespace coil
