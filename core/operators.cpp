// Coil — operator tables: the derived name and symbol lookups.
#include "core/operators.h"

namespace coil {

const char* binary_op_symbol(BinaryOp op) {
  static const char* const kSymbols[] = {
#define COIL_X(n, sym, o, r, i) sym,
      COIL_BINARY_OPS(COIL_X)
#undef COIL_X
  };
  return kSymbols[static_cast<int>(op)];
}

const char* binary_op_name(BinaryOp op) {
  static const char* const kNames[] = {
#define COIL_X(n, sym, o, r, i) #n,
      COIL_BINARY_OPS(COIL_X)
#undef COIL_X
  };
  return kNames[static_cast<int>(op)];
}

const char* compare_op_symbol(CompareOp op) {
  static const char* const kSymbols[] = {
#define COIL_X(n, sym, o, refl) sym,
      COIL_COMPARE_OPS(COIL_X)
#undef COIL_X
  };
  return kSymbols[static_cast<int>(op)];
}

const char* compare_op_name(CompareOp op) {
  static const char* const kNames[] = {
#define COIL_X(n, sym, o, refl) #n,
      COIL_COMPARE_OPS(COIL_X)
#undef COIL_X
  };
  return kNames[static_cast<int>(op)];
}

const char* unary_op_symbol(UnaryOp op) {
  static const char* const kSymbols[] = {
#define COIL_X(n, sym, o) sym,
      COIL_UNARY_OPS(COIL_X)
#undef COIL_X
  };
  return kSymbols[static_cast<int>(op)];
}

const char* unary_op_name(UnaryOp op) {
  static const char* const kNames[] = {
#define COIL_X(n, sym, o) #n,
      COIL_UNARY_OPS(COIL_X)
#undef COIL_X
  };
  return kNames[static_cast<int>(op)];
}

CompareOp swapped(CompareOp op) {
  static const CompareOp kSwapped[] = {
#define COIL_X(n, sym, o, refl) CompareOp::refl,
      COIL_COMPARE_OPS(COIL_X)
#undef COIL_X
  };
  return kSwapped[static_cast<int>(op)];
}

}  // namespace coil
