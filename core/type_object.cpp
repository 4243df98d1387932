// Coil — classes: creation, C3 MRO, version tags, object/type/super methods.
#include "core/type_object.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <string>

#include "core/args.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

uint64_t g_next_version = 1;

// Recomputes the flags that let attribute access skip hooks nobody defined.
void refresh_flags(Type* t) {
  t->has_getattr = !type_lookup(t, names::__getattr__).is_empty();
  Value sa = type_lookup(t, names::__setattr__);
  Value da = type_lookup(t, names::__delattr__);
  Value ga = type_lookup(t, names::__getattribute__);
  Value osa = dict_get_str(types::object->dict, names::__setattr__);
  Value oda = dict_get_str(types::object->dict, names::__delattr__);
  Value oga = dict_get_str(types::object->dict, names::__getattribute__);
  t->has_setattr = !(sa.is(osa) && da.is(oda)) && t->layout != Layout::TYPE && !t->is_builtin;
  t->has_getattribute = !ga.is(oga) && !t->is_builtin;
}

// C3 linearization of `t` over its bases' MROs; TypeError if inconsistent.
Tuple* compute_mro(Type* t, Tuple* bases) {
  // seqs: each base's MRO, then the list of bases; heads advance per seq.
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->length; i++) {
    Tuple* m = (*bases)[i].as<Type>()->mro;
    std::vector<Type*> s;
    for (int64_t k = 0; k < m->length; k++) s.push_back(m->items()[k].as<Type>());
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> base_list;
  for (int64_t i = 0; i < bases->length; i++) base_list.push_back((*bases)[i].as<Type>());
  seqs.push_back(base_list);

  std::vector<Type*> result{t};
  std::vector<size_t> head(seqs.size(), 0);
  for (;;) {
    bool all_empty = true;
    Type* candidate = nullptr;
    for (size_t i = 0; i < seqs.size() && !candidate; i++) {
      if (head[i] == seqs[i].size()) continue;
      all_empty = false;
      Type* c = seqs[i][head[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = head[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == c) { in_tail = true; break; }
      if (!in_tail) candidate = c;
    }
    if (all_empty) break;
    if (!candidate) {
      // CPython names the heads left unmerged, each once, in list order.
      std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
      std::vector<Type*> heads;
      for (size_t i = 0; i < seqs.size(); i++)
        if (head[i] < seqs[i].size() && std::find(heads.begin(), heads.end(), seqs[i][head[i]]) == heads.end())
          heads.push_back(seqs[i][head[i]]);
      for (size_t i = 0; i < heads.size(); i++) {
        msg += " ";
        msg += type_name_view(heads[i]);
        if (i + 1 < heads.size()) msg += ",";
      }
      raise(exc::TypeError, msg);
    }
    result.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); i++)
      if (head[i] < seqs[i].size() && seqs[i][head[i]] == candidate) head[i]++;
  }
  Tuple* mro = make_tuple(static_cast<int64_t>(result.size()));
  for (size_t i = 0; i < result.size(); i++) (*mro)[i] = Value::object(result[i]);
  return mro;
}

