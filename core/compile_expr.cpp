// Coil — compiling expressions, assignment targets and comprehensions.
#include "core/compiler_internal.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/names.h"
#include "core/set.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

BinaryOp binop_from_ast(ast::BinOpKind k) {
  switch (k) {
    case ast::BinOpKind::Add: return BinaryOp::ADD;
    case ast::BinOpKind::Sub: return BinaryOp::SUB;
    case ast::BinOpKind::Mult: return BinaryOp::MUL;
    case ast::BinOpKind::MatMult: return BinaryOp::MATMUL;
    case ast::BinOpKind::Div: return BinaryOp::TRUEDIV;
    case ast::BinOpKind::Mod: return BinaryOp::MOD;
    case ast::BinOpKind::Pow: return BinaryOp::POW;
    case ast::BinOpKind::LShift: return BinaryOp::LSHIFT;
    case ast::BinOpKind::RShift: return BinaryOp::RSHIFT;
    case ast::BinOpKind::BitOr: return BinaryOp::OR;
    case ast::BinOpKind::BitXor: return BinaryOp::XOR;
    case ast::BinOpKind::BitAnd: return BinaryOp::AND;
    case ast::BinOpKind::FloorDiv: return BinaryOp::FLOORDIV;
  }
  return BinaryOp::ADD;
}

