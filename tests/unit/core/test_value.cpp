// Unit tests: the NaN-boxed Value encoding.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/value.h"

using coil::Value;

TEST(Value, SmallIntsRoundTripAtTheEdgesOfTheRange) {
  for (int64_t i : {int64_t{0}, int64_t{1}, int64_t{-1}, Value::kSmallIntMin, Value::kSmallIntMax,
                    int64_t{123456789012}, int64_t{-98765432109}}) {
    Value v = Value::small_int(i);
    EXPECT_TRUE(v.is_int());
    EXPECT_FALSE(v.is_double());
    EXPECT_FALSE(v.is_object());
    EXPECT_EQ(v.as_int(), i);
  }
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMax + 1));
  EXPECT_FALSE(Value::fits_small_int(Value::kSmallIntMin - 1));
}

TEST(Value, DoublesKeepEveryBitIncludingSignedZeroAndInfinities) {
  for (double d : {0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324, std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()}) {
    Value v = Value::number(d);
    EXPECT_TRUE(v.is_double());
    EXPECT_FALSE(v.is_int());
    EXPECT_FALSE(v.is_object());
    EXPECT_EQ(std::signbit(v.as_double()), std::signbit(d));
    EXPECT_EQ(v.as_double(), d);
  }
}

TEST(Value, NaNsAreCanonicalAndStayDoubles) {
  Value a = Value::number(std::nan(""));
  Value b = Value::number(-std::numeric_limits<double>::quiet_NaN());
  EXPECT_TRUE(a.is_double());
  EXPECT_TRUE(b.is_double());
  EXPECT_TRUE(std::isnan(a.as_double()));
  EXPECT_EQ(a.bits(), b.bits());
}

TEST(Value, ConstantsAreDistinctAndNotObjects) {
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_TRUE(Value::boolean(true).is_bool());
  EXPECT_TRUE(Value::boolean(false).is_bool());
  EXPECT_TRUE(Value::boolean(true).as_bool());
  EXPECT_FALSE(Value::boolean(false).as_bool());
  EXPECT_FALSE(Value::none().is_bool());
  EXPECT_TRUE(Value::empty().is_empty());
  for (Value v : {Value::none(), Value::boolean(true), Value::boolean(false), Value::empty()}) {
    EXPECT_FALSE(v.is_object());
    EXPECT_FALSE(v.is_int());
    EXPECT_FALSE(v.is_double());
  }
}

TEST(Value, PointersAreStoredRaw) {
  alignas(16) static char storage[64];
  Value v = Value::object(reinterpret_cast<coil::Object*>(storage));
  EXPECT_TRUE(v.is_object());
  EXPECT_EQ(v.bits(), reinterpret_cast<uint64_t>(storage));
  EXPECT_EQ(reinterpret_cast<char*>(v.as_object()), storage);
}
