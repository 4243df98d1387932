// Coil — function, method, cell, property, staticmethod, classmethod and
// module objects.
#include "core/function.h"

#include <cinttypes>
#include <cstdio>
#include <string>

#include "core/args.h"
#include "core/bytecode.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

Function* make_function(Code* code, Dict* globals, Str* qualname) {
  auto* f = alloc<Function>(types::function);
  f->code = code;
  f->globals = globals;
  f->name = code->name;
  f->qualname = qualname ? qualname : code->name;
  Value mod = dict_get_str(globals, names::__name__);
  f->module = mod.is_empty() ? Value::none() : mod;
  f->doc = Value::none();
  return f;
}

BuiltinFunction* make_builtin(const MethodDef* def, Value self, Type* owner) {
  auto* b = alloc<BuiltinFunction>(types::builtin_function);
  b->def = def;
  b->self = self;
  b->owner = owner;
  return b;
}

Value make_bound_method(Value func, Value self) {
  auto* m = alloc<BoundMethod>(types::method);
  m->func = func;
  m->self = self;
  return Value::object(m);
}

Cell* make_cell(Value v) {
  auto* c = alloc<Cell>(types::cell);
  c->value = v;
  return c;
}

Module* make_module(Str* name) {
  auto* m = alloc<Module>(types::module);
  m->name = name;
  m->dict = make_dict();
  dict_set(m->dict, Value::object(names::__name__), Value::object(name));
  dict_set(m->dict, Value::object(names::__doc__), Value::none());
  return m;
}

namespace {

std::string address(Value v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, v.bits());
  return buf;
}

// ---- function ----

Function* fn(Value v) { return v.as<Function>(); }

Value function_repr(Value self, const Value*, size_t, Tuple*) {
  return str_value("<function " + std::string(fn(self)->qualname->view()) + " at " + address(self) + ">");
}

Value function_get(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__get__", nargs, 1, 2);
  if (args[0].is_none()) return self;
  return make_bound_method(self, args[0]);
}

Value function_get_name(Value self) { return Value::object(fn(self)->name); }
void function_set_name(Value self, Value v) {
  if (!has_layout(v, Layout::STR)) raise(exc::TypeError, "__name__ must be set to a string object");
  fn(self)->name = v.as<Str>();
}
Value function_get_qualname(Value self) { return Value::object(fn(self)->qualname); }
void function_set_qualname(Value self, Value v) {
  if (!has_layout(v, Layout::STR)) raise(exc::TypeError, "__qualname__ must be set to a string object");
  fn(self)->qualname = v.as<Str>();
}
Value function_get_doc(Value self) { return fn(self)->doc; }
void function_set_doc(Value self, Value v) { fn(self)->doc = v; }
Value function_get_module(Value self) { return fn(self)->module; }
void function_set_module(Value self, Value v) { fn(self)->module = v; }
Value function_get_defaults(Value self) {
  Tuple* d = fn(self)->defaults;
  return d ? Value::object(d) : Value::none();
}
void function_set_defaults(Value self, Value v) {
  if (!v.is_none() && !has_layout(v, Layout::TUPLE)) raise(exc::TypeError, "__defaults__ must be set to a tuple object");
  fn(self)->defaults = v.is_none() ? nullptr : v.as<Tuple>();
}
Value function_get_kwdefaults(Value self) {
  Dict* d = fn(self)->kwdefaults;
  return d ? Value::object(d) : Value::none();
}
Value function_get_code(Value self) { return Value::object(fn(self)->code); }
Value function_get_globals(Value self) { return Value::object(fn(self)->globals); }
Value function_get_closure(Value self) {
  Tuple* c = fn(self)->closure;
  return c ? Value::object(c) : Value::none();
}
Value function_get_annotations(Value self) {
  Function* f = fn(self);
  if (!f->annotations) f->annotations = make_dict();
  return Value::object(f->annotations);
}
void function_set_annotations(Value self, Value v) {
  if (!has_layout(v, Layout::DICT)) raise(exc::TypeError, "__annotations__ must be set to a dict object");
  fn(self)->annotations = v.as<Dict>();
}

Value function_get_dict(Value self) { return Value::object(attrs_dict(&fn(self)->attrs)); }

