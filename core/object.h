// Coil — the object model: every heap object starts with its type.
// Types are objects too; instance attributes live in shape-described slots
// (core/shape.h) at a per-type offset, so builtin layouts can be subclassed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "core/gc.h"
#include "core/value.h"

namespace coil {

struct Type;
struct Str;
struct Tuple;
struct Dict;
struct Shape;

struct Object {
  Type* type;
};

// The calling convention of native code, vectorcall-style: `args` holds
// `nargs` positional values followed by one value per name in `kwnames`
// (a Tuple of Str, or null when there are no keyword arguments). `self` is
// the receiver of a method, Empty for a plain function.
using NativeFn = Value (*)(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// One native method or function, as listed in a type's method table.
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint8_t kind;  // MethodDef::kInstance / kStatic / kClass
  static constexpr uint8_t kInstance = 0, kStatic = 1, kClass = 2;
};

// A native attribute of a builtin type (like CPython's getset): a data
// descriptor found in the type dict; `set` null means read-only.
using GetterFn = Value (*)(Value self);
using SetterFn = void (*)(Value self, Value v);
struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set;
};

// The builtin object layouts. A user class inherits the layout of its
// builtin base, and the interpreter's fast paths test layouts, not types.
#define COIL_LAYOUTS(_) \
  _(OBJECT)   _(TYPE)     _(INT)      _(FLOAT)    _(BOOL)     _(NONE)  \
  _(STR)      _(BYTES)    _(TUPLE)    _(LIST)     _(DICT)     _(SET)   \
  _(FROZENSET) _(RANGE)   _(SLICE)    _(FUNCTION) _(BUILTIN)  _(METHOD) \
  _(CODE)     _(CELL)     _(MODULE)   _(EXCEPTION) _(GENERATOR) _(PROPERTY) \
  _(STATICMETHOD) _(CLASSMETHOD) _(SUPER) _(ITERATOR) _(DICTVIEW) _(OTHER)

enum class Layout : uint8_t {
#define COIL_LAYOUT_ENUM(n) n,
  COIL_LAYOUTS(COIL_LAYOUT_ENUM)
#undef COIL_LAYOUT_ENUM
};

// Instance attribute storage, embedded at Type::attrs_offset in objects whose
// type allows attributes. `slots` is indexed by the shape; in dictionary mode
// (after a delete, or too many attributes) `shape` is null and `dict` is used.
struct AttrStore {
  Shape* shape;
  Value* slots;
  Dict* dict;
};

// offsetof for our object structs: they inherit from Object, which makes them
// non-standard-layout in C++'s eyes, but GCC lays them out predictably.
#define COIL_OFFSETOF(type, member)                                          \
  ([]() constexpr {                                                          \
    _Pragma("GCC diagnostic push")                                           \
    _Pragma("GCC diagnostic ignored \"-Winvalid-offsetof\"")                 \
    return static_cast<uint32_t>(offsetof(type, member));                    \
    _Pragma("GCC diagnostic pop")                                            \
  }())

struct Type : Object {
  Str* name;               // __name__
  Str* qualname;           // __qualname__
  Str* module;             // __module__ (null for builtins: "builtins")
  Type* base;              // the base whose layout this type extends
  Tuple* bases;            // __bases__
  Tuple* mro;              // __mro__, C3-linearized
  Dict* dict;              // class attributes, methods included
  uint64_t version;        // bumped when this class or an ancestor changes
  GcVector<Type*>* subclasses;  // to propagate version bumps
  Shape* root_shape;       // empty shape of this type's instances
  uint32_t instance_size;  // bytes allocated for an instance
  uint32_t attrs_offset;   // offset of AttrStore, 0 if instances have none
  Layout layout;           // builtin layout (inherited by subclasses)
  bool is_builtin;         // builtin types are immutable from Python
  bool is_abstract_base;   // e.g. BaseException hierarchy roots: none yet
  bool has_getattr;        // defines __getattr__ somewhere in the MRO
  bool has_setattr;        // overrides __setattr__/__delattr__
  bool has_getattribute;   // overrides __getattribute__
  bool no_instance_dict;   // __slots__ without __dict__: only slot names can be set
};

