// Coil — the bytecode compiler: code objects, registers, constants,
// exception regions and unwinding. Statements are in compile_stmt.cpp,
// expressions in compile_expr.cpp.
//
// Registers: a function's parameters come first (positional, keyword-only,
// *args, **kwargs), then its other locals and cell variables in the order
// the symbol table lists them, then its free variables (closure cells,
// loaded at entry by the interpreter), then temporaries, allocated and
// released like a stack. Module and class-body code keep their names in a
// dict (GETGLOBAL/GETNAME) and use registers only for temporaries and cells.
//
// Exceptions: a try body's instructions are a "region" whose exceptions jump
// to its handler. Code that leaves a region early (return, break) runs the
// clean-up of every block it leaves inline — finally bodies, POPEXC, with
// exits — with the regions suspended, so a clean-up that raises is not
// caught by the very block it is leaving.
#include "core/compiler.h"

#include <algorithm>
#include <cstring>

#include "core/compiler_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/int.h"
#include "core/names.h"
#include "core/parser.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

FunctionCompiler::FunctionCompiler(const SymbolTable& st, const Scope* sc, std::string file, Str* nm, Str* qn,
                                   FunctionCompiler* par)
    : symtab(st), scope(sc), filename(std::move(file)), name(nm), qualname(qn), parent(par) {}

// ---- emission ----

int32_t FunctionCompiler::emit(Op op, int a, int b, int c, int f) {
  Instr in;
  in.op = op;
  in.f = static_cast<uint8_t>(f);
  in.a = static_cast<uint16_t>(a);
  in.b = static_cast<uint16_t>(b);
  in.c = static_cast<uint16_t>(c);
  code_.push_back(in);
  lines_.push_back(line_);
  if (op == Op::RETURN || op == Op::RAISE || op == Op::RERAISE || op == Op::JMP || op == Op::ASSERTFAIL)
    unreachable = true;
  return pc() - 1;
}

int32_t FunctionCompiler::emit_jump(Op op, int a) {
  int32_t at = emit(op, a);
  code_[static_cast<size_t>(at)].set_sbx(0);
  return at;
}

void FunctionCompiler::patch_to(int32_t at, int32_t target) {
  code_[static_cast<size_t>(at)].set_sbx(target - (at + 1));
}

void FunctionCompiler::patch_all_here(std::vector<PendingJump>& jumps) {
  for (PendingJump& j : jumps) patch_here(j.at);
  jumps.clear();
  unreachable = false;
}

void FunctionCompiler::emit_loop_back(int32_t target) {
  int32_t at = emit(Op::LOOP);
  code_[static_cast<size_t>(at)].set_sbx(target - (at + 1));
}

int FunctionCompiler::const_index(Value v) {
  // Strings are deduplicated by text; other constants by bits (and type,
  // so 1 and 1.0 and True stay distinct).
  if (has_layout(v, Layout::STR)) {
    std::string key(v.as<Str>()->view());
    auto it = const_str_index_.find(key);
    if (it != const_str_index_.end()) return it->second;
    consts_.push_back(v);
    const_str_index_.emplace(std::move(key), static_cast<int>(consts_.size() - 1));
    return static_cast<int>(consts_.size() - 1);
  }
  if (!v.is_object() || has_layout(v, Layout::INT)) {
    for (size_t i = 0; i < consts_.size(); i++)
      if (consts_[i].bits() == v.bits() && !has_layout(v, Layout::INT)) return static_cast<int>(i);
  }
  consts_.push_back(v);
  if (consts_.size() > 0xFFFF) throw SyntaxErrorException({"SyntaxError", "too many constants", filename, line_, 1, 0, "", 0});
  return static_cast<int>(consts_.size() - 1);
}

int FunctionCompiler::name_index(std::string_view n) {
  auto it = name_index_.find(n);
  if (it != name_index_.end()) return it->second;
  names_.push_back(intern(n));
  name_index_.emplace(std::string(n), static_cast<int>(names_.size() - 1));
  return static_cast<int>(names_.size() - 1);
}

int FunctionCompiler::name_index(Str* n) { return name_index(n->view()); }

void FunctionCompiler::load_const(int reg, Value v) {
  if (v.is_int() && v.as_int() >= INT32_MIN && v.as_int() <= INT32_MAX) {
    int32_t at = emit(Op::LOADINT, reg);
    code_[static_cast<size_t>(at)].set_sbx(static_cast<int32_t>(v.as_int()));
    return;
  }
  emit(Op::LOADK, reg, const_index(v));
}