namespace {

using ast::Arguments;
using ast::Attribute;
using ast::Await;
using ast::BinOp;
using ast::BinOpKind;
using ast::BoolOp;
using ast::BoolOpKind;
using ast::Call;
using ast::CmpOpKind;
using ast::Compare;
using ast::Comprehension;
using ast::Constant;
using ast::DictComp;
using ast::Expr;
using ast::ExprList;
using ast::FormattedValue;
using ast::GeneratorExp;
using ast::IfExp;
using ast::JoinedStr;
using ast::Keyword;
using ast::Lambda;
using ast::ListComp;
using ast::Name;
using ast::NamedExpr;
using ast::Node;
using ast::NodeKind;
using ast::SetComp;
using ast::Starred;
using ast::Subscript;
using ast::UnaryOpKind;
using ast::Yield;
using ast::YieldFrom;

[[noreturn]] void syntax_error(const FunctionCompiler& fc, const Node& n, const std::string& msg) {
  throw SyntaxErrorException({"SyntaxError", msg, fc.filename, n.line, n.col + 1, 0, "", 0});
}

// Emits the comparison `a op b` into reg.
void emit_compare(FunctionCompiler& fc, CmpOpKind op, int reg, int a, int b) {
  switch (op) {
    case CmpOpKind::Eq: fc.emit(Op::COMPARE, reg, a, b, static_cast<int>(CompareOp::EQ)); break;
    case CmpOpKind::NotEq: fc.emit(Op::COMPARE, reg, a, b, static_cast<int>(CompareOp::NE)); break;
    case CmpOpKind::Lt: fc.emit(Op::COMPARE, reg, a, b, static_cast<int>(CompareOp::LT)); break;
    case CmpOpKind::LtE: fc.emit(Op::COMPARE, reg, a, b, static_cast<int>(CompareOp::LE)); break;
    case CmpOpKind::Gt: fc.emit(Op::COMPARE, reg, a, b, static_cast<int>(CompareOp::GT)); break;
    case CmpOpKind::GtE: fc.emit(Op::COMPARE, reg, a, b, static_cast<int>(CompareOp::GE)); break;
    case CmpOpKind::Is: fc.emit(Op::IS, reg, a, b, 0); break;
    case CmpOpKind::IsNot: fc.emit(Op::IS, reg, a, b, 1); break;
    case CmpOpKind::In: fc.emit(Op::CONTAINS, reg, a, b, 0); break;
    case CmpOpKind::NotIn: fc.emit(Op::CONTAINS, reg, a, b, 1); break;
  }
}

// a < b < c: each middle operand is evaluated once; stops at the first false.
void compile_compare(FunctionCompiler& fc, const Compare& c, int reg) {
  int mark = fc.top();
  int left = fc.expr_any(c.left);
  std::vector<PendingJump> done;
  for (size_t i = 0; i < c.ops.size(); i++) {
    int right = i + 1 < c.ops.size() ? fc.alloc_reg() : -1;
    if (right >= 0)
      fc.expr_to(c.comparators[i], right);
    else
      right = fc.expr_any(c.comparators[i]);
    fc.set_line(&c);
    emit_compare(fc, c.ops[i], reg, left, right);
    if (i + 1 < c.ops.size()) {
      done.push_back({fc.emit_jump(Op::JMPIFNOT, reg)});
      left = right;
    }
  }
  for (PendingJump& j : done) fc.patch_here(j.at);
  fc.unreachable = false;
  fc.free_to(mark);
}

// Positional then keyword arguments (no stars) into consecutive registers
// from `first`: the argument count and the kwnames constant + 1 (0: none).
struct CallArgs {
  int count;
  int kwconst;
};

CallArgs call_arguments(FunctionCompiler& fc, const Call& call, int first) {
  int n = static_cast<int>(call.args.size());
  int nk = static_cast<int>(call.keywords.size());
  fc.alloc_regs(n + nk);
  for (int i = 0; i < n; i++) fc.expr_to(call.args[static_cast<size_t>(i)], first + i);
  int kwconst = 0;
  if (nk) {
    Tuple* names = make_tuple(nk);
    for (int i = 0; i < nk; i++) {
      const Keyword* k = call.keywords[static_cast<size_t>(i)];
      for (int j = 0; j < i; j++)
        if (call.keywords[static_cast<size_t>(j)]->arg == k->arg)
          syntax_error(fc, *k, "keyword argument repeated: " + std::string(k->arg));
      (*names)[i] = Value::object(intern(k->arg));
      fc.expr_to(k->value, first + n + i);
    }
    kwconst = fc.const_index(Value::object(names)) + 1;
  }
  return {n + nk, kwconst};
}

bool has_star_arguments(const Call& call) {
  for (Expr* a : call.args)
    if (a->is<Starred>()) return true;
  for (Keyword* k : call.keywords)
    if (k->arg.empty()) return true;
  return false;
}

// Compiles `func(args)`, with a GETMETHOD/CALLMETHOD pair for obj.m(args).
void compile_call(FunctionCompiler& fc, const Call& call, int reg) {
  int mark = fc.top();
  // Zero-argument super(): super(__class__, <first argument>).
  if (const auto* n = call.func->as<Name>();
      n && n->id == "super" && call.args.empty() && call.keywords.empty() && fc.scope->kind == ScopeKind::Function &&
      fc.local_reg("__class__") >= 0 && fc.scope->binding("super") != Binding::Local) {
    int base = fc.alloc_regs(3);
    fc.load_name("super", base);
    fc.emit(Op::GETDEREF, base + 1, fc.local_reg("__class__"), fc.name_index("__class__"));
    if (fc.scope->varnames.empty()) syntax_error(fc, call, "super(): no arguments");
    fc.load_name(fc.scope->varnames[0], base + 2);
    fc.set_line(&call);
    fc.emit(Op::CALL, base, 2, 0);
    if (reg != base) fc.emit(Op::MOVE, reg, base);
    fc.free_to(mark);
    return;
  }
  if (const auto* attr = call.func->as<Attribute>()) {
    int base = fc.alloc_regs(2);
    int obj = fc.expr_any(attr->value);
    fc.set_line(attr);
    fc.emit(Op::GETMETHOD, base, obj, fc.name_index(attr->attr));
    fc.free_to(base + 2);
    if (!has_star_arguments(call)) {
      CallArgs ca = call_arguments(fc, call, base + 2);
      fc.set_line(&call);
      fc.emit(Op::CALLMETHOD, base, ca.count, ca.kwconst);
      if (reg != base) fc.emit(Op::MOVE, reg, base);
      fc.free_to(mark);
      return;
    }
    fc.free_to(base);
  }
  int base = fc.alloc_reg();
  fc.expr_to(call.func, base);
  if (!has_star_arguments(call)) {
    CallArgs ca = call_arguments(fc, call, base + 1);
    fc.set_line(&call);
    fc.emit(Op::CALL, base, ca.count, ca.kwconst);
  } else {
    // Positionals into a list → tuple; keywords into a dict.
    int args = fc.alloc_regs(2);
    fc.emit(Op::BUILDLIST, args, 0, 0);
    for (Expr* a : call.args) {
      int t = fc.alloc_reg();
      if (const auto* s = a->as<Starred>()) {
        fc.expr_to(s->value, t);
        fc.emit(Op::LISTEXTEND, args, t, 0, args - base);
      } else {
        fc.expr_to(a, t);
        fc.emit(Op::LISTAPPEND, args, t);
      }
      fc.free_to(t);
    }
    fc.emit(Op::LISTTOTUPLE, args, args);
    bool has_kw = !call.keywords.empty();
    if (has_kw) {
      fc.emit(Op::BUILDDICT, args + 1, 0, 0);
      for (Keyword* k : call.keywords) {
        int t = fc.alloc_regs(3);
        if (k->arg.empty()) {
          fc.expr_to(k->value, t);
        } else {
          fc.load_const(t + 1, Value::object(intern(k->arg)));
          fc.expr_to(k->value, t + 2);
          fc.emit(Op::BUILDDICT, t, t + 1, 1);
        }
        fc.emit(Op::DICTMERGE, args + 1, t, 0, args + 1 - base);
        fc.free_to(t);
      }
    }
    fc.set_line(&call);
    fc.emit(Op::CALLEX, base, has_kw ? 1 : 0);
  }
  if (reg != base) fc.emit(Op::MOVE, reg, base);
  fc.free_to(mark);
}

// [a, *b] / (a, *b) / {a, *b}: builds with extends when there are stars.
void compile_display(FunctionCompiler& fc, ExprList elts, int reg, Op build, Op add, Op extend) {
  int mark = fc.top();
  bool star = false;
  bool all_const = elts.size() >= 3;
  for (Expr* e : elts) {
    star |= e->is<Starred>();
    all_const &= e->is<Constant>();
  }
  if (build == Op::BUILDSET && all_const) {
    // As CPython: a frozenset constant merged into a new set. The resulting
    // iteration order differs from adding the items one by one, and CPython's
    // compiler rebuilds the constant once more from its own iteration order
    // (when it deduplicates constants), which we repeat to print the same.
    Set* first = make_frozenset();
    for (Expr* e : elts) set_add(first, constant_value(*e->as<Constant>()));
    Set* fs = make_frozenset();
    Value item;
    for (int64_t pos = 0; set_next(first, &pos, &item);) set_add(fs, item);
    int k = fc.alloc_reg();
    fc.emit(Op::BUILDSET, reg, 0, 0);
    fc.emit(Op::LOADK, k, fc.const_index(Value::object(fs)));
    fc.emit(Op::SETUPDATE, reg, k);
    fc.free_to(mark);
    return;
  }
  if (!star) {
    int n = static_cast<int>(elts.size());
    int base = fc.alloc_regs(n);
    for (int i = 0; i < n; i++) fc.expr_to(elts[static_cast<size_t>(i)], base + i);
    fc.emit(build, reg, base, n);
    fc.free_to(mark);
    return;
  }
  int acc = fc.alloc_reg();
  fc.emit(build == Op::BUILDSET ? Op::BUILDSET : Op::BUILDLIST, acc, 0, 0);
  for (Expr* e : elts) {
    int t = fc.alloc_reg();
    if (const auto* s = e->as<Starred>()) {
      fc.expr_to(s->value, t);
      fc.emit(extend, acc, t);
    } else {
      fc.expr_to(e, t);
      fc.emit(add, acc, t);
    }
    fc.free_to(t);
  }
  if (build == Op::BUILDTUPLE)
    fc.emit(Op::LISTTOTUPLE, reg, acc);
  else
    fc.emit(Op::MOVE, reg, acc);
  fc.free_to(mark);
}

void compile_dict(FunctionCompiler& fc, const ast::Dict& d, int reg) {
  int mark = fc.top();
  bool unpack = false;
  for (Expr* k : d.keys) unpack |= k == nullptr;
  if (!unpack && d.keys.size() < 256) {
    int n = static_cast<int>(d.keys.size());
    int base = fc.alloc_regs(2 * n);
    for (int i = 0; i < n; i++) {
      fc.expr_to(d.keys[static_cast<size_t>(i)], base + 2 * i);
      fc.expr_to(d.values[static_cast<size_t>(i)], base + 2 * i + 1);
    }
    fc.emit(Op::BUILDDICT, reg, base, n);
    fc.free_to(mark);
    return;
  }
  int acc = fc.alloc_reg();
  fc.emit(Op::BUILDDICT, acc, 0, 0);
  for (size_t i = 0; i < d.keys.size(); i++) {
    int t = fc.alloc_regs(2);
    if (!d.keys[i]) {
      fc.expr_to(d.values[i], t);
      fc.emit(Op::DICTUPDATE, acc, t);
    } else {
      fc.expr_to(d.keys[i], t);
      fc.expr_to(d.values[i], t + 1);
      fc.emit(Op::DICTSET, acc, t, t + 1);
    }
    fc.free_to(t);
  }
  fc.emit(Op::MOVE, reg, acc);
  fc.free_to(mark);
}

// a and b / a or b: the value of the last operand evaluated.
void compile_boolop(FunctionCompiler& fc, const BoolOp& b, int reg) {
  std::vector<PendingJump> done;
  for (size_t i = 0; i < b.values.size(); i++) {
    fc.expr_to(b.values[i], reg);
    if (i + 1 < b.values.size()) done.push_back({fc.emit_jump(b.op == BoolOpKind::And ? Op::JMPIFNOT : Op::JMPIF, reg)});
  }
  for (PendingJump& j : done) fc.patch_here(j.at);
  fc.unreachable = false;
}

void compile_ifexp(FunctionCompiler& fc, const IfExp& e, int reg) {
  std::vector<PendingJump> to_else;
  fc.cond_jump(e.test, false, to_else);
  fc.expr_to(e.body, reg);
  int32_t over = fc.emit_jump(Op::JMP);
  fc.patch_all_here(to_else);
  fc.expr_to(e.orelse, reg);
  fc.patch_here(over);
  fc.unreachable = false;
}

void compile_fstring(FunctionCompiler& fc, const JoinedStr& js, int reg) {
  int mark = fc.top();
  int n = static_cast<int>(js.values.size());
  if (n == 0) {
    fc.load_const(reg, Value::object(names::empty_));
    return;
  }
  int base = fc.alloc_regs(n);
  for (int i = 0; i < n; i++) {
    const Expr* part = js.values[static_cast<size_t>(i)];
    if (const auto* fv = part->as<FormattedValue>()) {
      int v = fc.alloc_reg();
      fc.expr_to(fv->value, v);
      int spec = kNoReg;
      if (fv->format_spec) {
        spec = fc.alloc_reg();
        fc.expr_to(fv->format_spec, spec);
      }
      int conv = fv->conversion == 's' ? 1 : fv->conversion == 'r' ? 2 : fv->conversion == 'a' ? 3 : 0;
      fc.emit(Op::FORMAT, base + i, v, spec, conv);
      fc.free_to(v);
    } else {
      fc.expr_to(part, base + i);
    }
  }
  if (n == 1 && js.values[0]->is<FormattedValue>())
    fc.emit(Op::MOVE, reg, base);
  else
    fc.emit(Op::BUILDSTRING, reg, base, n);
  fc.free_to(mark);
}

void compile_slice(FunctionCompiler& fc, const ast::Slice& s, int reg) {
  int mark = fc.top();
  int n = s.step ? 3 : 2;
  int base = fc.alloc_regs(n);
  if (s.lower) fc.expr_to(s.lower, base); else fc.load_none(base);
  if (s.upper) fc.expr_to(s.upper, base + 1); else fc.load_none(base + 1);
  if (s.step) fc.expr_to(s.step, base + 2);
  fc.emit(Op::BUILDSLICE, reg, base, n);
  fc.free_to(mark);
}

// A lambda, comprehension or generator expression: a nested code object.
void compile_nested_function(FunctionCompiler& fc, const Expr& e, int reg, const Arguments* args, const Expr* body,
                             Str* name) {
  const Scope* child = fc.symtab.scope_of(&e);
  std::string qual = child_qualname(fc, name->view(), true);
  FunctionCompiler sub(fc.symtab, child, fc.filename, name, make_str(qual), &fc);
  Code* code = e.is<Lambda>() ? sub.compile_function(e, args, {}, body) : sub.compile_comprehension(e);
  int mark = fc.top();
  int extra = fc.alloc_regs(kFunctionExtras);
  int flags = fc.function_extras(args, child, extra);
  fc.emit(Op::MAKEFUNC, reg, fc.const_index(Value::object(code)), extra, flags);
  fc.free_to(mark);
}

// [elt for x in it ...]: the comprehension function, called with iter(it).
void compile_comprehension_call(FunctionCompiler& fc, const Expr& e, std::span<Comprehension*> gens, int reg,
                                Str* name) {
  int mark = fc.top();
  int base = fc.alloc_regs(2);
  compile_nested_function(fc, e, base, nullptr, nullptr, name);
  int src = fc.expr_any(gens[0]->iter);
  fc.emit(Op::GETITER, base + 1, src);
  fc.set_line(&e);
  fc.emit(Op::CALL, base, 1, 0);
  if (reg != base) fc.emit(Op::MOVE, reg, base);
  fc.free_to(mark);
}

}  // namespace