const MethodDef kFunctionMethods[] = {
    {"__repr__", function_repr, MethodDef::kInstance},
    {"__get__", function_get, MethodDef::kInstance},
};

const GetSetDef kFunctionGetSets[] = {
    {"__name__", function_get_name, function_set_name},
    {"__qualname__", function_get_qualname, function_set_qualname},
    {"__doc__", function_get_doc, function_set_doc},
    {"__module__", function_get_module, function_set_module},
    {"__defaults__", function_get_defaults, function_set_defaults},
    {"__kwdefaults__", function_get_kwdefaults, nullptr},
    {"__code__", function_get_code, nullptr},
    {"__globals__", function_get_globals, nullptr},
    {"__closure__", function_get_closure, nullptr},
    {"__dict__", function_get_dict, nullptr},
    {"__annotations__", function_get_annotations, function_set_annotations},
};

// ---- bound method ----

Value method_repr(Value self, const Value*, size_t, Tuple*) {
  auto* m = self.as<BoundMethod>();
  Value qn = getattr_opt(m->func, names::__qualname__);
  std::string name = qn.is_empty() ? "?" : std::string(to_str(qn)->view());
  return str_value("<bound method " + name + " of " + std::string(repr(m->self)->view()) + ">");
}

Value method_eq(Value self, const Value* args, size_t, Tuple*) {
  if (!has_layout(args[0], Layout::METHOD)) return g_not_implemented;
  auto* a = self.as<BoundMethod>();
  auto* b = args[0].as<BoundMethod>();
  return Value::boolean(a->func.is(b->func) && a->self.is(b->self));
}

Value method_hash(Value self, const Value*, size_t, Tuple*) {
  auto* m = self.as<BoundMethod>();
  return make_int((hash_value(m->func) ^ static_cast<int64_t>(m->self.bits() >> 4)) & Value::kSmallIntMax);
}

Value method_get_self(Value self) { return self.as<BoundMethod>()->self; }
Value method_get_func(Value self) { return self.as<BoundMethod>()->func; }
Value method_get_name(Value self) { return getattr(self.as<BoundMethod>()->func, names::__name__); }
Value method_get_qualname(Value self) { return getattr(self.as<BoundMethod>()->func, names::__qualname__); }
Value method_get_doc(Value self) { return getattr(self.as<BoundMethod>()->func, names::__doc__); }

const MethodDef kMethodMethods[] = {
    {"__repr__", method_repr, MethodDef::kInstance},
    {"__eq__", method_eq, MethodDef::kInstance},
    {"__hash__", method_hash, MethodDef::kInstance},
};

const GetSetDef kMethodGetSets[] = {
    {"__self__", method_get_self, nullptr},
    {"__func__", method_get_func, nullptr},
    {"__name__", method_get_name, nullptr},
    {"__qualname__", method_get_qualname, nullptr},
    {"__doc__", method_get_doc, nullptr},
};

// ---- builtin function ----

Value builtin_repr(Value self, const Value*, size_t, Tuple*) {
  auto* b = self.as<BuiltinFunction>();
  if (self.as_object()->type == types::method_descriptor)
    return str_value("<method '" + std::string(b->def->name) + "' of '" + std::string(b->owner->name->view()) +
                     "' objects>");
  if (b->self.is_empty() || (b->self.is_object() && b->self.as_object()->type == types::module))
    return str_value("<built-in function " + std::string(b->def->name) + ">");
  return str_value("<built-in method " + std::string(b->def->name) + " of " + type_name(b->self) +
                   " object at " + address(b->self) + ">");
}

Value builtin_get_name(Value self) { return str_value(self.as<BuiltinFunction>()->def->name); }
Value builtin_get_qualname(Value self) {
  auto* b = self.as<BuiltinFunction>();
  if (b->owner) return str_value(std::string(b->owner->name->view()) + "." + b->def->name);
  return str_value(b->def->name);
}
Value builtin_get_self(Value self) {
  Value s = self.as<BuiltinFunction>()->self;
  return s.is_empty() ? Value::none() : s;
}
Value builtin_get_doc(Value) { return Value::none(); }