void FunctionCompiler::load_none(int reg) { load_const(reg, Value::none()); }

// ---- registers ----

int FunctionCompiler::alloc_reg() { return alloc_regs(1); }

int FunctionCompiler::alloc_regs(int n) {
  int r = top_;
  top_ += n;
  if (top_ > max_reg_) max_reg_ = top_;
  if (top_ >= kNoReg)
    throw SyntaxErrorException({"SyntaxError", "too many local variables or nested expressions", filename, line_, 1, 0,
                                "", 0});
  return r;
}

int FunctionCompiler::local_reg(std::string_view n) const {
  auto it = locals_.find(n);
  return it == locals_.end() ? -1 : it->second;
}

bool FunctionCompiler::is_cell_reg(int reg) const {
  return reg >= 0 && static_cast<size_t>(reg) < cell_regs_.size() && cell_regs_[static_cast<size_t>(reg)];
}

void FunctionCompiler::init_registers(const ast::Arguments*) {
  bool fast = scope->kind == ScopeKind::Function;
  int r = 0;
  if (fast) {
    for (const std::string& v : scope->varnames) locals_.emplace(v, r++);
  }
  // Cells not already registers (class bodies: __class__; functions: cells
  // that are not parameters are locals in varnames as well).
  for (const std::string& c : scope->cellvars) {
    auto it = locals_.find(c);
    int reg = it == locals_.end() ? (locals_.emplace(c, r), r++) : it->second;
    if (cell_regs_.size() <= static_cast<size_t>(reg)) cell_regs_.resize(static_cast<size_t>(reg) + 1);
    cell_regs_[static_cast<size_t>(reg)] = true;
  }
  free_base_ = r;
  for (const std::string& fv : scope->freevars) {
    locals_.emplace(fv, r);
    if (cell_regs_.size() <= static_cast<size_t>(r)) cell_regs_.resize(static_cast<size_t>(r) + 1);
    cell_regs_[static_cast<size_t>(r)] = true;
    r++;
  }
  nfree_ = static_cast<int>(scope->freevars.size());
  top_ = max_reg_ = r;
  assigned.assign(static_cast<size_t>(r), false);
}

// ---- names ----

void FunctionCompiler::load_name(std::string_view n, int reg) {
  switch (scope->binding(n)) {
    case Binding::Local: {
      int r = local_reg(n);
      if (r >= 0 && scope->kind == ScopeKind::Function) {
        if (!assigned[static_cast<size_t>(r)]) {
          emit(Op::CHECKLOCAL, r, name_index(n));
          assigned[static_cast<size_t>(r)] = true;
        }
        if (r != reg) emit(Op::MOVE, reg, r);
        return;
      }
      emit(scope->kind == ScopeKind::Module ? Op::GETGLOBAL : Op::GETNAME, reg, name_index(n));
      return;
    }
    case Binding::Cell:
    case Binding::Free:
      emit(Op::GETDEREF, reg, local_reg(n), name_index(n));
      return;
    case Binding::GlobalExplicit:
    case Binding::GlobalImplicit:
      emit(scope->kind == ScopeKind::Class && scope->binding(n) == Binding::GlobalImplicit ? Op::GETNAME
                                                                                            : Op::GETGLOBAL,
           reg, name_index(n));
      return;
  }
}

int FunctionCompiler::load_name_any(std::string_view n) {
  if (scope->kind == ScopeKind::Function && scope->binding(n) == Binding::Local && !has_walrus) {
    int r = local_reg(n);
    if (r >= 0) {
      if (!assigned[static_cast<size_t>(r)]) {
        emit(Op::CHECKLOCAL, r, name_index(n));
        assigned[static_cast<size_t>(r)] = true;
      }
      return r;
    }
  }
  int reg = alloc_reg();
  load_name(n, reg);
  return reg;
}

void FunctionCompiler::store_name(std::string_view n, int reg) {
  switch (scope->binding(n)) {
    case Binding::Local: {
      int r = local_reg(n);
      if (r >= 0 && scope->kind == ScopeKind::Function) {
        if (r != reg) emit(Op::MOVE, r, reg);
        assigned[static_cast<size_t>(r)] = true;
        return;
      }
      emit(scope->kind == ScopeKind::Module ? Op::SETGLOBAL : Op::SETNAME, reg, name_index(n));
      return;
    }
    case Binding::Cell:
    case Binding::Free:
      emit(Op::SETDEREF, local_reg(n), reg);
      return;
    case Binding::GlobalExplicit:
    case Binding::GlobalImplicit:
      emit(scope->kind == ScopeKind::Class && scope->binding(n) == Binding::GlobalImplicit ? Op::SETNAME
                                                                                            : Op::SETGLOBAL,
           reg, name_index(n));
      return;
  }
}