// The body of a comprehension's function: parameter ".0" is the iterator.
Code* FunctionCompiler::compile_comprehension(const ast::Expr& e) {
  init_registers(nullptr);
  set_line(&e);
  if (!assigned.empty()) assigned[0] = true;
  for (const std::string& c : scope->cellvars) emit(Op::MAKECELL, local_reg(c));
  std::span<Comprehension*> gens;
  const Expr* elt = nullptr;
  const Expr* key = nullptr;
  Op build = Op::BUILDLIST;
  bool generator = false;
  if (const auto* c = e.as<ListComp>()) { gens = c->generators; elt = c->elt; }
  else if (const auto* c = e.as<SetComp>()) { gens = c->generators; elt = c->elt; build = Op::BUILDSET; }
  else if (const auto* c = e.as<DictComp>()) { gens = c->generators; elt = c->value; key = c->key; build = Op::BUILDDICT; }
  else if (const auto* c = e.as<GeneratorExp>()) { gens = c->generators; elt = c->elt; generator = true; }
  int result = -1;
  if (!generator) {
    result = alloc_reg();
    emit(build, result, 0, 0);
  }
  // Nested loops; each `if` skips to the innermost loop's next iteration.
  std::vector<int32_t> loop_tops;
  std::vector<int> iter_regs;
  for (size_t g = 0; g < gens.size(); g++) {
    int it = alloc_regs(2);
    if (g == 0) {
      emit(Op::MOVE, it, 0);
    } else {
      int src = expr_any(gens[g]->iter);
      emit(Op::GETITER, it, src);
      free_to(it + 2);
    }
    int32_t top = emit_jump(Op::FORITER, it);
    unreachable = false;
    loop_tops.push_back(top);
    iter_regs.push_back(it);
    assign_to(gens[g]->target, it + 1);
    for (Expr* cond : gens[g]->ifs) {
      std::vector<PendingJump> skip;
      cond_jump(cond, false, skip);
      for (PendingJump& j : skip) patch_to(j.at, top);
    }
  }
  int mark = top();
  if (generator) {
    int v = alloc_reg();
    expr_to(elt, v);
    int sent = alloc_reg();
    emit(Op::YIELD, sent, v);
    unreachable = false;
  } else if (key) {
    int k = alloc_reg();
    int v = alloc_reg();
    expr_to(key, k);
    expr_to(elt, v);
    emit(Op::DICTSET, result, k, v);
  } else {
    int v = expr_any(elt);
    emit(build == Op::BUILDSET ? Op::SETADD : Op::LISTAPPEND, result, v);
  }
  free_to(mark);
  for (size_t g = gens.size(); g-- > 0;) {
    emit_loop_back(loop_tops[g]);
    patch_here(loop_tops[g]);
    unreachable = false;
  }
  if (generator) {
    int r = alloc_reg();
    load_none(r);
    emit(Op::RETURN, r);
  } else {
    emit(Op::RETURN, result);
  }
  return finish(e.line, Code::kFunction | (generator ? Code::kGenerator : 0), 1, 0, 0);
}