// The builtin base whose layout a new class extends; TypeError on conflict.
Type* solid_base(Tuple* bases) {
  Type* best = types::object;
  for (int64_t i = 0; i < bases->length; i++) {
    Type* solid = (*bases)[i].as<Type>();
    while (!solid->is_builtin) solid = solid->base;
    if (is_subtype(solid, best)) {
      best = solid;
    } else if (!is_subtype(best, solid)) {
      raise(exc::TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return best;
}

void check_base_allowed(Type* b) {
  static Type* const* const kFinal[] = {&types::bool_, &types::NoneType, &types::function,
                                        &types::range, &types::slice, &types::generator,
                                        &types::builtin_function, &types::method, &types::code,
                                        &types::cell, &types::NotImplementedType,
                                        &types::ellipsis, &types::staticmethod};
  for (Type* const* f : kFinal)
    if (b == *f)
      raisef(exc::TypeError, "type '%s' is not an acceptable base type", b->name->data());
  if (b->is_builtin && b->layout == Layout::OTHER)
    raisef(exc::TypeError, "type '%s' is not an acceptable base type", b->name->data());
}

// __slots__: a member descriptor per name; instances keep a __dict__ only if
// '__dict__' is a slot or some base already has one.
void apply_slots(Type* t, Tuple* bases) {
  Value slots = dict_get_str(t->dict, names::__slots__);
  bool base_has_dict = false;
  for (int64_t i = 0; i < bases->length; i++) {
    Type* b = (*bases)[i].as<Type>();
    if (b->attrs_offset && !b->no_instance_dict && b != types::object) base_has_dict = true;
  }
  if (slots.is_empty()) return;
  std::vector<Value> items;
  if (has_layout(slots, Layout::STR)) {
    items.push_back(slots);
  } else {
    Value it = get_iter(slots);
    for (Value x; !(x = iter_next(it)).is_empty();) items.push_back(x);
  }
  bool wants_dict = false;
  for (Value n : items) {
    if (!has_layout(n, Layout::STR))
      raisef(exc::TypeError, "__slots__ items must be strings, not '%s'", type_name(n));
    Str* name = intern(n.as<Str>());
    if (name == names::__dict__) {
      wants_dict = true;
      continue;
    }
    if (!dict_get_str(t->dict, name).is_empty())
      raisef(exc::ValueError, "'%s' in __slots__ conflicts with class variable", name->data());
    auto* d = alloc<MemberDescriptor>(types::member_descriptor);
    d->name = name;
    d->owner = t;
    dict_set(t->dict, Value::object(name), Value::object(d));
  }
  t->no_instance_dict = !wants_dict && !base_has_dict;
}

}  // namespace

uint64_t next_type_version() { return g_next_version++; }

void type_modified(Type* type) {
  type->version = next_type_version();
  if (type->dict && types::object->dict) refresh_flags(type);
  if (type->subclasses)
    for (Type* sub : *type->subclasses) type_modified(sub);
}

void finish_builtin_type(Type* t, const char* name) {
  t->name = intern(name);
  t->qualname = t->name;
  t->dict = make_dict();
  t->bases = t->base ? make_tuple({Value::object(t->base)}) : empty_tuple();
  t->mro = t->base ? compute_mro(t, t->bases) : make_tuple({Value::object(t)});
  if (t->base) {
    if (!t->base->subclasses) t->base->subclasses = gc_new<GcVector<Type*>>();
    t->base->subclasses->push_back(t);
  }
}

Type* make_class(Type* meta, Str* name, Tuple* bases, Dict* ns, const Value* kwvalues, Tuple* kwnames) {
  if (bases->length == 0) bases = make_tuple({Value::object(types::object)});
  for (int64_t i = 0; i < bases->length; i++) {
    if (!isinstance((*bases)[i], types::type))
      raise(exc::TypeError, "bases must be types");
    check_base_allowed((*bases)[i].as<Type>());
  }
  Type* solid = solid_base(bases);
  Type* primary = (*bases)[0].as<Type>();

  auto* t = static_cast<Type*>(gc_alloc(sizeof(Type)));
  t->type = meta;
  t->layout = Layout::OBJECT;
  t->name = intern(name);
  t->base = primary;
  t->bases = bases;
  t->layout = solid->layout;
  t->is_builtin = false;
  t->version = next_type_version();
  // Instances keep the solid base's native part and add attribute storage
  // unless some base already has it.
  Type* with_attrs = nullptr;
  for (int64_t i = 0; i < bases->length && !with_attrs; i++)
    if ((*bases)[i].as<Type>()->attrs_offset) with_attrs = (*bases)[i].as<Type>();
  if (solid->layout == Layout::TYPE) {
    // A metaclass: its instances are classes, whose attributes live in
    // their dicts.
    t->instance_size = sizeof(Type);
    t->attrs_offset = 0;
  } else if (with_attrs && with_attrs->instance_size >= solid->instance_size) {
    t->instance_size = with_attrs->instance_size;
    t->attrs_offset = with_attrs->attrs_offset;
  } else {
    t->attrs_offset = (solid->instance_size + 7) & ~7u;
    t->instance_size = t->attrs_offset + sizeof(AttrStore);
  }
  t->mro = compute_mro(t, bases);
  t->dict = dict_copy(ns);
  t->root_shape = make_root_shape(t);

  Value qual = dict_pop(t->dict, Value::object(names::__qualname__));
  t->qualname = qual.is_empty() ? t->name : qual.as<Str>();
  Value mod = dict_get_str(t->dict, names::__module__);
  t->module = has_layout(mod, Layout::STR) ? mod.as<Str>() : nullptr;
  if (dict_get_str(t->dict, names::__doc__).is_empty())
    dict_set(t->dict, Value::object(names::__doc__), Value::none());

  apply_slots(t, bases);
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(t->dict, names::__eq__).is_empty() && dict_get_str(t->dict, names::__hash__).is_empty())
    dict_set(t->dict, Value::object(names::__hash__), Value::none());
  // __new__ is implicitly static, __init_subclass__ and
  // __class_getitem__ implicitly class methods.
  Value nw = dict_get_str(t->dict, names::__new__);
  if (has_layout(nw, Layout::FUNCTION)) {
    auto* w = alloc<WrapperDescr>(types::staticmethod);
    w->func = nw;
    dict_set(t->dict, Value::object(names::__new__), Value::object(w));
  }
  for (Str* n : {names::__init_subclass__, names::__class_getitem__}) {
    Value f = dict_get_str(t->dict, n);
    if (has_layout(f, Layout::FUNCTION)) {
      auto* w = alloc<WrapperDescr>(types::classmethod);
      w->func = f;
      dict_set(t->dict, Value::object(n), Value::object(w));
    }
  }
  for (int64_t i = 0; i < bases->length; i++) {
    Type* b = (*bases)[i].as<Type>();
    if (!b->subclasses) b->subclasses = gc_new<GcVector<Type*>>();
    b->subclasses->push_back(t);
  }
  refresh_flags(t);

  // __set_name__ on descriptors, then the parent's __init_subclass__.
  Value k, v;
  for (int64_t pos = 0; dict_next(t->dict, &pos, &k, &v);) {
    Value set_name = v.is_object() ? type_lookup(type_of(v), names::__set_name__) : Value::empty();
    if (!set_name.is_empty()) call(set_name, {v, Value::object(t), k});
  }
  Value sup = super_lookup(t, Value::object(t), names::__init_subclass__);
  if (!sup.is_empty()) call(sup, kwvalues, 0, kwnames);
  return t;
}

Str* type_repr(Type* type) {
  std::string s = "<class '";
  if (type->module && std::string_view(type->module->view()) != "builtins") {
    s += type->module->view();
    s += '.';
  }
  s += type->qualname->view();
  s += "'>";
  return make_str(s);
}

Value super_lookup(Type* start_after, Value obj, Str* name) {
  Type* obj_type = isinstance(obj, types::type) && is_subtype(obj.as<Type>(), start_after)
                       ? obj.as<Type>()
                       : type_of(obj);
  Tuple* mro = obj_type->mro;
  int64_t i = 0;
  while (i < mro->length && (*mro)[i].as_object() != start_after) i++;
  for (i++; i < mro->length; i++) {
    Value v = dict_get_str((*mro)[i].as<Type>()->dict, name);
    if (v.is_empty()) continue;
    Value get = v.is_object() ? type_lookup(type_of(v), names::__get__) : Value::empty();
    if (get.is_empty()) return v;
    // Bind as the descriptor would for this instance (or for the class).
    bool on_class = obj.is_object() && obj.as_object() == obj_type;
    return call(get, {v, on_class ? Value::none() : obj, Value::object(obj_type)});
  }
  return Value::empty();
}

// ---- object ----

namespace {

Value object_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) raise(exc::TypeError, "object.__new__(): not enough arguments");
  if (!isinstance(args[0], types::type))
    raisef(exc::TypeError, "object.__new__(X): X is not a type object (%s)", type_name(args[0]));
  Type* cls = args[0].as<Type>();
  if (nargs > 1 || kwnames) {
    Value init = type_lookup(cls, names::__init__);
    Value new_ = type_lookup(cls, names::__new__);
    if (init.is(dict_get_str(types::object->dict, names::__init__)) ||
        !new_.is(dict_get_str(types::object->dict, names::__new__)))
      raisef(exc::TypeError, "%s() takes no arguments", cls->name->data());
  }
  if (cls->layout != Layout::OBJECT)
    raisef(exc::TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls->name->data(),
           cls->base->name->data());
  return Value::object(alloc_object(cls, cls->instance_size));
}

