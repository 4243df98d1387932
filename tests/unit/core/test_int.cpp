// Coil — unit tests for int and bool: arithmetic over small/big boundaries,
// conversions, parsing, hashing, the str<->int digit limit, and the native
// methods, against expectations produced by CPython 3.11
// (numeric_cases_gen.py -> numeric_cases.inc).
#include <cmath>
#include <string>

#include "core/names.h"
#include "core/tuple.h"
#include "tests/unit/core/numeric_test_util.h"

namespace coil::numeric_test {
namespace {

#include "tests/unit/core/numeric_cases.inc"

using IntTest = NumericTest;

Value call_m(Value self, const char* name, std::initializer_list<Value> args) {
  return call_method(self, intern(name), args);
}

TEST_F(IntTest, NormalizationAndSmallRange) {
  EXPECT_TRUE(make_int(Value::kSmallIntMax).is_int());
  EXPECT_TRUE(make_int(Value::kSmallIntMin).is_int());
  EXPECT_FALSE(make_int(Value::kSmallIntMax + 1).is_int());
  EXPECT_FALSE(make_int(Value::kSmallIntMin - 1).is_int());
  // A big result that comes back into range is an immediate again.
  Value big = int_binary(BinaryOp::ADD, make_int(Value::kSmallIntMax), Value::small_int(1));
  ASSERT_FALSE(big.is_int());
  Value back = int_binary(BinaryOp::SUB, big, Value::small_int(1));
  ASSERT_TRUE(back.is_int());
  EXPECT_EQ(back.as_int(), Value::kSmallIntMax);
  Value z = int_binary(BinaryOp::SUB, I("100000000000000000000"), I("100000000000000000000"));
  EXPECT_TRUE(z.is(Value::small_int(0)));
  EXPECT_TRUE(int_from_double(1e20).is_object());
  EXPECT_TRUE(int_from_double(-140737488355328.0).is_int());
  EXPECT_TRUE(make_int_u64(uint64_t{1} << 63).is_object());
  EXPECT_EQ(view(int_to_str(make_int_u64(~uint64_t{0}))), "18446744073709551615");
}

TEST_F(IntTest, BinaryOpsMatchCPython) {
  for (const auto& c : kIntBinCases) {
    std::string got = outcome([&] { return int_binary(op_of(c.op), I(c.a), I(c.b)); });
    EXPECT_EQ(got, c.expect) << c.a << " " << c.op << " " << c.b;
  }
}

TEST_F(IntTest, DivisionOfHugeIntsMatchesCPython) {
  for (const auto& c : kIntDivCases) {
    std::string got = outcome([&] { return int_binary(op_of(c.op), I(c.a), I(c.b)); });
    EXPECT_EQ(got, c.expect) << c.a << " " << c.op << " " << c.b;
  }
}

TEST_F(IntTest, BoolsAreInts) {
  Value t = Value::boolean(true), f = Value::boolean(false);
  EXPECT_EQ(outcome([&] { return int_binary(BinaryOp::ADD, t, Value::small_int(1)); }), "2");
  EXPECT_EQ(outcome([&] { return int_binary(BinaryOp::TRUEDIV, t, t); }), "1.0");
  EXPECT_EQ(outcome([&] { return int_unary(UnaryOp::INVERT, t); }), "-2");
  EXPECT_EQ(outcome([&] { return int_unary(UnaryOp::NEG, t); }), "-1");
  EXPECT_EQ(outcome([&] { return int_binary(BinaryOp::FLOORDIV, t, f); }),
            "!ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(view(repr(t)), "True");
  EXPECT_EQ(outcome([&] { return call_m(t, "__and__", {t}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(t, "__and__", {Value::small_int(1)}); }), "1");
  EXPECT_EQ(outcome([&] { return call_m(t, "__xor__", {t}); }), "False");
  EXPECT_EQ(outcome([&] { return call_m(f, "__ror__", {t}); }), "True");
  EXPECT_EQ(outcome([&] { return call_m(t, "__add__", {t}); }), "2");
  EXPECT_EQ(outcome([&] { return call_m(t, "__format__", {str_value("")}); }), "'True'");
  EXPECT_EQ(outcome([&] { return call_m(t, "__format__", {str_value("d")}); }), "'1'");
  EXPECT_EQ(outcome([&] { return call(Value::object(types::bool_), {str_value("")}); }), "False");
  EXPECT_EQ(outcome([&] { return call(Value::object(types::bool_), {Value::small_int(3)}); }), "True");
  EXPECT_EQ(int_hash(t), 1);
}

TEST_F(IntTest, UnaryOps) {
  EXPECT_EQ(outcome([&] { return int_unary(UnaryOp::NEG, make_int(Value::kSmallIntMin)); }), "140737488355328");
  EXPECT_EQ(outcome([&] { return int_unary(UnaryOp::INVERT, make_int(Value::kSmallIntMax)); }), "-140737488355328");
  EXPECT_EQ(outcome([&] { return int_unary(UnaryOp::INVERT, I("-100000000000000000000")); }),
            "99999999999999999999");
  EXPECT_EQ(outcome([&] { return int_unary(UnaryOp::POS, I("-100000000000000000000")); }),
            "-100000000000000000000");
  EXPECT_TRUE(int_unary(UnaryOp::NEG, I("140737488355328")).is_int());
}

TEST_F(IntTest, ToFloatIsCorrectlyRounded) {
  for (const auto& c : kIntToFloatCases)
    EXPECT_EQ(outcome([&] { return Value::number(int_to_double(I(c.v))); }), c.expect) << c.v;
}

TEST_F(IntTest, HashMatchesCPython) {
  for (const auto& c : kIntHashCases) EXPECT_EQ(std::to_string(int_hash(I(c.v))), c.expect) << c.v;
}

TEST_F(IntTest, ParseMatchesCPython) {
  for (const auto& c : kIntParseCases) {
    std::string got = outcome([&] { return int_from_string(c.text, c.base); });
    std::string want = c.expect;
    if (want.rfind("len=", 0) == 0 && got[0] != '!') got = "len=" + std::to_string(got.size());
    EXPECT_EQ(got, want) << "'" << c.text << "' base " << c.base;
  }
}

TEST_F(IntTest, FromDouble) {
  for (const auto& c : kIntFromDoubleCases)
    EXPECT_EQ(outcome([&] { return int_from_double(D(c.v)); }), c.expect) << c.v;
}

TEST_F(IntTest, CompareWithDoubleIsExact) {
  for (const auto& c : kIntCompareDoubleCases)
    EXPECT_EQ(std::to_string(int_compare_double(I(c.a), D(c.b))), c.expect) << c.a << " vs " << c.b;
  EXPECT_EQ(int_compare(I("100000000000000000000"), I("99999999999999999999")), 1);
  EXPECT_EQ(int_compare(I("-100000000000000000000"), Value::small_int(5)), -1);
  EXPECT_EQ(int_compare(Value::boolean(true), Value::small_int(1)), 0);
}

TEST_F(IntTest, PowMod) {
  for (const auto& c : kIntPowModCases)
    EXPECT_EQ(outcome([&] { return int_pow_mod(I(c.a), I(c.b), I(c.m)); }), c.expect)
        << c.a << " " << c.b << " " << c.m;
}

TEST_F(IntTest, Round) {
  for (const auto& c : kIntRoundCases)
    EXPECT_EQ(outcome([&] { return int_round(I(c.v), Value::small_int(c.ndigits)); }), c.expect)
        << c.v << " " << c.ndigits;
  EXPECT_EQ(outcome([&] { return int_round(I("12345"), I("-100000000000000000000000")); }), "0");
  EXPECT_EQ(outcome([&] { return int_round(Value::boolean(true), Value::none()); }), "1");
}

TEST_F(IntTest, BaseStrings) {
  for (const auto& c : kIntBaseCases)
    EXPECT_EQ(view(int_to_base_str(I(c.v), c.base, true)), c.expect) << c.v << " base " << c.base;
  EXPECT_EQ(view(int_to_base_str(Value::small_int(-255), 16, false)), "-ff");
}

TEST_F(IntTest, BitLength) {
  EXPECT_EQ(int_bit_length(Value::small_int(0)), 0);
  EXPECT_EQ(int_bit_length(Value::small_int(-255)), 8);
  EXPECT_EQ(int_bit_length(I("-1267650600228229401496703205376")), 101);  // -(2**100)
  EXPECT_EQ(int_bit_length(Value::boolean(true)), 1);
}

TEST_F(IntTest, StrDigitLimit) {
  std::string digits(4301, '1');
  EXPECT_EQ(outcome([&] { return int_from_string(digits, 10); }),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit");
  Value big = int_binary(BinaryOp::POW, Value::small_int(10), Value::small_int(4300));
  EXPECT_EQ(outcome([&] { return Value::object(int_to_str(big)); }),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  Value ok = int_binary(BinaryOp::SUB, big, Value::small_int(1));  // 4300 nines
  EXPECT_EQ(int_to_str(ok)->size, 4300);
  EXPECT_EQ(int_to_str(int_unary(UnaryOp::NEG, ok))->size, 4301);  // the sign does not count
  EXPECT_EQ(outcome([&] {
              set_int_max_str_digits(5);
              return Value::none();
            }),
            "!ValueError: maxdigits must be 0 or larger than 640");
  set_int_max_str_digits(0);
  EXPECT_EQ(int_to_str(big)->size, 4301);
  set_int_max_str_digits(4300);
  EXPECT_EQ(int_max_str_digits(), 4300);
}

TEST_F(IntTest, Constructor) {
  Value int_t = Value::object(types::int_);
  EXPECT_EQ(outcome([&] { return call(int_t, {}); }), "0");
  EXPECT_EQ(outcome([&] { return call(int_t, {str_value(" -0b101 "), Value::small_int(0)}); }), "-5");
  EXPECT_EQ(outcome([&] { return call(int_t, {Value::number(-3.9)}); }), "-3");
  EXPECT_EQ(outcome([&] { return call(int_t, {Value::object(make_bytes("12"))}); }), "12");
  EXPECT_EQ(outcome([&] { return call(int_t, {Value::object(make_bytes("x"))}); }),
            "!ValueError: invalid literal for int() with base 10: b'x'");
  EXPECT_EQ(outcome([&] { return call(int_t, {Value::small_int(5), Value::small_int(2)}); }),
            "!TypeError: int() can't convert non-string with explicit base");
  EXPECT_EQ(outcome([&] { return call(int_t, {str_value("12"), Value::small_int(1)}); }),
            "!ValueError: int() base must be >= 2 and <= 36, or 0");
  EXPECT_EQ(outcome([&] { return call(int_t, {Value::none()}); }),
            "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  EXPECT_EQ(outcome([&] { return call(int_t, {Value::number(NAN)}); }),
            "!ValueError: cannot convert float NaN to integer");
  Value kw_args[2] = {str_value("101"), Value::small_int(2)};
  Tuple* kw = make_tuple({Value::object(intern("base"))});
  EXPECT_EQ(outcome([&] { return call(int_t, kw_args, 1, kw); }), "5");
  Tuple* bad_kw = make_tuple({Value::object(intern("x"))});
  EXPECT_EQ(outcome([&] { return call(int_t, kw_args, 0, bad_kw); }),
            "!TypeError: 'x' is an invalid keyword argument for int()");
  EXPECT_EQ(outcome([&] { return int_from_string(std::string_view("12\0", 3), 10); }),
            "!ValueError: invalid literal for int() with base 10: '12\\x00'");
  // The invalid-literal message truncates the repr to 200 code points.
  std::string longtext = "x" + std::string(300, '1');
  std::string got = outcome([&] { return int_from_string(longtext, 10); });
  EXPECT_EQ(got.size(), std::string("!ValueError: invalid literal for int() with base 10: ").size() + 200);
}

TEST_F(IntTest, Methods) {
  Value v = Value::small_int(1024);
  EXPECT_EQ(outcome([&] { return call_m(v, "to_bytes", {Value::small_int(2), str_value("big")}); }), "b'\\x04\\x00'");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(5), "to_bytes", {}); }), "b'\\x05'");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(256), "to_bytes", {Value::small_int(1), str_value("big")}); }),
            "!OverflowError: int too big to convert");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(-1), "to_bytes", {Value::small_int(2), str_value("big")}); }),
            "!OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(outcome([&] { return call_m(v, "to_bytes", {Value::small_int(2), str_value("middle")}); }),
            "!ValueError: byteorder must be either 'little' or 'big'");
  Value signed_kw[3] = {Value::small_int(2), str_value("little"), Value::boolean(true)};
  Tuple* kw = make_tuple({Value::object(intern("signed"))});
  EXPECT_EQ(outcome([&] { return call_method(Value::small_int(-2), intern("to_bytes"), signed_kw, 2, kw); }),
            "b'\\xfe\\xff'");
  EXPECT_EQ(outcome([&] { return call_method(Value::small_int(-129), intern("to_bytes"), signed_kw, 2, kw); }),
            "b'\\x7f\\xff'");
  Value from_args[3] = {Value::object(make_bytes("\xff\xfe")), str_value("little"), Value::boolean(true)};
  Value int_t = Value::object(types::int_);
  EXPECT_EQ(outcome([&] { return call_method(int_t, intern("from_bytes"), from_args, 2, kw); }), "-257");
  EXPECT_EQ(outcome([&] { return call_method(int_t, intern("from_bytes"), from_args, 2); }), "65279");
  EXPECT_EQ(outcome([&] { return call_m(I("-340282366920938463463374607431768211455"), "bit_count", {}); }), "128");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(-255), "bit_length", {}); }), "8");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(7), "as_integer_ratio", {}); }), "(7, 1)");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(7), "__round__", {Value::small_int(-1)}); }), "10");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(7), "__float__", {}); }), "7.0");
  EXPECT_TRUE(call_m(Value::small_int(7), "__add__", {Value::number(1.0)}).is(g_not_implemented));
  EXPECT_TRUE(call_m(Value::small_int(7), "__eq__", {Value::number(7.0)}).is(g_not_implemented));
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(7), "__pow__", {Value::small_int(2), Value::small_int(5)}); }),
            "4");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(7), "__rpow__", {Value::small_int(2)}); }), "128");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(7), "__divmod__", {Value::small_int(-2)}); }), "(-4, -1)");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(-7), "__abs__", {}); }), "7");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(0), "__bool__", {}); }), "False");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(-1), "__hash__", {}); }), "-2");
  EXPECT_EQ(outcome([&] { return call_m(Value::small_int(255), "__format__", {str_value("#x")}); }), "'0xff'");
  EXPECT_EQ(outcome([&] { return call_m(I("1000000000000000000000"), "__format__", {str_value(",")}); }),
            "'1,000,000,000,000,000,000,000'");
  EXPECT_EQ(outcome([&] { return getattr(Value::small_int(5), intern("denominator")); }), "1");
  EXPECT_EQ(outcome([&] { return getattr(Value::boolean(true), intern("real")); }), "1");
}

TEST_F(IntTest, TrueDivideAndDivmodEntryPoints) {
  EXPECT_EQ(int_true_divide(Value::small_int(1), Value::small_int(3)), 1.0 / 3.0);
  Value q, r;
  int_divmod(I("-100000000000000000000"), Value::small_int(7), &q, &r);
  EXPECT_EQ(view(repr(q)), "-14285714285714285715");
  EXPECT_EQ(view(repr(r)), "5");
  EXPECT_EQ(outcome([&] {
              int_divmod(Value::small_int(1), Value::small_int(0), &q, &r);
              return q;
            }),
            "!ZeroDivisionError: integer division or modulo by zero");
}

}  // namespace
}  // namespace coil::numeric_test
