// Coil — the symbol table. Two passes, as CPython's Python/symtable.c:
//
//  1. A walk over the AST creates one Scope per block and records, for every
//     name a block mentions, how it mentions it (bound, used, parameter,
//     global/nonlocal declaration, ...). Declaration errors are found here.
//  2. analyze() resolves each name bottom-up against the names bound by the
//     enclosing function scopes: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
//     FREE or CELL. Class bodies are transparent to their methods (a method
//     cannot see the class's names), except for the implicit __class__ cell
//     that super() and __class__ need.
//
// The walk visits nodes in the order CPython's compiler compiles them, so
// that varnames come out in co_varnames order and the first compile-time
// error found ('return' outside function, ...) is the one CPython reports.
// Those compile-time errors are held back until both passes are done, as
// CPython's compiler only runs after a successful symbol table.
#include "core/symtable.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_set>

#include "core/lexer.h"
#include "core/parser.h"

namespace coil::sym {

// ---------------------------------------------------------------------------
// Scope / SymbolTable
// ---------------------------------------------------------------------------

const Symbol* Scope::find(std::string_view n) const {
  auto it = index.find(n);
  return it == index.end() ? nullptr : &symbols[it->second];
}

NameScope Scope::lookup(std::string_view n) const {
  const Symbol* s = find(n);
  return s ? s->scope : NameScope::GLOBAL_IMPLICIT;
}

NameScope Scope::lookup_unmangled(std::string_view n) const {
  if (private_name.empty()) return lookup(n);
  return lookup(mangle(private_name, n));
}

const Scope* SymbolTable::scope_of(const ast::Node* n) const {
  auto it = by_node.find(n);
  return it == by_node.end() ? nullptr : it->second;
}

Scope* SymbolTable::new_scope() {
  scopes_.push_back(std::make_unique<Scope>());
  return scopes_.back().get();
}

std::string_view SymbolTable::intern(std::string s) {
  strings_.push_back(std::move(s));
  return strings_.back();
}

std::string mangle(std::string_view class_name, std::string_view name) {
  // Only __private names (not __dunder__, not dotted) in a class are mangled.
  if (class_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_')
    return std::string(name);
  if (name.substr(name.size() - 2) == "__") return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  size_t i = class_name.find_first_not_of('_');
  if (i == std::string_view::npos) return std::string(name);  // class name is all underscores
  std::string out = "_";
  out += class_name.substr(i);
  out += name;
  return out;
}

std::string_view scope_kind_name(ScopeKind k) {
  switch (k) {
    case ScopeKind::Module: return "module";
    case ScopeKind::Class: return "class";
    case ScopeKind::Function: return "function";
    case ScopeKind::Lambda: return "lambda";
    case ScopeKind::Comprehension: return "comprehension";
  }
  return "?";
}

std::string_view name_scope_name(NameScope s) {
  switch (s) {
    case NameScope::LOCAL: return "LOCAL";
    case NameScope::GLOBAL_EXPLICIT: return "GLOBAL_EXPLICIT";
    case NameScope::GLOBAL_IMPLICIT: return "GLOBAL_IMPLICIT";
    case NameScope::FREE: return "FREE";
    case NameScope::CELL: return "CELL";
  }
  return "?";
}

namespace {

using namespace ast;

bool is_function_like(ScopeKind k) {
  return k == ScopeKind::Function || k == ScopeKind::Lambda || k == ScopeKind::Comprehension;
}

// CPython's CO_MAXBLOCKS.
constexpr int kMaxBlocks = 20;

// Pass-1 state of one scope.
struct ScopeState {
  struct Loc {
    int line, col, end_line, end_col;
  };
  std::unordered_map<std::string_view, Loc> directives;  // global/nonlocal statement per name
  std::vector<std::string_view> order;                   // names in order of first mention
  std::unordered_set<std::string_view> ordered;          // the names in `order`
  int quiet = 0;            // > 0: mentions are not compiled (local annotations)
  struct Finally {
    StmtList body;
    int loops;              // loops enclosing the try statement
  };
  std::vector<Finally> finally_stack;  // finally bodies the compiler inlines at return/break/continue
  int comp_iter_expr = 0;   // > 0 inside a comprehension's iterable
  bool comp_iter_target = false;
  int loops = 0;            // enclosing loops (for break/continue)
  int blocks = 0;           // statically nested blocks (CPython's fblocks)
  const char* comp_kind = nullptr;  // "list comprehension", ... for comprehension scopes
};

using NameSet = std::unordered_set<std::string_view>;

class Builder {
 public:
  Builder(SymbolTable& t, std::string_view filename, std::string_view source)
      : t_(t), err_(source, filename) {}

  void run(const Module& m);

 private:
  SymbolTable& t_;
  ErrorBuilder err_;
  Scope* cur_ = nullptr;
  ScopeState* st_ = nullptr;
  std::unordered_map<const Scope*, ScopeState> states_;
  std::string_view private_;  // the class name that mangles __names
  std::optional<SyntaxErrorInfo> compile_error_;
  int future_lineno_ = 0;
  bool future_annotations_ = false;  // annotations are strings: not evaluated, no names

  // --- errors -----------------------------------------------------------------

  [[noreturn]] void error_at(const Node* n, std::string msg) {
    throw SyntaxErrorException(
        err_.make("SyntaxError", std::move(msg), n->line, n->col, n->end_line, n->end_col));
  }
  [[noreturn]] void error_loc(const ScopeState::Loc& l, std::string msg) {
    throw SyntaxErrorException(
        err_.make("SyntaxError", std::move(msg), l.line, l.col, l.end_line, l.end_col));
  }
  // A compiler error: remembered, raised after the symbol table succeeds.
  void compile_error(const Node* n, std::string msg) {
    if (compile_error_) return;
    compile_error_ = err_.make("SyntaxError", std::move(msg), n->line, n->col, n->end_line, n->end_col);
  }
  static std::string quoted(const char* fmt, std::string_view name) {
    std::string out;
    for (const char* p = fmt; *p; p++) {
      if (p[0] == '%' && p[1] == 's') {
        out += name;
        p++;
      } else {
        out += *p;
      }
    }
    return out;
  }

  // --- scopes -------------------------------------------------------------------

  Scope* enter(ScopeKind kind, std::string_view name, const Node* node) {
    Scope* s = t_.new_scope();
    s->kind = kind;
    s->name = name;
    s->node = node;
    s->parent = cur_;
    s->private_name = private_;
    if (cur_) {
      cur_->children.push_back(s);
      s->is_nested = cur_->is_nested || is_function_like(cur_->kind);
    }
    t_.by_node[node] = s;
    cur_ = s;
    st_ = &states_[s];
    return s;
  }
  void leave() {
    cur_ = cur_->parent;
    st_ = cur_ ? &states_[cur_] : nullptr;
  }

  std::string_view mangled(std::string_view name) {
    if (private_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    std::string m = mangle(private_, name);
    if (m == name) return name;
    return t_.intern(std::move(m));
  }

  Symbol* lookup(Scope* s, std::string_view name) {
    auto it = s->index.find(name);
    return it == s->index.end() ? nullptr : &s->symbols[it->second];
  }
  Symbol& symbol(Scope* s, std::string_view name) {
    auto it = s->index.find(name);
    if (it != s->index.end()) return s->symbols[it->second];
    s->index.emplace(name, static_cast<uint32_t>(s->symbols.size()));
    s->symbols.push_back(Symbol{name, 0, NameScope::GLOBAL_IMPLICIT});
    return s->symbols.back();
  }

  // CPython's symtable_add_def_helper.
  void add_def_in(Scope* s, ScopeState* st, std::string_view raw, uint16_t flag, const Node* at) {
    std::string_view name = mangled(raw);
    Symbol* existing = lookup(s, name);
    uint16_t val = flag;
    if (existing) {
      if ((flag & kDefParam) && (existing->flags & kDefParam))
        error_at(at, quoted("duplicate argument '%s' in function definition", raw));
      val = existing->flags | flag;
    }
    if (st->comp_iter_target) {
      if (val & (kDefGlobal | kDefNonlocal))
        error_at(at, quoted("comprehension inner loop cannot rebind assignment expression target '%s'",
                            raw));
      val |= kDefCompIter;
    }
    Symbol& sym = symbol(s, name);
    sym.flags = val;
    note_order(st, name);
    // CPython's st_global: a `global` anywhere also marks the module's symbol.
    if ((flag & kDefGlobal) && s != t_.module_ && t_.module_) symbol(t_.module_, name).flags |= kDefGlobal;
  }
  void add_def(std::string_view raw, uint16_t flag, const Node* at) { add_def_in(cur_, st_, raw, flag, at); }

  // The compiler adds a local to co_varnames at its first load or store.
  static void note_order(ScopeState* st, std::string_view name) {
    if (st->quiet) return;
    if (st->ordered.insert(name).second) st->order.push_back(name);
  }
  void mention(std::string_view raw) { note_order(st_, mangled(raw)); }
  void mention_stmts(StmtList body);
  void mention_stmt(const Stmt* s);
  void mention_expr(const Expr* e);
  // The finally bodies a return (all) or break/continue (inside the
  // innermost loop) compiles inline, innermost first.
  void unwind_finally(bool to_loop) {
    auto& fs = st_->finally_stack;
    for (size_t i = fs.size(); i-- > 0;) {
      if (to_loop && fs[i].loops < st_->loops) break;
      ScopeState::Finally f = fs[i];
      fs.resize(i);  // the inlined body is compiled outside its own try
      mention_stmts(f.body);
      fs.push_back(f);
    }
  }

  // --- pass 1 ---------------------------------------------------------------------
  void future_imports(const Module& m);
  void visit_body(StmtList body);
  void visit_stmt(const Stmt* s);
  void visit_expr(const Expr* e, bool starred_ok = false);
  void visit_exprs(ExprList list, bool starred_ok = false);
  void visit_target(const Expr* e, bool in_sequence = false);
  void visit_arguments_outer(const Arguments* a);
  void visit_params(const Arguments* a, const Node* owner);
  void visit_comprehension(const Expr* e, const char* name, const char* kind,
                           std::span<Comprehension*> gens, const Expr* elt, const Expr* value);
  void named_expr(const NamedExpr* e);
  void check_keywords(std::span<Keyword*> kws, const Node* owner);
  void check_debug_name(const Node* at, std::string_view name, Ctx ctx);
  void push_block(const Node* at) {
    if (st_->blocks >= kMaxBlocks) compile_error(at, "too many statically nested blocks");
    st_->blocks++;
  }
  void pop_block() { st_->blocks--; }
  // CPython compiles a class body or comprehension before its bases or
  // outermost iterable: move the last child scope to index `at`.
  void hoist_last_child(size_t at) {
    auto& c = cur_->children;
    if (at + 1 < c.size()) std::rotate(c.begin() + static_cast<std::ptrdiff_t>(at), c.end() - 1, c.end());
  }

  // --- pass 2 ---------------------------------------------------------------------
  void analyze(Scope* s, const NameSet* bound, NameSet& free, NameSet& global);
  void analyze_name(Scope* s, Symbol& sym, const NameSet* bound, NameSet& local, NameSet& free,
                    NameSet& global);
  void finish_scope(Scope* s);
};

// ===========================================================================
// Pass 1
// ===========================================================================

void Builder::run(const Module& m) {
  future_imports(m);
  enter(ScopeKind::Module, "top", &m);
  t_.module_ = cur_;
  t_.future_annotations = future_annotations_;
  visit_body(m.body);
  leave();
  NameSet free, global;
  analyze(t_.module_, nullptr, free, global);
  for (auto& s : t_.scopes()) finish_scope(s.get());
  if (compile_error_) throw SyntaxErrorException(*compile_error_);
}

// future.c: `from __future__ import x` must come first and name known features.
void Builder::future_imports(const Module& m) {
  static constexpr std::string_view kFeatures[] = {
      "nested_scopes", "generators", "division", "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
  size_t i = 0;
  if (!m.body.empty() && m.body[0]->kind == NodeKind::ExprStmt) {
    auto* v = static_cast<const ExprStmt*>(m.body[0])->value;
    if (v->kind == NodeKind::Constant && static_cast<const Constant*>(v)->value_kind == ConstKind::Str)
      i = 1;
  }
  bool done = false;
  int prev_line = 0;
  for (; i < m.body.size(); i++) {
    const Stmt* s = m.body[i];
    if (done && s->line > prev_line) return;
    prev_line = s->line;
    if (s->kind == NodeKind::ImportFrom && static_cast<const ImportFrom*>(s)->module == "__future__") {
      auto* imp = static_cast<const ImportFrom*>(s);
      if (done) {
        SyntaxErrorInfo info = err_.make("SyntaxError",
                                         "from __future__ imports must occur at the beginning of the file",
                                         s->line, s->col, s->line, s->col);
        info.col = s->col;  // PyErr_SyntaxLocationObject(col_offset): 0-based here
        info.end_col = 0;
        throw SyntaxErrorException(info);
      }
      for (const Alias* a : imp->names) {
        bool known = std::find(std::begin(kFeatures), std::end(kFeatures), a->name) != std::end(kFeatures);
        if (known) continue;
        std::string msg = a->name == "braces" ? std::string("not a chance")
                                              : "future feature " + std::string(a->name) + " is not defined";
        // PyErr_SyntaxLocationObject: no end position (end_offset None -> 0).
        SyntaxErrorInfo info = err_.make("SyntaxError", msg, s->line, s->col, s->line, s->col);
        info.end_col = 0;
        throw SyntaxErrorException(info);
      }
      future_lineno_ = s->line;
      for (const Alias* a : imp->names)
        if (a->name == "annotations") future_annotations_ = true;
    } else {
      done = true;
    }
  }
}

void Builder::visit_body(StmtList body) {
  for (const Stmt* s : body) visit_stmt(s);
}

// Parameters' defaults and annotations, evaluated in the enclosing scope.
void Builder::visit_arguments_outer(const Arguments* a) {
  visit_exprs(a->defaults);
  for (const Expr* d : a->kw_defaults)
    if (d) visit_expr(d);
}

// Parameters, bound in the new scope: posonly, args, kwonly, *args, **kwargs
// (CPython's co_varnames order).
void Builder::visit_params(const Arguments* a, const Node* owner) {
  auto param = [&](const Arg* arg) {
    check_debug_name(owner, arg->arg, Ctx::Store);  // CPython reports at the def/lambda
    add_def(arg->arg, kDefParam, arg);
    cur_->varnames.push_back(mangled(arg->arg));
  };
  for (const Arg* x : a->posonlyargs) param(x);
  for (const Arg* x : a->args) param(x);
  for (const Arg* x : a->kwonlyargs) param(x);
  if (a->vararg) param(a->vararg);
  if (a->kwarg) param(a->kwarg);
  cur_->posonlyargcount = static_cast<int>(a->posonlyargs.size());
  cur_->argcount = static_cast<int>(a->posonlyargs.size() + a->args.size());
  cur_->kwonlyargcount = static_cast<int>(a->kwonlyargs.size());
  cur_->has_varargs = a->vararg != nullptr;
  cur_->has_varkw = a->kwarg != nullptr;
}

void Builder::check_debug_name(const Node* at, std::string_view name, Ctx ctx) {
  if (name != "__debug__") return;
  if (ctx == Ctx::Store) compile_error(at, "cannot assign to __debug__");
  if (ctx == Ctx::Del) compile_error(at, "cannot delete __debug__");
}

void Builder::check_keywords(std::span<Keyword*> kws, const Node* owner) {
  for (const Keyword* k : kws)
    if (!k->arg.empty()) check_debug_name(owner, k->arg, Ctx::Store);  // at the call
  if (kws.size() < 2) return;
  // compiler.c validate_keywords: report the later duplicate of the first
  // keyword (in order) that repeats.
  std::unordered_map<std::string_view, size_t> first_at;
  std::optional<std::pair<size_t, size_t>> best;  // (i, j) with the smallest i, then j
  for (size_t j = 0; j < kws.size(); j++) {
    if (kws[j]->arg.empty()) continue;
    auto [it, fresh] = first_at.emplace(kws[j]->arg, j);
    if (!fresh) {
      size_t i = it->second;
      if (!best || i < best->first) best = std::make_pair(i, j);
    }
  }
  if (best) compile_error(kws[best->second], quoted("keyword argument repeated: %s", kws[best->first]->arg));
}

void Builder::visit_stmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::FunctionDef: {
      auto* f = static_cast<const FunctionDef*>(s);
      visit_exprs(f->decorator_list);
      visit_arguments_outer(f->args);
      auto annot = [&](const Arg* a) {
        if (a && a->annotation && !future_annotations_) visit_expr(a->annotation);
      };
      for (const Arg* a : f->args->posonlyargs) annot(a);
      for (const Arg* a : f->args->args) annot(a);
      annot(f->args->vararg);
      for (const Arg* a : f->args->kwonlyargs) annot(a);
      annot(f->args->kwarg);
      if (f->returns && !future_annotations_) visit_expr(f->returns);
      check_debug_name(s, f->name, Ctx::Store);
      add_def(f->name, kDefLocal, s);
      enter(ScopeKind::Function, f->name, s);
      visit_params(f->args, s);
      visit_body(f->body);
      leave();
      break;
    }
    case NodeKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(s);
      visit_exprs(c->decorator_list);
      size_t first_child = cur_->children.size();
      visit_exprs(c->bases, true);
      for (const Keyword* k : c->keywords) visit_expr(k->value);
      check_keywords(c->keywords, s);
      check_debug_name(s, c->name, Ctx::Store);
      add_def(c->name, kDefLocal, s);
      std::string_view saved_private = private_;
      private_ = c->name;
      enter(ScopeKind::Class, c->name, s);
      visit_body(c->body);
      leave();
      hoist_last_child(first_child);
      private_ = saved_private;
      break;
    }
    case NodeKind::Return: {
      auto* r = static_cast<const Return*>(s);
      if (!is_function_like(cur_->kind)) compile_error(s, "'return' outside function");
      if (r->value) visit_expr(r->value);
      unwind_finally(false);
      break;
    }
    case NodeKind::Delete:
      for (const Expr* t : static_cast<const Delete*>(s)->targets) visit_target(t);
      break;
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      visit_expr(a->value);
      for (const Expr* t : a->targets) visit_target(t);
      break;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      visit_target(a->target);
      visit_expr(a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (a->target->kind == NodeKind::Name) {
        auto* n = static_cast<const Name*>(a->target);
        Symbol* cur = lookup(cur_, mangled(n->id));
        uint16_t flags = cur ? cur->flags : 0;
        if ((flags & (kDefGlobal | kDefNonlocal)) && cur_->kind != ScopeKind::Module && a->simple)
          error_at(s, quoted(flags & kDefGlobal ? "annotated name '%s' can't be global"
                                                : "annotated name '%s' can't be nonlocal",
                             n->id));
        // Annotations of locals are not evaluated, and `x: T` alone
        // compiles to nothing in a function.
        bool in_function = is_function_like(cur_->kind);
        if (in_function) st_->quiet++;
        if (!future_annotations_) visit_expr(a->annotation);
        if (in_function) st_->quiet--;
        if (a->value) visit_expr(a->value);
        check_debug_name(n, n->id, Ctx::Store);
        if (in_function && !a->value) st_->quiet++;
        if (a->simple)
          add_def(n->id, kDefAnnot | kDefLocal, n);
        else if (a->value)
          add_def(n->id, kDefLocal, n);
        if (in_function && !a->value) st_->quiet--;
      } else {
        bool in_function = is_function_like(cur_->kind);
        if (in_function) st_->quiet++;
        if (!future_annotations_) visit_expr(a->annotation);
        if (in_function) st_->quiet--;
        if (a->value) visit_expr(a->value);
        visit_target(a->target);
      }
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<const For*>(s);
      visit_expr(f->iter);
      visit_target(f->target);
      push_block(s);
      st_->loops++;
      visit_body(f->body);
      st_->loops--;
      pop_block();
      visit_body(f->orelse);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(s);
      visit_expr(w->test);
      push_block(s);
      st_->loops++;
      visit_body(w->body);
      st_->loops--;
      pop_block();
      visit_body(w->orelse);
      break;
    }
    case NodeKind::If: {
      // elif chains nest in the AST: walk them iteratively.
      auto* i = static_cast<const If*>(s);
      for (;;) {
        visit_expr(i->test);
        visit_body(i->body);
        if (i->orelse.size() == 1 && i->orelse[0]->kind == NodeKind::If) {
          i = static_cast<const If*>(i->orelse[0]);
          continue;
        }
        visit_body(i->orelse);
        break;
      }
      break;
    }
    case NodeKind::With: {
      auto* w = static_cast<const With*>(s);
      for (const WithItem* item : w->items) {
        visit_expr(item->context_expr);
        push_block(s);
        if (item->optional_vars) visit_target(item->optional_vars);
      }
      visit_body(w->body);
      for (size_t i = 0; i < w->items.size(); i++) pop_block();
      break;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      if (r->exc) visit_expr(r->exc);
      if (r->cause) visit_expr(r->cause);
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<const Try*>(s);
      bool fin = !t->finalbody.empty();
      if (fin) st_->finally_stack.push_back({t->finalbody, st_->loops});
      if (fin) push_block(s);
      if (!t->handlers.empty()) push_block(s);
      visit_body(t->body);
      if (!t->handlers.empty()) pop_block();
      visit_body(t->orelse);
      for (size_t i = 0; i < t->handlers.size(); i++) {
        const ExceptHandler* h = t->handlers[i];
        if (!h->type && i + 1 < t->handlers.size()) compile_error(h, "default 'except:' must be last");
        if (h->type) visit_expr(h->type);
        if (!h->name.empty()) {
          check_debug_name(h, h->name, Ctx::Store);
          add_def(h->name, kDefLocal, h);
        }
        push_block(h);
        if (!h->name.empty()) push_block(h);
        visit_body(h->body);
        if (!h->name.empty()) pop_block();
        pop_block();
      }
      if (fin) {
        st_->finally_stack.pop_back();
        pop_block();
        push_block(s);
        visit_body(t->finalbody);
        pop_block();
      }
      break;
    }
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      visit_expr(a->test);
      if (a->msg) visit_expr(a->msg);
      break;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom: {
      std::span<Alias*> names = s->kind == NodeKind::Import ? static_cast<const Import*>(s)->names
                                                            : static_cast<const ImportFrom*>(s)->names;
      if (s->kind == NodeKind::ImportFrom) {
        auto* imp = static_cast<const ImportFrom*>(s);
        if (imp->module == "__future__" && s->line > future_lineno_)
          compile_error(s, "from __future__ imports must occur at the beginning of the file");
      }
      for (const Alias* a : names) {
        if (a->name == "*") {
          if (cur_->kind != ScopeKind::Module) error_at(a, "import * only allowed at module level");
          cur_->has_import_star = true;
          continue;
        }
        std::string_view bound = a->asname;
        if (bound.empty()) {
          bound = a->name;
          if (s->kind == NodeKind::Import) bound = bound.substr(0, bound.find('.'));
        }
        check_debug_name(s, bound, Ctx::Store);
        add_def(bound, kDefImport, a);
      }
      break;
    }
    case NodeKind::Global:
    case NodeKind::Nonlocal: {
      bool global = s->kind == NodeKind::Global;
      NameList names = global ? static_cast<const Global*>(s)->names : static_cast<const Nonlocal*>(s)->names;
      for (std::string_view n : names) {
        Symbol* cur = lookup(cur_, mangled(n));
        uint16_t flags = cur ? cur->flags : 0;
        if (flags & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
          const char* msg;
          if (flags & kDefParam)
            msg = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
          else if (flags & kUse)
            msg = global ? "name '%s' is used prior to global declaration"
                         : "name '%s' is used prior to nonlocal declaration";
          else if (flags & kDefAnnot)
            msg = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
          else
            msg = global ? "name '%s' is assigned to before global declaration"
                         : "name '%s' is assigned to before nonlocal declaration";
          error_at(s, quoted(msg, n));
        }
        add_def(n, global ? kDefGlobal : kDefNonlocal, s);
        st_->directives.emplace(mangled(n), ScopeState::Loc{s->line, s->col, s->end_line, s->end_col});
      }
      break;
    }
    case NodeKind::ExprStmt:
      visit_expr(static_cast<const ExprStmt*>(s)->value);
      break;
    case NodeKind::Pass:
      break;
    case NodeKind::Break:
      if (st_->loops == 0) compile_error(s, "'break' outside loop");
      unwind_finally(true);
      break;
    case NodeKind::Continue:
      if (st_->loops == 0) compile_error(s, "'continue' not properly in loop");
      unwind_finally(true);
      break;
    default:
      break;
  }
}

// The names a statement compiles, in compile order, without recording
// anything else (for finally bodies the compiler inlines).
void Builder::mention_stmts(StmtList body) {
  for (const Stmt* s : body) mention_stmt(s);
}

void Builder::mention_stmt(const Stmt* s) {
  switch (s->kind) {
    case NodeKind::FunctionDef: {
      auto* f = static_cast<const FunctionDef*>(s);
      for (const Expr* d : f->decorator_list) mention_expr(d);
      for (const Expr* d : f->args->defaults) mention_expr(d);
      for (const Expr* d : f->args->kw_defaults)
        if (d) mention_expr(d);
      mention(f->name);
      break;
    }
    case NodeKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(s);
      for (const Expr* d : c->decorator_list) mention_expr(d);
      for (const Expr* b : c->bases) mention_expr(b);
      for (const Keyword* k : c->keywords) mention_expr(k->value);
      mention(c->name);
      break;
    }
    case NodeKind::Return:
      if (auto* v = static_cast<const Return*>(s)->value) mention_expr(v);
      break;
    case NodeKind::Delete:
      for (const Expr* t : static_cast<const Delete*>(s)->targets) mention_expr(t);
      break;
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      mention_expr(a->value);
      for (const Expr* t : a->targets) mention_expr(t);
      break;
    }
    case NodeKind::AugAssign:
      mention_expr(static_cast<const AugAssign*>(s)->target);
      mention_expr(static_cast<const AugAssign*>(s)->value);
      break;
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      if (a->value) {
        mention_expr(a->value);
        mention_expr(a->target);
      }
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<const For*>(s);
      mention_expr(f->iter);
      mention_expr(f->target);
      mention_stmts(f->body);
      mention_stmts(f->orelse);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(s);
      mention_expr(w->test);
      mention_stmts(w->body);
      mention_stmts(w->orelse);
      break;
    }
    case NodeKind::If: {
      auto* i = static_cast<const If*>(s);
      for (;;) {
        mention_expr(i->test);
        mention_stmts(i->body);
        if (i->orelse.size() == 1 && i->orelse[0]->kind == NodeKind::If) {
          i = static_cast<const If*>(i->orelse[0]);
          continue;
        }
        mention_stmts(i->orelse);
        break;
      }
      break;
    }
    case NodeKind::With: {
      auto* w = static_cast<const With*>(s);
      for (const WithItem* item : w->items) {
        mention_expr(item->context_expr);
        if (item->optional_vars) mention_expr(item->optional_vars);
      }
      mention_stmts(w->body);
      break;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      if (r->exc) mention_expr(r->exc);
      if (r->cause) mention_expr(r->cause);
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<const Try*>(s);
      mention_stmts(t->body);
      mention_stmts(t->orelse);
      for (const ExceptHandler* h : t->handlers) {
        if (h->type) mention_expr(h->type);
        if (!h->name.empty()) mention(h->name);
        mention_stmts(h->body);
      }
      mention_stmts(t->finalbody);
      break;
    }
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      mention_expr(a->test);
      if (a->msg) mention_expr(a->msg);
      break;
    }
    case NodeKind::Import:
    case NodeKind::ImportFrom: {
      std::span<Alias*> names = s->kind == NodeKind::Import ? static_cast<const Import*>(s)->names
                                                            : static_cast<const ImportFrom*>(s)->names;
      for (const Alias* a : names) {
        if (a->name == "*") continue;
        std::string_view bound = a->asname;
        if (bound.empty()) {
          bound = a->name;
          if (s->kind == NodeKind::Import) bound = bound.substr(0, bound.find('.'));
        }
        mention(bound);
      }
      break;
    }
    case NodeKind::ExprStmt:
      mention_expr(static_cast<const ExprStmt*>(s)->value);
      break;
    default:
      break;
  }
}

