// Coil — unit tests for the builtins module and the math module's native
// functions, called as Python calls them. Expected values and messages come
// from CPython 3.11.
#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <string>

#include "core/builtins.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/object.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {
namespace {

class BuiltinsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_interpreter(); }
};

Value I(int64_t i) { return Value::small_int(i); }
Value F(double d) { return Value::number(d); }
Value S(const char* s) { return str_value(s); }
Value L(std::initializer_list<Value> items) { return Value::object(make_list(items.begin(), static_cast<int64_t>(items.size()))); }
Value T(std::initializer_list<Value> items) { return Value::object(make_tuple(items)); }

Value module_fn(const char* module, const char* name) {
  Value m = dict_get(vm.modules, str_value(module));
  EXPECT_TRUE(has_layout(m, Layout::MODULE)) << module;
  Value f = dict_get_str(m.as<Module>()->dict, intern(name));
  EXPECT_FALSE(f.is_empty()) << module << "." << name;
  return f;
}

Value builtin(const char* name) { return module_fn("builtins", name); }
Value math(const char* name) { return module_fn("math", name); }

// Calls f(*args, **kw) with keyword names/values given as pairs.
Value call_kw(Value f, std::initializer_list<Value> args, std::initializer_list<std::pair<const char*, Value>> kw) {
  std::vector<Value> all(args);
  Tuple* names = make_tuple(static_cast<int64_t>(kw.size()));
  int64_t i = 0;
  for (auto& [k, v] : kw) {
    (*names)[i++] = Value::object(intern(k));
    all.push_back(v);
  }
  return call(f, all.data(), args.size(), kw.size() ? names : nullptr);
}

// "TypeName: message" of the exception raised by fn, or "" if none.
template <class Fn>
std::string error_of(Fn fn) {
  try {
    fn();
  } catch (PyException& e) {
    std::string s(type_of(Value::object(e.exc))->name->view());
    std::string text(to_str(Value::object(e.exc))->view());
    if (!text.empty()) s += ": " + text;
    return s;
  }
  return "";
}

std::string R(Value v) { return std::string(repr(v)->view()); }

double D(Value v) {
  EXPECT_TRUE(v.is_double()) << R(v);
  return v.as_double();
}

Value big_pow(unsigned long base, unsigned long exp) {
  mpz_t z;
  mpz_init(z);
  mpz_ui_pow_ui(z, base, exp);
  return int_from_mpz(z);
}

// ---- math: floating point ----

TEST_F(BuiltinsTest, MathFsumIsExact) {
  Value tenth = F(0.1);
  Value ten = L({tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth});
  EXPECT_EQ(D(call(math("fsum"), {ten})), 1.0);
  EXPECT_EQ(D(call(math("fsum"), {L({F(1e100), F(1.0), F(-1e100), F(1e-100), F(1e50), F(-1.0), F(-1e50)})})), 1e-100);
  EXPECT_EQ(D(call(math("fsum"), {L({F(1e-16), F(1.0), F(1e16)})})), 1.0000000000000002e16);
  EXPECT_EQ(D(call(math("fsum"), {L({})})), 0.0);
  EXPECT_EQ(D(call(math("fsum"), {L({I(1), I(2), F(0.5)})})), 3.5);
  EXPECT_EQ(error_of([] { call(math("fsum"), {L({F(1e308), F(1e308)})}); }),
            "OverflowError: intermediate overflow in fsum");
  EXPECT_EQ(error_of([] { call(math("fsum"), {L({F(INFINITY), F(-INFINITY)})}); }), "ValueError: -inf + inf in fsum");
  EXPECT_TRUE(std::isinf(D(call(math("fsum"), {L({F(INFINITY), I(1)})}))));
  EXPECT_EQ(error_of([] { call(math("fsum"), {L({S("a")})}); }), "TypeError: must be real number, not str");
}

