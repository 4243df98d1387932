// Coil — AST support: the arena, the name tables and dump(), the canonical
// text form (byte-for-byte CPython 3.11's ast.dump, so tests can take their
// expectations straight from python3).
#include "core/ast.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace coil::ast {

// ---------------------------------------------------------------------------
// Arena
// ---------------------------------------------------------------------------

namespace {
constexpr size_t kArenaBlock = 16 * 1024;
}

// Bumps within the current block; a request that does not fit starts a new
// block (an oversized request gets a block of its own).
void* Arena::alloc(size_t size, size_t align) {
  uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~(uintptr_t{align} - 1);
  if (cur_ == nullptr || p + size > reinterpret_cast<uintptr_t>(end_)) {
    size_t block = size + 16 > kArenaBlock ? size + 16 : kArenaBlock;
    blocks_.emplace_back(new char[block]);
    cur_ = blocks_.back().get();
    end_ = cur_ + block;
    total_ += block;
    p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~(uintptr_t{align} - 1);
  }
  cur_ = reinterpret_cast<char*>(p + size);
  return reinterpret_cast<void*>(p);
}

// Copies the bytes of s into the arena.
std::string_view Arena::copy_str(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(alloc(s.size(), 1));
  std::memcpy(p, s.data(), s.size());
  return {p, s.size()};
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

std::string_view node_kind_name(NodeKind k) {
  switch (k) {
    case NodeKind::ExprStmt: return "Expr";
    case NodeKind::Arguments: return "arguments";
    case NodeKind::Arg: return "arg";
    case NodeKind::Keyword: return "keyword";
    case NodeKind::Alias: return "alias";
    case NodeKind::WithItem: return "withitem";
    case NodeKind::Comprehension: return "comprehension";
    default: break;
  }
  static constexpr std::string_view kNames[] = {
#define COIL_AST_NAME(name) #name,
      COIL_AST_EXPR_NODES(COIL_AST_NAME) COIL_AST_STMT_NODES(COIL_AST_NAME)
          COIL_AST_OTHER_NODES(COIL_AST_NAME)
#undef COIL_AST_NAME
  };
  return kNames[static_cast<size_t>(k)];
}

namespace {
#define COIL_AST_FIRST(name, sym) #name,
#define COIL_AST_SECOND(name, sym) sym,
constexpr std::string_view kBinOpNames[] = {COIL_AST_BINOPS(COIL_AST_FIRST)};
constexpr std::string_view kBinOpSymbols[] = {COIL_AST_BINOPS(COIL_AST_SECOND)};
constexpr std::string_view kUnaryOpNames[] = {COIL_AST_UNARYOPS(COIL_AST_FIRST)};
constexpr std::string_view kCmpOpNames[] = {COIL_AST_CMPOPS(COIL_AST_FIRST)};
constexpr std::string_view kCmpOpSymbols[] = {COIL_AST_CMPOPS(COIL_AST_SECOND)};
#undef COIL_AST_FIRST
#undef COIL_AST_SECOND
}  // namespace

std::string_view binop_name(BinOpKind k) { return kBinOpNames[static_cast<size_t>(k)]; }
std::string_view binop_symbol(BinOpKind k) { return kBinOpSymbols[static_cast<size_t>(k)]; }
std::string_view unaryop_name(UnaryOpKind k) { return kUnaryOpNames[static_cast<size_t>(k)]; }
std::string_view cmpop_name(CmpOpKind k) { return kCmpOpNames[static_cast<size_t>(k)]; }
std::string_view cmpop_symbol(CmpOpKind k) { return kCmpOpSymbols[static_cast<size_t>(k)]; }
std::string_view ctx_name(Ctx c) {
  switch (c) {
    case Ctx::Load: return "Load";
    case Ctx::Store: return "Store";
    case Ctx::Del: return "Del";
  }
  return "?";
}

// ---------------------------------------------------------------------------
// Int constants
// ---------------------------------------------------------------------------

namespace {
int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}
}  // namespace

bool int_constant_to_int64(const Constant& c, int64_t* out) {
  uint64_t v = 0;
  const uint64_t base = c.int_base;
  for (char ch : c.int_digits) {
    uint64_t d = static_cast<uint64_t>(digit_value(ch));
    if (v > (static_cast<uint64_t>(INT64_MAX) - d) / base) return false;
    v = v * base + d;
  }
  *out = static_cast<int64_t>(v);
  return true;
}