void Builder::mention_expr(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Name: mention(static_cast<const Name*>(e)->id); return;
    case NodeKind::BoolOp: for (const Expr* x : static_cast<const BoolOp*>(e)->values) mention_expr(x); return;
    case NodeKind::NamedExpr:
      mention_expr(static_cast<const NamedExpr*>(e)->value);
      mention_expr(static_cast<const NamedExpr*>(e)->target);
      return;
    case NodeKind::BinOp:
      mention_expr(static_cast<const BinOp*>(e)->left);
      mention_expr(static_cast<const BinOp*>(e)->right);
      return;
    case NodeKind::UnaryOp: mention_expr(static_cast<const UnaryOp*>(e)->operand); return;
    case NodeKind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      for (const Expr* d : l->args->defaults) mention_expr(d);
      for (const Expr* d : l->args->kw_defaults)
        if (d) mention_expr(d);
      return;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      mention_expr(i->test);
      mention_expr(i->body);
      mention_expr(i->orelse);
      return;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      for (size_t i = 0; i < d->values.size(); i++) {
        if (d->keys[i]) mention_expr(d->keys[i]);
        mention_expr(d->values[i]);
      }
      return;
    }
    case NodeKind::Set: for (const Expr* x : static_cast<const Set*>(e)->elts) mention_expr(x); return;
    case NodeKind::ListComp: mention_expr(static_cast<const ListComp*>(e)->generators[0]->iter); return;
    case NodeKind::SetComp: mention_expr(static_cast<const SetComp*>(e)->generators[0]->iter); return;
    case NodeKind::DictComp: mention_expr(static_cast<const DictComp*>(e)->generators[0]->iter); return;
    case NodeKind::GeneratorExp: mention_expr(static_cast<const GeneratorExp*>(e)->generators[0]->iter); return;
    case NodeKind::Await: mention_expr(static_cast<const Await*>(e)->value); return;
    case NodeKind::Yield:
      if (auto* v = static_cast<const Yield*>(e)->value) mention_expr(v);
      return;
    case NodeKind::YieldFrom: mention_expr(static_cast<const YieldFrom*>(e)->value); return;
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      mention_expr(c->left);
      for (const Expr* x : c->comparators) mention_expr(x);
      return;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(e);
      mention_expr(c->func);
      for (const Expr* x : c->args) mention_expr(x);
      for (const Keyword* k : c->keywords) mention_expr(k->value);
      return;
    }
    case NodeKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(e);
      mention_expr(f->value);
      if (f->format_spec) mention_expr(f->format_spec);
      return;
    }
    case NodeKind::JoinedStr: for (const Expr* x : static_cast<const JoinedStr*>(e)->values) mention_expr(x); return;
    case NodeKind::Attribute: mention_expr(static_cast<const Attribute*>(e)->value); return;
    case NodeKind::Subscript:
      mention_expr(static_cast<const Subscript*>(e)->value);
      mention_expr(static_cast<const Subscript*>(e)->slice);
      return;
    case NodeKind::Starred: mention_expr(static_cast<const Starred*>(e)->value); return;
    case NodeKind::List: for (const Expr* x : static_cast<const List*>(e)->elts) mention_expr(x); return;
    case NodeKind::Tuple: for (const Expr* x : static_cast<const Tuple*>(e)->elts) mention_expr(x); return;
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      if (s->lower) mention_expr(s->lower);
      if (s->upper) mention_expr(s->upper);
      if (s->step) mention_expr(s->step);
      return;
    }
    default: return;
  }
}

