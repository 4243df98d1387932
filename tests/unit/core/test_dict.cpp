// Coil — unit tests for dict and its views: insertion order through growth
// and deletion, lookups with equal-but-distinct keys, popitem, update forms,
// views and their set operations, iteration guards, CPython's messages.
#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/dict.h"
#include "core/errors.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/object.h"
#include "core/ops.h"
#include "core/range.h"
#include "core/set.h"
#include "core/slice.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {
namespace {

class DictTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gc_init();
    init_types();
  }
};

[[maybe_unused]] Value I(int64_t i) { return Value::small_int(i); }

[[maybe_unused]] std::vector<int64_t> order(Set* s) {
  std::vector<int64_t> out;
  Value k;
  for (int64_t p = 0; set_next(s, &p, &k);) out.push_back(k.as_int());
  return out;
}

[[maybe_unused]] Set* set_of(const std::vector<int64_t>& xs) {
  List* l = make_list();
  for (int64_t x : xs) list_append(l, I(x));
  return set_from_iterable(Value::object(l));
}

[[maybe_unused]] Value method(Value self, const char* name, std::initializer_list<Value> args = {}) {
  return call_method(self, intern(name), args);
}

[[maybe_unused]] std::string exc_text(const PyException& e) {
  Tuple* a = e.exc->args;
  if (!a || a->length == 0) return "";
  Value v = (*a)[0];
  if (v.is_object() && v.as_object()->type == types::str) return std::string(v.as<Str>()->view());
  if (v.is_int()) return std::to_string(v.as_int());
  return "?";
}

#define EXPECT_PYERR(stmt, etype, text)                         \
  do {                                                          \
    try {                                                       \
      stmt;                                                     \
      ADD_FAILURE() << "no exception from " #stmt;              \
    } catch (PyException & e_) {                                \
      EXPECT_EQ(e_.exc->type, exc::etype) << #stmt;             \
      EXPECT_EQ(exc_text(e_), text) << #stmt;                   \
    }                                                           \
  } while (0)

[[maybe_unused]] Value S(const char* s) { return Value::object(make_str(s)); }

[[maybe_unused]] std::vector<int64_t> ints(Value seq) {
  std::vector<int64_t> out;
  Value it = get_iter(seq);
  for (Value x; !(x = iter_next(it)).is_empty();) out.push_back(x.as_int());
  return out;
}

[[maybe_unused]] List* list_of(std::initializer_list<int64_t> xs) {
  List* l = make_list();
  for (int64_t x : xs) list_append(l, I(x));
  return l;
}

[[maybe_unused]] std::string rep(Value v) { return std::string(repr(v)->view()); }

[[maybe_unused]] std::vector<int64_t> keys_of(Dict* d) {
  std::vector<int64_t> out;
  Value k, v;
  for (int64_t p = 0; dict_next(d, &p, &k, &v);) out.push_back(k.as_int());
  return out;
}

Value D(std::initializer_list<std::pair<int64_t, int64_t>> kv) {
  Dict* d = make_dict();
  for (auto& [k, v] : kv) dict_set(d, I(k), I(v));
  return Value::object(d);
}

TEST_F(DictTest, InsertLookupDeleteThroughGrowth) {
  Dict* d = make_dict();
  for (int64_t i = 0; i < 10000; i++) dict_set(d, I(i * 7), I(i));
  EXPECT_EQ(d->used, 10000);
  for (int64_t i = 0; i < 10000; i++) ASSERT_EQ(dict_get(d, I(i * 7)).as_int(), i);
  EXPECT_TRUE(dict_get(d, I(3)).is_empty());
  for (int64_t i = 0; i < 10000; i += 2) EXPECT_EQ(dict_pop(d, I(i * 7)).as_int(), i);
  EXPECT_EQ(d->used, 5000);
  EXPECT_TRUE(dict_pop(d, I(0)).is_empty());
  // Order is insertion order, deleted keys gone, re-inserted keys at the end.
  dict_set(d, I(0), I(-1));
  std::vector<int64_t> ks = keys_of(d);
  ASSERT_EQ(ks.size(), 5001u);
  EXPECT_EQ(ks[0], 7);
  EXPECT_EQ(ks[1], 21);
  EXPECT_EQ(ks.back(), 0);
  // Churn: insert/delete many times without growing forever.
  Dict* c = make_dict();
  for (int64_t i = 0; i < 100000; i++) {
    dict_set(c, I(i), I(i));
    dict_pop(c, I(i));
  }
  EXPECT_EQ(c->used, 0);
  EXPECT_LE(c->mask, 1023);
}

