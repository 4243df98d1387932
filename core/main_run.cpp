// Coil — running a program as __main__: compile, execute, and turn the
// outcome into CPython's exit status and error output.
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "core/bytecode.h"
#include "core/compiler.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/textio.h"
#include "core/tuple.h"

namespace coil {

namespace {

void on_sigint(int) { vm.pending_signal = 1; }

// Flushes sys.stdout and sys.stderr, ignoring errors (as at interpreter exit).
void flush_std_streams() {
  Value sys = dict_get(vm.modules, str_value("sys"));
  if (!has_layout(sys, Layout::MODULE)) return;
  // stderr first, as CPython flushes them (visible when merged with 2>&1).
  for (Str* stream : {names::stderr, names::stdout}) {
    try {
      Value s = dict_get_str(sys.as<Module>()->dict, stream);
      if (!s.is_empty() && !s.is_none()) call_method(s, names::flush, {});
    } catch (PyException&) {
    }
  }
}

// The process exit status for an uncaught SystemExit, printing its message
// when the code is not an int.
int system_exit_status(ExceptionObj* e) {
  Tuple* args = e->args;
  Value code = args->length == 0 ? Value::none() : args->length == 1 ? (*args)[0] : Value::object(args);
  if (code.is_none()) return 0;
  if (is_int_like(code)) {
    int64_t c;
    if (!int_to_i64(code, &c)) return -1;
    return static_cast<int>(c & 0xFF);
  }
  flush_std_streams();
  std::string s(to_str(code)->view());
  std::fprintf(stderr, "%s\n", s.c_str());
  return 1;
}

int report_uncaught(ExceptionObj* e) {
  if (is_subtype(e->type, exc::SystemExit)) {
    int status = system_exit_status(e);
    flush_std_streams();
    return status;
  }
  flush_std_streams();
  print_exception(Value::object(e));
  return 1;
}

// The absolute folder of a script: sys.path[0], as CPython sets it.
std::string script_folder(const std::string& path) {
  char* real = realpath(path.c_str(), nullptr);
  std::string full = real ? real : path;
  std::free(real);
  size_t slash = full.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : full.substr(0, slash);
}

}  // namespace

int run_main_source(const std::string& source, const std::string& filename) {
  init_interpreter();
  std::signal(SIGINT, on_sigint);
  int status = 0;
  bool interrupted = false;
  try {
    Module* main = make_module(names::__main__);
    Dict* g = main->dict;
    dict_set(g, Value::object(names::__builtins__), Value::object(vm.builtins));
    if (filename.size() && filename[0] != '<') dict_set(g, Value::object(names::__file__), str_value(filename));
    register_module(main);
    Code* code;
    try {
      code = compile_module(source, filename);
    } catch (SyntaxErrorException& e) {
      throw PyException{syntax_error_value(e.info()).as<ExceptionObj>()};
    }
    run_module_code(code, g);
    flush_std_streams();
  } catch (PyException& e) {
    status = report_uncaught(e.exc);
    interrupted = is_subtype(e.exc->type, exc::KeyboardInterrupt);
  }
  status = finalize_std_streams(status);
  if (interrupted) {
    // As CPython: an uncaught KeyboardInterrupt ends the process by SIGINT,
    // so the shell sees the interrupt (status 130).
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  return status;
}

int run_main_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "coil: can't open file '%s': [Errno 2] No such file or directory\n", path.c_str());
    return 2;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  init_interpreter();
  list_append(vm.path, str_value(script_folder(path)));
  list_append(vm.path, str_value(COIL_STDLIB_DIR));
  return run_main_source(ss.str(), path);
}

}  // namespace coil