// An assignment/deletion target.
void Builder::visit_target(const Expr* e, bool in_sequence) {
  switch (e->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(e);
      check_debug_name(n, n->id, n->ctx);
      add_def(n->id, kDefLocal, n);
      break;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      check_debug_name(a, a->attr, a->ctx);
      visit_expr(a->value);
      break;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      visit_expr(s->value);
      visit_expr(s->slice);
      break;
    }
    case NodeKind::Starred:
      if (!in_sequence) compile_error(e, "starred assignment target must be in a list or tuple");
      visit_target(static_cast<const Starred*>(e)->value);
      break;
    case NodeKind::Tuple:
    case NodeKind::List: {
      ExprList elts = e->kind == NodeKind::Tuple ? static_cast<const Tuple*>(e)->elts
                                                 : static_cast<const List*>(e)->elts;
      Ctx ctx = e->kind == NodeKind::Tuple ? static_cast<const Tuple*>(e)->ctx
                                           : static_cast<const List*>(e)->ctx;
      bool seen_star = false;
      size_t before_star = 0;
      for (const Expr* x : elts) {
        if (x->kind == NodeKind::Starred) {
          if (seen_star && ctx == Ctx::Store)
            compile_error(e, "multiple starred expressions in assignment");
          seen_star = true;
        } else if (!seen_star) {
          before_star++;
        }
      }
      if (seen_star && (before_star >= 256 || elts.size() - before_star - 1 >= (size_t{1} << 24)))
        compile_error(e, "too many expressions in star-unpacking assignment");
      for (const Expr* x : elts) visit_target(x, true);
      break;
    }
    default:
      visit_expr(e);
      break;
  }
}

