// Coil — generators: a suspended frame kept in a heap object.
// While running, a generator's frame lives on the value stack like any other;
// at a yield its registers are copied out to the generator and copied back in
// on resumption (frames are small, and this keeps every running frame
// contiguous for the collector and, later, the JIT).
#include <cinttypes>
#include <cstdio>
#include <string>

#include "core/args.h"
#include "core/bytecode.h"
#include "core/errors.h"
#include "core/frame_internal.h"
#include "core/function.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

Value make_generator(Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* code = fn->code;
  // Bind into a temporary frame, then move the registers into the generator.
  Frame* f = push_function_frame(fn, args, nargs, kwnames);
  auto* g = alloc<Generator>(types::generator);
  g->func = fn;
  g->code = code;
  g->globals = fn->globals;
  g->builtins = vm.builtins;
  g->name = fn->name;
  g->qualname = fn->qualname;
  g->saved_regs = static_cast<Value*>(gc_alloc(sizeof(Value) * (code->nregs ? code->nregs : 1)));
  for (uint16_t i = 0; i < code->nregs; i++) g->saved_regs[i] = f->regs[i];
  g->state = Generator::kCreated;
  pop_frame(f);
  return Value::object(g);
}

namespace {

// Resumes g's frame: with `v` sent in, or with `throw_in` raised at the
// suspension point. Returns the yielded value, or Empty when g finished.
Value resume(Generator* g, Value v, Value throw_in, Value* result) {
  if (g->state == Generator::kRunning) raise(exc::ValueError, "generator already executing");
  if (g->state == Generator::kDone) {
    if (!throw_in.is_empty()) throw PyException{throw_in.as<ExceptionObj>()};
    if (result) *result = Value::none();
    return Value::empty();
  }
  Frame* f = push_frame(g->code, g->func, g->globals, nullptr);
  for (uint16_t i = 0; i < g->code->nregs; i++) f->regs[i] = g->saved_regs[i];
  f->gen = g;
  f->pc = g->pc;
  // An exception thrown in is raised at the yield itself, inside whatever
  // try block encloses it (a YIELD resumes after itself, YIELDFROM at itself).
  if (!throw_in.is_empty() && g->state == Generator::kSuspended && g->pc > 0 &&
      g->code->instrs[g->pc - 1].op == Op::YIELD)
    f->pc = g->pc - 1;
  if (g->state == Generator::kSuspended) f->regs[g->resume_reg] = v;
  g->state = Generator::kRunning;
  Value r;
  try {
    r = run(f, throw_in);
  } catch (PyException& e) {
    g->state = Generator::kDone;
    if (exception_matches(e, exc::StopIteration)) {
      // PEP 479: a StopIteration escaping a generator becomes RuntimeError.
      ExceptionObj* rt = new_exception(exc::RuntimeError, "generator raised StopIteration");
      rt->cause = Value::object(e.exc);
      rt->context = Value::object(e.exc);
      rt->suppress_context = true;
      throw PyException{rt};
    }
    throw;
  }
  if (vm_yielded) {
    vm_yielded = false;
    return r;
  }
  g->state = Generator::kDone;
  if (result) *result = r;
  return Value::empty();
}

// The iterator a generator suspended in `yield from` delegates to, or Empty.
Value delegate_of(Generator* g) {
  if (g->state != Generator::kSuspended) return Value::empty();
  const Instr& in = g->code->instrs[g->pc];
  return in.op == Op::YIELDFROM ? g->saved_regs[in.a] : Value::empty();
}

Value generator_throw(Generator* g, Value exc_value, Value* result);

// Finishes the `yield from` that g is suspended in with `value` as its result.
Value resume_after_delegate(Generator* g, Value value, Value* result) {
  const Instr& in = g->code->instrs[g->pc];
  g->saved_regs[in.a + 1] = value;
  g->pc++;
  g->resume_reg = in.a + 1;
  return resume(g, value, Value::empty(), result);
}

Value generator_throw(Generator* g, Value exc_value, Value* result) {
  Value sub = delegate_of(g);
  if (!sub.is_empty()) {
    bool closing = isinstance(exc_value, exc::GeneratorExit);
    try {
      if (closing) {
        if (has_layout(sub, Layout::GENERATOR)) {
          call_method(sub, names::close, {});
        } else {
          Value close = getattr_opt(sub, names::close);
          if (!close.is_empty()) call(close, nullptr, 0);
        }
      } else {
        Value out;
        Value sub_result = Value::none();
        if (has_layout(sub, Layout::GENERATOR)) {
          out = generator_throw(sub.as<Generator>(), exc_value, &sub_result);
        } else {
          Value thr = getattr_opt(sub, names::throw_);
          if (thr.is_empty()) return resume(g, Value::none(), exc_value, result);
          try {
            out = call(thr, {exc_value});
          } catch (PyException& e) {
            if (!exception_matches(e, exc::StopIteration)) throw;
            Tuple* a = e.exc->args;
            out = Value::empty();
            sub_result = a->length ? (*a)[0] : Value::none();
          }
        }
        if (!out.is_empty()) return out;
        return resume_after_delegate(g, sub_result, result);
      }
    } catch (PyException& e) {
      // The delegate raised: raise it in g at the `yield from`.
      return resume(g, Value::none(), Value::object(e.exc), result);
    }
  }
  return resume(g, Value::none(), exc_value, result);
}

Generator* gen(Value self) { return self.as<Generator>(); }

Value gen_next(Value self, const Value*, size_t, Tuple*) {
  Value result;
  Value r = resume(gen(self), Value::none(), Value::empty(), &result);
  if (r.is_empty()) raise_stop_iteration(result);
  return r;
}

Value gen_send(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("send", nargs, 1, 1);
  Generator* g = gen(self);
  if (g->state == Generator::kCreated && !args[0].is_none())
    raise(exc::TypeError, "can't send non-None value to a just-started generator");
  Value result;
  Value r = generator_send(g, args[0], &result);
  if (r.is_empty()) raise_stop_iteration(result);
  return r;
}

Value gen_throw(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("throw", nargs, 1, 3);
  Value e = args[0];
  if (isinstance(e, types::type) && is_subtype(e.as<Type>(), exc::BaseException)) {
    e = nargs > 1 && !args[1].is_none() ? call(e, {args[1]}) : call(e, nullptr, 0);
  } else if (!isinstance(e, exc::BaseException)) {
    raise(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not " +
                              std::string(type_name(e)));
  }
  Value result;
  Value r = generator_throw(gen(self), e, &result);
  if (r.is_empty()) raise_stop_iteration(result);
  return r;
}

Value gen_close(Value self, const Value*, size_t, Tuple*) {
  Generator* g = gen(self);
  if (g->state == Generator::kCreated || g->state == Generator::kDone) {
    g->state = Generator::kDone;
    return Value::none();
  }
  Value r;
  try {
    Value ge = Value::object(new_exception_args(exc::GeneratorExit, empty_tuple()));
    r = generator_throw(g, ge, nullptr);
  } catch (PyException& e) {
    if (exception_matches(e, exc::GeneratorExit) || exception_matches(e, exc::StopIteration)) return Value::none();
    throw;
  }
  if (!r.is_empty()) raise(exc::RuntimeError, "generator ignored GeneratorExit");
  return Value::none();
}

Value gen_iter(Value self, const Value*, size_t, Tuple*) { return self; }

Value gen_repr(Value self, const Value*, size_t, Tuple*) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%" PRIx64, self.bits());
  return str_value("<generator object " + std::string(gen(self)->qualname->view()) + " at " + buf + ">");
}

