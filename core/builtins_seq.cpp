// Coil — the iteration builtins: iter, next, sorted, all, any.
#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/errors.h"
#include "core/interp.h"
#include "core/iterators.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

Value builtin_iter(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("iter", kwnames);
  check_nargs("iter", nargs, 1, 2);
  if (nargs == 1) return get_iter(args[0]);
  if (!callable(args[0])) raise(exc::TypeError, "iter(v, w): v must be callable");
  return make_callable_iterator(args[0], args[1]);
}

// next(it[, default]): StopIteration keeps a generator's return value.
Value builtin_next(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("next", kwnames);
  check_nargs("next", nargs, 1, 2);
  Value it = args[0];
  bool has_default = nargs == 2;
  if (it.is_object()) {
    Type* t = it.as_object()->type;
    if (is_builtin_iterator(t)) {
      Value v = builtin_iter_next(it.as_object());
      if (!v.is_empty()) return v;
      if (has_default) return args[1];
      raise_stop_iteration(Value::none());
    }
    if (t == types::generator) {
      Value result = Value::none();
      Value v = generator_send(it.as<Generator>(), Value::none(), &result);
      if (!v.is_empty()) return v;
      if (has_default) return args[1];
      raise_stop_iteration(result.is_empty() ? Value::none() : result);
    }
  }
  if (type_lookup(type_of(it), names::__next__).is_empty())
    raisef(exc::TypeError, "'%s' object is not an iterator", type_name(it));
  if (!has_default) return call_special(it, names::__next__, nullptr, 0);
  try {
    return call_special(it, names::__next__, nullptr, 0);
  } catch (PyException& e) {
    if (!exception_matches(e, exc::StopIteration)) throw;
    return args[1];
  }
}

Value builtin_sorted(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1) raisef(exc::TypeError, "sorted expected 1 argument, got %zu", nargs);
  Value a[3];
  parse_args("sort", args, nargs, kwnames, {"iterable", "*key", "*reverse"}, 1, a, 1);
  List* l = list_from_iterable(a[0]);
  Value key = a[1].is_none() ? Value::empty() : a[1];
  bool reverse = !a[2].is_empty() && truthy(a[2]);
  list_sort(l, key, reverse);
  return Value::object(l);
}

// all()/any(): stops at the first item whose truth is `stop_on`.
Value all_any(const char* name, const Value* args, size_t nargs, Tuple* kwnames, bool stop_on) {
  no_kwargs(name, kwnames);
  check_nargs(name, nargs, 1, 1);
  Value v = args[0];
  if (v.is_object() && (v.as_object()->type == types::list || v.as_object()->type == types::tuple)) {
    // Index each time: a truth test may mutate the list.
    for (int64_t i = 0;; i++) {
      Value x;
      if (v.as_object()->type == types::list) {
        List* l = v.as<List>();
        if (i >= l->length) break;
        x = l->items[i];
      } else {
        Tuple* t = v.as<Tuple>();
        if (i >= t->length) break;
        x = (*t)[i];
      }
      if (truthy(x) == stop_on) return Value::boolean(stop_on);
    }
    return Value::boolean(!stop_on);
  }
  Value it = get_iter(v);
  for (Value x; !(x = iter_next(it)).is_empty();)
    if (truthy(x) == stop_on) return Value::boolean(stop_on);
  return Value::boolean(!stop_on);
}

Value builtin_all(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return all_any("all", args, nargs, kwnames, false);
}

Value builtin_any(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  return all_any("any", args, nargs, kwnames, true);
}

const MethodDef kSeqFunctions[] = {
    {"iter", builtin_iter, MethodDef::kStatic},
    {"next", builtin_next, MethodDef::kStatic},
    {"sorted", builtin_sorted, MethodDef::kStatic},
    {"all", builtin_all, MethodDef::kStatic},
    {"any", builtin_any, MethodDef::kStatic},
};

}  // namespace

std::span<const MethodDef> builtins_seq_functions() { return kSeqFunctions; }

}  // namespace coil