void Builder::visit_exprs(ExprList list, bool starred_ok) {
  for (const Expr* e : list)
    if (e) visit_expr(e, starred_ok);
}

// NamedExpr inside a comprehension binds in the nearest enclosing function
// (or module); CPython's symtable_extend_namedexpr_scope.
void Builder::named_expr(const NamedExpr* e) {
  if (st_->comp_iter_expr > 0)
    error_at(e, "assignment expression cannot be used in a comprehension iterable expression");
  auto* target = static_cast<const Name*>(e->target);
  if (cur_->kind == ScopeKind::Comprehension) {
    std::string_view name = mangled(target->id);
    for (Scope* s = cur_; s; s = s->parent) {
      ScopeState* st = &states_[s];
      if (s->kind == ScopeKind::Comprehension) {
        Symbol* sym = lookup(s, name);
        if (sym && (sym->flags & kDefCompIter))
          error_at(target, quoted("assignment expression cannot rebind comprehension iteration variable '%s'",
                                  target->id));
        continue;
      }
      if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Lambda) {
        Symbol* sym = lookup(s, name);
        add_def(target->id, (sym && (sym->flags & kDefGlobal)) ? kDefGlobal : kDefNonlocal, target);
        st_->directives.emplace(name, ScopeState::Loc{target->line, target->col, target->end_line, target->end_col});
        add_def_in(s, st, target->id, kDefLocal, target);
        break;
      }
      if (s->kind == ScopeKind::Module) {
        add_def(target->id, kDefGlobal, target);
        st_->directives.emplace(name, ScopeState::Loc{target->line, target->col, target->end_line, target->end_col});
        add_def_in(s, st, target->id, kDefGlobal, target);
        break;
      }
      if (s->kind == ScopeKind::Class)
        error_at(target, "assignment expression within a comprehension cannot be used in a class body");
    }
  }
  visit_expr(e->value);
  check_debug_name(target, target->id, Ctx::Store);
  add_def(target->id, kDefLocal, target);
}

