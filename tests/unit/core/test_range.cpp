// Coil — unit tests for range and range_iterator.
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

class RangeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gc_init();
    init_types();
  }
};

using namespace test_util;

Value R(std::initializer_list<int64_t> args) {
  std::vector<Value> v;
  for (int64_t a : args) v.push_back(I(a));
  return call(Value::object(types::range), v.data(), v.size());
}

TEST_F(RangeTest, Construction) {
  EXPECT_EQ(rep(R({5})), "range(0, 5)");
  EXPECT_EQ(rep(R({0, 10, 2})), "range(0, 10, 2)");
  EXPECT_EQ(rep(R({3, -4, -1})), "range(3, -4, -1)");
  EXPECT_PYERR(R({1, 2, 0}), ValueError, "range() arg 3 must not be zero");
  EXPECT_PYERR(call(Value::object(types::range), nullptr, 0), TypeError, "range expected at least 1 argument, got 0");
  EXPECT_PYERR(R({1, 2, 3, 4}), TypeError, "range expected at most 3 arguments, got 4");
  EXPECT_PYERR(call(Value::object(types::range), {Value::number(1.5)}), TypeError,
               "'float' object cannot be interpreted as an integer");
}

TEST_F(RangeTest, LengthAndItems) {
  EXPECT_EQ(length(R({10})), 10);
  EXPECT_EQ(length(R({0, 10, 3})), 4);
  EXPECT_EQ(length(R({10, 0, -3})), 4);
  EXPECT_EQ(length(R({5, 5})), 0);
  EXPECT_EQ(length(R({5, 0})), 0);
  EXPECT_EQ(ints(R({0, 10, 3})), std::vector<int64_t>({0, 3, 6, 9}));
  EXPECT_EQ(ints(R({10, 0, -3})), std::vector<int64_t>({10, 7, 4, 1}));
  EXPECT_EQ(getitem(R({0, 10, 3}), I(-1)).as_int(), 9);
  EXPECT_PYERR(getitem(R({10}), I(20)), IndexError, "range object index out of range");
  EXPECT_PYERR(getitem(R({10}), S("a")), TypeError, "range indices must be integers or slices, not str");
}

TEST_F(RangeTest, Slicing) {
  auto sl = [](Value a, Value b, Value c) { return make_slice(a, b, c); };
  Value N = Value::none();
  EXPECT_EQ(rep(getitem(R({10}), sl(N, N, I(2)))), "range(0, 10, 2)");
  EXPECT_EQ(rep(getitem(R({10}), sl(N, N, I(-1)))), "range(9, -1, -1)");
  EXPECT_EQ(rep(getitem(R({0, 20, 3}), sl(I(1), I(-1), N))), "range(3, 18, 3)");
  EXPECT_EQ(rep(getitem(R({0, 20, 3}), sl(I(5), I(1), N))), "range(15, 3, 3)");
  EXPECT_PYERR(getitem(R({5}), sl(I(1), I(2), I(0))), ValueError, "slice step cannot be zero");
}

TEST_F(RangeTest, Containment) {
  Value r = R({0, 20, 3});
  EXPECT_TRUE(contains(r, I(9)));
  EXPECT_FALSE(contains(r, I(10)));
  EXPECT_FALSE(contains(r, I(21)));
  EXPECT_FALSE(contains(r, I(-3)));
  if (!dict_get_str(types::int_->dict, names::__eq__).is_empty()) {
    EXPECT_TRUE(contains(r, Value::number(6.0)));
  }
  EXPECT_FALSE(contains(r, S("a")));
  EXPECT_TRUE(contains(R({10, 0, -2}), I(4)));
  EXPECT_FALSE(contains(R({10, 0, -2}), I(0)));
  EXPECT_EQ(method(r, "index", {I(9)}).as_int(), 3);
  EXPECT_PYERR(method(R({3}), "index", {I(5)}), ValueError, "5 is not in range");
  EXPECT_EQ(method(r, "count", {I(9)}).as_int(), 1);
  EXPECT_EQ(method(r, "count", {I(8)}).as_int(), 0);
}

TEST_F(RangeTest, EqualityAndHash) {
  EXPECT_TRUE(equals(R({0, 3, 2}), R({0, 4, 2})));
  EXPECT_TRUE(equals(R({0}), R({5, 1})));
  EXPECT_TRUE(equals(R({5, 6}), R({5, 6, 3})));
  EXPECT_FALSE(equals(R({0, 10}), R({0, 10, 2})));
  // CPython 3.11's hash() values (range.__hash__ returns them unreduced).
  auto h = [](Value r) {
    int64_t x = 0;
    EXPECT_TRUE(int_to_i64(method(r, "__hash__"), &x));
    return x;
  };
  EXPECT_EQ(h(R({0, 10, 2})), -6143170332311272345ll);
  // Empty and 1-item ranges hash None into the tuple (id-based in CPython
  // 3.11, so not reproducible); equal ranges still hash equal.
  EXPECT_EQ(h(R({0})), h(R({7, 3})));
  EXPECT_EQ(h(R({5, 6})), h(R({5, 6, 3})));
  EXPECT_EQ(h(R({1, 100, 7})), -4433106588008061378ll);
}

TEST_F(RangeTest, ReversedAndAttributes) {
  EXPECT_EQ(ints(builtin_reversed(R({0, 10, 3}))), std::vector<int64_t>({9, 6, 3, 0}));
  EXPECT_EQ(ints(builtin_reversed(R({0}))), std::vector<int64_t>({}));
  Value r = R({1, 10, 4});
  EXPECT_EQ(range_attribute(r.as<Range>(), names::start).as_int(), 1);
  EXPECT_EQ(range_attribute(r.as<Range>(), names::stop).as_int(), 10);
  EXPECT_EQ(range_attribute(r.as<Range>(), names::step).as_int(), 4);
  EXPECT_TRUE(range_attribute(r.as<Range>(), names::name).is_empty());
  EXPECT_EQ(getattr(r, names::step).as_int(), 4);
}

TEST_F(RangeTest, IteratorHandlesExtremes) {
  int64_t big = INT64_MAX - 2;
  Range* r = make_range(big, INT64_MAX, 1);
  EXPECT_EQ(r->length, 2);
  Value it = get_iter(Value::object(r));
  Value a = iter_next(it);
  Value b = iter_next(it);
  EXPECT_TRUE(iter_next(it).is_empty());
  int64_t x = 0, y = 0;
  EXPECT_TRUE(int_to_i64(a, &x));
  EXPECT_TRUE(int_to_i64(b, &y));
  EXPECT_EQ(x, big);
  EXPECT_EQ(y, big + 1);
}

}  // namespace
}  // namespace coil
