// Coil — attribute access: the descriptor protocol, instance attributes
// through shapes, class and module attributes, and the method cache.
#include <string>

#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

// ---- Method cache: (type, version, name) → MRO lookup result ----
// Like CPython's type attribute cache. Keys use the type's version, so any
// change to a class (or an ancestor) invalidates its entries implicitly.
namespace {

struct MethodCacheEntry {
  uint64_t version;
  Str* name;
  Value value;
};
constexpr size_t kMethodCacheSize = 4096;
MethodCacheEntry g_method_cache[kMethodCacheSize];

inline size_t method_cache_slot(uint64_t version, Str* name) {
  uint64_t h = (version * 0x9E3779B97F4A7C15ull) ^ (reinterpret_cast<uint64_t>(name) >> 3);
  return static_cast<size_t>(h ^ (h >> 29)) & (kMethodCacheSize - 1);
}

Value mro_lookup(Type* type, Str* name) {
  Tuple* mro = type->mro;
  for (int64_t i = 0; i < mro->length; i++) {
    Value v = dict_get_str((*mro)[i].as<Type>()->dict, name);
    if (!v.is_empty()) return v;
  }
  return Value::empty();
}

}  // namespace

Value type_lookup(Type* type, Str* name) {
  if (!name->interned) return mro_lookup(type, name);
  MethodCacheEntry& e = g_method_cache[method_cache_slot(type->version, name)];
  if (e.version == type->version && e.name == name) return e.value;
  Value v = mro_lookup(type, name);
  e = {type->version, name, v};
  return v;
}