void Builder::visit_comprehension(const Expr* e, const char* name, const char* kind,
                                  std::span<Comprehension*> gens, const Expr* elt,
                                  const Expr* value) {
  const Comprehension* outer = gens[0];
  size_t first_child = cur_->children.size();
  st_->comp_iter_expr++;
  visit_expr(outer->iter);
  st_->comp_iter_expr--;
  enter(ScopeKind::Comprehension, name, e);
  st_->comp_kind = kind;
  // The outermost iterator arrives as the implicit parameter ".0".
  add_def(".0", kDefParam, e);
  cur_->varnames.push_back(".0");
  cur_->argcount = 1;
  st_->comp_iter_target = true;
  visit_target(outer->target);
  st_->comp_iter_target = false;
  visit_exprs(outer->ifs);
  for (size_t i = 1; i < gens.size(); i++) {
    const Comprehension* c = gens[i];
    st_->comp_iter_expr++;
    visit_expr(c->iter);
    st_->comp_iter_expr--;
    st_->comp_iter_target = true;
    visit_target(c->target);
    st_->comp_iter_target = false;
    visit_exprs(c->ifs);
  }
  if (elt->kind == NodeKind::Starred) compile_error(elt, "can't use starred expression here");
  visit_expr(elt);
  if (value) visit_expr(value);
  if (e->kind == NodeKind::GeneratorExp) cur_->is_generator = true;
  leave();
  hoist_last_child(first_child);
}

