// Coil — the abstract syntax tree the parser builds and the compiler consumes.
// Shapes follow CPython 3.11's `ast` module (same node and field names), so
// `dump()` prints what CPython's ast.dump() prints for the same program.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace coil::ast {

// ---------------------------------------------------------------------------
// Conventions
// ---------------------------------------------------------------------------
//
// * Every node is allocated in an Arena owned by the ParseResult; nodes are
//   trivially destructible and die with the arena. Children are raw pointers,
//   sequences are std::span over arena memory, strings are std::string_view
//   over arena memory (never over the caller's source buffer).
// * Positions are CPython's: `line`/`end_line` are 1-based, `col`/`end_col`
//   are 0-based offsets in UTF-8 *bytes* from the start of the line, and
//   end_col is exclusive (ast.AST.col_offset / end_col_offset).
// * Optional children are nullptr (e.g. Return.value, Slice.lower).
// * Strings (str constants, identifiers) are UTF-8. A lone surrogate written
//   as "\ud800" is stored in generalized UTF-8 (3 bytes, ED A0 80).
// * Identifiers are not NFKC-normalized (CPython normalizes them).
// * Expression nodes written inside their own parentheses have
//   `parenthesized` set (CPython's AST does not record this); their position
//   excludes the parentheses, as in CPython, while an enclosing node's
//   position includes them ("(a) + b" starts at the '(').

// ---------------------------------------------------------------------------
// Node kinds (one table; enum and names derive from it)
// ---------------------------------------------------------------------------

#define COIL_AST_EXPR_NODES(X)                                                  \
  X(BoolOp)         /* a and b and c                                       */  \
  X(NamedExpr)      /* target := value                                     */  \
  X(BinOp)          /* a + b                                               */  \
  X(UnaryOp)        /* -a, not a                                           */  \
  X(Lambda)         /* lambda args: body                                   */  \
  X(IfExp)          /* body if test else orelse                            */  \
  X(Dict)           /* {k: v, **m}                                         */  \
  X(Set)            /* {a, b}                                              */  \
  X(ListComp)       /* [elt for ...]                                       */  \
  X(SetComp)        /* {elt for ...}                                       */  \
  X(DictComp)       /* {k: v for ...}                                      */  \
  X(GeneratorExp)   /* (elt for ...)                                       */  \
  X(Await)          /* await value (rejected by the parser)                */  \
  X(Yield)          /* yield [value]                                       */  \
  X(YieldFrom)      /* yield from value                                    */  \
  X(Compare)        /* a < b <= c                                          */  \
  X(Call)           /* f(a, *b, k=c, **d)                                  */  \
  X(FormattedValue) /* the {x!r:spec} part of an f-string                  */  \
  X(JoinedStr)      /* f"..." (possibly concatenated)                      */  \
  X(Constant)       /* None True False ... 1 1.5 'str' b'bytes'            */  \
  X(Attribute)      /* value.attr                                          */  \
  X(Subscript)      /* value[slice]                                        */  \
  X(Starred)        /* *value                                              */  \
  X(Name)           /* id                                                  */  \
  X(List)           /* [a, b]                                              */  \
  X(Tuple)          /* a, b                                                */  \
  X(Slice)          /* lower:upper:step (only as Subscript.slice / in a Tuple there) */

#define COIL_AST_STMT_NODES(X)                                                  \
  X(FunctionDef)                                                                \
  X(ClassDef)                                                                   \
  X(Return)                                                                     \
  X(Delete)                                                                     \
  X(Assign)                                                                     \
  X(AugAssign)                                                                  \
  X(AnnAssign)                                                                  \
  X(For)                                                                        \
  X(While)                                                                      \
  X(If)                                                                         \
  X(With)                                                                       \
  X(Raise)                                                                      \
  X(Try)                                                                        \
  X(Assert)                                                                     \
  X(Import)                                                                     \
  X(ImportFrom)                                                                 \
  X(Global)                                                                     \
  X(Nonlocal)                                                                   \
  X(ExprStmt)       /* an expression statement (CPython's ast.Expr)      */  \
  X(Pass)                                                                       \
  X(Break)                                                                      \
  X(Continue)