namespace {

[[noreturn]] void raise_no_attribute(Value obj, Str* name) {
  Type* t = type_of(obj);
  std::string n(name->view());
  if (t->layout == Layout::MODULE)
    raise_attribute_error(obj, name, "module '" + std::string(obj.as<Module>()->name->view()) +
                                         "' has no attribute '" + n + "'");
  if (t->layout == Layout::TYPE)
    raise_attribute_error(obj, name, "type object '" + std::string(obj.as<Type>()->name->view()) +
                                         "' has no attribute '" + n + "'");
  raise_attribute_error(obj, name, "'" + std::string(t->name->view()) + "' object has no attribute '" + n + "'");
}

// A descriptor's __get__/__set__/__delete__, if its class has them.
inline Value descr_method(Value descr, Str* which) { return type_lookup(descr.as_object()->type, which); }

bool is_data_descriptor(Value descr) {
  Type* dt = descr.as_object()->type;
  if (dt == types::getset_descriptor || dt == types::member_descriptor || dt == types::property ||
      is_subtype(dt, types::property))
    return true;
  return !dt->is_builtin &&
         (!type_lookup(dt, names::__set__).is_empty() || !type_lookup(dt, names::__delete__).is_empty());
}

// Runs a data descriptor's getter for `obj` (an instance; or a class when
// `obj` is a class reached through its metaclass).
Value data_descriptor_get(Value descr, Value obj, Str* name) {
  Object* d = descr.as_object();
  if (d->type == types::getset_descriptor) return static_cast<GetSetDescriptor*>(d)->def->get(obj);
  if (d->type == types::property || is_subtype(d->type, types::property)) {
    Value fget = static_cast<Property*>(d)->fget;
    if (fget.is_empty() || fget.is_none())
      raisef(exc::AttributeError, "property '%s' of '%s' object has no getter", name->data(),
             type_name(obj));
    return call(fget, {obj});
  }
  return call(descr_method(descr, names::__get__), {descr, obj, Value::object(type_of(obj))});
}

// Binds a non-data class attribute to an instance: functions become bound
// methods, native methods bind their receiver, and so on.
Value bind_to_instance(Value descr, Value obj, Type* type) {
  if (!descr.is_object()) return descr;
  Object* d = descr.as_object();
  Type* dt = d->type;
  if (dt == types::function) return make_bound_method(descr, obj);
  if (dt == types::method_descriptor) {
    auto* b = static_cast<BuiltinFunction*>(d);
    return Value::object(make_builtin(b->def, obj, b->owner));
  }
  if (dt == types::staticmethod) return static_cast<WrapperDescr*>(d)->func;
  if (dt == types::classmethod) return make_bound_method(static_cast<WrapperDescr*>(d)->func, Value::object(type));
  if (dt->is_builtin) return descr;
  Value get = type_lookup(dt, names::__get__);
  if (get.is_empty()) return descr;
  return call(get, {descr, obj, Value::object(type)});
}

// Class attribute access (`Foo.x`): the metaclass's data descriptors win,
// then the class's MRO (functions stay unbound), then the metaclass.
Value type_getattr_opt(Type* cls, Str* name) {
  Type* meta = cls->type;
  Value meta_attr = type_lookup(meta, name);
  if (!meta_attr.is_empty() && meta_attr.is_object() && is_data_descriptor(meta_attr))
    return data_descriptor_get(meta_attr, Value::object(cls), name);
  Value v = type_lookup(cls, name);
  if (!v.is_empty()) {
    if (!v.is_object()) return v;
    Type* dt = v.as_object()->type;
    if (dt == types::staticmethod) return v.as<WrapperDescr>()->func;
    if (dt == types::classmethod) return make_bound_method(v.as<WrapperDescr>()->func, Value::object(cls));
    if (dt->is_builtin) return v;
    Value get = type_lookup(dt, names::__get__);
    if (get.is_empty()) return v;
    return call(get, {v, Value::none(), Value::object(cls)});
  }
  if (!meta_attr.is_empty()) return bind_to_instance(meta_attr, Value::object(cls), meta);
  return Value::empty();
}

Value module_getattr_opt(Module* m, Str* name) {
  Value v = dict_get_str(m->dict, name);
  if (!v.is_empty()) return v;
  if (name == names::__dict__) return Value::object(m->dict);
  return Value::empty();
}

// object.__getattribute__ without raising: Empty if missing.
Value generic_getattr_opt(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->layout == Layout::TYPE) return type_getattr_opt(obj.as<Type>(), name);
  if (t->layout == Layout::MODULE) {
    Value v = module_getattr_opt(obj.as<Module>(), name);
    if (!v.is_empty()) return v;
  }
  if (t->layout == Layout::SUPER && name != names::__class__) {
    auto* sup = obj.as<Super>();
    Value v = super_lookup(sup->type, sup->obj, name);
    if (!v.is_empty()) return v;
  }
  Value descr = type_lookup(t, name);
  if (!descr.is_empty() && descr.is_object() && is_data_descriptor(descr))
    return data_descriptor_get(descr, obj, name);
  if (AttrStore* a = attr_store(obj)) {
    Value v = attrs_get(a, name);
    if (!v.is_empty()) return v;
  }
  if (descr.is_empty()) return descr;
  return bind_to_instance(descr, obj, t);
}

// Runs the class's __getattr__ hook after a failed lookup.
Value call_getattr_hook(Value obj, Str* name) {
  Value hook = type_lookup(type_of(obj), names::__getattr__);
  return call(bind_to_instance(hook, obj, type_of(obj)), {Value::object(name)});
}

}  // namespace

Value generic_getattr(Value obj, Str* name) {
  Value v = generic_getattr_opt(obj, name);
  if (v.is_empty()) raise_no_attribute(obj, name);
  return v;
}

Value getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->has_getattribute) {
    Value ga = type_lookup(t, names::__getattribute__);
    try {
      return call(bind_to_instance(ga, obj, t), {Value::object(name)});
    } catch (PyException& e) {
      if (!t->has_getattr || !exception_matches(e, exc::AttributeError)) throw;
      return call_getattr_hook(obj, name);
    }
  }
  Value v = generic_getattr_opt(obj, name);
  if (!v.is_empty()) return v;
  if (t->has_getattr) return call_getattr_hook(obj, name);
  raise_no_attribute(obj, name);
}

Value getattr_opt(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (!t->has_getattribute && !t->has_getattr) return generic_getattr_opt(obj, name);
  try {
    return getattr(obj, name);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::AttributeError)) throw;
    return Value::empty();
  }
}

