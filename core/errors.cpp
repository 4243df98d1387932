// Coil — the builtin exception classes and raising from C++.
#include "core/errors.h"

#include <cstdarg>
#include <cstdio>
#include <string>

#include "core/args.h"
#include "core/dict.h"
#include "core/function.h"
#include "core/int.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

namespace exc {
#define COIL_EXC_DEF(name, base) Type* name;
COIL_EXCEPTIONS(COIL_EXC_DEF)
#undef COIL_EXC_DEF
}  // namespace exc

ExceptionObj* new_exception_args(Type* type, Tuple* args) {
  auto* e = static_cast<ExceptionObj*>(alloc_object(type, type->instance_size));
  e->args = args;
  e->cause = Value::none();
  e->context = Value::none();
  return e;
}

ExceptionObj* new_exception(Type* type, std::string_view message) {
  return new_exception_args(type, make_tuple({str_value(message)}));
}

void raise(Type* type, std::string_view message) { throw PyException{new_exception(type, message)}; }

void raisef(Type* type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n >= static_cast<int>(sizeof buf)) {
    std::string big(static_cast<size_t>(n) + 1, '\0');
    va_start(ap, fmt);
    std::vsnprintf(big.data(), big.size(), fmt, ap);
    va_end(ap);
    big.pop_back();
    raise(type, big);
  }
  raise(type, std::string_view(buf, static_cast<size_t>(n)));
}

void raise_value(Value v) {
  if (isinstance(v, types::type) && is_subtype(v.as<Type>(), exc::BaseException))
    v = call(v, nullptr, 0);
  if (!isinstance(v, exc::BaseException))
    raise(exc::TypeError, "exceptions must derive from BaseException");
  throw PyException{v.as<ExceptionObj>()};
}

namespace {
void set_exception_attr(ExceptionObj* e, const char* name, Value v) {
  attrs_set(e->type, &e->attrs, intern(name), v);
}
}  // namespace

void raise_name_error(Str* name) {
  ExceptionObj* e = new_exception(exc::NameError, "name '" + std::string(name->view()) + "' is not defined");
  set_exception_attr(e, "name", Value::object(name));
  throw PyException{e};
}

void raise_attribute_error(Value obj, Str* name, std::string_view message) {
  ExceptionObj* e = new_exception(exc::AttributeError, message);
  set_exception_attr(e, "name", Value::object(name));
  set_exception_attr(e, "obj", obj);
  throw PyException{e};
}

void raise_key_error(Value key) {
  throw PyException{new_exception_args(exc::KeyError, make_tuple({key}))};
}

void raise_stop_iteration(Value value) {
  Tuple* args = value.is_none() || value.is_empty() ? empty_tuple() : make_tuple({value});
  throw PyException{new_exception_args(exc::StopIteration, args)};
}

bool exception_matches(const PyException& e, Type* type) { return is_subtype(e.exc->type, type); }

namespace {

ExceptionObj* as_exc(Value self) { return self.as<ExceptionObj>(); }

Value exc_new(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || !isinstance(args[0], types::type)) raise(exc::TypeError, "BaseException.__new__(X): X is not a type object");
  Type* cls = args[0].as<Type>();
  return Value::object(new_exception_args(cls, make_tuple(args + 1, static_cast<int64_t>(nargs - 1))));
}

Value exc_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->length)
    raisef(exc::TypeError, "%s() takes no keyword arguments", type_name(self));
  as_exc(self)->args = make_tuple(args, static_cast<int64_t>(nargs));
  return Value::none();
}

Value exc_str(Value self, const Value*, size_t, Tuple*) {
  Tuple* a = as_exc(self)->args;
  if (a->length == 0) return Value::object(names::empty_);
  if (a->length == 1) return Value::object(to_str((*a)[0]));
  return Value::object(repr(Value::object(a)));
}

Value exc_repr(Value self, const Value*, size_t, Tuple*) {
  Tuple* a = as_exc(self)->args;
  std::string s(type_of(self)->name->view());
  if (a->length == 1) {
    s += '(';
    s += repr((*a)[0])->view();
    s += ')';
  } else {
    s += repr(Value::object(a))->view();
  }
  return str_value(s);
}

Value key_error_str(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Tuple* a = as_exc(self)->args;
  if (a->length == 1) return Value::object(repr((*a)[0]));
  return exc_str(self, args, nargs, kw);
}

// "msg (file.py, line 3)", as CPython's SyntaxError.__str__.
Value syntax_error_str(Value self, const Value* args, size_t nargs, Tuple* kw) {
  Value msg = getattr_opt(self, intern("msg"));
  if (msg.is_empty() || msg.is_none()) return exc_str(self, args, nargs, kw);
  std::string s(to_str(msg)->view());
  Value file = getattr_opt(self, intern("filename"));
  Value line = getattr_opt(self, intern("lineno"));
  std::string where;
  if (has_layout(file, Layout::STR)) {
    std::string f(file.as<Str>()->view());
    size_t slash = f.rfind('/');
    where = slash == std::string::npos ? f : f.substr(slash + 1);
  }
  if (line.is_int()) where += (where.empty() ? "line " : ", line ") + std::to_string(line.as_int());
  if (!where.empty()) s += " (" + where + ")";
  return str_value(s);
}

Value exc_with_traceback(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("with_traceback", nargs, 1, 1);
  as_exc(self)->traceback = args[0].is_none() ? nullptr : args[0].as<Traceback>();
  return self;
}