// Nodes that are neither expressions nor statements.
#define COIL_AST_OTHER_NODES(X)                                                 \
  X(Module)         /* a file                                              */  \
  X(Expression)     /* parse_expression's result                           */  \
  X(Arguments)      /* a def's or lambda's parameter list (ast.arguments)  */  \
  X(Arg)            /* one parameter (ast.arg)                             */  \
  X(Keyword)        /* k=v or **v in a call or class bases                 */  \
  X(Alias)          /* name [as asname] in an import                       */  \
  X(WithItem)       /* expr [as target] in a with                          */  \
  X(ExceptHandler)  /* except [type [as name]]: body                       */  \
  X(Comprehension)  /* for target in iter if cond ...                      */

enum class NodeKind : uint8_t {
#define COIL_AST_ENUM(name) name,
  COIL_AST_EXPR_NODES(COIL_AST_ENUM)
  COIL_AST_STMT_NODES(COIL_AST_ENUM)
  COIL_AST_OTHER_NODES(COIL_AST_ENUM)
#undef COIL_AST_ENUM
  COUNT
};

inline constexpr NodeKind kFirstExpr = NodeKind::BoolOp;
inline constexpr NodeKind kLastExpr = NodeKind::Slice;
inline constexpr NodeKind kFirstStmt = NodeKind::FunctionDef;
inline constexpr NodeKind kLastStmt = NodeKind::Continue;
static_assert(static_cast<int>(kLastExpr) + 1 == static_cast<int>(kFirstStmt));

inline constexpr bool is_expr_kind(NodeKind k) { return k >= kFirstExpr && k <= kLastExpr; }
inline constexpr bool is_stmt_kind(NodeKind k) { return k >= kFirstStmt && k <= kLastStmt; }

// CPython's class name: "BinOp", "FunctionDef", "Expr" (for ExprStmt),
// "arguments", "arg", "keyword", "alias", "withitem", "excepthandler" is
// "ExceptHandler", "comprehension".
std::string_view node_kind_name(NodeKind k);

// ---------------------------------------------------------------------------
// Operators and contexts
// ---------------------------------------------------------------------------

#define COIL_AST_BINOPS(X)                                                      \
  X(Add, "+")                                                                   \
  X(Sub, "-")                                                                   \
  X(Mult, "*")                                                                  \
  X(MatMult, "@")                                                               \
  X(Div, "/")                                                                   \
  X(Mod, "%")                                                                   \
  X(Pow, "**")                                                                  \
  X(LShift, "<<")                                                               \
  X(RShift, ">>")                                                               \
  X(BitOr, "|")                                                                 \
  X(BitXor, "^")                                                                \
  X(BitAnd, "&")                                                                \
  X(FloorDiv, "//")

#define COIL_AST_UNARYOPS(X) X(Invert, "~") X(Not, "not") X(UAdd, "+") X(USub, "-")

#define COIL_AST_CMPOPS(X)                                                      \
  X(Eq, "==")                                                                   \
  X(NotEq, "!=")                                                                \
  X(Lt, "<")                                                                    \
  X(LtE, "<=")                                                                  \
  X(Gt, ">")                                                                    \
  X(GtE, ">=")                                                                  \
  X(Is, "is")                                                                   \
  X(IsNot, "is not")                                                            \
  X(In, "in")                                                                   \
  X(NotIn, "not in")

enum class BinOpKind : uint8_t {
#define COIL_AST_ENUM2(name, sym) name,
  COIL_AST_BINOPS(COIL_AST_ENUM2)
};
enum class UnaryOpKind : uint8_t { COIL_AST_UNARYOPS(COIL_AST_ENUM2) };
enum class CmpOpKind : uint8_t { COIL_AST_CMPOPS(COIL_AST_ENUM2) };
#undef COIL_AST_ENUM2
enum class BoolOpKind : uint8_t { And, Or };

// Load, Store, Del (ast.expr_context).
enum class Ctx : uint8_t { Load, Store, Del };

std::string_view binop_name(BinOpKind k);      // "Add"
std::string_view binop_symbol(BinOpKind k);    // "+"
std::string_view unaryop_name(UnaryOpKind k);  // "USub"
std::string_view cmpop_name(CmpOpKind k);      // "NotIn"
std::string_view cmpop_symbol(CmpOpKind k);    // "not in"
std::string_view ctx_name(Ctx c);              // "Load"