void FunctionCompiler::delete_name(std::string_view n) {
  switch (scope->binding(n)) {
    case Binding::Local: {
      int r = local_reg(n);
      if (r >= 0 && scope->kind == ScopeKind::Function) {
        emit(Op::CHECKLOCAL, r, name_index(n));
        emit(Op::CLEAR, r);
        assigned[static_cast<size_t>(r)] = false;
        return;
      }
      emit(scope->kind == ScopeKind::Module ? Op::DELGLOBAL : Op::DELNAME, 0, name_index(n));
      return;
    }
    case Binding::Cell:
    case Binding::Free:
      emit(Op::DELDEREF, local_reg(n), name_index(n));
      return;
    case Binding::GlobalExplicit:
    case Binding::GlobalImplicit:
      emit(scope->kind == ScopeKind::Class && scope->binding(n) == Binding::GlobalImplicit ? Op::DELNAME
                                                                                            : Op::DELGLOBAL,
           0, name_index(n));
      return;
  }
}

// ---- regions and unwinding ----

size_t FunctionCompiler::open_region(uint16_t reg) {
  regions_.push_back(Region{pc(), reg, {}});
  open_regions_.push_back(regions_.size() - 1);
  return regions_.size() - 1;
}

void FunctionCompiler::close_range(Region& r) {
  if (r.open_at >= 0 && r.open_at < pc()) {
    handlers_.push_back({r.open_at, pc(), -1, r.reg});
    r.entries.push_back(handlers_.size() - 1);
  }
  r.open_at = -1;
}

void FunctionCompiler::end_region(size_t index) {
  close_range(regions_[index]);
  open_regions_.pop_back();
}

void FunctionCompiler::set_handler(size_t index, int32_t handler) {
  for (size_t e : regions_[index].entries) handlers_[e].handler = handler;
}

void FunctionCompiler::suspend_regions(size_t from) {
  for (size_t i = open_regions_.size(); i-- > from;) close_range(regions_[open_regions_[i]]);
}

void FunctionCompiler::resume_regions(size_t from) {
  for (size_t i = from; i < open_regions_.size(); i++) regions_[open_regions_[i]].open_at = pc();
}

Block& FunctionCompiler::push_block(Block::Kind kind) {
  Block b;
  b.kind = kind;
  b.region_depth = open_regions_.size();
  blocks_.push_back(b);
  return blocks_.back();
}

void FunctionCompiler::unwind_blocks(size_t from) {
  // The clean-up code runs outside every region of the blocks it leaves.
  size_t region_floor = from < blocks_.size() ? blocks_[from].region_depth : open_regions_.size();
  suspend_regions(region_floor);
  std::vector<Block> saved(blocks_.begin() + static_cast<std::ptrdiff_t>(from), blocks_.end());
  for (size_t i = saved.size(); i-- > 0;) {
    Block& b = saved[i];
    // Clean-up code of block i runs as if blocks [i, end) were gone.
    blocks_.resize(from + i);
    switch (b.kind) {
      case Block::LOOP:
        break;
      case Block::FINALLY: {
        bool was_unreachable = unreachable;
        stmts(b.finalbody);
        unreachable = was_unreachable;
        break;
      }
      case Block::HANDLER:
        emit(Op::POPEXC, b.prev_exc_reg);
        if (!b.handler_name.empty()) {
          int t = alloc_reg();
          load_none(t);
          store_name(b.handler_name, t);
          delete_name(b.handler_name);
          free_to(t);
        }
        break;
      case Block::WITH: {
        int t = alloc_reg();
        emit(Op::WITHEXIT, t, b.exit_reg, kNoReg);
        free_to(t);
        break;
      }
    }
  }
  blocks_.insert(blocks_.end(), saved.begin(), saved.end());
  resume_regions(region_floor);
}

