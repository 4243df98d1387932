// Coil — compiling statements.
// Alongside the code, the compiler tracks which register locals are
// definitely assigned (a structured data-flow pass done during emission), so
// that only loads of possibly-unbound locals pay for a CHECKLOCAL.
#include "core/compiler_internal.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/names.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

using ast::Alias;
using ast::AnnAssign;
using ast::Arguments;
using ast::Assert;
using ast::Assign;
using ast::Attribute;
using ast::AugAssign;
using ast::Break;
using ast::ClassDef;
using ast::ConstKind;
using ast::Constant;
using ast::Continue;
using ast::Delete;
using ast::ExceptHandler;
using ast::Expr;
using ast::ExprStmt;
using ast::For;
using ast::FunctionDef;
using ast::Global;
using ast::If;
using ast::Import;
using ast::ImportFrom;
using ast::Keyword;
using ast::Name;
using ast::Node;
using ast::NodeKind;
using ast::Nonlocal;
using ast::Pass;
using ast::Raise;
using ast::Return;
using ast::Starred;
using ast::Stmt;
using ast::StmtList;
using ast::Subscript;
using ast::Try;
using ast::While;
using ast::With;
using ast::WithItem;

// Definite-assignment state at one program point.
struct Flow {
  std::vector<bool> assigned;
  bool unreachable;
};

Flow save(const FunctionCompiler& fc) { return {fc.assigned, fc.unreachable}; }

void restore(FunctionCompiler& fc, const Flow& f) {
  fc.assigned = f.assigned;
  fc.unreachable = f.unreachable;
}

// Merges another path into the current point: a local is assigned if it is
// on every reachable path.
void join(FunctionCompiler& fc, const Flow& other) {
  if (other.unreachable) return;
  if (fc.unreachable) {
    restore(fc, other);
    return;
  }
  for (size_t i = 0; i < fc.assigned.size(); i++) fc.assigned[i] = fc.assigned[i] && other.assigned[i];
}

[[noreturn]] void syntax_error(const FunctionCompiler& fc, const Node& n, const char* msg) {
  throw SyntaxErrorException({"SyntaxError", msg, fc.filename, n.line, n.col + 1, 0, "", 0});
}

int innermost_loop(const FunctionCompiler& fc) {
  for (size_t i = fc.blocks_.size(); i-- > 0;)
    if (fc.blocks_[i].kind == Block::LOOP) return static_cast<int>(i);
  return -1;
}

// if test: body [else: orelse]
void compile_if(FunctionCompiler& fc, const If& s) {
  std::vector<PendingJump> to_else;
  fc.cond_jump(s.test, false, to_else);
  Flow before = save(fc);
  fc.stmts(s.body);
  if (s.orelse.empty()) {
    Flow after_body = save(fc);
    restore(fc, before);
    fc.patch_all_here(to_else);
    join(fc, after_body);
    return;
  }
  Flow after_body = save(fc);
  int32_t skip = fc.unreachable ? -1 : fc.emit_jump(Op::JMP);
  restore(fc, before);
  fc.patch_all_here(to_else);
  fc.stmts(s.orelse);
  join(fc, after_body);
  if (skip >= 0) fc.patch_here(skip);
}

// Ends a loop: patches its breaks and merges their flow.
void finish_loop(FunctionCompiler& fc, Block& done, const Flow& before) {
  if (done.breaks.empty()) return;
  Flow here = save(fc);
  fc.patch_all_here(done.breaks);
  restore(fc, before);
  join(fc, here);
}

// while test: body [else: orelse]
void compile_while(FunctionCompiler& fc, const While& s) {
  Flow before = save(fc);
  int32_t top = fc.pc();
  std::vector<PendingJump> exit_jumps;
  const auto* c = s.test->as<Constant>();
  bool infinite = c && c->value_kind == ConstKind::True;
  if (!infinite) fc.cond_jump(s.test, false, exit_jumps);
  fc.push_block(Block::LOOP).continue_target = top;
  fc.stmts(s.body);
  if (!fc.unreachable) fc.emit_loop_back(top);
  Block done = fc.blocks_.back();
  fc.blocks_.pop_back();
  restore(fc, before);
  if (infinite) fc.unreachable = true;
  fc.patch_all_here(exit_jumps);
  if (infinite) fc.unreachable = true;
  if (!infinite) fc.stmts(s.orelse);
  finish_loop(fc, done, before);
}