// The builtin types, created by init_types(): (C++ name, Python name).
#define COIL_BUILTIN_TYPES(_)                                                        \
  _(object, "object") _(type, "type") _(int_, "int") _(float_, "float")             \
  _(bool_, "bool") _(NoneType, "NoneType") _(str, "str") _(bytes, "bytes")          \
  _(tuple, "tuple") _(list, "list") _(dict, "dict") _(set, "set")                   \
  _(frozenset, "frozenset") _(range, "range") _(slice, "slice")                     \
  _(function, "function") _(builtin_function, "builtin_function_or_method")         \
  _(method_descriptor, "method_descriptor") _(method, "method") _(code, "code")      \
  _(cell, "cell") _(module, "module") _(generator, "generator")                     \
  _(property, "property") _(staticmethod, "staticmethod")                           \
  _(classmethod, "classmethod") _(super, "super")                                   \
  _(NotImplementedType, "NotImplementedType") _(ellipsis, "ellipsis")               \
  _(dict_keys, "dict_keys") _(dict_values, "dict_values") _(dict_items, "dict_items") \
  _(list_iterator, "list_iterator") _(list_reverseiterator, "list_reverseiterator") \
  _(tuple_iterator, "tuple_iterator") _(str_iterator, "str_ascii_iterator")         \
  _(range_iterator, "range_iterator") _(dict_keyiterator, "dict_keyiterator")       \
  _(dict_valueiterator, "dict_valueiterator")                                       \
  _(dict_itemiterator, "dict_itemiterator") _(set_iterator, "set_iterator")         \
  _(bytes_iterator, "bytes_iterator") _(callable_iterator, "callable_iterator")     \
  _(seq_iterator, "iterator") _(enumerate, "enumerate") _(zip, "zip")               \
  _(map, "map") _(filter, "filter") _(reversed, "reversed")                         \
  _(getset_descriptor, "getset_descriptor") _(traceback, "traceback")               \
  _(member_descriptor, "member_descriptor") _(generic_alias, "GenericAlias")

// types::list, types::int_, ...: the builtin type objects.
namespace types {
#define COIL_TYPE_DECL(field, name) extern Type* field;
COIL_BUILTIN_TYPES(COIL_TYPE_DECL)
#undef COIL_TYPE_DECL
}  // namespace types

// Singletons that are heap objects.
extern Value g_not_implemented;
extern Value g_ellipsis;

// The type of any value, immediates included.
inline Type* type_of(Value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_int()) return types::int_;
  if (v.is_double()) return types::float_;
  if (v.is_bool()) return types::bool_;
  return types::NoneType;
}

// True when v's type is t or a subclass of t.
bool is_subtype(Type* sub, Type* t);
inline bool isinstance(Value v, Type* t) {
  Type* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}
inline bool has_layout(Value v, Layout l) { return v.is_object() && v.as_object()->type->layout == l; }

// Creates a builtin type object (during start-up) and registers its methods.
Type* make_builtin_type(const char* name, Type* base, Layout layout, uint32_t instance_size,
                        std::span<const MethodDef> methods = {});
// Adds native methods to a type's dict.
void add_methods(Type* type, std::span<const MethodDef> methods);
// Adds native attributes (getset descriptors) to a type's dict.
void add_getsets(Type* type, std::span<const GetSetDef> getsets);
// Sets a class attribute from C++ (start-up only for builtin types).
void type_set_attr(Type* type, const char* name, Value v);

// Creates all builtin types and singletons. Idempotent.
void init_types();

// Allocates a zeroed object of `size` bytes with the given type.
Object* alloc_object(Type* type, size_t size);
template <class O> O* alloc(Type* type, size_t size = sizeof(O)) {
  return static_cast<O*>(alloc_object(type, size));
}

}  // namespace coil