Value object_init(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs || kwnames) {
    Type* cls = type_of(self);
    Value init = type_lookup(cls, names::__init__);
    Value new_ = type_lookup(cls, names::__new__);
    if (!init.is(dict_get_str(types::object->dict, names::__init__)))
      raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (new_.is(dict_get_str(types::object->dict, names::__new__)))
      raisef(exc::TypeError, "%s() takes no arguments", cls->name->data());
  }
  return Value::none();
}

Value object_repr(Value self, const Value*, size_t, Tuple*) {
  Type* t = type_of(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "0x%" PRIx64, self.bits());
  std::string s = "<";
  if (t->module && t->module->view() != "builtins") {
    s += t->module->view();
    s += '.';
  }
  s += t->qualname->view();
  s += " object at ";
  s += addr;
  s += '>';
  return str_value(s);
}

Value object_str(Value self, const Value*, size_t, Tuple*) { return Value::object(repr(self)); }

Value object_eq(Value self, const Value* args, size_t, Tuple*) {
  return self.is(args[0]) ? Value::boolean(true) : g_not_implemented;
}

Value object_ne(Value self, const Value* args, size_t, Tuple*) {
  Value eq = call_special(self, names::__eq__, args, 1);
  if (eq.is_empty() || eq.is(g_not_implemented)) return g_not_implemented;
  return Value::boolean(!truthy(eq));
}