Value method_descriptor_get(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__get__", nargs, 1, 2);
  if (args[0].is_none()) return self;
  auto* b = self.as<BuiltinFunction>();
  return Value::object(make_builtin(b->def, args[0], b->owner));
}

const MethodDef kBuiltinMethods[] = {{"__repr__", builtin_repr, MethodDef::kInstance}};
const MethodDef kMethodDescriptorMethods[] = {{"__repr__", builtin_repr, MethodDef::kInstance},
                                              {"__get__", method_descriptor_get, MethodDef::kInstance}};
const GetSetDef kBuiltinGetSets[] = {
    {"__name__", builtin_get_name, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr},
    {"__self__", builtin_get_self, nullptr},
    {"__doc__", builtin_get_doc, nullptr},
};

// ---- staticmethod / classmethod ----

Value wrapper_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("staticmethod", kwnames);
  Type* cls = args[0].as<Type>();
  if (nargs != 2)
    raisef(exc::TypeError, "%s expected 1 argument, got %zu", cls->name->data(), nargs - 1);
  auto* w = static_cast<WrapperDescr*>(alloc_object(cls, sizeof(WrapperDescr)));
  w->func = args[1];
  return Value::object(w);
}

Value wrapper_init(Value, const Value*, size_t, Tuple*) { return Value::none(); }

Value staticmethod_get(Value self, const Value*, size_t, Tuple*) { return self.as<WrapperDescr>()->func; }

Value classmethod_get(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__get__", nargs, 1, 2);
  Value owner = nargs > 1 && !args[1].is_none() ? args[1] : Value::object(type_of(args[0]));
  return make_bound_method(self.as<WrapperDescr>()->func, owner);
}

Value staticmethod_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(self.as<WrapperDescr>()->func, args, nargs, kwnames);
}

Value wrapper_get_func(Value self) { return self.as<WrapperDescr>()->func; }
Value wrapper_get_dict(Value self) { return Value::object(attrs_dict(&self.as<WrapperDescr>()->attrs)); }
Value wrapper_get_wrapped(Value self) { return self.as<WrapperDescr>()->func; }

const MethodDef kStaticMethodMethods[] = {
    {"__new__", wrapper_new, MethodDef::kStatic},
    {"__init__", wrapper_init, MethodDef::kInstance},
    {"__get__", staticmethod_get, MethodDef::kInstance},
    {"__call__", staticmethod_call, MethodDef::kInstance},
};
const MethodDef kClassMethodMethods[] = {
    {"__new__", wrapper_new, MethodDef::kStatic},
    {"__init__", wrapper_init, MethodDef::kInstance},
    {"__get__", classmethod_get, MethodDef::kInstance},
};
const GetSetDef kWrapperGetSets[] = {
    {"__func__", wrapper_get_func, nullptr},
    {"__wrapped__", wrapper_get_wrapped, nullptr},
    {"__dict__", wrapper_get_dict, nullptr},
};

// ---- property ----

Value property_new(Value, const Value* args, size_t, Tuple*) {
  Type* cls = args[0].as<Type>();
  auto* p = static_cast<Property*>(alloc_object(cls, cls->instance_size));
  p->fget = p->fset = p->fdel = p->doc = Value::none();
  return Value::object(p);
}

Value property_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[4];
  parse_args("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, a);
  auto* p = self.as<Property>();
  p->fget = a[0].is_empty() ? Value::none() : a[0];
  p->fset = a[1].is_empty() ? Value::none() : a[1];
  p->fdel = a[2].is_empty() ? Value::none() : a[2];
  p->doc = a[3].is_empty() ? Value::none() : a[3];
  if (p->doc.is_none() && !p->fget.is_none()) {
    Value d = getattr_opt(p->fget, names::__doc__);
    if (!d.is_empty()) p->doc = d;
  }
  return Value::none();
}

Value property_get(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__get__", nargs, 1, 2);
  if (args[0].is_none()) return self;
  auto* p = self.as<Property>();
  if (p->fget.is_none()) raise(exc::AttributeError, "property has no getter");
  return call(p->fget, {args[0]});
}

Value property_set(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__set__", nargs, 2, 2);
  auto* p = self.as<Property>();
  if (p->fset.is_none()) raise(exc::AttributeError, "property has no setter");
  call(p->fset, {args[0], args[1]});
  return Value::none();
}