// Schoolbook base conversion into base-1e9 limbs (quadratic, but literals are short).
std::string int_constant_to_decimal(const Constant& c) {
  if (c.int_base == 10) {
    size_t i = 0;
    while (i + 1 < c.int_digits.size() && c.int_digits[i] == '0') i++;
    return std::string(c.int_digits.substr(i));
  }
  std::vector<uint32_t> limbs{0};  // little-endian, base 1e9
  for (char ch : c.int_digits) {
    uint64_t carry = static_cast<uint64_t>(digit_value(ch));
    for (auto& limb : limbs) {
      uint64_t x = uint64_t{limb} * c.int_base + carry;
      limb = static_cast<uint32_t>(x % 1000000000u);
      carry = x / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string s = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    s.append(9 - part.size(), '0');
    s += part;
  }
  return s;
}

// ---------------------------------------------------------------------------
// dump
// ---------------------------------------------------------------------------

namespace {

// Decodes one UTF-8 sequence at s[i] (generalized: surrogates allowed);
// returns the code point and advances i. Invalid bytes decode as themselves.
uint32_t next_code_point(std::string_view s, size_t& i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { i++; return b0; }
  int n = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  if (n == 0 || i + n >= s.size()) { i++; return b0; }
  uint32_t cp = b0 & (0x3F >> n);
  for (int k = 1; k <= n; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n + 1;
  return cp;
}

// An approximation of Py_UNICODE_ISPRINTABLE for non-ASCII code points.
bool printable_non_ascii(uint32_t cp) {
  if (cp <= 0xA0 || cp == 0xAD) return false;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0x1680 || cp == 0x3000 || cp == 0x205F || cp == 0x202F) return false;
  if (cp >= 0x2000 && cp <= 0x200F) return false;
  if (cp == 0x2028 || cp == 0x2029) return false;
  if (cp >= 0x202A && cp <= 0x202E) return false;
  if (cp >= 0x2060 && cp <= 0x206F) return false;
  if (cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB)) return false;
  // Format characters (Cf).
  if ((cp >= 0x600 && cp <= 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F ||
      cp == 0x890 || cp == 0x891 || cp == 0x8E2 || cp == 0x180E || cp == 0x110BD ||
      cp == 0x110CD || (cp >= 0x13430 && cp <= 0x13438) || (cp >= 0x1BCA0 && cp <= 0x1BCA3) ||
      (cp >= 0x1D173 && cp <= 0x1D17A) || cp == 0xE0001 || (cp >= 0xE0020 && cp <= 0xE007F))
    return false;
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xF0000) return false;
  if ((cp & 0xFFFE) == 0xFFFE) return false;
  return true;
}

void append_hex(std::string& out, uint32_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  for (int k = digits - 1; k >= 0; k--) out += kHex[(v >> (4 * k)) & 0xF];
}

// Python's repr() of a str held as UTF-8.
void repr_str(std::string& out, std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out += quote;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = next_code_point(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (printable_non_ascii(cp)) {
      out.append(s.substr(start, i - start));
    } else if (cp < 0x100) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x10000) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
  }
  out += quote;
}

// Python's repr() of a bytes object.
void repr_bytes(std::string& out, std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out += 'b';
  out += quote;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
}

