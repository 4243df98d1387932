// Coil — callables and descriptors: Python functions, native functions,
// bound methods, cells, staticmethod/classmethod/property, getset
// descriptors, and modules.
#pragma once

#include "core/object.h"

namespace coil {

struct Code;
struct Dict;

struct Function : Object {
  AttrStore attrs;       // function attributes (f.cache = ...), dict mode
  struct Code* code;
  Dict* globals;
  Tuple* defaults;       // positional defaults, or null
  Dict* kwdefaults;      // keyword-only defaults, or null
  Tuple* closure;        // cells for the code's free variables, or null
  Dict* annotations;     // __annotations__, or null until asked for
  Str* name;
  Str* qualname;
  Value module;          // __module__
  Value doc;
};

// A native function or method. `self` is Empty for a plain function and for
// an unbound method descriptor (then args[0] is the receiver).
struct BuiltinFunction : Object {
  const MethodDef* def;
  Value self;
  Type* owner;           // the type that defines it (method descriptors)
};

struct BoundMethod : Object {
  Value func;
  Value self;
};

struct Cell : Object {
  Value value;           // Empty: unbound
};

// staticmethod(f) / classmethod(f).
struct WrapperDescr : Object {
  Value func;
  AttrStore attrs;
};

struct Property : Object {
  Value fget, fset, fdel, doc;
};

struct GetSetDescriptor : Object {
  const GetSetDef* def;
  Type* owner;
};

// A __slots__ entry: a data descriptor for one named slot of instances.
struct MemberDescriptor : Object {
  Str* name;
  Type* owner;
};

struct Module : Object {
  Dict* dict;
  Str* name;
};

// Runs a Python function (implemented by the interpreter).
Value call_function(Function* f, const Value* args, size_t nargs, Tuple* kwnames);

Function* make_function(struct Code* code, Dict* globals, Str* qualname);
BuiltinFunction* make_builtin(const MethodDef* def, Value self = Value::empty(), Type* owner = nullptr);
Value make_bound_method(Value func, Value self);
Cell* make_cell(Value v);
Module* make_module(Str* name);

// Registers the methods/attributes of function, method, cell, property,
// staticmethod, classmethod, module types. Called by init_types().
void init_function_types();

}  // namespace coil