TEST_F(DictTest, EqualKeysOfDifferentTypes) {
  if (dict_get_str(types::int_->dict, names::__eq__).is_empty()) GTEST_SKIP() << "int/float types not registered";
  Dict* d = make_dict();
  dict_set(d, I(1), S("int"));
  dict_set(d, Value::number(1.0), S("float"));
  dict_set(d, Value::boolean(true), S("bool"));
  EXPECT_EQ(d->used, 1);
  EXPECT_EQ(rep(Value::object(d)), "{1: 'bool'}");
  // Equal str keys that are different objects.
  Dict* s = make_dict();
  dict_set(s, S("key"), I(1));
  EXPECT_EQ(dict_get(s, S("key")).as_int(), 1);
  EXPECT_EQ(dict_get_str(s, make_str("key")).as_int(), 1);
  EXPECT_EQ(dict_get_str(s, intern("key")).as_int(), 1);
  EXPECT_GE(dict_find_str(s, intern("key")), 0);
  EXPECT_EQ(dict_find_str(s, intern("nope")), -1);
  dict_set_str(s, "other", I(2));
  EXPECT_EQ(dict_get(s, S("other")).as_int(), 2);
}

TEST_F(DictTest, MethodsAndErrors) {
  Value d = D({{1, 10}, {2, 20}});
  EXPECT_EQ(method(d, "get", {I(1)}).as_int(), 10);
  EXPECT_TRUE(method(d, "get", {I(3)}).is_none());
  EXPECT_EQ(method(d, "get", {I(3), I(0)}).as_int(), 0);
  EXPECT_EQ(method(d, "setdefault", {I(3), I(30)}).as_int(), 30);
  EXPECT_EQ(method(d, "setdefault", {I(3), I(99)}).as_int(), 30);
  EXPECT_EQ(method(d, "pop", {I(3)}).as_int(), 30);
  EXPECT_EQ(method(d, "pop", {I(3), I(-1)}).as_int(), -1);
  EXPECT_PYERR(method(d, "pop", {I(3)}), KeyError, "3");
  EXPECT_PYERR(getitem(d, I(5)), KeyError, "5");
  EXPECT_PYERR(delitem(d, I(5)), KeyError, "5");
  EXPECT_PYERR(method(d, "get"), TypeError, "get expected at least 1 argument, got 0");
  EXPECT_PYERR(method(d, "popitem", {I(1)}), TypeError, "dict.popitem() takes no arguments (1 given)");
  EXPECT_PYERR(method(d, "update", {I(1), I(2)}), TypeError, "update expected at most 1 argument, got 2");
  EXPECT_PYERR(setitem(d, Value::object(make_list()), I(1)), TypeError, "unhashable type: 'list'");
  EXPECT_PYERR(hash_value(d), TypeError, "unhashable type: 'dict'");
  Value c = method(d, "copy");
  method(d, "clear");
  EXPECT_EQ(length(d), 0);
  EXPECT_EQ(length(c), 2);
  EXPECT_EQ(rep(c), "{1: 10, 2: 20}");
}

