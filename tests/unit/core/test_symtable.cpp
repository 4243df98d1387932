// Coil — symbol table tests: scope classification and code-object layout
// (varnames / cellvars / freevars) of tricky closures, comprehensions and
// class bodies, checked against CPython 3.11, plus the scope errors.
//
// kSymCases was generated with python3 (CPython 3.11.7) from each source:
//   code:   every code object of compile(src) in co_consts preorder, as
//           "co_name|co_varnames|co_cellvars|co_freevars|is_generator";
//   scopes: symtable.symtable(src), one line per table "type name@line:"
//           followed by its symbols "name=SCOPE" (raw scope value), sorted.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/parser.h"
#include "core/symtable.h"

namespace coil {
namespace {

using sym::NameScope;
using sym::Scope;
using sym::ScopeKind;

struct SymCase {
  const char* src;
  const char* code;
  const char* scopes;
};

const SymCase kSymCases[] = {
    {"x = 1\ndef f(a, b=1, *args, c, **kw):\n    global x\n    x = (y := a)\n    def g():\n        nonlocal y\n        y += b\n        return lambda: a + y + z\n    return g\n",
     "<module>||||0\nf|a,b,c,args,kw,g|a,b,y||0\ng|||a,b,y|0\n<lambda>|||a,y|0\n",
     "function f@2: a=CELL args=LOCAL b=CELL c=LOCAL g=LOCAL kw=LOCAL x=GLOBAL_EXPLICIT y=CELL\nfunction g@5: a=FREE b=FREE y=FREE\nfunction lambda@8: a=FREE y=FREE z=GLOBAL_IMPLICIT\nmodule top@0: f=LOCAL x=GLOBAL_EXPLICIT\n"},
    {"def outer():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n        w = [v for _ in range(3)]\n    return C\n",
     "<module>||||0\nouter|C|v||0\nC|||v|0\nm|self||v|0\n<listcomp>|.0,_||v|0\n",
     "class C@3: m=LOCAL range=GLOBAL_IMPLICIT v=LOCAL w=LOCAL\nfunction listcomp@7: .0=LOCAL _=LOCAL v=FREE\nfunction m@5: self=LOCAL v=FREE\nfunction outer@1: C=LOCAL v=CELL\nmodule top@0: outer=LOCAL\n"},
    {"class A(Base):\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n    def o(self):\n        return [super().o() for _ in self]\n    def p(self):\n        def inner():\n            return super(A, self).p()\n        return inner\n    __private = 1\n    def q(self, __arg):\n        __local = self.__private\n        return __local, __arg\n",
     "<module>||||0\nA||__class__||0\nm|self||__class__|0\nn|self||__class__|0\no|self||__class__|0\n<listcomp>|.0,_||__class__|0\np|self,inner|self|__class__|0\ninner|||__class__,self|0\nq|self,_A__arg,_A__local|||0\n",
     "class A@1: _A__private=LOCAL m=LOCAL n=LOCAL o=LOCAL p=LOCAL q=LOCAL\nfunction inner@9: A=GLOBAL_IMPLICIT __class__=FREE self=FREE super=GLOBAL_IMPLICIT\nfunction listcomp@7: .0=LOCAL _=LOCAL __class__=FREE super=GLOBAL_IMPLICIT\nfunction m@2: __class__=FREE self=LOCAL super=GLOBAL_IMPLICIT\nfunction n@4: __class__=FREE self=LOCAL\nfunction o@6: __class__=FREE self=LOCAL\nfunction p@8: __class__=FREE inner=LOCAL self=CELL\nfunction q@13: _A__arg=LOCAL _A__local=LOCAL self=LOCAL\nmodule top@0: A=LOCAL Base=GLOBAL_IMPLICIT\n"},
    {"def gen():\n    total = 0\n    squares = (i * i for i in range(10) if i % total)\n    firsts = [y := x for x in squares]\n    return [z for z in firsts for w in range(z) if (t := w)]\n",
     "<module>||||0\ngen|squares,firsts|t,total,y||0\n<genexpr>|.0,i||total|1\n<listcomp>|.0,x||y|0\n<listcomp>|.0,z,w||t|0\n",
     "function gen@1: firsts=LOCAL range=GLOBAL_IMPLICIT squares=LOCAL t=CELL total=CELL y=CELL\nfunction genexpr@3: .0=LOCAL i=LOCAL total=FREE\nfunction listcomp@4: .0=LOCAL x=LOCAL y=FREE\nfunction listcomp@5: .0=LOCAL range=GLOBAL_IMPLICIT t=FREE w=LOCAL z=LOCAL\nmodule top@0: gen=LOCAL\n"},
    {"[u := v for v in range(3)]\n{k: (m := k) for k in range(2)}\ndef f():\n    global g\n    [(g := 1) for _ in x]\n    [(h := 1) for _ in x]\n",
     "<module>||||0\n<listcomp>|.0,v|||0\n<dictcomp>|.0,k|||0\nf||h||0\n<listcomp>|.0,_|||0\n<listcomp>|.0,_||h|0\n",
     "function dictcomp@2: .0=LOCAL k=LOCAL m=GLOBAL_EXPLICIT\nfunction f@3: g=GLOBAL_EXPLICIT h=CELL x=GLOBAL_IMPLICIT\nfunction listcomp@1: .0=LOCAL u=GLOBAL_EXPLICIT v=LOCAL\nfunction listcomp@5: .0=LOCAL _=LOCAL g=GLOBAL_EXPLICIT\nfunction listcomp@6: .0=LOCAL _=LOCAL h=FREE\nmodule top@0: f=LOCAL g=GLOBAL_EXPLICIT m=GLOBAL_EXPLICIT range=GLOBAL_IMPLICIT u=GLOBAL_EXPLICIT\n"},
    {"def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
     "<module>||||0\nf|g|x||0\ng|h||x|0\nh|||x|0\n",
     "function f@1: g=LOCAL x=CELL\nfunction g@3: h=LOCAL x=FREE\nfunction h@4: x=FREE\nmodule top@0: f=LOCAL\n"},
    {"def f():\n    try:\n        pass\n    except E as e:\n        raise\n    for i, (j, *k) in items:\n        with open(i) as fh, ctx() as (p, q):\n            import os.path, sys as system\n            from m import n as nn, o\n    del i\n    return locals()\n",
     "<module>||||0\nf|e,i,j,k,fh,p,q,os,system,nn,o|||0\n",
     "function f@1: E=GLOBAL_IMPLICIT ctx=GLOBAL_IMPLICIT e=LOCAL fh=LOCAL i=LOCAL items=GLOBAL_IMPLICIT j=LOCAL k=LOCAL locals=GLOBAL_IMPLICIT nn=LOCAL o=LOCAL open=GLOBAL_IMPLICIT os=LOCAL p=LOCAL q=LOCAL system=LOCAL\nmodule top@0: f=LOCAL\n"},
    {"def decorated():\n    @dec(a := 1)\n    def inner(x=a, *, y=lambda: a):\n        return x\n    class K(metaclass=M, base=a):\n        attr = a\n    return inner, K\n",
     "<module>||||0\ndecorated|inner,K|a||0\n<lambda>|||a|0\ninner|x,y|||0\nK|||a|0\n",
     "class K@5: a=FREE attr=LOCAL\nfunction decorated@1: K=LOCAL M=GLOBAL_IMPLICIT a=CELL dec=GLOBAL_IMPLICIT inner=LOCAL\nfunction inner@3: x=LOCAL y=LOCAL\nfunction lambda@3: a=FREE\nmodule top@0: decorated=LOCAL\n"},
    {"def f():\n    def g():\n        x = 1\n        def h():\n            nonlocal x\n            x = 2\n        return h\n    x = 3\n    return g\n",
     "<module>||||0\nf|g,x|||0\ng|h|x||0\nh|||x|0\n",
     "function f@1: g=LOCAL x=LOCAL\nfunction g@2: h=LOCAL x=CELL\nfunction h@4: x=FREE\nmodule top@0: f=LOCAL\n"},
    {"def f(a):\n    def g():\n        return a\n    a = 2\n    del a\n    return g\n",
     "<module>||||0\nf|a,g|a||0\ng|||a|0\n",
     "function f@1: a=CELL g=LOCAL\nfunction g@2: a=FREE\nmodule top@0: f=LOCAL\n"},
    {"def f():\n    class A:\n        def g(self):\n            return x\n    x = 1\n    class B:\n        x = 2\n        def h(self):\n            return x\n    return A, B\n",
     "<module>||||0\nf|A,B|x||0\nA|||x|0\ng|self||x|0\nB|||x|0\nh|self||x|0\n",
     "class A@2: g=LOCAL x=FREE\nclass B@6: h=LOCAL x=LOCAL\nfunction f@1: A=LOCAL B=LOCAL x=CELL\nfunction g@3: self=LOCAL x=FREE\nfunction h@8: self=LOCAL x=FREE\nmodule top@0: f=LOCAL\n"},
    {"def f():\n    lambda x, *y, z=q, **w: x + y + z + w + free\n    free = 1\n",
     "<module>||||0\nf||free||0\n<lambda>|x,z,y,w||free|0\n",
     "function f@1: free=CELL q=GLOBAL_IMPLICIT\nfunction lambda@2: free=FREE w=LOCAL x=LOCAL y=LOCAL z=LOCAL\nmodule top@0: f=LOCAL\n"},
    {"async_ = 1\ndef f(*, a, b=2, **c):\n    yield from a\n    yield b\n    return c\n",
     "<module>||||0\nf|a,b,c|||1\n",
     "function f@2: a=LOCAL b=LOCAL c=LOCAL\nmodule top@0: async_=LOCAL f=LOCAL\n"},
    {"def f():\n    x: int\n    y: list[z] = []\n    return y\n",
     "<module>||||0\nf|y|||0\n",
     "function f@1: int=GLOBAL_IMPLICIT list=GLOBAL_IMPLICIT x=LOCAL y=LOCAL z=GLOBAL_IMPLICIT\nmodule top@0: f=LOCAL\n"},
    {"def outer():\n    value = 0\n    def reader():\n        return value\n    def writer():\n        nonlocal value\n        value += 1\n    return reader, writer\n",
     "<module>||||0\nouter|reader,writer|value||0\nreader|||value|0\nwriter|||value|0\n",
     "function outer@1: reader=LOCAL value=CELL writer=LOCAL\nfunction reader@3: value=FREE\nfunction writer@5: value=FREE\nmodule top@0: outer=LOCAL\n"},
    {"def f():\n    try:\n        a = 1\n        return a\n    except E as e:\n        b = 2\n    finally:\n        c = 3\n",
     "<module>||||0\nf|a,c,e,b|||0\n",
     "function f@1: E=GLOBAL_IMPLICIT a=LOCAL b=LOCAL c=LOCAL e=LOCAL\nmodule top@0: f=LOCAL\n"},
};

std::string join(const std::vector<std::string_view>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); i++) {
    if (i) out += ',';
    out += v[i];
  }
  return out;
}

