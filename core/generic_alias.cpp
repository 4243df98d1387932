// Coil — types.GenericAlias: what `list[int]` evaluates to. It records the
// origin and arguments, prints like the annotation, and calls the origin.
#include <string>

#include "core/args.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

namespace {

struct GenericAlias : Object {
  Value origin;
  Tuple* args;
};

GenericAlias* ga(Value v) { return v.as<GenericAlias>(); }

// How typing prints a parameter: classes by (qualified) name, ... for
// Ellipsis, anything else by repr.
std::string param_repr(Value v) {
  if (v.is(g_ellipsis)) return "...";
  if (isinstance(v, types::type)) {
    Type* t = v.as<Type>();
    std::string q(t->qualname->view());
    if (t->is_builtin) return q;
    Value mod = dict_get_str(t->dict, names::__module__);
    if (has_layout(mod, Layout::STR) && mod.as<Str>()->view() != "builtins")
      return std::string(mod.as<Str>()->view()) + "." + q;
    return q;
  }
  return std::string(repr(v)->view());
}

Value alias_repr(Value self, const Value*, size_t, Tuple*) {
  GenericAlias* g = ga(self);
  std::string s = param_repr(g->origin) + "[";
  if (g->args->length == 0) s += "()";
  for (int64_t i = 0; i < g->args->length; i++) {
    if (i) s += ", ";
    s += param_repr((*g->args)[i]);
  }
  return str_value(s + "]");
}

Value alias_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(ga(self)->origin, args, nargs, kwnames);
}

Value alias_getattr(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getattr__", nargs, 1, 1);
  return getattr(ga(self)->origin, to_str(args[0]));
}

Value alias_eq(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__eq__", nargs, 1, 1);
  if (!has_layout(args[0], Layout::OTHER) || args[0].as_object()->type != types::generic_alias) return g_not_implemented;
  GenericAlias* a = ga(self);
  GenericAlias* b = ga(args[0]);
  return Value::boolean(equals(a->origin, b->origin) && equals(Value::object(a->args), Value::object(b->args)));
}

Value alias_hash(Value self, const Value*, size_t, Tuple*) {
  return make_int(hash_value(ga(self)->origin) ^ hash_value(Value::object(ga(self)->args)));
}

Value alias_get_origin(Value self) { return ga(self)->origin; }
Value alias_get_args(Value self) { return Value::object(ga(self)->args); }
Value alias_get_parameters(Value) { return Value::object(empty_tuple()); }

const MethodDef kAliasMethods[] = {
    {"__repr__", alias_repr, MethodDef::kInstance},
    {"__call__", alias_call, MethodDef::kInstance},
    {"__getattr__", alias_getattr, MethodDef::kInstance},
    {"__eq__", alias_eq, MethodDef::kInstance},
    {"__hash__", alias_hash, MethodDef::kInstance},
};

const GetSetDef kAliasGetSets[] = {
    {"__origin__", alias_get_origin, nullptr},
    {"__args__", alias_get_args, nullptr},
    {"__parameters__", alias_get_parameters, nullptr},
};

// cls[item] for the builtin generic classes.
Value class_getitem(Value, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__class_getitem__", nargs, 2, 2);
  auto* g = alloc<GenericAlias>(types::generic_alias);
  g->origin = args[0];
  g->args = has_layout(args[1], Layout::TUPLE) ? args[1].as<Tuple>() : make_tuple({args[1]});
  return Value::object(g);
}

const MethodDef kClassGetItem[] = {{"__class_getitem__", class_getitem, MethodDef::kClass}};

}  // namespace

void init_generic_alias_type() {
  types::generic_alias->instance_size = sizeof(GenericAlias);
  add_methods(types::generic_alias, kAliasMethods);
  add_getsets(types::generic_alias, kAliasGetSets);
  for (Type* t : {types::list, types::dict, types::tuple, types::set, types::frozenset, types::type,
                  types::dict_keys, types::dict_values, types::dict_items, types::enumerate})
    add_methods(t, kClassGetItem);
}

}  // namespace coil