TEST_F(DictTest, PopitemIsLifo) {
  Value d = D({{1, 1}, {2, 2}, {3, 3}});
  EXPECT_EQ(rep(method(d, "popitem")), "(3, 3)");
  setitem(d, I(4), I(4));
  EXPECT_EQ(rep(method(d, "popitem")), "(4, 4)");
  EXPECT_EQ(rep(method(d, "popitem")), "(2, 2)");
  EXPECT_EQ(rep(method(d, "popitem")), "(1, 1)");
  EXPECT_PYERR(method(d, "popitem"), KeyError, "popitem(): dictionary is empty");
  // Repeated insert/popitem keeps probing terminating.
  Dict* e = make_dict();
  for (int64_t i = 0; i < 50000; i++) {
    dict_set(e, I(i), I(i));
    method(Value::object(e), "popitem");
  }
  EXPECT_EQ(e->used, 0);
  EXPECT_TRUE(dict_get(e, I(12345)).is_empty());
}

TEST_F(DictTest, UpdateForms) {
  Dict* d = make_dict();
  dict_update(d, D({{1, 1}}));
  List* pairs = make_list();
  list_append(pairs, Value::object(make_tuple({I(2), I(2)})));
  list_append(pairs, Value::object(list_of({3, 3})));
  list_append(pairs, S("ab"));
  dict_update(d, Value::object(pairs));
  EXPECT_EQ(rep(Value::object(d)), "{1: 1, 2: 2, 3: 3, 'a': 'b'}");
  List* bad = make_list();
  list_append(bad, I(1));
  EXPECT_PYERR(dict_update(d, Value::object(bad)), TypeError,
               "cannot convert dictionary update sequence element #0 to a sequence");
  List* bad2 = make_list();
  list_append(bad2, Value::object(list_of({1, 2, 3})));
  EXPECT_PYERR(dict_update(d, Value::object(bad2)), ValueError,
               "dictionary update sequence element #0 has length 3; 2 is required");
  // Keyword arguments.
  Value kw = Value::object(make_tuple({Value::object(intern("x"))}));
  Value args[1] = {I(5)};
  call_method(Value::object(d), intern("update"), args, 0, kw.as<Tuple>());
  EXPECT_EQ(dict_get(d, S("x")).as_int(), 5);
  // dict(mapping, **kw)
  Value args2[2] = {D({{7, 7}}), I(6)};
  Value nd = call(Value::object(types::dict), args2, 1, kw.as<Tuple>());
  EXPECT_EQ(rep(nd), "{7: 7, 'x': 6}");
  // |, |=
  Value u = binary_op(BinaryOp::OR, D({{1, 1}, {2, 2}}), D({{2, 3}, {4, 4}}));
  EXPECT_EQ(rep(u), "{1: 1, 2: 3, 4: 4}");
  Value i = D({{1, 1}});
  EXPECT_TRUE(inplace_op(BinaryOp::OR, i, Value::object(pairs)).is(i));
  EXPECT_EQ(length(i), 4);
  EXPECT_THROW(binary_op(BinaryOp::OR, i, I(1)), PyException);
}

TEST_F(DictTest, FromkeysAndEquality) {
  Value fk = getattr(Value::object(types::dict), intern("fromkeys"));
  EXPECT_EQ(rep(call(fk, {Value::object(list_of({1, 2}))})), "{1: None, 2: None}");
  EXPECT_EQ(rep(call(fk, {S("ab"), I(0)})), "{'a': 0, 'b': 0}");
  EXPECT_PYERR(call(fk, {I(1)}), TypeError, "'int' object is not iterable");
  EXPECT_TRUE(equals(D({{1, 2}, {3, 4}}), D({{3, 4}, {1, 2}})));
  EXPECT_FALSE(equals(D({{1, 2}}), D({{1, 3}})));
  EXPECT_FALSE(equals(D({{1, 2}}), D({{2, 2}})));
  EXPECT_FALSE(equals(D({{1, 2}}), Value::object(list_of({1}))));
}

TEST_F(DictTest, ReprHandlesSelfReference) {
  Dict* d = make_dict();
  dict_set(d, S("me"), Value::object(d));
  EXPECT_EQ(rep(Value::object(d)), "{'me': {...}}");
  EXPECT_EQ(rep(Value::object(make_dict())), "{}");
}

