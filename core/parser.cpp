// Coil — the parser: recursive descent over CPython 3.11's grammar
// (Grammar/python.gram), one function per rule, each headed by its rule.
//
// The grammar is LL(1) almost everywhere once targets are parsed as
// expressions and checked afterwards (as CPython's own invalid_* rules do);
// the two places that need more lookahead — parenthesized with-items and the
// diagnostics that CPython finds in its second "invalid_" pass — save the
// token index, try, and rewind. Tokens are pulled from the lexer lazily, so
// an early syntax error wins over a later tokenizer error, and after a parser
// error the rest of the file is tokenized so that a tokenizer error still
// wins, exactly as CPython reports them.
#include "core/parser.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/lexer.h"

namespace coil {

namespace {

using namespace ast;

struct Pos {
  int line;
  int col;
};

enum class Targets { Star, Del, For };

// CPython's _PyPegen_get_expr_name.
const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      switch (c->value_kind) {
        case ConstKind::None: return "None";
        case ConstKind::False: return "False";
        case ConstKind::True: return "True";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

// True for nodes that CPython's bitwise_or rule can produce.
bool is_bitor_level(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Compare:
    case NodeKind::BoolOp:
    case NodeKind::IfExp:
    case NodeKind::Lambda:
    case NodeKind::NamedExpr:
    case NodeKind::Starred:
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return e->parenthesized;
    case NodeKind::UnaryOp:
      return e->parenthesized || static_cast<const UnaryOp*>(e)->op != UnaryOpKind::Not;
    case NodeKind::Tuple:
      return e->parenthesized;
    default:
      return true;
  }
}

bool is_constant(const Expr* e, ConstKind k) {
  return e->kind == NodeKind::Constant && static_cast<const Constant*>(e)->value_kind == k;
}

// Tokens that can begin an expression (for "Perhaps you forgot a comma?").
bool starts_expression(TokenKind k) {
  switch (k) {
    case TokenKind::NAME:
    case TokenKind::NUMBER:
    case TokenKind::STRING:
    case TokenKind::LPAR:
    case TokenKind::LSQB:
    case TokenKind::LBRACE:
    case TokenKind::MINUS:
    case TokenKind::PLUS:
    case TokenKind::TILDE:
    case TokenKind::ELLIPSIS:
    case TokenKind::KW_NOT:
    case TokenKind::KW_LAMBDA:
    case TokenKind::KW_NONE:
    case TokenKind::KW_TRUE:
    case TokenKind::KW_FALSE:
    case TokenKind::KW_AWAIT:
      return true;
    default:
      return false;
  }
}

bool augassign_op(TokenKind k, BinOpKind* op) {
  switch (k) {
    case TokenKind::PLUSEQUAL: *op = BinOpKind::Add; return true;
    case TokenKind::MINEQUAL: *op = BinOpKind::Sub; return true;
    case TokenKind::STAREQUAL: *op = BinOpKind::Mult; return true;
    case TokenKind::ATEQUAL: *op = BinOpKind::MatMult; return true;
    case TokenKind::SLASHEQUAL: *op = BinOpKind::Div; return true;
    case TokenKind::PERCENTEQUAL: *op = BinOpKind::Mod; return true;
    case TokenKind::AMPEREQUAL: *op = BinOpKind::BitAnd; return true;
    case TokenKind::VBAREQUAL: *op = BinOpKind::BitOr; return true;
    case TokenKind::CIRCUMFLEXEQUAL: *op = BinOpKind::BitXor; return true;
    case TokenKind::LEFTSHIFTEQUAL: *op = BinOpKind::LShift; return true;
    case TokenKind::RIGHTSHIFTEQUAL: *op = BinOpKind::RShift; return true;
    case TokenKind::DOUBLESTAREQUAL: *op = BinOpKind::Pow; return true;
    case TokenKind::DOUBLESLASHEQUAL: *op = BinOpKind::FloorDiv; return true;
    default: return false;
  }
}

// Binary operator precedence levels, loosest first.
enum BinLevel { kLevelBitOr, kLevelBitXor, kLevelBitAnd, kLevelShift, kLevelArith, kLevelTerm };

bool binop_at(int level, TokenKind k, BinOpKind* op) {
  switch (level) {
    case kLevelBitOr:
      if (k == TokenKind::VBAR) { *op = BinOpKind::BitOr; return true; }
      return false;
    case kLevelBitXor:
      if (k == TokenKind::CIRCUMFLEX) { *op = BinOpKind::BitXor; return true; }
      return false;
    case kLevelBitAnd:
      if (k == TokenKind::AMPER) { *op = BinOpKind::BitAnd; return true; }
      return false;
    case kLevelShift:
      if (k == TokenKind::LEFTSHIFT) { *op = BinOpKind::LShift; return true; }
      if (k == TokenKind::RIGHTSHIFT) { *op = BinOpKind::RShift; return true; }
      return false;
    case kLevelArith:
      if (k == TokenKind::PLUS) { *op = BinOpKind::Add; return true; }
      if (k == TokenKind::MINUS) { *op = BinOpKind::Sub; return true; }
      return false;
    case kLevelTerm:
      switch (k) {
        case TokenKind::STAR: *op = BinOpKind::Mult; return true;
        case TokenKind::SLASH: *op = BinOpKind::Div; return true;
        case TokenKind::DOUBLESLASH: *op = BinOpKind::FloorDiv; return true;
        case TokenKind::PERCENT: *op = BinOpKind::Mod; return true;
        case TokenKind::AT: *op = BinOpKind::MatMult; return true;
        default: return false;
      }
    default:
      return false;
  }
}

std::string format(const char* fmt, std::string_view a) {
  std::string out;
  for (const char* p = fmt; *p; p++) {
    if (p[0] == '%' && p[1] == 's') {
      out += a;
      p++;
    } else {
      out += *p;
    }
  }
  return out;
}

// Thrown (and caught) only while speculating: carries nothing.
struct SpeculationFailed {};

class Parser {
 public:
  Parser(Arena& arena, std::string_view src, std::string_view filename)
      : arena_(arena), lex_(src, filename), err_(lex_.errors()), src_(src) {}

  // A parser for the expression part of an f-string replacement field.
  Parser(Arena& arena, std::string_view src, std::string_view filename, uint32_t begin,
         uint32_t end, int line, int line_start, int depth, int fnesting)
      : arena_(arena),
        lex_(src, filename, begin, end, line, line_start),
        err_(lex_.errors()),
        src_(src),
        depth_(depth),
        fnesting_(fnesting),
        sub_parser_(true) {}

  Module* parse_file();
  Expression* parse_eval();
  Expr* parse_fstring_replacement();

 private:
  Arena& arena_;
  Lexer lex_;
  const ErrorBuilder& err_;
  std::string_view src_;
  std::vector<Token> toks_;
  size_t p_ = 0;
  int last_end_line_ = 1;
  int last_end_col_ = 0;
  int depth_ = 0;
  int speculating_ = 0;
  int real_errors_at_ = -1;  // speculation depth whose specific errors are real
                             // (a CPython second-pass rule tried after a failure)
  size_t spec_fail_p_ = 0;  // where the last failed speculation stopped
  size_t furthest_ = 0;     // furthest token read outside speculation (CPython's
                            // first-pass "last token": where "invalid syntax" points)
  int fnesting_ = 0;
  bool sub_parser_ = false;

  // --- tokens ---------------------------------------------------------------

  const Token& peek_ref(size_t k) {
    while (toks_.size() <= p_ + k) {
      if (!toks_.empty() && toks_.back().kind == TokenKind::ENDMARKER) return toks_.back();
      toks_.push_back(lex_.next());
    }
    if (!speculating_ && p_ + k > furthest_) furthest_ = p_ + k;
    return toks_[p_ + k];
  }
  Token tok(size_t k = 0) { return peek_ref(k); }
  // A peek that CPython's first pass would not make (not counted as read).
  TokenKind kind_quiet(size_t k) {
    size_t saved = furthest_;
    TokenKind r = peek_ref(k).kind;
    furthest_ = saved;
    return r;
  }
  TokenKind kind(size_t k = 0) { return peek_ref(k).kind; }
  bool at(TokenKind k) { return kind() == k; }
  Token advance() {
    Token t = peek_ref(0);
    if (t.kind != TokenKind::ENDMARKER) p_++;
    if (t.kind != TokenKind::NEWLINE && t.kind != TokenKind::INDENT &&
        t.kind != TokenKind::DEDENT && t.kind != TokenKind::ENDMARKER) {
      last_end_line_ = t.end_line;
      last_end_col_ = t.end_col;
    }
    return t;
  }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  Token expect(TokenKind k) {
    if (!at(k)) invalid_syntax();
    return advance();
  }
  // A token CPython's grammar forces (&&':'): "expected ':'" when missing.
  Token expect_forced(TokenKind k) {
    if (!at(k)) {
      std::string msg = "expected '";
      msg += token_spelling(k);
      msg += "'";
      fail_at(tok(), "SyntaxError", msg);
    }
    return advance();
  }
  // A ':' that CPython reports as "expected ':'" only when the line ends
  // there (invalid_if_stmt and friends); anything else is "invalid syntax".
  Token expect_colon() {
    if (!at(TokenKind::COLON)) {
      if (at(TokenKind::NEWLINE)) fail_at(tok(), "SyntaxError", "expected ':'");
      invalid_syntax();
    }
    return advance();
  }
  // 'for' or 'async for': a comprehension clause starts here.
  bool at_comp_for() {
    return at(TokenKind::KW_FOR) || (at(TokenKind::KW_ASYNC) && kind(1) == TokenKind::KW_FOR);
  }
  bool at_name(std::string_view word) {
    const Token& t = peek_ref(0);
    return t.kind == TokenKind::NAME && lex_.text(t) == word;
  }
  std::string_view text(const Token& t) { return lex_.text(t); }
  std::string_view ident(const Token& t) { return lex_.text(t); }

  // --- positions --------------------------------------------------------------

  static Pos start(const Token& t) { return {t.line, t.col}; }
  static Pos start(const Node* n) { return {n->line, n->col}; }
  Pos here() {
    const Token& t = peek_ref(0);
    return {t.line, t.col};
  }
  template <class T>
  T* node(Pos s) {
    T* n = arena_.make<T>();
    n->line = s.line;
    n->col = s.col;
    return n;
  }
  template <class T>
  T* finish(T* n) {
    n->end_line = last_end_line_;
    n->end_col = last_end_col_;
    return n;
  }
  template <class T>
  T* finish_at(T* n, const Node* last) {
    n->end_line = last->end_line;
    n->end_col = last->end_col;
    return n;
  }
  template <class T>
  std::span<T> list(const std::vector<T>& v) {
    return arena_.copy(v);
  }

  // --- errors -----------------------------------------------------------------