// Scopes in CPython's code-object order: preorder over children.
void preorder(const Scope* s, std::vector<const Scope*>& out) {
  out.push_back(s);
  for (const Scope* c : s->children) preorder(c, out);
}

std::string code_layout(const sym::SymbolTable& t) {
  std::vector<const Scope*> order;
  preorder(t.module(), order);
  std::string out;
  for (const Scope* s : order) {
    out += s->kind == ScopeKind::Module ? std::string("<module>") : std::string(s->name);
    out += '|' + join(s->varnames) + '|' + join(s->cellvars) + '|' + join(s->freevars) + '|';
    out += s->is_generator ? "1\n" : "0\n";
  }
  return out;
}

// The format of CPython's symtable module dump above.
std::string classification(const sym::SymbolTable& t) {
  std::vector<std::string> lines;
  for (const auto& s : t.scopes()) {
    std::string name(s->name);
    if (name.size() > 2 && name.front() == '<') name = name.substr(1, name.size() - 2);
    const char* type = s->kind == ScopeKind::Module  ? "module"
                       : s->kind == ScopeKind::Class ? "class"
                                                     : "function";
    std::vector<std::string> syms;
    for (const sym::Symbol& y : s->symbols)
      syms.push_back(std::string(y.name) + "=" + std::string(sym::name_scope_name(y.scope)));
    std::sort(syms.begin(), syms.end());
    std::string line = std::string(type) + " " + name + "@" +
                       std::to_string(s->kind == ScopeKind::Module ? 0 : s->node->line) + ":";
    for (const std::string& y : syms) line += " " + y;
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

TEST(Symtable, MatchesCPython) {
  for (const SymCase& c : kSymCases) {
    SCOPED_TRACE(c.src);
    ParseResult r = parse_module(c.src, "<test>");
    sym::SymbolTable t = sym::build(r);
    EXPECT_EQ(code_layout(t), c.code);
    EXPECT_EQ(classification(t), c.scopes);
  }
}

TEST(Symtable, ScopeOfNodesAndFlags) {
  ParseResult r = parse_module(
      "class A:\n"
      "    def m(self, *a, **k):\n"
      "        return super().m()\n"
      "    g = (x for x in y)\n"
      "f = lambda q: q\n",
      "<test>");
  sym::SymbolTable t = sym::build(r);
  const Scope* mod = t.scope_of(r.module);
  ASSERT_EQ(mod, t.module());
  EXPECT_EQ(mod->kind, ScopeKind::Module);
  auto* cls = r.module->body[0]->as<ast::ClassDef>();
  const Scope* a = t.scope_of(cls);
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, ScopeKind::Class);
  EXPECT_TRUE(a->needs_class_cell);
  EXPECT_EQ(join(a->cellvars), "__class__");
  const Scope* m = t.scope_of(cls->body[0]);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->kind, ScopeKind::Function);
  EXPECT_TRUE(m->uses_class_cell);
  EXPECT_TRUE(m->has_varargs);
  EXPECT_TRUE(m->has_varkw);
  EXPECT_EQ(m->argcount, 1);
  EXPECT_EQ(m->lookup("self"), NameScope::LOCAL);
  EXPECT_EQ(m->lookup("super"), NameScope::GLOBAL_IMPLICIT);
  EXPECT_EQ(m->lookup("__class__"), NameScope::FREE);
  EXPECT_EQ(m->parent, a);
  auto* g = cls->body[1]->as<ast::Assign>()->value;
  const Scope* ge = t.scope_of(g);
  ASSERT_NE(ge, nullptr);
  EXPECT_EQ(ge->kind, ScopeKind::Comprehension);
  EXPECT_TRUE(ge->is_generator);
  EXPECT_EQ(join(ge->varnames), ".0,x");
  EXPECT_EQ(a->lookup("y"), NameScope::GLOBAL_IMPLICIT);  // the outermost iterable runs in the class
  auto* lam = r.module->body[1]->as<ast::Assign>()->value;
  const Scope* l = t.scope_of(lam);
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->kind, ScopeKind::Lambda);
  EXPECT_EQ(l->name, "<lambda>");
  EXPECT_EQ(t.scope_of(r.module->body[1]), nullptr);
}