// Python's repr() of a float (shortest round-trip digits, repr's layout).
void repr_float(std::string& out, double d) {
  if (std::isinf(d)) {
    out += d > 0 ? "inf" : "-inf";
    return;
  }
  if (std::isnan(d)) {
    out += "nan";
    return;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string_view sci(buf, static_cast<size_t>(res.ptr - buf));
  bool neg = !sci.empty() && sci[0] == '-';
  if (neg) sci.remove_prefix(1);
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exp = 0;
  std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+' ? 1 : 0), sci.data() + sci.size(), exp);
  if (neg) out += '-';
  int ndigits = static_cast<int>(digits.size());
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out += "0.";
      out.append(static_cast<size_t>(-exp - 1), '0');
      out += digits;
    } else if (exp + 1 >= ndigits) {
      out += digits;
      out.append(static_cast<size_t>(exp + 1 - ndigits), '0');
      out += ".0";
    } else {
      out += digits.substr(0, static_cast<size_t>(exp + 1));
      out += '.';
      out += digits.substr(static_cast<size_t>(exp + 1));
    }
  } else {
    out += digits[0];
    if (ndigits > 1) {
      out += '.';
      out += digits.substr(1);
    }
    out += 'e';
    out += exp < 0 ? '-' : '+';
    int a = exp < 0 ? -exp : exp;
    if (a < 10) out += '0';
    out += std::to_string(a);
  }
}

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void node(const Node* n);

 private:
  bool attrs_;
  bool first_ = true;  // first field of the current node

  void open(const Node* n) {
    out += node_kind_name(n->kind);
    out += '(';
    first_ = true;
  }
  // Helpers that build strings stay out of line, so that node()'s frame (it
  // recurses once per AST level) stays small.
  [[gnu::noinline]] void close(const Node* n) {
    if (attrs_ && has_position(n->kind)) {
      raw_int("lineno", n->line);
      raw_int("col_offset", n->col);
      raw_int("end_lineno", n->end_line);
      raw_int("end_col_offset", n->end_col);
    }
    out += ')';
    first_ = false;
  }
  [[gnu::noinline]] void raw_int(const char* name, long v) {
    field(name);
    char buf[24];
    int len = std::snprintf(buf, sizeof buf, "%ld", v);
    out.append(buf, static_cast<size_t>(len));
  }
  static bool has_position(NodeKind k) {
    return k != NodeKind::Module && k != NodeKind::Expression && k != NodeKind::Arguments &&
           k != NodeKind::Comprehension && k != NodeKind::WithItem;
  }
  void field(const char* name) {
    if (!first_) out += ", ";
    first_ = false;
    out += name;
    out += '=';
  }
  // An optional child: omitted when null.
  void opt(const char* name, const Node* n) {
    if (!n) return;
    field(name);
    node(n);
  }
  void req(const char* name, const Node* n) {
    field(name);
    if (n)
      node(n);
    else
      out += "None";
  }
  template <class T>
  [[gnu::noinline]] void list(const char* name, std::span<T*> items) {
    field(name);
    out += '[';
    bool first = true;
    for (const T* item : items) {
      if (!first) out += ", ";
      first = false;
      if (item)
        node(item);
      else
        out += "None";
    }
    out += ']';
    first_ = false;
  }
  [[gnu::noinline]] void names(const char* name, NameList items) {
    field(name);
    out += '[';
    for (size_t i = 0; i < items.size(); i++) {
      if (i) out += ", ";
      repr_str(out, items[i]);
    }
    out += ']';
  }
  [[gnu::noinline]] void ident(const char* name, std::string_view id) {
    field(name);
    repr_str(out, id);
  }
  [[gnu::noinline]] void opt_ident(const char* name, std::string_view id) {
    if (id.empty()) return;
    ident(name, id);
  }
  [[gnu::noinline]] void raw(const char* name, std::string_view text) {
    field(name);
    out += text;
  }
  [[gnu::noinline]] void op(const char* name, std::string_view op_name) {
    field(name);
    out += op_name;
    out += "()";
  }
  void ctx(Ctx c) { op("ctx", ctx_name(c)); }
  void body(const char* name, StmtList stmts) { list(name, stmts); }
  [[gnu::noinline]] void constant(const Constant* c);
  [[gnu::noinline]] void if_chain(const If* i);
};

void Dumper::constant(const Constant* c) {
  field("value");
  switch (c->value_kind) {
    case ConstKind::None: out += "None"; break;
    case ConstKind::True: out += "True"; break;
    case ConstKind::False: out += "False"; break;
    case ConstKind::Ellipsis: out += "Ellipsis"; break;
    case ConstKind::Int: out += int_constant_to_decimal(*c); break;
    case ConstKind::Float: repr_float(out, c->float_value); break;
    case ConstKind::Complex:
      repr_float(out, c->float_value);
      out += 'j';
      break;
    case ConstKind::Str: repr_str(out, c->str_value); break;
    case ConstKind::Bytes: repr_bytes(out, c->str_value); break;
  }
  if (c->value_kind == ConstKind::Str && c->u_prefix) raw("kind", "'u'");
}

// An elif chain nests in the AST; print it without recursing per link.
void Dumper::if_chain(const If* i) {
  std::vector<const If*> chain{i};
  while (i->orelse.size() == 1 && i->orelse[0]->kind == NodeKind::If) {
    req("test", i->test);
    body("body", i->body);
    field("orelse");
    out += '[';
    i = static_cast<const If*>(i->orelse[0]);
    chain.push_back(i);
    open(i);
  }
  req("test", i->test);
  body("body", i->body);
  body("orelse", i->orelse);
  for (size_t k = chain.size(); k-- > 1;) {
    close(chain[k]);
    out += ']';
  }
}