  bool reporting() const { return !speculating_ || speculating_ == real_errors_at_; }
  [[noreturn]] void throw_error(SyntaxErrorInfo info, bool check_rest = true, bool generic = false) {
    if (speculating_ && (generic || speculating_ != real_errors_at_)) throw SpeculationFailed{};
    // CPython compares against the furthest token read, not the error's line.
    if (check_rest && !sub_parser_) lex_.check_rest(toks_.empty() ? info.line : toks_.back().line);
    throw SyntaxErrorException(std::move(info));
  }
  [[noreturn]] void fail_range(const char* kind, std::string msg, int line, int col, int end_line,
                               int end_col) {
    throw_error(err_.make(kind, std::move(msg), line, col, end_line, end_col));
  }
  [[noreturn]] void fail_node(const Node* n, std::string msg) {
    fail_range("SyntaxError", std::move(msg), n->line, n->col, n->end_line, n->end_col);
  }
  [[noreturn]] void fail_between(const Node* a, const Node* b, std::string msg) {
    fail_range("SyntaxError", std::move(msg), a->line, a->col, b->end_line, b->end_col);
  }
  // An error located at token t; EOF, INDENT and DEDENT tokens are located
  // where CPython's tokenizer leaves them.
  [[noreturn]] void fail_at(const Token& t, const char* kind, std::string msg) {
    if (t.kind == TokenKind::ENDMARKER ||
        (t.kind == TokenKind::DEDENT && t.start >= src_.size())) {
      int line, offset;
      lex_.eof_error_position(&line, &offset);
      SyntaxErrorInfo info = err_.make(kind, std::move(msg), line, 0, line, 0);
      info.col = offset;
      info.end_col = -1;
      bool final = msg_is_unexpected_indent(info.message);
      throw_error(std::move(info), !final);
    }
    if (t.kind == TokenKind::INDENT || t.kind == TokenKind::DEDENT) {
      SyntaxErrorInfo info = err_.make(kind, std::move(msg), t.line, 0, t.line, 0);
      info.col = err_.char_col(t.line, t.kind == TokenKind::INDENT ? t.end_col : t.col);
      info.end_col = -1;
      // "unexpected indent" is final in CPython: the rest is not tokenized.
      // "unexpected indent" is final in CPython: the rest is not tokenized.
      bool final = msg_is_unexpected_indent(info.message);
      throw_error(std::move(info), !final);
    }
    fail_range(kind, std::move(msg), t.line, t.col, t.end_line, t.end_col);
  }
  static bool msg_is_unexpected_indent(const std::string& m) {
    return m == "unexpected indent" || m == "unexpected unindent";
  }
  // The generic error at the current token.
  [[noreturn]] void invalid_syntax() {
    if (speculating_) throw SpeculationFailed{};
    Token t = tok();
    if (furthest_ > p_ && furthest_ < toks_.size()) t = toks_[furthest_];
    if (t.kind == TokenKind::DEDENT && t.start >= src_.size())
      fail_at(t, "IndentationError", "unexpected unindent");
    if (t.kind == TokenKind::ENDMARKER) {
      // CPython's EOF tokens have no column: offset and end_offset are 0.
      int line, offset;
      lex_.eof_error_position(&line, &offset);
      SyntaxErrorInfo info = err_.make("SyntaxError", "invalid syntax", line, 0, line, 0);
      info.col = 0;
      info.end_col = 0;
      throw_error(std::move(info), true, true);
    }
    if (t.kind == TokenKind::INDENT) fail_at(t, "IndentationError", "unexpected indent");
    if (t.kind == TokenKind::DEDENT && t.start < src_.size())
      fail_at(t, "IndentationError", "unexpected unindent");
    fail_at(t, "SyntaxError", "invalid syntax");
  }
  [[noreturn]] void unsupported(const Token& t, const char* what) {
    fail_at(t, "SyntaxError", std::string(what) + " is not supported by Coil");
  }

  // Runs f speculatively; on any syntax error, rewinds and returns nullptr.
  template <class F>
  auto speculate(F f) -> decltype(f()) {
    size_t saved_p = p_;
    int saved_depth = depth_, saved_line = last_end_line_, saved_col = last_end_col_;
    speculating_++;
    try {
      auto r = f();
      speculating_--;
      return r;
    } catch (SpeculationFailed&) {
      // Tokenizer errors are not caught: CPython's second pass meets them too.
    } catch (...) {
      speculating_--;
      throw;
    }
    speculating_--;
    spec_fail_p_ = p_;
    p_ = saved_p;
    depth_ = saved_depth;
    last_end_line_ = saved_line;
    last_end_col_ = saved_col;
    return nullptr;
  }
  // Runs f speculatively and always rewinds; returns its result or nullptr.
  template <class F>
  auto lookahead_parse(F f) -> decltype(f()) {
    size_t saved_p = p_;
    int saved_line = last_end_line_, saved_col = last_end_col_;
    auto r = speculate(f);
    rewind(saved_p, saved_line, saved_col);
    return r;
  }
  // While speculating (CPython's second pass is a PEG), a right operand that
  // fails leaves its operator unconsumed instead of failing the whole parse.
  template <class F>
  Expr* operand(F f, size_t op_p, int el, int ec) {
    if (!speculating_) return f();
    int d = depth_;
    try {
      return f();
    } catch (SpeculationFailed&) {
      depth_ = d;
      rewind(op_p, el, ec);
      return nullptr;
    }
  }
  void rewind(size_t p, int line, int col) {
    p_ = p;
    last_end_line_ = line;
    last_end_col_ = col;
  }

  // Expression nesting limit.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxExpressionDepth) p.too_deep();
    }
    ~DepthGuard() { p.depth_--; }
  };
  void bump_depth() {
    if (++depth_ > kMaxExpressionDepth) too_deep();
  }
  [[noreturn]] void too_deep() {
    fail_at(tok(), "SyntaxError", "too many nested expressions (Coil's limit is 3000)");
  }

  // --- statements -------------------------------------------------------------
  void statements(std::vector<Stmt*>& out);
  void statement(std::vector<Stmt*>& out);
  void simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* expr_stmt();
  StmtList block(const char* what, int line);
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt();
  Stmt* with_stmt();
  bool with_items_parenthesized(std::vector<WithItem*>& items);
  WithItem* with_item();
  Stmt* try_stmt();
  Stmt* funcdef(std::vector<Expr*>& decorators, Pos start);
  Stmt* classdef(std::vector<Expr*>& decorators, Pos start);
  Stmt* decorated();
  Stmt* return_stmt();
  Stmt* raise_stmt();
  Stmt* global_stmt(bool nonlocal);
  Stmt* del_stmt();
  Stmt* assert_stmt();
  Stmt* import_name();
  Stmt* import_from();
  std::string_view dotted_name();
  bool looks_like_match();
  [[noreturn]] void fail_after_statement(Stmt* s);

  // --- expressions --------------------------------------------------------------
  Expr* star_expressions();
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression(bool checks = true);
  void check_invalid_eq(Expr* e);
  Expr* expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* binary(int level);
  Expr* factor();
  Expr* power();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* call(Expr* func, Pos s);
  Expr* slices();
  Expr* slice_item();
  Expr* lambdef();
  Arguments* parameters(TokenKind closer, bool annotations, Pos fallback);
  Arg* param(bool annotations, bool star_annotation);
  Expr* yield_expr();
  Expr* star_targets_for();
  std::span<Comprehension*> comprehension_clauses();
  Expr* genexp_tail(Expr* elt, Pos start);
  [[noreturn]] void fail_after_expr(Expr* a, size_t a_first_tok);
  [[noreturn]] void comprehension_target_error(const std::vector<Expr*>& items, const Token& comma);
  void check_target(Expr* e, Targets type);
  Expr* find_invalid_target(Expr* e, Targets type, Ctx ctx);

  // --- literals -------------------------------------------------------------------
  Expr* number(const Token& t);
  Expr* strings();
  void decode_string(const Token& t, uint32_t b, uint32_t e, std::string& out);
  bool decode_escape(const Token& t, uint32_t& i, uint32_t e, bool bytes, std::string& out);
  struct FState {
    std::vector<Expr*> values;
    std::string literal;
    std::vector<Expr*> located;  // nodes that take the whole string's position
    bool u_prefix = false;
    const Token* spec_tok = nullptr;  // inside a format spec: its nodes take this token's position
  };
  void flush_literal(FState& st, std::vector<Expr*>& into);
  void fstring_body(const Token& t, uint32_t& i, uint32_t e, int level, FState& st,
                    std::vector<Expr*>& into);
  void fstring_field(const Token& t, uint32_t& i, uint32_t e, int level, FState& st,
                     std::vector<Expr*>& into);
  [[noreturn]] void fstring_error(std::string msg);
  Token fstring_token_;  // the token after the strings (f-string errors point there)
};

// ===========================================================================
// Statements
// ===========================================================================

// file: [statements] ENDMARKER
Module* Parser::parse_file() {
  Module* m = node<Module>({1, 0});
  std::vector<Stmt*> body;
  statements(body);
  if (!at(TokenKind::ENDMARKER)) invalid_syntax();
  m->body = list(body);
  return m;
}

// eval: expressions NEWLINE* ENDMARKER
Expression* Parser::parse_eval() {
  Expression* e = node<Expression>({1, 0});
  bool indented = accept(TokenKind::INDENT);
  e->body = star_expressions();
  if (at(TokenKind::KW_FOR) || (!at(TokenKind::NEWLINE) && !at(TokenKind::ENDMARKER) &&
                                !(indented && at(TokenKind::DEDENT))))
    fail_after_expr(e->body, 0);
  while (accept(TokenKind::NEWLINE) || (indented && accept(TokenKind::DEDENT))) {
  }
  if (!at(TokenKind::ENDMARKER)) invalid_syntax();
  return e;
}

// statements: statement+   (up to a DEDENT or the end)
void Parser::statements(std::vector<Stmt*>& out) {
  for (;;) {
    TokenKind k = kind();
    if (k == TokenKind::ENDMARKER || k == TokenKind::DEDENT) return;
    statement(out);
  }
}

// statement: compound_stmt | simple_stmts
void Parser::statement(std::vector<Stmt*>& out) {
  Token t = tok();
  switch (t.kind) {
    case TokenKind::KW_IF: out.push_back(if_stmt(false)); return;
    case TokenKind::KW_WHILE: out.push_back(while_stmt()); return;
    case TokenKind::KW_FOR: out.push_back(for_stmt()); return;
    case TokenKind::KW_WITH: out.push_back(with_stmt()); return;
    case TokenKind::KW_TRY: out.push_back(try_stmt()); return;
    case TokenKind::KW_DEF:
    case TokenKind::KW_CLASS:
    case TokenKind::AT: out.push_back(decorated()); return;
    case TokenKind::KW_ASYNC: {
      TokenKind n = kind(1);
      if (n == TokenKind::KW_DEF) unsupported(t, "'async def'");
      if (n == TokenKind::KW_FOR) unsupported(t, "'async for'");
      if (n == TokenKind::KW_WITH) unsupported(t, "'async with'");
      advance();
      invalid_syntax();
    }
    case TokenKind::INDENT: fail_at(t, "IndentationError", "unexpected indent");
    case TokenKind::NAME: {
      size_t saved_furthest = furthest_;  // these peeks are not CPython's
      if (text(t) == "match" && looks_like_match()) unsupported(t, "'match' statement");
      if (text(t) == "type" && kind(1) == TokenKind::NAME &&
          (kind(2) == TokenKind::EQUAL || kind(2) == TokenKind::LSQB))
        unsupported(t, "'type' statement");
      furthest_ = saved_furthest;
      break;
    }
    default: break;
  }
  simple_stmts(out);
}

// A `match` soft keyword starts a match statement when the logical line
// ends with ':' and the next token cannot continue an expression statement.
bool Parser::looks_like_match() {
  switch (kind(1)) {
    case TokenKind::NEWLINE: case TokenKind::EQUAL: case TokenKind::COLON:
    case TokenKind::DOT: case TokenKind::COMMA: case TokenKind::RPAR:
    case TokenKind::SEMI: case TokenKind::ENDMARKER:
      return false;
    default:
      break;
  }
  BinOpKind op;
  if (augassign_op(kind(1), &op)) return false;
  for (size_t k = 1;; k++) {
    TokenKind n = kind(k);
    if (n == TokenKind::NEWLINE || n == TokenKind::ENDMARKER) return kind(k - 1) == TokenKind::COLON;
  }
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    Stmt* s = simple_stmt();
    out.push_back(s);
    if (accept(TokenKind::SEMI)) {
      if (at(TokenKind::NEWLINE)) break;
      continue;
    }
    if (at(TokenKind::NEWLINE)) break;
    fail_after_statement(s);
  }
  advance();  // NEWLINE
}

// The statement ended with something unexpected: CPython's legacy-print and
// missing-comma diagnostics, else "invalid syntax".
void Parser::fail_after_statement(Stmt* s) {
  Expr* e = nullptr;
  switch (s->kind) {
    case NodeKind::ExprStmt: e = static_cast<ExprStmt*>(s)->value; break;
    case NodeKind::Assign: e = static_cast<Assign*>(s)->value; break;
    case NodeKind::AugAssign: e = static_cast<AugAssign*>(s)->value; break;
    case NodeKind::Return: e = static_cast<Return*>(s)->value; break;
    case NodeKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      e = a->value ? a->value : a->annotation;
      break;
    }
    default: break;
  }
  if (e && e->end_line == last_end_line_ && e->end_col == last_end_col_)
    fail_after_expr(e, s->kind == NodeKind::ExprStmt ? static_cast<size_t>(-1) : static_cast<size_t>(-2));
  invalid_syntax();
}

// simple_stmt: assignment | star_expressions | return_stmt | import_stmt
//   | raise_stmt | 'pass' | del_stmt | yield_stmt | assert_stmt | 'break'
//   | 'continue' | global_stmt | nonlocal_stmt
Stmt* Parser::simple_stmt() {
  Token t = tok();
  switch (t.kind) {
    case TokenKind::KW_PASS: advance(); return finish(node<Pass>(start(t)));
    case TokenKind::KW_BREAK: advance(); return finish(node<Break>(start(t)));
    case TokenKind::KW_CONTINUE: advance(); return finish(node<Continue>(start(t)));
    case TokenKind::KW_RETURN: return return_stmt();
    case TokenKind::KW_RAISE: return raise_stmt();
    case TokenKind::KW_GLOBAL: return global_stmt(false);
    case TokenKind::KW_NONLOCAL: return global_stmt(true);
    case TokenKind::KW_DEL: return del_stmt();
    case TokenKind::KW_ASSERT: return assert_stmt();
    case TokenKind::KW_IMPORT: return import_name();
    case TokenKind::KW_FROM: return import_from();
    default: return expr_stmt();
  }
}

