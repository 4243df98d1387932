// Coil — Python's operators, defined once: symbol, dunder names, and order.
// The compiler, the interpreter, the disassembler and error messages all
// derive from these tables.
#pragma once

#include <cstdint>

namespace coil {

// Binary operators: (NAME, symbol, __op__, __rop__, __iop__).
#define COIL_BINARY_OPS(_)                                         \
  _(ADD,      "+",  "__add__",      "__radd__",      "__iadd__")     \
  _(SUB,      "-",  "__sub__",      "__rsub__",      "__isub__")     \
  _(MUL,      "*",  "__mul__",      "__rmul__",      "__imul__")     \
  _(TRUEDIV,  "/",  "__truediv__",  "__rtruediv__",  "__itruediv__") \
  _(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__")\
  _(MOD,      "%",  "__mod__",      "__rmod__",      "__imod__")     \
  _(POW,      "**", "__pow__",      "__rpow__",      "__ipow__")     \
  _(LSHIFT,   "<<", "__lshift__",   "__rlshift__",   "__ilshift__")  \
  _(RSHIFT,   ">>", "__rshift__",   "__rrshift__",   "__irshift__")  \
  _(AND,      "&",  "__and__",      "__rand__",      "__iand__")     \
  _(OR,       "|",  "__or__",       "__ror__",       "__ior__")      \
  _(XOR,      "^",  "__xor__",      "__rxor__",      "__ixor__")     \
  _(MATMUL,   "@",  "__matmul__",   "__rmatmul__",   "__imatmul__")

enum class BinaryOp : uint8_t {
#define COIL_BINOP_ENUM(n, sym, op, rop, iop) n,
  COIL_BINARY_OPS(COIL_BINOP_ENUM)
#undef COIL_BINOP_ENUM
};
constexpr int kBinaryOpCount = 0
#define COIL_BINOP_COUNT(n, sym, op, rop, iop) +1
    COIL_BINARY_OPS(COIL_BINOP_COUNT)
#undef COIL_BINOP_COUNT
    ;

// Rich comparisons: (NAME, symbol, __op__, reflected NAME). The order makes
// `swapped(op)` a table lookup.
#define COIL_COMPARE_OPS(_)          \
  _(LT, "<",  "__lt__", GT)          \
  _(LE, "<=", "__le__", GE)          \
  _(EQ, "==", "__eq__", EQ)          \
  _(NE, "!=", "__ne__", NE)          \
  _(GT, ">",  "__gt__", LT)          \
  _(GE, ">=", "__ge__", LE)

enum class CompareOp : uint8_t {
#define COIL_CMP_ENUM(n, sym, op, refl) n,
  COIL_COMPARE_OPS(COIL_CMP_ENUM)
#undef COIL_CMP_ENUM
};

// Unary operators: (NAME, symbol, __op__).
#define COIL_UNARY_OPS(_)          \
  _(NEG,    "-", "__neg__")        \
  _(POS,    "+", "__pos__")        \
  _(INVERT, "~", "__invert__")

enum class UnaryOp : uint8_t {
#define COIL_UNOP_ENUM(n, sym, op) n,
  COIL_UNARY_OPS(COIL_UNOP_ENUM)
#undef COIL_UNOP_ENUM
};

const char* binary_op_symbol(BinaryOp op);   // "+"
const char* binary_op_name(BinaryOp op);     // "ADD"
const char* compare_op_symbol(CompareOp op); // "<"
const char* compare_op_name(CompareOp op);   // "LT"
const char* unary_op_symbol(UnaryOp op);     // "-"
const char* unary_op_name(UnaryOp op);       // "NEG"
CompareOp swapped(CompareOp op);             // a < b  <=>  b > a

}  // namespace coil
