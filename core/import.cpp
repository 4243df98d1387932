// Coil — the import system: sys.modules, packages, relative imports, and
// loading .py files found on sys.path (the script's folder, then stdlib/).
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "core/bytecode.h"
#include "core/compiler.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

bool is_file(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// The package that relative imports in `globals` are relative to.
std::string package_of(Dict* globals) {
  Value pkg = dict_get_str(globals, names::__package__);
  if (has_layout(pkg, Layout::STR)) return std::string(pkg.as<Str>()->view());
  Value name = dict_get_str(globals, names::__name__);
  if (!has_layout(name, Layout::STR)) return "";
  std::string n(name.as<Str>()->view());
  if (!dict_get_str(globals, names::__path__).is_empty()) return n;
  size_t dot = n.rfind('.');
  return dot == std::string::npos ? "" : n.substr(0, dot);
}

std::string resolve_name(const std::string& name, Dict* globals, int level) {
  if (level == 0) return name;
  std::string pkg = package_of(globals);
  if (pkg.empty()) raise(exc::ImportError, "attempted relative import with no known parent package");
  for (int i = 1; i < level; i++) {
    size_t dot = pkg.rfind('.');
    if (dot == std::string::npos) raise(exc::ImportError, "attempted relative import beyond top-level package");
    pkg = pkg.substr(0, dot);
  }
  return name.empty() ? pkg : pkg + "." + name;
}

// Executes a module's source in a fresh module registered in sys.modules.
Module* load_source_module(const std::string& fullname, const std::string& path, bool is_package,
                           const std::string& package_dir) {
  std::string source;
  if (!read_file(path, &source)) raisef(exc::ImportError, "cannot read '%s'", path.c_str());
  Module* m = make_module(make_str(fullname));
  Dict* g = m->dict;
  dict_set(g, Value::object(names::__file__), str_value(path));
  dict_set(g, Value::object(names::__builtins__), Value::object(vm.builtins));
  if (is_package) {
    Value dir = str_value(package_dir);
    dict_set(g, Value::object(names::__path__), Value::object(make_list(&dir, 1)));
    dict_set(g, Value::object(names::__package__), str_value(fullname));
  } else {
    size_t dot = fullname.rfind('.');
    dict_set(g, Value::object(names::__package__), str_value(dot == std::string::npos ? "" : fullname.substr(0, dot)));
  }
  Value key = str_value(fullname);
  dict_set(vm.modules, key, Value::object(m));
  try {
    Code* code;
    try {
      code = compile_module(source, path);
    } catch (SyntaxErrorException& e) {
      throw PyException{syntax_error_value(e.info()).as<ExceptionObj>()};
    }
    run_module_code(code, g);
  } catch (...) {
    dict_pop(vm.modules, key);
    throw;
  }
  // The module may have replaced itself in sys.modules.
  Value final = dict_get(vm.modules, key);
  return has_layout(final, Layout::MODULE) ? final.as<Module>() : m;
}

// Finds `fullname` (whose last component is `leaf`) in `dirs` and loads it.
Value find_and_load(const std::string& fullname, const std::string& leaf, Value dirs) {
  Value it = get_iter(dirs);
  for (Value d; !(d = iter_next(it)).is_empty();) {
    if (!has_layout(d, Layout::STR)) continue;
    std::string dir(d.as<Str>()->view());
    if (dir.empty()) dir = ".";
    std::string pkg_dir = dir + "/" + leaf;
    std::string init = pkg_dir + "/__init__.py";
    if (is_file(init)) return Value::object(load_source_module(fullname, init, true, pkg_dir));
    std::string file = dir + "/" + leaf + ".py";
    if (is_file(file)) return Value::object(load_source_module(fullname, file, false, ""));
  }
  return Value::empty();
}

// Imports one dotted name whose parent (if any) is already imported.
Value import_one(const std::string& fullname) {
  Value key = str_value(fullname);
  Value cached = dict_get(vm.modules, key);
  if (!cached.is_empty()) {
    if (cached.is_none()) raisef(exc::ModuleNotFoundError, "import of %s halted; None in sys.modules", fullname.c_str());
    return cached;
  }
  size_t dot = fullname.rfind('.');
  Value dirs = Value::object(vm.path);
  Value parent;
  std::string leaf = fullname;
  if (dot != std::string::npos) {
    parent = import_one(fullname.substr(0, dot));
    leaf = fullname.substr(dot + 1);
    Value path = has_layout(parent, Layout::MODULE) ? dict_get_str(parent.as<Module>()->dict, names::__path__)
                                                     : Value::empty();
    if (path.is_empty())
      raisef(exc::ModuleNotFoundError, "No module named '%s'; '%s' is not a package", fullname.c_str(),
             fullname.substr(0, dot).c_str());
    dirs = path;
  }
  Value m = find_and_load(fullname, leaf, dirs);
  if (m.is_empty()) {
    ExceptionObj* e = new_exception(exc::ModuleNotFoundError, "No module named '" + fullname + "'");
    attrs_set(e->type, &e->attrs, intern("name"), str_value(fullname));
    throw PyException{e};
  }
  if (!parent.is_empty() && has_layout(parent, Layout::MODULE))
    dict_set(parent.as<Module>()->dict, str_value(leaf), m);
  return m;
}

}  // namespace

Value import_module(Str* name, Dict* globals, int level, bool fromlist) {
  std::string full = resolve_name(std::string(name->view()), globals, level);
  if (full.empty()) raise(exc::ValueError, "Empty module name");
  // Import every prefix: a, a.b, a.b.c.
  Value top, leaf;
  size_t start = 0;
  for (;;) {
    size_t dot = full.find('.', start);
    std::string prefix = dot == std::string::npos ? full : full.substr(0, dot);
    leaf = import_one(prefix);
    if (top.is_empty()) top = leaf;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  // `import a.b` binds the top package; from-imports (relative ones always
  // are) want the module itself.
  return fromlist || level > 0 ? leaf : top;
}

Module* make_native_module(const char* name, std::span<const MethodDef> functions) {
  Module* m = make_module(intern(name));
  for (const MethodDef& def : functions) {
    BuiltinFunction* fn = make_builtin(&def, Value::object(m), nullptr);
    dict_set(m->dict, Value::object(intern(def.name)), Value::object(fn));
  }
  return m;
}

void register_module(Module* m) { dict_set(vm.modules, Value::object(m->name), Value::object(m)); }

}  // namespace coil
