// Coil — the sys module: the interpreter's lists and dicts (argv, path,
// modules), the standard streams, recursion limit, version data as struct
// sequences, exc_info(), and _getframe() with its frame and code objects.
#include <unistd.h>

#include <cfloat>
#include <cstdlib>
#include <climits>
#include <string>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/bytecode.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/textio.h"
#include "core/tuple.h"

namespace coil {

Dict* g_sys_dict;

namespace {

// A struct sequence type of the sys module and its one instance.
Value sys_struct_seq(const char* name, std::initializer_list<const char*> fields, std::initializer_list<Value> values) {
  Type* t = make_struct_seq_type("sys", name, fields, static_cast<int64_t>(fields.size()));
  return make_struct_seq(t, values.begin(), values.size());
}

// ---- code objects: the attributes Python code reads ----

Code* code_of(Value v) { return v.as<Code>(); }
Value co_name(Value self) { return Value::object(code_of(self)->name); }
Value co_qualname(Value self) { return Value::object(code_of(self)->qualname); }
Value co_filename(Value self) { return Value::object(code_of(self)->filename); }
Value co_firstlineno(Value self) { return make_int(code_of(self)->first_line); }
Value co_argcount(Value self) { return make_int(code_of(self)->nargs); }
Value co_posonlyargcount(Value self) { return make_int(code_of(self)->nposonly); }
Value co_kwonlyargcount(Value self) { return make_int(code_of(self)->nkwonly); }
Value co_varnames(Value self) {
  Tuple* t = code_of(self)->varnames;
  return Value::object(t ? t : empty_tuple());
}
Value co_freevars(Value self) {
  Tuple* t = code_of(self)->freevars;
  return Value::object(t ? t : empty_tuple());
}
Value co_cellvars(Value self) {
  Tuple* t = code_of(self)->cellvars;
  return Value::object(t ? t : empty_tuple());
}

Value code_repr(Value self, const Value*, size_t, Tuple*) {
  Code* c = code_of(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(self.bits()));
  return str_value("<code object " + std::string(c->name->view()) + " at " + addr + ", file \"" +
                   std::string(c->filename->view()) + "\", line " + std::to_string(c->first_line) + ">");
}

const GetSetDef kCodeGetSets[] = {
    {"co_name", co_name, nullptr},
    {"co_qualname", co_qualname, nullptr},
    {"co_filename", co_filename, nullptr},
    {"co_firstlineno", co_firstlineno, nullptr},
    {"co_argcount", co_argcount, nullptr},
    {"co_posonlyargcount", co_posonlyargcount, nullptr},
    {"co_kwonlyargcount", co_kwonlyargcount, nullptr},
    {"co_varnames", co_varnames, nullptr},
    {"co_freevars", co_freevars, nullptr},
    {"co_cellvars", co_cellvars, nullptr},
};

const MethodDef kCodeMethods[] = {{"__repr__", code_repr, MethodDef::kInstance}};

// ---- frame objects: a snapshot of an interpreter frame ----

// Interpreter frames live in the VM's frame array and are reused, so a
// frame object copies what it can and follows f_back only while its frame
// is still the live one it was made from.
struct FrameObject : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Value locals;         // dict snapshot
  int32_t lineno;
  int32_t index;        // position in vm.frames
  Value* regs;          // identifies the live frame
  Value back;           // f_back once computed (Empty: not yet)
};

Type* g_frame_type;

// The locals of any live frame as a dict (module and class bodies: their
// namespace; functions: a snapshot with cells dereferenced).
Value frame_locals(Frame* f) {
  if (f->locals) return Value::object(f->locals);
  Dict* d = make_dict();
  Code* code = f->code;
  Tuple* names = code->varnames;
  int64_t nparams = code->nargs + code->nkwonly + !!(code->flags & Code::kVarArgs) + !!(code->flags & Code::kVarKw);
  for (int64_t i = 0; names && i < names->length; i++) {
    Value v = f->regs[i];
    if (v.is_empty()) continue;
    if (has_layout(v, Layout::CELL) && i >= nparams) {
      v = v.as<Cell>()->value;
      if (v.is_empty()) continue;
    }
    dict_set(d, (*names)[i], v);
  }
  for (int64_t i = 0; i < code->nfree; i++) {
    Value c = f->regs[code->free_base + i];
    if (has_layout(c, Layout::CELL) && !c.as<Cell>()->value.is_empty())
      dict_set(d, (*code->freevars)[i], c.as<Cell>()->value);
  }
  return Value::object(d);
}

Value make_frame_object(Frame* f) {
  auto* fo = alloc<FrameObject>(g_frame_type);
  fo->code = f->code;
  fo->globals = f->globals;
  fo->builtins = f->builtins;
  fo->locals = frame_locals(f);
  fo->lineno = frame_line(f);
  fo->index = static_cast<int32_t>(f - vm.frames);
  fo->regs = f->regs;
  return Value::object(fo);
}

FrameObject* frame_of(Value v) { return v.as<FrameObject>(); }

// The interpreter frame this object was made from, while it is still live.
Frame* live_frame(FrameObject* fo) {
  if (fo->index >= vm.depth) return nullptr;
  Frame* f = &vm.frames[fo->index];
  return f->code == fo->code && f->regs == fo->regs ? f : nullptr;
}

Value f_back(Value self) {
  FrameObject* fo = frame_of(self);
  if (fo->back.is_empty()) {
    Frame* f = live_frame(fo);
    fo->back = f && f->back ? make_frame_object(f->back) : Value::none();
  }
  return fo->back;
}
Value f_code(Value self) { return Value::object(frame_of(self)->code); }
// The current line while the frame runs, else the line it was left at.
Value f_lineno(Value self) {
  FrameObject* fo = frame_of(self);
  if (Frame* f = live_frame(fo)) fo->lineno = frame_line(f);
  return make_int(fo->lineno);
}
Value f_globals(Value self) { return Value::object(frame_of(self)->globals); }
Value f_builtins(Value self) { return Value::object(frame_of(self)->builtins); }
Value f_locals(Value self) {
  FrameObject* fo = frame_of(self);
  if (Frame* f = live_frame(fo)) fo->locals = frame_locals(f);
  return fo->locals;
}

Value frame_repr(Value self, const Value*, size_t, Tuple*) {
  FrameObject* fo = frame_of(self);
  char addr[32];
  std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(self.bits()));
  return str_value("<frame at " + std::string(addr) + ", file " + std::string(repr(Value::object(fo->code->filename))->view()) +
                   ", line " + std::to_string(fo->lineno) + ", code " + std::string(fo->code->name->view()) + ">");
}

