// Coil — the builtins module: its assembly (types, exceptions, constants and
// the functions of the builtins_*.cpp files), the class statement's
// __build_class__, imports, and the text builtins: print, input, repr,
// ascii, format, len, exit.
#include "core/builtins.h"

#include <charconv>
#include <string>
#include <vector>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/textio.h"
#include "core/tuple.h"

namespace coil {

namespace {

bool is_str(Value v) { return v.is_object() && v.as_object()->type->layout == Layout::STR; }

// sys.<name> looked up at call time (print/input follow redirection); Empty
// when sys is not set up or the attribute was deleted.
Value sys_attr(Str* name) { return g_sys_dict ? dict_get_str(g_sys_dict, name) : Value::empty(); }

// ---- print ----

// Writes str(v) into a native text file: no Str is built for str and int.
void print_native(Value file, Value v) {
  if (v.is_object() && v.as_object()->type == types::str) {
    text_file_append(file, v.as<Str>()->view());
  } else if (v.is_int()) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v.as_int());
    text_file_append(file, std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
  } else {
    text_file_append(file, to_str(v)->view());
  }
}

void print_generic(Value file, Value text) { call_method(file, names::write, &text, 1); }

Value builtin_print(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value sep, end, file, flush;
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->length; k++) {
      Str* name = (*kwnames)[k].as<Str>();
      Value v = args[nargs + static_cast<size_t>(k)];
      if (str_equal(name, names::sep)) sep = v;
      else if (str_equal(name, names::end)) end = v;
      else if (str_equal(name, names::file)) file = v;
      else if (str_equal(name, names::flush)) flush = v;
      else raisef(exc::TypeError, "'%s' is an invalid keyword argument for print()", name->data());
    }
  }
  if (!sep.is_empty() && !sep.is_none() && !is_str(sep))
    raisef(exc::TypeError, "sep must be None or a string, not %s", type_name(sep));
  if (!end.is_empty() && !end.is_none() && !is_str(end))
    raisef(exc::TypeError, "end must be None or a string, not %s", type_name(end));
  if (file.is_empty() || file.is_none()) {
    file = sys_attr(names::stdout);
    if (file.is_empty()) raise(exc::RuntimeError, "lost sys.stdout");
    if (file.is_none()) return Value::none();
  }
  bool use_sep = !sep.is_empty() && !sep.is_none();
  bool use_end = !end.is_empty() && !end.is_none();
  if (is_text_file(file)) {
    std::string_view sep_text = use_sep ? sep.as<Str>()->view() : std::string_view(" ");
    for (size_t i = 0; i < nargs; i++) {
      if (i) text_file_append(file, sep_text);
      print_native(file, args[i]);
    }
    text_file_append(file, use_end ? end.as<Str>()->view() : std::string_view("\n"));
    text_file_commit(file);
    if (!flush.is_empty() && truthy(flush)) file_flush(file);
    return Value::none();
  }
  Value space = Value::object(intern(" "));
  for (size_t i = 0; i < nargs; i++) {
    if (i) print_generic(file, use_sep ? sep : space);
    print_generic(file, Value::object(to_str(args[i])));
  }
  print_generic(file, use_end ? end : Value::object(intern("\n")));
  if (!flush.is_empty() && truthy(flush)) call_method(file, names::flush, nullptr, 0);
  return Value::none();
}

// ---- input ----

Value input_stream(Str* name, const char* lost) {
  Value v = sys_attr(name);
  if (v.is_empty() || v.is_none()) raise(exc::RuntimeError, lost);
  return v;
}

void flush_ignoring_errors(Value f) {
  try {
    if (is_text_file(f)) file_flush(f);
    else call_method(f, names::flush, nullptr, 0);
  } catch (PyException&) {
  }
}

Value builtin_input(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("input", kwnames);
  check_nargs("input", nargs, 0, 1);
  Value in = input_stream(names::stdin, "input(): lost sys.stdin");
  Value out = input_stream(names::stdout, "input(): lost sys.stdout");
  Value err = input_stream(names::stderr, "input(): lost sys.stderr");
  flush_ignoring_errors(err);
  if (nargs == 1) {
    Str* prompt = to_str(args[0]);
    if (is_text_file(out)) text_file_append(out, prompt->view());
    else print_generic(out, Value::object(prompt));
  }
  flush_ignoring_errors(out);
  Str* line;
  if (is_text_file(in)) {
    line = text_file_readline(in);
  } else {
    Value r = call_method(in, intern("readline"), nullptr, 0);
    if (!is_str(r)) raise(exc::TypeError, "object.readline() returned non-string");
    line = r.as<Str>();
  }
  if (line->size == 0) raise(exc::EOFError, "EOF when reading a line");
  std::string_view text = line->view();
  if (text.back() == '\n') text.remove_suffix(1);
  return str_value(text);
}

