// Coil — the introspection builtins: isinstance, issubclass, the attribute
// functions, id, hash, callable, globals, locals, vars, dir.
#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

bool is_type(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::TYPE; }

// ---- isinstance / issubclass ----

bool instance_of(Value obj, Value cls, int depth);

// isinstance against a class: its type, or a differing __class__ (proxies).
bool instance_of_type(Value obj, Type* cls) {
  if (isinstance(obj, cls)) return true;
  Type* t = type_of(obj);
  if (t->is_builtin) return false;
  Value c = getattr_opt(obj, names::__class__);
  return !c.is_empty() && is_type(c) && c.as_object() != t && is_subtype(c.as<Type>(), cls);
}

bool instance_of(Value obj, Value cls, int depth) {
  if (is_type(cls) && cls.as_object()->type == types::type) return instance_of_type(obj, cls.as<Type>());
  if (has_layout(cls, Layout::TUPLE)) {
    if (depth > 0) check_c_stack();
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->length; i++)
      if (instance_of(obj, (*t)[i], depth + 1)) return true;
    return false;
  }
  Value r = call_special(cls, names::__instancecheck__, &obj, 1);
  if (!r.is_empty()) return truthy(r);
  if (is_type(cls)) return instance_of_type(obj, cls.as<Type>());
  raise(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool subclass_of(Value sub, Value cls, int depth) {
  if (is_type(cls) && cls.as_object()->type == types::type) {
    if (!is_type(sub)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
    return is_subtype(sub.as<Type>(), cls.as<Type>());
  }
  if (has_layout(cls, Layout::TUPLE)) {
    if (depth > 0) check_c_stack();
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->length; i++)
      if (subclass_of(sub, (*t)[i], depth + 1)) return true;
    return false;
  }
  Value r = call_special(cls, names::__subclasscheck__, &sub, 1);
  if (!r.is_empty()) return truthy(r);
  if (!is_type(cls)) raise(exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (!is_type(sub)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return is_subtype(sub.as<Type>(), cls.as<Type>());
}

Value builtin_isinstance(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("isinstance", kwnames);
  check_nargs("isinstance", nargs, 2, 2);
  Value cls = args[1];
  // The common case: a builtin type or a plain class.
  if (is_type(cls) && type_of(args[0]) == cls.as_object()) return Value::boolean(true);
  return Value::boolean(instance_of(args[0], cls, 0));
}

Value builtin_issubclass(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("issubclass", kwnames);
  check_nargs("issubclass", nargs, 2, 2);
  return Value::boolean(subclass_of(args[0], args[1], 0));
}

// ---- attributes ----

Str* attr_name_arg(Value v) {
  if (!has_layout(v, Layout::STR)) raisef(exc::TypeError, "attribute name must be string, not '%s'", type_name(v));
  Str* s = v.as<Str>();
  return s->interned ? s : intern(s);
}

Value builtin_getattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("getattr", kwnames);
  check_nargs("getattr", nargs, 2, 3);
  Str* name = attr_name_arg(args[1]);
  if (nargs == 2) return getattr(args[0], name);
  try {
    Value v = getattr_opt(args[0], name);
    return v.is_empty() ? args[2] : v;
  } catch (PyException& e) {
    if (!exception_matches(e, exc::AttributeError)) throw;
    return args[2];
  }
}

Value builtin_hasattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("hasattr", kwnames);
  check_nargs("hasattr", nargs, 2, 2);
  Str* name = attr_name_arg(args[1]);
  try {
    return Value::boolean(!getattr_opt(args[0], name).is_empty());
  } catch (PyException& e) {
    if (!exception_matches(e, exc::AttributeError)) throw;
    return Value::boolean(false);
  }
}

Value builtin_setattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("setattr", kwnames);
  check_nargs("setattr", nargs, 3, 3);
  setattr(args[0], attr_name_arg(args[1]), args[2]);
  return Value::none();
}

Value builtin_delattr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("delattr", kwnames);
  check_nargs("delattr", nargs, 2, 2);
  delattr(args[0], attr_name_arg(args[1]));
  return Value::none();
}

