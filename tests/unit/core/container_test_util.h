// Coil — helpers shared by the container unit tests: building values,
// reading them back, and checking raised Python exceptions.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/list.h"
#include "core/ops.h"
#include "core/set.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil::test_util {

inline Value I(int64_t i) { return Value::small_int(i); }

inline std::vector<int64_t> order(Set* s) {
  std::vector<int64_t> out;
  Value k;
  for (int64_t p = 0; set_next(s, &p, &k);) out.push_back(k.as_int());
  return out;
}

inline Set* set_of(const std::vector<int64_t>& xs) {
  List* l = make_list();
  for (int64_t x : xs) list_append(l, I(x));
  return set_from_iterable(Value::object(l));
}

inline Value method(Value self, const char* name, std::initializer_list<Value> args = {}) {
  return call_method(self, intern(name), args);
}

inline std::string exc_text(const PyException& e) {
  Tuple* a = e.exc->args;
  if (!a || a->length == 0) return "";
  Value v = (*a)[0];
  if (v.is_object() && v.as_object()->type == types::str) return std::string(v.as<Str>()->view());
  if (v.is_int()) return std::to_string(v.as_int());
  return "?";
}


inline Value S(const char* s) { return Value::object(make_str(s)); }

inline std::vector<int64_t> ints(Value seq) {
  std::vector<int64_t> out;
  Value it = get_iter(seq);
  for (Value x; !(x = iter_next(it)).is_empty();) out.push_back(x.as_int());
  return out;
}

inline List* list_of(std::initializer_list<int64_t> xs) {
  List* l = make_list();
  for (int64_t x : xs) list_append(l, I(x));
  return l;
}

inline std::string rep(Value v) { return std::string(repr(v)->view()); }

}  // namespace coil::test_util

// Runs `stmt`, which must raise Python exception `etype` with message `text`.
#define EXPECT_PYERR(stmt, etype, text)                         \
  do {                                                          \
    try {                                                       \
      stmt;                                                     \
      ADD_FAILURE() << "no exception from " #stmt;              \
    } catch (PyException & e_) {                                \
      EXPECT_EQ(e_.exc->type, exc::etype) << #stmt;             \
      EXPECT_EQ(::coil::test_util::exc_text(e_), text) << #stmt;                   \
    }                                                           \
  } while (0)
