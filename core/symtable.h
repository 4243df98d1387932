// Coil — the symbol table: CPython 3.11's symtable.c on Coil's AST.
// One Scope per module, class, function, lambda and comprehension (each
// comprehension is a function scope, as in 3.11); every name of every scope
// classified LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/ast.h"
#include "core/syntax_error.h"

namespace coil {

struct ParseResult;

namespace sym {

enum class ScopeKind : uint8_t {
  Module,
  Class,
  Function,       // def
  Lambda,         // lambda (a function scope)
  Comprehension,  // list/set/dict comprehension or generator expression (a function scope)
};

// Where a name lives at run time (CPython's scope values).
enum class NameScope : uint8_t {
  LOCAL,            // a fast local (function scopes) or the namespace dict (module, class)
  GLOBAL_EXPLICIT,  // declared `global` here (or a comprehension's walrus target at module level)
  GLOBAL_IMPLICIT,  // not bound in any enclosing function: globals, then builtins
  FREE,             // bound in an enclosing function: read through a closure cell
  CELL,             // bound here and captured by a nested scope
};

// Symbol flags, as CPython's DEF_* bits.
enum : uint16_t {
  kDefGlobal = 1 << 0,      // `global` statement
  kDefLocal = 1 << 1,       // assigned/deleted/bound here
  kDefParam = 1 << 2,       // a parameter
  kDefNonlocal = 1 << 3,    // `nonlocal` statement (or walrus target from a comprehension)
  kUse = 1 << 4,            // read here
  kDefFreeClass = 1 << 5,   // free in a class body because a method uses it
  kDefImport = 1 << 6,      // bound by an import
  kDefAnnot = 1 << 7,       // annotated (x: T)
  kDefCompIter = 1 << 8,    // a comprehension's iteration variable
};

struct Symbol {
  std::string_view name;  // mangled (`__x` in class C is `_C__x`)
  uint16_t flags = 0;
  NameScope scope = NameScope::GLOBAL_IMPLICIT;

  bool is_param() const { return flags & kDefParam; }
  bool is_bound() const { return flags & (kDefLocal | kDefParam | kDefImport); }
};

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string_view name;          // "top", "f", "A", "<lambda>", "<listcomp>", "<genexpr>", ...
  const ast::Node* node = nullptr;  // Module, FunctionDef, ClassDef, Lambda, *Comp, GeneratorExp
  Scope* parent = nullptr;
  std::vector<Scope*> children;   // in source order
  std::string_view private_name;  // the class whose name mangles __names here ("" if none)

  std::vector<Symbol> symbols;    // in order of first appearance

  // As CPython's code objects have them:
  std::vector<std::string_view> varnames;  // parameters (in signature order), then non-cell locals
  std::vector<std::string_view> cellvars;  // cell parameters in order, then the rest sorted;
                                           // a class needing __class__ has ["__class__"]
  std::vector<std::string_view> freevars;  // sorted

  int argcount = 0;           // positional parameters (posonly included)
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  bool has_varargs = false;   // *args
  bool has_varkw = false;     // **kwargs
  bool is_generator = false;  // contains yield / yield from (a genexp is a generator)
  bool is_nested = false;     // inside a function scope
  bool needs_class_cell = false;  // class: a method uses __class__ or super() -> cell __class__
  bool uses_class_cell = false;   // function: __class__ is one of its freevars
  bool has_import_star = false;   // module: `from m import *`

  // The scope of `name` (already mangled), GLOBAL_IMPLICIT if unknown.
  NameScope lookup(std::string_view name) const;
  const Symbol* find(std::string_view name) const;
  // Mangles `name` for this scope, then looks it up.
  NameScope lookup_unmangled(std::string_view name) const;

  // Internal index: name -> position in symbols.
  std::unordered_map<std::string_view, uint32_t> index;
};

class SymbolTable {
 public:
  const Scope* module() const { return module_; }
  // The scope created by a Module, FunctionDef, ClassDef, Lambda,
  // ListComp/SetComp/DictComp or GeneratorExp node; nullptr otherwise.
  const Scope* scope_of(const ast::Node* n) const;
  // All scopes, in creation order (module first).
  const std::vector<std::unique_ptr<Scope>>& scopes() const { return scopes_; }

  bool future_annotations = false;  // `from __future__ import annotations` (PEP 563)

  // Builder internals.
  Scope* new_scope();
  std::string_view intern(std::string s);
  std::unordered_map<const ast::Node*, Scope*> by_node;
  Scope* module_ = nullptr;

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::deque<std::string> strings_;  // mangled names
};

// Analyzes a parsed module. Throws SyntaxErrorException with CPython's
// messages and positions for the errors CPython reports after parsing:
// __future__ errors, then symbol table errors (global/nonlocal misuse,
// duplicate arguments, 'yield' outside function, walrus in comprehensions,
// import * in functions), then compiler errors ('return' outside function,
// 'break' outside loop, 'continue' not properly in loop, keyword argument
// repeated, starred assignment errors, default 'except:' must be last, too
// many statically nested blocks, cannot assign to __debug__).
SymbolTable build(const ast::Module& module, std::string_view filename, std::string_view source);
SymbolTable build(const ParseResult& parsed);

// CPython's _Py_Mangle: `__x` in class `C` becomes `_C__x`.
std::string mangle(std::string_view class_name, std::string_view name);

// Canonical text form, one scope per line block (used in tests).
std::string dump(const SymbolTable& table);

std::string_view scope_kind_name(ScopeKind k);
std::string_view name_scope_name(NameScope s);

}  // namespace sym
}  // namespace coil