// Builds defaults, keyword defaults and the closure of a nested function
// into three registers starting at `extra`; returns MAKEFUNC's flags.
int FunctionCompiler::function_extras(const ast::Arguments* args, const Scope* child, int extra,
                                      const ast::Expr* returns) {
  FunctionCompiler& fc = *this;
  int flags = 0;
  if (args && !args->defaults.empty()) {
    int n = static_cast<int>(args->defaults.size());
    int base = fc.alloc_regs(n);
    for (int i = 0; i < n; i++) fc.expr_to(args->defaults[static_cast<size_t>(i)], base + i);
    fc.emit(Op::BUILDTUPLE, extra, base, n);
    fc.free_to(base);
    flags |= 1;
  }
  if (args) {
    int nkw = 0;
    for (ast::Expr* d : args->kw_defaults) nkw += d != nullptr;
    if (nkw) {
      int base = fc.alloc_regs(2 * nkw);
      int k = 0;
      for (size_t i = 0; i < args->kwonlyargs.size(); i++) {
        if (!args->kw_defaults[i]) continue;
        fc.load_const(base + 2 * k, Value::object(intern(args->kwonlyargs[i]->arg)));
        fc.expr_to(args->kw_defaults[i], base + 2 * k + 1);
        k++;
      }
      fc.emit(Op::BUILDDICT, extra + 1, base, nkw);
      fc.free_to(base);
      flags |= 2;
    }
  }
  if (args) {
    // Annotations, evaluated at definition time: {name: annotation, ...,
    // 'return': ...}.
    std::vector<std::pair<std::string_view, const ast::Expr*>> anns;
    for (auto* list : {&args->posonlyargs, &args->args})
      for (ast::Arg* a : *list)
        if (a->annotation) anns.emplace_back(a->arg, a->annotation);
    if (args->vararg && args->vararg->annotation) anns.emplace_back(args->vararg->arg, args->vararg->annotation);
    for (ast::Arg* a : args->kwonlyargs)
      if (a->annotation) anns.emplace_back(a->arg, a->annotation);
    if (args->kwarg && args->kwarg->annotation) anns.emplace_back(args->kwarg->arg, args->kwarg->annotation);
    if (returns) anns.emplace_back("return", returns);
    if (!anns.empty()) {
      int n = static_cast<int>(anns.size());
      int base = fc.alloc_regs(2 * n);
      for (int i = 0; i < n; i++) {
        fc.load_const(base + 2 * i, Value::object(intern(anns[static_cast<size_t>(i)].first)));
        fc.expr_to(anns[static_cast<size_t>(i)].second, base + 2 * i + 1);
      }
      fc.emit(Op::BUILDDICT, extra + 3, base, n);
      fc.free_to(base);
      flags |= 8;
    }
  }
  if (!child->freevars.empty()) {
    int n = static_cast<int>(child->freevars.size());
    int base = fc.alloc_regs(n);
    for (int i = 0; i < n; i++) {
      int r = fc.local_reg(child->freevars[static_cast<size_t>(i)]);
      if (r < 0 || !fc.is_cell_reg(r))
        throw SyntaxErrorException({"SyntaxError", "compiler error: free variable without a cell", fc.filename, line_, 1,
                                    0, "", 0});
      fc.emit(Op::MOVE, base + i, r);
    }
    fc.emit(Op::BUILDTUPLE, extra + 2, base, n);
    fc.free_to(base);
    flags |= 4;
  }
  return flags;
}

// ---- code objects ----

