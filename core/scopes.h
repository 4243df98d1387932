// Coil — scope analysis for the compiler: which names of each function,
// class and comprehension are locals, cells, free variables or globals.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/ast.h"

namespace coil {

enum class ScopeKind { Module, Class, Function };  // lambdas and comprehensions are functions

enum class Binding {
  Local,           // a register (functions) or the namespace dict (module, class)
  GlobalExplicit,  // declared `global`
  GlobalImplicit,  // used, never bound here or in an enclosing function
  Free,            // bound in an enclosing function: a closure cell
  Cell,            // bound here and used by a nested function
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  std::vector<std::string> varnames;  // functions: parameters first, then locals
  std::vector<std::string> cellvars;
  std::vector<std::string> freevars;
  bool is_generator = false;
  std::map<std::string, Binding, std::less<>> bindings;

  Binding binding(std::string_view n) const {
    auto it = bindings.find(n);
    return it == bindings.end() ? Binding::GlobalImplicit : it->second;
  }
};

class SymbolTable {
 public:
  const Scope* scope_of(const ast::Node* n) const {
    auto it = scopes_.find(n);
    return it == scopes_.end() ? nullptr : it->second.get();
  }
  std::unordered_map<const ast::Node*, std::unique_ptr<Scope>> scopes_;
};

// Analyzes a module; throws SyntaxErrorException for scope errors
// ('return' outside function, bad nonlocal/global declarations, ...).
SymbolTable build_symtable(const ast::Module& m, const std::string& filename);

}  // namespace coil