Value exc_get_args(Value self) { return Value::object(as_exc(self)->args); }
void exc_set_args(Value self, Value v) { as_exc(self)->args = tuple_from_iterable(v); }
Value exc_get_cause(Value self) { return as_exc(self)->cause; }
void exc_set_cause(Value self, Value v) {
  if (!v.is_none() && !isinstance(v, exc::BaseException))
    raise(exc::TypeError, "exception cause must be None or derive from BaseException");
  as_exc(self)->cause = v;
  as_exc(self)->suppress_context = true;
}
Value exc_get_context(Value self) { return as_exc(self)->context; }
void exc_set_context(Value self, Value v) {
  if (!v.is_none() && !isinstance(v, exc::BaseException))
    raise(exc::TypeError, "exception context must be None or derive from BaseException");
  as_exc(self)->context = v;
}
Value exc_get_suppress(Value self) { return Value::boolean(as_exc(self)->suppress_context); }
void exc_set_suppress(Value self, Value v) { as_exc(self)->suppress_context = truthy(v); }
Value exc_get_traceback(Value self) {
  Traceback* tb = as_exc(self)->traceback;
  return tb ? Value::object(tb) : Value::none();
}
void exc_set_traceback(Value self, Value v) {
  if (!v.is_none() && !has_layout(v, Layout::OTHER))
    raise(exc::TypeError, "__traceback__ must be a traceback or None");
  as_exc(self)->traceback = v.is_none() ? nullptr : v.as<Traceback>();
}

// StopIteration.value, SystemExit.code: the first argument, or None.
Value exc_first_arg(Value self) {
  Tuple* a = as_exc(self)->args;
  return a->length ? (*a)[0] : Value::none();
}
Value system_exit_code(Value self) {
  Tuple* a = as_exc(self)->args;
  if (a->length == 0) return Value::none();
  return a->length == 1 ? (*a)[0] : Value::object(a);
}

const MethodDef kBaseExceptionMethods[] = {
    {"__new__", exc_new, MethodDef::kStatic},
    {"__init__", exc_init, MethodDef::kInstance},
    {"__str__", exc_str, MethodDef::kInstance},
    {"__repr__", exc_repr, MethodDef::kInstance},
    {"with_traceback", exc_with_traceback, MethodDef::kInstance},
};

const GetSetDef kBaseExceptionGetSets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__context__", exc_get_context, exc_set_context},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
};

const MethodDef kKeyErrorMethods[] = {{"__str__", key_error_str, MethodDef::kInstance}};
const MethodDef kSyntaxErrorMethods[] = {{"__str__", syntax_error_str, MethodDef::kInstance}};
const GetSetDef kStopIterationGetSets[] = {{"value", exc_first_arg, nullptr}};
const GetSetDef kSystemExitGetSets[] = {{"code", system_exit_code, nullptr}};

Value tb_get_lineno(Value self) { return make_int(self.as<Traceback>()->line); }
Value tb_get_next(Value self) {
  Traceback* n = self.as<Traceback>()->next;
  return n ? Value::object(n) : Value::none();
}
const GetSetDef kTracebackGetSets[] = {{"tb_lineno", tb_get_lineno, nullptr},
                                       {"tb_next", tb_get_next, nullptr}};

}  // namespace

void init_exceptions() {
  // One pass over the table: a base always precedes its subclasses, so it
  // is found among the classes made so far (BaseException's base is object).
  struct Spec {
    Type** slot;
    const char* name;
  };
  static const Spec kSpecs[] = {
#define COIL_EXC_SPEC(name, base) {&exc::name, #name},
      COIL_EXCEPTIONS(COIL_EXC_SPEC)
#undef COIL_EXC_SPEC
  };
  static const char* const kBaseNames[] = {
#define COIL_EXC_BASE(name, base) #base,
      COIL_EXCEPTIONS(COIL_EXC_BASE)
#undef COIL_EXC_BASE
  };
  size_t n = sizeof kSpecs / sizeof kSpecs[0];
  for (size_t i = 0; i < n; i++) {
    Type* base = types::object;
    for (size_t j = 0; j < i; j++)
      if (std::string_view(kSpecs[j].name) == kBaseNames[i]) base = *kSpecs[j].slot;
    Type* t = make_builtin_type(kSpecs[i].name, base, Layout::EXCEPTION, sizeof(ExceptionObj));
    t->attrs_offset = COIL_OFFSETOF(ExceptionObj, attrs);
    t->root_shape = make_root_shape(t);
    *kSpecs[i].slot = t;
  }
  add_methods(exc::BaseException, kBaseExceptionMethods);
  add_getsets(exc::BaseException, kBaseExceptionGetSets);
  add_methods(exc::KeyError, kKeyErrorMethods);
  // Attributes CPython gives these classes; None unless the raiser sets them.
  for (Type* t : {exc::NameError, exc::AttributeError, exc::ImportError})
    type_set_attr(t, "name", Value::none());
  type_set_attr(exc::AttributeError, "obj", Value::none());
  type_set_attr(exc::ImportError, "path", Value::none());
  add_methods(exc::SyntaxError, kSyntaxErrorMethods);
  add_getsets(exc::StopIteration, kStopIterationGetSets);
  add_getsets(exc::SystemExit, kSystemExitGetSets);
  add_getsets(types::traceback, kTracebackGetSets);
}

}  // namespace coil