Value object_not_implemented(Value, const Value*, size_t, Tuple*) { return g_not_implemented; }

Value object_hash(Value self, const Value*, size_t, Tuple*) {
  // Identity hash: the address, rotated so aligned pointers spread well.
  uint64_t b = self.bits();
  return make_int(static_cast<int64_t>((b >> 4) | (b << 60)) & Value::kSmallIntMax);
}

Value object_format(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__format__", nargs, 1, 1);
  if (!has_layout(args[0], Layout::STR)) raise(exc::TypeError, "format spec must be a str");
  if (args[0].as<Str>()->size)
    raisef(exc::TypeError, "unsupported format string passed to %s.__format__", type_name(self));
  return Value::object(to_str(self));
}

Value object_getattribute(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__getattribute__", nargs, 1, 1);
  if (!has_layout(args[0], Layout::STR))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  return generic_getattr(self, args[0].as<Str>());
}

Value object_setattr(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__setattr__", nargs, 2, 2);
  if (!has_layout(args[0], Layout::STR))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  generic_setattr(self, args[0].as<Str>(), args[1]);
  return Value::none();
}

Value object_delattr(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__delattr__", nargs, 1, 1);
  if (!has_layout(args[0], Layout::STR))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", type_name(args[0]));
  generic_setattr(self, args[0].as<Str>(), Value::empty());
  return Value::none();
}

