// Coil — the compiler's shared state: one FunctionCompiler per code object,
// with its register allocator, constant and name pools, exception-region
// bookkeeping and the stack of blocks that `return`/`break` unwind.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/ast.h"
#include "core/bytecode.h"
#include "core/operators.h"
#include "core/scopes.h"
#include "core/syntax_error.h"

namespace coil {

struct Str;

// A jump whose target is not known yet.
struct PendingJump {
  int32_t at;
};

// A protected region being built: instructions emitted while it is open
// send exceptions to its handler. Suspending it (while emitting clean-up
// code that leaves it) splits it into several ranges.
struct Region {
  int32_t open_at;                // start of the currently open range, or -1
  uint16_t reg;                   // exception register at the handler
  std::vector<size_t> entries;    // its ranges in handlers_, handler patched later
};

// Blocks that control flow leaving them must clean up after.
struct Block {
  enum Kind { LOOP, FINALLY, HANDLER, WITH } kind;
  // LOOP
  int32_t continue_target = 0;
  std::vector<PendingJump> breaks;
  // FINALLY: the statements to run on the way out
  ast::StmtList finalbody;
  // HANDLER: register holding the previous handled exception; the except
  // clause's `as` name to clear (may be empty)
  uint16_t prev_exc_reg = 0;
  std::string_view handler_name;
  // WITH: the bound __exit__
  uint16_t exit_reg = 0;
  // Regions opened inside this block (indices into FunctionCompiler::regions_)
  size_t region_depth = 0;
};

class FunctionCompiler {
 public:
  FunctionCompiler(const SymbolTable& symtab, const Scope* scope, std::string filename, Str* name, Str* qualname,
                   FunctionCompiler* parent);

  Code* compile_module(const ast::Module& m);
  Code* compile_function(const ast::Node& def, const ast::Arguments* args, ast::StmtList body, const ast::Expr* expr_body);
  Code* compile_class_body(const ast::ClassDef& cls);
  Code* compile_comprehension(const ast::Expr& comp);

  // ---- statements (compile_stmt.cpp) ----
  void stmts(ast::StmtList body);
  void stmt(const ast::Stmt* s);

  // ---- expressions (compile_expr.cpp) ----
  // Evaluates e into register `reg`.
  void expr_to(const ast::Expr* e, int reg);
  // Evaluates e into some register: a local's own register when possible,
  // else a new temporary.
  int expr_any(const ast::Expr* e);
  // Evaluates e as a condition and jumps when its truth equals `when`.
  void cond_jump(const ast::Expr* e, bool when, std::vector<PendingJump>& out);
  // Stores the value in `reg` into an assignment target.
  void assign_to(const ast::Expr* target, int reg);
  void delete_target(const ast::Expr* target);

  // ---- emission ----
  int32_t emit(Op op, int a = 0, int b = 0, int c = 0, int f = 0);
  int32_t emit_jump(Op op, int a = 0);  // returns its index for patching
  void patch_to(int32_t at, int32_t target);
  void patch_here(int32_t at) { patch_to(at, pc()); }
  void patch_all_here(std::vector<PendingJump>& jumps);
  void emit_loop_back(int32_t target);
  int32_t pc() const { return static_cast<int32_t>(code_.size()); }
  int const_index(Value v);
  int name_index(std::string_view name);
  int name_index(Str* name);
  void load_const(int reg, Value v);
  void load_none(int reg);

  // ---- registers ----
  int alloc_reg();
  int alloc_regs(int n);       // n consecutive; returns the first
  int top() const { return top_; }
  void free_to(int mark) { top_ = mark; }

  // ---- names ----
  // Loads/stores/deletes a name according to its scope binding.
  void load_name(std::string_view name, int reg);
  int load_name_any(std::string_view name);
  void store_name(std::string_view name, int reg);
  void delete_name(std::string_view name);
  int local_reg(std::string_view name) const;  // -1 if not a register local
  bool is_cell_reg(int reg) const;

  // ---- exception regions and unwinding ----
  // Starts protecting the instructions that follow; returns the region.
  size_t open_region(uint16_t reg);
  // Stops protecting (regions end innermost first, so handler entries stay
  // ordered innermost first); the handler address comes later.
  void end_region(size_t index);
  void set_handler(size_t index, int32_t handler);
  size_t region_depth() const { return open_regions_.size(); }
  void suspend_regions(size_t from);
  void resume_regions(size_t from);
  // Emits the clean-up of blocks [from, blocks_.size()) innermost first, as
  // `return` (from = 0) or `break` (from = the loop's index + 1) require.
  void unwind_blocks(size_t from);

  // ---- source positions ----
  void set_line(const ast::Node* n) {
    if (n && n->line > 0) line_ = n->line;
  }

  // Builds the code object.
  Code* finish(int32_t first_line, uint32_t flags, int nargs, int nposonly, int nkwonly);
  // Builds a nested function's defaults, keyword defaults, closure and
  // annotations into R[extra..extra+kFunctionExtras); returns MAKEFUNC's flags.
  int function_extras(const ast::Arguments* args, const Scope* child, int extra,
                      const ast::Expr* returns = nullptr);
  // Pushes a block that remembers the current region depth.
  Block& push_block(Block::Kind kind);

  const SymbolTable& symtab;
  const Scope* scope;
  std::string filename;
  Str* name;
  Str* qualname;
  FunctionCompiler* parent;

  // Definite assignment of register locals, to skip CHECKLOCAL.
  std::vector<bool> assigned;
  bool unreachable = false;

 private:
  friend struct Assigned;
  std::vector<Instr> code_;
  std::vector<int32_t> lines_;
  std::vector<Value> consts_;
  std::map<std::string, int> const_str_index_;
  std::vector<Str*> names_;
  std::map<std::string, int, std::less<>> name_index_;
  std::vector<HandlerEntry> handlers_;
  void close_range(Region& r);
  std::vector<Region> regions_;
  std::vector<size_t> open_regions_;
  int top_ = 0;
  int max_reg_ = 0;
  int line_ = 1;
  std::map<std::string, int, std::less<>> locals_;  // register locals and cells
  std::vector<bool> cell_regs_;
  int free_base_ = 0;
  int nfree_ = 0;

 public:
  std::vector<Block> blocks_;
  void init_registers(const ast::Arguments* args);
  int first_arg_reg() const { return 0; }
  bool has_walrus = false;
  static inline int expr_depth = 0;  // across nested compilers too
  static constexpr int kMaxExprDepth = 3000;
};

// Qualified name of a nested definition, as CPython builds __qualname__.
std::string child_qualname(const FunctionCompiler& fc, std::string_view child, bool is_function_scope);

// Registers MAKEFUNC reads its extras from: defaults, kwdefaults, closure,
// annotations.
constexpr int kFunctionExtras = 4;

// The runtime operator for an AST binary operator.
BinaryOp binop_from_ast(ast::BinOpKind k);

// The Value for an AST constant.
Value constant_value(const ast::Constant& c);

}  // namespace coil