const GetSetDef kFrameGetSets[] = {
    {"f_back", f_back, nullptr},       {"f_code", f_code, nullptr},         {"f_lineno", f_lineno, nullptr},
    {"f_globals", f_globals, nullptr}, {"f_builtins", f_builtins, nullptr}, {"f_locals", f_locals, nullptr},
};

const MethodDef kFrameMethods[] = {{"__repr__", frame_repr, MethodDef::kInstance}};

// ---- functions ----

Value sys_exit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("exit", kwnames);
  check_nargs("exit", nargs, 0, 1);
  throw PyException{new_exception_args(exc::SystemExit, make_tuple(args, static_cast<int64_t>(nargs)))};
}

Value sys_getrecursionlimit(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("getrecursionlimit", kwnames);
  check_nargs("getrecursionlimit", nargs, 0, 0);
  return make_int(vm.recursion_limit);
}

Value sys_setrecursionlimit(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("setrecursionlimit", kwnames);
  check_nargs("setrecursionlimit", nargs, 1, 1);
  if (args[0].is_double()) raise(exc::TypeError, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (!int_to_i64(index_int(args[0]), &n) || n > INT_MAX || n < INT_MIN)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  if (n < 1) raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  if (n <= vm.depth)
    raisef(exc::RecursionError, "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
           static_cast<long long>(n), vm.depth);
  vm.recursion_limit = static_cast<int32_t>(n);
  return Value::none();
}

Value sys_getframe(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("_getframe", kwnames);
  check_nargs("_getframe", nargs, 0, 1);
  int64_t depth = nargs ? index_value(index_int(args[0])) : 0;
  Frame* f = current_frame();
  for (int64_t i = 0; f && i < depth; i++) f = f->back;
  if (!f) raise(exc::ValueError, "call stack is not deep enough");
  return make_frame_object(f);
}

Value sys_exc_info(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("exc_info", kwnames);
  check_nargs("exc_info", nargs, 0, 0);
  Value e = vm.handled_exc;
  if (e.is_none() || e.is_empty()) return Value::object(make_tuple({Value::none(), Value::none(), Value::none()}));
  Traceback* tb = e.as<ExceptionObj>()->traceback;
  return Value::object(make_tuple({Value::object(type_of(e)), e, tb ? Value::object(tb) : Value::none()}));
}

Value sys_intern(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("intern", kwnames);
  check_nargs("intern", nargs, 1, 1);
  if (!args[0].is_object() || args[0].as_object()->type != types::str)
    raisef(exc::TypeError, "intern() argument must be str, not %s", type_name(args[0]));
  return Value::object(intern(args[0].as<Str>()));
}

Value sys_getdefaultencoding(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("getdefaultencoding", kwnames);
  check_nargs("getdefaultencoding", nargs, 0, 0);
  return str_value("utf-8");
}

Value sys_getfilesystemencoding(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("getfilesystemencoding", kwnames);
  check_nargs("getfilesystemencoding", nargs, 0, 0);
  return str_value("utf-8");
}

Value sys_get_int_max_str_digits(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("get_int_max_str_digits", kwnames);
  check_nargs("get_int_max_str_digits", nargs, 0, 0);
  return make_int(int_max_str_digits());
}

Value sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[1];
  parse_args("set_int_max_str_digits", args, nargs, kwnames, {"maxdigits"}, 1, a);
  int64_t n;
  if (!int_to_i64(index_int(a[0]), &n) || n > INT_MAX || n < INT_MIN)
    raise(exc::OverflowError, "Python int too large to convert to C int");
  set_int_max_str_digits(n);
  return Value::none();
}