bool hasattr(Value obj, Str* name) { return !getattr_opt(obj, name).is_empty(); }

namespace {

void type_setattr(Type* cls, Str* name, Value v) {
  Value meta_attr = type_lookup(cls->type, name);
  if (!meta_attr.is_empty() && meta_attr.is_object() &&
      meta_attr.as_object()->type == types::getset_descriptor) {
    const GetSetDef* def = meta_attr.as<GetSetDescriptor>()->def;
    if (!def->set)
      raisef(exc::AttributeError, "attribute '%s' of 'type' objects is not writable", name->data());
    def->set(Value::object(cls), v);
    return;
  }
  if (cls->is_builtin)
    raisef(exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", name->data(),
           cls->name->data());
  if (!name->interned) name = intern(name);
  if (v.is_empty()) {
    if (dict_pop(cls->dict, Value::object(name)).is_empty())
      raisef(exc::AttributeError, "type object '%s' has no attribute '%s'", cls->name->data(), name->data());
  } else {
    dict_set(cls->dict, Value::object(name), v);
  }
  type_modified(cls);
}

}  // namespace

void generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (t->layout == Layout::TYPE) return type_setattr(obj.as<Type>(), name, v);
  if (t->layout == Layout::MODULE) {
    Dict* d = obj.as<Module>()->dict;
    if (v.is_empty()) {
      if (dict_pop(d, Value::object(name)).is_empty()) raise_no_attribute(obj, name);
    } else {
      dict_set(d, Value::object(name), v);
    }
    return;
  }
  Value descr = type_lookup(t, name);
  if (!descr.is_empty() && descr.is_object() && is_data_descriptor(descr)) {
    Object* d = descr.as_object();
    if (d->type == types::getset_descriptor) {
      const GetSetDef* def = static_cast<GetSetDescriptor*>(d)->def;
      if (!def->set || v.is_empty())
        raisef(exc::AttributeError, "attribute '%s' of '%s' objects is not writable", name->data(),
               static_cast<GetSetDescriptor*>(d)->owner->name->data());
      def->set(obj, v);
      return;
    }
    if (d->type == types::property || is_subtype(d->type, types::property)) {
      auto* p = static_cast<Property*>(d);
      Value f = v.is_empty() ? p->fdel : p->fset;
      if (f.is_empty() || f.is_none())
        raisef(exc::AttributeError, "property '%s' of '%s' object has no %s", name->data(), t->name->data(),
               v.is_empty() ? "deleter" : "setter");
      if (v.is_empty())
        call(f, {obj});
      else
        call(f, {obj, v});
      return;
    }
    if (v.is_empty()) {
      Value del = descr_method(descr, names::__delete__);
      if (del.is_empty()) raisef(exc::AttributeError, "__delete__");
      call(del, {descr, obj});
    } else {
      Value set = descr_method(descr, names::__set__);
      if (set.is_empty()) raisef(exc::AttributeError, "__set__");
      call(set, {descr, obj, v});
    }
    return;
  }
  AttrStore* a = attr_store(obj);
  if (!a || t->no_instance_dict) {
    if (!descr.is_empty() && !t->no_instance_dict)
      raisef(exc::AttributeError, "'%s' object attribute '%s' is read-only", t->name->data(), name->data());
    raise_no_attribute(obj, name);
  }
  if (v.is_empty()) {
    if (!attrs_delete(a, name)) raise_no_attribute(obj, name);
  } else {
    attrs_set(t, a, name, v);
  }
}

void setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (t->has_setattr) {
    Value hook = type_lookup(t, names::__setattr__);
    call(bind_to_instance(hook, obj, t), {Value::object(name), v});
    return;
  }
  generic_setattr(obj, name, v);
}

void delattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->has_setattr) {
    Value hook = type_lookup(t, names::__delattr__);
    call(bind_to_instance(hook, obj, t), {Value::object(name)});
    return;
  }
  generic_setattr(obj, name, Value::empty());
}

// Binding used by calls: `obj.name(...)` and special-method calls.
Value bind_attribute(Value descr, Value obj) { return bind_to_instance(descr, obj, type_of(obj)); }

}  // namespace coil