Value gen_get_name(Value self) { return Value::object(gen(self)->name); }
Value gen_get_qualname(Value self) { return Value::object(gen(self)->qualname); }
Value gen_get_running(Value self) { return Value::boolean(gen(self)->state == Generator::kRunning); }
Value gen_get_code(Value self) { return Value::object(gen(self)->code); }

const MethodDef kGeneratorMethods[] = {
    {"__next__", gen_next, MethodDef::kInstance},
    {"__iter__", gen_iter, MethodDef::kInstance},
    {"send", gen_send, MethodDef::kInstance},
    {"throw", gen_throw, MethodDef::kInstance},
    {"close", gen_close, MethodDef::kInstance},
    {"__repr__", gen_repr, MethodDef::kInstance},
};

const GetSetDef kGeneratorGetSets[] = {
    {"__name__", gen_get_name, nullptr},
    {"__qualname__", gen_get_qualname, nullptr},
    {"gi_running", gen_get_running, nullptr},
    {"gi_code", gen_get_code, nullptr},
};

}  // namespace

Value generator_send(Generator* g, Value v, Value* result) { return resume(g, v, Value::empty(), result); }

void init_generator_type() {
  add_methods(types::generator, kGeneratorMethods);
  add_getsets(types::generator, kGeneratorGetSets);
}

}  // namespace coil
