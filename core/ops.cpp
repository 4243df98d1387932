// Coil — the generic object protocol: text, truth, hashing, comparison and
// arithmetic for any value. Fast paths for the builtin types come first;
// everything else goes through the types' dunder methods.
#include "core/ops.h"

#include <cmath>
#include <string>
#include <vector>

#include "core/dict.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/function.h"
#include "core/int.h"
#include "core/list.h"
#include "core/names.h"
#include "core/range.h"
#include "core/set.h"
#include "core/str.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

namespace {

Str* const* binary_dunders(BinaryOp op) {
  static Str* table[kBinaryOpCount][3];
  static bool ready = false;
  if (!ready) {
    static const char* const kText[][3] = {
#define COIL_X(n, sym, o, r, i) {o, r, i},
        COIL_BINARY_OPS(COIL_X)
#undef COIL_X
    };
    for (int k = 0; k < kBinaryOpCount; k++)
      for (int j = 0; j < 3; j++) table[k][j] = intern(kText[k][j]);
    ready = true;
  }
  return table[static_cast<int>(op)];
}

Str* compare_dunder(CompareOp op) {
  static Str* table[6];
  if (!table[0]) {
    static const char* const kText[] = {
#define COIL_X(n, sym, o, refl) o,
        COIL_COMPARE_OPS(COIL_X)
#undef COIL_X
    };
    for (int k = 0; k < 6; k++) table[k] = intern(kText[k]);
  }
  return table[static_cast<int>(op)];
}

Str* unary_dunder(UnaryOp op) {
  static Str* table[3];
  if (!table[0]) {
    static const char* const kText[] = {
#define COIL_X(n, sym, o) o,
        COIL_UNARY_OPS(COIL_X)
#undef COIL_X
    };
    for (int k = 0; k < 3; k++) table[k] = intern(kText[k]);
  }
  return table[static_cast<int>(op)];
}

Str* checked_str_result(Value r, const char* which) {
  if (!has_layout(r, Layout::STR) && !isinstance(r, types::str))
    raisef(exc::TypeError, "%s returned non-string (type %s)", which, type_name(r));
  return r.as<Str>();
}

std::vector<Object*> g_repr_stack;

}  // namespace

// ---- Text ----

const char* type_name(Value v) { return type_of(v)->name->data(); }
std::string_view type_name_view(Type* t) { return t->name->view(); }

Str* repr(Value v) {
  if (v.is_int()) return int_to_str(v);
  if (v.is_double()) return float_repr(v.as_double());
  if (v.is_none()) return intern("None");
  if (v.is_bool()) return intern(v.as_bool() ? "True" : "False");
  if (has_layout(v, Layout::STR) && v.as_object()->type == types::str) return str_repr(v.as<Str>());
  Value r = call_special(v, names::__repr__, nullptr, 0);
  return checked_str_result(r, "__repr__");
}

Str* to_str(Value v) {
  if (v.is_object() && v.as_object()->type == types::str) return v.as<Str>();
  if (!v.is_object()) return repr(v);
  Value r = call_special(v, names::__str__, nullptr, 0);
  return checked_str_result(r, "__str__");
}

Str* ascii_repr(Value v) {
  if (v.is_object() && v.as_object()->type == types::str) return str_ascii_repr(v.as<Str>());
  Str* r = repr(v);
  return r->ascii ? r : str_escape_non_ascii(r);
}

Str* format_value(Value v, Str* spec) {
  if (spec->size == 0 && v.is_object() && v.as_object()->type == types::str) return v.as<Str>();
  Value s = Value::object(spec);
  Value r = call_special(v, names::__format__, &s, 1);
  if (r.is_empty()) raisef(exc::TypeError, "unsupported format string passed to %s.__format__", type_name(v));
  return checked_str_result(r, "__format__");
}

bool repr_enter(Object* o) {
  for (Object* p : g_repr_stack)
    if (p == o) return false;
  g_repr_stack.push_back(o);
  return true;
}

void repr_leave(Object* o) {
  if (!g_repr_stack.empty() && g_repr_stack.back() == o) g_repr_stack.pop_back();
}

std::string function_str(Value f) {
  Value qual = getattr_opt(f, names::__qualname__);
  if (!has_layout(qual, Layout::STR)) return std::string(to_str(f)->view());
  Value mod = getattr_opt(f, names::__module__);
  std::string s;
  if (has_layout(mod, Layout::STR) && mod.as<Str>()->view() != "builtins") s = std::string(mod.as<Str>()->view()) + ".";
  return s + std::string(qual.as<Str>()->view()) + "()";
}

// ---- Truth and hashing ----