// for target in iter: body [else: orelse]
void compile_for(FunctionCompiler& fc, const For& s) {
  fc.set_line(s.iter);
  int base = fc.alloc_regs(2);  // the iterator, then each value
  int mark = fc.top();
  int src = fc.expr_any(s.iter);
  fc.emit(Op::GETITER, base, src);
  fc.free_to(mark);
  Flow before = save(fc);
  fc.set_line(&s);
  int32_t top = fc.emit_jump(Op::FORITER, base);
  fc.unreachable = false;
  fc.assign_to(s.target, base + 1);
  fc.push_block(Block::LOOP).continue_target = top;
  fc.stmts(s.body);
  if (!fc.unreachable) fc.emit_loop_back(top);
  Block done = fc.blocks_.back();
  fc.blocks_.pop_back();
  restore(fc, before);
  fc.patch_here(top);
  fc.unreachable = false;
  fc.free_to(base);
  fc.stmts(s.orelse);
  finish_loop(fc, done, before);
}

void compile_break_continue(FunctionCompiler& fc, const Stmt& s, bool is_break) {
  int li = innermost_loop(fc);
  if (li < 0) syntax_error(fc, s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  fc.unwind_blocks(static_cast<size_t>(li) + 1);
  Block& loop = fc.blocks_[static_cast<size_t>(li)];
  if (is_break) {
    loop.breaks.push_back({fc.emit_jump(Op::JMP)});
  } else {
    fc.emit_loop_back(loop.continue_target);
  }
  fc.unreachable = true;
}

void compile_return(FunctionCompiler& fc, const Return& s) {
  int mark = fc.top();
  int r = fc.alloc_reg();
  if (s.value)
    fc.expr_to(s.value, r);
  else
    fc.load_none(r);
  fc.unwind_blocks(0);
  fc.emit(Op::RETURN, r);
  fc.free_to(mark);
}

void compile_raise(FunctionCompiler& fc, const Raise& s) {
  int mark = fc.top();
  if (!s.exc) {
    fc.emit(Op::RAISE, 0, 0, 0, 2);
  } else if (s.cause) {
    int r = fc.alloc_regs(2);
    fc.expr_to(s.exc, r);
    fc.expr_to(s.cause, r + 1);
    fc.emit(Op::RAISE, r, r + 1, 0, 1);
  } else {
    fc.emit(Op::RAISE, fc.expr_any(s.exc));
  }
  fc.free_to(mark);
}

void compile_assert(FunctionCompiler& fc, const Assert& s) {
  std::vector<PendingJump> ok;
  fc.cond_jump(s.test, true, ok);
  Flow f = save(fc);
  int mark = fc.top();
  fc.emit(Op::ASSERTFAIL, s.msg ? fc.expr_any(s.msg) : kNoReg);
  fc.free_to(mark);
  restore(fc, f);
  fc.patch_all_here(ok);
}

// Emits the shared tail of an exceptional path: `prev` was saved by PUSHEXC;
// exceptions in [cleanup region] restore it and propagate.
void emit_cleanup_handler(FunctionCompiler& fc, size_t cleanup, int prev, int exc2) {
  fc.set_handler(cleanup, fc.pc());
  fc.emit(Op::POPEXC, prev);
  fc.emit(Op::RERAISE, exc2);
}

// try: body except...: handlers [else: orelse]
void compile_try_except(FunctionCompiler& fc, const Try& s) {
  int mark = fc.top();
  int exc = fc.alloc_reg();
  Flow before = save(fc);
  size_t region = fc.open_region(static_cast<uint16_t>(exc));
  fc.stmts(s.body);
  fc.end_region(region);
  fc.stmts(s.orelse);
  std::vector<PendingJump> to_end;
  Flow normal = save(fc);
  if (!fc.unreachable) to_end.push_back({fc.emit_jump(Op::JMP)});

  // The handlers: exception in R[exc], entered with the state before the body.
  restore(fc, before);
  fc.unreachable = false;
  fc.set_handler(region, fc.pc());
  int prev = fc.alloc_reg();
  fc.emit(Op::PUSHEXC, prev, exc);
  int exc2 = fc.alloc_reg();
  size_t depth_before_cleanup = fc.region_depth();
  size_t cleanup = fc.open_region(static_cast<uint16_t>(exc2));
  Flow handler_entry = save(fc);
  Flow result = normal;
  bool any_reachable = !normal.unreachable;
  for (ExceptHandler* h : s.handlers) {
    fc.set_line(h);
    restore(fc, handler_entry);
    int32_t next = -1;
    int hmark = fc.top();
    if (h->type) {
      int t = fc.expr_any(h->type);
      int m = fc.alloc_reg();
      fc.emit(Op::EXCMATCH, m, exc, t);
      next = fc.emit_jump(Op::JMPIFNOT, m);
    }
    fc.free_to(hmark);
    if (!h->name.empty()) fc.store_name(h->name, exc);
    Block& b = fc.push_block(Block::HANDLER);
    b.prev_exc_reg = static_cast<uint16_t>(prev);
    b.handler_name = h->name;
    b.region_depth = depth_before_cleanup;
    fc.stmts(h->body);
    fc.blocks_.pop_back();
    if (!fc.unreachable) {
      if (!h->name.empty()) {
        int t = fc.alloc_reg();
        fc.load_none(t);
        fc.store_name(h->name, t);
        fc.delete_name(h->name);
        fc.free_to(t);
      }
      fc.emit(Op::POPEXC, prev);
      Flow at_end = save(fc);
      to_end.push_back({fc.emit_jump(Op::JMP)});
      restore(fc, at_end);
      if (!any_reachable) {
        result = save(fc);
        result.unreachable = false;
        any_reachable = true;
      } else {
        Flow here = save(fc);
        here.unreachable = false;
        restore(fc, result);
        fc.unreachable = false;
        join(fc, here);
        result = save(fc);
      }
    }
    if (next >= 0) {
      fc.patch_here(next);
      fc.unreachable = false;
    }
  }
  // No clause matched: re-raise; the cleanup handler restores the state.
  restore(fc, handler_entry);
  fc.emit(Op::RERAISE, exc);
  fc.end_region(cleanup);
  emit_cleanup_handler(fc, cleanup, prev, exc2);
  restore(fc, result);
  fc.unreachable = !any_reachable;
  for (PendingJump& j : to_end) fc.patch_here(j.at);
  fc.free_to(mark);
}

// try: ... finally: finalbody
void compile_try(FunctionCompiler& fc, const Try& s) {
  if (s.finalbody.empty()) return compile_try_except(fc, s);
  int mark = fc.top();
  int exc = fc.alloc_reg();
  Flow before = save(fc);
  fc.push_block(Block::FINALLY).finalbody = s.finalbody;
  size_t region = fc.open_region(static_cast<uint16_t>(exc));
  if (s.handlers.empty())
    fc.stmts(s.body);
  else
    compile_try_except(fc, s);
  fc.end_region(region);
  fc.blocks_.pop_back();
  int32_t over = -1;
  if (!fc.unreachable) fc.stmts(s.finalbody);
  Flow normal = save(fc);
  if (!fc.unreachable) over = fc.emit_jump(Op::JMP);

  // Exceptional path: run the finally body with the exception "handled"
  // (so sys.exc_info() sees it and new exceptions chain to it), then re-raise.
  restore(fc, before);
  fc.unreachable = false;
  fc.set_handler(region, fc.pc());
  int prev = fc.alloc_reg();
  fc.emit(Op::PUSHEXC, prev, exc);
  int exc2 = fc.alloc_reg();
  size_t depth_before_cleanup = fc.region_depth();
  size_t cleanup = fc.open_region(static_cast<uint16_t>(exc2));
  Block& b = fc.push_block(Block::HANDLER);
  b.prev_exc_reg = static_cast<uint16_t>(prev);
  b.region_depth = depth_before_cleanup;
  fc.stmts(s.finalbody);
  fc.blocks_.pop_back();
  if (!fc.unreachable) {
    fc.emit(Op::POPEXC, prev);
    fc.emit(Op::RERAISE, exc);
  }
  fc.end_region(cleanup);
  emit_cleanup_handler(fc, cleanup, prev, exc2);
  restore(fc, normal);
  if (over >= 0) fc.patch_here(over);
  fc.free_to(mark);
}

// with a as x, b as y: body — nested one item at a time.
void compile_with_items(FunctionCompiler& fc, const With& s, size_t i) {
  const WithItem* item = s.items[i];
  fc.set_line(item->context_expr);
  int mark = fc.top();
  int mgr = fc.alloc_reg();
  fc.expr_to(item->context_expr, mgr);
  int exit = fc.alloc_reg();
  int val = fc.alloc_reg();
  fc.emit(Op::WITHENTER, val, exit, mgr);
  Flow before = save(fc);
  fc.push_block(Block::WITH).exit_reg = static_cast<uint16_t>(exit);
  int exc = fc.alloc_reg();
  size_t region = fc.open_region(static_cast<uint16_t>(exc));
  if (item->optional_vars) fc.assign_to(item->optional_vars, val);
  if (i + 1 < s.items.size())
    compile_with_items(fc, s, i + 1);
  else
    fc.stmts(s.body);
  fc.end_region(region);
  fc.blocks_.pop_back();
  int32_t over = -1;
  if (!fc.unreachable) {
    fc.set_line(&s);
    int t = fc.alloc_reg();
    fc.emit(Op::WITHEXIT, t, exit, kNoReg);
    fc.free_to(t);
  }
  Flow normal = save(fc);
  if (!fc.unreachable) over = fc.emit_jump(Op::JMP);

  restore(fc, before);
  fc.unreachable = false;
  fc.set_handler(region, fc.pc());
  int prev = fc.alloc_reg();
  fc.emit(Op::PUSHEXC, prev, exc);
  int exc2 = fc.alloc_reg();
  size_t cleanup = fc.open_region(static_cast<uint16_t>(exc2));
  int t = fc.alloc_reg();
  fc.emit(Op::WITHEXIT, t, exit, exc);
  int32_t suppressed = fc.emit_jump(Op::JMPIF, t);
  fc.emit(Op::RERAISE, exc);
  fc.end_region(cleanup);
  emit_cleanup_handler(fc, cleanup, prev, exc2);
  fc.patch_here(suppressed);
  fc.unreachable = false;
  fc.emit(Op::POPEXC, prev);
  // Assignments in the body are not definite: the exit may suppress an
  // exception raised half-way.
  restore(fc, before);
  join(fc, normal);
  if (over >= 0) fc.patch_here(over);
  fc.free_to(mark);
}

// Calls each decorator (evaluated earlier into decos[0..n)) innermost first.
void apply_decorators(FunctionCompiler& fc, int decos, int n, int value) {
  for (int i = n - 1; i >= 0; i--) {
    int base = fc.alloc_regs(2);
    fc.emit(Op::MOVE, base, decos + i);
    fc.emit(Op::MOVE, base + 1, value);
    fc.emit(Op::CALL, base, 1, 0);
    fc.emit(Op::MOVE, value, base);
    fc.free_to(base);
  }
}

void compile_function_def(FunctionCompiler& fc, const FunctionDef& def) {
  int mark = fc.top();
  int ndecos = static_cast<int>(def.decorator_list.size());
  int decos = fc.alloc_regs(ndecos);
  for (int i = 0; i < ndecos; i++) fc.expr_to(def.decorator_list[static_cast<size_t>(i)], decos + i);
  fc.set_line(&def);
  const Scope* child = fc.symtab.scope_of(&def);
  std::string qual = child_qualname(fc, def.name, true);
  FunctionCompiler sub(fc.symtab, child, fc.filename, intern(def.name), make_str(qual), &fc);
  Code* code = sub.compile_function(def, def.args, def.body, nullptr);
  int result = fc.alloc_reg();
  int extra = fc.alloc_regs(kFunctionExtras);
  int flags = fc.function_extras(def.args, child, extra, def.returns);
  fc.emit(Op::MAKEFUNC, result, fc.const_index(Value::object(code)), extra, flags);
  apply_decorators(fc, decos, ndecos, result);
  fc.store_name(def.name, result);
  fc.free_to(mark);
}

void compile_class_def(FunctionCompiler& fc, const ClassDef& cls) {
  int mark = fc.top();
  int ndecos = static_cast<int>(cls.decorator_list.size());
  int decos = fc.alloc_regs(ndecos);
  for (int i = 0; i < ndecos; i++) fc.expr_to(cls.decorator_list[static_cast<size_t>(i)], decos + i);
  fc.set_line(&cls);
  for (Expr* b : cls.bases)
    if (b->is<Starred>()) syntax_error(fc, *b, "starred base classes are not supported by Coil");
  for (Keyword* k : cls.keywords)
    if (k->arg.empty()) syntax_error(fc, *k, "**kwargs in a class definition are not supported by Coil");
  const Scope* child = fc.symtab.scope_of(&cls);
  std::string qual = child_qualname(fc, cls.name, false);
  FunctionCompiler sub(fc.symtab, child, fc.filename, intern(cls.name), make_str(qual), &fc);
  Code* code = sub.compile_class_body(cls);
  int nbases = static_cast<int>(cls.bases.size());
  int nkw = static_cast<int>(cls.keywords.size());
  int base = fc.alloc_regs(3 + nbases + nkw);
  int extra = fc.alloc_regs(kFunctionExtras);
  int flags = fc.function_extras(nullptr, child, extra);
  fc.emit(Op::MAKEFUNC, base + 1, fc.const_index(Value::object(code)), extra, flags);
  fc.load_const(base + 2, Value::object(intern(cls.name)));
  for (int i = 0; i < nbases; i++) fc.expr_to(cls.bases[static_cast<size_t>(i)], base + 3 + i);
  int kwconst = 0;
  if (nkw) {
    Tuple* names = make_tuple(nkw);
    for (int i = 0; i < nkw; i++) {
      (*names)[i] = Value::object(intern(cls.keywords[static_cast<size_t>(i)]->arg));
      fc.expr_to(cls.keywords[static_cast<size_t>(i)]->value, base + 3 + nbases + i);
    }
    kwconst = fc.const_index(Value::object(names)) + 1;
  }
  fc.set_line(&cls);
  fc.emit(Op::BUILDCLASS, base, nbases, kwconst);
  apply_decorators(fc, decos, ndecos, base);
  fc.store_name(cls.name, base);
  fc.free_to(mark);
}

void compile_import(FunctionCompiler& fc, const Import& s) {
  for (Alias* a : s.names) {
    int r = fc.alloc_reg();
    std::string_view full = a->name;
    if (!a->asname.empty()) {
      fc.emit(Op::IMPORT, r, fc.name_index(full), 0, 1);
      fc.store_name(a->asname, r);
    } else {
      fc.emit(Op::IMPORT, r, fc.name_index(full), 0, 0);
      fc.store_name(full.substr(0, full.find('.')), r);
    }
    fc.free_to(r);
  }
}

void compile_import_from(FunctionCompiler& fc, const ImportFrom& s) {
  int m = fc.alloc_reg();
  fc.emit(Op::IMPORT, m, fc.name_index(s.module), s.level, 1);
  if (s.names.size() == 1 && s.names[0]->name == "*") {
    if (fc.scope->kind == ScopeKind::Function) syntax_error(fc, s, "import * only allowed at module level");
    fc.emit(Op::IMPORTSTAR, m);
  } else {
    for (Alias* a : s.names) {
      int v = fc.alloc_reg();
      fc.emit(Op::IMPORTFROM, v, m, fc.name_index(a->name));
      fc.store_name(a->asname.empty() ? a->name : a->asname, v);
      fc.free_to(v);
    }
  }
  fc.free_to(m);
}

void compile_aug_assign(FunctionCompiler& fc, const AugAssign& s) {
  int mark = fc.top();
  int op = static_cast<int>(binop_from_ast(s.op));
  if (const auto* n = s.target->as<Name>()) {
    int local = fc.scope->kind == ScopeKind::Function && fc.scope->binding(n->id) == Binding::Local
                    ? fc.local_reg(n->id)
                    : -1;
    if (local >= 0) {
      fc.load_name_any(n->id);  // the unbound check
      int v = fc.expr_any(s.value);
      fc.emit(Op::INPLACE, local, local, v, op);
    } else {
      int t = fc.alloc_reg();
      fc.load_name(n->id, t);
      int v = fc.expr_any(s.value);
      fc.emit(Op::INPLACE, t, t, v, op);
      fc.store_name(n->id, t);
    }
  } else if (const auto* a = s.target->as<Attribute>()) {
    int obj = fc.expr_any(a->value);
    int t = fc.alloc_reg();
    fc.emit(Op::GETATTR, t, obj, fc.name_index(a->attr));
    int v = fc.expr_any(s.value);
    fc.emit(Op::INPLACE, t, t, v, op);
    fc.emit(Op::SETATTR, obj, fc.name_index(a->attr), t);
  } else if (const auto* sub = s.target->as<Subscript>()) {
    int obj = fc.expr_any(sub->value);
    int key = fc.expr_any(sub->slice);
    int t = fc.alloc_reg();
    fc.emit(Op::GETITEM, t, obj, key);
    int v = fc.expr_any(s.value);
    fc.emit(Op::INPLACE, t, t, v, op);
    fc.emit(Op::SETITEM, obj, key, t);
  } else {
    syntax_error(fc, *s.target, "illegal expression for augmented assignment");
  }
  fc.free_to(mark);
}

void compile_assign(FunctionCompiler& fc, const Assign& s) {
  int mark = fc.top();
  // a, b = b, a: evaluate every right-hand item, then store, with no tuple.
  if (s.targets.size() == 1) {
    const auto* lt = s.targets[0]->as<ast::Tuple>();
    const auto* rt = s.value->as<ast::Tuple>();
    if (lt && rt && lt->elts.size() == rt->elts.size()) {
      bool starred = false;
      for (Expr* e : lt->elts) starred |= e->is<Starred>();
      for (Expr* e : rt->elts) starred |= e->is<Starred>();
      if (!starred) {
        int n = static_cast<int>(rt->elts.size());
        int base = fc.alloc_regs(n);
        for (int i = 0; i < n; i++) fc.expr_to(rt->elts[static_cast<size_t>(i)], base + i);
        for (int i = 0; i < n; i++) fc.assign_to(lt->elts[static_cast<size_t>(i)], base + i);
        fc.free_to(mark);
        return;
      }
    }
    // x = expr for a register local: evaluate straight into it.
    if (const auto* n = s.targets[0]->as<Name>()) {
      if (fc.scope->kind == ScopeKind::Function && fc.scope->binding(n->id) == Binding::Local && !fc.has_walrus) {
        int r = fc.local_reg(n->id);
        if (r >= 0) {
          fc.expr_to(s.value, r);
          fc.assigned[static_cast<size_t>(r)] = true;
          fc.free_to(mark);
          return;
        }
      }
    }
  }
  int v = fc.alloc_reg();
  fc.expr_to(s.value, v);
  for (Expr* t : s.targets) fc.assign_to(t, v);
  fc.free_to(mark);
}

}  // namespace