void FunctionCompiler::expr_to(const ast::Expr* e, int reg) {
  // Deeply nested expressions (a + a + ... a hundred thousand times) would
  // overflow the C stack; CPython stops them the same way.
  struct DepthGuard {
    int& depth;
    explicit DepthGuard(int& d) : depth(d) {
      if (++depth > kMaxExprDepth) {
        --depth;
        raise(exc::RecursionError, "maximum recursion depth exceeded during compilation");
      }
    }
    ~DepthGuard() { --depth; }
  } guard(expr_depth);
  set_line(e);
  int mark = top();
  switch (e->kind) {
    case NodeKind::Constant: load_const(reg, constant_value(*e->as<Constant>())); break;
    case NodeKind::Name: load_name(e->as<Name>()->id, reg); break;
    case NodeKind::BinOp: {
      const auto* b = e->as<BinOp>();
      int l = expr_any(b->left);
      int r = expr_any(b->right);
      set_line(e);
      emit(Op::BINOP, reg, l, r, static_cast<int>(binop_from_ast(b->op)));
      break;
    }
    case NodeKind::UnaryOp: {
      const auto* u = e->as<ast::UnaryOp>();
      // Negative literals fold: -5 is a constant.
      if (u->op == UnaryOpKind::USub) {
        if (const auto* c = u->operand->as<Constant>()) {
          Value v = constant_value(*c);
          if (v.is_int() && v.as_int() != Value::kSmallIntMin) {
            load_const(reg, make_int(-v.as_int()));
            break;
          }
          if (v.is_double()) {
            load_const(reg, Value::number(-v.as_double()));
            break;
          }
        }
      }
      int o = expr_any(u->operand);
      set_line(e);
      switch (u->op) {
        case UnaryOpKind::Not: emit(Op::NOT, reg, o); break;
        case UnaryOpKind::USub: emit(Op::UNOP, reg, o, 0, static_cast<int>(UnaryOp::NEG)); break;
        case UnaryOpKind::UAdd: emit(Op::UNOP, reg, o, 0, static_cast<int>(UnaryOp::POS)); break;
        case UnaryOpKind::Invert: emit(Op::UNOP, reg, o, 0, static_cast<int>(UnaryOp::INVERT)); break;
      }
      break;
    }
    case NodeKind::BoolOp: compile_boolop(*this, *e->as<BoolOp>(), reg); break;
    case NodeKind::Compare: compile_compare(*this, *e->as<Compare>(), reg); break;
    case NodeKind::IfExp: compile_ifexp(*this, *e->as<IfExp>(), reg); break;
    case NodeKind::NamedExpr: {
      const auto* n = e->as<NamedExpr>();
      expr_to(n->value, reg);
      assign_to(n->target, reg);
      break;
    }
    case NodeKind::Call: compile_call(*this, *e->as<Call>(), reg); break;
    case NodeKind::Attribute: {
      const auto* a = e->as<Attribute>();
      int o = expr_any(a->value);
      set_line(e);
      emit(Op::GETATTR, reg, o, name_index(a->attr));
      break;
    }
    case NodeKind::Subscript: {
      const auto* s = e->as<Subscript>();
      int o = expr_any(s->value);
      int k = expr_any(s->slice);
      set_line(e);
      emit(Op::GETITEM, reg, o, k);
      break;
    }
    case NodeKind::Slice: compile_slice(*this, *e->as<ast::Slice>(), reg); break;
    case NodeKind::Tuple:
      compile_display(*this, e->as<ast::Tuple>()->elts, reg, Op::BUILDTUPLE, Op::LISTAPPEND, Op::LISTEXTEND);
      break;
    case NodeKind::List:
      compile_display(*this, e->as<ast::List>()->elts, reg, Op::BUILDLIST, Op::LISTAPPEND, Op::LISTEXTEND);
      break;
    case NodeKind::Set:
      compile_display(*this, e->as<ast::Set>()->elts, reg, Op::BUILDSET, Op::SETADD, Op::SETUPDATE);
      break;
    case NodeKind::Dict: compile_dict(*this, *e->as<ast::Dict>(), reg); break;
    case NodeKind::JoinedStr: compile_fstring(*this, *e->as<JoinedStr>(), reg); break;
    case NodeKind::FormattedValue: {
      const auto* fv = e->as<FormattedValue>();
      int v = expr_any(fv->value);
      int spec = kNoReg;
      if (fv->format_spec) {
        spec = alloc_reg();
        expr_to(fv->format_spec, spec);
      }
      int conv = fv->conversion == 's' ? 1 : fv->conversion == 'r' ? 2 : fv->conversion == 'a' ? 3 : 0;
      emit(Op::FORMAT, reg, v, spec, conv);
      break;
    }
    case NodeKind::Lambda: {
      const auto* l = e->as<Lambda>();
      compile_nested_function(*this, *e, reg, l->args, l->body, names::lambda_);
      break;
    }
    case NodeKind::ListComp:
      compile_comprehension_call(*this, *e, e->as<ListComp>()->generators, reg, names::listcomp_);
      break;
    case NodeKind::SetComp:
      compile_comprehension_call(*this, *e, e->as<SetComp>()->generators, reg, names::setcomp_);
      break;
    case NodeKind::DictComp:
      compile_comprehension_call(*this, *e, e->as<DictComp>()->generators, reg, names::dictcomp_);
      break;
    case NodeKind::GeneratorExp:
      compile_comprehension_call(*this, *e, e->as<GeneratorExp>()->generators, reg, names::genexpr_);
      break;
    case NodeKind::Yield: {
      const auto* y = e->as<Yield>();
      int v = alloc_reg();
      if (y->value) expr_to(y->value, v); else load_none(v);
      set_line(e);
      emit(Op::YIELD, reg, v);
      unreachable = false;
      break;
    }
    case NodeKind::YieldFrom: {
      const auto* y = e->as<YieldFrom>();
      int it = alloc_regs(2);
      int src = expr_any(y->value);
      set_line(e);
      emit(Op::GETITER, it, src);
      load_none(it + 1);
      emit(Op::YIELDFROM, it);
      emit(Op::MOVE, reg, it + 1);
      break;
    }
    case NodeKind::Starred: syntax_error(*this, *e, "can't use starred expression here");
    case NodeKind::Await: syntax_error(*this, *e, "'await' is not supported by Coil");
    default: syntax_error(*this, *e, "unsupported expression");
  }
  free_to(mark);
}