Value object_init_subclass(Value, const Value*, size_t nargs, Tuple* kwnames) {
  if (nargs > 1 || kwnames)
    raise(exc::TypeError, "__init_subclass__() takes no keyword arguments");
  return Value::none();
}

Value object_dir(Value self, const Value*, size_t, Tuple*) {
  Dict* seen = make_dict();
  if (AttrStore* a = attr_store(self)) {
    Dict* d = attrs_dict(a);
    Value k, v;
    for (int64_t p = 0; dict_next(d, &p, &k, &v);) dict_set(seen, k, Value::none());
  }
  Tuple* mro = type_of(self)->mro;
  for (int64_t i = 0; i < mro->length; i++) {
    Value k, v;
    for (int64_t p = 0; dict_next((*mro)[i].as<Type>()->dict, &p, &k, &v);) dict_set(seen, k, Value::none());
  }
  List* out = make_list(seen->used);
  Value k, v;
  for (int64_t p = 0; dict_next(seen, &p, &k, &v);) list_append(out, k);
  list_sort(out, Value::empty(), false);
  return Value::object(out);
}

Value object_get_class(Value self) { return Value::object(type_of(self)); }

Value object_get_dict(Value self) {
  AttrStore* a = attr_store(self);
  if (!a || type_of(self)->no_instance_dict) raisef(exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
  return Value::object(attrs_dict(a));
}

// obj.__class__ = C: allowed between classes with the same layout.
void object_set_class(Value self, Value v) {
  if (!isinstance(v, types::type))
    raisef(exc::TypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
  Type* from = type_of(self);
  Type* to = v.as<Type>();
  if (from->is_builtin || to->is_builtin)
    raise(exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (from->layout != to->layout || from->instance_size != to->instance_size || from->attrs_offset != to->attrs_offset)
    raisef(exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'", to->name->data(),
           from->name->data());
  self.as_object()->type = to;
}

void object_set_dict(Value self, Value v) {
  AttrStore* a = attr_store(self);
  if (!a) raisef(exc::AttributeError, "'%s' object has no attribute '__dict__'", type_name(self));
  if (!has_layout(v, Layout::DICT))
    raisef(exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(v));
  a->shape = nullptr;
  a->slots = nullptr;
  a->dict = v.as<Dict>();
}

const MethodDef kObjectMethods[] = {
    {"__new__", object_new, MethodDef::kStatic},
    {"__init__", object_init, MethodDef::kInstance},
    {"__repr__", object_repr, MethodDef::kInstance},
    {"__str__", object_str, MethodDef::kInstance},
    {"__eq__", object_eq, MethodDef::kInstance},
    {"__ne__", object_ne, MethodDef::kInstance},
    {"__lt__", object_not_implemented, MethodDef::kInstance},
    {"__le__", object_not_implemented, MethodDef::kInstance},
    {"__gt__", object_not_implemented, MethodDef::kInstance},
    {"__ge__", object_not_implemented, MethodDef::kInstance},
    {"__hash__", object_hash, MethodDef::kInstance},
    {"__format__", object_format, MethodDef::kInstance},
    {"__getattribute__", object_getattribute, MethodDef::kInstance},
    {"__setattr__", object_setattr, MethodDef::kInstance},
    {"__delattr__", object_delattr, MethodDef::kInstance},
    {"__init_subclass__", object_init_subclass, MethodDef::kClass},
    {"__dir__", object_dir, MethodDef::kInstance},
};

const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
    {"__dict__", object_get_dict, object_set_dict},
};

// ---- member descriptors (__slots__) ----

Value member_get(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__get__", nargs, 1, 2);
  if (args[0].is_none()) return self;
  auto* d = self.as<MemberDescriptor>();
  AttrStore* a = attr_store(args[0]);
  Value v = a ? attrs_get(a, d->name) : Value::empty();
  if (v.is_empty())
    raisef(exc::AttributeError, "'%s' object has no attribute '%s'", type_name(args[0]), d->name->data());
  return v;
}

Value member_set(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__set__", nargs, 2, 2);
  auto* d = self.as<MemberDescriptor>();
  AttrStore* a = attr_store(args[0]);
  if (!a) raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->name->data(),
                 d->owner->name->data(), type_name(args[0]));
  attrs_set(type_of(args[0]), a, d->name, args[1]);
  return Value::none();
}

Value member_delete(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__delete__", nargs, 1, 1);
  auto* d = self.as<MemberDescriptor>();
  AttrStore* a = attr_store(args[0]);
  if (!a || !attrs_delete(a, d->name)) raise(exc::AttributeError, d->name->view());
  return Value::none();
}

Value member_repr(Value self, const Value*, size_t, Tuple*) {
  auto* d = self.as<MemberDescriptor>();
  return str_value("<member '" + std::string(d->name->view()) + "' of '" + std::string(d->owner->name->view()) +
                   "' objects>");
}

const MethodDef kMemberMethods[] = {
    {"__get__", member_get, MethodDef::kInstance},
    {"__set__", member_set, MethodDef::kInstance},
    {"__delete__", member_delete, MethodDef::kInstance},
    {"__repr__", member_repr, MethodDef::kInstance},
};

// ---- type ----

Value type_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 2 && args[0].as_object() == types::type && !kwnames) return Value::object(type_of(args[1]));
  // type(name, bases, ns, **kw): the keywords are for __init_subclass__.
  if (nargs != 4) raise(exc::TypeError, "type() takes 1 or 3 arguments");
  if (!has_layout(args[1], Layout::STR))
    raisef(exc::TypeError, "type.__new__() argument 1 must be str, not %s", type_name(args[1]));
  if (!has_layout(args[2], Layout::TUPLE))
    raisef(exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", type_name(args[2]));
  if (!has_layout(args[3], Layout::DICT))
    raisef(exc::TypeError, "type.__new__() argument 3 must be dict, not %s", type_name(args[3]));
  Dict* ns = args[3].as<Dict>();
  if (dict_get_str(ns, names::__module__).is_empty()) {
    dict_set(ns, Value::object(names::__module__), Value::object(names::__main__));
  }
  return Value::object(make_class(args[0].as<Type>(), args[1].as<Str>(), args[2].as<Tuple>(), ns, args + nargs, kwnames));
}

