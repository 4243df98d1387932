// Unit tests: shapes (hidden classes) and instance attribute storage.
#include <gtest/gtest.h>

#include "core/dict.h"
#include "core/int.h"
#include "core/object.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/type_object.h"
#include "core/tuple.h"

namespace coil {
namespace {

class ShapeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    init_types();
    cls = make_class(types::type, intern("Point"), empty_tuple(), make_dict());
  }
  AttrStore* new_instance() {
    Object* o = alloc_object(cls, cls->instance_size);
    return attr_store(Value::object(o));
  }
  Type* cls = nullptr;
};

TEST_F(ShapeTest, SameInsertionOrderSharesOneShape) {
  AttrStore* a = new_instance();
  AttrStore* b = new_instance();
  attrs_set(cls, a, intern("x"), make_int(1));
  attrs_set(cls, a, intern("y"), make_int(2));
  attrs_set(cls, b, intern("x"), make_int(3));
  attrs_set(cls, b, intern("y"), make_int(4));
  ASSERT_NE(a->shape, nullptr);
  EXPECT_EQ(a->shape, b->shape);
  EXPECT_EQ(shape_find(a->shape, intern("x")), 0);
  EXPECT_EQ(shape_find(a->shape, intern("y")), 1);
  EXPECT_EQ(attrs_get(b, intern("y")).as_int(), 4);
}

TEST_F(ShapeTest, DifferentOrderGivesDifferentShapes) {
  AttrStore* a = new_instance();
  AttrStore* b = new_instance();
  attrs_set(cls, a, intern("x"), make_int(1));
  attrs_set(cls, a, intern("y"), make_int(2));
  attrs_set(cls, b, intern("y"), make_int(1));
  attrs_set(cls, b, intern("x"), make_int(2));
  EXPECT_NE(a->shape, b->shape);
}

TEST_F(ShapeTest, OverwriteKeepsTheShape) {
  AttrStore* a = new_instance();
  attrs_set(cls, a, intern("x"), make_int(1));
  Shape* s = a->shape;
  attrs_set(cls, a, intern("x"), make_int(7));
  EXPECT_EQ(a->shape, s);
  EXPECT_EQ(attrs_get(a, intern("x")).as_int(), 7);
}

TEST_F(ShapeTest, ManyAttributesUseTheLookupTableAndStayCorrect) {
  AttrStore* a = new_instance();
  for (int i = 0; i < 40; i++) attrs_set(cls, a, intern("a" + std::to_string(i)), make_int(i));
  for (int i = 0; i < 40; i++) EXPECT_EQ(attrs_get(a, intern("a" + std::to_string(i))).as_int(), i);
  EXPECT_TRUE(attrs_get(a, intern("missing")).is_empty());
}

TEST_F(ShapeTest, DeleteSwitchesToDictionaryModeKeepingOrder) {
  AttrStore* a = new_instance();
  attrs_set(cls, a, intern("x"), make_int(1));
  attrs_set(cls, a, intern("y"), make_int(2));
  attrs_set(cls, a, intern("z"), make_int(3));
  EXPECT_TRUE(attrs_delete(a, intern("y")));
  EXPECT_EQ(a->shape, nullptr);
  EXPECT_FALSE(attrs_delete(a, intern("y")));
  Dict* d = attrs_dict(a);
  EXPECT_EQ(d->used, 2);
  Value k, v;
  int64_t pos = 0;
  ASSERT_TRUE(dict_next(d, &pos, &k, &v));
  EXPECT_EQ(k.as<Str>()->view(), "x");
  ASSERT_TRUE(dict_next(d, &pos, &k, &v));
  EXPECT_EQ(k.as<Str>()->view(), "z");
}

TEST_F(ShapeTest, NonInternedNamesFindInternedSlots) {
  AttrStore* a = new_instance();
  attrs_set(cls, a, intern("name"), make_int(5));
  Str* dynamic = make_str("na" + std::string("me"));
  EXPECT_EQ(attrs_get(a, dynamic).as_int(), 5);
}

}  // namespace
}  // namespace coil