int FunctionCompiler::expr_any(const ast::Expr* e) {
  if (const auto* n = e->as<Name>()) return load_name_any(n->id);
  int r = alloc_reg();
  expr_to(e, r);
  return r;
}

void FunctionCompiler::cond_jump(const ast::Expr* e, bool when, std::vector<PendingJump>& out) {
  set_line(e);
  if (const auto* u = e->as<ast::UnaryOp>(); u && u->op == UnaryOpKind::Not) return cond_jump(u->operand, !when, out);
  if (const auto* b = e->as<BoolOp>()) {
    // `a and b` jumps on false as soon as one is false; on true only if all are.
    bool short_on = b->op == BoolOpKind::Or;  // or: the first true decides
    if (when == short_on) {
      for (Expr* v : b->values) cond_jump(v, when, out);
      return;
    }
    std::vector<PendingJump> skip;
    for (size_t i = 0; i + 1 < b->values.size(); i++) cond_jump(b->values[i], !when, skip);
    cond_jump(b->values.back(), when, out);
    for (PendingJump& j : skip) patch_here(j.at);
    unreachable = false;
    return;
  }
  int mark = top();
  int r = expr_any(e);
  out.push_back({emit_jump(when ? Op::JMPIF : Op::JMPIFNOT, r)});
  free_to(mark);
}

