// Coil — unit tests for float: arithmetic special cases, repr (shortest
// round trip with CPython's exponent rules), hash, round, parsing and the
// native methods, against expectations produced by CPython 3.11
// (numeric_cases_gen.py -> numeric_cases.inc).
#include <cmath>
#include <cstring>
#include <string>

#include "core/names.h"
#include "core/tuple.h"
#include "tests/unit/core/numeric_test_util.h"

namespace coil::numeric_test {
namespace {

#include "tests/unit/core/numeric_cases.inc"

using FloatTest = NumericTest;

Value call_m(Value self, const char* name, std::initializer_list<Value> args) {
  return call_method(self, intern(name), args);
}

TEST_F(FloatTest, BinaryOpsMatchCPython) {
  for (const auto& c : kFloatBinCases) {
    std::string got = outcome([&] { return float_binary(op_of(c.op), D(c.a), D(c.b)); });
    EXPECT_EQ(got, c.expect) << c.a << " " << c.op << " " << c.b;
  }
}

TEST_F(FloatTest, ReprMatchesCPython) {
  for (const auto& c : kFloatReprCases) {
    EXPECT_EQ(view(float_repr(D(c.d))), c.expect) << c.d;
    EXPECT_EQ(float_repr_string(D(c.d)), c.expect) << c.d;
  }
}

TEST_F(FloatTest, HashMatchesCPython) {
  for (const auto& c : kFloatHashCases) EXPECT_EQ(std::to_string(float_hash(D(c.d))), c.expect) << c.d;
  EXPECT_EQ(float_hash(1.0), int_hash(Value::small_int(1)));
  EXPECT_EQ(float_hash(-1.0), -2);
  Value big = int_binary(BinaryOp::POW, Value::small_int(2), Value::small_int(100));
  EXPECT_EQ(float_hash(std::ldexp(1.0, 100)), int_hash(big));
}

TEST_F(FloatTest, RoundMatchesCPython) {
  for (const auto& c : kFloatRoundCases)
    EXPECT_EQ(outcome([&] { return Value::number(float_round(D(c.d), c.ndigits)); }), c.expect)
        << c.d << " " << c.ndigits;
  for (const auto& c : kFloatRoundIntCases)
    EXPECT_EQ(outcome([&] { return float_round_to_int(D(c.d)); }), c.expect) << c.d;
}

TEST_F(FloatTest, ParseMatchesCPython) {
  for (const auto& c : kFloatParseCases) {
    std::string want = c.expect;
    try {
      double d = float_from_string(c.text);
      ASSERT_NE(want[0], '!') << "'" << c.text << "' parsed, CPython raised " << want;
      double w = D(c.expect);
      if (std::isnan(w)) {
        EXPECT_TRUE(std::isnan(d)) << c.text;
      } else {
        EXPECT_EQ(std::memcmp(&d, &w, sizeof d), 0) << "'" << c.text << "' gave " << d << " want " << w;
      }
    } catch (const PyException& e) {
      Value ev = Value::object(e.exc);
      EXPECT_EQ("!" + std::string(type_name(ev)) + ": " + view(to_str(ev)), want) << c.text;
    }
  }
}

TEST_F(FloatTest, ParseRejectsEmbeddedNul) {
  EXPECT_EQ(outcome([&] { return Value::number(float_from_string(std::string_view("1.5\0", 4))); }),
            "!ValueError: could not convert string to float: '1.5\\x00'");
}

TEST_F(FloatTest, ToDouble) {
  EXPECT_EQ(to_double(Value::small_int(3)), 3.0);
  EXPECT_EQ(to_double(Value::boolean(true)), 1.0);
  EXPECT_EQ(to_double(Value::number(2.5)), 2.5);
  EXPECT_EQ(outcome([&] { return Value::number(to_double(Value::none())); }),
            "!TypeError: must be real number, not NoneType");
  Value huge = int_binary(BinaryOp::POW, Value::small_int(10), Value::small_int(400));
  EXPECT_EQ(outcome([&] { return float_binary_values(BinaryOp::ADD, huge, Value::number(1.0)); }),
            "!OverflowError: int too large to convert to float");
}

TEST_F(FloatTest, Constructor) {
  Value float_t = Value::object(types::float_);
  EXPECT_EQ(outcome([&] { return call(float_t, {}); }), "0.0");
  EXPECT_EQ(outcome([&] { return call(float_t, {str_value(" 1_0.5 ")}); }), "10.5");
  EXPECT_EQ(outcome([&] { return call(float_t, {str_value("-iNF")}); }), "-inf");
  EXPECT_EQ(outcome([&] { return call(float_t, {Value::small_int(7)}); }), "7.0");
  EXPECT_EQ(outcome([&] { return call(float_t, {Value::object(make_bytes("1.5"))}); }), "1.5");
  EXPECT_EQ(outcome([&] { return call(float_t, {Value::object(make_bytes("x"))}); }),
            "!ValueError: could not convert string to float: b'x'");
  EXPECT_EQ(outcome([&] { return call(float_t, {str_value("abc")}); }),
            "!ValueError: could not convert string to float: 'abc'");
  EXPECT_EQ(outcome([&] { return call(float_t, {Value::none()}); }),
            "!TypeError: float() argument must be a string or a real number, not 'NoneType'");
  EXPECT_EQ(outcome([&] { return call(float_t, {Value::small_int(1), Value::small_int(2)}); }),
            "!TypeError: float expected at most 1 argument, got 2");
  Value huge = int_binary(BinaryOp::POW, Value::small_int(10), Value::small_int(400));
  EXPECT_EQ(outcome([&] { return call(float_t, {huge}); }), "!OverflowError: int too large to convert to float");
}

TEST_F(FloatTest, Methods) {
  Value x = Value::number(1.5);
  EXPECT_EQ(outcome([&] { return call_m(x, "hex", {}); }), "'0x1.8000000000000p+0'");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(-0.0), "hex", {}); }), "'-0x0.0p+0'");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1e-320), "hex", {}); }), "'0x0.00000000007e8p-1022'");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(0.1), "hex", {}); }), "'0x1.999999999999ap-4'");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(INFINITY), "hex", {}); }), "'inf'");
  Value float_t = Value::object(types::float_);
  auto fromhex = [&](const char* s) { return outcome([&] { return call_m(float_t, "fromhex", {str_value(s)}); }); };
  EXPECT_EQ(fromhex("0x1.8p1"), "3.0");
  EXPECT_EQ(fromhex("  -0X1.8P-1  "), "-0.75");
  EXPECT_EQ(fromhex("0x.8"), "0.5");
  EXPECT_EQ(fromhex("1"), "1.0");
  EXPECT_EQ(fromhex("0x1p-1074"), "5e-324");
  EXPECT_EQ(fromhex("0x1p-1075"), "0.0");
  EXPECT_EQ(fromhex("0x1.0000000000001p-1075"), "5e-324");
  EXPECT_EQ(fromhex("0x1.fffffffffffff8p1023"), "!OverflowError: hexadecimal value too large to represent as a float");
  EXPECT_EQ(fromhex("0x1p1024"), "!OverflowError: hexadecimal value too large to represent as a float");
  EXPECT_EQ(fromhex("0x1.fffffffffffff7p1023"), "1.7976931348623157e+308");
  EXPECT_EQ(fromhex("xyz"), "!ValueError: invalid hexadecimal floating-point string");
  EXPECT_EQ(fromhex("-infinity"), "-inf");
  EXPECT_EQ(fromhex("nan"), "nan");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(0.75), "as_integer_ratio", {}); }), "(3, 4)");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(-0.5), "as_integer_ratio", {}); }), "(-1, 2)");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1e300), "as_integer_ratio", {}); }).substr(0, 10),
            "(100000000");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(INFINITY), "as_integer_ratio", {}); }),
            "!OverflowError: cannot convert Infinity to integer ratio");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(NAN), "as_integer_ratio", {}); }),
            "!ValueError: cannot convert NaN to integer ratio");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(3.0), "is_integer", {}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(INFINITY), "is_integer", {}); }), "False");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(2.5), "__round__", {}); }), "2");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(2.5), "__round__", {Value::small_int(0)}); }), "2.0");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(INFINITY), "__round__", {}); }),
            "!OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(-1.7), "__floor__", {}); }), "-2");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(-1.7), "__ceil__", {}); }), "-1");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(-1.7), "__trunc__", {}); }), "-1");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1.0), "__eq__", {Value::small_int(1)}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1.0), "__radd__", {Value::small_int(1)}); }), "2.0");
  EXPECT_TRUE(call_m(Value::number(1.0), "__add__", {str_value("a")}).is(g_not_implemented));
  EXPECT_EQ(outcome([&] { return call_m(Value::number(2.0), "__rsub__", {Value::small_int(1)}); }), "-1.0");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(-7.5), "__divmod__", {Value::small_int(2)}); }), "(-4.0, 0.5)");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1.0), "__divmod__", {Value::small_int(0)}); }),
            "!ZeroDivisionError: float divmod()");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(2.0), "__pow__", {Value::small_int(3), Value::small_int(5)}); }),
            "!TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1.0), "__format__", {str_value("")}); }), "'1.0'");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1e16), "__format__", {str_value(".3")}); }), "'1e+16'");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(0.5), "__hash__", {}); }), "1152921504606846976");
  EXPECT_EQ(outcome([&] { return getattr(Value::number(0.5), intern("imag")); }), "0.0");
}

TEST_F(FloatTest, MixedComparisonsAreExact) {
  Value big = int_binary(BinaryOp::ADD, int_binary(BinaryOp::POW, Value::small_int(2), Value::small_int(53)),
                         Value::small_int(1));
  double d = std::ldexp(1.0, 53);
  EXPECT_EQ(outcome([&] { return call_m(Value::number(d), "__eq__", {big}); }), "False");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(d), "__lt__", {big}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(NAN), "__ne__", {big}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(NAN), "__ge__", {big}); }), "False");
  Value huge = int_binary(BinaryOp::POW, Value::small_int(10), Value::small_int(400));
  EXPECT_EQ(outcome([&] { return call_m(Value::number(INFINITY), "__gt__", {huge}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(Value::number(1e308), "__lt__", {huge}); }), "True");
}

}  // namespace
}  // namespace coil::numeric_test