// assignment:
//     | NAME ':' expression ['=' annotated_rhs]
//     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
//     | (star_targets '=')+ (yield_expr | star_expressions)
//     | single_target augassign (yield_expr | star_expressions)
// star_expressions and yield_stmt otherwise.
Stmt* Parser::expr_stmt() {
  Pos s = here();
  Expr* e = at(TokenKind::KW_YIELD) ? yield_expr() : star_expressions();
  TokenKind k = kind();
  BinOpKind op;
  if (k == TokenKind::COLON) {
    // Annotated assignment. CPython's diagnostics need ':' expression.
    bool bad_target = e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
                      e->kind != NodeKind::Subscript;
    if (bad_target && !starts_expression(kind_quiet(1))) invalid_syntax();
    if (e->kind == NodeKind::Tuple && !e->parenthesized) {
      auto* tup = static_cast<Tuple*>(e);
      fail_node(tup->elts.empty() ? e : tup->elts[0], "only single target (not tuple) can be annotated");
    }
    if (e->kind == NodeKind::Tuple || e->kind == NodeKind::List)
      fail_node(e, format("only single target (not %s) can be annotated", expr_name(e)));
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
        e->kind != NodeKind::Subscript)
      fail_node(e, "illegal target for annotation");
    advance();
    auto* a = node<AnnAssign>(s);
    a->target = e;
    a->simple = e->kind == NodeKind::Name && !e->parenthesized;
    find_invalid_target(e, Targets::Star, Ctx::Store);
    a->annotation = expression();
    if (accept(TokenKind::EQUAL)) a->value = at(TokenKind::KW_YIELD) ? yield_expr() : star_expressions();
    return finish(a);
  }
  if (augassign_op(k, &op)) {
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute &&
        e->kind != NodeKind::Subscript)
      fail_node(e, format("'%s' is an illegal expression for augmented assignment", expr_name(e)));
    advance();
    find_invalid_target(e, Targets::Star, Ctx::Store);
    auto* a = node<AugAssign>(s);
    a->target = e;
    a->op = op;
    a->value = at(TokenKind::KW_YIELD) ? yield_expr() : star_expressions();
    return finish(a);
  }
  if (k == TokenKind::EQUAL) {
    std::vector<Expr*> items{e};
    size_t after_first_eq = p_ + 1;
    // Each target is checked when its '=' is seen, before the right-hand
    // side is parsed (CPython's invalid_assignment: star_expressions '=').
    while (at(TokenKind::EQUAL)) {
      Expr* target = items.back();
      if (target->kind == NodeKind::Yield || target->kind == NodeKind::YieldFrom)
        fail_node(target, "assignment to yield expression not possible");
      Expr* bad = find_invalid_target(target, Targets::Star, Ctx::Store);
      if (!bad) {
        advance();  // =
        items.push_back(at(TokenKind::KW_YIELD) ? yield_expr() : star_expressions());
        continue;
      }
      // CPython's second pass tries invalid_named_expression on the element
      // of the first target list that stands right before the first '='.
      Expr* last = e;
      if (e->kind == NodeKind::Tuple && !e->parenthesized && !static_cast<Tuple*>(e)->elts.empty())
        last = static_cast<Tuple*>(e)->elts.back();
      if (is_bitor_level(last) && !is_constant(last, ConstKind::True) &&
          !is_constant(last, ConstKind::False) && !is_constant(last, ConstKind::None)) {
        size_t save = p_;
        int sl = last_end_line_, sc = last_end_col_;
        p_ = after_first_eq;
        Expr* b = speculate([&] { return binary(kLevelBitOr); });
        bool fits = b && !at(TokenKind::EQUAL) && !at(TokenKind::COLONEQUAL);
        rewind(save, sl, sc);
        if (fits && last->kind == NodeKind::Name && !last->parenthesized)
          fail_between(last, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        if (fits && last->kind != NodeKind::List && last->kind != NodeKind::Tuple &&
            last->kind != NodeKind::GeneratorExp)
          fail_node(last, format("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                 expr_name(last)));
      }
      fail_node(bad, format("cannot assign to %s", expr_name(bad)));
    }
    Expr* value = items.back();
    items.pop_back();
    auto* a = node<Assign>(s);
    a->targets = list(items);
    a->value = value;
    return finish(a);
  }
  auto* x = node<ExprStmt>(s);
  x->value = e;
  return finish(x);
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
StmtList Parser::block(const char* what, int line) {
  std::vector<Stmt*> body;
  if (accept(TokenKind::NEWLINE)) {
    if (!at(TokenKind::INDENT)) {
      char msg[128];
      std::snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
      fail_at(tok(), "IndentationError", msg);
    }
    advance();
    statements(body);
    if (!at(TokenKind::DEDENT)) invalid_syntax();
    advance();
  } else {
    if (at(TokenKind::INDENT) || at(TokenKind::DEDENT) || at(TokenKind::ENDMARKER)) invalid_syntax();
    simple_stmts(body);
  }
  return list(body);
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
// else_block: 'else' &&':' block
// An elif chain is built iteratively (it nests in the AST, not on the stack);
// its length counts toward the nesting limit, as consumers recurse on it.
Stmt* Parser::if_stmt(bool elif) {
  std::vector<If*> chain;
  int saved_depth = depth_;
  for (;;) {
    Token kw = advance();
    auto* s = node<If>(start(kw));
    if (!chain.empty()) {
      chain.back()->orelse = list(std::vector<Stmt*>{s});
      depth_++;
      if (chain.size() > static_cast<size_t>(kMaxElifChain))
        fail_at(kw, "SyntaxError", "too many 'elif' branches (Coil's limit is 2500)");
    }
    chain.push_back(s);
    s->test = named_expression();
    expect_colon();
    s->body = block(elif || chain.size() > 1 ? "'elif' statement" : "'if' statement", kw.line);
    if (at(TokenKind::KW_ELIF)) continue;
    if (at(TokenKind::KW_ELSE)) {
      Token e = advance();
      expect_forced(TokenKind::COLON);
      s->orelse = block("'else' statement", e.line);
    }
    break;
  }
  depth_ = saved_depth;
  for (If* s : chain) finish(s);
  return chain.front();
}

// while_stmt: 'while' named_expression ':' block [else_block]
Stmt* Parser::while_stmt() {
  Token kw = advance();
  auto* s = node<While>(start(kw));
  s->test = named_expression();
  expect_colon();
  s->body = block("'while' statement", kw.line);
  if (at(TokenKind::KW_ELSE)) {
    Token e = advance();
    expect_forced(TokenKind::COLON);
    s->orelse = block("'else' statement", e.line);
  }
  return finish(s);
}

// for_stmt: 'for' star_targets 'in' ~ star_expressions &&':' block [else_block]
Stmt* Parser::for_stmt() {
  Token kw = advance();
  auto* s = node<For>(start(kw));
  s->target = star_targets_for();
  if (!at(TokenKind::KW_IN)) invalid_syntax();
  advance();
  s->iter = star_expressions();
  expect_colon();
  s->body = block("'for' statement", kw.line);
  if (at(TokenKind::KW_ELSE)) {
    Token e = advance();
    expect_forced(TokenKind::COLON);
    s->orelse = block("'else' statement", e.line);
  }
  return finish(s);
}

// star_targets (as in for loops and comprehensions):
//     star_target !',' | star_target (',' star_target)* [',']
// Each target is parsed at bitwise_or level, then checked.
Expr* Parser::star_targets_for() {
  Pos s = here();
  size_t start_p = p_;
  int sl = last_end_line_, sc = last_end_col_;
  auto targets = [&]() -> Expr* {
    std::vector<Expr*> items;
    bool comma = false;
    for (;;) {
      Expr* e;
      if (at(TokenKind::STAR)) {
        Token st = advance();
        auto* sx = node<Starred>(start(st));
        sx->value = primary();
        e = finish(sx);
      } else {
        e = primary();
      }
      items.push_back(e);
      if (!accept(TokenKind::COMMA)) break;
      comma = true;
      if (at(TokenKind::KW_IN)) break;
    }
    if (!at(TokenKind::KW_IN)) invalid_syntax();
    if (!comma) return items[0];
    auto* t = node<Tuple>(s);
    t->elts = list(items);
    return finish(t);
  };
  Expr* target = speculate(targets);
  if (target) {
    check_target(target, Targets::For);
    return target;
  }
  size_t fail_p = spec_fail_p_;
  // invalid_for_target: 'for' star_expressions -> "cannot assign to %s"
  // (a second-pass rule: its own specific errors are reported).
  int saved_real = real_errors_at_;
  real_errors_at_ = speculating_ + 1;
  Expr* e = lookahead_parse([&] { return star_expressions(); });
  real_errors_at_ = saved_real;
  if (e) {
    if (Expr* bad = find_invalid_target(e, Targets::For, Ctx::Store))
      fail_node(bad, format("cannot assign to %s", expr_name(bad)));
  }
  rewind(fail_p, sl, sc);
  (void)start_p;
  invalid_syntax();
}

// with_stmt:
//     | 'with' '(' ','.with_item+ ','? ')' ':' block
//     | 'with' ','.with_item+ ':' block
Stmt* Parser::with_stmt() {
  Token kw = advance();
  auto* s = node<With>(start(kw));
  std::vector<WithItem*> items;
  if (!(at(TokenKind::LPAR) && with_items_parenthesized(items))) {
    items.clear();
    for (;;) {
      items.push_back(with_item());
      if (!accept(TokenKind::COMMA)) break;
    }
  }
  s->items = list(items);
  expect_colon();
  s->body = block("'with' statement", kw.line);
  return finish(s);
}

// '(' ','.with_item+ ','? ')' &':' — tried first, abandoned if it does not fit.
bool Parser::with_items_parenthesized(std::vector<WithItem*>& items) {
  auto* r = speculate([&]() -> std::vector<WithItem*>* {
    advance();  // (
    for (;;) {
      items.push_back(with_item());
      if (!accept(TokenKind::COMMA)) break;
      if (at(TokenKind::RPAR)) break;
    }
    if (!accept(TokenKind::RPAR) || !at(TokenKind::COLON)) throw SpeculationFailed{};
    return &items;
  });
  return r != nullptr;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
WithItem* Parser::with_item() {
  auto* w = node<WithItem>(here());
  w->context_expr = expression();
  if (accept(TokenKind::KW_AS)) {
    Expr* t = expression();
    check_target(t, Targets::Star);
    w->optional_vars = t;
  }
  w->end_line = last_end_line_;
  w->end_col = last_end_col_;
  return w;
}

// try_stmt:
//     | 'try' &&':' block finally_block
//     | 'try' &&':' block except_block+ [else_block] [finally_block]
// except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
// finally_block: 'finally' &&':' block
Stmt* Parser::try_stmt() {
  Token kw = advance();
  auto* s = node<Try>(start(kw));
  expect_forced(TokenKind::COLON);
  s->body = block("'try' statement", kw.line);
  std::vector<ExceptHandler*> handlers;
  while (at(TokenKind::KW_EXCEPT)) {
    Token ex = advance();
    if (at(TokenKind::STAR)) unsupported(ex, "'except*'");
    auto* h = node<ExceptHandler>(start(ex));
    if (!at(TokenKind::COLON)) {
      if (at(TokenKind::NEWLINE)) fail_at(tok(), "SyntaxError", "expected ':'");
      Expr* type = expression();
      if (at(TokenKind::COMMA)) {
        // except A, B:  -> CPython's invalid_except_stmt
        size_t save = p_;
        int sl = last_end_line_, sc = last_end_col_;
        advance();
        Expr* rest = speculate([&] { return star_expressions(); });
        if (rest && (at(TokenKind::COLON) || at(TokenKind::KW_AS)))
          fail_between(type, rest, "multiple exception types must be parenthesized");
        rewind(save, sl, sc);
        invalid_syntax();
      }
      h->type = type;
      if (accept(TokenKind::KW_AS)) {
        if (!at(TokenKind::NAME)) {
          Expr* bad = speculate([&] { return expression(); });
          if (bad && (at(TokenKind::COLON)))
            fail_node(bad, format("cannot use %s as except target", expr_name(bad)));
          invalid_syntax();
        }
        h->name = ident(advance());
      }
    }
    if (!at(TokenKind::COLON)) {
      if (at(TokenKind::NEWLINE)) fail_at(tok(), "SyntaxError", "expected ':'");
      invalid_syntax();
    }
    advance();
    h->body = block("'except' statement", ex.line);
    handlers.push_back(finish(h));
  }
  s->handlers = list(handlers);
  if (!handlers.empty() && at(TokenKind::KW_ELSE)) {
    Token e = advance();
    expect_forced(TokenKind::COLON);
    s->orelse = block("'else' statement", e.line);
  }
  if (at(TokenKind::KW_FINALLY)) {
    Token f = advance();
    expect_forced(TokenKind::COLON);
    s->finalbody = block("'finally' statement", f.line);
  } else if (handlers.empty()) {
    fail_at(tok(), "SyntaxError", "expected 'except' or 'finally' block");
  }
  return finish(s);
}

// decorators: ('@' f=named_expression NEWLINE)+
// then function_def_raw | class_def_raw
Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (at(TokenKind::AT)) {
    advance();
    decorators.push_back(named_expression());
    if (!at(TokenKind::NEWLINE)) invalid_syntax();
    advance();
  }
  Token t = tok();
  if (t.kind == TokenKind::KW_DEF) return funcdef(decorators, start(t));
  if (t.kind == TokenKind::KW_CLASS) return classdef(decorators, start(t));
  if (t.kind == TokenKind::KW_ASYNC && kind(1) == TokenKind::KW_DEF) unsupported(t, "'async def'");
  invalid_syntax();
}

// function_def_raw:
//     'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
Stmt* Parser::funcdef(std::vector<Expr*>& decorators, Pos s) {
  Token kw = advance();
  auto* f = node<FunctionDef>(s);
  if (!at(TokenKind::NAME)) invalid_syntax();
  f->name = ident(advance());
  if (at(TokenKind::LSQB)) unsupported(tok(), "type parameter syntax");
  Token lp = expect_forced(TokenKind::LPAR);
  f->args = parameters(TokenKind::RPAR, true, start(lp));
  expect(TokenKind::RPAR);
  if (accept(TokenKind::RARROW)) f->returns = expression();
  expect_forced(TokenKind::COLON);
  f->decorator_list = list(decorators);
  f->body = block("function definition", kw.line);
  return finish(f);
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] &&':' block
Stmt* Parser::classdef(std::vector<Expr*>& decorators, Pos s) {
  Token kw = advance();
  auto* c = node<ClassDef>(s);
  if (!at(TokenKind::NAME)) invalid_syntax();
  Token name = advance();
  c->name = ident(name);
  if (at(TokenKind::LSQB)) unsupported(tok(), "type parameter syntax");
  if (at(TokenKind::LPAR)) {
    auto* fake = node<Name>(start(name));
    finish(fake);
    auto* call_node = static_cast<Call*>(call(fake, start(name)));
    c->bases = call_node->args;
    c->keywords = call_node->keywords;
  }
  expect_colon();
  c->decorator_list = list(decorators);
  c->body = block("class definition", kw.line);
  return finish(c);
}

// return_stmt: 'return' [star_expressions]
Stmt* Parser::return_stmt() {
  Token kw = advance();
  auto* r = node<Return>(start(kw));
  if (!at(TokenKind::NEWLINE) && !at(TokenKind::SEMI)) r->value = star_expressions();
  return finish(r);
}

// raise_stmt: 'raise' expression ['from' expression] | 'raise'
Stmt* Parser::raise_stmt() {
  Token kw = advance();
  auto* r = node<Raise>(start(kw));
  if (!at(TokenKind::NEWLINE) && !at(TokenKind::SEMI)) {
    r->exc = expression();
    if (accept(TokenKind::KW_FROM)) r->cause = expression();
  }
  return finish(r);
}

// global_stmt: 'global' ','.NAME+
// nonlocal_stmt: 'nonlocal' ','.NAME+
Stmt* Parser::global_stmt(bool nonlocal) {
  Token kw = advance();
  std::vector<std::string_view> names;
  for (;;) {
    if (!at(TokenKind::NAME)) invalid_syntax();
    names.push_back(ident(advance()));
    if (!accept(TokenKind::COMMA)) break;
  }
  if (nonlocal) {
    auto* n = node<Nonlocal>(start(kw));
    n->names = list(names);
    return finish(n);
  }
  auto* g = node<Global>(start(kw));
  g->names = list(names);
  return finish(g);
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
Stmt* Parser::del_stmt() {
  Token kw = advance();
  auto* d = node<Delete>(start(kw));
  Expr* e = star_expressions();
  if (!at(TokenKind::SEMI) && !at(TokenKind::NEWLINE)) invalid_syntax();
  Expr* bad = find_invalid_target(e, Targets::Del, Ctx::Del);
  if (bad) fail_node(bad, format("cannot delete %s", expr_name(bad)));
  std::vector<Expr*> targets;
  if (e->kind == NodeKind::Tuple && !e->parenthesized) {
    for (Expr* x : static_cast<Tuple*>(e)->elts) targets.push_back(x);
  } else {
    targets.push_back(e);
  }
  d->targets = list(targets);
  return finish(d);
}

// assert_stmt: 'assert' expression [',' expression]
Stmt* Parser::assert_stmt() {
  Token kw = advance();
  auto* a = node<Assert>(start(kw));
  a->test = expression();
  if (accept(TokenKind::COMMA)) a->msg = expression();
  return finish(a);
}

// dotted_name: dotted_name '.' NAME | NAME
std::string_view Parser::dotted_name() {
  if (!at(TokenKind::NAME)) invalid_syntax();
  Token first = advance();
  uint32_t end = first.end;
  bool plain = true;
  while (at(TokenKind::DOT)) {
    advance();
    if (!at(TokenKind::NAME)) invalid_syntax();
    Token n = advance();
    if (n.start != end + 1) plain = false;  // spaces around the dots
    end = n.end;
  }
  std::string_view whole = src_.substr(first.start, end - first.start);
  if (plain) return whole;
  std::string compact;
  for (char c : whole)
    if (c != ' ' && c != '\t' && c != '\\' && c != '\n' && c != '\r' && c != '\f') compact += c;
  return arena_.copy_str(compact);
}

// import_name: 'import' dotted_as_names
// dotted_as_name: dotted_name ['as' NAME]
Stmt* Parser::import_name() {
  Token kw = advance();
  auto* imp = node<Import>(start(kw));
  std::vector<Alias*> names;
  for (;;) {
    auto* a = node<Alias>(here());
    a->name = dotted_name();
    if (accept(TokenKind::KW_AS)) {
      if (!at(TokenKind::NAME)) invalid_syntax();
      a->asname = ident(advance());
    }
    names.push_back(finish(a));
    if (!accept(TokenKind::COMMA)) break;
  }
  imp->names = list(names);
  return finish(imp);
}

// import_from:
//     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//     | 'from' ('.' | '...')+ 'import' import_from_targets
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
Stmt* Parser::import_from() {
  Token kw = advance();
  auto* imp = node<ImportFrom>(start(kw));
  int level = 0;
  for (;;) {
    if (accept(TokenKind::DOT)) level++;
    else if (accept(TokenKind::ELLIPSIS)) level += 3;
    else break;
  }
  if (!at(TokenKind::KW_IMPORT) || level == 0) imp->module = dotted_name();
  imp->level = level;
  if (!at(TokenKind::KW_IMPORT)) invalid_syntax();
  advance();
  std::vector<Alias*> names;
  if (at(TokenKind::STAR)) {
    Token st = advance();
    auto* a = node<Alias>(start(st));
    a->name = "*";
    names.push_back(finish(a));
  } else {
    bool paren = accept(TokenKind::LPAR);
    for (;;) {
      if (!at(TokenKind::NAME)) invalid_syntax();
      Token n = advance();
      auto* a = node<Alias>(start(n));
      a->name = ident(n);
      if (accept(TokenKind::KW_AS)) {
        if (!at(TokenKind::NAME)) invalid_syntax();
        a->asname = ident(advance());
      }
      names.push_back(finish(a));
      if (!accept(TokenKind::COMMA)) break;
      if (paren && at(TokenKind::RPAR)) break;
      if (!paren && at(TokenKind::NEWLINE))
        fail_at(tok(), "SyntaxError", "trailing comma not allowed without surrounding parentheses");
    }
    if (paren) expect(TokenKind::RPAR);
  }
  imp->names = list(names);
  return finish(imp);
}

// ===========================================================================
// Expressions
// ===========================================================================

// star_expressions:
//     | star_expression (',' star_expression)+ [',']
//     | star_expression ','
//     | star_expression
Expr* Parser::star_expressions() {
  Pos s = here();
  Expr* first = star_expression();
  if (!at(TokenKind::COMMA)) return first;
  std::vector<Expr*> items{first};
  while (accept(TokenKind::COMMA)) {
    TokenKind k = kind();
    if (!starts_expression(k) && k != TokenKind::STAR && k != TokenKind::KW_YIELD) break;
    if (k == TokenKind::KW_YIELD) invalid_syntax();
    items.push_back(star_expression());
  }
  auto* t = node<Tuple>(s);
  t->elts = list(items);
  return finish(t);
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (at(TokenKind::STAR)) {
    Token st = advance();
    auto* s = node<Starred>(start(st));
    s->value = binary(kLevelBitOr);
    return finish(s);
  }
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  if (at(TokenKind::STAR)) return star_expression();
  return named_expression();
}

// named_expression: NAME ':=' ~ expression | expression !':='
Expr* Parser::named_expression(bool checks) {
  if (at(TokenKind::NAME) && kind(1) == TokenKind::COLONEQUAL) {
    Token n = advance();
    advance();  // :=
    auto* target = node<Name>(start(n));
    target->id = ident(n);
    target->ctx = Ctx::Store;
    finish_at(target, target);
    target->end_line = n.end_line;
    target->end_col = n.end_col;
    auto* ne = node<NamedExpr>(start(n));
    ne->target = target;
    ne->value = expression();
    return finish(ne);
  }
  Expr* e = expression();
  if (!checks) return e;
  if (at(TokenKind::COLONEQUAL) && starts_expression(kind_quiet(1)))
    fail_node(e, format("cannot use assignment expressions with %s", expr_name(e)));
  if (at(TokenKind::EQUAL)) check_invalid_eq(e);
  return e;
}

// invalid_named_expression (the '=' alternatives):
//     | a=NAME '=' b=bitwise_or !('='|':=')  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//     | !(list|tuple|genexp|True|None|False) a=bitwise_or b='=' bitwise_or !('='|':=')
//           "cannot assign to %s here. Maybe you meant '==' instead of '='?"
void Parser::check_invalid_eq(Expr* e) {
  size_t save = p_;
  int sl = last_end_line_, sc = last_end_col_;
  advance();  // =
  Expr* b = speculate([&] { return binary(kLevelBitOr); });
  bool ok = b && !at(TokenKind::EQUAL) && !at(TokenKind::COLONEQUAL);
  if (speculating_) {  // only read the tokens CPython's second pass reads
    rewind(save, sl, sc);
    return;
  }
  if (ok && e->kind == NodeKind::Name && !e->parenthesized)
    fail_between(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  if (ok && is_bitor_level(e) && e->kind != NodeKind::List && e->kind != NodeKind::Tuple &&
      e->kind != NodeKind::GeneratorExp && !is_constant(e, ConstKind::True) &&
      !is_constant(e, ConstKind::False) && !is_constant(e, ConstKind::None))
    fail_node(e, format("cannot assign to %s here. Maybe you meant '==' instead of '='?",
                        expr_name(e)));
  rewind(save, sl, sc);
}

// expression:
//     | disjunction 'if' disjunction 'else' expression
//     | disjunction
//     | lambdef
Expr* Parser::expression() {
  DepthGuard guard(*this);
  if (at(TokenKind::KW_LAMBDA)) return lambdef();
  Pos s = here();
  size_t first_tok = p_;
  Expr* body = disjunction();
  if (!at(TokenKind::KW_IF)) {
    // invalid_expression: a disjunction directly followed by another
    // expression inside brackets ("Perhaps you forgot a comma?").
    if (reporting() && starts_expression(kind()) && toks_[p_ - 1].level > 0)
      fail_after_expr(body, first_tok);
    return body;
  }
  size_t if_p = p_;
  int el = last_end_line_, ec = last_end_col_;
  advance();
  Expr* test = operand([&] { return disjunction(); }, if_p, el, ec);
  if (!test) return body;
  if (!at(TokenKind::KW_ELSE) && speculating_) {
    rewind(if_p, el, ec);
    return body;
  }
  if (!at(TokenKind::KW_ELSE)) {
    if (at(TokenKind::COLON)) invalid_syntax();
    fail_between(body, test, "expected 'else' after 'if' expression");
  }
  advance();
  Expr* orelse = operand([&] { return expression(); }, if_p, el, ec);
  if (!orelse) return body;
  auto* e = node<IfExp>(s);
  e->test = test;
  e->body = body;
  e->orelse = orelse;
  return finish(e);
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  Pos s = here();
  Expr* first = conjunction();
  if (!at(TokenKind::KW_OR)) return first;
  std::vector<Expr*> values{first};
  while (at(TokenKind::KW_OR)) {
    size_t op_p = p_;
    int el = last_end_line_, ec = last_end_col_;
    advance();
    Expr* v = operand([&] { return conjunction(); }, op_p, el, ec);
    if (!v) break;
    values.push_back(v);
  }
  if (values.size() == 1) return first;
  auto* b = node<BoolOp>(s);
  b->op = BoolOpKind::Or;
  b->values = list(values);
  return finish(b);
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() {
  Pos s = here();
  Expr* first = inversion();
  if (!at(TokenKind::KW_AND)) return first;
  std::vector<Expr*> values{first};
  while (at(TokenKind::KW_AND)) {
    size_t op_p = p_;
    int el = last_end_line_, ec = last_end_col_;
    advance();
    Expr* v = operand([&] { return inversion(); }, op_p, el, ec);
    if (!v) break;
    values.push_back(v);
  }
  if (values.size() == 1) return first;
  auto* b = node<BoolOp>(s);
  b->op = BoolOpKind::And;
  b->values = list(values);
  return finish(b);
}

// inversion: 'not' inversion | comparison
Expr* Parser::inversion() {
  if (!at(TokenKind::KW_NOT)) return comparison();
  DepthGuard guard(*this);
  Token n = advance();
  auto* u = node<UnaryOp>(start(n));
  u->op = UnaryOpKind::Not;
  u->operand = inversion();
  return finish(u);
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
// compare_op: '==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is'
Expr* Parser::comparison() {
  Pos s = here();
  Expr* left = binary(kLevelBitOr);
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
  for (;;) {
    CmpOpKind op;
    switch (kind()) {
      case TokenKind::EQEQUAL: op = CmpOpKind::Eq; break;
      case TokenKind::NOTEQUAL: op = CmpOpKind::NotEq; break;
      case TokenKind::LESS: op = CmpOpKind::Lt; break;
      case TokenKind::LESSEQUAL: op = CmpOpKind::LtE; break;
      case TokenKind::GREATER: op = CmpOpKind::Gt; break;
      case TokenKind::GREATEREQUAL: op = CmpOpKind::GtE; break;
      case TokenKind::KW_IN: op = CmpOpKind::In; break;
      case TokenKind::KW_IS:
        op = kind(1) == TokenKind::KW_NOT ? CmpOpKind::IsNot : CmpOpKind::Is;
        break;
      case TokenKind::KW_NOT:
        if (kind(1) != TokenKind::KW_IN) goto done;
        op = CmpOpKind::NotIn;
        break;
      default: goto done;
    }
    size_t op_p = p_;
    int el = last_end_line_, ec = last_end_col_;
    advance();
    if (op == CmpOpKind::IsNot || op == CmpOpKind::NotIn) advance();
    Expr* right = operand([&] { return binary(kLevelBitOr); }, op_p, el, ec);
    if (!right) break;
    ops.push_back(op);
    bump_depth();
    comparators.push_back(right);
  }
done:
  if (ops.empty()) return left;
  depth_ -= static_cast<int>(ops.size());
  auto* c = node<Compare>(s);
  c->left = left;
  c->ops = list(ops);
  c->comparators = list(comparators);
  return finish(c);
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
// shift_expr: shift_expr ('<<' | '>>') sum | sum
// sum: sum ('+' | '-') term | term
// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
Expr* Parser::binary(int level) {
  Pos s = here();
  Expr* left = level == kLevelTerm ? factor() : binary(level + 1);
  BinOpKind op;
  int chain = 0;
  while (binop_at(level, kind(), &op)) {
    size_t op_p = p_;
    int el = last_end_line_, ec = last_end_col_;
    advance();
    bump_depth();
    chain++;
    Expr* right = operand([&] { return level == kLevelTerm ? factor() : binary(level + 1); },
                          op_p, el, ec);
    if (!right) break;
    auto* b = node<BinOp>(s);
    b->left = left;
    b->op = op;
    b->right = right;
    left = finish(b);
  }
  depth_ -= chain;
  return left;
}

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  UnaryOpKind op;
  switch (kind()) {
    case TokenKind::PLUS: op = UnaryOpKind::UAdd; break;
    case TokenKind::MINUS: op = UnaryOpKind::USub; break;
    case TokenKind::TILDE: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  Token t = advance();
  auto* u = node<UnaryOp>(start(t));
  u->op = op;
  u->operand = factor();
  return finish(u);
}

// power: await_primary '**' factor | await_primary
// await_primary: AWAIT primary | primary
Expr* Parser::power() {
  if (at(TokenKind::KW_AWAIT)) unsupported(tok(), "'await'");
  Pos s = here();
  Expr* base = primary();
  if (!at(TokenKind::DOUBLESTAR)) return base;
  DepthGuard guard(*this);  // 2**2**2**... recurses through factor()
  size_t op_p = p_;
  int el = last_end_line_, ec = last_end_col_;
  advance();
  Expr* right = operand([&] { return factor(); }, op_p, el, ec);
  if (!right) return base;
  auto* b = node<BinOp>(s);
  b->left = base;
  b->op = BinOpKind::Pow;
  b->right = right;
  return finish(b);
}

// primary:
//     | primary '.' NAME
//     | primary genexp
//     | primary '(' [arguments] ')'
//     | primary '[' slices ']'
//     | atom
Expr* Parser::primary() {
  Pos s = here();
  Expr* e = atom();
  int chain = 0;
  for (;;) {
    TokenKind k = kind();
    size_t op_p = p_;
    int el = last_end_line_, ec = last_end_col_;
    Expr* next;
    if (k == TokenKind::DOT) {
      next = operand([&]() -> Expr* {
        advance();
        if (!at(TokenKind::NAME)) invalid_syntax();
        Token n = advance();
        auto* a = node<Attribute>(s);
        a->value = e;
        a->attr = ident(n);
        return finish(a);
      }, op_p, el, ec);
    } else if (k == TokenKind::LPAR) {
      next = operand([&] { return call(e, s); }, op_p, el, ec);
    } else if (k == TokenKind::LSQB) {
      next = operand([&]() -> Expr* {
        advance();
        auto* sub = node<Subscript>(s);
        sub->value = e;
        sub->slice = slices();
        expect(TokenKind::RSQB);
        return finish(sub);
      }, op_p, el, ec);
    } else {
      break;
    }
    if (!next) break;
    e = next;
    bump_depth();
    chain++;
  }
  depth_ -= chain;
  return e;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  Pos s = here();
  // starred_expression: '*' expression
  auto starred = [&]() -> Expr* {
    Token st = advance();
    auto* x = node<Starred>(start(st));
    x->value = expression();
    return finish(x);
  };
  Expr* first = at(TokenKind::STAR) ? starred() : slice_item();
  if (!at(TokenKind::COMMA) && first->kind != NodeKind::Starred) return first;
  std::vector<Expr*> items{first};
  while (accept(TokenKind::COMMA)) {
    if (at(TokenKind::RSQB)) break;
    items.push_back(at(TokenKind::STAR) ? starred() : slice_item());
  }
  auto* t = node<Tuple>(s);
  t->elts = list(items);
  return finish(t);
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice_item() {
  Pos s = here();
  Expr* lower = nullptr;
  if (!at(TokenKind::COLON)) {
    lower = named_expression();
    if (!at(TokenKind::COLON)) return lower;
    if (lower->kind == NodeKind::NamedExpr && !lower->parenthesized) invalid_syntax();
  }
  advance();  // :
  auto* sl = node<Slice>(s);
  sl->lower = lower;
  TokenKind k = kind();
  if (k != TokenKind::COLON && k != TokenKind::COMMA && k != TokenKind::RSQB)
    sl->upper = expression();
  if (accept(TokenKind::COLON)) {
    k = kind();
    if (k != TokenKind::COMMA && k != TokenKind::RSQB) sl->step = expression();
  }
  return finish(sl);
}

// primary '(' [arguments] ')', primary genexp
// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
//       [',' kwargs] | kwargs
// kwargs: kwarg_or_starred (',' kwarg_or_starred)* (',' kwarg_or_double_starred)*
Expr* Parser::call(Expr* func, Pos s) {
  Token lp = advance();  // (
  auto* c = node<Call>(s);
  c->func = func;
  std::vector<Expr*> args;
  std::vector<Keyword*> keywords;
  bool seen_kw = false, seen_kwunpack = false;
  Expr* genexp = nullptr;
  size_t count = 0;
  while (!at(TokenKind::RPAR)) {
    count++;
    Token t = tok();
    if (t.kind == TokenKind::STAR) {
      if (seen_kwunpack)
        fail_at(t, "SyntaxError", "iterable argument unpacking follows keyword argument unpacking");
      // starred_expression: '*' expression
      advance();
      auto* st = node<Starred>(start(t));
      st->value = expression();
      args.push_back(finish(st));
    } else if (t.kind == TokenKind::DOUBLESTAR) {
      advance();
      auto* k = node<Keyword>(start(t));
      k->value = expression();
      keywords.push_back(finish(k));
      seen_kwunpack = true;
    } else if (t.kind == TokenKind::NAME && kind(1) == TokenKind::EQUAL) {
      advance();
      advance();
      auto* k = node<Keyword>(start(t));
      k->arg = ident(t);
      if (!starts_expression(kind())) invalid_syntax();
      k->value = expression();
      if (at_comp_for()) {
        // f(a=x for x in y)
        fail_range("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                   t.line, t.col, k->value->end_line, k->value->end_col);
      }
      keywords.push_back(finish(k));
      seen_kw = true;
    } else {
      if (!starts_expression(t.kind)) invalid_syntax();
      Expr* e = named_expression(false);
      if (at_comp_for()) {
        e = genexp_tail(e, start(e));
        genexp = e;
      }
      if (at(TokenKind::EQUAL) && (e->kind != NodeKind::NamedExpr || e->parenthesized)) {
        Token eq = tok();
        fail_range("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?",
                   e->line, e->col, eq.end_line, eq.end_col);
      }
      if (seen_kw || seen_kwunpack) {
        // CPython's `a=args ',' args` reads the rest of the arguments and
        // reports at the token after them.
        while (at(TokenKind::COMMA)) {
          size_t save = p_;
          advance();
          bool ok = !at(TokenKind::RPAR) && speculate([&]() -> Expr* {
                      if (at(TokenKind::STAR) || at(TokenKind::DOUBLESTAR)) advance();
                      else if (at(TokenKind::NAME) && kind(1) == TokenKind::EQUAL) { advance(); advance(); }
                      return expression();
                    }) != nullptr;
          if (!ok) {
            rewind(save, last_end_line_, last_end_col_);
            break;
          }
        }
        fail_at(tok(), "SyntaxError",
                seen_kwunpack ? "positional argument follows keyword argument unpacking"
                              : "positional argument follows keyword argument");
      }
      args.push_back(e);
    }
    if (!accept(TokenKind::COMMA)) {
      if (!at(TokenKind::RPAR)) {
        Expr* last = !args.empty() ? args.back() : nullptr;
        if (last && t.kind != TokenKind::STAR) fail_after_expr(last, static_cast<size_t>(-1));
        invalid_syntax();
      }
      break;
    }
  }
  if (genexp && count > 1) {
    auto* g = static_cast<GeneratorExp*>(genexp);
    const Comprehension* lastc = g->generators.back();
    const Expr* end = lastc->ifs.empty() ? lastc->iter : lastc->ifs.back();
    fail_range("SyntaxError", "Generator expression must be parenthesized", g->elt->line,
               g->elt->col, end->end_line, end->end_col);
  }
  Token rp = expect(TokenKind::RPAR);
  if (genexp && count == 1) {
    // f(x for x in y): the genexp takes the call's parentheses.
    genexp->line = lp.line;
    genexp->col = lp.col;
    genexp->end_line = rp.end_line;
    genexp->end_col = rp.end_col;
  }
  c->args = list(args);
  c->keywords = list(keywords);
  return finish(c);
}

// A comprehension's "for ... in ... if ..." clauses after elt.
Expr* Parser::genexp_tail(Expr* elt, Pos s) {
  auto* g = node<GeneratorExp>(s);
  g->elt = elt;
  g->generators = comprehension_clauses();
  return finish(g);
}

// for_if_clauses: for_if_clause+
// for_if_clause: 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
std::span<Comprehension*> Parser::comprehension_clauses() {
  std::vector<Comprehension*> gens;
  while (at(TokenKind::KW_FOR) || at(TokenKind::KW_ASYNC)) {
    if (at(TokenKind::KW_ASYNC)) unsupported(tok(), "asynchronous comprehension");
    Token f = advance();
    auto* c = node<Comprehension>(start(f));
    c->target = star_targets_for();
    if (!at(TokenKind::KW_IN)) invalid_syntax();
    advance();
    c->iter = disjunction();
    std::vector<Expr*> ifs;
    while (accept(TokenKind::KW_IF)) ifs.push_back(disjunction());
    c->ifs = list(ifs);
    gens.push_back(finish(c));
  }
  return list(gens);
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  DepthGuard guard(*this);  // a lambda is a scope: it weighs two levels
  Token kw = advance();
  auto* l = node<Lambda>(start(kw));
  l->args = parameters(TokenKind::COLON, false, start(kw));
  expect(TokenKind::COLON);
  l->body = expression();
  return finish(l);
}

// One parameter: NAME [':' expression]  (annotation only in def).
Arg* Parser::param(bool annotations, bool star_annotation) {
  if (!at(TokenKind::NAME)) invalid_syntax();
  Token n = advance();
  auto* a = node<Arg>(start(n));
  a->arg = ident(n);
  if (annotations && accept(TokenKind::COLON)) {
    a->annotation = star_annotation && at(TokenKind::STAR) ? star_expression() : expression();
  }
  return finish(a);
}

// parameters (def and lambda):
//     slash_no_default / slash_with_default, param_no_default*,
//     param_with_default*, ['*' [param] (',' param_maybe_default)*], ['**' param]
// with CPython's invalid_parameters diagnostics.
Arguments* Parser::parameters(TokenKind closer, bool annotations, Pos fallback) {
  auto* args = node<Arguments>(fallback);
  std::vector<Arg*> posonly, regular, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool seen_slash = false, seen_star = false, seen_default = false;
  while (!at(closer)) {
    Token t = tok();
    if (kwarg) fail_at(t, "SyntaxError", "arguments cannot follow var-keyword argument");
    if (t.kind == TokenKind::SLASH) {
      if (seen_slash) fail_at(t, "SyntaxError", "/ may appear only once");
      if (seen_star) fail_at(t, "SyntaxError", "/ must be ahead of *");
      if (regular.empty()) {
        if (kind_quiet(1) == TokenKind::COMMA && posonly.empty())
          fail_at(t, "SyntaxError", "at least one argument must precede /");
        invalid_syntax();
      }
      advance();
      seen_slash = true;
      posonly.insert(posonly.end(), regular.begin(), regular.end());
      regular.clear();
    } else if (t.kind == TokenKind::STAR) {
      if (seen_star) fail_at(t, "SyntaxError", "* argument may appear only once");
      advance();
      seen_star = true;
      if (at(TokenKind::COMMA)) {
        if (kind(1) == closer || kind(1) == TokenKind::DOUBLESTAR)
          fail_at(t, "SyntaxError", "named arguments must follow bare *");
      } else if (at(closer)) {
        fail_at(t, "SyntaxError", "named arguments must follow bare *");
      } else {
        vararg = param(annotations, true);
        if (at(TokenKind::EQUAL))
          fail_at(tok(), "SyntaxError", "var-positional argument cannot have default value");
      }
    } else if (t.kind == TokenKind::DOUBLESTAR) {
      advance();
      kwarg = param(annotations, false);
      if (at(TokenKind::EQUAL))
        fail_at(tok(), "SyntaxError", "var-keyword argument cannot have default value");
    } else {
      Arg* a = param(annotations, false);
      Expr* def = nullptr;
      if (accept(TokenKind::EQUAL)) {
        if (at(TokenKind::COMMA) || at(closer)) fail_at(tok(), "SyntaxError", "expected default value expression");
        def = expression();
      }
      if (seen_star) {
        kwonly.push_back(a);
        kw_defaults.push_back(def);
      } else {
        if (def) {
          seen_default = true;
          defaults.push_back(def);
        } else if (seen_default && (at(TokenKind::COMMA) || at(closer))) {
          fail_node(a, "non-default argument follows default argument");
        }
        regular.push_back(a);
      }
    }
    if (!accept(TokenKind::COMMA)) {
      if (!at(closer) && p_ > 0) {
        // A default or annotation followed by junk: maybe a missing comma.
        Expr* last = nullptr;
        if (!kwonly.empty() && kw_defaults.back()) last = kw_defaults.back();
        else if (!defaults.empty() && !seen_star && !regular.empty()) last = defaults.back();
        if (last && last->end_line == toks_[p_ - 1].end_line &&
            last->end_col == toks_[p_ - 1].end_col)
          fail_after_expr(last, static_cast<size_t>(-1));
      }
      break;
    }
  }
  if (!at(closer)) invalid_syntax();
  args->posonlyargs = list(posonly);
  args->args = list(regular);
  args->vararg = vararg;
  args->kwonlyargs = list(kwonly);
  args->kw_defaults = list(kw_defaults);
  args->kwarg = kwarg;
  args->defaults = list(defaults);
  return args;
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  Token kw = advance();
  if (accept(TokenKind::KW_FROM)) {
    auto* y = node<YieldFrom>(start(kw));
    y->value = expression();
    return finish(y);
  }
  auto* y = node<Yield>(start(kw));
  TokenKind k = kind();
  if (starts_expression(k) || k == TokenKind::STAR) y->value = star_expressions();
  return finish(y);
}

// atom:
//     | NAME | 'True' | 'False' | 'None' | strings | NUMBER
//     | (tuple | group | genexp) | (list | listcomp)
//     | (dict | set | dictcomp | setcomp) | '...'
Expr* Parser::atom() {
  Token t = tok();
  switch (t.kind) {
    case TokenKind::NAME: {
      advance();
      auto* n = node<Name>(start(t));
      n->id = ident(t);
      return finish(n);
    }
    case TokenKind::NUMBER: advance(); return number(t);
    case TokenKind::STRING: return strings();
    case TokenKind::KW_NONE:
    case TokenKind::KW_TRUE:
    case TokenKind::KW_FALSE:
    case TokenKind::ELLIPSIS: {
      advance();
      auto* c = node<Constant>(start(t));
      c->value_kind = t.kind == TokenKind::KW_NONE    ? ConstKind::None
                      : t.kind == TokenKind::KW_TRUE  ? ConstKind::True
                      : t.kind == TokenKind::KW_FALSE ? ConstKind::False
                                                      : ConstKind::Ellipsis;
      return finish(c);
    }
    case TokenKind::LPAR: return paren_atom();
    case TokenKind::LSQB: return list_atom();
    case TokenKind::LBRACE: return brace_atom();
    case TokenKind::KW_AWAIT: unsupported(t, "'await'");
    default: invalid_syntax();
  }
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
Expr* Parser::paren_atom() {
  DepthGuard guard(*this);
  Token lp = advance();
  if (at(TokenKind::RPAR)) {
    advance();
    auto* t = node<Tuple>(start(lp));
    t->parenthesized = true;
    return finish(t);
  }
  if (at(TokenKind::KW_YIELD)) {
    Expr* y = yield_expr();
    expect(TokenKind::RPAR);
    y->parenthesized = true;
    return y;
  }
  if (at(TokenKind::DOUBLESTAR)) {
    Token ds = tok();
    size_t save = p_;
    advance();
    Expr* v = speculate([&] { return binary(kLevelBitOr); });
    if (v && at(TokenKind::RPAR))
      fail_range("SyntaxError", "cannot use double starred expression here", ds.line, ds.col,
                 v->end_line, v->end_col);
    rewind(save, last_end_line_, last_end_col_);
    invalid_syntax();
  }
  size_t first_tok = p_;
  Expr* first = star_named_expression();
  if (at_comp_for()) {
    if (first->kind == NodeKind::Starred) invalid_syntax();
    Expr* g = genexp_tail(first, start(lp));
    expect(TokenKind::RPAR);
    return finish(g);
  }
  if (at(TokenKind::RPAR)) {
    advance();
    if (first->kind == NodeKind::Starred)
      fail_node(first, "cannot use starred expression here");
    first->parenthesized = true;
    return first;
  }
  if (!at(TokenKind::COMMA)) fail_after_expr(first, first_tok);
  std::vector<Expr*> items{first};
  while (accept(TokenKind::COMMA)) {
    if (at(TokenKind::RPAR)) break;
    first_tok = p_;
    items.push_back(star_named_expression());
    if (!at(TokenKind::COMMA) && !at(TokenKind::RPAR)) fail_after_expr(items.back(), first_tok);
  }
  expect(TokenKind::RPAR);
  auto* t = node<Tuple>(start(lp));
  t->elts = list(items);
  t->parenthesized = true;
  return finish(t);
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
Expr* Parser::list_atom() {
  DepthGuard guard(*this);
  Token lb = advance();
  std::vector<Expr*> items;
  if (!at(TokenKind::RSQB)) {
    size_t first_tok = p_;
    Expr* first = star_named_expression();
    if (at_comp_for()) {
      if (first->kind == NodeKind::Starred)
        fail_node(first, "iterable unpacking cannot be used in comprehension");
      auto* lc = node<ListComp>(start(lb));
      lc->elt = first;
      lc->generators = comprehension_clauses();
      expect(TokenKind::RSQB);
      return finish(lc);
    }
    items.push_back(first);
    if (!at(TokenKind::COMMA) && !at(TokenKind::RSQB)) fail_after_expr(first, first_tok);
    while (at(TokenKind::COMMA)) {
      Token comma = advance();
      if (at(TokenKind::RSQB)) break;
      if (at_comp_for()) comprehension_target_error(items, comma);
      first_tok = p_;
      items.push_back(star_named_expression());
      if (at_comp_for()) comprehension_target_error(items, comma);
      if (!at(TokenKind::COMMA) && !at(TokenKind::RSQB)) fail_after_expr(items.back(), first_tok);
    }
  }
  expect(TokenKind::RSQB);
  auto* l = node<List>(start(lb));
  l->elts = list(items);
  return finish(l);
}

// dict: '{' [double_starred_kvpairs] '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'
// setcomp: '{' named_expression for_if_clauses '}'
Expr* Parser::brace_atom() {
  DepthGuard guard(*this);
  Token lb = advance();
  if (accept(TokenKind::RBRACE)) {
    auto* d = node<Dict>(start(lb));
    return finish(d);
  }
  // First item decides between dict and set.
  size_t first_tok = p_;
  Expr* key = nullptr;
  Expr* value = nullptr;
  bool is_dict;
  if (at(TokenKind::DOUBLESTAR)) {
    Token ds = advance();
    value = binary(kLevelBitOr);
    is_dict = true;
    if (at_comp_for())
      fail_at(ds, "SyntaxError", "dict unpacking cannot be used in dict comprehension");
  } else {
    key = star_named_expression();
    if (at(TokenKind::COLON) && key->kind != NodeKind::Starred) {
      advance();
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
        fail_at(tok(), "SyntaxError", "expression expected after dictionary key and ':'");
      if (at(TokenKind::STAR)) fail_at(tok(), "SyntaxError", "cannot use a starred expression in a dictionary value");
      value = expression();
      is_dict = true;
    } else {
      is_dict = false;
    }
  }
  if (at_comp_for()) {
    if (is_dict) {
      auto* dc = node<DictComp>(start(lb));
      dc->key = key;
      dc->value = value;
      dc->generators = comprehension_clauses();
      expect(TokenKind::RBRACE);
      return finish(dc);
    }
    if (key->kind == NodeKind::Starred)
      fail_node(key, "iterable unpacking cannot be used in comprehension");
    auto* sc = node<SetComp>(start(lb));
    sc->elt = key;
    sc->generators = comprehension_clauses();
    expect(TokenKind::RBRACE);
    return finish(sc);
  }
  if (is_dict) {
    std::vector<Expr*> keys{key}, values{value};
    while (!at(TokenKind::RBRACE)) {
      if (!accept(TokenKind::COMMA)) {
        Expr* last = values.back();
        fail_after_expr(last, first_tok);
      }
      if (at(TokenKind::RBRACE)) break;
      first_tok = p_;
      if (accept(TokenKind::DOUBLESTAR)) {
        keys.push_back(nullptr);
        values.push_back(binary(kLevelBitOr));
        continue;
      }
      Expr* k = expression();
      if (!at(TokenKind::COLON)) {
        if (at(TokenKind::COMMA) || at(TokenKind::RBRACE)) {
          fail_range("SyntaxError", "':' expected after dictionary key", k->line,
                     k->end_col - 1, k->end_line, ErrorBuilder::kRawEndZero);
        }
        fail_after_expr(k, first_tok);
      }
      advance();
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
        fail_at(tok(), "SyntaxError", "expression expected after dictionary key and ':'");
      if (at(TokenKind::STAR)) fail_at(tok(), "SyntaxError", "cannot use a starred expression in a dictionary value");
      keys.push_back(k);
      values.push_back(expression());
    }
    advance();  // }
    auto* d = node<Dict>(start(lb));
    d->keys = list(keys);
    d->values = list(values);
    return finish(d);
  }
  std::vector<Expr*> items{key};
  while (!at(TokenKind::RBRACE)) {
    if (!at(TokenKind::COMMA)) {
      if (at(TokenKind::COLON)) invalid_syntax();
      if (at_comp_for() && items.size() > 1) comprehension_target_error(items, tok());
      fail_after_expr(items.back(), first_tok);
    }
    Token comma = advance();
    if (at(TokenKind::RBRACE)) break;
    if (at_comp_for()) comprehension_target_error(items, comma);
    first_tok = p_;
    Expr* e = star_named_expression();
    if (at(TokenKind::COLON) && e->kind != NodeKind::Starred) {
      // {1, 2: 3}
      invalid_syntax();
    }
    items.push_back(e);
  }
  advance();  // }
  auto* s = node<Set>(start(lb));
  s->elts = list(items);
  return finish(s);
}

// An expression `a` was followed by something that cannot follow it.
// invalid_expression / invalid_legacy_expression:
//     !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//         (inside brackets) "invalid syntax. Perhaps you forgot a comma?"
//     a=NAME !'(' b=star_expressions  (a is print/exec)
//         "Missing parentheses in call to 'print'. Did you mean print(...)?"
void Parser::fail_after_expr(Expr* a, size_t a_first_tok) {
  if (reporting() && starts_expression(kind())) {
    bool stmt_level = a_first_tok == static_cast<size_t>(-1);
    if (a_first_tok == static_cast<size_t>(-2)) a_first_tok = static_cast<size_t>(-1);
    if (stmt_level && a->kind == NodeKind::Name && !a->parenthesized) {
      std::string_view id = static_cast<Name*>(a)->id;
      if ((id == "print" || id == "exec") && !at(TokenKind::LPAR)) {
        Expr* b = lookahead_parse([&] { return star_expressions(); });
        if (b)
          fail_between(a, b, "Missing parentheses in call to '" + std::string(id) +
                                 "'. Did you mean " + std::string(id) + "(...)?");
      }
    }
    bool soft_or_prefix = false;
    if (a_first_tok != static_cast<size_t>(-1) && a_first_tok < toks_.size()) {
      const Token& ft = toks_[a_first_tok];
      if (ft.kind == TokenKind::NAME) {
        std::string_view w = text(ft);
        if (w == "match" || w == "case" || w == "_") soft_or_prefix = true;
        if (a_first_tok + 1 < toks_.size() && toks_[a_first_tok + 1].kind == TokenKind::STRING)
          soft_or_prefix = true;
      }
    } else if (a->kind == NodeKind::Name) {
      std::string_view w = static_cast<Name*>(a)->id;
      if (w == "match" || w == "case" || w == "_") soft_or_prefix = true;
      if (at(TokenKind::STRING)) soft_or_prefix = true;
    }
    uint16_t prev_level = toks_[p_ - 1].level;  // copied: speculation grows toks_
    bool disj = a->kind != NodeKind::IfExp && a->kind != NodeKind::Lambda &&
                a->kind != NodeKind::Starred &&
                (a->kind != NodeKind::NamedExpr || a->parenthesized);
    // CPython's invalid_expression reads b even when it then declines to
    // report (outside brackets); the tokens it reads matter for "never closed".
    Expr* b = lookahead_parse([&] { return expression(); });
    if (b && !soft_or_prefix && disj && prev_level > 0)
      fail_between(a, b, "invalid syntax. Perhaps you forgot a comma?");
  }
  invalid_syntax();
}

// invalid_comprehension: ('[' | '{') a=star_named_expression ',' [b=star_named_expressions]
// for_if_clauses -> "did you forget parentheses around the comprehension target?"
void Parser::comprehension_target_error(const std::vector<Expr*>& items, const Token& comma) {
  comprehension_clauses();  // its own target errors come first
  const Expr* a = items.front();
  if (items.size() == 1)
    fail_range("SyntaxError", "did you forget parentheses around the comprehension target?",
               a->line, a->col, comma.end_line, comma.end_col);
  fail_between(a, items.back(), "did you forget parentheses around the comprehension target?");
}

// Sets the context of an assignment/del target and returns the first
// sub-expression that cannot be a target (CPython's
// _PyPegen_get_invalid_target), or nullptr.
Expr* Parser::find_invalid_target(Expr* e, Targets type, Ctx ctx) {
  switch (e->kind) {
    case NodeKind::Name: static_cast<Name*>(e)->ctx = ctx; return nullptr;
    case NodeKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return nullptr;
    case NodeKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return nullptr;
    case NodeKind::Starred: {
      if (type == Targets::Del) return e;
      auto* s = static_cast<Starred*>(e);
      s->ctx = ctx;
      return find_invalid_target(s->value, type, ctx);
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      ExprList elts;
      if (e->kind == NodeKind::Tuple) {
        static_cast<Tuple*>(e)->ctx = ctx;
        elts = static_cast<Tuple*>(e)->elts;
      } else {
        static_cast<List*>(e)->ctx = ctx;
        elts = static_cast<List*>(e)->elts;
      }
      for (Expr* x : elts)
        if (Expr* bad = find_invalid_target(x, type, ctx)) return bad;
      return nullptr;
    }
    case NodeKind::Compare:
      if (type == Targets::For) {
        auto* c = static_cast<Compare*>(e);
        if (c->ops[0] == CmpOpKind::In) return find_invalid_target(c->left, type, ctx);
        return nullptr;
      }
      return e;
    default:
      return e;
  }
}

// Checks a for/with/comprehension target: "cannot assign to %s".
void Parser::check_target(Expr* e, Targets type) {
  Expr* bad = find_invalid_target(e, type, Ctx::Store);
  if (bad) fail_node(bad, format("cannot assign to %s", expr_name(bad)));
}

// ===========================================================================
// Literals
// ===========================================================================

// NUMBER: int (decimal/hex/octal/binary, underscores) or float.
Expr* Parser::number(const Token& t) {
  auto* c = node<Constant>(start(t));
  std::string_view txt = text(t);
  std::string clean;
  clean.reserve(txt.size());
  for (char ch : txt)
    if (ch != '_') clean += ch;
  if (t.flags & kNumFloat) {
    c->value_kind = ConstKind::Float;
    double d = 0;
    auto res = std::from_chars(clean.data(), clean.data() + clean.size(), d);
    if (res.ec == std::errc::result_out_of_range) d = std::strtod(clean.c_str(), nullptr);
    c->float_value = d;
  } else {
    c->value_kind = ConstKind::Int;
    int base = 10;
    size_t skip = 0;
    if (clean.size() > 1 && clean[0] == '0') {
      char p = static_cast<char>(clean[1] | 0x20);
      if (p == 'x') base = 16, skip = 2;
      else if (p == 'o') base = 8, skip = 2;
      else if (p == 'b') base = 2, skip = 2;
    }
    std::string digits = clean.substr(skip);
    for (char& ch : digits)
      if (ch >= 'A' && ch <= 'F') ch = static_cast<char>(ch | 0x20);
    c->int_base = static_cast<uint8_t>(base);
    c->int_digits = digits == txt ? txt : arena_.copy_str(digits);
  }
  return finish(c);
}

// One escape sequence at src_[i] (just past the backslash) of a non-raw
// literal; appends its value. Returns false for an unknown escape, which is
// kept as written (backslash included), as CPython does.
bool Parser::decode_escape(const Token& t, uint32_t& i, uint32_t e, bool bytes, std::string& out) {
  auto hexval = [](char ch) -> int {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
  };
  uint32_t esc_start = i - 1;
  auto bad = [&](const char* what) {
    char msg[200];
    uint32_t body = t.start;  // position relative to the literal's body
    while (body < t.end && src_[body] != '\'' && src_[body] != '"') body++;
    body += (t.flags & kStrTriple) ? 3 : 1;
    unsigned a = esc_start - body, b = i - 1 - body;  // i: the first byte not in the escape
    if (bytes)
      std::snprintf(msg, sizeof msg, "(value error) invalid \\x escape at position %u", a);
    else
      std::snprintf(msg, sizeof msg,
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position %u-%u: %s",
                    a, b, what);
    fail_range("SyntaxError", msg, t.end_line, t.end_col, t.end_line, t.end_col);
  };
  char c = src_[i++];
  switch (c) {
    case '\n': return true;
    case '\r':
      if (i < e && src_[i] == '\n') i++;
      return true;
    case '\\': out += '\\'; return true;
    case '\'': out += '\''; return true;
    case '"': out += '"'; return true;
    case 'a': out += '\a'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'v': out += '\v'; return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t v = static_cast<uint32_t>(c - '0');
      for (int k = 0; k < 2 && i < e && src_[i] >= '0' && src_[i] <= '7'; k++)
        v = v * 8 + static_cast<uint32_t>(src_[i++] - '0');
      if (bytes)
        out += static_cast<char>(v & 0xFF);
      else
        append_utf8(out, v);
      return true;
    }
    case 'x': {
      int h1 = i < e ? hexval(src_[i]) : -1;
      int h2 = i + 1 < e ? hexval(src_[i + 1]) : -1;
      if (h1 < 0 || h2 < 0) {
        i += (h1 >= 0) ? 1 : 0;
        bad("truncated \\xXX escape");
      }
      i += 2;
      uint32_t v = static_cast<uint32_t>(h1 * 16 + h2);
      if (bytes)
        out += static_cast<char>(v);
      else
        append_utf8(out, v);
      return true;
    }
    case 'u':
    case 'U': {
      if (bytes) break;
      int n = c == 'u' ? 4 : 8;
      uint32_t v = 0;
      for (int k = 0; k < n; k++) {
        int h = i < e ? hexval(src_[i]) : -1;
        if (h < 0) {
          bad(c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        }
        v = v * 16 + static_cast<uint32_t>(h);
        i++;
      }
      if (v > 0x10FFFF) bad("illegal Unicode character");
      append_utf8(out, v);
      return true;
    }
    case 'N':
      if (bytes) break;
      fail_range("SyntaxError", "\\N{...} escape is not supported by Coil", t.line, t.col,
                 t.end_line, t.end_col);
    default:
      break;
  }
  // Unknown escape: keep the backslash; the character is processed normally.
  out += '\\';
  i--;
  return false;
}

// Decodes the body src_[b, e) of string token t (no f-string fields).
void Parser::decode_string(const Token& t, uint32_t b, uint32_t e, std::string& out) {
  bool raw = t.flags & kStrRaw;
  bool bytes = t.flags & kStrBytes;
  uint32_t i = b;
  while (i < e) {
    uint32_t run = i;
    while (i < e && src_[i] != '\\' && src_[i] != '\r' && static_cast<unsigned char>(src_[i]) < 0x80)
      i++;
    out.append(src_.data() + run, i - run);
    if (i >= e) break;
    char c = src_[i];
    if (c == '\r') {  // universal newlines
      out += '\n';
      i++;
      if (i < e && src_[i] == '\n') i++;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      if (bytes)
        fail_range("SyntaxError", "bytes can only contain ASCII literal characters", t.line, t.col,
                   t.end_line, t.end_col);
      out += c;
      i++;
    } else if (raw) {  // backslash in a raw string: kept, and it protects the next character
      out += '\\';
      i++;
      if (i < e) {
        if (src_[i] == '\r') continue;
        if (static_cast<unsigned char>(src_[i]) < 0x80) out += src_[i++];
      }
    } else {
      i++;
      if (i >= e) {
        out += '\\';
        break;
      }
      decode_escape(t, i, e, bytes, out);
    }
  }
}

// The body of a STRING token: [b, e) between the quotes.
static void string_body(std::string_view src, const Token& t, uint32_t* b, uint32_t* e) {
  uint32_t q = t.start;
  while (src[q] != '\'' && src[q] != '"') q++;
  uint32_t n = (t.flags & kStrTriple) ? 3 : 1;
  *b = q + n;
  *e = t.end - n;
}

// strings: STRING+  (adjacent literals concatenate; any f-string makes a JoinedStr)
Expr* Parser::strings() {
  std::vector<Token> parts;
  bool any_f = false, any_bytes = false, all_bytes = true;
  while (at(TokenKind::STRING)) {
    Token t = advance();
    parts.push_back(t);
    any_f |= (t.flags & kStrF) != 0;
    bool b = (t.flags & kStrBytes) != 0;
    any_bytes |= b;
    all_bytes &= b;
  }
  const Token& first = parts.front();
  if (any_bytes && !all_bytes) fail_at(tok(), "SyntaxError", "cannot mix bytes and nonbytes literals");
  if (!any_f) {
    auto* c = node<Constant>(start(first));
    c->value_kind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    c->u_prefix = (first.flags & kStrU) != 0;
    uint32_t b, e;
    if (parts.size() == 1) {
      string_body(src_, first, &b, &e);
      // Fast path: a body with nothing to decode is a slice of the source.
      bool plain = true;
      for (uint32_t i = b; i < e && plain; i++) {
        auto ch = static_cast<unsigned char>(src_[i]);
        if (ch == '\\' || ch == '\r' || (ch >= 0x80 && any_bytes)) plain = false;
      }
      if (plain) {
        c->str_value = src_.substr(b, e - b);
        return finish(c);
      }
    }
    std::string value;
    for (const Token& t : parts) {
      string_body(src_, t, &b, &e);
      decode_string(t, b, e, value);
    }
    c->str_value = arena_.copy_str(value);
    return finish(c);
  }
  // f-strings.
  fstring_token_ = tok();
  FState st;
  st.u_prefix = (first.flags & kStrU) != 0;
  std::vector<Expr*> values;
  for (const Token& t : parts) {
    uint32_t b, e;
    string_body(src_, t, &b, &e);
    if (t.flags & kStrF) {
      uint32_t i = b;
      fstring_body(t, i, e, 0, st, values);
    } else {
      decode_string(t, b, e, st.literal);
    }
  }
  flush_literal(st, values);
  auto* js = node<JoinedStr>(start(first));
  js->values = list(values);
  finish(js);
  for (Expr* n : st.located) {
    n->line = js->line;
    n->col = js->col;
    n->end_line = js->end_line;
    n->end_col = js->end_col;
  }
  return js;
}

// Turns the pending literal text of an f-string into a str Constant.
void Parser::flush_literal(FState& st, std::vector<Expr*>& into) {
  if (st.literal.empty()) return;
  auto* c = arena_.make<Constant>();
  c->value_kind = ConstKind::Str;
  c->u_prefix = st.u_prefix;
  c->str_value = arena_.copy_str(st.literal);
  st.literal.clear();
  if (st.spec_tok) {
    c->line = st.spec_tok->line;
    c->col = st.spec_tok->col;
    c->end_line = st.spec_tok->end_line;
    c->end_col = st.spec_tok->end_col;
  } else {
    st.located.push_back(c);
  }
  into.push_back(c);
}

// f-string errors point at the token after the string, as CPython's do.
void Parser::fstring_error(std::string msg) { fail_at(fstring_token_, "SyntaxError", std::move(msg)); }

// fstring_parse: literal text and replacement fields of one f-string token,
// from src_[i] up to e (level 0) or up to the '}' that closes a format spec
// (level > 0, i left on that '}').
void Parser::fstring_body(const Token& t, uint32_t& i, uint32_t e, int level, FState& st,
                          std::vector<Expr*>& into) {
  bool raw = t.flags & kStrRaw;
  while (i < e) {
    char c = src_[i];
    if (c == '{') {
      if (level == 0 && i + 1 < e && src_[i + 1] == '{') {
        st.literal += '{';
        i += 2;
        continue;
      }
      fstring_field(t, i, e, level, st, into);
      continue;
    }
    if (c == '}') {
      if (level > 0) return;
      if (i + 1 < e && src_[i + 1] == '}') {
        st.literal += '}';
        i += 2;
        continue;
      }
      fstring_error("f-string: single '}' is not allowed");
    }
    if (c == '\\' && !raw) {
      i++;
      if (i >= e) {
        st.literal += '\\';
        break;
      }
      if (src_[i] == 'N' && i + 1 < e && src_[i + 1] == '{')
        fail_range("SyntaxError", "\\N{...} escape is not supported by Coil", t.line, t.col,
                   t.end_line, t.end_col);
      decode_escape(t, i, e, false, st.literal);
      continue;
    }
    if (c == '\r') {
      st.literal += '\n';
      i++;
      if (i < e && src_[i] == '\n') i++;
      continue;
    }
    st.literal += c;
    i++;
  }
  if (level > 0) fstring_error("f-string: expecting '}'");
}

// fstring_find_expr: one replacement field '{' expr ['='] ['!' conv] [':' spec] '}'
// starting at src_[i] == '{'.
void Parser::fstring_field(const Token& t, uint32_t& i, uint32_t e, int level, FState& st,
                           std::vector<Expr*>& into) {
  if (level >= kMaxFStringNesting) fstring_error("f-string: expressions nested too deeply");
  uint32_t expr_start = ++i;
  char quote = 0;
  bool triple = false;
  std::vector<char> stack;
  for (; i < e; i++) {
    char c = src_[i];
    if (c == '\\') fstring_error("f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote) {
        if (!triple) {
          quote = 0;
        } else if (i + 2 < e && src_[i + 1] == c && src_[i + 2] == c) {
          i += 2;
          quote = 0;
        }
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      triple = i + 2 < e && src_[i + 1] == c && src_[i + 2] == c;
      if (triple) i += 2;
      quote = c;
    } else if (c == '(' || c == '[' || c == '{') {
      if (stack.size() >= 200) fstring_error("f-string: too many nested parenthesis");
      stack.push_back(c);
    } else if (c == '#') {
      fstring_error("f-string expression part cannot include '#'");
    } else if (stack.empty() && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
      if (i + 1 < e) {
        char n = src_[i + 1];
        if ((c == '!' && n == '=') || (c == '=' && n == '=') || (c == '<' && n == '=') ||
            (c == '>' && n == '=')) {
          i++;
          continue;
        }
      }
      if (c == '>' || c == '<') continue;
      break;
    } else if (c == ')' || c == ']' || c == '}') {
      if (stack.empty()) fstring_error(std::string("f-string: unmatched '") + c + "'");
      char open = stack.back();
      stack.pop_back();
      if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
        fstring_error(std::string("f-string: closing parenthesis '") + c +
                      "' does not match opening parenthesis '" + open + "'");
    }
  }
  if (quote) fstring_error("f-string: unterminated string");
  if (!stack.empty()) fstring_error(std::string("f-string: unmatched '") + stack.back() + "'");
  if (i >= e) fstring_error("f-string: expecting '}'");
  uint32_t expr_end = i;
  bool blank = true;
  for (uint32_t k = expr_start; k < expr_end; k++) {
    char c = src_[k];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') blank = false;
  }
  if (blank) fstring_error("f-string: empty expression not allowed");

  // Parse the expression in place: find its line and line start.
  int line = t.line;
  uint32_t line_start = t.start - static_cast<uint32_t>(t.col);
  for (uint32_t k = t.start; k < expr_start; k++) {
    if (src_[k] == '\n' || (src_[k] == '\r' && (k + 1 >= src_.size() || src_[k + 1] != '\n'))) {
      line++;
      line_start = k + 1;
    }
  }
  Expr* value;
  {
    Parser sub(arena_, src_, err_.filename(), expr_start, expr_end, line,
               static_cast<int>(line_start), depth_ + 1, level + 1);
    try {
      value = sub.parse_fstring_replacement();
    } catch (SyntaxErrorException& ex) {
      SyntaxErrorInfo info = ex.info();
      if (info.message.rfind("f-string", 0) != 0) info.message = "f-string: " + info.message;
      throw_error(std::move(info));
    }
  }

  if (value->kind == NodeKind::Tuple && !value->parenthesized) {
    // CPython parses "(" expr ")": a bare tuple spans the braces' positions.
    auto locate = [&](uint32_t at, int* l, int* c) {
      int ln = t.line;
      uint32_t ls = t.start - static_cast<uint32_t>(t.col);
      for (uint32_t k = t.start; k < at; k++)
        if (src_[k] == '\n') {
          ln++;
          ls = k + 1;
        }
      *l = ln;
      *c = static_cast<int>(at - ls);
    };
    locate(expr_start - 1, &value->line, &value->col);
    locate(expr_end, &value->end_line, &value->end_col);
    value->end_col++;
  }
  auto* fv = arena_.make<FormattedValue>();
  fv->value = value;
  if (src_[i] == '=') {
    i++;
    while (i < e && (src_[i] == ' ' || src_[i] == '\t' || src_[i] == '\n' || src_[i] == '\r' ||
                     src_[i] == '\f' || src_[i] == '\v'))
      i++;
    if (i >= e) fstring_error("f-string: expecting '}'");
    st.literal.append(src_.data() + expr_start, i - expr_start);
    fv->conversion = 'r';  // unless a conversion or a format spec follows
    if (src_[i] == ':') fv->conversion = -1;
  }
  if (src_[i] == '!') {
    i++;
    if (i >= e) fstring_error("f-string: expecting '}'");
    char conv = src_[i++];
    if (conv != 's' && conv != 'r' && conv != 'a')
      fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    fv->conversion = conv;
  }
  if (i < e && src_[i] == ':') {
    i++;
    if (i >= e) fstring_error("f-string: expecting '}'");
    std::vector<Expr*> spec_values;
    std::string saved;
    saved.swap(st.literal);
    const Token* saved_tok = st.spec_tok;
    st.spec_tok = &t;
    fstring_body(t, i, e, level + 1, st, spec_values);
    flush_literal(st, spec_values);
    st.spec_tok = saved_tok;
    st.literal.swap(saved);
    auto* spec = arena_.make<JoinedStr>();
    spec->values = list(spec_values);
    spec->line = t.line;
    spec->col = t.col;
    spec->end_line = t.end_line;
    spec->end_col = t.end_col;
    fv->format_spec = spec;
  }
  if (i >= e || src_[i] != '}') fstring_error("f-string: expecting '}'");
  i++;
  flush_literal(st, into);
  st.located.push_back(fv);
  into.push_back(fv);
}

// The expression of a replacement field, parsed as CPython does: as if
// written "(" expr ")".
Expr* Parser::parse_fstring_replacement() {
  Expr* e;
  if (at(TokenKind::KW_YIELD)) {
    e = yield_expr();
  } else {
    Pos s = here();
    size_t first_tok = p_;
    Expr* first = star_named_expression();
    if (at(TokenKind::COMMA)) {
      std::vector<Expr*> items{first};
      while (accept(TokenKind::COMMA)) {
        if (at(TokenKind::ENDMARKER)) break;
        items.push_back(star_named_expression());
      }
      auto* t = node<Tuple>(s);
      t->elts = list(items);
      e = finish(t);
    } else {
      if (at_comp_for()) {
        e = genexp_tail(first, s);
      } else {
        e = first;
      }
    }
    if (!at(TokenKind::ENDMARKER)) fail_after_expr(e, first_tok);
  }
  if (!at(TokenKind::ENDMARKER)) invalid_syntax();
  return e;
}

}  // namespace

// ===========================================================================
// Entry points
// ===========================================================================

ParseResult parse_module(std::string_view source, std::string_view filename) {
  ParseResult r;
  r.arena = std::make_unique<Arena>();
  r.filename = std::string(filename);
  r.source = r.arena->copy_str(source);
  Parser p(*r.arena, r.source, r.filename);
  r.module = p.parse_file();
  return r;
}

ParseResult parse_expression(std::string_view source, std::string_view filename) {
  ParseResult r;
  r.arena = std::make_unique<Arena>();
  r.filename = std::string(filename);
  r.source = r.arena->copy_str(source);
  Parser p(*r.arena, r.source, r.filename);
  r.expression = p.parse_eval();
  return r;
}

}  // namespace coil