// ---------------------------------------------------------------------------
// Arena
// ---------------------------------------------------------------------------

// Bump allocator for nodes, spans and strings. Only trivially destructible
// objects live here, so freeing the arena is freeing its blocks.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Raw memory, aligned to `align` (a power of two <= 16).
  void* alloc(size_t size, size_t align);

  // A new value-initialized node T with its kind set.
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    T* p = new (alloc(sizeof(T), alignof(T))) T();
    p->kind = T::kKind;
    return p;
  }

  // A copy of `items` in the arena.
  template <class T>
  std::span<T> copy(const std::vector<T>& items) {
    static_assert(std::is_trivially_destructible_v<T>);
    if (items.empty()) return {};
    T* p = static_cast<T*>(alloc(sizeof(T) * items.size(), alignof(T)));
    for (size_t i = 0; i < items.size(); i++) new (p + i) T(items[i]);
    return {p, items.size()};
  }

  // A copy of `s` in the arena.
  std::string_view copy_str(std::string_view s);

  size_t bytes_allocated() const { return total_; }

 private:
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t total_ = 0;
};

// ---------------------------------------------------------------------------
// Base nodes
// ---------------------------------------------------------------------------

struct Node {
  NodeKind kind;
  bool parenthesized = false;  // an expression written inside its own ( )
  int32_t line = 0;      // 1-based first line
  int32_t col = 0;       // 0-based UTF-8 byte offset of the first character
  int32_t end_line = 0;  // 1-based last line
  int32_t end_col = 0;   // 0-based UTF-8 byte offset just past the last character

  // Checked downcast: `node->as<BinOp>()`. The kind must match.
  template <class T>
  T* as() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* as() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
  template <class T>
  bool is() const {
    return kind == T::kKind;
  }
};

struct Expr : Node {};
struct Stmt : Node {};

using ExprList = std::span<Expr*>;
using StmtList = std::span<Stmt*>;
using NameList = std::span<std::string_view>;

#define COIL_AST_NODE(Name, Base) \
  struct Name : Base {            \
    static constexpr NodeKind kKind = NodeKind::Name;

// ---------------------------------------------------------------------------
// Auxiliary nodes
// ---------------------------------------------------------------------------

COIL_AST_NODE(Arg, Node)
  std::string_view arg;
  Expr* annotation = nullptr;
};

// Parameters in source order: posonlyargs / args [*vararg | *] kwonlyargs
// [**kwarg]. `defaults` belong to the last len(defaults) of posonlyargs+args;
// kw_defaults has one entry per kwonlyarg, nullptr when it has no default.
// Position: none in CPython (dumped without one); line/col here are the
// def's '(' or the `lambda` keyword, end_line/end_col are unset (0).
COIL_AST_NODE(Arguments, Node)
  std::span<Arg*> posonlyargs;
  std::span<Arg*> args;
  Arg* vararg = nullptr;
  std::span<Arg*> kwonlyargs;
  ExprList kw_defaults;  // entries may be nullptr
  Arg* kwarg = nullptr;
  ExprList defaults;
};

// `arg=value` in a call/class header, or `**value` when arg is empty.
COIL_AST_NODE(Keyword, Node)
  std::string_view arg;  // empty for **value
  Expr* value = nullptr;
};

// `name [as asname]`; name may be dotted ("a.b.c") or "*".
COIL_AST_NODE(Alias, Node)
  std::string_view name;
  std::string_view asname;  // empty when absent
};

COIL_AST_NODE(WithItem, Node)
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // Store-context target, or nullptr
};

COIL_AST_NODE(ExceptHandler, Node)
  Expr* type = nullptr;    // nullptr for a bare except
  std::string_view name;   // empty when there is no `as name`
  StmtList body;
};

// One `for target in iter [if cond]*` clause. Position: none in CPython
// (here: from `for` to the end of the clause).
COIL_AST_NODE(Comprehension, Node)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  ExprList ifs;
  bool is_async = false;  // always false (async comprehensions are rejected)
};