// ---- text ----

Value builtin_repr(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("repr", kwnames);
  check_nargs("repr", nargs, 1, 1);
  return Value::object(repr(args[0]));
}

Value builtin_ascii(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("ascii", kwnames);
  check_nargs("ascii", nargs, 1, 1);
  return Value::object(ascii_repr(args[0]));
}

Value builtin_format(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[2];
  parse_args("format", args, nargs, kwnames, {"value", "format_spec"}, 1, a, 2);
  Str* spec = names::empty_;
  if (!a[1].is_empty()) {
    if (!is_str(a[1])) raisef(exc::TypeError, "format() argument 2 must be str, not %s", type_name(a[1]));
    spec = a[1].as<Str>();
  }
  return Value::object(format_value(a[0], spec));
}

Value builtin_len(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 || kwnames) {
    no_kwargs("len", kwnames);
    check_nargs("len", nargs, 1, 1);
  }
  return Value::small_int(length(args[0]));
}

// ---- classes and imports ----

Value builtin_build_class(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return build_class(args, nargs, kwnames);
}

Value builtin_import(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[5];
  parse_args("__import__", args, nargs, kwnames, {"name", "globals", "locals", "fromlist", "level"}, 1, a);
  if (!is_str(a[0])) raisef(exc::TypeError, "__import__() argument 1 must be str, not %s", type_name(a[0]));
  Dict* globals = has_layout(a[1], Layout::DICT) ? a[1].as<Dict>() : nullptr;
  if (!globals) globals = current_globals();
  if (!globals) globals = make_dict();
  bool fromlist = !a[3].is_empty() && !a[3].is_none() && truthy(a[3]);
  int64_t level = a[4].is_empty() ? 0 : index_value(a[4]);
  if (level < 0) raise(exc::ValueError, "level must be >= 0");
  return import_module(a[0].as<Str>(), globals, static_cast<int>(level), fromlist);
}

const MethodDef kIOFunctions[] = {
    {"print", builtin_print, MethodDef::kStatic},
    {"input", builtin_input, MethodDef::kStatic},
    {"open", builtin_open, MethodDef::kStatic},
    {"repr", builtin_repr, MethodDef::kStatic},
    {"ascii", builtin_ascii, MethodDef::kStatic},
    {"format", builtin_format, MethodDef::kStatic},
    {"len", builtin_len, MethodDef::kStatic},
    {"__build_class__", builtin_build_class, MethodDef::kStatic},
    {"__import__", builtin_import, MethodDef::kStatic},
};

// ---- exit / quit: _sitebuiltins.Quitter instances ----

struct Quitter : Object {
  Str* name;
};

Value quitter_call(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value code;
  parse_args("__call__", args, nargs, kwnames, {"code"}, 0, &code);
  Tuple* a = code.is_empty() ? empty_tuple() : make_tuple({code});
  throw PyException{new_exception_args(exc::SystemExit, a)};
}

Value quitter_repr(Value self, const Value*, size_t, Tuple*) {
  return str_value("Use " + std::string(self.as<Quitter>()->name->view()) + "() or Ctrl-D (i.e. EOF) to exit");
}

const MethodDef kQuitterMethods[] = {
    {"__call__", quitter_call, MethodDef::kInstance},
    {"__repr__", quitter_repr, MethodDef::kInstance},
};

// ---- NotImplemented and Ellipsis ----

Value not_implemented_repr(Value, const Value*, size_t, Tuple*) { return Value::object(intern("NotImplemented")); }
Value ellipsis_repr(Value, const Value*, size_t, Tuple*) { return Value::object(intern("Ellipsis")); }

const MethodDef kNotImplementedMethods[] = {{"__repr__", not_implemented_repr, MethodDef::kInstance}};
const MethodDef kEllipsisMethods[] = {{"__repr__", ellipsis_repr, MethodDef::kInstance}};

// ---- the metaclass of a class statement ----

Type* calculate_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->length; i++) {
    Type* t = type_of((*bases)[i]);
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
          "metaclasses of all its bases");
  }
  return winner;
}

}  // namespace

std::span<const MethodDef> builtins_io_functions() { return kIOFunctions; }

