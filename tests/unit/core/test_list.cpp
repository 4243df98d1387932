// Coil — unit tests for list: methods, slicing (including extended slices
// and slice assignment), sorting (stability, fast paths, key, reverse,
// mutation detection), comparison, repr and CPython's error messages.
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

class ListTest : public ::testing::Test {
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

}  // namespace
}  // namespace coil
