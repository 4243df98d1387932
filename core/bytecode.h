// Coil — register bytecode: instructions, code objects, disassembly.
#pragma once

#include <cstdint>
#include <string>

#include "core/bc_defs.h"
#include "core/object.h"

namespace coil {

enum class Op : uint8_t {
#define COIL_BC_ENUM(name, fmt, doc) name,
  COIL_BYTECODES(COIL_BC_ENUM)
#undef COIL_BC_ENUM
};

constexpr int kOpCount = 0
#define COIL_BC_COUNT(name, fmt, doc) +1
    COIL_BYTECODES(COIL_BC_COUNT)
#undef COIL_BC_COUNT
    ;

const char* op_name(Op op);
const char* op_format(Op op);
const char* op_doc(Op op);

// One 8-byte instruction. Jump offsets (formats with J) and LOADINT's value
// use `b` and `c` together as a signed 32-bit number.
struct Instr {
  Op op;
  uint8_t f;
  uint16_t a;
  uint16_t b;
  uint16_t c;

  int32_t sbx() const { return static_cast<int32_t>(static_cast<uint32_t>(b) | (static_cast<uint32_t>(c) << 16)); }
  void set_sbx(int32_t v) {
    b = static_cast<uint16_t>(static_cast<uint32_t>(v));
    c = static_cast<uint16_t>(static_cast<uint32_t>(v) >> 16);
  }
};
static_assert(sizeof(Instr) == 8);

constexpr uint16_t kNoReg = 0xFFFF;

// [start, end) is protected; an exception there jumps to `handler` with the
// exception object in R[reg]. Inner regions come first.
struct HandlerEntry {
  int32_t start;
  int32_t end;
  int32_t handler;
  uint16_t reg;
};

// Per-instruction inline cache for attribute and global lookups.
struct InlineCache {
  uint64_t key;     // shape pointer, type version or dict version; 0 = empty
  uint64_t aux;     // second key (e.g. builtins dict version)
  Value value;      // cached value, or slot index as a small int
};

struct Code : Object {
  Instr* instrs;
  int32_t ninstrs;
  int32_t nconsts;
  Value* consts;
  int32_t nnames;
  Str** names;
  int32_t* lines;          // source line per instruction
  int32_t nhandlers;
  HandlerEntry* handlers;
  InlineCache* caches;     // one per instruction

  Str* name;               // co_name
  Str* qualname;
  Str* filename;
  int32_t first_line;

  uint16_t nregs;          // frame size
  uint16_t nargs;          // positional parameters (positional-only included)
  uint16_t nposonly;
  uint16_t nkwonly;
  uint16_t free_base;      // closure cells are copied to R[free_base..+nfree)
  uint16_t nfree;
  Tuple* varnames;         // names of R[0..nvarnames): parameters first
  Tuple* freevars;
  Tuple* cellvars;
  uint32_t flags;

  static constexpr uint32_t kVarArgs = 1;     // *args in R[nargs + nkwonly]
  static constexpr uint32_t kVarKw = 2;       // **kwargs after it
  static constexpr uint32_t kGenerator = 4;
  static constexpr uint32_t kFunction = 8;    // a function (fast locals); else module/class code
  static constexpr uint32_t kClassBody = 16;
  static constexpr uint32_t kHasDoc = 32;     // consts[0] is the docstring

  int32_t line_of(int32_t pc) const { return pc >= 0 && pc < ninstrs ? lines[pc] : first_line; }
};

// The canonical text form of a code object and, recursively, of the code
// objects among its constants (`coil dis`).
std::string disassemble(Code* code);


}  // namespace coil
