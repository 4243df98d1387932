// Coil — unit tests for dict and its views: insertion order through growth
// and deletion, lookups with equal-but-distinct keys, popitem, update forms,
// views and their set operations, iteration guards, CPython's messages.
#include <gtest/gtest.h>

#include "tests/unit/core/container_test_util.h"

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

using namespace test_util;

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

struct ViewCase {
  const char* op;
  std::vector<int64_t> a, b, result;
};

// Generated by CPython 3.11: da = dict.fromkeys(a) with da[k] = k % 3, db likewise
// with k % 2; k = da.keys(), k2 = db.keys(), s = set(b), l = list(b), i = da.items(),
// i2 = db.items(). `result` is list(result), items flattened.
const ViewCase kViewCases[] = {
    {"l-k", {22, 50, 44, 53, 47, 41, 59, 33, 1, 53, 29, 49, 15, 41, 3, 57, 10, 7, 23, 30, 55, 15, 24}, {6, 36, 15, 0, 46, 13, 26, 17, 11, 58, 55, 49, 24, 10, 48, 51, 4},
     {0, 36, 58, 6, 4, 11, 13, 46, 48, 17, 51, 26}},
    {"k|l", {39, 28, 8, 8, 0, 55, 0, 13, 49, 13, 10, 55, 10, 18, 20, 12, 34, 56, 43}, {13, 11, 44, 12, 57, 24, 19, 1, 23, 26, 10, 59, 9, 16, 4, 21, 19, 52, 38, 37},
     {0, 1, 4, 8, 9, 10, 11, 12, 13, 16, 18, 19, 20, 21, 23, 24, 26, 28, 34, 37, 38, 39, 43, 44, 49, 52, 55, 56, 57, 59}},
    {"k&s", {43, 45, 21, 4, 19, 22, 52, 19, 30, 44, 20, 11, 30, 30, 45, 11, 3, 16, 1}, {22, 54, 25, 1, 35, 50, 26, 23, 24, 37, 53, 0, 28, 2, 45, 11, 39, 12, 7, 48, 15, 59, 52},
     {1, 11, 45, 52, 22}},
    {"i|i", {32, 22, 57, 33, 16, 49, 29, 6, 37, 47, 49}, {55, 18, 2, 27, 5, 13, 21, 32, 39, 23, 58},
     {23, 1, 27, 1, 5, 1, 32, 0, 16, 1, 49, 1, 22, 1, 55, 1, 58, 0, 32, 2, 13, 1, 39, 1, 18, 0, 47, 2, 37, 1, 29, 2, 33, 0, 2, 0, 57, 0, 6, 0, 21, 1}},
    {"k|l", {17, 59, 44, 34, 5, 19, 43, 20, 19, 11}, {40, 9},
     {34, 5, 40, 9, 43, 44, 11, 17, 19, 20, 59}},
    {"k^s", {10, 46, 3, 5, 38, 34, 59, 25, 2, 15, 47, 38, 22, 52, 16}, {41, 26, 9, 3, 58, 40, 2, 51, 31, 21, 53, 13, 8, 46},
     {5, 8, 9, 10, 13, 15, 16, 21, 22, 25, 26, 31, 34, 38, 40, 41, 47, 51, 52, 53, 58, 59}},
    {"k|l", {57, 50, 26, 6, 10, 27, 23, 9, 3, 54, 26, 18, 9, 29, 59, 39, 54, 10, 33, 29}, {44, 46, 20, 30, 17, 18, 30, 25, 57, 9, 7, 24, 52, 34, 11},
     {3, 6, 7, 9, 10, 11, 17, 18, 20, 23, 24, 25, 26, 27, 29, 30, 33, 34, 39, 44, 46, 50, 52, 54, 57, 59}},
    {"i^i", {11, 5, 31, 17, 32, 50, 35, 55, 32, 23}, {50, 50},
     {55, 1, 31, 1, 50, 0, 32, 2, 11, 2, 17, 2, 50, 2, 23, 2, 35, 2, 5, 2}},
    {"s^k", {37, 42, 2, 48, 19, 23, 35, 45, 42, 17, 53, 31, 16, 49, 44, 45, 18, 21, 41, 11, 37, 54}, {},
     {2, 11, 16, 17, 18, 19, 21, 23, 31, 35, 37, 41, 42, 44, 45, 48, 49, 53, 54}},
    {"i^i", {49, 16, 20, 42, 17, 29, 18, 52, 32, 41, 43, 51, 22, 22, 17, 41, 22}, {53, 26, 22, 59, 53, 11, 55, 55, 44, 28, 23, 21, 33, 9, 33, 10, 12, 53, 23, 59, 54, 30, 18},
     {23, 1, 28, 0, 30, 0, 10, 0, 16, 1, 49, 1, 53, 1, 54, 0, 22, 1, 55, 1, 12, 0, 17, 2, 41, 2, 9, 1, 51, 0, 32, 2, 11, 1, 33, 1, 22, 0, 59, 1, 52, 1, 42, 0, 43, 1, 44, 0, 26, 0, 29, 2, 20, 2, 21, 1}},
    {"k&l", {42, 46, 26, 10, 39, 49, 59, 37, 33, 42, 59, 26, 19, 39, 35, 49, 55, 40, 17, 46, 1, 12, 10}, {28, 39, 41, 11, 14, 48, 43, 11, 40, 45, 2, 30, 14, 10, 3, 57, 8, 7},
     {40, 10, 39}},
    {"k^k", {30, 12, 35, 2, 26}, {22, 24, 42, 39, 4, 37, 13, 15, 45, 57, 23, 0, 22, 25},
     {0, 2, 4, 12, 13, 15, 22, 23, 24, 25, 26, 30, 35, 37, 39, 42, 45, 57}},
    {"l-k", {55, 7, 44, 53, 35, 23, 2, 35, 39, 19, 6, 18, 34}, {21, 37, 18, 22, 52, 8, 26, 26, 52, 36, 41, 34, 23, 29, 9, 10},
     {36, 37, 8, 41, 9, 10, 52, 21, 22, 26, 29}},
    {"i&i", {30, 12, 8, 38, 5, 22, 52, 57, 42, 0, 24, 6, 20, 36, 58, 39, 34, 9}, {40, 56, 57, 36, 24, 27, 27, 14, 31, 18},
     {36, 0, 24, 0}},
    {"i^i", {24, 24, 54, 58, 10, 38, 38, 16, 47, 19, 31, 16, 26, 1, 20, 19, 31, 59, 18, 9, 30, 1}, {42, 39, 28},
     {58, 1, 28, 0, 30, 0, 26, 2, 16, 1, 54, 0, 31, 1, 59, 2, 39, 1, 18, 0, 47, 2, 9, 0, 42, 0, 19, 1, 1, 1, 10, 1, 24, 0, 38, 2, 20, 2}},
    {"s-k", {2, 50, 8, 52, 25, 0, 30, 34, 35}, {15, 59, 30, 50, 2, 15, 31, 17},
     {17, 59, 31, 15}},
    {"k|l", {18, 18, 31, 38, 30, 33, 41, 55, 38, 56, 47, 57, 7, 1, 48, 8, 19, 18, 34, 45, 21, 39, 18}, {33, 1, 29, 22, 23, 43, 47, 52, 37, 8, 2, 0, 16, 35, 29, 43, 58, 6, 56, 43, 34, 12, 0},
     {0, 1, 2, 6, 7, 8, 12, 16, 18, 19, 21, 22, 23, 29, 30, 31, 33, 34, 35, 37, 38, 39, 41, 43, 45, 47, 48, 52, 55, 56, 57, 58}},
    {"i-i", {51, 27, 38, 36, 44, 45, 40, 41, 30, 54, 58, 53, 24, 30, 25, 43, 54, 46, 12, 57, 18, 29, 53, 48}, {19, 53},
     {58, 1, 30, 0, 44, 2, 25, 1, 40, 1, 54, 0, 12, 0, 45, 0, 36, 0, 27, 0, 41, 2, 51, 0, 46, 1, 18, 0, 43, 1, 24, 0, 57, 0, 38, 2, 48, 0, 29, 2, 53, 2}},
    {"k&s", {49, 27, 37, 18, 41, 49, 30, 58, 19, 9, 10, 30, 44, 35, 56, 31, 21, 34, 9, 27, 37, 34}, {4},
     {}},
    {"s-k", {52, 5, 50, 4, 42, 1, 21, 46}, {4, 25, 44, 31, 3, 7, 53, 7, 14, 39, 41, 52, 7},
     {3, 7, 39, 41, 44, 14, 53, 25, 31}},
    {"k|l", {45, 58, 28, 9, 11, 39, 11, 26, 51}, {4, 39, 13, 2, 35},
     {2, 26, 4, 35, 39, 9, 11, 45, 13, 51, 58, 28}},
    {"k&k", {24, 47, 4, 17, 3, 36, 36, 7, 47, 25, 56, 39, 8, 0, 27, 5, 20, 43, 38, 31, 31}, {41, 23, 58, 3, 8, 44, 18, 9, 36, 40, 43},
     {8, 43, 3, 36}},
    {"k^s", {35, 39, 14, 16, 4, 35, 15, 16, 53, 48, 18, 33, 8, 51, 15, 55, 23}, {47, 24, 11, 8, 45, 1, 41, 21, 5, 36, 42, 2, 5, 55},
     {1, 2, 4, 5, 11, 14, 15, 16, 18, 21, 23, 24, 33, 35, 36, 39, 41, 42, 45, 47, 48, 51, 53}},
    {"k&k", {38, 29, 15, 24, 56, 29, 30, 20, 6, 50, 33, 1, 34, 46, 24, 3}, {27, 43, 50, 14},
     {50}},
    {"k&k", {58, 42}, {52, 13, 8, 44, 39, 24, 22, 53, 15, 18, 21, 59, 39, 45, 22},
     {}},
    {"i&i", {8, 46, 53, 22, 41, 18, 51, 40, 27, 54, 23, 33}, {37},
     {}},
    {"k-s", {11, 25, 4, 6, 2, 2, 11, 12, 12, 2, 31, 56, 59, 30, 42, 48, 22, 0, 27, 30, 19, 56, 59}, {58, 27, 20, 29, 29, 6, 12, 9, 41, 10, 4, 23, 55, 24, 55, 56, 30, 9, 35},
     {0, 2, 11, 19, 22, 25, 31, 42, 48, 59}},
    {"l-k", {17, 52, 10}, {18, 43, 15, 2, 30, 57, 2, 22, 59, 48, 23, 20, 3, 44, 1, 43, 29, 30, 54, 9, 7, 50, 42, 20},
     {1, 2, 3, 7, 9, 15, 18, 20, 22, 23, 29, 30, 42, 43, 44, 48, 50, 54, 57, 59}},
    {"k^s", {43, 15, 46, 10, 2, 12, 45, 1, 36, 14, 42, 5, 39, 25}, {23, 43, 19, 11, 29, 23, 18, 4, 46, 45, 29, 10, 49, 15, 11, 43, 13, 2, 41, 38, 27, 46},
     {1, 4, 5, 11, 12, 13, 14, 18, 19, 23, 25, 27, 29, 36, 38, 39, 41, 42, 49}},
    {"l-k", {}, {3, 28, 49, 43, 26, 10, 2, 2, 35, 53, 53, 33, 36, 22},
     {33, 2, 3, 35, 36, 10, 43, 49, 53, 22, 26, 28}},
    {"k&k", {4, 15, 57, 51, 31, 5, 59, 30, 3, 43, 15, 41, 3, 31, 25, 50, 3, 3, 16, 53, 26, 28}, {40, 3, 56, 2, 12, 11, 44, 32, 40},
     {3}},
    {"i&i", {34, 14, 5, 59, 20, 50}, {5, 34, 58},
     {}},
    {"l|k", {4, 54, 46, 13, 39, 1, 28, 34, 22, 31, 27, 36, 49, 24, 33, 40, 8, 46, 0}, {19, 44, 28, 57, 52, 14, 35, 7, 8, 19, 30, 5, 49, 49, 16, 52, 25, 20, 8, 8, 34, 5, 30, 15},
     {0, 1, 4, 5, 7, 8, 13, 14, 15, 16, 19, 20, 22, 24, 25, 27, 28, 30, 31, 33, 34, 35, 36, 39, 40, 44, 46, 49, 52, 54, 57}},
    {"k&l", {36, 42, 15, 17, 3, 31, 44, 15, 3, 45, 12, 50, 18}, {56, 6, 4, 26, 49, 20, 24, 48, 49, 35, 0},
     {}},
    {"k^s", {48, 8, 36, 1, 28, 9, 52, 44, 41, 50, 1, 46, 3, 44, 27, 17, 6, 51, 51, 24}, {8, 20, 4, 19, 10, 8, 16, 31, 43, 20, 18, 2, 4, 34, 48, 47, 35},
     {1, 2, 3, 4, 6, 9, 10, 16, 17, 18, 19, 20, 24, 27, 28, 31, 34, 35, 36, 41, 43, 44, 46, 47, 50, 51, 52}},
    {"k&s", {}, {3, 8, 52},
     {}},
    {"s^k", {55, 16, 39, 1, 14, 33, 27, 8, 23, 12, 21, 22, 0}, {37, 39, 52, 10, 46},
     {0, 1, 8, 10, 12, 14, 16, 21, 22, 23, 27, 33, 37, 46, 52, 55}},
    {"k&k", {33, 38, 10, 40, 45, 9, 28, 48}, {50, 27, 7, 21, 20, 28, 58, 14, 29, 38, 27, 10, 28},
     {10, 28, 38}},
    {"s&k", {42, 59, 10, 34, 30, 31, 38, 0, 6, 8, 52, 54, 26, 43, 3, 13, 0, 2, 58, 36, 15, 30, 45, 56}, {25, 29, 13, 12, 17, 52, 12, 19, 35, 33, 22},
     {52, 13}},
    {"s-k", {22, 51, 15, 52, 42, 53, 58, 54, 3, 39, 31}, {22, 9, 9, 53, 15, 31, 24, 2, 6, 10, 25, 6},
     {2, 6, 9, 10, 24, 25}},
    {"k^s", {50, 51, 48, 20, 30, 43}, {55, 34, 39, 5, 51, 12, 24, 44, 0, 6, 32, 38, 37, 39, 11},
     {0, 5, 6, 11, 12, 20, 24, 30, 32, 34, 37, 38, 39, 43, 44, 48, 50, 55}},
    {"i&i", {}, {43, 1, 39, 19, 32, 24, 32, 30, 34, 45},
     {}},
    {"i&i", {50, 52, 37, 59, 59, 44, 35, 42, 3, 34, 9, 51, 26, 23}, {1, 43, 49, 33, 13, 18, 18, 4, 1, 5, 49, 22, 39, 37, 55, 48, 45, 26},
     {37, 1}},
    {"k^s", {}, {59, 45, 15, 4, 2, 48, 5, 42},
     {2, 4, 5, 42, 45, 15, 48, 59}},
    {"k^s", {44, 51, 53, 59, 47, 38, 39, 35, 13, 30, 33}, {57, 7},
     {33, 35, 38, 39, 7, 44, 13, 47, 51, 53, 57, 59, 30}},
    {"s-k", {50, 34, 27, 25, 0, 42, 24, 24, 11, 48}, {33, 57, 13, 58, 43, 39, 20, 24, 20, 6, 53, 44, 56, 35, 44, 45, 23, 15, 56, 6},
     {6, 13, 15, 20, 23, 33, 35, 39, 43, 44, 45, 53, 56, 57, 58}},
    {"k-s", {19, 51, 17, 51, 39, 4, 57, 10, 4}, {26, 49, 11, 14, 41, 4, 36, 36, 40, 53, 40, 56, 34, 46, 26, 26, 14, 27, 30, 33},
     {17, 19, 51, 39, 57, 10}},
    {"s-k", {26, 17, 5, 38, 56, 21, 11, 26, 1}, {7, 18, 36, 35},
     {18, 35, 36, 7}},
    {"l|k", {12, 20, 38, 6, 41, 50, 44, 21, 46, 4, 3, 31, 8}, {4, 20, 12, 54, 29, 41, 24, 59, 57, 14, 57, 44, 39, 53, 51, 30},
     {3, 4, 6, 8, 12, 14, 20, 21, 24, 29, 30, 31, 38, 39, 41, 44, 46, 50, 51, 53, 54, 57, 59}},
    {"k&k", {}, {43, 10, 7, 5, 21, 9},
     {}},
    {"s^k", {48, 6, 36, 48, 28, 47, 20, 52, 49, 51, 11, 45, 57, 59, 35, 37, 40, 55, 55}, {23, 6, 52},
     {35, 36, 37, 40, 11, 45, 47, 48, 49, 51, 20, 55, 23, 57, 59, 28}},
    {"k&l", {13, 20, 23, 11, 29, 57}, {47, 48, 5, 15, 25, 34, 29, 24, 0, 7, 38, 23, 8, 43, 0, 31, 24, 21, 47, 4, 31},
     {29, 23}},
    {"k^s", {}, {51, 30, 22},
     {51, 30, 22}},
    {"k-s", {24, 9, 18, 57, 31, 41, 44, 49, 50, 5}, {7, 18, 26, 21, 54, 4, 33, 27, 3, 14, 26, 15, 17, 42, 46, 4, 9, 17},
     {5, 41, 44, 49, 50, 24, 57, 31}},
    {"k&k", {30, 27, 11, 34, 54, 24, 54, 59, 15, 5, 28, 22, 8, 51, 5, 0, 52}, {9, 23, 51, 1, 1, 16, 35, 29, 24, 55, 33, 5, 3, 13, 12, 51, 28, 0, 30, 33, 5, 17, 38, 53},
     {0, 5, 51, 24, 28, 30}},
    {"i^i", {1, 3, 10, 25, 49, 49, 32, 27, 55, 37, 57, 42, 41, 39, 40, 37}, {13},
     {49, 1, 42, 0, 40, 1, 13, 1, 55, 1, 1, 1, 10, 1, 41, 2, 57, 0, 3, 0, 27, 0, 39, 0, 25, 1, 37, 1, 32, 2}},
    {"k&s", {49, 46, 26, 51, 55, 52, 52, 27, 58, 57, 24, 0, 52}, {10, 57, 21, 9, 19, 49, 12, 27, 53, 4, 23, 13, 25, 26, 12, 17, 8, 30, 23, 18, 0, 42, 40, 7},
     {0, 49, 57, 26, 27}},
    {"l|k", {29, 4, 4, 43, 24, 2, 57, 26, 56, 9, 12, 41, 1, 47, 53, 31, 20, 38, 29, 8, 29, 15, 4, 58}, {39, 1, 0, 11, 51, 27, 5, 17, 8, 48, 41},
     {0, 1, 2, 4, 5, 8, 9, 11, 12, 15, 17, 20, 24, 26, 27, 29, 31, 38, 39, 41, 43, 47, 48, 51, 53, 56, 57, 58}},
    {"s^k", {49, 13, 9, 18, 33, 57, 57, 44, 35, 5}, {7, 6, 41, 25, 23, 19, 23, 58, 30},
     {33, 35, 5, 6, 7, 41, 9, 44, 13, 49, 18, 19, 23, 25, 58, 30, 57}},
    {"i|i", {36, 8, 16, 1, 34, 0, 46}, {8, 15, 30, 42, 45, 3, 0, 0, 49, 13, 26, 14},
     {49, 1, 42, 0, 34, 1, 45, 1, 13, 1, 0, 0, 46, 1, 3, 1, 1, 1, 15, 1, 8, 0, 30, 0, 36, 0, 14, 0, 26, 0, 8, 2, 16, 1}},
    {"s-k", {3, 51, 32, 15, 2, 44, 24, 56, 22}, {1, 35, 19, 28, 28, 6, 41, 7, 59, 57, 23, 36, 33, 17, 45, 37, 59, 38, 24, 24, 19, 54, 10, 37},
     {1, 6, 7, 10, 17, 19, 23, 28, 33, 35, 36, 37, 38, 41, 45, 54, 57, 59}},
    {"k&l", {28, 3, 47, 13, 33, 39, 24, 6, 59, 32, 19, 52, 35, 23, 53, 26, 8, 29, 22, 4}, {0, 36, 36, 13, 36, 29, 2, 3, 47, 5, 7, 21, 56, 9, 23},
     {3, 13, 47, 23, 29}},
    {"k^k", {52, 17, 30, 50, 9, 47, 7, 16}, {53, 1, 40, 16, 24, 10, 40, 50},
     {1, 7, 40, 9, 10, 47, 17, 52, 53, 24, 30}},
    {"s-k", {16, 37, 56, 56, 28, 58, 57, 53, 11, 38, 8, 36, 3, 57, 47, 22, 35, 7, 0, 29, 2, 44}, {31, 43, 55, 41, 2, 1, 37, 26, 7, 26, 46, 33, 39, 28, 39, 36, 14, 34, 44},
     {1, 14, 26, 31, 33, 34, 39, 41, 43, 46, 55}},
    {"k&k", {4, 46, 43, 37, 5, 2, 4, 45, 29, 19, 41, 33, 57, 34, 46, 53, 4, 41, 43, 53, 17, 7}, {48, 19, 16, 29, 19, 19, 0, 56, 48, 20, 33, 42},
     {33, 19, 29}},
    {"i^i", {24, 9, 41, 13, 16, 20, 39, 13, 29, 5, 9, 22, 5, 40}, {28, 39, 33, 41, 25, 11, 12, 8, 58, 31, 10, 43, 32},
     {28, 0, 8, 0, 10, 0, 32, 0, 25, 1, 16, 1, 40, 1, 22, 1, 12, 0, 31, 1, 58, 0, 41, 2, 11, 1, 33, 1, 13, 1, 39, 1, 5, 2, 9, 0, 43, 1, 41, 1, 24, 0, 29, 2, 39, 0, 20, 2}},
    {"i|i", {22, 58, 1, 9, 27, 17, 36, 31, 32, 34, 57, 13, 35, 15, 42, 10, 26, 35}, {53, 20, 18, 39, 6, 12, 16, 27},
     {58, 1, 34, 1, 27, 1, 35, 2, 26, 2, 53, 1, 22, 1, 31, 1, 12, 0, 36, 0, 17, 2, 27, 0, 32, 2, 13, 1, 16, 0, 39, 1, 18, 0, 20, 0, 9, 0, 42, 0, 1, 1, 10, 1, 57, 0, 15, 0, 6, 0}},
    {"s^k", {16, 31, 40, 45, 41, 5, 52, 7, 44, 49, 7, 21, 6, 6, 55, 40}, {54, 48, 37, 11, 3, 49, 34, 24, 11},
     {3, 5, 6, 7, 11, 16, 21, 24, 31, 34, 37, 40, 41, 44, 45, 48, 52, 54, 55}},
    {"k^k", {49, 16, 6, 26, 54, 21, 56, 6, 19, 4, 18, 45, 21, 26, 55, 26, 4, 4, 19, 4, 11, 2, 6}, {57, 32, 26, 6, 29, 26, 4, 14, 26, 1, 36, 34, 18, 41, 6, 43, 32, 20, 59, 23, 4, 29, 24},
     {1, 2, 11, 14, 16, 19, 20, 21, 23, 24, 29, 32, 34, 36, 41, 43, 45, 49, 54, 55, 56, 57, 59}},
    {"k&k", {49, 15, 7, 39, 34}, {5, 41, 42},
     {}},
    {"i&i", {7, 17, 19, 35, 29, 52, 27, 2, 13, 56, 32, 58, 8}, {42, 40, 11, 58, 12, 20, 56, 51, 45, 33, 4, 8},
     {}},
    {"k^s", {54}, {29, 19, 28, 35, 58, 51, 36, 40, 32, 16, 18, 10, 47, 40, 16, 29, 30, 25, 48, 45},
     {32, 35, 36, 40, 10, 45, 47, 16, 48, 18, 19, 51, 54, 25, 58, 28, 29, 30}},
    {"k&k", {38, 12, 29, 44}, {49, 6, 28, 14, 8, 15, 10, 41, 5, 46, 28, 16, 39, 29, 54, 43, 10, 51, 44, 30, 6, 19, 37},
     {44, 29}},
    {"l-k", {22, 44, 3, 34, 46, 35, 7, 13, 48, 1, 21, 36, 37, 30, 40, 53, 31, 55, 55, 33}, {18, 38, 21, 3, 56, 18, 8, 33, 26, 18, 26, 23, 49, 8, 18, 41, 12, 48, 46},
     {38, 8, 41, 12, 49, 18, 23, 56, 26}},
    {"s&k", {}, {10, 19, 54, 26, 42, 18, 26, 52, 53, 37, 43, 29, 21, 58, 46},
     {}},
    {"k^k", {44, 39, 50, 50, 0, 10, 36, 31, 41, 0, 34, 50, 30, 49, 29, 53, 23, 2, 14, 34, 0, 30}, {47, 12, 10},
     {0, 2, 12, 14, 23, 29, 30, 31, 34, 36, 39, 41, 44, 47, 49, 50, 53}},
    {"l|k", {15, 42, 53, 25, 41, 6, 24, 26, 41, 55, 14, 41, 17, 58, 0, 13}, {15, 37, 4, 47, 59, 32, 23, 27, 37, 19, 14, 47, 6, 23, 35, 38, 35, 48, 51, 28, 50},
     {0, 4, 6, 13, 14, 15, 17, 19, 23, 24, 25, 26, 27, 28, 32, 35, 37, 38, 41, 42, 47, 48, 50, 51, 53, 55, 58, 59}},
    {"s&k", {33, 53, 0, 9, 27, 3, 29, 0}, {49, 12, 6, 11, 29, 56},
     {29}},
    {"i|i", {30, 18, 33, 4, 1, 49, 50, 44, 49, 39, 39, 29, 53, 39, 39}, {45, 58, 54, 54, 39, 13, 1, 41, 56, 28, 32, 12, 4, 44, 21, 12, 6, 34, 23},
     {4, 0, 45, 1, 23, 1, 28, 0, 30, 0, 44, 2, 32, 0, 49, 1, 54, 0, 12, 0, 56, 0, 34, 0, 58, 0, 50, 2, 13, 1, 39, 1, 18, 0, 4, 1, 6, 0, 33, 0, 41, 1, 1, 1, 44, 0, 29, 2, 39, 0, 53, 2, 21, 1}},
    {"k&l", {14, 25, 0, 2, 27}, {19},
     {}},
};