void Dumper::node(const Node* n) {
  open(n);
  switch (n->kind) {
    case NodeKind::Module:
      body("body", static_cast<const Module*>(n)->body);
      raw("type_ignores", "[]");
      break;
    case NodeKind::Expression:
      req("body", static_cast<const Expression*>(n)->body);
      break;
    case NodeKind::Arguments: {
      auto* a = static_cast<const Arguments*>(n);
      list("posonlyargs", a->posonlyargs);
      list("args", a->args);
      opt("vararg", a->vararg);
      list("kwonlyargs", a->kwonlyargs);
      list("kw_defaults", a->kw_defaults);
      opt("kwarg", a->kwarg);
      list("defaults", a->defaults);
      break;
    }
    case NodeKind::Arg: {
      auto* a = static_cast<const Arg*>(n);
      ident("arg", a->arg);
      opt("annotation", a->annotation);
      break;
    }
    case NodeKind::Keyword: {
      auto* k = static_cast<const Keyword*>(n);
      opt_ident("arg", k->arg);
      req("value", k->value);
      break;
    }
    case NodeKind::Alias: {
      auto* a = static_cast<const Alias*>(n);
      ident("name", a->name);
      opt_ident("asname", a->asname);
      break;
    }
    case NodeKind::WithItem: {
      auto* w = static_cast<const WithItem*>(n);
      req("context_expr", w->context_expr);
      opt("optional_vars", w->optional_vars);
      break;
    }
    case NodeKind::ExceptHandler: {
      auto* h = static_cast<const ExceptHandler*>(n);
      opt("type", h->type);
      opt_ident("name", h->name);
      body("body", h->body);
      break;
    }
    case NodeKind::Comprehension: {
      auto* c = static_cast<const Comprehension*>(n);
      req("target", c->target);
      req("iter", c->iter);
      list("ifs", c->ifs);
      raw("is_async", c->is_async ? "1" : "0");
      break;
    }
    // Expressions.
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(n);
      op("op", b->op == BoolOpKind::And ? "And" : "Or");
      list("values", b->values);
      break;
    }
    case NodeKind::NamedExpr: {
      auto* e = static_cast<const NamedExpr*>(n);
      req("target", e->target);
      req("value", e->value);
      break;
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(n);
      req("left", b->left);
      op("op", binop_name(b->op));
      req("right", b->right);
      break;
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(n);
      op("op", unaryop_name(u->op));
      req("operand", u->operand);
      break;
    }
    case NodeKind::Lambda: {
      auto* l = static_cast<const Lambda*>(n);
      req("args", l->args);
      req("body", l->body);
      break;
    }
    case NodeKind::IfExp: {
      auto* e = static_cast<const IfExp*>(n);
      req("test", e->test);
      req("body", e->body);
      req("orelse", e->orelse);
      break;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(n);
      list("keys", d->keys);
      list("values", d->values);
      break;
    }
    case NodeKind::Set:
      list("elts", static_cast<const Set*>(n)->elts);
      break;
    case NodeKind::ListComp: {
      auto* c = static_cast<const ListComp*>(n);
      req("elt", c->elt);
      list("generators", c->generators);
      break;
    }
    case NodeKind::SetComp: {
      auto* c = static_cast<const SetComp*>(n);
      req("elt", c->elt);
      list("generators", c->generators);
      break;
    }
    case NodeKind::DictComp: {
      auto* c = static_cast<const DictComp*>(n);
      req("key", c->key);
      req("value", c->value);
      list("generators", c->generators);
      break;
    }
    case NodeKind::GeneratorExp: {
      auto* c = static_cast<const GeneratorExp*>(n);
      req("elt", c->elt);
      list("generators", c->generators);
      break;
    }
    case NodeKind::Await:
      req("value", static_cast<const Await*>(n)->value);
      break;
    case NodeKind::Yield:
      opt("value", static_cast<const Yield*>(n)->value);
      break;
    case NodeKind::YieldFrom:
      req("value", static_cast<const YieldFrom*>(n)->value);
      break;
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(n);
      req("left", c->left);
      field("ops");
      out += '[';
      for (size_t i = 0; i < c->ops.size(); i++) {
        if (i) out += ", ";
        out += cmpop_name(c->ops[i]);
        out += "()";
      }
      out += ']';
      list("comparators", c->comparators);
      break;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(n);
      req("func", c->func);
      list("args", c->args);
      list("keywords", c->keywords);
      break;
    }
    case NodeKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(n);
      req("value", f->value);
      raw_int("conversion", f->conversion);
      opt("format_spec", f->format_spec);
      break;
    }
    case NodeKind::JoinedStr:
      list("values", static_cast<const JoinedStr*>(n)->values);
      break;
    case NodeKind::Constant:
      constant(static_cast<const Constant*>(n));
      break;
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(n);
      req("value", a->value);
      ident("attr", a->attr);
      ctx(a->ctx);
      break;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(n);
      req("value", s->value);
      req("slice", s->slice);
      ctx(s->ctx);
      break;
    }
    case NodeKind::Starred: {
      auto* s = static_cast<const Starred*>(n);
      req("value", s->value);
      ctx(s->ctx);
      break;
    }
    case NodeKind::Name: {
      auto* nm = static_cast<const Name*>(n);
      ident("id", nm->id);
      ctx(nm->ctx);
      break;
    }
    case NodeKind::List: {
      auto* l = static_cast<const List*>(n);
      list("elts", l->elts);
      ctx(l->ctx);
      break;
    }
    case NodeKind::Tuple: {
      auto* t = static_cast<const Tuple*>(n);
      list("elts", t->elts);
      ctx(t->ctx);
      break;
    }
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(n);
      opt("lower", s->lower);
      opt("upper", s->upper);
      opt("step", s->step);
      break;
    }
    // Statements.
    case NodeKind::FunctionDef: {
      auto* f = static_cast<const FunctionDef*>(n);
      ident("name", f->name);
      req("args", f->args);
      body("body", f->body);
      list("decorator_list", f->decorator_list);
      opt("returns", f->returns);
      break;
    }
    case NodeKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(n);
      ident("name", c->name);
      list("bases", c->bases);
      list("keywords", c->keywords);
      body("body", c->body);
      list("decorator_list", c->decorator_list);
      break;
    }
    case NodeKind::Return:
      opt("value", static_cast<const Return*>(n)->value);
      break;
    case NodeKind::Delete:
      list("targets", static_cast<const Delete*>(n)->targets);
      break;
    case NodeKind::Assign: {
      auto* a = static_cast<const Assign*>(n);
      list("targets", a->targets);
      req("value", a->value);
      break;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(n);
      req("target", a->target);
      op("op", binop_name(a->op));
      req("value", a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(n);
      req("target", a->target);
      req("annotation", a->annotation);
      opt("value", a->value);
      raw("simple", a->simple ? "1" : "0");
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<const For*>(n);
      req("target", f->target);
      req("iter", f->iter);
      body("body", f->body);
      body("orelse", f->orelse);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<const While*>(n);
      req("test", w->test);
      body("body", w->body);
      body("orelse", w->orelse);
      break;
    }
    case NodeKind::If:
      if_chain(static_cast<const If*>(n));
      break;
    case NodeKind::With: {
      auto* w = static_cast<const With*>(n);
      list("items", w->items);
      body("body", w->body);
      break;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<const Raise*>(n);
      opt("exc", r->exc);
      opt("cause", r->cause);
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<const Try*>(n);
      body("body", t->body);
      list("handlers", t->handlers);
      body("orelse", t->orelse);
      body("finalbody", t->finalbody);
      break;
    }
    case NodeKind::Assert: {
      auto* a = static_cast<const Assert*>(n);
      req("test", a->test);
      opt("msg", a->msg);
      break;
    }
    case NodeKind::Import:
      list("names", static_cast<const Import*>(n)->names);
      break;
    case NodeKind::ImportFrom: {
      auto* i = static_cast<const ImportFrom*>(n);
      opt_ident("module", i->module);
      list("names", i->names);
      raw_int("level", i->level);
      break;
    }
    case NodeKind::Global:
      names("names", static_cast<const Global*>(n)->names);
      break;
    case NodeKind::Nonlocal:
      names("names", static_cast<const Nonlocal*>(n)->names);
      break;
    case NodeKind::ExprStmt:
      req("value", static_cast<const ExprStmt*>(n)->value);
      break;
    case NodeKind::Pass:
    case NodeKind::Break:
    case NodeKind::Continue:
    case NodeKind::COUNT:
      break;
  }
  close(n);
}

}  // namespace

std::string dump(const Node& node, bool include_attributes) {
  Dumper d(include_attributes);
  d.node(&node);
  return std::move(d.out);
}

}  // namespace coil::ast
