// Coil — unit tests for str internals: representation (length, ASCII flag,
// code-point index crumbs), the single-character cache, interning, hashing,
// indexing and slicing of long non-ASCII strings against a naive decoder,
// iteration, the direct C++ entry points, codecs round trips, the Unicode
// database and slice_indices.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/object.h"
#include "core/ops.h"
#include "core/slice.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/unicode.h"

namespace coil {
namespace {

class StrTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gc_init();
    init_types();
  }
};

std::string text(Str* s) { return std::string(s->view()); }
std::string text(Value v) { return text(v.as<Str>()); }

// Code points of UTF-8 text, decoded naively.
std::vector<uint32_t> code_points(const std::string& s) {
  std::vector<uint32_t> out;
  const char* p = s.data();
  const char* e = p + s.size();
  while (p < e) out.push_back(utf8_next(p));
  return out;
}

std::string encode(const std::vector<uint32_t>& cps) {
  std::string out;
  char buf[4];
  for (uint32_t c : cps) out.append(buf, static_cast<size_t>(utf8_encode(c, buf)));
  return out;
}

// A long string mixing 1-, 2-, 3- and 4-byte code points.
std::string mixed_text(int n) {
  static const uint32_t kPool[] = {'a', 'Z', ' ', 0xE9, 0x3A3, 0x20AC, 0x65E5, 0x1F600, '7', 0x10FFFF};
  std::vector<uint32_t> cps;
  for (int i = 0; i < n; i++) cps.push_back(kPool[(i * 7 + i / 3) % 10]);
  return encode(cps);
}

std::string exc_type(const PyException& e) { return std::string(type_name_view(e.exc->type)); }

TEST_F(StrTest, RepresentationFields) {
  Str* a = make_str("hello");
  EXPECT_EQ(a->length, 5);
  EXPECT_EQ(a->size, 5);
  EXPECT_TRUE(a->ascii);
  EXPECT_EQ(a->data()[5], '\0');
  EXPECT_EQ(a->type, types::str);
  Str* b = make_str("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80");
  EXPECT_EQ(b->length, 9);
  EXPECT_EQ(b->size, 15);
  EXPECT_FALSE(b->ascii);
  EXPECT_EQ(make_str("")->length, 0);
  EXPECT_EQ(make_str(""), make_str(""));
}

TEST_F(StrTest, SingleCharacterCache) {
  EXPECT_EQ(make_str("a"), make_str("a"));
  EXPECT_EQ(make_str("a"), str_from_code_point('a'));
  EXPECT_EQ(str_from_code_point(0xE9), make_str("\xc3\xa9"));
  EXPECT_EQ(str_getitem_index(make_str("xyz"), 1), make_str("y"));
  EXPECT_EQ(str_getitem_index(make_str("x\xc3\xa9z"), 1), str_from_code_point(0xE9));
  Str* big = str_from_code_point(0x20AC);
  EXPECT_EQ(big->length, 1);
  EXPECT_EQ(big->size, 3);
}

TEST_F(StrTest, Interning) {
  Str* a = intern("some_identifier");
  Str* b = intern(make_str("some_identifier"));
  EXPECT_EQ(a, b);
  EXPECT_TRUE(a->interned);
  Str* c = make_str("another_identifier");
  EXPECT_EQ(intern(c), c);  // an exact str becomes the interned one
  EXPECT_EQ(intern("another_identifier"), c);
  // Many interned names force the table to grow and stay consistent.
  std::vector<Str*> made;
  for (int i = 0; i < 5000; i++) made.push_back(intern("name_" + std::to_string(i)));
  for (int i = 0; i < 5000; i++) EXPECT_EQ(intern("name_" + std::to_string(i)), made[static_cast<size_t>(i)]);
}

TEST_F(StrTest, Hashing) {
  Str* a = make_str("hash me please, a long enough string to take the 48-byte loop path");
  Str* b = make_str("hash me please, a long enough string to take the 48-byte loop path");
  EXPECT_NE(a, b);
  EXPECT_EQ(str_hash(a), str_hash(b));
  EXPECT_EQ(a->hash, str_hash(a));
  EXPECT_NE(str_hash(make_str("ab")), str_hash(make_str("ba")));
  EXPECT_EQ(hash_value(Value::object(a)), str_hash(a));
  // bytes and str of the same ASCII text hash alike, as in CPython.
  EXPECT_EQ(bytes_hash(make_bytes("abc")), str_hash(make_str("abc")));
  for (int i = 0; i < 2000; i++) EXPECT_NE(str_hash(make_str(std::string(static_cast<size_t>(i % 70), 'x') + std::to_string(i))), -1);
}