Value build_class(const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) raise(exc::TypeError, "__build_class__: not enough arguments");
  if (!has_layout(args[0], Layout::FUNCTION)) raise(exc::TypeError, "__build_class__: func must be a function");
  if (!is_str(args[1])) raise(exc::TypeError, "__build_class__: name is not a string");
  Function* body = args[0].as<Function>();
  Value name = args[1];
  Tuple* bases = make_tuple(args + 2, static_cast<int64_t>(nargs - 2));

  // Keywords: metaclass=..., the rest go to __prepare__ and the metaclass.
  Value meta;
  std::vector<Value> kw;  // values, then names
  std::vector<Value> kwn;
  if (kwnames) {
    for (int64_t k = 0; k < kwnames->length; k++) {
      Value v = args[nargs + static_cast<size_t>(k)];
      if (str_equal((*kwnames)[k].as<Str>(), names::metaclass)) meta = v;
      else {
        kw.push_back(v);
        kwn.push_back((*kwnames)[k]);
      }
    }
  }
  Tuple* rest_names = kwn.empty() ? nullptr : make_tuple(kwn.data(), static_cast<int64_t>(kwn.size()));
  bool is_class = true;
  if (meta.is_empty()) meta = bases->length ? Value::object(type_of((*bases)[0])) : Value::object(types::type);
  else is_class = isinstance(meta, types::type);
  if (is_class) meta = Value::object(calculate_metaclass(meta.as<Type>(), bases));

  // Call args: name, bases, (ns,) then the keyword values.
  std::vector<Value> call_args{name, Value::object(bases)};
  call_args.insert(call_args.end(), kw.begin(), kw.end());
  Dict* ns;
  Value prepare = getattr_opt(meta, intern("__prepare__"));
  if (prepare.is_empty()) {
    ns = make_dict();
  } else {
    Value r = call(prepare, call_args.data(), 2, rest_names);
    if (!has_layout(r, Layout::DICT)) {
      std::string who = is_class ? std::string(meta.as<Type>()->name->view()) : "<metaclass>";
      raisef(exc::TypeError, "%s.__prepare__() must return a mapping, not %s", who.c_str(), type_name(r));
    }
    ns = r.as<Dict>();
  }
  Value cell = run_class_body(body, ns);
  call_args.insert(call_args.begin() + 2, Value::object(ns));
  Value cls = call(meta, call_args.data(), 3, rest_names);
  if (has_layout(cell, Layout::CELL) && isinstance(cls, types::type)) cell.as<Cell>()->value = cls;
  return cls;
}

Module* make_builtins_module() {
  init_textio();
  Module* m = make_module(intern("builtins"));
  Dict* d = m->dict;
  for (std::span<const MethodDef> table : {builtins_io_functions(), builtins_numeric_functions(),
                                           builtins_seq_functions(), builtins_introspect_functions(),
                                           builtins_eval_functions()})
    for (const MethodDef& def : table)
      dict_set(d, Value::object(intern(def.name)), Value::object(make_builtin(&def, Value::object(m), nullptr)));

  static Type* const* const kTypes[] = {
      &types::object, &types::type, &types::int_, &types::float_, &types::bool_, &types::str,
      &types::bytes, &types::tuple, &types::list, &types::dict, &types::set, &types::frozenset,
      &types::range, &types::slice, &types::property, &types::staticmethod, &types::classmethod,
      &types::super, &types::enumerate, &types::zip, &types::map, &types::filter, &types::reversed,
  };
  for (Type* const* t : kTypes) dict_set(d, Value::object((*t)->name), Value::object(*t));
  if (types::bytearray) dict_set_str(d, "bytearray", Value::object(types::bytearray));
#define COIL_BUILTIN_EXC(name, base) dict_set_str(d, #name, Value::object(exc::name));
  COIL_EXCEPTIONS(COIL_BUILTIN_EXC)
#undef COIL_BUILTIN_EXC
  dict_set_str(d, "EnvironmentError", Value::object(exc::OSError));
  dict_set_str(d, "IOError", Value::object(exc::OSError));
  add_methods(types::NotImplementedType, kNotImplementedMethods);
  add_methods(types::ellipsis, kEllipsisMethods);
  dict_set_str(d, "NotImplemented", g_not_implemented);
  dict_set_str(d, "Ellipsis", g_ellipsis);
  dict_set_str(d, "__debug__", Value::boolean(true));
  dict_set_str(d, "None", Value::none());
  dict_set_str(d, "True", Value::boolean(true));
  dict_set_str(d, "False", Value::boolean(false));
  dict_set_str(d, "__package__", str_value(""));
  dict_set_str(d, "__spec__", Value::none());
  dict_set_str(d, "__loader__", Value::none());

  Type* quitter = make_builtin_type("Quitter", types::object, Layout::OTHER, sizeof(Quitter), kQuitterMethods);
  quitter->module = intern("_sitebuiltins");
  for (const char* n : {"exit", "quit"}) {
    auto* q = alloc<Quitter>(quitter);
    q->name = intern(n);
    dict_set_str(d, n, Value::object(q));
  }
  return m;
}

void init_native_modules() {
  register_module(make_sys_module());
  register_module(make_math_module());
  register_module(make_time_module());
}

}  // namespace coil
