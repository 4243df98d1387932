// Coil — classes: creation (the `class` statement and type(name, bases,
// dict)), C3 linearization, version tags, and the methods of `object`,
// `type` and `super`.
#pragma once

#include "core/object.h"

namespace coil {

struct Dict;

// A fresh, never-reused version tag.
uint64_t next_type_version();
// Call after changing a type's dict: gives it and every subclass a new
// version (invalidating method caches) and refreshes derived flags.
void type_modified(Type* type);

// Gives a bare builtin type its name, dict, bases and MRO (start-up only).
void finish_builtin_type(Type* type, const char* name);

// type(name, bases, namespace, **kw): creates a class, as the class
// statement does after running the body. `meta` is the metaclass
// (types::type normally); keyword arguments go to __init_subclass__.
Type* make_class(Type* meta, Str* name, Tuple* bases, Dict* ns, const Value* kwvalues = nullptr,
                 Tuple* kwnames = nullptr);

// Instantiates `type`: __new__ then __init__, as type.__call__ does.
Value type_call(Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// `super(type, obj)` lookups: finds `name` in obj's MRO after `type`, bound
// to obj. Empty if absent.
Value super_lookup(Type* start_after, Value obj, Str* name);

struct Super : Object {
  Type* type;       // the class named in super(type, obj)
  Value obj;        // the instance (or class)
  Type* obj_type;   // obj's type, or obj itself if it is a class
};

// The repr used for classes: "<class '__main__.Foo'>".
Str* type_repr(Type* type);

void init_object_type();
// types.GenericAlias and __class_getitem__ on the builtin generic classes.
void init_generic_alias_type();
void init_type_type();

}  // namespace coil