TEST_F(DictTest, IterationGuards) {
  Value d = D({{1, 1}, {2, 2}});
  Value it = get_iter(d);
  EXPECT_EQ(iter_next(it).as_int(), 1);
  setitem(d, I(3), I(3));
  EXPECT_PYERR(iter_next(it), RuntimeError, "dictionary changed size during iteration");
  EXPECT_PYERR(iter_next(it), RuntimeError, "dictionary changed size during iteration");
  // Changing values is fine.
  Value it2 = get_iter(d);
  iter_next(it2);
  setitem(d, I(1), I(100));
  EXPECT_EQ(iter_next(it2).as_int(), 2);
  // Same size, different keys.
  Value it3 = get_iter(d);
  iter_next(it3);
  delitem(d, I(1));
  setitem(d, I(9), I(9));
  EXPECT_EQ(iter_next(it3).as_int(), 2);
  EXPECT_EQ(iter_next(it3).as_int(), 3);
  EXPECT_PYERR(iter_next(it3), RuntimeError, "dictionary keys changed during iteration");
  EXPECT_EQ(ints(builtin_reversed(D({{1, 0}, {2, 0}, {3, 0}}))), std::vector<int64_t>({3, 2, 1}));
}

TEST_F(DictTest, Views) {
  Value d = D({{1, 10}, {2, 20}, {3, 30}});
  Value keys = method(d, "keys");
  Value values = method(d, "values");
  Value items = method(d, "items");
  EXPECT_EQ(rep(keys), "dict_keys([1, 2, 3])");
  EXPECT_EQ(rep(values), "dict_values([10, 20, 30])");
  EXPECT_EQ(rep(items), "dict_items([(1, 10), (2, 20), (3, 30)])");
  EXPECT_EQ(length(items), 3);
  EXPECT_TRUE(contains(keys, I(2)));
  EXPECT_TRUE(contains(values, I(20)));
  EXPECT_TRUE(contains(items, Value::object(make_tuple({I(2), I(20)}))));
  EXPECT_FALSE(contains(items, Value::object(make_tuple({I(2), I(21)}))));
  EXPECT_EQ(ints(builtin_reversed(values)), std::vector<int64_t>({30, 20, 10}));
  setitem(d, I(4), I(40));
  EXPECT_EQ(length(keys), 4);  // live
  Value other = D({{3, 0}, {4, 0}, {5, 0}});
  Value ok = method(other, "keys");
  EXPECT_EQ(rep(binary_op(BinaryOp::AND, keys, ok)), "{3, 4}");
  EXPECT_EQ(rep(binary_op(BinaryOp::OR, keys, ok)), "{1, 2, 3, 4, 5}");
  EXPECT_EQ(rep(binary_op(BinaryOp::SUB, keys, ok)), "{1, 2}");
  EXPECT_EQ(rep(binary_op(BinaryOp::XOR, keys, ok)), "{1, 2, 5}");
  EXPECT_EQ(rep(binary_op(BinaryOp::SUB, Value::object(list_of({1, 9})), keys)), "{9}");
  EXPECT_EQ(rep(binary_op(BinaryOp::AND, keys, Value::object(list_of({4, 9})))), "{4}");
  EXPECT_EQ(rep(binary_op(BinaryOp::XOR, items, method(D({{1, 10}, {7, 7}}), "items"))),
            "{(2, 20), (3, 30), (4, 40), (7, 7)}");
  EXPECT_TRUE(equals(keys, call(Value::object(types::set), {keys})));
  EXPECT_TRUE(compare_bool(method(D({{3, 0}}), "keys"), keys, CompareOp::LT));
  EXPECT_FALSE(method(keys, "isdisjoint", {ok}).as_bool());
  EXPECT_TRUE(method(keys, "isdisjoint", {Value::object(list_of({7}))}).as_bool());
  EXPECT_PYERR(binary_op(BinaryOp::AND, keys, I(1)), TypeError, "'int' object is not iterable");
  EXPECT_PYERR(hash_value(keys), TypeError, "unhashable type: 'dict_keys'");
}

}  // namespace
}  // namespace coil
