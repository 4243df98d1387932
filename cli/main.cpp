// Coil — the `coil` command: run a program, a -c string or a -m module, or
// disassemble a program. Options before the program are Coil's; everything
// after it belongs to the program (sys.argv), as with `python3`.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/bytecode.h"
#include "core/compiler.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/str.h"

namespace {

constexpr const char* kUsage =
    "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "       coil dis file\n"
    "Options:\n"
    "  -c cmd     program passed in as a string\n"
    "  -m mod     run a module (found on the path) as a script\n"
    "  -h, --help print this help message and exit\n"
    "  --version  print the version and exit\n"
    "  file       program read from a script file; - or nothing reads stdin\n"
    "  arg ...    arguments passed to the program in sys.argv[1:]\n"
    "Commands:\n"
    "  dis file   print the bytecode of every code object in file\n";

bool read_all(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

void set_argv(const std::vector<std::string>& args) {
  coil::init_interpreter();
  for (const std::string& a : args) coil::list_append(coil::vm.argv, coil::str_value(a));
}

int dis(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "coil: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
  }
  std::string source;
  read_all(in, &source);
  coil::init_interpreter();
  try {
    coil::Code* code = coil::compile_module(source, path);
    std::string text = coil::disassemble(code);
    std::fwrite(text.data(), 1, text.size(), stdout);
  } catch (coil::SyntaxErrorException& e) {
    coil::print_exception(coil::syntax_error_value(e.info()));
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int i = 1;
  for (; i < argc; i++) {
    const char* a = argv[i];
    if (!std::strcmp(a, "-h") || !std::strcmp(a, "--help")) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (!std::strcmp(a, "--version") || !std::strcmp(a, "-V")) {
      std::printf("Coil %s (Python 3.11 language)\n", COIL_VERSION);
      return 0;
    }
    if (!std::strcmp(a, "-c")) {
      if (i + 1 >= argc) {
        std::fputs("Argument expected for the -c option\n", stderr);
        return 2;
      }
      std::vector<std::string> args{"-c"};
      for (int k = i + 2; k < argc; k++) args.push_back(argv[k]);
      set_argv(args);
      coil::list_append(coil::vm.path, coil::str_value(""));
      coil::list_append(coil::vm.path, coil::str_value(COIL_STDLIB_DIR));
      return coil::run_main_source(argv[i + 1], "<string>");
    }
    if (!std::strcmp(a, "-m")) {
      if (i + 1 >= argc) {
        std::fputs("Argument expected for the -m option\n", stderr);
        return 2;
      }
      std::string mod = argv[i + 1];
      std::string rel = mod;
      for (char& ch : rel)
        if (ch == '.') ch = '/';
      std::string file;
      for (const std::string& dir : {std::string("."), std::string(COIL_STDLIB_DIR)}) {
        if (is_file(dir + "/" + rel + ".py")) file = dir + "/" + rel + ".py";
        else if (is_file(dir + "/" + rel + "/__main__.py")) file = dir + "/" + rel + "/__main__.py";
        if (!file.empty()) break;
      }
      if (file.empty()) {
        std::fprintf(stderr, "%s: No module named %s\n", argv[0], mod.c_str());
        return 1;
      }
      std::vector<std::string> args{file};
      for (int k = i + 2; k < argc; k++) args.push_back(argv[k]);
      set_argv(args);
      return coil::run_main_file(file);
    }
    if (a[0] == '-' && a[1] != '\0') {
      std::fprintf(stderr, "Unknown option: %s\n%s", a, kUsage);
      return 2;
    }
    break;
  }
  if (i < argc && !std::strcmp(argv[i], "dis") && i + 1 < argc && !is_file(argv[i])) return dis(argv[i + 1]);
  if (i >= argc || !std::strcmp(argv[i], "-")) {
    std::string source;
    read_all(std::cin, &source);
    std::vector<std::string> args{i < argc ? "-" : ""};
    for (int k = i + 1; k < argc; k++) args.push_back(argv[k]);
    set_argv(args);
    coil::list_append(coil::vm.path, coil::str_value(""));
    coil::list_append(coil::vm.path, coil::str_value(COIL_STDLIB_DIR));
    return coil::run_main_source(source, "<stdin>");
  }
  std::vector<std::string> args;
  for (int k = i; k < argc; k++) args.push_back(argv[k]);
  set_argv(args);
  return coil::run_main_file(argv[i]);
}