Value type_init(Value, const Value*, size_t, Tuple*) { return Value::none(); }

Value type_call_method(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return type_call(self.as<Type>(), args, nargs, kwnames);
}

Value type_repr_method(Value self, const Value*, size_t, Tuple*) {
  return Value::object(type_repr(self.as<Type>()));
}

Value type_mro(Value self, const Value*, size_t, Tuple*) {
  Tuple* m = self.as<Type>()->mro;
  return Value::object(make_list(m->items(), m->length));
}

Value type_subclasses(Value self, const Value*, size_t, Tuple*) {
  List* out = make_list();
  if (auto* subs = self.as<Type>()->subclasses)
    for (Type* s : *subs) list_append(out, Value::object(s));
  return Value::object(out);
}

Value type_instancecheck(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__instancecheck__", nargs, 1, 1);
  return Value::boolean(isinstance(args[0], self.as<Type>()));
}

Value type_subclasscheck(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("__subclasscheck__", nargs, 1, 1);
  if (!isinstance(args[0], types::type)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(is_subtype(args[0].as<Type>(), self.as<Type>()));
}

Value type_get_name(Value self) { return Value::object(self.as<Type>()->name); }
void type_set_name(Value self, Value v) {
  if (!has_layout(v, Layout::STR))
    raisef(exc::TypeError, "can only assign string to %s.__name__, not '%s'",
           self.as<Type>()->name->data(), type_name(v));
  self.as<Type>()->name = intern(v.as<Str>());
}
Value type_get_qualname(Value self) { return Value::object(self.as<Type>()->qualname); }
void type_set_qualname(Value self, Value v) {
  if (!has_layout(v, Layout::STR)) raise(exc::TypeError, "__qualname__ must be a str");
  self.as<Type>()->qualname = v.as<Str>();
}
Value type_get_module(Value self) {
  Type* t = self.as<Type>();
  if (t->is_builtin) return str_value("builtins");
  Value m = dict_get_str(t->dict, names::__module__);
  return m.is_empty() ? Value::none() : m;
}
Value type_get_mro(Value self) { return Value::object(self.as<Type>()->mro); }
Value type_get_bases(Value self) { return Value::object(self.as<Type>()->bases); }
Value type_get_base(Value self) {
  Type* b = self.as<Type>()->base;
  return b ? Value::object(b) : Value::none();
}
Value type_get_dict(Value self) { return Value::object(dict_copy(self.as<Type>()->dict)); }
Value type_get_doc(Value self) {
  Value d = dict_get_str(self.as<Type>()->dict, names::__doc__);
  return d.is_empty() ? Value::none() : d;
}

const MethodDef kTypeMethods[] = {
    {"__new__", type_new, MethodDef::kStatic},
    {"__init__", type_init, MethodDef::kInstance},
    {"__call__", type_call_method, MethodDef::kInstance},
    {"__repr__", type_repr_method, MethodDef::kInstance},
    {"mro", type_mro, MethodDef::kInstance},
    {"__subclasses__", type_subclasses, MethodDef::kInstance},
    {"__instancecheck__", type_instancecheck, MethodDef::kInstance},
    {"__subclasscheck__", type_subclasscheck, MethodDef::kInstance},
};

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, nullptr},
    {"__mro__", type_get_mro, nullptr},
    {"__bases__", type_get_bases, nullptr},
    {"__base__", type_get_base, nullptr},
    {"__dict__", type_get_dict, nullptr},
    {"__doc__", type_get_doc, nullptr},
};