TEST_F(BuiltinsTest, MathHypotAndDist) {
  EXPECT_EQ(D(call(math("hypot"), {I(3), I(4)})), 5.0);
  EXPECT_EQ(D(call(math("hypot"), {})), 0.0);
  EXPECT_EQ(D(call(math("hypot"), {I(-3)})), 3.0);
  EXPECT_EQ(D(call(math("hypot"), {F(1e308), F(1e308)})), 1.4142135623730951e+308);
  EXPECT_EQ(D(call(math("dist"), {T({I(1), I(2)}), T({I(4), I(6)})})), 5.0);
  EXPECT_EQ(D(call(math("dist"), {L({I(1)}), L({I(2)})})), 1.0);
  EXPECT_EQ(error_of([] { call(math("dist"), {T({I(1), I(2)}), T({I(1)})}); }),
            "ValueError: both points must have the same number of dimensions");
}

TEST_F(BuiltinsTest, MathErrors) {
  EXPECT_EQ(error_of([] { call(math("sqrt"), {I(-1)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("exp"), {I(1000)}); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([] { call(math("cosh"), {I(1000)}); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([] { call(math("atanh"), {I(1)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("sin"), {F(INFINITY)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("log"), {I(0)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("log"), {I(10), I(1)}); }), "ZeroDivisionError: float division by zero");
  EXPECT_EQ(error_of([] { call(math("pow"), {I(0), I(-1)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("pow"), {I(10), I(400)}); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([] { call(math("fmod"), {I(1), I(0)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("sqrt"), {S("a")}); }), "TypeError: must be real number, not str");
  EXPECT_EQ(error_of([] { call(math("sqrt"), {Value::none()}); }), "TypeError: must be real number, not NoneType");
  EXPECT_EQ(error_of([] { call(math("sqrt"), {}); }), "TypeError: math.sqrt() takes exactly one argument (0 given)");
  EXPECT_EQ(error_of([] { call(math("atan2"), {I(1)}); }), "TypeError: atan2 expected 2 arguments, got 1");
  EXPECT_EQ(error_of([] { call(math("log"), {}); }), "TypeError: math.log requires 1 to 2 arguments");
  EXPECT_EQ(error_of([] { call(math("ldexp"), {I(1), F(2.0)}); }),
            "TypeError: Expected an int as second argument to ldexp.");
  EXPECT_EQ(error_of([] { call(math("ldexp"), {F(1.0), I(1024)}); }), "OverflowError: math range error");
  EXPECT_EQ(error_of([] { call(math("sqrt"), {big_pow(10, 400)}); }),
            "OverflowError: int too large to convert to float");
}

TEST_F(BuiltinsTest, MathValues) {
  EXPECT_EQ(D(call(math("pow"), {I(2), F(0.5)})), 1.4142135623730951);
  EXPECT_EQ(D(call(math("pow"), {I(1), F(NAN)})), 1.0);
  EXPECT_EQ(D(call(math("fmod"), {I(-7), I(3)})), -1.0);
  EXPECT_EQ(D(call(math("copysign"), {I(1), F(-0.0)})), -1.0);
  EXPECT_EQ(D(call(math("atan2"), {I(1), I(0)})), 1.5707963267948966);
  EXPECT_EQ(D(call(math("degrees"), {F(M_PI)})), 180.0);
  EXPECT_EQ(D(call(math("radians"), {I(180)})), 3.141592653589793);
  EXPECT_EQ(D(call(math("remainder"), {I(5), I(3)})), -1.0);
  EXPECT_EQ(D(call(math("ulp"), {F(1.0)})), 2.220446049250313e-16);
  EXPECT_EQ(D(call(math("erf"), {F(0.5)})), 0.5204998778130465);
  EXPECT_EQ(D(call(math("erfc"), {F(0.5)})), 0.4795001221869535);
  EXPECT_EQ(D(call(math("gamma"), {F(0.5)})), 1.7724538509055159);
  EXPECT_EQ(D(call(math("gamma"), {F(171.5)})), 9.483367566824801e+307);
  EXPECT_EQ(D(call(math("lgamma"), {F(-2.5)})), -0.05624371649767457);
  EXPECT_EQ(D(call(math("lgamma"), {F(100.5)})), 361.4355404677776);
  EXPECT_EQ(error_of([] { call(math("gamma"), {I(0)}); }), "ValueError: math domain error");
  EXPECT_EQ(error_of([] { call(math("lgamma"), {I(-1)}); }), "ValueError: math domain error");
  EXPECT_EQ(D(call(math("log"), {big_pow(2, 2000)})), 1386.2943611198907);
  EXPECT_EQ(D(call(math("log"), {big_pow(10, 400), I(10)})), 399.99999999999994);
  EXPECT_EQ(D(call(math("log10"), {big_pow(10, 400)})), 400.0);
  EXPECT_EQ(D(call(math("log2"), {big_pow(2, 2000)})), 2000.0);
  EXPECT_EQ(D(call(math("log"), {Value::boolean(true)})), 0.0);
  EXPECT_EQ(R(call(math("modf"), {F(2.5)})), "(0.5, 2.0)");
  EXPECT_EQ(R(call(math("modf"), {F(INFINITY)})), "(0.0, inf)");
  EXPECT_EQ(R(call(math("frexp"), {F(8.0)})), "(0.5, 4)");
  EXPECT_EQ(R(call(math("isclose"), {I(1), F(1.0000000001)})), "True");
  EXPECT_EQ(error_of([] { call_kw(math("isclose"), {I(1), I(2)}, {{"rel_tol", I(-1)}}); }),
            "ValueError: tolerances must be non-negative");
  EXPECT_EQ(error_of([] { call(math("isclose"), {I(1), I(2), I(3)}); }),
            "TypeError: isclose() takes exactly 2 positional arguments (3 given)");
}

TEST_F(BuiltinsTest, MathRounding) {
  EXPECT_EQ(R(call(math("floor"), {F(2.5)})), "2");
  EXPECT_EQ(R(call(math("ceil"), {F(-0.5)})), "0");
  EXPECT_EQ(R(call(math("trunc"), {F(-2.7)})), "-2");
  EXPECT_EQ(R(call(math("floor"), {I(7)})), "7");
  EXPECT_EQ(R(call(math("floor"), {Value::boolean(true)})), "1");
  EXPECT_EQ(error_of([] { call(math("floor"), {S("a")}); }), "TypeError: must be real number, not str");
  EXPECT_EQ(error_of([] { call(math("trunc"), {S("a")}); }), "TypeError: type str doesn't define __trunc__ method");
}

// ---- math: integers ----

TEST_F(BuiltinsTest, MathIntegers) {
  EXPECT_EQ(R(call(math("factorial"), {I(20)})), "2432902008176640000");
  EXPECT_EQ(R(call(math("factorial"), {I(25)})), "15511210043330985984000000");
  EXPECT_EQ(error_of([] { call(math("factorial"), {I(-1)}); }),
            "ValueError: factorial() not defined for negative values");
  EXPECT_EQ(error_of([] { call(math("factorial"), {F(5.0)}); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(error_of([] { call(math("factorial"), {big_pow(2, 70)}); }),
            "OverflowError: factorial() argument should not exceed 9223372036854775807");
  EXPECT_EQ(R(call(math("gcd"), {})), "0");
  EXPECT_EQ(R(call(math("gcd"), {I(-12), I(18), I(30)})), "6");
  EXPECT_EQ(R(call(math("gcd"), {big_pow(2, 100), big_pow(2, 81)})),
            "2417851639229258349412352");
  EXPECT_EQ(R(call(math("lcm"), {})), "1");
  EXPECT_EQ(R(call(math("lcm"), {I(4), I(6), I(0)})), "0");
  EXPECT_EQ(R(call(math("lcm"), {I(4), I(-6)})), "12");
  EXPECT_EQ(R(call(math("comb"), {I(100), I(50)})), "100891344545564193334812497256");
  EXPECT_EQ(R(call(math("comb"), {I(5), I(7)})), "0");
  EXPECT_EQ(error_of([] { call(math("comb"), {I(-1), I(2)}); }), "ValueError: n must be a non-negative integer");
  EXPECT_EQ(error_of([] { call(math("comb"), {I(5), I(-1)}); }), "ValueError: k must be a non-negative integer");
  EXPECT_EQ(error_of([] { call(math("comb"), {I(5)}); }), "TypeError: comb expected 2 arguments, got 1");
  EXPECT_EQ(R(call(math("perm"), {I(5)})), "120");
  EXPECT_EQ(R(call(math("perm"), {I(5), I(2)})), "20");
  EXPECT_EQ(R(call(math("perm"), {big_pow(2, 70), I(2)})), "1393796574908163946344801800419805182820352");
  EXPECT_EQ(R(call(math("isqrt"), {big_pow(10, 40)})), "100000000000000000000");
  EXPECT_EQ(R(call(math("isqrt"), {I(15)})), "3");
  EXPECT_EQ(R(call(math("isqrt"), {I(16)})), "4");
  EXPECT_EQ(error_of([] { call(math("isqrt"), {I(-1)}); }), "ValueError: isqrt() argument must be nonnegative");
  EXPECT_EQ(R(call_kw(math("prod"), {L({I(1), I(2), I(3)})}, {{"start", I(2)}})), "12");
  EXPECT_EQ(R(call(math("prod"), {L({})})), "1");
  EXPECT_EQ(R(call(math("prod"), {L({F(1.5), I(2)})})), "3.0");
  EXPECT_EQ(error_of([] { call(math("prod"), {}); }), "TypeError: prod() takes exactly 1 positional argument (0 given)");
}

// ---- builtins: min / max ----

TEST_F(BuiltinsTest, MinMaxArguments) {
  EXPECT_EQ(error_of([] { call(builtin("max"), {}); }), "TypeError: max expected at least 1 argument, got 0");
  EXPECT_EQ(error_of([] { call_kw(builtin("max"), {}, {{"key", builtin("len")}}); }),
            "TypeError: max expected at least 1 argument, got 0");
  EXPECT_EQ(error_of([] { call(builtin("max"), {I(5)}); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([] { call(builtin("max"), {L({})}); }), "ValueError: max() arg is an empty sequence");
  EXPECT_EQ(error_of([] { call(builtin("min"), {L({})}); }), "ValueError: min() arg is an empty sequence");
  EXPECT_EQ(error_of([] { call_kw(builtin("max"), {I(1), I(2)}, {{"default", I(3)}}); }),
            "TypeError: Cannot specify a default for max() with multiple positional arguments");
  EXPECT_EQ(error_of([] { call_kw(builtin("max"), {L({I(1)})}, {{"foo", I(1)}}); }),
            "TypeError: 'foo' is an invalid keyword argument for max()");
  EXPECT_EQ(error_of([] { call(builtin("max"), {L({I(1), S("a")})}); }),
            "TypeError: '>' not supported between instances of 'str' and 'int'");
  EXPECT_TRUE(call_kw(builtin("min"), {L({})}, {{"default", Value::none()}}).is_none());
  EXPECT_EQ(R(call(builtin("max"), {I(1), I(5), I(3)})), "5");
  EXPECT_EQ(R(call(builtin("min"), {L({I(4), I(2), I(8)})})), "2");
  EXPECT_EQ(R(call(builtin("min"), {S("abc")})), "'a'");
  EXPECT_EQ(R(call_kw(builtin("max"), {I(-7), I(5)}, {{"key", builtin("abs")}})), "-7");
  EXPECT_EQ(R(call_kw(builtin("max"), {I(1), I(2), I(3)}, {{"key", Value::none()}})), "3");
  // Ties keep the first item.
  EXPECT_EQ(R(call_kw(builtin("max"), {L({I(-2), I(2)})}, {{"key", builtin("abs")}})), "-2");
  EXPECT_EQ(R(call_kw(builtin("min"), {L({I(2), I(-2)})}, {{"key", builtin("abs")}})), "2");
}

// ---- builtins: numbers ----

TEST_F(BuiltinsTest, Sum) {
  Value tenth = F(0.1);
  EXPECT_EQ(R(call(builtin("sum"), {L({tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth, tenth})})),
            "0.9999999999999999");
  EXPECT_EQ(R(call(builtin("sum"), {L({I(1), I(2), I(3)})})), "6");
  EXPECT_EQ(R(call(builtin("sum"), {L({I(1), F(2.5), I(3)})})), "6.5");
  EXPECT_EQ(R(call_kw(builtin("sum"), {L({I(1)})}, {{"start", I(2)}})), "3");
  EXPECT_EQ(R(call(builtin("sum"), {L({}), Value::boolean(true)})), "True");
  EXPECT_EQ(R(call(builtin("sum"), {L({Value::boolean(true), Value::boolean(true)})})), "2");
  Value big = make_int(int64_t{1} << 62);
  EXPECT_EQ(R(call(builtin("sum"), {L({big, big, big})})), "13835058055282163712");
  EXPECT_EQ(error_of([] { call(builtin("sum"), {L({S("a")}), S("")}); }),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(error_of([] { call(builtin("sum"), {I(1)}); }), "TypeError: 'int' object is not iterable");
  EXPECT_EQ(error_of([] { call(builtin("sum"), {L({I(1)}), I(2), I(3)}); }),
            "TypeError: sum() takes from 1 to 2 positional arguments but 3 were given");
}

TEST_F(BuiltinsTest, NumericBuiltins) {
  EXPECT_EQ(R(call(builtin("divmod"), {I(7), I(-2)})), "(-4, -1)");
  EXPECT_EQ(R(call(builtin("divmod"), {F(-7.5), I(2)})), "(-4.0, 0.5)");
  EXPECT_EQ(error_of([] { call(builtin("divmod"), {I(1), I(0)}); }),
            "ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(error_of([] { call(builtin("divmod"), {F(1.0), I(0)}); }), "ZeroDivisionError: float divmod()");
  EXPECT_EQ(error_of([] { call(builtin("divmod"), {S("a"), I(1)}); }),
            "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
  EXPECT_EQ(R(call(builtin("round"), {F(2.5)})), "2");
  EXPECT_EQ(R(call(builtin("round"), {F(1.5)})), "2");
  EXPECT_EQ(R(call(builtin("round"), {F(5.5), Value::none()})), "6");
  EXPECT_EQ(R(call(builtin("round"), {I(5), Value::none()})), "5");
  EXPECT_EQ(error_of([] { call(builtin("round"), {S("a")}); }), "TypeError: type str doesn't define __round__ method");
  EXPECT_EQ(R(call(builtin("abs"), {I(-3)})), "3");
  EXPECT_EQ(R(call(builtin("abs"), {F(-2.5)})), "2.5");
  EXPECT_EQ(error_of([] { call(builtin("abs"), {S("a")}); }), "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(error_of([] { call(builtin("pow"), {F(2.0), I(3), I(5)}); }),
            "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
  EXPECT_EQ(R(call(builtin("chr"), {I(97)})), "'a'");
  EXPECT_EQ(error_of([] { call(builtin("chr"), {I(-1)}); }), "ValueError: chr() arg not in range(0x110000)");
  EXPECT_EQ(error_of([] { call(builtin("chr"), {S("a")}); }),
            "TypeError: 'str' object cannot be interpreted as an integer");
  EXPECT_EQ(R(call(builtin("ord"), {S("a")})), "97");
  EXPECT_EQ(R(call(builtin("ord"), {S("\xc3\xa9")})), "233");
  EXPECT_EQ(R(call(builtin("ord"), {S("\xe2\x82\xac")})), "8364");
  EXPECT_EQ(R(call(builtin("ord"), {S("\xf0\x9f\x98\x80")})), "128512");
  EXPECT_EQ(error_of([] { call(builtin("ord"), {S("ab")}); }),
            "TypeError: ord() expected a character, but string of length 2 found");
  EXPECT_EQ(error_of([] { call(builtin("ord"), {I(1)}); }),
            "TypeError: ord() expected string of length 1, but int found");
  EXPECT_EQ(R(call(builtin("hex"), {I(-255)})), "'-0xff'");
  EXPECT_EQ(R(call(builtin("oct"), {I(8)})), "'0o10'");
  EXPECT_EQ(R(call(builtin("bin"), {I(-5)})), "'-0b101'");
  EXPECT_EQ(error_of([] { call(builtin("hex"), {F(1.0)}); }),
            "TypeError: 'float' object cannot be interpreted as an integer");
}

// ---- builtins: sequences and introspection ----

TEST_F(BuiltinsTest, SequenceBuiltins) {
  EXPECT_EQ(R(call(builtin("sorted"), {L({I(3), I(1), I(2)})})), "[1, 2, 3]");
  EXPECT_EQ(R(call_kw(builtin("sorted"), {L({I(3), I(1)})}, {{"key", Value::none()}, {"reverse", I(1)}})), "[3, 1]");
  EXPECT_EQ(error_of([] { call(builtin("sorted"), {L({I(3)}), Value::none()}); }),
            "TypeError: sorted expected 1 argument, got 2");
  EXPECT_EQ(R(call(builtin("all"), {L({})})), "True");
  EXPECT_EQ(R(call(builtin("any"), {L({I(0), I(2)})})), "True");
  EXPECT_EQ(R(call(builtin("all"), {T({I(1), I(0)})})), "False");
  EXPECT_EQ(error_of([] { call(builtin("all"), {I(1)}); }), "TypeError: 'int' object is not iterable");
  Value it = call(builtin("iter"), {L({I(1)})});
  EXPECT_EQ(R(call(builtin("next"), {it})), "1");
  EXPECT_EQ(R(call(builtin("next"), {it, I(5)})), "5");
  EXPECT_EQ(error_of([it] { call(builtin("next"), {it}); }), "StopIteration");
  EXPECT_EQ(error_of([] { call(builtin("next"), {L({})}); }), "TypeError: 'list' object is not an iterator");
  EXPECT_EQ(error_of([] { call(builtin("iter"), {I(1), I(2)}); }), "TypeError: iter(v, w): v must be callable");
  EXPECT_EQ(R(call(builtin("len"), {L({I(1), I(2)})})), "2");
  EXPECT_EQ(error_of([] { call(builtin("len"), {I(1)}); }), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(error_of([] { call(builtin("len"), {}); }), "TypeError: len() takes exactly one argument (0 given)");
}

TEST_F(BuiltinsTest, Introspection) {
  Value t = Value::object(types::int_);
  EXPECT_EQ(R(call(builtin("isinstance"), {I(1), T({Value::object(types::str), T({t})})})), "True");
  EXPECT_EQ(R(call(builtin("isinstance"), {Value::boolean(true), t})), "True");
  EXPECT_EQ(R(call(builtin("issubclass"), {Value::object(types::bool_), T({Value::object(types::str), t})})), "True");
  EXPECT_EQ(error_of([] { call(builtin("isinstance"), {I(1), I(1)}); }),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(error_of([] { call(builtin("issubclass"), {I(1), Value::object(types::int_)}); }),
            "TypeError: issubclass() arg 1 must be a class");
  EXPECT_EQ(error_of([] { call(builtin("issubclass"), {Value::object(types::int_), I(1)}); }),
            "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
  EXPECT_EQ(error_of([] { call(builtin("getattr"), {I(1), I(2)}); }),
            "TypeError: attribute name must be string, not 'int'");
  EXPECT_EQ(error_of([] { call(builtin("getattr"), {I(1)}); }), "TypeError: getattr expected at least 2 arguments, got 1");
  EXPECT_EQ(R(call(builtin("getattr"), {I(1), S("x"), I(5)})), "5");
  EXPECT_EQ(R(call(builtin("hasattr"), {I(1), S("x")})), "False");
  EXPECT_EQ(R(call(builtin("callable"), {builtin("len")})), "True");
  EXPECT_EQ(R(call(builtin("callable"), {I(1)})), "False");
  EXPECT_EQ(R(call(builtin("format"), {F(1.5)})), "'1.5'");
  EXPECT_EQ(error_of([] { call(builtin("format"), {I(1), I(2)}); }),
            "TypeError: format() argument 2 must be str, not int");
  EXPECT_EQ(error_of([] { call(builtin("vars"), {I(1)}); }),
            "TypeError: vars() argument must have __dict__ attribute");
  EXPECT_EQ(R(call(builtin("repr"), {S("a")})), "\"'a'\"");
  EXPECT_EQ(R(call(builtin("id"), {I(1)})), R(call(builtin("id"), {I(1)})));
}

TEST_F(BuiltinsTest, ExitRaisesSystemExit) {
  EXPECT_EQ(R(builtin("exit")), "Use exit() or Ctrl-D (i.e. EOF) to exit");
  EXPECT_EQ(error_of([] { call(builtin("exit"), {I(3)}); }), "SystemExit: 3");
  EXPECT_EQ(error_of([] { call(module_fn("sys", "exit"), {}); }), "SystemExit");
}

TEST_F(BuiltinsTest, SysAttributes) {
  Value sys = dict_get(vm.modules, str_value("sys"));
  Dict* d = sys.as<Module>()->dict;
  EXPECT_EQ(R(dict_get_str(d, intern("version_info"))),
            "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
  EXPECT_EQ(R(dict_get_str(d, intern("maxsize"))), "9223372036854775807");
  EXPECT_EQ(R(getattr(dict_get_str(d, intern("float_info")), intern("dig"))), "15");
  EXPECT_EQ(R(dict_get_str(d, intern("stdout"))), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  EXPECT_EQ(error_of([] { call(module_fn("sys", "setrecursionlimit"), {I(0)}); }),
            "ValueError: recursion limit must be greater or equal than 1");
  EXPECT_EQ(error_of([] { call(module_fn("sys", "intern"), {I(1)}); }),
            "TypeError: intern() argument must be str, not int");
  EXPECT_EQ(R(call(module_fn("sys", "exc_info"), {})), "(None, None, None)");
}

TEST_F(BuiltinsTest, TimeCalendar) {
  Value t = call(module_fn("time", "gmtime"), {I(1700000000)});
  EXPECT_EQ(R(t),
            "time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, "
            "tm_yday=318, tm_isdst=0)");
  EXPECT_EQ(R(getattr(t, intern("tm_zone"))), "'UTC'");
  EXPECT_EQ(R(call(module_fn("time", "strftime"), {S("%Y-%m-%d %H:%M:%S %a %j"), t})), "'2023-11-14 22:13:20 Tue 318'");
  EXPECT_EQ(R(call(module_fn("time", "asctime"), {T({I(2024), I(2), I(29), I(13), I(5), I(9), I(3), I(60), I(0)})})),
            "'Thu Feb 29 13:05:09 2024'");
  EXPECT_EQ(error_of([] { call(module_fn("time", "strftime"), {S("%Y"), T({I(1)})}); }),
            "TypeError: strftime(): illegal time tuple argument");
  EXPECT_EQ(error_of([] { call(module_fn("time", "sleep"), {I(-1)}); }), "ValueError: sleep length must be non-negative");
}

TEST_F(BuiltinsTest, EvalExec) {
  Dict* ns = make_dict();
  dict_set_str(ns, "x", I(20));
  EXPECT_EQ(R(call(builtin("eval"), {S(" x + 1"), Value::object(ns)})), "21");
  call(builtin("exec"), {S("def f(a):\n    return a * x\ny = f(2)"), Value::object(ns)});
  EXPECT_EQ(R(dict_get_str(ns, intern("y"))), "40");
  EXPECT_FALSE(dict_get_str(ns, names::__builtins__).is_empty());
  EXPECT_EQ(error_of([] { call(builtin("eval"), {S("")}); }), "SyntaxError: invalid syntax");
  EXPECT_EQ(error_of([] { call(builtin("compile"), {S("1"), S("f"), S("eval")}); }),
            "NotImplementedError: compile() is not supported by Coil yet");
}

TEST_F(BuiltinsTest, OSErrorText) {
  Value e = call(Value::object(exc::OSError), {I(2), S("x"), S("f")});
  EXPECT_EQ(std::string(type_of(e)->name->view()), "FileNotFoundError");
  EXPECT_EQ(std::string(to_str(e)->view()), "[Errno 2] x: 'f'");
  EXPECT_EQ(R(getattr(e, intern("args"))), "(2, 'x')");
  EXPECT_EQ(std::string(to_str(call(Value::object(exc::OSError), {I(2)}))->view()), "2");
  EXPECT_EQ(error_of([] { call(builtin("open"), {S("/nonexistent/file")}); }),
            "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/file'");
}

}  // namespace
}  // namespace coil
