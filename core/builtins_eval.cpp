// Coil — eval() and exec() of source strings, on top of the module compiler.
//
// Limits: module code keeps its names in one dict, so the code runs in a
// single namespace: the globals dict when one is given (exec(src, ns)),
// the module's globals at module level, and inside a function a copy of the
// globals with the function's locals added (so, as in CPython, assignments
// made by the code do not rebind the function's variables). An exec() with a
// separate locals mapping raises NotImplementedError; eval() reads it through
// a merged copy. eval() compiles "__coil_eval__ = (<expression>\n)" and reads
// the result back, so its syntax errors point at the right line. compile()
// is not supported.
#include <string>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/compiler.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/interp.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"

namespace coil {

namespace {

bool is_dict(Value v) { return has_layout(v, Layout::DICT); }

// The namespace the code runs in (see the file comment).
Dict* namespace_for(const char* fname, Value globals, Value locals, bool allow_separate_locals) {
  if (!globals.is_empty() && !globals.is_none() && !is_dict(globals))
    raisef(exc::TypeError, "%s() globals must be a dict, not %s", fname, type_name(globals));
  if (!locals.is_empty() && !locals.is_none() && !has_layout(locals, Layout::DICT))
    raisef(exc::TypeError, "locals must be a mapping");
  bool has_globals = !globals.is_empty() && !globals.is_none();
  bool has_locals = !locals.is_empty() && !locals.is_none();
  Dict* ns;
  if (has_globals) {
    ns = globals.as<Dict>();
    if (has_locals && !locals.is(globals)) {
      if (!allow_separate_locals)
        raisef(exc::NotImplementedError, "%s() with a locals mapping distinct from globals is not supported by Coil yet",
               fname);
      ns = dict_copy(ns);
      dict_merge(ns, locals.as<Dict>());
    }
  } else {
    Dict* g = current_globals();
    if (!g) g = make_dict();
    Value l = has_locals ? locals : current_locals();
    if (is_dict(l) && l.as_object() != g) {
      ns = dict_copy(g);
      dict_merge(ns, l.as<Dict>());
    } else {
      ns = g;
    }
  }
  if (dict_get_str(ns, names::__builtins__).is_empty())
    dict_set(ns, Value::object(names::__builtins__), Value::object(vm.builtins));
  return ns;
}

Code* compile_source(const std::string& source) {
  try {
    return compile_module(source, "<string>");
  } catch (SyntaxErrorException& e) {
    throw PyException{syntax_error_value(e.info()).as<ExceptionObj>()};
  }
}

std::string source_arg(const char* fname, Value v) {
  if (has_layout(v, Layout::STR)) return std::string(v.as<Str>()->view());
  std::string_view raw;
  if (bytes_like_view(v, &raw)) return std::string(raw);
  if (has_layout(v, Layout::CODE)) raisef(exc::NotImplementedError, "%s() of code objects is not supported by Coil yet", fname);
  raisef(exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
}

Value builtin_exec(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  parse_args("exec", args, nargs, kwnames, {"source", "globals", "locals"}, 1, a, 3);
  std::string source = source_arg("exec", a[0]);
  Dict* ns = namespace_for("exec", a[1], a[2], false);
  run_module_code(compile_source(source), ns);
  return Value::none();
}

Value builtin_eval(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[3];
  parse_args("eval", args, nargs, kwnames, {"source", "globals", "locals"}, 1, a, 3);
  std::string expr = source_arg("eval", a[0]);
  // CPython strips leading spaces and tabs of an eval() string.
  size_t start = expr.find_first_not_of(" \t");
  expr = start == std::string::npos ? std::string() : expr.substr(start);
  if (expr.find_first_not_of(" \t\r\n\f") == std::string::npos) raise(exc::SyntaxError, "invalid syntax");
  Dict* ns = namespace_for("eval", a[1], a[2], true);
  static Str* result_name = intern("__coil_eval__");
  Code* code = compile_source("__coil_eval__ = (" + expr + "\n)");
  run_module_code(code, ns);
  Value r = dict_pop(ns, Value::object(result_name));
  return r.is_empty() ? Value::none() : r;
}

Value builtin_compile(Value, const Value*, size_t, Tuple*) {
  raise(exc::NotImplementedError, "compile() is not supported by Coil yet");
}

const MethodDef kEvalFunctions[] = {
    {"exec", builtin_exec, MethodDef::kStatic},
    {"eval", builtin_eval, MethodDef::kStatic},
    {"compile", builtin_compile, MethodDef::kStatic},
};

}  // namespace

std::span<const MethodDef> builtins_eval_functions() { return kEvalFunctions; }

}  // namespace coil