// sys.exception(): the exception being handled, or None.
Value sys_exception(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("exception", kwnames);
  check_nargs("exception", nargs, 0, 0);
  Value e = vm.handled_exc;
  return e.is_empty() ? Value::none() : e;
}

// settrace/setprofile: only None (no tracing) is supported.
Value sys_settrace(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("settrace", kwnames);
  check_nargs("settrace", nargs, 1, 1);
  if (!args[0].is_none()) raise(exc::NotImplementedError, "sys.settrace() is not supported by Coil yet");
  return Value::none();
}

Value sys_setprofile(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("setprofile", kwnames);
  check_nargs("setprofile", nargs, 1, 1);
  if (!args[0].is_none()) raise(exc::NotImplementedError, "sys.setprofile() is not supported by Coil yet");
  return Value::none();
}

Value sys_none0(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("gettrace", kwnames);
  check_nargs("gettrace", nargs, 0, 0);
  return Value::none();
}

Value sys_is_finalizing(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("is_finalizing", kwnames);
  check_nargs("is_finalizing", nargs, 0, 0);
  return Value::boolean(false);
}

double g_switch_interval = 0.005;

Value sys_getswitchinterval(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("getswitchinterval", kwnames);
  check_nargs("getswitchinterval", nargs, 0, 0);
  return Value::number(g_switch_interval);
}

Value sys_setswitchinterval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("setswitchinterval", kwnames);
  check_nargs("setswitchinterval", nargs, 1, 1);
  double d = math_double_arg(args[0]);
  if (!(d > 0.0)) raise(exc::ValueError, "switch interval must be strictly positive");
  g_switch_interval = d;
  return Value::none();
}

// sys.excepthook(type, value, traceback): prints the exception to stderr.
Value sys_excepthook(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("excepthook", kwnames);
  check_nargs("excepthook", nargs, 3, 3);
  Value err = g_sys_dict ? dict_get_str(g_sys_dict, names::stderr) : Value::empty();
  if (!err.is_empty() && !err.is_none()) call_method(err, names::flush, nullptr, 0);
  print_exception(args[1]);
  return Value::none();
}

Value sys_getfilesystemencodeerrors(Value, const Value*, size_t nargs, Tuple* kwnames) {
  no_kwargs("getfilesystemencodeerrors", kwnames);
  check_nargs("getfilesystemencodeerrors", nargs, 0, 0);
  return str_value("surrogateescape");
}

const MethodDef kSysFunctions[] = {
    {"exception", sys_exception, MethodDef::kStatic},
    {"settrace", sys_settrace, MethodDef::kStatic},
    {"setprofile", sys_setprofile, MethodDef::kStatic},
    {"gettrace", sys_none0, MethodDef::kStatic},
    {"getprofile", sys_none0, MethodDef::kStatic},
    {"is_finalizing", sys_is_finalizing, MethodDef::kStatic},
    {"getswitchinterval", sys_getswitchinterval, MethodDef::kStatic},
    {"setswitchinterval", sys_setswitchinterval, MethodDef::kStatic},
    {"excepthook", sys_excepthook, MethodDef::kStatic},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, MethodDef::kStatic},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, MethodDef::kStatic},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, MethodDef::kStatic},
    {"exit", sys_exit, MethodDef::kStatic},
    {"getrecursionlimit", sys_getrecursionlimit, MethodDef::kStatic},
    {"setrecursionlimit", sys_setrecursionlimit, MethodDef::kStatic},
    {"_getframe", sys_getframe, MethodDef::kStatic},
    {"exc_info", sys_exc_info, MethodDef::kStatic},
    {"intern", sys_intern, MethodDef::kStatic},
    {"getdefaultencoding", sys_getdefaultencoding, MethodDef::kStatic},
    {"getfilesystemencoding", sys_getfilesystemencoding, MethodDef::kStatic},
};

std::string executable_path() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string();
}

}  // namespace

