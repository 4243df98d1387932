// Coil — the generic object protocol: what `a + b`, `repr(x)`, `len(x)`,
// `x.attr`, `f(*a)` and `for x in it` mean for any value. The interpreter
// inlines fast paths for common types and falls back to these.
#pragma once

#include <initializer_list>
#include <string>

#include "core/object.h"
#include "core/operators.h"

namespace coil {

struct Str;

// ---- Conversions to text ----
Str* repr(Value v);                 // repr(v)
Str* to_str(Value v);               // str(v)
Str* ascii_repr(Value v);           // ascii(v)
Str* format_value(Value v, Str* spec);  // format(v, spec)

// ---- Truth, identity, hashing, comparison ----
bool truthy(Value v);
int64_t hash_value(Value v);        // TypeError for unhashable types
Value rich_compare(Value a, Value b, CompareOp op);
bool compare_bool(Value a, Value b, CompareOp op);
bool equals(Value a, Value b);      // `a == b` as a C++ bool, `is` first

// ---- Numbers and operators ----
Value binary_op(BinaryOp op, Value a, Value b);
Value inplace_op(BinaryOp op, Value a, Value b);
Value unary_op(UnaryOp op, Value v);
Value not_op(Value v);
// v.__index__() as an int64; OverflowError if it does not fit, TypeError
// naming `what` if v is not an integer ("list indices must be integers or
// slices, not str" style messages use index_or_error below).
int64_t index_value(Value v);
// True if v is an int (or bool, or defines __index__).
bool has_index(Value v);

// ---- Attributes ----
Value getattr(Value obj, Str* name);            // AttributeError if missing
Value getattr_opt(Value obj, Str* name);        // Empty if missing
void setattr(Value obj, Str* name, Value v);
void delattr(Value obj, Str* name);
bool hasattr(Value obj, Str* name);
// object.__getattribute__ / object.__setattr__ without the class's hooks;
// setting Empty deletes.
Value generic_getattr(Value obj, Str* name);
void generic_setattr(Value obj, Str* name, Value v);
// Binds a class attribute found by type_lookup to an instance (functions
// become bound methods, etc.), as instance attribute access does.
Value bind_attribute(Value descr, Value obj);
// True when `obj.name` on instances of t is "instance attribute, else the
// class's attribute": no __getattribute__ override, and not a class, module
// or super object (whose lookups differ). Method calls take a fast path then.
inline bool plain_method_lookup(Type* t) {
  return !t->has_getattribute && t->layout != Layout::TYPE && t->layout != Layout::MODULE &&
         t->layout != Layout::SUPER;
}
// Looks a name up along type's MRO without binding; Empty if absent.
Value type_lookup(Type* type, Str* name);

// ---- Calls ----
Value call(Value f, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
inline Value call(Value f, std::initializer_list<Value> args) {
  return call(f, args.begin(), args.size());
}
// obj.name(args...) without creating a bound method.
Value call_method(Value obj, Str* name, const Value* args, size_t nargs, Tuple* kwnames = nullptr);
inline Value call_method(Value obj, Str* name, std::initializer_list<Value> args) {
  return call_method(obj, name, args.begin(), args.size());
}
// Calls the special method `name` looked up on type(obj) (not the instance),
// as the language does for dunders; Empty if the type has none.
Value call_special(Value obj, Str* name, const Value* args, size_t nargs);
bool callable(Value v);

// ---- Containers ----
int64_t length(Value v);                        // len(v)
Value getitem(Value obj, Value key);
void setitem(Value obj, Value key, Value v);
void delitem(Value obj, Value key);
bool contains(Value container, Value item);    // `item in container`

// ---- Iteration ----
Value get_iter(Value v);                        // iter(v)
// next(it), or Empty when the iterator is exhausted (StopIteration is
// consumed here, so loops never see it).
Value iter_next(Value it);
// Collects any iterable into a new list / tuple.
struct List* list_from_iterable(Value iterable);
struct Tuple* tuple_from_iterable(Value iterable);

// ---- Recursive containers ----
// repr of a container that contains itself prints "[...]": repr_enter returns
// false when `o` is already being printed further up the stack.
bool repr_enter(Object* o);
void repr_leave(Object* o);

// How error messages name a callable: "print()", "__main__.f()".
std::string function_str(Value f);

// ---- Types ----
// The name used in messages: "int", "MyClass".
const char* type_name(Value v);
std::string_view type_name_view(Type* t);

}  // namespace coil