void Builder::visit_expr(const Expr* e, bool starred_ok) {
  switch (e->kind) {
    case NodeKind::BoolOp:
      visit_exprs(static_cast<const BoolOp*>(e)->values);
      break;
    case NodeKind::NamedExpr:
      named_expr(static_cast<const NamedExpr*>(e));
      break;
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      break;
    }
    case NodeKind::UnaryOp:
      visit_expr(static_cast<const UnaryOp*>(e)->operand);
      break;
    case NodeKind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      visit_arguments_outer(l->args);
      enter(ScopeKind::Lambda, "<lambda>", e);
      visit_params(l->args, e);
      visit_expr(l->body);
      leave();
      break;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      visit_expr(i->test);
      visit_expr(i->body);
      visit_expr(i->orelse);
      break;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      for (size_t i = 0; i < d->values.size(); i++) {
        if (d->keys[i]) visit_expr(d->keys[i]);
        visit_expr(d->values[i]);
      }
      break;
    }
    case NodeKind::Set:
      visit_exprs(static_cast<const Set*>(e)->elts, true);
      break;
    case NodeKind::ListComp: {
      auto* c = static_cast<const ListComp*>(e);
      visit_comprehension(e, "<listcomp>", "list comprehension", c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::SetComp: {
      auto* c = static_cast<const SetComp*>(e);
      visit_comprehension(e, "<setcomp>", "set comprehension", c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::DictComp: {
      auto* c = static_cast<const DictComp*>(e);
      visit_comprehension(e, "<dictcomp>", "dict comprehension", c->generators, c->key, c->value);
      break;
    }
    case NodeKind::GeneratorExp: {
      auto* c = static_cast<const GeneratorExp*>(e);
      visit_comprehension(e, "<genexpr>", "generator expression", c->generators, c->elt, nullptr);
      break;
    }
    case NodeKind::Await:
      visit_expr(static_cast<const Await*>(e)->value);
      break;
    case NodeKind::Yield:
    case NodeKind::YieldFrom: {
      const Expr* v = e->kind == NodeKind::Yield ? static_cast<const Yield*>(e)->value
                                                 : static_cast<const YieldFrom*>(e)->value;
      if (v) visit_expr(v);
      cur_->is_generator = true;
      if (cur_->kind == ScopeKind::Comprehension)
        error_at(e, std::string("'yield' inside ") + st_->comp_kind);
      if (!is_function_like(cur_->kind)) compile_error(e, "'yield' outside function");
      break;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      visit_expr(c->left);
      visit_exprs(c->comparators);
      break;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(e);
      visit_expr(c->func);
      visit_exprs(c->args, true);
      for (const Keyword* k : c->keywords) visit_expr(k->value);
      check_keywords(c->keywords, e);
      break;
    }
    case NodeKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(e);
      visit_expr(f->value);
      if (f->format_spec) visit_expr(f->format_spec);
      break;
    }
    case NodeKind::JoinedStr:
      visit_exprs(static_cast<const JoinedStr*>(e)->values);
      break;
    case NodeKind::Constant:
      break;
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      if (a->ctx != Ctx::Load) {
        visit_target(e);
        break;
      }
      visit_expr(a->value);
      break;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      if (s->ctx != Ctx::Load) {
        visit_target(e);
        break;
      }
      visit_expr(s->value);
      visit_expr(s->slice);
      break;
    }
    case NodeKind::Starred: {
      auto* s = static_cast<const Starred*>(e);
      if (s->ctx != Ctx::Load) {
        visit_target(e);
        break;
      }
      if (!starred_ok) compile_error(e, "can't use starred expression here");
      visit_expr(s->value);
      break;
    }
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(e);
      if (n->ctx != Ctx::Load) {
        visit_target(e);
        break;
      }
      add_def(n->id, kUse, n);
      // super() needs the implicit __class__ cell.
      if (n->id == "super" && is_function_like(cur_->kind)) add_def("__class__", kUse, n);
      break;
    }
    case NodeKind::List:
    case NodeKind::Tuple: {
      ExprList elts = e->kind == NodeKind::Tuple ? static_cast<const Tuple*>(e)->elts
                                                 : static_cast<const List*>(e)->elts;
      Ctx ctx = e->kind == NodeKind::Tuple ? static_cast<const Tuple*>(e)->ctx
                                           : static_cast<const List*>(e)->ctx;
      if (ctx != Ctx::Load) {
        visit_target(e);
        break;
      }
      visit_exprs(elts, true);
      break;
    }
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      if (s->lower) visit_expr(s->lower);
      if (s->upper) visit_expr(s->upper);
      if (s->step) visit_expr(s->step);
      break;
    }
    default:
      break;
  }
}

