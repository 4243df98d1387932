// Coil — the bytecode table, defined once: name, operand format, meaning.
// The enum, the disassembler and the interpreter's dispatch table derive from
// it. Operand letters, in field order a, b, c: A/B/C a register, K a
// constant index, N a name index, n a count; F is the 8-bit sub-operation
// (BinaryOp, CompareOp, ...) in its own field; J (a jump relative to the
// next instruction) and I (LOADINT's value) fill b and c as 32 bits.
#pragma once

// Registers that work together are consecutive, as in Lua: a call's callee
// and arguments, FORITER's iterator and loop value, YIELDFROM's iterator and
// the value sent in.
#define COIL_BYTECODES(_)                                                                  \
  /* name          format  meaning */                                                     \
  _(NOP,            "",     "do nothing")                                                   \
  _(MOVE,           "AB",   "R[A] = R[B]")                                                  \
  _(LOADK,          "AK",   "R[A] = K[B]")                                                  \
  _(LOADINT,        "AI",   "R[A] = the small int in B:C (signed 32-bit)")                  \
  _(CLEAR,          "A",    "R[A] = unbound (del of a local)")                              \
  _(CHECKLOCAL,     "AN",   "UnboundLocalError for local N[B] if R[A] is unbound")          \
  _(GETGLOBAL,      "AN",   "R[A] = globals/builtins[N[B]] (NameError if absent)")          \
  _(SETGLOBAL,      "AN",   "globals[N[B]] = R[A]")                                        \
  _(DELGLOBAL,      "N",    "del globals[N[B]]")                                           \
  _(GETNAME,        "AN",   "R[A] = locals/globals/builtins[N[B]] (class and module code)")\
  _(SETNAME,        "AN",   "locals[N[B]] = R[A]")                                         \
  _(DELNAME,        "N",    "del locals[N[B]]")                                            \
  _(MAKECELL,       "A",    "R[A] = cell(R[A]) (R[A] may be unbound)")                     \
  _(GETDEREF,       "ABN",  "R[A] = cell R[B]'s contents (error names N[C])")             \
  _(SETDEREF,       "AB",   "cell R[A]'s contents = R[B]")                                 \
  _(DELDEREF,       "AN",   "empty cell R[A] (error names N[B])")                          \
  _(GETATTR,        "ABN",  "R[A] = R[B].N[C]")                                            \
  _(SETATTR,        "ANB",  "R[A].N[B] = R[C]")                                            \
  _(DELATTR,        "AN",   "del R[A].N[B]")                                               \
  _(GETMETHOD,      "ABN",  "R[A], R[A+1] = method N[C] of R[B] and its self (or Empty)")  \
  _(GETITEM,        "ABC",  "R[A] = R[B][R[C]]")                                           \
  _(SETITEM,        "ABC",  "R[A][R[B]] = R[C]")                                           \
  _(DELITEM,        "AB",   "del R[A][R[B]]")                                              \
  _(BINOP,          "FABC", "R[A] = R[B] op R[C]")                                         \
  _(INPLACE,        "FABC", "R[A] = R[B] op= R[C]")                                        \
  _(UNOP,           "FAB",  "R[A] = op R[B]")                                              \
  _(NOT,            "AB",   "R[A] = not R[B]")                                             \
  _(COMPARE,        "FABC", "R[A] = R[B] cmp R[C]")                                        \
  _(IS,             "FABC", "R[A] = R[B] is R[C] (F=1: is not)")                           \
  _(CONTAINS,       "FABC", "R[A] = R[B] in R[C] (F=1: not in)")                           \
  _(JMP,            "J",    "pc += J")                                                     \
  _(LOOP,           "J",    "pc += J (a loop back-edge: counts towards hotness)")          \
  _(JMPIF,          "AJ",   "if R[A]: pc += J")                                            \
  _(JMPIFNOT,       "AJ",   "if not R[A]: pc += J")                                        \
  _(JMPIFNONE,      "AJ",   "if R[A] is None: pc += J")                                    \
  _(GETITER,        "AB",   "R[A] = iter(R[B])")                                           \
  _(FORITER,        "AJ",   "R[A+1] = next(R[A]), or pc += J when exhausted")             \
  _(CALL,           "AnK",  "R[A] = R[A](R[A+1..A+B]), keyword names K[C-1] if C")         \
  _(CALLMETHOD,     "AnK",  "R[A] = R[A](R[A+1], args...) or R[A](args...) if R[A+1] empty") \
  _(CALLEX,         "An",   "R[A] = R[A](*R[A+1], **R[A+2]) (B=1: with kwargs)")           \
  _(RETURN,         "A",    "return R[A]")                                                 \
  _(YIELD,          "AB",   "yield R[B]; R[A] = the value sent in")                        \
  _(YIELDFROM,      "A",    "send R[A+1] into iterator R[A]: yield what it yields (resuming here), R[A+1] = its result") \
  _(BUILDTUPLE,     "ABn",  "R[A] = (R[B], ..., R[B+C-1])")                                \
  _(BUILDLIST,      "ABn",  "R[A] = [R[B], ..., R[B+C-1]]")                                \
  _(BUILDSET,       "ABn",  "R[A] = {R[B], ..., R[B+C-1]}")                                \
  _(BUILDDICT,      "ABn",  "R[A] = {R[B]: R[B+1], ...} (C pairs)")                        \
  _(BUILDSLICE,     "ABn",  "R[A] = slice(R[B], R[B+1], R[B+2]) (C = 2 or 3)")             \
  _(BUILDSTRING,    "ABn",  "R[A] = R[B] + ... + R[B+C-1] (all str)")                      \
  _(LISTAPPEND,     "AB",   "R[A].append(R[B])")                                           \
  _(LISTEXTEND,     "AB",   "R[A].extend(R[B])")                                           \
  _(LISTTOTUPLE,    "AB",   "R[A] = tuple(R[B])")                                          \
  _(SETADD,         "AB",   "R[A].add(R[B])")                                              \
  _(SETUPDATE,      "AB",   "R[A].update(R[B])")                                           \
  _(DICTSET,        "ABC",  "R[A][R[B]] = R[C]")                                           \
  _(DICTUPDATE,     "AB",   "R[A].update(R[B]) (a ** display)")                            \
  _(DICTMERGE,      "AB",   "R[A].update(R[B]) for **kwargs: TypeError on duplicates")     \
  _(UNPACK,         "ABn",  "R[A..A+C) = R[B] (exactly C items)")                          \
  _(UNPACKEX,       "ABn",  "R[A..] = R[B] with a starred target: C = before | after<<8")   \
  _(FORMAT,         "FABC", "R[A] = format(conv(R[B]), R[C] or '') (F: 0 none, 1 s, 2 r, 3 a)") \
  _(MAKEFUNC,       "FAKC", "R[A] = function(K[B]); extras from R[C]: F bit 1 defaults, 2 kwdefaults, 4 closure, 8 annotations") \
  _(BUILDCLASS,     "AnK",  "R[A] = class from body function R[A+1], name R[A+2], B bases at R[A+3..], keywords K[C-1]") \
  _(IMPORT,         "FANn", "R[A] = import N[B] (C = level); the top package unless F=1 (from-import)") \
  _(IMPORTFROM,     "ABN",  "R[A] = R[B].N[C] or the submodule (ImportError)")             \
  _(IMPORTSTAR,     "A",    "copy public names of module R[A] into the namespace")         \
  _(RAISE,          "FAB",  "raise R[A] (F=1: from R[B]; F=2: bare raise)")                \
  _(RERAISE,        "A",    "re-raise exception R[A] keeping its traceback")               \
  _(EXCMATCH,       "ABC",  "R[A] = exception R[B] matches R[C] (class or tuple)")         \
  _(PUSHEXC,        "AB",   "R[A] = current handled exception; it becomes R[B]")           \
  _(POPEXC,         "A",    "current handled exception = R[A]")                            \
  _(WITHENTER,      "ABC",  "R[B] = R[C].__exit__ bound; R[A] = R[C].__enter__()")         \
  _(WITHEXIT,       "ABC",  "R[A] = R[B](type(R[C]), R[C], tb) (C empty: None x3)")        \
  _(ASSERTFAIL,     "A",    "raise AssertionError(R[A]) (A = 0xFFFF: no message)")         \
  _(SETUPANNOT,     "",     "create __annotations__ in the namespace if missing")

