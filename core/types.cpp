// Coil — builtin type objects: creation, method tables, subtype tests.
// init_types() makes every builtin type first (so that any file can refer to
// types::xxx), then lets each type's own file register its methods.
#include <cstring>

#include "core/dict.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/function.h"
#include "core/int.h"
#include "core/list.h"
#include "core/range.h"
#include "core/names.h"
#include "core/set.h"
#include "core/shape.h"
#include "core/slice.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

namespace types {
#define COIL_TYPE_DEF(field, name) Type* field;
COIL_BUILTIN_TYPES(COIL_TYPE_DEF)
#undef COIL_TYPE_DEF
}  // namespace types

Value g_not_implemented;
Value g_ellipsis;

Object* alloc_object(Type* type, size_t size) {
  auto* o = static_cast<Object*>(gc_alloc(size));
  o->type = type;
  return o;
}

bool is_subtype(Type* sub, Type* t) {
  if (sub == t) return true;
  if (Tuple* mro = sub->mro) {
    for (int64_t i = 0; i < mro->length; i++)
      if ((*mro)[i].as_object() == t) return true;
    return false;
  }
  for (Type* b = sub->base; b; b = b->base)
    if (b == t) return true;
  return false;
}

void add_methods(Type* type, std::span<const MethodDef> methods) {
  for (const MethodDef& m : methods) {
    Value v;
    BuiltinFunction* fn = make_builtin(&m, Value::empty(), type);
    if (m.kind == MethodDef::kInstance) {
      fn->type = types::method_descriptor;
      v = Value::object(fn);
    } else if (m.kind == MethodDef::kStatic) {
      v = Value::object(fn);
      // __new__ is stored as a plain builtin, as CPython does; other static
      // methods are wrapped so that instance access does not bind them.
      if (std::strcmp(m.name, "__new__") != 0) {
        auto* w = alloc<WrapperDescr>(types::staticmethod);
        w->func = v;
        v = Value::object(w);
      }
    } else {
      auto* w = alloc<WrapperDescr>(types::classmethod);
      w->func = Value::object(fn);
      v = Value::object(w);
    }
    dict_set(type->dict, Value::object(intern(m.name)), v);
  }
  type_modified(type);
}

void add_getsets(Type* type, std::span<const GetSetDef> getsets) {
  for (const GetSetDef& g : getsets) {
    auto* d = alloc<GetSetDescriptor>(types::getset_descriptor);
    d->def = &g;
    d->owner = type;
    dict_set(type->dict, Value::object(intern(g.name)), Value::object(d));
  }
  type_modified(type);
}

void type_set_attr(Type* type, const char* name, Value v) {
  dict_set(type->dict, Value::object(intern(name)), v);
  type_modified(type);
}

namespace {

// Allocates a bare type object; names and dicts come later because str and
// dict need their own types to exist first.
Type* new_type_shell(Type* base, Layout layout, uint32_t instance_size) {
  auto* t = static_cast<Type*>(gc_alloc(sizeof(Type)));
  t->base = base;
  t->layout = layout;
  t->instance_size = instance_size;
  t->is_builtin = true;
  t->version = next_type_version();
  return t;
}

struct BuiltinTypeSpec {
  Type** slot;
  const char* name;
  Type** base;
  Layout layout;
  uint32_t instance_size;
};

}  // namespace

Type* make_builtin_type(const char* name, Type* base, Layout layout, uint32_t instance_size,
                        std::span<const MethodDef> methods) {
  Type* t = new_type_shell(base, layout, instance_size);
  t->type = types::type;
  finish_builtin_type(t, name);
  add_methods(t, methods);
  return t;
}