TEST_F(StrTest, IndexingLongNonAsciiMatchesNaiveDecoding) {
  for (int n : {1, 31, 32, 33, 63, 64, 65, 200, 1000}) {
    std::string t = mixed_text(n);
    std::vector<uint32_t> cps = code_points(t);
    Str* s = make_str(t);
    ASSERT_EQ(s->length, static_cast<int64_t>(cps.size()));
    for (int64_t i = 0; i < s->length; i++) {
      EXPECT_EQ(utf8_decode(str_getitem_index(s, i)->data()), cps[static_cast<size_t>(i)]) << n << " " << i;
      EXPECT_EQ(utf8_decode(str_getitem_index(s, i - s->length)->data()), cps[static_cast<size_t>(i)]);
    }
    try {
      str_getitem_index(s, s->length);
      ADD_FAILURE() << "no IndexError";
    } catch (PyException& e) {
      EXPECT_EQ(exc_type(e), "IndexError");
    }
  }
}

TEST_F(StrTest, SlicingLongNonAsciiMatchesNaive) {
  std::string t = mixed_text(300);
  std::vector<uint32_t> cps = code_points(t);
  Str* s = make_str(t);
  auto n = static_cast<int64_t>(cps.size());
  for (int64_t step : {1, 2, 3, 7, 33, -1, -2, -5, -40}) {
    for (int64_t start : {0, 1, 31, 32, 100, 299}) {
      for (int64_t stop : {0, 5, 64, 250, 300}) {
        Value sl = make_slice(Value::small_int(start), Value::small_int(stop), Value::small_int(step));
        int64_t a, b, st;
        int64_t count = slice_indices(sl, n, &a, &b, &st);
        std::vector<uint32_t> want;
        for (int64_t k = 0, i = a; k < count; k++, i += st) want.push_back(cps[static_cast<size_t>(i)]);
        Str* r = str_getitem(s, sl).as<Str>();
        EXPECT_EQ(text(r), encode(want)) << start << ":" << stop << ":" << step;
        EXPECT_EQ(r->length, static_cast<int64_t>(want.size()));
        // Results are complete strs: their own crumbs must index correctly.
        for (int64_t i = 0; i < r->length; i += 13)
          EXPECT_EQ(utf8_decode(str_getitem_index(r, i)->data()), want[static_cast<size_t>(i)]);
      }
    }
  }
}

TEST_F(StrTest, Iteration) {
  std::string t = mixed_text(100);
  Str* s = make_str(t);
  Value it = get_iter(Value::object(s));
  EXPECT_EQ(type_of(it), types::str_iterator);
  std::string joined;
  int count = 0;
  for (Value c; !(c = iter_next(it)).is_empty(); count++) joined += text(c);
  EXPECT_EQ(count, 100);
  EXPECT_EQ(joined, t);
  EXPECT_TRUE(iter_next(it).is_empty());
}

TEST_F(StrTest, ConcatRepeatJoin) {
  Str* a = make_str("ab\xc3\xa9");
  Str* b = make_str("cd");
  Str* c = str_concat(a, b);
  EXPECT_EQ(text(c), "ab\xc3\xa9" "cd");
  EXPECT_EQ(c->length, 5);
  EXPECT_FALSE(c->ascii);
  EXPECT_EQ(str_concat(b, make_str("")), b);
  Str* r = str_repeat(a, 50);
  EXPECT_EQ(r->length, 150);
  EXPECT_EQ(utf8_decode(str_getitem_index(r, 149)->data()), 0xE9u);
  EXPECT_EQ(str_repeat(a, 0)->length, 0);
  EXPECT_EQ(str_repeat(a, -3)->length, 0);
  List* l = make_list();
  for (const char* x : {"x", "y\xc3\xa9", "z"}) list_append(l, str_value(x));
  Str* j = str_join(make_str(", "), Value::object(l));
  EXPECT_EQ(text(j), "x, y\xc3\xa9, z");
  EXPECT_EQ(j->length, 8);
  // A one-item join returns the item itself.
  List* one = make_list();
  list_append(one, Value::object(b));
  EXPECT_EQ(str_join(make_str("-"), Value::object(one)), b);
}