bool truthy(Value v) {
  if (v.is_bool()) return v.as_bool();
  if (v.is_int()) return v.as_int() != 0;
  if (v.is_none()) return false;
  if (v.is_double()) return v.as_double() != 0.0;
  Object* o = v.as_object();
  switch (o->type->layout) {
    case Layout::STR: if (o->type == types::str) return static_cast<Str*>(o)->size != 0; break;
    case Layout::LIST: if (o->type == types::list) return static_cast<List*>(o)->length != 0; break;
    case Layout::TUPLE: if (o->type == types::tuple) return static_cast<Tuple*>(o)->length != 0; break;
    case Layout::DICT: if (o->type == types::dict) return static_cast<Dict*>(o)->used != 0; break;
    case Layout::INT: if (o->type == types::int_) return true; break;  // big ints are never zero
    case Layout::TYPE: case Layout::FUNCTION: case Layout::BUILTIN: case Layout::MODULE: return true;
    default: break;
  }
  Value r = call_special(v, names::__bool__, nullptr, 0);
  if (!r.is_empty()) {
    if (!r.is_bool()) raisef(exc::TypeError, "__bool__ should return bool, returned %s", type_name(r));
    return r.as_bool();
  }
  r = call_special(v, names::__len__, nullptr, 0);
  if (!r.is_empty()) {
    int64_t n = index_value(r);
    if (n < 0) raise(exc::ValueError, "__len__() should return >= 0");
    return n != 0;
  }
  return true;
}

int64_t hash_value(Value v) {
  if (v.is_int()) return int_hash(v);
  if (v.is_object()) {
    Object* o = v.as_object();
    if (o->type == types::str) return str_hash(static_cast<Str*>(o));
  }
  if (v.is_double()) return float_hash(v.as_double());
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  if (v.is_none()) return 0xFCA86420;  // fixed, like CPython 3.12's constant hash(None)
  // Native 64-bit hashes, exactly as CPython's (a Python-level int result
  // would be reduced modulo 2^61-1).
  switch (v.as_object()->type->layout) {
    case Layout::TUPLE: if (v.as_object()->type == types::tuple) return tuple_hash(v.as<Tuple>()); break;
    case Layout::FROZENSET: if (v.as_object()->type == types::frozenset) return frozenset_hash(v.as<Set>()); break;
    case Layout::RANGE: return range_hash(v.as<Range>());
    default: break;
  }
  Value h = type_lookup(type_of(v), names::__hash__);
  if (h.is_none() || h.is_empty()) raisef(exc::TypeError, "unhashable type: '%s'", type_name(v));
  Value r = call(bind_attribute(h, v), nullptr, 0);
  if (!is_int_like(r)) raise(exc::TypeError, "__hash__ method should return an integer");
  if (r.is_int()) {
    int64_t x = r.as_int();
    return x == -1 ? -2 : x;
  }
  return int_hash(r);
}

// ---- Comparison ----