// ---- identity, hashing, calls ----

// The address for heap objects; immediates (small ints, floats, None, bools)
// are identical exactly when their bits are, so the bits serve as the id.
Value builtin_id(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("id", kwnames);
  check_nargs("id", nargs, 1, 1);
  return make_int_u64(args[0].bits());
}

Value builtin_hash(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("hash", kwnames);
  check_nargs("hash", nargs, 1, 1);
  return make_int(hash_value(args[0]));
}

Value builtin_callable(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("callable", kwnames);
  check_nargs("callable", nargs, 1, 1);
  return Value::boolean(callable(args[0]));
}

// ---- namespaces ----

Value builtin_globals(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("globals", kwnames);
  check_nargs("globals", nargs, 0, 0);
  Dict* g = current_globals();
  return g ? Value::object(g) : Value::object(make_dict());
}

Value builtin_locals(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("locals", kwnames);
  check_nargs("locals", nargs, 0, 0);
  Value l = current_locals();
  return l.is_none() ? Value::object(make_dict()) : l;
}

Value builtin_vars(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("vars", kwnames);
  check_nargs("vars", nargs, 0, 1);
  if (nargs == 0) return builtin_locals(Value::empty(), nullptr, 0, nullptr);
  try {
    return getattr(args[0], names::__dict__);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::AttributeError)) throw;
    raise(exc::TypeError, "vars() argument must have __dict__ attribute");
  }
}

List* sorted_keys(Dict* d) {
  List* out = make_list(d->used);
  Value k, v;
  for (int64_t p = 0; dict_next(d, &p, &k, &v);) list_append(out, k);
  list_sort(out, Value::empty(), false);
  return out;
}

Value builtin_dir(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("dir", kwnames);
  check_nargs("dir", nargs, 0, 1);
  if (nargs == 0) {
    Value l = current_locals();
    if (!has_layout(l, Layout::DICT)) return Value::object(make_list());
    return Value::object(sorted_keys(l.as<Dict>()));
  }
  Value obj = args[0];
  Type* t = type_of(obj);
  Value own_dir = type_lookup(t, intern("__dir__"));
  Value object_dir = dict_get_str(types::object->dict, intern("__dir__"));
  if (own_dir.is(object_dir)) {
    // module.__dir__ and type.__dir__ as CPython defines them.
    if (t->layout == Layout::MODULE) return Value::object(sorted_keys(obj.as<Module>()->dict));
    if (t->layout == Layout::TYPE) {
      Dict* seen = make_dict();
      Tuple* mro = obj.as<Type>()->mro;
      for (int64_t i = 0; i < mro->length; i++) dict_merge(seen, (*mro)[i].as<Type>()->dict);
      return Value::object(sorted_keys(seen));
    }
  }
  Value r = call_special(obj, intern("__dir__"), nullptr, 0);
  if (r.is_empty()) raisef(exc::TypeError, "'%s' object has no __dir__", type_name(obj));
  List* out = list_from_iterable(r);
  list_sort(out, Value::empty(), false);
  return Value::object(out);
}

const MethodDef kIntrospectFunctions[] = {
    {"isinstance", builtin_isinstance, MethodDef::kStatic},
    {"issubclass", builtin_issubclass, MethodDef::kStatic},
    {"getattr", builtin_getattr, MethodDef::kStatic},
    {"hasattr", builtin_hasattr, MethodDef::kStatic},
    {"setattr", builtin_setattr, MethodDef::kStatic},
    {"delattr", builtin_delattr, MethodDef::kStatic},
    {"id", builtin_id, MethodDef::kStatic},
    {"hash", builtin_hash, MethodDef::kStatic},
    {"callable", builtin_callable, MethodDef::kStatic},
    {"globals", builtin_globals, MethodDef::kStatic},
    {"locals", builtin_locals, MethodDef::kStatic},
    {"vars", builtin_vars, MethodDef::kStatic},
    {"dir", builtin_dir, MethodDef::kStatic},
};

}  // namespace

std::span<const MethodDef> builtins_introspect_functions() { return kIntrospectFunctions; }

}  // namespace coil