Module* make_sys_module() {
  init_textio();
  add_getsets(types::code, kCodeGetSets);
  add_methods(types::code, kCodeMethods);
  g_frame_type = make_builtin_type("frame", types::object, Layout::OTHER, sizeof(FrameObject), kFrameMethods);
  add_getsets(g_frame_type, kFrameGetSets);

  Module* m = make_native_module("sys", kSysFunctions);
  Dict* d = m->dict;
  g_sys_dict = d;
  dict_set_str(d, "argv", Value::object(vm.argv));
  dict_set_str(d, "path", Value::object(vm.path));
  dict_set_str(d, "modules", Value::object(vm.modules));
  dict_set_str(d, "stdin", textio_stdin());
  dict_set_str(d, "stdout", textio_stdout());
  dict_set_str(d, "stderr", textio_stderr());
  dict_set_str(d, "__stdin__", textio_stdin());
  dict_set_str(d, "__stdout__", textio_stdout());
  dict_set_str(d, "__stderr__", textio_stderr());
  dict_set_str(d, "maxsize", make_int(INT64_MAX));
  dict_set_str(d, "maxunicode", make_int(0x10FFFF));
  dict_set_str(d, "byteorder", str_value("little"));
  dict_set_str(d, "platform", str_value("linux"));
  dict_set_str(d, "version", str_value("3.11.7 (coil " COIL_VERSION ") [GCC " __VERSION__ "]"));
  dict_set_str(d, "hexversion", make_int(0x030B07F0));
  dict_set_str(d, "api_version", make_int(1013));
  dict_set_str(d, "executable", str_value(executable_path()));
  dict_set_str(d, "prefix", str_value(""));
  dict_set_str(d, "dont_write_bytecode", Value::boolean(true));
  dict_set_str(d, "warnoptions", Value::object(make_list()));
  dict_set_str(d, "builtin_module_names",
               Value::object(make_tuple({str_value("builtins"), str_value("math"), str_value("sys"), str_value("time")})));
  dict_set_str(d, "version_info",
               sys_struct_seq("version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                               {Value::small_int(3), Value::small_int(11), Value::small_int(7), str_value("final"),
                                Value::small_int(0)}));
  auto env_flag = [](const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
  };
  const char* seed = std::getenv("PYTHONHASHSEED");
  bool randomized = !(seed && std::string(seed) != "random");
  dict_set_str(d, "flags",
               sys_struct_seq("flags",
                              {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                               "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
                               "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
                               "safe_path", "int_max_str_digits"},
                              {Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(0),
                               Value::small_int(env_flag("PYTHONDONTWRITEBYTECODE")), Value::small_int(0),
                               Value::small_int(0), Value::small_int(0), Value::small_int(0), Value::small_int(0),
                               Value::small_int(0), Value::small_int(randomized), Value::small_int(0),
                               Value::boolean(false), Value::small_int(0), Value::small_int(0), Value::boolean(false),
                               Value::small_int(-1)}));
  dict_set_str(d, "hash_info",
               sys_struct_seq("hash_info",
                              {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"},
                              {Value::small_int(64), make_int((int64_t{1} << 61) - 1), Value::small_int(314159),
                               Value::small_int(0), Value::small_int(1000003), str_value("siphash13"),
                               Value::small_int(64), Value::small_int(128), Value::small_int(0)}));
  dict_set_str(d, "implementation",
               sys_struct_seq("implementation", {"name", "cache_tag", "version", "hexversion"},
                              {str_value("coil"), Value::none(), dict_get_str(d, intern("version_info")),
                               make_int(0x030B07F0)}));
  dict_set_str(d, "__excepthook__", dict_get_str(d, intern("excepthook")));
  for (const char* n : {"exec_prefix", "base_prefix", "base_exec_prefix"}) dict_set_str(d, n, str_value(""));
  dict_set_str(d, "platlibdir", str_value("lib"));
  dict_set_str(d, "abiflags", str_value(""));
  dict_set_str(d, "float_repr_style", str_value("short"));
  dict_set_str(d, "meta_path", Value::object(make_list()));
  dict_set_str(d, "path_hooks", Value::object(make_list()));
  dict_set_str(d, "path_importer_cache", Value::object(make_dict()));
  dict_set_str(d, "int_info",
               sys_struct_seq("int_info",
                               {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                               {Value::small_int(30), Value::small_int(4), Value::small_int(4300), Value::small_int(640)}));
  dict_set_str(d, "float_info",
               sys_struct_seq("float_info",
                               {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
                                "epsilon", "radix", "rounds"},
                               {Value::number(DBL_MAX), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP),
                                Value::number(DBL_MIN), Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                                Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), Value::number(DBL_EPSILON),
                                Value::small_int(FLT_RADIX), Value::small_int(1)}));
  return m;
}

}  // namespace coil
