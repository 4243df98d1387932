// Coil — bool: a subclass of int whose two instances are immediates.
// Arithmetic is int's (True + 1 == 2); bool only overrides the constructor,
// repr, and & | ^ (which stay bool when both operands are bools).
#include "core/args.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

Value bool_new(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 1) raise(exc::TypeError, "bool.__new__(): not enough arguments");
  Value c = args[0];
  if (!isinstance(c, types::type))
    raisef(exc::TypeError, "bool.__new__(X): X is not a type object (%s)", type_name(c));
  if (c.as_object() != types::bool_) {
    std::string_view n = type_name_view(c.as<Type>());
    raisef(exc::TypeError, "bool.__new__(%.*s): %.*s is not a subtype of bool", static_cast<int>(n.size()),
           n.data(), static_cast<int>(n.size()), n.data());
  }
  no_kwargs("bool", kwnames);
  check_nargs("bool", nargs - 1, 0, 1);
  return Value::boolean(nargs == 2 && truthy(args[1]));
}

Value bool_repr_m(Value self, const Value*, size_t nargs, Tuple* kw) {
  no_kwargs("__repr__", kw);
  if (nargs) raisef(exc::TypeError, "__repr__() takes no arguments (%zu given)", nargs);
  static Str* const kTrue = intern("True");
  static Str* const kFalse = intern("False");
  return Value::object(self.as_bool() ? kTrue : kFalse);
}

template <BinaryOp op, bool reflected>
Value bool_bitop_m(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (nargs != 1 || (kw && kw->length)) raisef(exc::TypeError, "expected 1 argument, got %zu", nargs);
  Value other = args[0];
  if (self.is_bool() && other.is_bool()) {
    bool a = self.as_bool(), b = other.as_bool();
    switch (op) {
      case BinaryOp::AND: return Value::boolean(a & b);
      case BinaryOp::OR: return Value::boolean(a | b);
      default: return Value::boolean(a ^ b);
    }
  }
  if (!is_int_like(other)) return g_not_implemented;
  return reflected ? int_binary(op, other, self) : int_binary(op, self, other);
}

const MethodDef kBoolMethods[] = {
    {"__new__", bool_new, MethodDef::kStatic},
    {"__repr__", bool_repr_m, MethodDef::kInstance},
    {"__and__", bool_bitop_m<BinaryOp::AND, false>, MethodDef::kInstance},
    {"__rand__", bool_bitop_m<BinaryOp::AND, true>, MethodDef::kInstance},
    {"__or__", bool_bitop_m<BinaryOp::OR, false>, MethodDef::kInstance},
    {"__ror__", bool_bitop_m<BinaryOp::OR, true>, MethodDef::kInstance},
    {"__xor__", bool_bitop_m<BinaryOp::XOR, false>, MethodDef::kInstance},
    {"__rxor__", bool_bitop_m<BinaryOp::XOR, true>, MethodDef::kInstance},
};

}  // namespace

void init_bool_type() { add_methods(types::bool_, kBoolMethods); }

}  // namespace coil