COIL_AST_NODE(Module, Node)
  StmtList body;
};

COIL_AST_NODE(Expression, Node)
  Expr* body = nullptr;
};

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

COIL_AST_NODE(BoolOp, Expr)
  BoolOpKind op;
  ExprList values;  // two or more
};

COIL_AST_NODE(NamedExpr, Expr)
  Expr* target = nullptr;  // a Name in Store context
  Expr* value = nullptr;
};

COIL_AST_NODE(BinOp, Expr)
  Expr* left = nullptr;
  BinOpKind op;
  Expr* right = nullptr;
};

COIL_AST_NODE(UnaryOp, Expr)
  UnaryOpKind op;
  Expr* operand = nullptr;
};

COIL_AST_NODE(Lambda, Expr)
  Arguments* args = nullptr;
  Expr* body = nullptr;
};

COIL_AST_NODE(IfExp, Expr)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};

// keys[i] == nullptr means values[i] is a `**mapping` unpacking.
COIL_AST_NODE(Dict, Expr)
  ExprList keys;
  ExprList values;
};

COIL_AST_NODE(Set, Expr)
  ExprList elts;
};

COIL_AST_NODE(ListComp, Expr)
  Expr* elt = nullptr;
  std::span<Comprehension*> generators;
};

COIL_AST_NODE(SetComp, Expr)
  Expr* elt = nullptr;
  std::span<Comprehension*> generators;
};

COIL_AST_NODE(DictComp, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::span<Comprehension*> generators;
};

COIL_AST_NODE(GeneratorExp, Expr)
  Expr* elt = nullptr;
  std::span<Comprehension*> generators;
};

COIL_AST_NODE(Await, Expr)
  Expr* value = nullptr;
};

COIL_AST_NODE(Yield, Expr)
  Expr* value = nullptr;  // nullptr for a bare `yield`
};

COIL_AST_NODE(YieldFrom, Expr)
  Expr* value = nullptr;
};

// left ops[0] comparators[0] ops[1] comparators[1] ...
COIL_AST_NODE(Compare, Expr)
  Expr* left = nullptr;
  std::span<CmpOpKind> ops;
  ExprList comparators;
};

// Positional args (Starred for *x) in order, then keywords (arg empty for
// **x) in order; as in CPython, the relative order of the two groups is not
// kept (CPython evaluates all positional arguments first).
COIL_AST_NODE(Call, Expr)
  Expr* func = nullptr;
  ExprList args;
  std::span<Keyword*> keywords;
};

// conversion: -1 (none), 's', 'r' or 'a'. format_spec is a JoinedStr or nullptr.
COIL_AST_NODE(FormattedValue, Expr)
  Expr* value = nullptr;
  int32_t conversion = -1;
  Expr* format_spec = nullptr;
};

// values are str Constants and FormattedValues, adjacent constants merged.
COIL_AST_NODE(JoinedStr, Expr)
  ExprList values;
};

enum class ConstKind : uint8_t {
  None,
  True,
  False,
  Ellipsis,
  Int,      // int_digits in base int_base
  Float,    // float_value
  Complex,  // reserved: imaginary literals are rejected by the lexer
  Str,      // str_value (UTF-8)
  Bytes,    // str_value (raw bytes)
};

COIL_AST_NODE(Constant, Expr)
  ConstKind value_kind = ConstKind::None;
  uint8_t int_base = 10;          // Int: 2, 8, 10 or 16
  double float_value = 0;         // Float
  std::string_view int_digits;    // Int: digits only, without prefix, underscores
                                  // or sign, lowercase ("ffff" for 0xFF_FF)
  std::string_view str_value;     // Str / Bytes: the decoded value
  bool u_prefix = false;          // Str: the first literal had a u prefix (kind='u')

  bool is_none() const { return value_kind == ConstKind::None; }
  bool is_str() const { return value_kind == ConstKind::Str; }
};

COIL_AST_NODE(Attribute, Expr)
  Expr* value = nullptr;
  std::string_view attr;
  Ctx ctx = Ctx::Load;
};

// slice is any expression, a Slice, or a Tuple that may contain Slices.
COIL_AST_NODE(Subscript, Expr)
  Expr* value = nullptr;
  Expr* slice = nullptr;
  Ctx ctx = Ctx::Load;
};

