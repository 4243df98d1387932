// Coil — unit tests for list: methods, slicing (including extended slices
// and slice assignment), sorting (stability, fast paths, key, reverse,
// mutation detection), comparison, repr and CPython's error messages.
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

class ListTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gc_init();
    init_types();
  }
};

using namespace test_util;

Value L(std::initializer_list<int64_t> xs) { return Value::object(list_of(xs)); }
Value N() { return Value::none(); }

TEST_F(ListTest, AppendInsertPopRemove) {
  Value l = L({});
  for (int i = 0; i < 100; i++) method(l, "append", {I(i)});
  EXPECT_EQ(length(l), 100);
  EXPECT_EQ(method(l, "pop").as_int(), 99);
  EXPECT_EQ(method(l, "pop", {I(0)}).as_int(), 0);
  EXPECT_EQ(method(l, "pop", {I(-2)}).as_int(), 97);
  EXPECT_PYERR(method(l, "pop", {I(500)}), IndexError, "pop index out of range");
  EXPECT_PYERR(method(L({}), "pop"), IndexError, "pop from empty list");
  Value m = L({1, 2, 3});
  method(m, "insert", {I(0), I(0)});
  method(m, "insert", {I(-1), I(9)});
  method(m, "insert", {I(100), I(7)});
  method(m, "insert", {I(-100), I(-1)});
  EXPECT_EQ(ints(m), std::vector<int64_t>({-1, 0, 1, 2, 9, 3, 7}));
  method(m, "remove", {I(9)});
  EXPECT_EQ(ints(m), std::vector<int64_t>({-1, 0, 1, 2, 3, 7}));
  EXPECT_PYERR(method(m, "remove", {I(9)}), ValueError, "list.remove(x): x not in list");
  EXPECT_PYERR(method(m, "append"), TypeError, "list.append() takes exactly one argument (0 given)");
  EXPECT_PYERR(method(m, "insert", {I(1)}), TypeError, "insert expected 2 arguments, got 1");
  EXPECT_PYERR(method(m, "pop", {I(1), I(2)}), TypeError, "pop expected at most 1 argument, got 2");
  EXPECT_PYERR(method(m, "copy", {I(1)}), TypeError, "list.copy() takes no arguments (1 given)");
}

TEST_F(ListTest, IndexCountReverseCopyClear) {
  Value l = L({5, 1, 5, 2, 5});
  EXPECT_EQ(method(l, "index", {I(5)}).as_int(), 0);
  EXPECT_EQ(method(l, "index", {I(5), I(1)}).as_int(), 2);
  EXPECT_EQ(method(l, "index", {I(5), I(-2)}).as_int(), 4);
  EXPECT_EQ(method(l, "index", {I(2), I(0), I(4)}).as_int(), 3);
  EXPECT_PYERR(method(l, "index", {I(2), I(0), I(3)}), ValueError, "2 is not in list");
  EXPECT_PYERR(method(l, "index", {I(1), S("a")}), TypeError,
               "slice indices must be integers or have an __index__ method");
  EXPECT_EQ(method(l, "count", {I(5)}).as_int(), 3);
  method(l, "reverse");
  EXPECT_EQ(ints(l), std::vector<int64_t>({5, 2, 5, 1, 5}));
  Value c = method(l, "copy");
  EXPECT_FALSE(c.is(l));
  method(l, "clear");
  EXPECT_EQ(length(l), 0);
  EXPECT_EQ(length(c), 5);
}