// ---- super ----

Value super_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("super", kwnames);
  // Zero-argument super() is compiled into super(__class__, first_arg).
  if (nargs != 3) raise(exc::RuntimeError, "super(): no arguments");
  if (!isinstance(args[1], types::type))
    raisef(exc::TypeError, "super() argument 1 must be a type, not %s", type_name(args[1]));
  Type* t = args[1].as<Type>();
  Value obj = args[2];
  Type* obj_type;
  if (isinstance(obj, types::type) && is_subtype(obj.as<Type>(), t)) {
    obj_type = obj.as<Type>();
  } else if (isinstance(obj, t)) {
    obj_type = type_of(obj);
  } else {
    raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  auto* s = alloc<Super>(types::super);
  s->type = t;
  s->obj = obj;
  s->obj_type = obj_type;
  return Value::object(s);
}

Value super_repr(Value self, const Value*, size_t, Tuple*) {
  Super* s = self.as<Super>();
  std::string r = "<super: <class '";
  r += s->type->name->view();
  r += "'>, <";
  r += s->obj_type->name->view();
  r += " object>>";
  return str_value(r);
}

const MethodDef kSuperMethods[] = {
    {"__new__", super_new, MethodDef::kStatic},
    {"__repr__", super_repr, MethodDef::kInstance},
};

}  // namespace

void init_object_type() {
  add_methods(types::object, kObjectMethods);
  add_getsets(types::object, kObjectGetSets);
  // Builtin types keep these flags false: their own files define behaviour.
  for (Type* t : {types::object}) refresh_flags(t);
}

void init_type_type() {
  add_methods(types::type, kTypeMethods);
  add_getsets(types::type, kTypeGetSets);
  add_methods(types::super, kSuperMethods);
  add_methods(types::member_descriptor, kMemberMethods);
}

}  // namespace coil