TEST(Symtable, Mangling) {
  EXPECT_EQ(sym::mangle("A", "__x"), "_A__x");
  EXPECT_EQ(sym::mangle("_A", "__x"), "_A__x");
  EXPECT_EQ(sym::mangle("__A__", "__x"), "_A____x");
  EXPECT_EQ(sym::mangle("A", "__x__"), "__x__");
  EXPECT_EQ(sym::mangle("A", "___"), "___");
  EXPECT_EQ(sym::mangle("A", "_x"), "_x");
  EXPECT_EQ(sym::mangle("___", "__x"), "__x");
  EXPECT_EQ(sym::mangle("", "__x"), "__x");
  ParseResult r = parse_module("class C:\n    def f(self):\n        __v = 1\n        return __v\n", "<t>");
  sym::SymbolTable t = sym::build(r);
  const Scope* f = t.scope_of(r.module->body[0]->as<ast::ClassDef>()->body[0]);
  EXPECT_EQ(f->private_name, "C");
  EXPECT_EQ(f->lookup("_C__v"), NameScope::LOCAL);
  EXPECT_EQ(f->lookup_unmangled("__v"), NameScope::LOCAL);
}

TEST(Symtable, FutureAnnotations) {
  ParseResult r = parse_module(
      "from __future__ import annotations\n"
      "def f():\n    X = 1\n    def g(a: X) -> X: pass\n    return g\n",
      "<t>");
  sym::SymbolTable t = sym::build(r);
  EXPECT_TRUE(t.future_annotations);
  const Scope* f = t.scope_of(r.module->body[1]);
  EXPECT_EQ(f->lookup("X"), NameScope::LOCAL);  // not a cell: annotations are strings
}

