// Coil — calls: functions, native functions, bound methods, classes and
// objects with __call__, plus method and special-method calls.
#include <vector>

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

namespace {

inline size_t kw_count(Tuple* kwnames) { return kwnames ? static_cast<size_t>(kwnames->length) : 0; }

// Calls f(self, *args): prepends the receiver in a stack buffer when small.
Value call_with_self(Value f, Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (f.is_object() && f.as_object()->type == types::method_descriptor) {
    auto* b = f.as<BuiltinFunction>();
    return b->def->fn(self, args, nargs, kwnames);
  }
  size_t total = nargs + kw_count(kwnames);
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 8) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = self;
  for (size_t i = 0; i < total; i++) buf[i + 1] = args[i];
  return call(f, buf, nargs + 1, kwnames);
}

[[noreturn]] void raise_not_callable(Value f) {
  raisef(exc::TypeError, "'%s' object is not callable", type_name(f));
}

}  // namespace

Value call(Value f, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!f.is_object()) raise_not_callable(f);
  Object* o = f.as_object();
  Type* t = o->type;
  switch (t->layout) {
    case Layout::FUNCTION:
      return call_function(static_cast<Function*>(o), args, nargs, kwnames);
    case Layout::BUILTIN: {
      auto* b = static_cast<BuiltinFunction*>(o);
      if (t == types::method_descriptor) {
        if (nargs < 1)
          raisef(exc::TypeError, "unbound method %s.%s() needs an argument", b->owner->name->data(),
                 b->def->name);
        if (!isinstance(args[0], b->owner))
          raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                 b->def->name, b->owner->name->data(), type_name(args[0]));
        return b->def->fn(args[0], args + 1, nargs - 1, kwnames);
      }
      return b->def->fn(b->self, args, nargs, kwnames);
    }
    case Layout::METHOD: {
      auto* m = static_cast<BoundMethod*>(o);
      return call_with_self(m->func, m->self, args, nargs, kwnames);
    }
    case Layout::TYPE:
      if (t == types::type) return type_call(static_cast<Type*>(o), args, nargs, kwnames);
      break;
    default:
      break;
  }
  Value dunder = type_lookup(t, names::__call__);
  if (dunder.is_empty()) raise_not_callable(f);
  return call_with_self(dunder, f, args, nargs, kwnames);
}

Value call_method(Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* t = type_of(obj);
  if (plain_method_lookup(t)) {
    Value descr = type_lookup(t, name);
    if (descr.is_object()) {
      Type* dt = descr.as_object()->type;
      if (dt == types::method_descriptor || dt == types::function) {
        AttrStore* a = attr_store(obj);
        if (!a || attrs_get(a, name).is_empty()) return call_with_self(descr, obj, args, nargs, kwnames);
      }
    }
  }
  return call(getattr(obj, name), args, nargs, kwnames);
}

Value call_special(Value obj, Str* name, const Value* args, size_t nargs) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr.is_empty()) return descr;
  if (descr.is_object()) {
    Type* dt = descr.as_object()->type;
    if (dt == types::method_descriptor || dt == types::function)
      return call_with_self(descr, obj, args, nargs, nullptr);
    if (descr.is_none()) return Value::empty();
  }
  if (descr.is_none()) return Value::empty();
  return call(bind_attribute(descr, obj), args, nargs);
}

bool callable(Value v) {
  if (!v.is_object()) return false;
  switch (v.as_object()->type->layout) {
    case Layout::FUNCTION:
    case Layout::BUILTIN:
    case Layout::METHOD:
    case Layout::TYPE:
      return true;
    default:
      return !type_lookup(v.as_object()->type, names::__call__).is_empty();
  }
}

Value type_call(Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (type == types::type && nargs == 1 && !kwnames) return Value::object(type_of(args[0]));
  static Value object_new = dict_get_str(types::object->dict, names::__new__);
  static Value object_init = dict_get_str(types::object->dict, names::__init__);
  Value new_fn = type_lookup(type, names::__new__);
  Value init = type_lookup(type, names::__init__);
  Value obj;
  if (new_fn.is(object_new) && !init.is(object_init) && type->layout == Layout::OBJECT) {
    // The common case: a plain class with its own __init__.
    obj = Value::object(alloc_object(type, type->instance_size));
  } else {
    if (has_layout(new_fn, Layout::STATICMETHOD)) new_fn = new_fn.as<WrapperDescr>()->func;
    obj = call_with_self(new_fn, Value::object(type), args, nargs, kwnames);
    if (!isinstance(obj, type)) return obj;
  }
  if (!init.is(object_init) || nargs || kwnames) {
    Value r = call_with_self(init, obj, args, nargs, kwnames);
    if (!r.is_none())
      raisef(exc::TypeError, "__init__() should return None, not '%s'", type_name(r));
  }
  return obj;
}

}  // namespace coil