COIL_AST_NODE(Starred, Expr)
  Expr* value = nullptr;
  Ctx ctx = Ctx::Load;
};

COIL_AST_NODE(Name, Expr)
  std::string_view id;
  Ctx ctx = Ctx::Load;
};

COIL_AST_NODE(List, Expr)
  ExprList elts;
  Ctx ctx = Ctx::Load;
};

COIL_AST_NODE(Tuple, Expr)
  ExprList elts;
  Ctx ctx = Ctx::Load;
};

COIL_AST_NODE(Slice, Expr)
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

COIL_AST_NODE(FunctionDef, Stmt)
  std::string_view name;
  Arguments* args = nullptr;
  StmtList body;
  ExprList decorator_list;
  Expr* returns = nullptr;
};

COIL_AST_NODE(ClassDef, Stmt)
  std::string_view name;
  ExprList bases;
  std::span<Keyword*> keywords;
  StmtList body;
  ExprList decorator_list;
};

COIL_AST_NODE(Return, Stmt)
  Expr* value = nullptr;
};

COIL_AST_NODE(Delete, Stmt)
  ExprList targets;  // Del context
};

// targets[0] = targets[1] = ... = value
COIL_AST_NODE(Assign, Stmt)
  ExprList targets;
  Expr* value = nullptr;
};

COIL_AST_NODE(AugAssign, Stmt)
  Expr* target = nullptr;  // Name, Attribute or Subscript in Store context
  BinOpKind op;
  Expr* value = nullptr;
};

// simple: the target is a bare (unparenthesized) Name.
COIL_AST_NODE(AnnAssign, Stmt)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;
};

COIL_AST_NODE(For, Stmt)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  StmtList body;
  StmtList orelse;
};

COIL_AST_NODE(While, Stmt)
  Expr* test = nullptr;
  StmtList body;
  StmtList orelse;
};

// `elif` chains are nested Ifs in orelse.
COIL_AST_NODE(If, Stmt)
  Expr* test = nullptr;
  StmtList body;
  StmtList orelse;
};

COIL_AST_NODE(With, Stmt)
  std::span<WithItem*> items;
  StmtList body;
};

COIL_AST_NODE(Raise, Stmt)
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};

COIL_AST_NODE(Try, Stmt)
  StmtList body;
  std::span<ExceptHandler*> handlers;
  StmtList orelse;
  StmtList finalbody;
};

COIL_AST_NODE(Assert, Stmt)
  Expr* test = nullptr;
  Expr* msg = nullptr;
};

COIL_AST_NODE(Import, Stmt)
  std::span<Alias*> names;
};

// from [.]*module import names; module empty for `from . import x`.
COIL_AST_NODE(ImportFrom, Stmt)
  std::string_view module;
  std::span<Alias*> names;
  int32_t level = 0;
};

COIL_AST_NODE(Global, Stmt)
  NameList names;
};

COIL_AST_NODE(Nonlocal, Stmt)
  NameList names;
};

// An expression statement (CPython's ast.Expr; dumped as "Expr").
COIL_AST_NODE(ExprStmt, Stmt)
  Expr* value = nullptr;
};

COIL_AST_NODE(Pass, Stmt)
};

COIL_AST_NODE(Break, Stmt)
};

COIL_AST_NODE(Continue, Stmt)
};

#undef COIL_AST_NODE

// ---------------------------------------------------------------------------
// Text form
// ---------------------------------------------------------------------------

// CPython's ast.dump(node) (3.11, indent=None): fields in CPython's order,
// None-valued optional fields omitted, lists always shown. With
// `include_attributes`, positions are appended as lineno=, col_offset=,
// end_lineno=, end_col_offset= exactly where CPython puts them.
std::string dump(const Node& node, bool include_attributes = false);

// ---------------------------------------------------------------------------
// Helpers for the compiler
// ---------------------------------------------------------------------------

// The value of an Int constant if it fits in int64_t.
bool int_constant_to_int64(const Constant& c, int64_t* out);

// The value of an Int constant as a decimal digit string (no sign).
std::string int_constant_to_decimal(const Constant& c);

}  // namespace coil::ast