std::optional<SyntaxErrorInfo> error_of(const char* src) {
  try {
    ParseResult r = parse_module(src, "<test>");
    sym::build(r);
  } catch (const SyntaxErrorException& e) {
    return e.info();
  }
  return std::nullopt;
}

// Expectations from compile(src, "<test>", "exec") in CPython 3.11.7.
TEST(Symtable, Errors) {
  struct {
    const char* src;
    const char* msg;
    int line, col, end_line, end_col;
  } cases[] = {
      {"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 4, 9, 4, 17},
      {"def f(a):\n    nonlocal a\n", "name 'a' is parameter and nonlocal", 2, 5, 2, 15},
      {"def f():\n    x = 1\n    nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 3, 5, 3, 15},
      {"def f():\n    print(x)\n    nonlocal x\n", "name 'x' is used prior to nonlocal declaration", 3, 5, 3, 15},
      {"def f():\n    x: int\n    global x\n", "annotated name 'x' can't be global", 3, 5, 3, 13},
      {"def f():\n    global x\n    x: int = 1\n", "annotated name 'x' can't be global", 3, 5, 3, 15},
      {"class A:\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
      {"def f():\n    class A:\n        x = 1\n        def g():\n            nonlocal x\n", "no binding for nonlocal 'x' found", 5, 13, 5, 23},
      {"[(j := 0) for i in x for j in y]\n", "assignment expression cannot rebind comprehension iteration variable 'j'", 1, 3, 1, 4},
      {"[i for i in x for j in (k := y)]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 25, 1, 31},
      {"def f(x):\n    [(x := 1) for y in z]\n", nullptr, 0, 0, 0, 0},
      {"lambda: [(yield)]\n", nullptr, 0, 0, 0, 0},
      {"def f(): {(yield) for x in y}\n", "'yield' inside set comprehension", 1, 12, 1, 17},
      {"def f(): {x: (yield) for x in y}\n", "'yield' inside dict comprehension", 1, 15, 1, 20},
      {"class A:\n    yield 1\n", "'yield' outside function", 2, 5, 2, 12},
      {"for x in y:\n    def f():\n        break\n", "'break' outside loop", 3, 9, 3, 14},
      {"while x:\n    class A:\n        continue\n", "'continue' not properly in loop", 3, 9, 3, 17},
      {"f(a=1, **k, a=2)\n", "keyword argument repeated: a", 1, 13, 1, 16},
      {"class A(x=1, x=2): pass\n", "keyword argument repeated: x", 1, 14, 1, 17},
      {"del __debug__\n", "cannot delete __debug__", 1, 5, 1, 14},
      {"x.__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 1, 12},
      {"(a, *b, c, *d) = e\n", "multiple starred expressions in assignment", 1, 1, 1, 15},
      {"for *a, *b in c: pass\n", "multiple starred expressions in assignment", 1, 5, 1, 11},
      {"def f(): return *a\n", "can't use starred expression here", 1, 17, 1, 19},
      {"def f(*a, **a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
      {"def f(a, *, a): pass\n", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
      {"def f():\n    for x in y:\n        try:\n            pass\n        finally:\n            continue\n", nullptr, 0, 0, 0, 0},
      {"from __future__ import braces\n", "not a chance", 1, 1, 1, 0},
      {"from __future__ import nested_scopes, blah\n", "future feature blah is not defined", 1, 1, 1, 0},
      {"[x for x in y for z in w if (x := 1)]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 30, 1, 31},
      {"def f():\n    [[(x := 1) for x in y] for z in w]\n", "assignment expression cannot rebind comprehension iteration variable 'x'", 2, 8, 2, 9},
      {"class A:\n    def f(self):\n        [(y := 1) for x in z]\n        return y\n", nullptr, 0, 0, 0, 0},
      {"def f():\n    global x\n    [x for x in y]\n", nullptr, 0, 0, 0, 0},
      {"def f():\n    [[x for x in y] for z in (w := 1)]\n", "assignment expression cannot be used in a comprehension iterable expression", 2, 31, 2, 37},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.src);
    auto err = error_of(c.src);
    if (!c.msg) {
      EXPECT_FALSE(err.has_value()) << err->message;
      continue;
    }
    ASSERT_TRUE(err.has_value());
    EXPECT_EQ(err->message, c.msg);
    EXPECT_EQ(err->line, c.line);
    EXPECT_EQ(err->col, c.col);
    EXPECT_EQ(err->end_line, c.end_line);
    EXPECT_EQ(err->end_col, c.end_col);
  }
}

TEST(Symtable, DumpIsStable) {
  ParseResult r = parse_module("def f(a):\n    def g():\n        return a\n    return g\n", "<t>");
  EXPECT_EQ(sym::dump(sym::build(r)),
            "module top\n"
            "  f=LOCAL\n"
            "  function f varnames=[a, g] cellvars=[a] freevars=[]\n"
            "    a=CELL g=LOCAL\n"
            "    function g varnames=[] cellvars=[] freevars=[a]\n"
            "      a=FREE\n");
}

}  // namespace
}  // namespace coil