void FunctionCompiler::assign_to(const ast::Expr* target, int reg) {
  set_line(target);
  int mark = top();
  switch (target->kind) {
    case NodeKind::Name: store_name(target->as<Name>()->id, reg); break;
    case NodeKind::Attribute: {
      const auto* a = target->as<Attribute>();
      int o = expr_any(a->value);
      emit(Op::SETATTR, o, name_index(a->attr), reg);
      break;
    }
    case NodeKind::Subscript: {
      const auto* s = target->as<Subscript>();
      int o = expr_any(s->value);
      int k = expr_any(s->slice);
      emit(Op::SETITEM, o, k, reg);
      break;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      ExprList elts = target->is<ast::Tuple>() ? target->as<ast::Tuple>()->elts : target->as<ast::List>()->elts;
      int n = static_cast<int>(elts.size());
      int star = -1;
      for (int i = 0; i < n; i++)
        if (elts[static_cast<size_t>(i)]->is<Starred>()) {
          if (star >= 0) syntax_error(*this, *target, "multiple starred expressions in assignment");
          star = i;
        }
      int base = alloc_regs(n);
      if (star < 0) {
        emit(Op::UNPACK, base, reg, n);
      } else {
        int after = n - star - 1;
        if (star > 255 || after > 255) syntax_error(*this, *target, "too many expressions in star-unpacking assignment");
        emit(Op::UNPACKEX, base, reg, star | (after << 8));
      }
      for (int i = 0; i < n; i++) {
        const Expr* t = elts[static_cast<size_t>(i)];
        if (const auto* s = t->as<Starred>()) t = s->value;
        assign_to(t, base + i);
      }
      break;
    }
    case NodeKind::Starred: syntax_error(*this, *target, "starred assignment target must be in a list or tuple");
    default: syntax_error(*this, *target, "cannot assign to expression");
  }
  free_to(mark);
}

void FunctionCompiler::delete_target(const ast::Expr* target) {
  set_line(target);
  int mark = top();
  switch (target->kind) {
    case NodeKind::Name: delete_name(target->as<Name>()->id); break;
    case NodeKind::Attribute: {
      const auto* a = target->as<Attribute>();
      emit(Op::DELATTR, expr_any(a->value), name_index(a->attr));
      break;
    }
    case NodeKind::Subscript: {
      const auto* s = target->as<Subscript>();
      int o = expr_any(s->value);
      int k = expr_any(s->slice);
      emit(Op::DELITEM, o, k);
      break;
    }
    case NodeKind::Tuple:
      for (Expr* e : target->as<ast::Tuple>()->elts) delete_target(e);
      break;
    case NodeKind::List:
      for (Expr* e : target->as<ast::List>()->elts) delete_target(e);
      break;
    default: syntax_error(*this, *target, "cannot delete expression");
  }
  free_to(mark);
}

}  // namespace coil