// ===========================================================================
// Pass 2: CPython's analyze_block / analyze_name / analyze_cells /
// drop_class_free / update_symbols.
// ===========================================================================

void Builder::analyze_name(Scope* s, Symbol& sym, const NameSet* bound, NameSet& local,
                           NameSet& free, NameSet& global) {
  ScopeState& st = states_[s];
  std::string_view name = sym.name;
  auto directive = [&]() -> ScopeState::Loc {
    auto it = st.directives.find(name);
    if (it != st.directives.end()) return it->second;
    return {s->node->line, s->node->col, s->node->end_line, s->node->end_col};
  };
  if (sym.flags & kDefGlobal) {
    if (sym.flags & kDefNonlocal) error_loc(directive(), quoted("name '%s' is nonlocal and global", name));
    sym.scope = NameScope::GLOBAL_EXPLICIT;
    global.insert(name);
    return;
  }
  if (sym.flags & kDefNonlocal) {
    if (!bound) error_loc(directive(), "nonlocal declaration not allowed at module level");
    if (!bound->count(name)) error_loc(directive(), quoted("no binding for nonlocal '%s' found", name));
    sym.scope = NameScope::FREE;
    free.insert(name);
    return;
  }
  if (sym.flags & (kDefLocal | kDefParam | kDefImport)) {
    sym.scope = NameScope::LOCAL;
    local.insert(name);
    global.erase(name);
    return;
  }
  if (bound && bound->count(name)) {
    sym.scope = NameScope::FREE;
    free.insert(name);
    return;
  }
  sym.scope = NameScope::GLOBAL_IMPLICIT;
}

