// Coil — scope analysis, in two passes as CPython's symtable does.
// Pass 1 walks the AST and records, per scope, the names it binds, uses and
// declares global/nonlocal. Pass 2 resolves each name top-down: a name bound
// in a function is local there; a name only used is free if an enclosing
// function binds it (that function then keeps it in a cell), else global.
// Class bodies bind names in their namespace, invisible to nested functions.
#include "core/scopes.h"

#include <algorithm>
#include <set>

#include "core/syntax_error.h"

namespace coil {

namespace {

using namespace ast;

struct RawScope {
  Scope* out;
  const Node* node;
  RawScope* parent;
  std::vector<std::string> params;
  std::vector<std::string> bound_order;  // first binding order
  std::set<std::string, std::less<>> bound, used, globals, nonlocals;
  std::vector<RawScope*> children;
  bool uses_class_cell = false;  // super() / __class__ in a method
};

class Collector {
 public:
  Collector(SymbolTable& st, std::string filename) : st_(st), filename_(std::move(filename)) {}

  RawScope* new_scope(const Node* node, ScopeKind kind, std::string name, RawScope* parent) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = std::move(name);
    Scope* raw = s.get();
    st_.scopes_[node] = std::move(s);
    raws_.push_back(std::make_unique<RawScope>());
    RawScope* r = raws_.back().get();
    r->out = raw;
    r->node = node;
    r->parent = parent;
    if (parent) parent->children.push_back(r);
    return r;
  }

  [[noreturn]] void error(const Node& n, const std::string& msg) {
    throw SyntaxErrorException({"SyntaxError", msg, filename_, n.line, n.col + 1, 0, "", 0});
  }

  void bind(RawScope* s, std::string_view name, const Node& at) {
    if (s->globals.count(name) == 0 && s->nonlocals.count(name) == 0 && s->bound.insert(std::string(name)).second)
      s->bound_order.emplace_back(name);
    (void)at;
  }
  void use(RawScope* s, std::string_view name) { s->used.insert(std::string(name)); }

  // ---- statements ----
  void stmts(RawScope* s, StmtList body) {
    for (const Stmt* st : body) stmt(s, st);
  }