TEST_F(ListTest, SubscriptsAndSlices) {
  Value l = L({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  EXPECT_EQ(getitem(l, I(-1)).as_int(), 9);
  EXPECT_PYERR(getitem(l, I(10)), IndexError, "list index out of range");
  EXPECT_PYERR(getitem(l, S("a")), TypeError, "list indices must be integers or slices, not str");
  EXPECT_PYERR(setitem(l, I(10), I(0)), IndexError, "list assignment index out of range");
  EXPECT_EQ(ints(getitem(l, make_slice(I(2), I(5), N()))), std::vector<int64_t>({2, 3, 4}));
  EXPECT_EQ(ints(getitem(l, make_slice(N(), N(), I(3)))), std::vector<int64_t>({0, 3, 6, 9}));
  EXPECT_EQ(ints(getitem(l, make_slice(I(-2), N(), I(-4)))), std::vector<int64_t>({8, 4, 0}));
  EXPECT_EQ(ints(getitem(l, make_slice(I(5), I(2), N()))), std::vector<int64_t>({}));
  EXPECT_PYERR(getitem(l, make_slice(I(1), I(2), I(0))), ValueError, "slice step cannot be zero");

  // Slice assignment of any length.
  Value m = L({0, 1, 2, 3, 4});
  setitem(m, make_slice(I(1), I(3), N()), L({7, 7, 7, 7}));
  EXPECT_EQ(ints(m), std::vector<int64_t>({0, 7, 7, 7, 7, 3, 4}));
  setitem(m, make_slice(I(1), I(5), N()), L({}));
  EXPECT_EQ(ints(m), std::vector<int64_t>({0, 3, 4}));
  setitem(m, make_slice(N(), N(), N()), m);  // m[:] = m
  EXPECT_EQ(ints(m), std::vector<int64_t>({0, 3, 4}));
  setitem(m, make_slice(I(3), I(1), N()), L({8}));  // empty slice: insert at 3
  EXPECT_EQ(ints(m), std::vector<int64_t>({0, 3, 4, 8}));
  setitem(m, make_slice(I(0), I(0), N()), Value::object(make_tuple({I(-1)})));
  EXPECT_EQ(ints(m), std::vector<int64_t>({-1, 0, 3, 4, 8}));
  EXPECT_PYERR(setitem(m, make_slice(I(0), I(1), N()), I(1)), TypeError, "can only assign an iterable");

  // Extended slices: sizes must match.
  Value e = L({1, 2, 3});
  EXPECT_PYERR(setitem(e, make_slice(N(), N(), I(2)), L({1, 2, 3})), ValueError,
               "attempt to assign sequence of size 3 to extended slice of size 2");
  setitem(e, make_slice(N(), N(), I(2)), L({9, 8}));
  EXPECT_EQ(ints(e), std::vector<int64_t>({9, 2, 8}));
  setitem(e, make_slice(N(), N(), I(-1)), e);
  EXPECT_EQ(ints(e), std::vector<int64_t>({8, 2, 9}));

  // Deletion.
  Value d = L({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  delitem(d, make_slice(N(), N(), I(3)));
  EXPECT_EQ(ints(d), std::vector<int64_t>({1, 2, 4, 5, 7, 8}));
  delitem(d, make_slice(N(), N(), I(-2)));
  EXPECT_EQ(ints(d), std::vector<int64_t>({1, 4, 7}));
  delitem(d, I(-1));
  EXPECT_EQ(ints(d), std::vector<int64_t>({1, 4}));
  delitem(d, make_slice(I(0), I(1), N()));
  EXPECT_EQ(ints(d), std::vector<int64_t>({4}));
  EXPECT_PYERR(delitem(d, I(3)), IndexError, "list assignment index out of range");
}

TEST_F(ListTest, Operators) {
  Value a = L({1, 2});
  EXPECT_EQ(ints(binary_op(BinaryOp::ADD, a, L({3}))), std::vector<int64_t>({1, 2, 3}));
  EXPECT_EQ(ints(binary_op(BinaryOp::MUL, a, I(3))), std::vector<int64_t>({1, 2, 1, 2, 1, 2}));
  EXPECT_EQ(ints(binary_op(BinaryOp::MUL, I(2), a)), std::vector<int64_t>({1, 2, 1, 2}));
  EXPECT_EQ(length(binary_op(BinaryOp::MUL, a, I(-1))), 0);
  EXPECT_PYERR(binary_op(BinaryOp::ADD, a, Value::object(empty_tuple())), TypeError,
               "can only concatenate list (not \"tuple\") to list");
  EXPECT_PYERR(binary_op(BinaryOp::MUL, a, S("x")), TypeError, "can't multiply sequence by non-int of type 'str'");
  Value b = L({1});
  Value r = inplace_op(BinaryOp::ADD, b, Value::object(make_tuple({I(2), I(3)})));
  EXPECT_TRUE(r.is(b));
  EXPECT_EQ(ints(b), std::vector<int64_t>({1, 2, 3}));
  inplace_op(BinaryOp::MUL, b, I(2));
  EXPECT_EQ(ints(b), std::vector<int64_t>({1, 2, 3, 1, 2, 3}));
  EXPECT_PYERR(inplace_op(BinaryOp::ADD, b, I(1)), TypeError, "'int' object is not iterable");
  EXPECT_TRUE(contains(b, I(3)));
  EXPECT_FALSE(contains(b, I(4)));
  EXPECT_PYERR(hash_value(b), TypeError, "unhashable type: 'list'");
}

TEST_F(ListTest, Comparisons) {
  EXPECT_TRUE(compare_bool(L({1, 2}), L({1, 3}), CompareOp::LT));
  EXPECT_TRUE(compare_bool(L({1, 2}), L({1, 2, 0}), CompareOp::LT));
  EXPECT_TRUE(compare_bool(L({2}), L({1, 9}), CompareOp::GT));
  EXPECT_TRUE(compare_bool(L({1, 2}), L({1, 2}), CompareOp::EQ));
  EXPECT_TRUE(compare_bool(L({1, 2}), L({1, 2}), CompareOp::LE));
  EXPECT_FALSE(compare_bool(L({1, 2}), L({1}), CompareOp::EQ));
  EXPECT_FALSE(equals(L({1}), Value::object(make_tuple({I(1)}))));
  Value mixed = Value::object(make_list());
  list_append(mixed.as<List>(), I(1));
  list_append(mixed.as<List>(), S("a"));
  EXPECT_PYERR(compare_bool(L({1, 2}), mixed, CompareOp::LT), TypeError,
               "'<' not supported between instances of 'int' and 'str'");
}

TEST_F(ListTest, Repr) {
  EXPECT_EQ(rep(L({})), "[]");
  List* l = make_list();
  list_append(l, S("a"));
  list_append(l, Value::object(l));
  EXPECT_EQ(rep(Value::object(l)), "['a', [...]]");
}

TEST_F(ListTest, SortFastPathsAndStability) {
  Value l = L({5, -3, 9, 0, 2, 2, -100, 7});
  list_sort(l.as<List>(), Value::empty(), false);
  EXPECT_EQ(ints(l), std::vector<int64_t>({-100, -3, 0, 2, 2, 5, 7, 9}));
  list_sort(l.as<List>(), Value::empty(), true);
  EXPECT_EQ(ints(l), std::vector<int64_t>({9, 7, 5, 2, 2, 0, -3, -100}));

  // Large inputs of every shape, checked against std::stable_sort.
  for (int shape = 0; shape < 5; shape++) {
    std::vector<int64_t> xs;
    uint64_t seed = 88172645463325252ull + shape;
    for (int i = 0; i < 5000; i++) {
      seed ^= seed << 13;
      seed ^= seed >> 7;
      seed ^= seed << 17;
      int64_t v = static_cast<int64_t>(seed % 1000);
      if (shape == 1) v = i;              // sorted
      if (shape == 2) v = 5000 - i;       // reversed
      if (shape == 3) v = (i % 100 == 0) ? v : i;  // nearly sorted
      if (shape == 4) v = i % 7;          // many duplicates
      xs.push_back(v);
    }
    List* lst = make_list();
    for (int64_t x : xs) list_append(lst, I(x));
    list_sort(lst, Value::empty(), false);
    std::vector<int64_t> expect = xs;
    std::stable_sort(expect.begin(), expect.end());
    EXPECT_EQ(ints(Value::object(lst)), expect) << "shape " << shape;
  }

  // Floats and strs.
  List* f = make_list();
  for (double d : {2.5, -1.0, 3.25, 0.0}) list_append(f, Value::number(d));
  list_sort(f, Value::empty(), false);
  EXPECT_EQ(f->items[0].as_double(), -1.0);
  EXPECT_EQ(f->items[3].as_double(), 3.25);
  List* s = make_list();
  for (const char* x : {"pear", "apple", "\xc3\xa9t\xc3\xa9", "Zebra", "app"}) list_append(s, S(x));
  list_sort(s, Value::empty(), false);
  EXPECT_EQ(rep(Value::object(s)), "['Zebra', 'app', 'apple', 'pear', '\xc3\xa9t\xc3\xa9']");
}

TEST_F(ListTest, SortWithKeyIsStable) {
  List* l = make_list();
  int64_t data[][2] = {{3, 0}, {1, 1}, {3, 2}, {2, 3}, {1, 4}, {3, 5}};
  for (auto& p : data) list_append(l, Value::object(make_tuple({I(p[0]), I(p[1])})));
  // Reversed: whole tuples compare, so (3, 5) > (3, 2) > (3, 0).
  List* c = make_list(l->items, l->length);
  list_sort(c, Value::empty(), true);
  std::vector<int64_t> seconds;
  for (int64_t i = 0; i < c->length; i++) seconds.push_back((*c->items[i].as<Tuple>())[1].as_int());
  EXPECT_EQ(seconds, std::vector<int64_t>({5, 2, 0, 3, 4, 1}));
  // key=len on strings.
  List* s = make_list();
  for (const char* x : {"ccc", "a", "bb", "d", "ee", "fff"}) list_append(s, S(x));
  Value len_fn = getattr(Value::object(types::str), intern("__len__"));
  list_sort(s, len_fn, false);
  EXPECT_EQ(rep(Value::object(s)), "['a', 'd', 'bb', 'ee', 'ccc', 'fff']");
  list_sort(s, len_fn, true);
  EXPECT_EQ(rep(Value::object(s)), "['ccc', 'fff', 'bb', 'ee', 'a', 'd']");
}

TEST_F(ListTest, SortErrors) {
  List* l = make_list();
  list_append(l, I(1));
  list_append(l, S("a"));
  list_append(l, I(0));
  EXPECT_PYERR(list_sort(l, Value::empty(), false), TypeError,
               "'<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(l->length, 3);  // still all three items
  // A key function that mutates the list.
  Value lv = Value::object(l);
  List* m = list_of({3});
  EXPECT_PYERR(list_sort(m, getattr(Value::object(m), intern("append")), false), ValueError,
               "list modified during sort");
  EXPECT_EQ(ints(Value::object(m)), std::vector<int64_t>({3}));  // the append is discarded
  List* m3 = list_of({3, 1, 2});
  EXPECT_PYERR(list_sort(m3, getattr(Value::object(m3), intern("append")), false), TypeError,
               "'<' not supported between instances of 'NoneType' and 'NoneType'");
  EXPECT_EQ(ints(Value::object(m3)), std::vector<int64_t>({3, 1, 2}));
  EXPECT_PYERR(method(lv, "sort", {I(1)}), TypeError, "sort() takes no positional arguments");
}

TEST_F(ListTest, ConstructorAndExtend) {
  Value list_t = Value::object(types::list);
  EXPECT_EQ(ints(call(list_t, {Value::object(make_tuple({I(1), I(2)}))})), std::vector<int64_t>({1, 2}));
  EXPECT_EQ(length(call(list_t, nullptr, 0)), 0);
  EXPECT_PYERR(call(list_t, {I(1), I(2)}), TypeError, "list expected at most 1 argument, got 2");
  EXPECT_PYERR(call(list_t, {I(1)}), TypeError, "'int' object is not iterable");
  Value l = L({1});
  method(l, "extend", {l});
  EXPECT_EQ(ints(l), std::vector<int64_t>({1, 1}));
  Value s = call(Value::object(types::set), {L({5})});
  method(l, "extend", {s});
  EXPECT_EQ(ints(l), std::vector<int64_t>({1, 1, 5}));
  EXPECT_EQ(ints(call(list_t, {S("ab")})).size(), 0u + 2);
}

TEST_F(ListTest, Iterators) {
  Value l = L({1, 2, 3});
  Value it = get_iter(l);
  EXPECT_EQ(type_of(it), types::list_iterator);
  EXPECT_TRUE(is_builtin_iterator(types::list_iterator));
  EXPECT_EQ(iter_next(it).as_int(), 1);
  method(l, "append", {I(4)});  // lists may grow while iterated
  EXPECT_EQ(iter_next(it).as_int(), 2);
  EXPECT_EQ(iter_next(it).as_int(), 3);
  EXPECT_EQ(iter_next(it).as_int(), 4);
  EXPECT_TRUE(iter_next(it).is_empty());
  EXPECT_EQ(ints(builtin_reversed(L({1, 2, 3}))), std::vector<int64_t>({3, 2, 1}));
  EXPECT_PYERR(method(get_iter(L({})), "__next__"), StopIteration, "");
}

TEST_F(ListTest, EnumerateZipMapFilter) {
  Value enumerate_t = Value::object(types::enumerate);
  Value e = call(enumerate_t, {L({7, 8})});
  Value first = iter_next(e);
  EXPECT_EQ(rep(first), "(0, 7)");
  Value kw = Value::object(make_tuple({Value::object(intern("start"))}));
  Value args[2] = {L({7}), I(10)};
  Value e2 = call(enumerate_t, args, 1, kw.as<Tuple>());
  EXPECT_EQ(rep(iter_next(e2)), "(10, 7)");
  EXPECT_PYERR(call(enumerate_t, nullptr, 0), TypeError, "enumerate() missing required argument 'iterable'");

  Value z = call(Value::object(types::zip), {L({1, 2, 3}), L({4, 5})});
  EXPECT_EQ(rep(call(Value::object(types::list), {z})), "[(1, 4), (2, 5)]");
  Value strict_kw = Value::object(make_tuple({Value::object(intern("strict"))}));
  Value zargs[3] = {L({1, 2}), L({1}), Value::boolean(true)};
  Value zs = call(Value::object(types::zip), zargs, 2, strict_kw.as<Tuple>());
  EXPECT_PYERR(call(Value::object(types::list), {zs}), ValueError, "zip() argument 2 is shorter than argument 1");
  Value zargs2[4] = {L({1}), L({1}), L({1, 2}), Value::boolean(true)};
  Value zs2 = call(Value::object(types::zip), zargs2, 3, strict_kw.as<Tuple>());
  EXPECT_PYERR(call(Value::object(types::list), {zs2}), ValueError,
               "zip() argument 3 is longer than arguments 1-2");

  Value abs_like = getattr(Value::object(types::list), intern("__len__"));
  Value m = call(Value::object(types::map), {abs_like, Value::object(make_tuple({L({1}), L({1, 2})}))});
  EXPECT_EQ(ints(m), std::vector<int64_t>({1, 2}));
  EXPECT_PYERR(call(Value::object(types::map), {abs_like}), TypeError, "map() must have at least two arguments.");

  Value f = call(Value::object(types::filter), {N(), L({0, 1, 0, 2})});
  EXPECT_EQ(ints(f), std::vector<int64_t>({1, 2}));
  EXPECT_PYERR(call(Value::object(types::filter), {N()}), TypeError, "filter expected 2 arguments, got 1");
  EXPECT_PYERR(call(Value::object(types::reversed), {I(1)}), TypeError, "'int' object is not reversible");
  EXPECT_PYERR(make_callable_iterator(I(1), I(2)), TypeError, "iter(v, w): v must be callable");
}

struct SliceCase {
  int64_t n, start, stop, step;
  char kind;  // 'g'et, 's'et, 'd'el
  std::vector<int64_t> value, result;
  const char* error;
};

// Generated by CPython 3.11: list(range(n)), then [a:b:c] get / set to `value` / del
// (-999 stands for None); `result` is the slice or the list afterwards.
const SliceCase kSliceCases[] = {
    {5, -999, -999, -999, 'd', {}, {}, ""},
    {1, -1, -11, 2, 'g', {}, {}, ""},
    {1, -999, -999, -999, 'd', {}, {}, ""},
    {6, -11, -999, -999, 'd', {}, {}, ""},
    {9, -999, -999, 5, 'g', {}, {0, 5}, ""},
    {4, -999, -999, 3, 'd', {}, {1, 2}, ""},
    {10, -999, 6, 2, 's', {100, 101, 102}, {100, 1, 101, 3, 102, 5, 6, 7, 8, 9}, ""},
    {1, -999, -999, -3, 'd', {}, {}, ""},
    {8, -999, 2, -3, 's', {100, 101}, {0, 1, 2, 3, 101, 5, 6, 100}, ""},
    {2, -999, -10, 3, 'd', {}, {0, 1}, ""},
    {7, -2, -999, -999, 'g', {}, {5, 6}, ""},
    {8, -999, -999, 1, 's', {100, 101, 102}, {100, 101, 102}, ""},
    {0, -999, 12, -1, 's', {}, {}, ""},
    {9, 3, -999, -999, 's', {100, 101, 102}, {0, 1, 2, 100, 101, 102}, ""},
    {10, -999, 11, 3, 'd', {}, {1, 2, 4, 5, 7, 8}, ""},
    {9, -999, -3, -2, 'd', {}, {0, 1, 2, 3, 4, 5, 6, 7}, ""},
    {5, -999, -999, -999, 's', {}, {}, ""},
    {3, -999, -8, 2, 's', {}, {0, 1, 2}, ""},
    {7, -999, -999, 5, 's', {100, 101, 102}, {}, "attempt to assign sequence of size 3 to extended slice of size 2"},
    {6, -999, -999, -1, 'd', {}, {}, ""},
    {6, -999, -999, 1, 'g', {}, {0, 1, 2, 3, 4, 5}, ""},
    {10, -999, 3, 1, 's', {100, 101}, {100, 101, 3, 4, 5, 6, 7, 8, 9}, ""},
    {0, -999, -999, -1, 'g', {}, {}, ""},
    {8, 7, 9, -999, 's', {100, 101, 102, 103}, {0, 1, 2, 3, 4, 5, 6, 100, 101, 102, 103}, ""},
    {6, -999, -999, -3, 'd', {}, {0, 1, 3, 4}, ""},
    {6, -999, -999, -3, 'g', {}, {5, 2}, ""},
    {1, -2, -999, -999, 'd', {}, {}, ""},
    {2, -999, -1, -999, 'g', {}, {0}, ""},
    {3, -999, -8, 3, 's', {}, {0, 1, 2}, ""},
    {7, -999, -999, -3, 's', {100, 101, 102}, {102, 1, 2, 101, 4, 5, 100}, ""},
    {2, -9, -2, 3, 's', {}, {0, 1}, ""},
    {2, -999, -6, -1, 'g', {}, {1, 0}, ""},
    {8, -12, -3, -999, 'd', {}, {5, 6, 7}, ""},
    {4, -999, -999, 2, 'd', {}, {1, 3}, ""},
    {8, 12, -2, 2, 'd', {}, {0, 1, 2, 3, 4, 5, 6, 7}, ""},
    {3, -999, -999, 2, 'd', {}, {1}, ""},
    {7, -1, -999, 3, 's', {100}, {0, 1, 2, 3, 4, 5, 100}, ""},
    {9, -999, -999, -1, 'g', {}, {8, 7, 6, 5, 4, 3, 2, 1, 0}, ""},
    {3, -999, -999, -1, 'g', {}, {2, 1, 0}, ""},
    {7, 7, -999, -1, 'd', {}, {}, ""},
    {1, -999, 0, 2, 's', {100}, {}, "attempt to assign sequence of size 1 to extended slice of size 0"},
    {6, -999, -10, -2, 's', {100, 101, 102}, {0, 102, 2, 101, 4, 100}, ""},
    {1, -999, -999, -999, 'g', {}, {0}, ""},
    {9, 2, -8, -3, 'd', {}, {0, 1, 3, 4, 5, 6, 7, 8}, ""},
    {5, -8, -999, -999, 'g', {}, {0, 1, 2, 3, 4}, ""},
    {10, -9, -999, -2, 'g', {}, {1}, ""},
    {3, -999, -999, 5, 'g', {}, {0}, ""},
    {9, -999, -999, 1, 'g', {}, {0, 1, 2, 3, 4, 5, 6, 7, 8}, ""},
    {5, 2, 6, -2, 'd', {}, {0, 1, 2, 3, 4}, ""},
    {2, -999, 4, -999, 's', {100}, {100}, ""},
    {9, -999, -999, -3, 'd', {}, {0, 1, 3, 4, 6, 7}, ""},
    {1, -999, -2, 5, 'd', {}, {0}, ""},
    {8, -999, -999, 2, 'g', {}, {0, 2, 4, 6}, ""},
    {4, -999, -999, 5, 'g', {}, {0}, ""},
    {1, -999, 7, 5, 'g', {}, {0}, ""},
    {4, 2, -999, 5, 'g', {}, {2}, ""},
    {8, -4, -999, 1, 's', {}, {0, 1, 2, 3}, ""},
    {6, -999, -10, 2, 's', {}, {0, 1, 2, 3, 4, 5}, ""},
    {10, -999, -999, -1, 'g', {}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, ""},
    {4, -999, -5, -999, 's', {100, 101, 102}, {100, 101, 102, 0, 1, 2, 3}, ""},
    {2, -999, -7, -2, 'd', {}, {0}, ""},
    {6, -999, -999, -1, 'g', {}, {5, 4, 3, 2, 1, 0}, ""},
    {5, -999, -999, -3, 'd', {}, {0, 2, 3}, ""},
    {0, -999, 4, 3, 'd', {}, {}, ""},
    {1, -999, -999, 3, 's', {100}, {100}, ""},
    {2, -999, 1, 3, 's', {100}, {100, 1}, ""},
    {8, -999, -999, -999, 's', {}, {}, ""},
    {2, -999, -999, -999, 's', {}, {}, ""},
    {9, -999, -999, -3, 'g', {}, {8, 5, 2}, ""},
    {5, -999, -4, 1, 'g', {}, {0}, ""},
    {8, -999, -999, 3, 'g', {}, {0, 3, 6}, ""},
    {2, -999, -999, 5, 'g', {}, {0}, ""},
    {4, 2, -999, 3, 's', {100}, {0, 1, 100, 3}, ""},
    {4, -999, -12, 5, 'd', {}, {0, 1, 2, 3}, ""},
    {3, -999, -999, -999, 'd', {}, {}, ""},
    {10, 1, 3, -2, 'd', {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, ""},
    {4, -999, -999, 2, 'd', {}, {1, 3}, ""},
    {10, -999, -999, 1, 'g', {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, ""},
    {1, 8, -999, 1, 'g', {}, {}, ""},
    {1, -999, 4, 3, 'd', {}, {}, ""},
    {3, -999, -999, 1, 'g', {}, {0, 1, 2}, ""},
    {4, -999, -999, -1, 'd', {}, {}, ""},
    {5, -999, -999, -1, 'g', {}, {4, 3, 2, 1, 0}, ""},
    {0, -999, -999, 3, 'd', {}, {}, ""},
    {10, -999, -999, -999, 's', {}, {}, ""},
    {2, 0, -999, -999, 's', {100, 101}, {100, 101}, ""},
    {10, -999, 6, 1, 'd', {}, {6, 7, 8, 9}, ""},
    {9, -999, -999, 1, 's', {100, 101, 102, 103}, {100, 101, 102, 103}, ""},
    {10, -999, 10, -2, 'd', {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, ""},
    {8, -8, 12, -999, 'd', {}, {}, ""},
    {9, 10, 10, 2, 'g', {}, {}, ""},
    {0, -999, -999, -999, 's', {100, 101, 102}, {100, 101, 102}, ""},
    {8, -11, -12, 5, 'd', {}, {0, 1, 2, 3, 4, 5, 6, 7}, ""},
    {3, -999, -999, -999, 'd', {}, {}, ""},
    {8, -999, 9, -999, 'd', {}, {}, ""},
    {7, -999, -999, 2, 'g', {}, {0, 2, 4, 6}, ""},
    {10, -999, -999, -3, 'd', {}, {1, 2, 4, 5, 7, 8}, ""},
    {4, -999, 7, 2, 'g', {}, {0, 2}, ""},
    {9, -999, -4, 3, 'd', {}, {1, 2, 4, 5, 6, 7, 8}, ""},
    {9, -999, -999, -3, 's', {100, 101, 102, 103}, {}, "attempt to assign sequence of size 4 to extended slice of size 3"},
    {1, -999, -999, 3, 'd', {}, {}, ""},
    {8, -999, -999, -999, 'd', {}, {}, ""},
    {3, -999, -999, 3, 's', {100}, {100, 1, 2}, ""},
    {8, -999, -999, 2, 'g', {}, {0, 2, 4, 6}, ""},
    {9, -999, 11, 3, 's', {100, 101, 102}, {100, 1, 2, 101, 4, 5, 102, 7, 8}, ""},
    {10, -999, -9, -1, 'g', {}, {9, 8, 7, 6, 5, 4, 3, 2}, ""},
    {7, -999, -999, -999, 's', {100, 101, 102}, {100, 101, 102}, ""},
    {6, -3, -999, -1, 's', {100, 101, 102, 103}, {103, 102, 101, 100, 4, 5}, ""},
    {5, -999, -999, -2, 'g', {}, {4, 2, 0}, ""},
    {3, -999, -999, 3, 's', {100}, {100, 1, 2}, ""},
    {6, -999, -999, 3, 'g', {}, {0, 3}, ""},
    {4, -999, -999, 1, 'g', {}, {0, 1, 2, 3}, ""},
    {4, 1, -999, -1, 's', {100, 101, 102}, {}, "attempt to assign sequence of size 3 to extended slice of size 2"},
    {10, 0, -999, -999, 'g', {}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, ""},
    {6, 2, -999, 3, 's', {100, 101}, {0, 1, 100, 3, 4, 101}, ""},
    {8, -999, -999, -1, 's', {100, 101, 102, 103, 104, 105, 106, 107}, {107, 106, 105, 104, 103, 102, 101, 100}, ""},
    {10, -999, -999, 3, 's', {100, 101, 102, 103}, {100, 1, 2, 101, 4, 5, 102, 7, 8, 103}, ""},
    {6, -999, -999, -999, 'g', {}, {0, 1, 2, 3, 4, 5}, ""},
    {8, 3, -999, -1, 's', {100, 101, 102, 103}, {103, 102, 101, 100, 4, 5, 6, 7}, ""},
    {8, -999, -999, -1, 'd', {}, {}, ""},
};

struct SortCase {
  std::vector<int64_t> keys;
  bool reverse;
  std::vector<int64_t> order;
};

// Generated by CPython 3.11: sorted(range(n), key=keys.__getitem__, reverse=rev).
const SortCase kSortCases[] = {
    {{2, 1, 2, 2, 4}, true, {4, 0, 2, 3, 1}},
    {{5}, false, {0}},
    {{3, 5, 4, 1, 3, 2, 2, 0, 3, 2, 4, 2, 1, 5, 4, 4, 5, 1, 0, 2, 1, 3, 3, 5}, true, {1, 13, 16, 23, 2, 10, 14, 15, 0, 4, 8, 21, 22, 5, 6, 9, 11, 19, 3, 12, 17, 20, 7, 18}},
    {{0, 1, 0, 3, 5, 3, 4, 3, 0, 0, 3, 4, 3, 3, 1, 0, 1, 1, 1}, false, {0, 2, 8, 9, 15, 1, 14, 16, 17, 18, 3, 5, 7, 10, 12, 13, 6, 11, 4}},
    {{5, 5, 5, 3, 0, 4}, false, {4, 3, 5, 0, 1, 2}},
    {{}, false, {}},
    {{4, 0, 5, 5, 2, 1, 5, 2, 4, 5, 3, 5, 0, 0}, true, {2, 3, 6, 9, 11, 0, 8, 10, 4, 7, 5, 1, 12, 13}},
    {{4, 1, 3, 2, 1, 4, 0, 0, 4, 2, 3, 2, 2, 5, 1, 3, 4, 1, 4, 1, 0, 3, 5, 5, 2, 0, 0, 1, 3, 5, 5, 3, 0}, true, {13, 22, 23, 29, 30, 0, 5, 8, 16, 18, 2, 10, 15, 21, 28, 31, 3, 9, 11, 12, 24, 1, 4, 14, 17, 19, 27, 6, 7, 20, 25, 26, 32}},
    {{2, 1, 3, 0, 5, 2, 5, 3, 2, 5, 3, 1, 0, 2, 5, 4, 0, 1, 3, 1, 2, 1, 1, 3, 1, 2, 2}, true, {4, 6, 9, 14, 15, 2, 7, 10, 18, 23, 0, 5, 8, 13, 20, 25, 26, 1, 11, 17, 19, 21, 22, 24, 3, 12, 16}},
    {{3, 4, 1, 1, 3, 3, 5, 0, 4, 1, 3, 0, 1, 0, 4, 1, 3, 0, 5, 0, 1, 3, 3, 5, 2, 5, 0, 0, 1, 2, 1, 1, 5, 4, 5, 3, 0, 2, 5}, false, {7, 11, 13, 17, 19, 26, 27, 36, 2, 3, 9, 12, 15, 20, 28, 30, 31, 24, 29, 37, 0, 4, 5, 10, 16, 21, 22, 35, 1, 8, 14, 33, 6, 18, 23, 25, 32, 34, 38}},
    {{2, 3, 1, 0, 0, 0, 2, 0, 2, 3, 0, 4, 1, 3, 2, 2, 3, 0, 0, 5, 3, 1, 2}, false, {3, 4, 5, 7, 10, 17, 18, 2, 12, 21, 0, 6, 8, 14, 15, 22, 1, 9, 13, 16, 20, 11, 19}},
    {{1, 2, 2, 5, 3, 0, 5, 3, 1, 5, 3, 0, 3, 0, 3, 0, 0, 2, 1, 5, 0, 4, 2, 2, 2, 2, 4, 0}, true, {3, 6, 9, 19, 21, 26, 4, 7, 10, 12, 14, 1, 2, 17, 22, 23, 24, 25, 0, 8, 18, 5, 11, 13, 15, 16, 20, 27}},
    {{2, 2, 0, 5, 4, 5, 0, 0, 1, 0, 3, 5, 3, 3, 2, 3, 3, 1, 3, 1}, true, {3, 5, 11, 4, 10, 12, 13, 15, 16, 18, 0, 1, 14, 8, 17, 19, 2, 6, 7, 9}},
    {{5, 1, 4, 1, 2, 2, 3, 2, 4, 0, 4, 1, 3, 1, 1, 3, 0, 5, 0}, true, {0, 17, 2, 8, 10, 6, 12, 15, 4, 5, 7, 1, 3, 11, 13, 14, 9, 16, 18}},
    {{2, 1, 3, 0, 0, 2, 4, 0, 1, 0, 3, 3, 5, 3, 1, 1, 1, 3, 3, 4, 5, 1, 5, 4, 5, 0, 2, 2, 2, 4, 2, 2, 2, 5}, true, {12, 20, 22, 24, 33, 6, 19, 23, 29, 2, 10, 11, 13, 17, 18, 0, 5, 26, 27, 28, 30, 31, 32, 1, 8, 14, 15, 16, 21, 3, 4, 7, 9, 25}},
    {{1, 1, 1, 1, 1, 2, 4, 1, 2, 0, 3, 2, 1, 4, 4, 1, 5, 0, 5, 3, 0, 0, 0, 3, 1, 3, 2, 0}, false, {9, 17, 20, 21, 22, 27, 0, 1, 2, 3, 4, 7, 12, 15, 24, 5, 8, 11, 26, 10, 19, 23, 25, 6, 13, 14, 16, 18}},
    {{0, 0, 1, 4, 4, 1, 0, 2, 4, 1, 3, 4, 2, 5}, false, {0, 1, 6, 2, 5, 9, 7, 12, 10, 3, 4, 8, 11, 13}},
    {{5, 4, 5, 4, 2, 1}, true, {0, 2, 1, 3, 4, 5}},
    {{1, 0, 1, 2, 0, 4, 5, 5, 1, 0, 2, 3, 5, 2, 1, 4, 2, 0, 1, 0, 3}, false, {1, 4, 9, 17, 19, 0, 2, 8, 14, 18, 3, 10, 13, 16, 11, 20, 5, 15, 6, 7, 12}},
    {{3, 0, 3, 5}, false, {1, 0, 2, 3}},
    {{0, 5, 1, 3, 5, 2, 3, 2, 5, 2, 3, 0, 2, 5, 4, 2, 3, 3, 0, 2, 5, 1, 3, 5, 3, 1, 0, 3, 1, 3, 0, 0, 3, 4}, false, {0, 11, 18, 26, 30, 31, 2, 21, 25, 28, 5, 7, 9, 12, 15, 19, 3, 6, 10, 16, 17, 22, 24, 27, 29, 32, 14, 33, 1, 4, 8, 13, 20, 23}},
    {{1, 1, 0, 0, 4, 1, 5, 3, 0, 4, 4, 2, 5, 4, 1, 1, 2, 2, 1, 4, 1, 0, 0, 3, 3, 1, 2, 1, 0}, false, {2, 3, 8, 21, 22, 28, 0, 1, 5, 14, 15, 18, 20, 25, 27, 11, 16, 17, 26, 7, 23, 24, 4, 9, 10, 13, 19, 6, 12}},
    {{2, 0, 4, 5, 3, 0, 5, 4, 5, 1, 5, 1, 4, 3, 4, 1, 3, 1, 4, 1, 0, 3, 4, 1, 3, 2, 0, 1, 1, 5}, false, {1, 5, 20, 26, 9, 11, 15, 17, 19, 23, 27, 28, 0, 25, 4, 13, 16, 21, 24, 2, 7, 12, 14, 18, 22, 3, 6, 8, 10, 29}},
    {{0, 4, 5, 0, 5, 2, 0, 3, 4, 3, 4, 5}, false, {0, 3, 6, 5, 7, 9, 1, 8, 10, 2, 4, 11}},
    {{2, 4, 1, 3, 3, 5, 2, 3, 4, 3, 1, 0, 0, 4, 3, 3, 1, 3, 4, 3, 1, 3, 3, 0, 0, 1}, true, {5, 1, 8, 13, 18, 3, 4, 7, 9, 14, 15, 17, 19, 21, 22, 0, 6, 2, 10, 16, 20, 25, 11, 12, 23, 24}},
    {{0, 3, 4, 4, 5, 0, 0, 5, 1, 0, 5, 2, 5, 4, 0, 0, 4, 3, 5, 1, 0, 0, 4}, false, {0, 5, 6, 9, 14, 15, 20, 21, 8, 19, 11, 1, 17, 2, 3, 13, 16, 22, 4, 7, 10, 12, 18}},
    {{1, 1, 3, 2, 1, 5, 5}, false, {0, 1, 4, 3, 2, 5, 6}},
    {{2, 4, 2, 1}, true, {1, 0, 2, 3}},
    {{2, 3, 1, 2, 4, 3, 1, 4, 2, 4, 4, 1, 2, 2, 0, 1, 1, 3, 1, 5, 2, 5, 2, 3, 1, 2, 0, 4, 0, 5, 2, 3, 4, 4, 4, 5, 0, 2, 4}, false, {14, 26, 28, 36, 2, 6, 11, 15, 16, 18, 24, 0, 3, 8, 12, 13, 20, 22, 25, 30, 37, 1, 5, 17, 23, 31, 4, 7, 9, 10, 27, 32, 33, 34, 38, 19, 21, 29, 35}},
    {{5, 2, 2, 3, 2, 4, 1, 2, 2, 0, 3, 1, 1, 4, 5, 0, 2, 4, 2, 2, 5, 4, 5, 2, 5}, true, {0, 14, 20, 22, 24, 5, 13, 17, 21, 3, 10, 1, 2, 4, 7, 8, 16, 18, 19, 23, 6, 11, 12, 9, 15}},
};

Value slice_arg(int64_t v) { return v == -999 ? Value::none() : I(v); }

TEST_F(ListTest, SlicesMatchCPython) {
  for (const SliceCase& c : kSliceCases) {
    List* l = make_list();
    for (int64_t i = 0; i < c.n; i++) list_append(l, I(i));
    Value lv = Value::object(l);
    Value sl = make_slice(slice_arg(c.start), slice_arg(c.stop), slice_arg(c.step));
    std::string what = std::to_string(c.n) + "[" + std::to_string(c.start) + ":" + std::to_string(c.stop) + ":" +
                       std::to_string(c.step) + "] " + c.kind;
    try {
      if (c.kind == 'g') {
        EXPECT_EQ(ints(getitem(lv, sl)), c.result) << what;
      } else if (c.kind == 'd') {
        delitem(lv, sl);
        EXPECT_EQ(ints(lv), c.result) << what;
      } else {
        List* v = make_list();
        for (int64_t x : c.value) list_append(v, I(x));
        setitem(lv, sl, Value::object(v));
        EXPECT_EQ(ints(lv), c.result) << what;
      }
      EXPECT_STREQ(c.error, "") << what;
    } catch (PyException& e) {
      EXPECT_EQ(exc_text(e), c.error) << what;
    }
  }
}

TEST_F(ListTest, SortByKeyMatchesCPython) {
  for (const SortCase& c : kSortCases) {
    List* keys = make_list();
    List* l = make_list();
    for (size_t i = 0; i < c.keys.size(); i++) {
      list_append(keys, I(c.keys[i]));
      list_append(l, I(static_cast<int64_t>(i)));
    }
    list_sort(l, getattr(Value::object(keys), intern("__getitem__")), c.reverse);
    EXPECT_EQ(ints(Value::object(l)), c.order);
  }
}

}  // namespace
}  // namespace coil
