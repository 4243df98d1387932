// Coil — bytecode names and the disassembler (`coil dis`).
#include "core/bytecode.h"

#include <cstdio>
#include <string>

#include "core/ops.h"
#include "core/operators.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

struct OpInfo {
  const char* name;
  const char* format;
  const char* doc;
};

constexpr OpInfo kOps[] = {
#define COIL_BC_INFO(name, fmt, doc) {#name, fmt, doc},
    COIL_BYTECODES(COIL_BC_INFO)
#undef COIL_BC_INFO
};

std::string short_repr(Value v) {
  std::string r;
  if (has_layout(v, Layout::CODE)) {
    Code* c = v.as<Code>();
    r = "<code " + std::string(c->qualname->view()) + ">";
  } else {
    r = std::string(repr(v)->view());
  }
  if (r.size() > 40) r = r.substr(0, 37) + "...";
  return r;
}

// "BINOP ADD", "COMPARE LT", ... : the sub-operation's name, if any.
std::string sub_op(const Instr& in) {
  switch (in.op) {
    case Op::BINOP:
    case Op::INPLACE: return binary_op_name(static_cast<BinaryOp>(in.f));
    case Op::COMPARE: return compare_op_name(static_cast<CompareOp>(in.f));
    case Op::UNOP: return unary_op_name(static_cast<UnaryOp>(in.f));
    case Op::IS: return in.f ? "NOT" : "";
    case Op::CONTAINS: return in.f ? "NOT" : "";
    default: return "";
  }
}

std::string operands(Code* code, int32_t pc, const Instr& in) {
  std::string s;
  auto reg = [](int r) { return r == kNoReg ? std::string("-") : "r" + std::to_string(r); };
  auto name = [&](int n) { return n < code->nnames ? std::string(code->names[n]->view()) : "?"; };
  std::string comment;
  const char* fmt = op_format(in.op);
  int field = 0;
  for (const char* p = fmt; *p; p++) {
    if (*p == 'F') continue;
    int v = field == 0 ? in.a : field == 1 ? in.b : in.c;
    std::string text;
    switch (*p) {
      case 'A': case 'B': case 'C': text = reg(v); break;
      case 'K':
        if (in.op == Op::CALL || in.op == Op::CALLMETHOD || in.op == Op::BUILDCLASS) {
          text = std::to_string(v);
          if (v) comment = "kw=" + short_repr(code->consts[v - 1]);
        } else {
          text = "K" + std::to_string(v);
          if (v < code->nconsts) comment = short_repr(code->consts[v]);
        }
        break;
      case 'n': text = std::to_string(v); break;
      case 'N': text = "N" + std::to_string(v); comment = name(v); break;
      case 'I': text = std::to_string(in.sbx()); break;
      case 'J': text = "-> " + std::to_string(pc + 1 + in.sbx()); break;
      default: break;
    }
    if (*p == 'J' || *p == 'I') field = 2;
    field++;
    if (!s.empty()) s += ", ";
    s += text;
  }
  if (in.op == Op::BINOP || in.op == Op::INPLACE || in.op == Op::COMPARE || in.op == Op::UNOP)
    s = sub_op(in) + " " + s;
  if ((in.op == Op::IS || in.op == Op::CONTAINS) && in.f) s = "NOT " + s;
  if (in.op == Op::MAKEFUNC) s += " flags=" + std::to_string(in.f);
  if (in.op == Op::FORMAT && in.f) s += std::string(" !") + "?sra"[in.f];
  if (in.op == Op::RAISE && in.f) s += in.f == 1 ? " from" : " (bare)";
  if (in.op == Op::IMPORT && in.f) s += " from";
  if (!comment.empty()) {
    while (s.size() < 24) s += ' ';
    s += " ; " + comment;
  }
  return s;
}

void disassemble_into(std::string& out, Code* code) {
  char head[256];
  std::snprintf(head, sizeof head, "code %s (%s:%d) regs=%d args=%d kwonly=%d%s%s%s\n", code->qualname->data(),
                code->filename->data(), code->first_line, code->nregs, code->nargs, code->nkwonly,
                code->flags & Code::kVarArgs ? " *args" : "", code->flags & Code::kVarKw ? " **kwargs" : "",
                code->flags & Code::kGenerator ? " generator" : "");
  out += head;
  auto names_line = [&](const char* label, Tuple* t) {
    if (!t || t->length == 0) return;
    out += std::string("  ") + label + ":";
    for (int64_t i = 0; i < t->length; i++) out += " " + std::string((*t)[i].as<Str>()->view());
    out += "\n";
  };
  names_line("locals", code->varnames);
  names_line("cells", code->cellvars);
  names_line("free", code->freevars);
  int32_t last_line = -1;
  for (int32_t pc = 0; pc < code->ninstrs; pc++) {
    const Instr& in = code->instrs[pc];
    char line[16];
    if (code->lines[pc] != last_line)
      std::snprintf(line, sizeof line, "%5d", code->lines[pc]);
    else
      std::snprintf(line, sizeof line, "%5s", "");
    last_line = code->lines[pc];
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %5d  %-12s ", line, pc, op_name(in.op));
    out += buf + operands(code, pc, in) + "\n";
  }
  for (int32_t i = 0; i < code->nhandlers; i++) {
    const HandlerEntry& h = code->handlers[i];
    char buf[96];
    std::snprintf(buf, sizeof buf, "  handler [%d, %d) -> %d  exception in r%d\n", h.start, h.end, h.handler, h.reg);
    out += buf;
  }
  for (int32_t i = 0; i < code->nconsts; i++) {
    if (!has_layout(code->consts[i], Layout::CODE)) continue;
    out += "\n";
    disassemble_into(out, code->consts[i].as<Code>());
  }
}

}  // namespace

const char* op_name(Op op) { return kOps[static_cast<int>(op)].name; }
const char* op_format(Op op) { return kOps[static_cast<int>(op)].format; }
const char* op_doc(Op op) { return kOps[static_cast<int>(op)].doc; }

std::string disassemble(Code* code) {
  std::string out;
  disassemble_into(out, code);
  return out;
}

}  // namespace coil