Value rich_compare(Value a, Value b, CompareOp op) {
  if (a.is_int() && b.is_int()) {
    int64_t x = a.as_int(), y = b.as_int();
    switch (op) {
      case CompareOp::LT: return Value::boolean(x < y);
      case CompareOp::LE: return Value::boolean(x <= y);
      case CompareOp::EQ: return Value::boolean(x == y);
      case CompareOp::NE: return Value::boolean(x != y);
      case CompareOp::GT: return Value::boolean(x > y);
      case CompareOp::GE: return Value::boolean(x >= y);
    }
  }
  if (a.is_double() && b.is_double()) {
    double x = a.as_double(), y = b.as_double();
    switch (op) {
      case CompareOp::LT: return Value::boolean(x < y);
      case CompareOp::LE: return Value::boolean(x <= y);
      case CompareOp::EQ: return Value::boolean(x == y);
      case CompareOp::NE: return Value::boolean(x != y);
      case CompareOp::GT: return Value::boolean(x > y);
      case CompareOp::GE: return Value::boolean(x >= y);
    }
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Value bv = b, av = a;
  bool reflected_first = ta != tb && is_subtype(tb, ta) &&
                         !type_lookup(tb, compare_dunder(swapped(op))).is(type_lookup(ta, compare_dunder(swapped(op))));
  if (reflected_first) {
    Value r = call_special(b, compare_dunder(swapped(op)), &av, 1);
    if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  }
  Value r = call_special(a, compare_dunder(op), &bv, 1);
  if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  if (!reflected_first) {
    r = call_special(b, compare_dunder(swapped(op)), &av, 1);
    if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  }
  if (op == CompareOp::EQ) return Value::boolean(a.is(b));
  if (op == CompareOp::NE) return Value::boolean(!a.is(b));
  raisef(exc::TypeError, "'%s' not supported between instances of '%s' and '%s'", compare_op_symbol(op),
         ta->name->data(), tb->name->data());
}

bool compare_bool(Value a, Value b, CompareOp op) {
  Value r = rich_compare(a, b, op);
  return r.is_bool() ? r.as_bool() : truthy(r);
}

bool equals(Value a, Value b) {
  if (a.is(b)) return !(a.is_double() && std::isnan(a.as_double()));
  if (a.is_int() && b.is_int()) return false;
  if (a.is_object() && b.is_object() && a.as_object()->type == types::str && b.as_object()->type == types::str)
    return str_equal(a.as<Str>(), b.as<Str>());
  return compare_bool(a, b, CompareOp::EQ);
}

// ---- Arithmetic ----

namespace {

inline bool is_num_fast(Value v) { return v.is_int() || v.is_double() || v.is_bool(); }

bool is_sequence_layout(Value v) {
  if (!v.is_object()) return false;
  switch (v.as_object()->type->layout) {
    case Layout::STR: case Layout::BYTES: case Layout::LIST: case Layout::TUPLE: return true;
    default: return false;
  }
}

[[noreturn]] void raise_binary_type_error(BinaryOp op, Value a, Value b, bool inplace) {
  // Sequence repetition reports the bad count, as CPython's sq_repeat does.
  if (op == BinaryOp::MUL && (is_sequence_layout(a) || is_sequence_layout(b))) {
    Value count = is_sequence_layout(a) ? b : a;
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
  }
  std::string sym = binary_op_symbol(op);
  if (inplace) sym += '=';
  if (op == BinaryOp::POW && !inplace) sym = "** or pow()";
  raisef(exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym.c_str(), type_name(a),
         type_name(b));
}

// The __op__/__rop__ dance with the subclass-first rule; Empty if neither
// side implements the operation.
Value binary_dispatch(BinaryOp op, Value a, Value b) {
  Str* const* d = binary_dunders(op);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  Value av = a, bv = b;
  bool b_first = ta != tb && is_subtype(tb, ta) && !type_lookup(tb, d[1]).is(type_lookup(ta, d[1]));
  if (b_first) {
    Value r = call_special(b, d[1], &av, 1);
    if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  }
  Value r = call_special(a, d[0], &bv, 1);
  if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  if (ta != tb && !b_first) {
    r = call_special(b, d[1], &av, 1);
    if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  }
  return Value::empty();
}

}  // namespace

Value binary_op(BinaryOp op, Value a, Value b) {
  if (is_num_fast(a) && is_num_fast(b)) {
    if (a.is_double() || b.is_double()) {
      if (op == BinaryOp::MATMUL) raise_binary_type_error(op, a, b, false);
      if (op >= BinaryOp::LSHIFT && op <= BinaryOp::XOR) raise_binary_type_error(op, a, b, false);
      return float_binary(op, to_double(a), to_double(b));
    }
    if (op != BinaryOp::MATMUL && !(a.is_bool() && b.is_bool() && op >= BinaryOp::AND && op <= BinaryOp::XOR))
      return int_binary(op, a, b);
  }
  Value r = binary_dispatch(op, a, b);
  if (r.is_empty()) raise_binary_type_error(op, a, b, false);
  return r;
}

Value inplace_op(BinaryOp op, Value a, Value b) {
  if (is_num_fast(a) && is_num_fast(b)) return binary_op(op, a, b);
  Value bv = b;
  Value r = call_special(a, binary_dunders(op)[2], &bv, 1);
  if (!r.is_empty() && !r.is(g_not_implemented)) return r;
  r = binary_dispatch(op, a, b);
  if (r.is_empty()) raise_binary_type_error(op, a, b, true);
  return r;
}

Value unary_op(UnaryOp op, Value v) {
  if (v.is_int() || v.is_bool()) return int_unary(op, v);
  if (v.is_double()) {
    double d = v.as_double();
    if (op == UnaryOp::NEG) return Value::number(-d);
    if (op == UnaryOp::POS) return v;
  }
  Value r = call_special(v, unary_dunder(op), nullptr, 0);
  if (r.is_empty())
    raisef(exc::TypeError, "bad operand type for unary %s: '%s'", unary_op_symbol(op), type_name(v));
  return r;
}

Value not_op(Value v) { return Value::boolean(!truthy(v)); }

bool has_index(Value v) {
  return is_int_like(v) || !type_lookup(type_of(v), names::__index__).is_empty();
}

int64_t index_value(Value v) {
  if (v.is_int()) return v.as_int();
  if (v.is_bool()) return v.as_bool();
  if (!is_int_like(v)) {
    Value r = call_special(v, names::__index__, nullptr, 0);
    if (r.is_empty())
      raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    if (!is_int_like(r))
      raisef(exc::TypeError, "__index__ returned non-int (type %s)", type_name(r));
    v = r;
  }
  int64_t out;
  if (!int_to_i64(v, &out))
    raisef(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return out;
}

}  // namespace coil