TEST_F(StrTest, DirectEntryPoints) {
  EXPECT_EQ(text(str_repr(make_str("it's"))), "\"it's\"");
  EXPECT_EQ(text(str_ascii_repr(make_str("\xc3\xa9\xf0\x9f\x98\x80"))), "'\\xe9\\U0001f600'");
  EXPECT_EQ(str_compare(make_str("a"), make_str("b")), -1);
  EXPECT_EQ(str_compare(make_str("\xc3\xa9"), make_str("z")), 1);
  EXPECT_EQ(str_compare(make_str("ab"), make_str("ab")), 0);
  EXPECT_TRUE(str_contains(make_str("hello"), make_str("ell")));
  EXPECT_EQ(str_find(make_str("h\xc3\xa9llo"), make_str("l")), 2);
  Value args[] = {Value::small_int(5), str_value("x")};
  EXPECT_EQ(text(str_format(make_str("{}-{}"), args, 2, nullptr)), "5-x");
  EXPECT_EQ(text(str_percent_format(make_str("%d%%"), Value::small_int(7))), "7%");
  EXPECT_TRUE(utf8_valid("abc\xc3\xa9"));
  EXPECT_FALSE(utf8_valid("\xc3"));
  EXPECT_FALSE(utf8_valid("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(utf8_valid("\xc0\xaf"));      // overlong
  EXPECT_FALSE(utf8_valid("\xf4\x90\x80\x80"));  // > U+10FFFF
}

TEST_F(StrTest, SurrogateEscapeRoundTrip) {
  std::string raw = "a\x80\xff\xc3\xa9z";
  Str* s = str_decode(raw, "utf-8", "surrogateescape");
  EXPECT_EQ(s->length, 5);
  EXPECT_EQ(utf8_decode(str_getitem_index(s, 1)->data()), 0xDC80u);
  Value r = call_method(Value::object(s), intern("encode"), {str_value("utf-8"), str_value("surrogateescape")});
  EXPECT_EQ(r.as<Bytes>()->view(), raw);
}

TEST_F(StrTest, UnicodeDatabase) {
  uint32_t out[3];
  ASSERT_EQ(uni_case_map(0xDF, CaseKind::UPPER, out), 2);  // ß → SS
  EXPECT_EQ(out[0], 'S');
  EXPECT_EQ(uni_case_map(0x3A3, CaseKind::LOWER, out), 1);
  EXPECT_EQ(out[0], 0x3C3u);
  EXPECT_TRUE(uni_isspace(0x3000));
  EXPECT_FALSE(uni_isprintable(0xA0));
  EXPECT_TRUE(uni_isprintable(0xE9));
  EXPECT_EQ(uni_decimal_value(0x661), 1);  // ARABIC-INDIC DIGIT ONE
  EXPECT_TRUE(uni_isxid_start('_'));
  EXPECT_FALSE(uni_isxid_start('1'));
  EXPECT_TRUE(uni_isxid_continue('1'));
  EXPECT_EQ(utf8_count("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 and some ascii", 25), 19);
}

TEST_F(StrTest, SliceIndices) {
  int64_t a, b, s;
  Value none = Value::none();
  EXPECT_EQ(slice_indices(make_slice(none, none, none), 10, &a, &b, &s), 10);
  EXPECT_EQ(slice_indices(make_slice(none, none, Value::small_int(-1)), 10, &a, &b, &s), 10);
  EXPECT_EQ(a, 9);
  EXPECT_EQ(b, -1);
  EXPECT_EQ(slice_indices(make_slice(Value::small_int(-100), Value::small_int(3), none), 10, &a, &b, &s), 3);
  EXPECT_EQ(slice_indices(make_slice(Value::small_int(8), Value::small_int(2), Value::small_int(-3)), 10, &a, &b, &s), 2);
  try {
    slice_indices(make_slice(none, none, Value::small_int(0)), 3, &a, &b, &s);
    ADD_FAILURE();
  } catch (PyException& e) {
    EXPECT_EQ(exc_type(e), "ValueError");
  }
}

TEST_F(StrTest, BytesBasics) {
  EXPECT_EQ(make_bytes("a"), make_bytes("a"));
  Bytes* b = make_bytes(std::string_view("\x00\xff'", 3));
  EXPECT_EQ(b->size, 3);
  EXPECT_EQ(text(bytes_repr(b)), "b\"\\x00\\xff'\"");
  EXPECT_EQ(bytes_getitem(b, Value::small_int(1)).as_int(), 255);
  EXPECT_EQ(bytes_concat(make_bytes("ab"), make_bytes("cd"))->view(), "abcd");
  Value it = get_iter(Value::object(make_bytes("xy")));
  EXPECT_EQ(iter_next(it).as_int(), 'x');
  EXPECT_EQ(iter_next(it).as_int(), 'y');
  EXPECT_TRUE(iter_next(it).is_empty());
}

}  // namespace
}  // namespace coil