  void stmt(RawScope* s, const Stmt* st) {
    switch (st->kind) {
      case NodeKind::FunctionDef: {
        const auto* f = st->as<FunctionDef>();
        for (Expr* d : f->decorator_list) expr(s, d);
        arguments_defaults(s, f->args);
        bind(s, f->name, *st);
        RawScope* fs = new_scope(st, ScopeKind::Function, std::string(f->name), s);
        parameters(fs, f->args);
        stmts(fs, f->body);
        break;
      }
      case NodeKind::ClassDef: {
        const auto* c = st->as<ClassDef>();
        for (Expr* d : c->decorator_list) expr(s, d);
        for (Expr* b : c->bases) expr(s, b);
        for (Keyword* k : c->keywords) expr(s, k->value);
        bind(s, c->name, *st);
        RawScope* cs = new_scope(st, ScopeKind::Class, std::string(c->name), s);
        stmts(cs, c->body);
        break;
      }
      case NodeKind::Return: {
        const auto* r = st->as<Return>();
        if (s->out->kind != ScopeKind::Function) error(*st, "'return' outside function");
        if (r->value) expr(s, r->value);
        break;
      }
      case NodeKind::Delete:
        for (Expr* t : st->as<Delete>()->targets) target(s, t);
        break;
      case NodeKind::Assign: {
        const auto* a = st->as<Assign>();
        expr(s, a->value);
        for (Expr* t : a->targets) target(s, t);
        break;
      }
      case NodeKind::AugAssign: {
        const auto* a = st->as<AugAssign>();
        expr(s, a->value);
        if (const auto* n = a->target->as<Name>()) use(s, n->id);
        target(s, a->target);
        break;
      }
      case NodeKind::AnnAssign: {
        const auto* a = st->as<AnnAssign>();
        if (a->value) expr(s, a->value);
        if (a->simple && s->out->kind != ScopeKind::Function) {
          // Annotations are evaluated in module and class bodies only.
        }
        target(s, a->target);
        break;
      }
      case NodeKind::For: {
        const auto* f = st->as<For>();
        expr(s, f->iter);
        target(s, f->target);
        stmts(s, f->body);
        stmts(s, f->orelse);
        break;
      }
      case NodeKind::While: {
        const auto* w = st->as<While>();
        expr(s, w->test);
        stmts(s, w->body);
        stmts(s, w->orelse);
        break;
      }
      case NodeKind::If: {
        const auto* i = st->as<If>();
        expr(s, i->test);
        stmts(s, i->body);
        stmts(s, i->orelse);
        break;
      }
      case NodeKind::With: {
        const auto* w = st->as<With>();
        for (WithItem* it : w->items) {
          expr(s, it->context_expr);
          if (it->optional_vars) target(s, it->optional_vars);
        }
        stmts(s, w->body);
        break;
      }
      case NodeKind::Raise: {
        const auto* r = st->as<Raise>();
        if (r->exc) expr(s, r->exc);
        if (r->cause) expr(s, r->cause);
        break;
      }
      case NodeKind::Try: {
        const auto* t = st->as<Try>();
        stmts(s, t->body);
        for (ExceptHandler* h : t->handlers) {
          if (h->type) expr(s, h->type);
          if (!h->name.empty()) bind(s, h->name, *h);
          stmts(s, h->body);
        }
        stmts(s, t->orelse);
        stmts(s, t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        const auto* a = st->as<Assert>();
        expr(s, a->test);
        if (a->msg) expr(s, a->msg);
        break;
      }
      case NodeKind::Import:
        for (Alias* a : st->as<Import>()->names) {
          std::string_view n = a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          bind(s, n, *st);
        }
        break;
      case NodeKind::ImportFrom:
        for (Alias* a : st->as<ImportFrom>()->names)
          if (a->name != "*") bind(s, a->asname.empty() ? a->name : a->asname, *st);
        break;
      case NodeKind::Global:
        for (std::string_view n : st->as<Global>()->names) {
          if (s->bound.count(n) && std::find(s->params.begin(), s->params.end(), n) != s->params.end())
            error(*st, "name '" + std::string(n) + "' is parameter and global");
          if (s->bound.count(n))
            error(*st, "name '" + std::string(n) + "' is assigned to before global declaration");
          if (s->used.count(n)) error(*st, "name '" + std::string(n) + "' is used prior to global declaration");
          s->globals.insert(std::string(n));
        }
        break;
      case NodeKind::Nonlocal:
        for (std::string_view n : st->as<Nonlocal>()->names) {
          if (s->out->kind == ScopeKind::Module) error(*st, "nonlocal declaration not allowed at module level");
          if (std::find(s->params.begin(), s->params.end(), n) != s->params.end())
            error(*st, "name '" + std::string(n) + "' is parameter and nonlocal");
          if (s->bound.count(n))
            error(*st, "name '" + std::string(n) + "' is assigned to before nonlocal declaration");
          if (s->used.count(n)) error(*st, "name '" + std::string(n) + "' is used prior to nonlocal declaration");
          s->nonlocals.insert(std::string(n));
          pending_nonlocals_.push_back({s, std::string(n), st});
        }
        break;
      case NodeKind::ExprStmt: expr(s, st->as<ExprStmt>()->value); break;
      default: break;
    }
  }

  // ---- parameters ----
  void arguments_defaults(RawScope* s, const Arguments* a) {
    if (!a) return;
    for (Expr* d : a->defaults) expr(s, d);
    for (Expr* d : a->kw_defaults)
      if (d) expr(s, d);
  }

  void parameters(RawScope* fs, const Arguments* a) {
    if (!a) return;
    auto add = [&](const Arg* p) {
      std::string n(p->arg);
      if (std::find(fs->params.begin(), fs->params.end(), n) != fs->params.end())
        error(*p, "duplicate argument '" + n + "' in function definition");
      fs->params.push_back(n);
      fs->bound.insert(n);
    };
    for (Arg* p : a->posonlyargs) add(p);
    for (Arg* p : a->args) add(p);
    for (Arg* p : a->kwonlyargs) add(p);
    if (a->vararg) add(a->vararg);
    if (a->kwarg) add(a->kwarg);
  }

  // ---- targets and expressions ----
  void target(RawScope* s, const Expr* t) {
    switch (t->kind) {
      case NodeKind::Name: bind(s, t->as<Name>()->id, *t); break;
      case NodeKind::Tuple:
        for (Expr* e : t->as<Tuple>()->elts) target(s, e);
        break;
      case NodeKind::List:
        for (Expr* e : t->as<List>()->elts) target(s, e);
        break;
      case NodeKind::Starred: target(s, t->as<Starred>()->value); break;
      default: expr(s, t); break;
    }
  }

  // The function scope a walrus in a comprehension binds in.
  RawScope* walrus_scope(RawScope* s) {
    while (s->out->kind == ScopeKind::Function && is_comprehension(s->node) && s->parent) s = s->parent;
    return s;
  }

  static bool is_comprehension(const Node* n) {
    return n->is<ListComp>() || n->is<SetComp>() || n->is<DictComp>() || n->is<GeneratorExp>();
  }

  void comprehension(RawScope* s, const Expr* e, std::span<Comprehension*> gens, const Expr* elt, const Expr* key) {
    // The first iterable is evaluated in the enclosing scope.
    expr(s, gens[0]->iter);
    static const char* const kNames[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    int which = e->is<ListComp>() ? 0 : e->is<SetComp>() ? 1 : e->is<DictComp>() ? 2 : 3;
    RawScope* cs = new_scope(e, ScopeKind::Function, kNames[which], s);
    cs->params.push_back(".0");
    cs->bound.insert(".0");
    if (which == 3) cs->out->is_generator = true;
    for (size_t i = 0; i < gens.size(); i++) {
      if (i > 0) expr(cs, gens[i]->iter);
      target(cs, gens[i]->target);
      for (Expr* c : gens[i]->ifs) expr(cs, c);
    }
    if (key) expr(cs, key);
    expr(cs, elt);
  }

  void expr(RawScope* s, const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case NodeKind::Name: {
        const auto* n = e->as<Name>();
        if (n->ctx == Ctx::Load) use(s, n->id);
        else bind(s, n->id, *e);
        if (n->id == "super" && s->out->kind == ScopeKind::Function) s->uses_class_cell = true;
        if (n->id == "__class__" && s->out->kind == ScopeKind::Function) s->uses_class_cell = true;
        break;
      }
      case NodeKind::BoolOp:
        for (Expr* v : e->as<BoolOp>()->values) expr(s, v);
        break;
      case NodeKind::NamedExpr: {
        const auto* w = e->as<NamedExpr>();
        expr(s, w->value);
        RawScope* ws = walrus_scope(s);
        std::string_view n = w->target->as<Name>()->id;
        bind(ws, n, *e);
        if (ws != s) {
          // Inside a comprehension: the name belongs to the enclosing scope.
          if (ws->out->kind == ScopeKind::Class)
            error(*e, "assignment expression within a comprehension cannot be used in a class body");
          for (RawScope* c = s; c != ws; c = c->parent) {
            if (ws->out->kind == ScopeKind::Module)
              c->globals.insert(std::string(n));
            else
              c->nonlocals.insert(std::string(n));
          }
        }
        break;
      }
      case NodeKind::BinOp:
        expr(s, e->as<BinOp>()->left);
        expr(s, e->as<BinOp>()->right);
        break;
      case NodeKind::UnaryOp: expr(s, e->as<UnaryOp>()->operand); break;
      case NodeKind::Lambda: {
        const auto* l = e->as<Lambda>();
        arguments_defaults(s, l->args);
        RawScope* ls = new_scope(e, ScopeKind::Function, "<lambda>", s);
        parameters(ls, l->args);
        expr(ls, l->body);
        break;
      }
      case NodeKind::IfExp:
        expr(s, e->as<IfExp>()->test);
        expr(s, e->as<IfExp>()->body);
        expr(s, e->as<IfExp>()->orelse);
        break;
      case NodeKind::Dict:
        for (Expr* k : e->as<Dict>()->keys) expr(s, k);
        for (Expr* v : e->as<Dict>()->values) expr(s, v);
        break;
      case NodeKind::Set:
        for (Expr* v : e->as<Set>()->elts) expr(s, v);
        break;
      case NodeKind::ListComp:
        comprehension(s, e, e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
        break;
      case NodeKind::SetComp:
        comprehension(s, e, e->as<SetComp>()->generators, e->as<SetComp>()->elt, nullptr);
        break;
      case NodeKind::DictComp:
        comprehension(s, e, e->as<DictComp>()->generators, e->as<DictComp>()->value, e->as<DictComp>()->key);
        break;
      case NodeKind::GeneratorExp:
        comprehension(s, e, e->as<GeneratorExp>()->generators, e->as<GeneratorExp>()->elt, nullptr);
        break;
      case NodeKind::Await: expr(s, e->as<Await>()->value); break;
      case NodeKind::Yield:
      case NodeKind::YieldFrom: {
        if (s->out->kind != ScopeKind::Function) error(*e, "'yield' outside function");
        if (is_comprehension(s->node)) error(*e, "'yield' inside list comprehension");
        s->out->is_generator = true;
        expr(s, e->is<Yield>() ? e->as<Yield>()->value : e->as<YieldFrom>()->value);
        break;
      }
      case NodeKind::Compare:
        expr(s, e->as<Compare>()->left);
        for (Expr* c : e->as<Compare>()->comparators) expr(s, c);
        break;
      case NodeKind::Call:
        expr(s, e->as<Call>()->func);
        for (Expr* a : e->as<Call>()->args) expr(s, a);
        for (Keyword* k : e->as<Call>()->keywords) expr(s, k->value);
        break;
      case NodeKind::FormattedValue:
        expr(s, e->as<FormattedValue>()->value);
        expr(s, e->as<FormattedValue>()->format_spec);
        break;
      case NodeKind::JoinedStr:
        for (Expr* v : e->as<JoinedStr>()->values) expr(s, v);
        break;
      case NodeKind::Attribute: expr(s, e->as<Attribute>()->value); break;
      case NodeKind::Subscript:
        expr(s, e->as<Subscript>()->value);
        expr(s, e->as<Subscript>()->slice);
        break;
      case NodeKind::Starred: expr(s, e->as<Starred>()->value); break;
      case NodeKind::List:
        for (Expr* v : e->as<List>()->elts) expr(s, v);
        break;
      case NodeKind::Tuple:
        for (Expr* v : e->as<Tuple>()->elts) expr(s, v);
        break;
      case NodeKind::Slice:
        expr(s, e->as<Slice>()->lower);
        expr(s, e->as<Slice>()->upper);
        expr(s, e->as<Slice>()->step);
        break;
      default: break;
    }
  }

  struct PendingNonlocal {
    RawScope* scope;
    std::string name;
    const Node* at;
  };
  std::vector<PendingNonlocal> pending_nonlocals_;
  std::vector<std::unique_ptr<RawScope>> raws_;

 private:
  SymbolTable& st_;
  std::string filename_;
};

// A name used but not bound in s: free if an enclosing function binds it
// (class bodies in between are skipped), else global.
Binding classify_unbound(const RawScope* s, std::string_view n) {
  for (const RawScope* p = s->parent; p; p = p->parent) {
    if (p->out->kind == ScopeKind::Class) continue;
    if (p->out->kind == ScopeKind::Module) break;
    if (p->globals.count(n)) return Binding::GlobalImplicit;
    if (p->bound.count(n) || p->nonlocals.count(n)) return Binding::Free;
  }
  return Binding::GlobalImplicit;
}

void add_unique(std::vector<std::string>& v, const std::string& n) {
  if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
}

// Resolves s and its children; returns the names s needs from enclosing
// scopes (its own free variables and those it passes through to children).
std::set<std::string, std::less<>> resolve(RawScope* s) {
  Scope* out = s->out;
  std::set<std::string, std::less<>> child_needs;
  for (RawScope* c : s->children) {
    std::set<std::string, std::less<>> n = resolve(c);
    child_needs.insert(n.begin(), n.end());
  }
  // A method using super() or __class__ needs the class body's cell.
  if (out->kind == ScopeKind::Function && s->uses_class_cell) {
    for (const RawScope* p = s->parent; p; p = p->parent)
      if (p->out->kind == ScopeKind::Class) {
        child_needs.insert("__class__");
        break;
      }
  }

  if (out->kind == ScopeKind::Function) {
    for (const std::string& p : s->params) out->varnames.push_back(p);
    for (const std::string& b : s->bound_order)
      if (std::find(s->params.begin(), s->params.end(), b) == s->params.end() && !s->globals.count(b) &&
          !s->nonlocals.count(b))
        out->varnames.push_back(b);
  }
  std::set<std::string, std::less<>> names(s->used.begin(), s->used.end());
  names.insert(s->bound.begin(), s->bound.end());
  names.insert(s->nonlocals.begin(), s->nonlocals.end());
  for (const std::string& n : names) {
    Binding b;
    if (s->globals.count(n)) b = Binding::GlobalExplicit;
    else if (s->nonlocals.count(n)) b = Binding::Free;
    else if (s->bound.count(n)) b = Binding::Local;
    else b = out->kind == ScopeKind::Module ? Binding::GlobalImplicit : classify_unbound(s, n);
    out->bindings[n] = b;
  }
  for (const std::string& n : s->globals) out->bindings[n] = Binding::GlobalExplicit;

  std::set<std::string, std::less<>> needs;
  for (const auto& [n, b] : out->bindings)
    if (b == Binding::Free) needs.insert(n);
  for (const std::string& n : child_needs) {
    auto it = out->bindings.find(n);
    bool bound_here = it != out->bindings.end() && (it->second == Binding::Local || it->second == Binding::Cell);
    if (out->kind == ScopeKind::Class && n == "__class__") {
      out->bindings[n] = Binding::Cell;
      add_unique(out->cellvars, n);
    } else if (out->kind == ScopeKind::Function && bound_here) {
      it->second = Binding::Cell;
      add_unique(out->cellvars, n);
    } else if (out->kind != ScopeKind::Module) {
      // Passed through to the child: a free variable here too. A class keeps
      // its own namespace binding for its body's uses.
      if (it == out->bindings.end()) out->bindings[n] = Binding::Free;
      needs.insert(n);
    }
  }
  for (const std::string& n : needs) add_unique(out->freevars, n);
  return needs;
}

}  // namespace

SymbolTable build_symtable(const ast::Module& m, const std::string& filename) {
  SymbolTable st;
  Collector c(st, filename);
  RawScope* top = c.new_scope(&m, ScopeKind::Module, "<module>", nullptr);
  c.stmts(top, m.body);
  for (const auto& p : c.pending_nonlocals_) {
    bool found = false;
    for (RawScope* q = p.scope->parent; q && !found; q = q->parent) {
      if (q->out->kind != ScopeKind::Function) continue;
      found = q->bound.count(p.name) && !q->globals.count(p.name);
    }
    if (!found) c.error(*p.at, "no binding for nonlocal '" + p.name + "' found");
  }
  resolve(top);
  return st;
}

}  // namespace coil