Code* FunctionCompiler::finish(int32_t first_line, uint32_t flags, int nargs, int nposonly, int nkwonly) {
  auto* code = alloc<Code>(types::code);
  code->ninstrs = pc();
  code->instrs = static_cast<Instr*>(gc_alloc_atomic(sizeof(Instr) * static_cast<size_t>(code->ninstrs)));
  std::copy(code_.begin(), code_.end(), code->instrs);
  code->lines = static_cast<int32_t*>(gc_alloc_atomic(sizeof(int32_t) * (lines_.size() + 1)));
  std::copy(lines_.begin(), lines_.end(), code->lines);
  code->nconsts = static_cast<int32_t>(consts_.size());
  code->consts = static_cast<Value*>(gc_alloc(sizeof(Value) * (consts_.size() + 1)));
  for (size_t i = 0; i < consts_.size(); i++) code->consts[i] = consts_[i];
  code->nnames = static_cast<int32_t>(names_.size());
  code->names = static_cast<Str**>(gc_alloc(sizeof(Str*) * (names_.size() + 1)));
  for (size_t i = 0; i < names_.size(); i++) code->names[i] = names_[i];
  code->nhandlers = static_cast<int32_t>(handlers_.size());
  code->handlers = static_cast<HandlerEntry*>(gc_alloc_atomic(sizeof(HandlerEntry) * (handlers_.size() + 1)));
  std::copy(handlers_.begin(), handlers_.end(), code->handlers);
  code->caches = static_cast<InlineCache*>(gc_alloc(sizeof(InlineCache) * (code_.size() + 1)));
  code->name = name;
  code->qualname = qualname;
  code->filename = make_str(filename);
  code->first_line = first_line;
  code->nregs = static_cast<uint16_t>(max_reg_ + 1);
  code->nargs = static_cast<uint16_t>(nargs);
  code->nposonly = static_cast<uint16_t>(nposonly);
  code->nkwonly = static_cast<uint16_t>(nkwonly);
  code->free_base = static_cast<uint16_t>(free_base_);
  code->nfree = static_cast<uint16_t>(nfree_);
  auto names_tuple = [](const std::vector<std::string>& v) {
    Tuple* t = make_tuple(static_cast<int64_t>(v.size()));
    for (size_t i = 0; i < v.size(); i++) (*t)[static_cast<int64_t>(i)] = Value::object(intern(v[i]));
    return t;
  };
  code->varnames = scope->kind == ScopeKind::Function ? names_tuple(scope->varnames) : empty_tuple();
  code->freevars = names_tuple(scope->freevars);
  code->cellvars = names_tuple(scope->cellvars);
  code->flags = flags;
  // Hot-loop counters start full.
  for (int32_t i = 0; i < code->ninstrs; i++)
    if (code->instrs[i].op == Op::LOOP) code->instrs[i].a = 1000;
  return code;
}

// The docstring of a body: its first statement, if a string literal.
static const ast::Constant* docstring(ast::StmtList body) {
  if (body.empty()) return nullptr;
  const auto* es = body[0]->as<ast::ExprStmt>();
  const auto* c = es ? es->value->as<ast::Constant>() : nullptr;
  return c && c->is_str() ? c : nullptr;
}

// Emits MAKECELL for every cell register (parameters keep their value).
static void make_cells(FunctionCompiler& fc, const Scope* scope) {
  for (const std::string& c : scope->cellvars) fc.emit(Op::MAKECELL, fc.local_reg(c));
}

Code* FunctionCompiler::compile_module(const ast::Module& m) {
  init_registers(nullptr);
  make_cells(*this, scope);
  if (const ast::Constant* doc = docstring(m.body)) {
    set_line(doc);
    int r = alloc_reg();
    load_const(r, constant_value(*doc));
    emit(Op::SETGLOBAL, r, name_index("__doc__"));
    free_to(r);
  }
  stmts(m.body);
  if (!unreachable || pc() == 0) {
    int r = alloc_reg();
    load_none(r);
    emit(Op::RETURN, r);
  }
  return finish(1, 0, 0, 0, 0);
}

Code* FunctionCompiler::compile_function(const ast::Node& def, const ast::Arguments* args, ast::StmtList body,
                                         const ast::Expr* expr_body) {
  init_registers(args);
  set_line(&def);
  int nargs = 0, nposonly = 0, nkwonly = 0;
  uint32_t flags = Code::kFunction;
  if (args) {
    nposonly = static_cast<int>(args->posonlyargs.size());
    nargs = nposonly + static_cast<int>(args->args.size());
    nkwonly = static_cast<int>(args->kwonlyargs.size());
    if (args->vararg) flags |= Code::kVarArgs;
    if (args->kwarg) flags |= Code::kVarKw;
  }
  size_t nparams = static_cast<size_t>(nargs + nkwonly) + (args && args->vararg) + (args && args->kwarg);
  for (size_t i = 0; i < nparams && i < assigned.size(); i++) assigned[i] = true;
  if (scope->is_generator) flags |= Code::kGenerator;
  if (const ast::Constant* doc = expr_body ? nullptr : docstring(body)) {
    const_index(constant_value(*doc));  // constant 0
    flags |= Code::kHasDoc;
  }
  make_cells(*this, scope);
  if (expr_body) {
    int r = expr_any(expr_body);
    emit(Op::RETURN, r);
  } else {
    stmts(body);
    if (!unreachable) {
      int r = alloc_reg();
      load_none(r);
      emit(Op::RETURN, r);
    }
  }
  return finish(def.line, flags, nargs, nposonly, nkwonly);
}