// property.getter/setter/deleter: a copy with one accessor replaced.
Value property_copy_with(Value self, int which, Value f) {
  auto* p = self.as<Property>();
  Type* cls = self.as_object()->type;
  auto* q = static_cast<Property*>(alloc_object(cls, cls->instance_size));
  *q = *p;
  (which == 0 ? q->fget : which == 1 ? q->fset : q->fdel) = f;
  if (AttrStore* a = attr_store(self)) *attr_store(Value::object(q)) = *a;
  return Value::object(q);
}
Value property_getter(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("getter", nargs, 1, 1);
  return property_copy_with(self, 0, args[0]);
}
Value property_setter(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("setter", nargs, 1, 1);
  return property_copy_with(self, 1, args[0]);
}
Value property_deleter(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("deleter", nargs, 1, 1);
  return property_copy_with(self, 2, args[0]);
}

Value property_get_fget(Value self) { return self.as<Property>()->fget; }
Value property_get_fset(Value self) { return self.as<Property>()->fset; }
Value property_get_fdel(Value self) { return self.as<Property>()->fdel; }
Value property_get_doc(Value self) { return self.as<Property>()->doc; }
void property_set_doc(Value self, Value v) { self.as<Property>()->doc = v; }

const MethodDef kPropertyMethods[] = {
    {"__new__", property_new, MethodDef::kStatic},
    {"__init__", property_init, MethodDef::kInstance},
    {"__get__", property_get, MethodDef::kInstance},
    {"__set__", property_set, MethodDef::kInstance},
    {"getter", property_getter, MethodDef::kInstance},
    {"setter", property_setter, MethodDef::kInstance},
    {"deleter", property_deleter, MethodDef::kInstance},
};
const GetSetDef kPropertyGetSets[] = {
    {"fget", property_get_fget, nullptr},
    {"fset", property_get_fset, nullptr},
    {"fdel", property_get_fdel, nullptr},
    {"__doc__", property_get_doc, property_set_doc},
};

// ---- cell, module ----

Value cell_get_contents(Value self) {
  Value v = self.as<Cell>()->value;
  if (v.is_empty()) raise(exc::ValueError, "Cell is empty");
  return v;
}
void cell_set_contents(Value self, Value v) { self.as<Cell>()->value = v; }
const GetSetDef kCellGetSets[] = {{"cell_contents", cell_get_contents, cell_set_contents}};

Value module_repr(Value self, const Value*, size_t, Tuple*) {
  auto* m = self.as<Module>();
  Value file = dict_get_str(m->dict, names::__file__);
  std::string s = "<module '" + std::string(m->name->view()) + "'";
  if (has_layout(file, Layout::STR))
    s += " from '" + std::string(file.as<Str>()->view()) + "'";
  else
    s += " (built-in)";
  return str_value(s + ">");
}
const MethodDef kModuleMethods[] = {{"__repr__", module_repr, MethodDef::kInstance}};

}  // namespace

void init_function_types() {
  types::function->attrs_offset = COIL_OFFSETOF(Function, attrs);
  add_methods(types::function, kFunctionMethods);
  add_getsets(types::function, kFunctionGetSets);
  add_methods(types::method, kMethodMethods);
  add_getsets(types::method, kMethodGetSets);
  add_methods(types::builtin_function, kBuiltinMethods);
  add_getsets(types::builtin_function, kBuiltinGetSets);
  add_methods(types::method_descriptor, kMethodDescriptorMethods);
  add_getsets(types::method_descriptor, kBuiltinGetSets);
  for (Type* t : {types::staticmethod, types::classmethod}) {
    t->attrs_offset = COIL_OFFSETOF(WrapperDescr, attrs);
    add_getsets(t, kWrapperGetSets);
  }
  add_methods(types::staticmethod, kStaticMethodMethods);
  add_methods(types::classmethod, kClassMethodMethods);
  types::staticmethod->is_builtin = types::classmethod->is_builtin = true;
  add_methods(types::property, kPropertyMethods);
  add_getsets(types::property, kPropertyGetSets);
  add_getsets(types::cell, kCellGetSets);
  add_methods(types::module, kModuleMethods);
}

}  // namespace coil