void Builder::analyze(Scope* s, const NameSet* bound, NameSet& free, NameSet& global) {
  NameSet local, newbound, newfree, newglobal;
  bool is_class = s->kind == ScopeKind::Class;
  bool is_func = is_function_like(s->kind);
  if (is_class) {
    newglobal = global;
    if (bound) newbound = *bound;
  }
  for (Symbol& sym : s->symbols) analyze_name(s, sym, bound, local, free, global);
  if (!is_class) {
    if (is_func) newbound.insert(local.begin(), local.end());
    if (bound) newbound.insert(bound->begin(), bound->end());
    newglobal.insert(global.begin(), global.end());
  } else {
    newbound.insert("__class__");
  }
  NameSet allfree;
  for (Scope* child : s->children) {
    NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
    analyze(child, &child_bound, child_free, child_global);
    allfree.insert(child_free.begin(), child_free.end());
  }
  newfree.insert(allfree.begin(), allfree.end());
  if (is_func) {
    // analyze_cells: locals captured by children become cells.
    for (Symbol& sym : s->symbols) {
      if (sym.scope == NameScope::LOCAL && newfree.count(sym.name)) {
        sym.scope = NameScope::CELL;
        newfree.erase(sym.name);
      }
    }
  } else if (is_class && newfree.erase("__class__")) {
    s->needs_class_cell = true;
  }
  // update_symbols: free names of children that pass through this scope.
  // (Iterate in a stable order: sorted, so symbols get a deterministic order.)
  std::vector<std::string_view> pass(newfree.begin(), newfree.end());
  std::sort(pass.begin(), pass.end());
  for (std::string_view name : pass) {
    Symbol* sym = lookup(s, name);
    if (sym) {
      if (is_class && (sym->flags & (kDefLocal | kDefParam | kDefImport | kDefGlobal)))
        sym->flags |= kDefFreeClass;
      continue;
    }
    if (bound && !bound->count(name)) continue;  // a global
    Symbol& added = symbol(s, name);
    added.scope = NameScope::FREE;
  }
  free.insert(newfree.begin(), newfree.end());
}

// Fills varnames (after the parameters), cellvars and freevars.
void Builder::finish_scope(Scope* s) {
  ScopeState& st = states_[s];
  // 3.11's co_cellvars: parameters that are cells (in parameter order), then
  // the other cells sorted; co_freevars sorted.
  for (std::string_view p : s->varnames)
    if (s->lookup(p) == NameScope::CELL) s->cellvars.push_back(p);
  size_t params = s->cellvars.size();
  for (const Symbol& sym : s->symbols) {
    if (sym.scope == NameScope::CELL && !(sym.flags & kDefParam)) s->cellvars.push_back(sym.name);
    if (sym.scope == NameScope::FREE || (sym.flags & kDefFreeClass)) s->freevars.push_back(sym.name);
  }
  std::sort(s->cellvars.begin() + static_cast<std::ptrdiff_t>(params), s->cellvars.end());
  std::sort(s->freevars.begin(), s->freevars.end());
  if (s->needs_class_cell) s->cellvars.insert(s->cellvars.begin(), "__class__");
  if (is_function_like(s->kind)) {
    for (std::string_view n : st.order) {
      const Symbol* sym = s->find(n);
      if (sym && sym->scope == NameScope::LOCAL && !(sym->flags & kDefParam)) s->varnames.push_back(n);
    }
    s->uses_class_cell = std::binary_search(s->freevars.begin(), s->freevars.end(),
                                            std::string_view("__class__"));
  } else {
    s->varnames.clear();
  }
}

}  // namespace

// ===========================================================================
// Entry points
// ===========================================================================

SymbolTable build(const ast::Module& module, std::string_view filename, std::string_view source) {
  SymbolTable t;
  Builder b(t, filename, source);
  b.run(module);
  return t;
}

SymbolTable build(const ParseResult& parsed) {
  return build(*parsed.module, parsed.filename, parsed.source);
}

std::string dump(const SymbolTable& table) {
  std::string out;
  auto join = [&](const std::vector<std::string_view>& v) {
    out += '[';
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      out += v[i];
    }
    out += ']';
  };
  std::vector<std::pair<const Scope*, int>> stack{{table.module(), 0}};
  while (!stack.empty()) {
    auto [s, depth] = stack.back();
    stack.pop_back();
    out.append(static_cast<size_t>(depth) * 2, ' ');
    out += scope_kind_name(s->kind);
    out += ' ';
    out += s->name;
    if (is_function_like(s->kind) || s->kind == ScopeKind::Class) {
      out += " varnames=";
      join(s->varnames);
      out += " cellvars=";
      join(s->cellvars);
      out += " freevars=";
      join(s->freevars);
    }
    if (s->is_generator) out += " generator";
    if (s->has_varargs) out += " varargs";
    if (s->has_varkw) out += " varkw";
    if (s->needs_class_cell) out += " needs_class_cell";
    if (s->uses_class_cell) out += " uses_class_cell";
    out += '\n';
    out.append(static_cast<size_t>(depth) * 2 + 2, ' ');
    bool first = true;
    for (const Symbol& sym : s->symbols) {
      if (!first) out += ' ';
      first = false;
      out += sym.name;
      out += '=';
      out += name_scope_name(sym.scope);
    }
    out += '\n';
    for (auto it = s->children.rbegin(); it != s->children.rend(); ++it) stack.push_back({*it, depth + 1});
  }
  return out;
}

}  // namespace coil::sym