Code* FunctionCompiler::compile_class_body(const ast::ClassDef& cls) {
  init_registers(nullptr);
  set_line(&cls);
  make_cells(*this, scope);
  int r = alloc_reg();
  emit(Op::GETGLOBAL, r, name_index("__name__"));
  emit(Op::SETNAME, r, name_index("__module__"));
  load_const(r, Value::object(qualname));
  emit(Op::SETNAME, r, name_index("__qualname__"));
  free_to(r);
  // A docstring becomes __doc__.
  if (const ast::Constant* doc = docstring(cls.body)) {
    int d = alloc_reg();
    load_const(d, constant_value(*doc));
    emit(Op::SETNAME, d, name_index("__doc__"));
    free_to(d);
  }
  stmts(cls.body);
  int ret = alloc_reg();
  int cell = local_reg("__class__");
  if (cell >= 0 && is_cell_reg(cell))
    emit(Op::MOVE, ret, cell);
  else
    load_none(ret);
  emit(Op::RETURN, ret);
  return finish(cls.line, Code::kClassBody, 0, 0, 0);
}

std::string child_qualname(const FunctionCompiler& fc, std::string_view child, bool) {
  if (fc.scope->kind == ScopeKind::Module) return std::string(child);
  std::string base(fc.qualname->view());
  if (fc.scope->kind == ScopeKind::Function) base += ".<locals>";
  return base + "." + std::string(child);
}

Value constant_value(const ast::Constant& c) {
  switch (c.value_kind) {
    case ast::ConstKind::None: return Value::none();
    case ast::ConstKind::True: return Value::boolean(true);
    case ast::ConstKind::False: return Value::boolean(false);
    case ast::ConstKind::Ellipsis: return g_ellipsis;
    case ast::ConstKind::Int: {
      int64_t v;
      if (ast::int_constant_to_int64(c, &v)) return make_int(v);
      return int_from_string(ast::int_constant_to_decimal(c), 10);
    }
    case ast::ConstKind::Float: return Value::number(c.float_value);
    case ast::ConstKind::Str: return Value::object(intern(c.str_value));
    case ast::ConstKind::Bytes: return Value::object(make_bytes(c.str_value));
    case ast::ConstKind::Complex: break;
  }
  raise(exc::NotImplementedError, "complex numbers are not supported by Coil");
}

Code* compile_module(std::string_view source, const std::string& filename) {
  ParseResult parsed = parse_module(source, filename);
  try {
    SymbolTable symtab = build_symtable(*parsed.module, filename);
    FunctionCompiler fc(symtab, symtab.scope_of(parsed.module), filename, names::module_, names::module_, nullptr);
    return fc.compile_module(*parsed.module);
  } catch (SyntaxErrorException& e) {
    // Errors found after parsing know their line; give them its text.
    SyntaxErrorInfo info = e.info();
    if (info.source_line.empty() && info.line > 0) {
      size_t start = 0;
      for (int l = 1; l < info.line && start != std::string_view::npos; l++) {
        start = source.find('\n', start);
        if (start != std::string_view::npos) start++;
      }
      if (start != std::string_view::npos) {
        size_t end = source.find('\n', start);
        info.source_line = std::string(source.substr(start, end == std::string_view::npos ? end : end - start));
      }
    }
    throw SyntaxErrorException(info);
  }
}

Value syntax_error_value(const SyntaxErrorInfo& info) {
  Type* t = info.kind == "TabError" ? exc::TabError
            : info.kind == "IndentationError" ? exc::IndentationError
                                              : exc::SyntaxError;
  Value text = info.source_line.empty() && info.line == 0 ? Value::none() : str_value(info.source_line + "\n");
  Value location = Value::object(make_tuple({str_value(info.filename), make_int(info.line), make_int(info.col), text,
                                             make_int(info.end_line ? info.end_line : info.line),
                                             make_int(info.end_col ? info.end_col : info.col)}));
  ExceptionObj* e = new_exception_args(t, make_tuple({str_value(info.message), location}));
  Value ev = Value::object(e);
  AttrStore* a = &e->attrs;
  attrs_set(t, a, intern("msg"), str_value(info.message));
  attrs_set(t, a, intern("filename"), str_value(info.filename));
  attrs_set(t, a, intern("lineno"), make_int(info.line));
  attrs_set(t, a, intern("offset"), make_int(info.col));
  attrs_set(t, a, intern("text"), text);
  attrs_set(t, a, intern("end_lineno"), make_int(info.end_line ? info.end_line : info.line));
  attrs_set(t, a, intern("end_offset"), make_int(info.end_col));
  (void)ev;
  return ev;
}

}  // namespace coil