void FunctionCompiler::stmts(ast::StmtList body) {
  for (const ast::Stmt* s : body) stmt(s);
}

void FunctionCompiler::stmt(const ast::Stmt* s) {
  set_line(s);
  int mark = top();
  switch (s->kind) {
    case NodeKind::FunctionDef: compile_function_def(*this, *s->as<FunctionDef>()); break;
    case NodeKind::ClassDef: compile_class_def(*this, *s->as<ClassDef>()); break;
    case NodeKind::Return: compile_return(*this, *s->as<Return>()); break;
    case NodeKind::Delete:
      for (Expr* t : s->as<Delete>()->targets) delete_target(t);
      break;
    case NodeKind::Assign: compile_assign(*this, *s->as<Assign>()); break;
    case NodeKind::AugAssign: compile_aug_assign(*this, *s->as<AugAssign>()); break;
    case NodeKind::AnnAssign: {
      const auto* a = s->as<AnnAssign>();
      if (a->value) {
        int v = alloc_reg();
        expr_to(a->value, v);
        assign_to(a->target, v);
        free_to(v);
      }
      // Module and class bodies record simple annotations in __annotations__;
      // functions never evaluate them.
      if (scope->kind != ScopeKind::Function && a->simple) {
        emit(Op::SETUPANNOT);
        int ann = alloc_regs(3);
        expr_to(a->annotation, ann);
        emit(Op::GETNAME, ann + 1, name_index("__annotations__"));
        load_const(ann + 2, Value::object(intern(a->target->as<Name>()->id)));
        emit(Op::SETITEM, ann + 1, ann + 2, ann);
      }
      break;
    }
    case NodeKind::For: compile_for(*this, *s->as<For>()); break;
    case NodeKind::While: compile_while(*this, *s->as<While>()); break;
    case NodeKind::If: compile_if(*this, *s->as<If>()); break;
    case NodeKind::With: compile_with_items(*this, *s->as<With>(), 0); break;
    case NodeKind::Raise: compile_raise(*this, *s->as<Raise>()); break;
    case NodeKind::Try: compile_try(*this, *s->as<Try>()); break;
    case NodeKind::Assert: compile_assert(*this, *s->as<Assert>()); break;
    case NodeKind::Import: compile_import(*this, *s->as<Import>()); break;
    case NodeKind::ImportFrom: compile_import_from(*this, *s->as<ImportFrom>()); break;
    case NodeKind::Global:
    case NodeKind::Nonlocal:
    case NodeKind::Pass:
      break;
    case NodeKind::ExprStmt: {
      const Expr* e = s->as<ExprStmt>()->value;
      if (e->is<Constant>()) break;  // docstrings and bare constants do nothing
      expr_any(e);
      break;
    }
    case NodeKind::Break: compile_break_continue(*this, *s, true); break;
    case NodeKind::Continue: compile_break_continue(*this, *s, false); break;
    default: syntax_error(*this, *s, "unsupported statement");
  }
  free_to(mark);
}

}  // namespace coil
