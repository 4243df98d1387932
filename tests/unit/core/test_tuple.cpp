// Coil — unit tests for tuple: CPython's hash values, slicing, comparison,
// repr, methods and their error messages.
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
#include "core/int.h"

namespace coil {
namespace {

class TupleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gc_init();
    init_types();
  }
};

using namespace test_util;

TEST_F(TupleTest, HashMatchesCPython) {
  // Expected values: CPython 3.11's hash() of the same tuples.
  EXPECT_EQ(tuple_hash(make_tuple({I(1), I(2)})), -3550055125485641917ll);
  EXPECT_EQ(tuple_hash(empty_tuple()), 5740354900026072187ll);
  EXPECT_EQ(tuple_hash(make_tuple({I(1)})), -6644214454873602895ll);
  EXPECT_EQ(tuple_hash(make_tuple({Value::object(make_tuple({I(1), I(2)})), I(3)})), -333907151259015829ll);
  EXPECT_EQ(tuple_hash(make_tuple({I(-1)})), 8078679518589016365ll);
  EXPECT_EQ(tuple_hash(make_tuple({I(int64_t{1} << 40), I(-5)})), -5083251619067352872ll);
  EXPECT_EQ(tuple_hash(make_tuple({Value::boolean(true), Value::boolean(false)})), -5164621852614943976ll);
  // Through the Python-level __hash__ (a native hash is not reduced mod 2^61 - 1).
  int64_t h = 0;
  EXPECT_TRUE(int_to_i64(method(Value::object(make_tuple({I(1), I(2)})), "__hash__"), &h));
  EXPECT_EQ(h, -3550055125485641917ll);
}

TEST_F(TupleTest, Indexing) {
  Tuple* t = make_tuple({I(10), I(20), I(30), I(40), I(50)});
  Value tv = Value::object(t);
  EXPECT_EQ(tuple_getitem(t, I(-1)).as_int(), 50);
  EXPECT_PYERR(tuple_getitem(t, I(5)), IndexError, "tuple index out of range");
  EXPECT_PYERR(tuple_getitem(t, S("a")), TypeError, "tuple indices must be integers or slices, not str");
  Value sl = make_slice(I(1), Value::none(), I(2));
  EXPECT_EQ(ints(tuple_getitem(t, sl)), std::vector<int64_t>({20, 40}));
  Value rev = make_slice(Value::none(), Value::none(), I(-1));
  EXPECT_EQ(ints(tuple_getitem(t, rev)), std::vector<int64_t>({50, 40, 30, 20, 10}));
  // t[:] is t itself.
  EXPECT_TRUE(tuple_getitem(t, make_slice(Value::none(), Value::none(), Value::none())).is(tv));
  EXPECT_EQ(tuple_getitem(t, make_slice(I(3), I(1), Value::none())).as<Tuple>()->length, 0);
}

TEST_F(TupleTest, MethodsAndOperators) {
  Value t = Value::object(make_tuple({I(1), I(2), I(1), I(3)}));
  EXPECT_EQ(method(t, "count", {I(1)}).as_int(), 2);
  EXPECT_EQ(method(t, "index", {I(3)}).as_int(), 3);
  EXPECT_EQ(method(t, "index", {I(1), I(1)}).as_int(), 2);
  EXPECT_PYERR(method(t, "index", {I(9)}), ValueError, "tuple.index(x): x not in tuple");
  EXPECT_PYERR(method(t, "index", {I(1), I(3)}), ValueError, "tuple.index(x): x not in tuple");
  EXPECT_TRUE(contains(t, I(2)));
  EXPECT_FALSE(contains(t, I(7)));
  Value u = binary_op(BinaryOp::ADD, t, Value::object(make_tuple({I(9)})));
  EXPECT_EQ(ints(u), std::vector<int64_t>({1, 2, 1, 3, 9}));
  EXPECT_EQ(ints(binary_op(BinaryOp::MUL, Value::object(make_tuple({I(1), I(2)})), I(2))),
            std::vector<int64_t>({1, 2, 1, 2}));
  EXPECT_EQ(ints(binary_op(BinaryOp::MUL, I(3), Value::object(make_tuple({I(7)})))), std::vector<int64_t>({7, 7, 7}));
  EXPECT_PYERR(binary_op(BinaryOp::ADD, t, Value::object(make_list())), TypeError,
               "can only concatenate tuple (not \"list\") to tuple");
  EXPECT_PYERR(binary_op(BinaryOp::MUL, t, S("a")), TypeError, "can't multiply sequence by non-int of type 'str'");
  EXPECT_EQ(length(t), 4);
}

TEST_F(TupleTest, Comparisons) {
  Value a = Value::object(make_tuple({I(1), I(2)}));
  Value b = Value::object(make_tuple({I(1), I(3)}));
  Value c = Value::object(make_tuple({I(1), I(2), I(0)}));
  EXPECT_TRUE(compare_bool(a, b, CompareOp::LT));
  EXPECT_TRUE(compare_bool(a, c, CompareOp::LT));
  EXPECT_TRUE(compare_bool(c, a, CompareOp::GE));
  EXPECT_TRUE(compare_bool(a, Value::object(make_tuple({I(1), I(2)})), CompareOp::EQ));
  EXPECT_TRUE(compare_bool(a, b, CompareOp::NE));
  EXPECT_PYERR(compare_bool(a, Value::object(make_tuple({I(1), S("a")})), CompareOp::LT), TypeError,
               "'<' not supported between instances of 'int' and 'str'");
}

TEST_F(TupleTest, Repr) {
  EXPECT_EQ(rep(Value::object(empty_tuple())), "()");
  EXPECT_EQ(rep(Value::object(make_tuple({S("a")}))), "('a',)");
  EXPECT_EQ(rep(Value::object(make_tuple({S("a"), S("b")}))), "('a', 'b')");
}

TEST_F(TupleTest, Constructor) {
  Value tuple_t = Value::object(types::tuple);
  Value t = Value::object(make_tuple({I(1)}));
  EXPECT_TRUE(call(tuple_t, {t}).is(t));
  EXPECT_EQ(ints(call(tuple_t, {Value::object(list_of({4, 5}))})), std::vector<int64_t>({4, 5}));
  EXPECT_EQ(call(tuple_t, nullptr, 0).as<Tuple>(), empty_tuple());
  EXPECT_PYERR(call(tuple_t, {I(1), I(2)}), TypeError, "tuple expected at most 1 argument, got 2");
  EXPECT_PYERR(call(tuple_t, {I(1)}), TypeError, "'int' object is not iterable");
}

}  // namespace
}  // namespace coil