TEST_F(DictTest, ViewSetOperationsMatchCPython) {
  for (const ViewCase& c : kViewCases) {
    Dict* da = make_dict();
    for (int64_t x : c.a) dict_set(da, I(x), I(x % 3));
    Dict* db = make_dict();
    for (int64_t x : c.b) dict_set(db, I(x), I(x % 2));
    Value k = method(Value::object(da), "keys");
    Value k2 = method(Value::object(db), "keys");
    Value i = method(Value::object(da), "items");
    Value i2 = method(Value::object(db), "items");
    List* bl = make_list();
    for (int64_t x : c.b) list_append(bl, I(x));
    Value l = Value::object(bl);
    Value s = Value::object(set_from_iterable(l));
    std::string op = c.op;
    auto pick = [&](char ch, bool second) -> Value {
      switch (ch) {
        case 'k': return second ? k2 : k;
        case 's': return s;
        case 'l': return l;
        default: return second ? i2 : i;
      }
    };
    Value x = pick(op[0], false);
    Value y = pick(op[2], op[0] == op[2]);
    BinaryOp bop = op[1] == '&' ? BinaryOp::AND : op[1] == '|' ? BinaryOp::OR : op[1] == '-' ? BinaryOp::SUB : BinaryOp::XOR;
    Value r = binary_op(bop, x, y);
    std::vector<int64_t> got;
    Value it = get_iter(r);
    for (Value e; !(e = iter_next(it)).is_empty();) {
      if (e.is_int()) {
        got.push_back(e.as_int());
      } else {
        got.push_back((*e.as<Tuple>())[0].as_int());
        got.push_back((*e.as<Tuple>())[1].as_int());
      }
    }
    EXPECT_EQ(got, c.result) << op;
  }
}

}  // namespace
}  // namespace coil