void init_types() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  gc_init();

  using types::object;
  // The layout of each builtin type; iterators and views are OTHER-sized by
  // their own files and never subclassed.
  const BuiltinTypeSpec specs[] = {
      {&types::object, "object", nullptr, Layout::OBJECT, sizeof(Object)},
      {&types::type, "type", &types::object, Layout::TYPE, sizeof(Type)},
      {&types::int_, "int", &types::object, Layout::INT, sizeof(BigInt)},
      {&types::bool_, "bool", &types::int_, Layout::BOOL, sizeof(Object)},
      {&types::float_, "float", &types::object, Layout::FLOAT, sizeof(Object)},
      {&types::NoneType, "NoneType", &types::object, Layout::NONE, sizeof(Object)},
      {&types::str, "str", &types::object, Layout::STR, sizeof(Str)},
      {&types::bytes, "bytes", &types::object, Layout::BYTES, sizeof(Bytes)},
      {&types::tuple, "tuple", &types::object, Layout::TUPLE, sizeof(Tuple)},
      {&types::list, "list", &types::object, Layout::LIST, sizeof(List)},
      {&types::dict, "dict", &types::object, Layout::DICT, sizeof(Dict)},
      {&types::set, "set", &types::object, Layout::SET, sizeof(Set)},
      {&types::frozenset, "frozenset", &types::object, Layout::FROZENSET, sizeof(Set)},
      {&types::function, "function", &types::object, Layout::FUNCTION, sizeof(Function)},
      {&types::builtin_function, "builtin_function_or_method", &types::object, Layout::BUILTIN,
       sizeof(BuiltinFunction)},
      {&types::method_descriptor, "method_descriptor", &types::object, Layout::BUILTIN,
       sizeof(BuiltinFunction)},
      {&types::method, "method", &types::object, Layout::METHOD, sizeof(BoundMethod)},
      {&types::cell, "cell", &types::object, Layout::CELL, sizeof(Cell)},
      {&types::module, "module", &types::object, Layout::MODULE, sizeof(Module)},
      {&types::property, "property", &types::object, Layout::PROPERTY, sizeof(Property)},
      {&types::staticmethod, "staticmethod", &types::object, Layout::STATICMETHOD,
       sizeof(WrapperDescr)},
      {&types::classmethod, "classmethod", &types::object, Layout::CLASSMETHOD,
       sizeof(WrapperDescr)},
      {&types::getset_descriptor, "getset_descriptor", &types::object, Layout::OTHER,
       sizeof(GetSetDescriptor)},
      {&types::member_descriptor, "member_descriptor", &types::object, Layout::OTHER,
       sizeof(MemberDescriptor)},
  };
  for (const BuiltinTypeSpec& s : specs)
    *s.slot = new_type_shell(s.base ? *s.base : nullptr, s.layout, s.instance_size);
  // Everything else: layouts owned by their files, allocated with explicit sizes.
#define COIL_TYPE_SHELL(field, name) \
  if (!types::field) types::field = new_type_shell(types::object, Layout::OTHER, sizeof(Object));
  COIL_BUILTIN_TYPES(COIL_TYPE_SHELL)
#undef COIL_TYPE_SHELL
  types::range->layout = Layout::RANGE;
  types::slice->layout = Layout::SLICE;
  types::code->layout = Layout::CODE;
  types::generator->layout = Layout::GENERATOR;
  types::super->layout = Layout::SUPER;
  types::traceback->layout = Layout::OTHER;
  types::dict_keys->layout = types::dict_values->layout = types::dict_items->layout = Layout::DICTVIEW;

  // Now str and dict can be made: name and populate every type.
#define COIL_TYPE_TYPE(field, name) types::field->type = types::type;
  COIL_BUILTIN_TYPES(COIL_TYPE_TYPE)
#undef COIL_TYPE_TYPE
  init_names();
#define COIL_TYPE_FINISH(field, name) finish_builtin_type(types::field, name);
  COIL_BUILTIN_TYPES(COIL_TYPE_FINISH)
#undef COIL_TYPE_FINISH

  g_not_implemented = Value::object(alloc_object(types::NotImplementedType, sizeof(Object)));
  g_ellipsis = Value::object(alloc_object(types::ellipsis, sizeof(Object)));

  init_object_type();
  init_type_type();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_str_type();
  init_bytes_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_type();
  init_range_type();
  init_slice_type();
  init_function_types();
  init_generic_alias_type();
  init_exceptions();
}

}  // namespace coil
