// Coil — the value stack and frames: set-up, argument binding, recursion
// limits, and the questions the runtime asks about the running frame.
#include <sys/mman.h>
#include <sys/resource.h>

#include <cstring>
#include <string>

#include "core/builtins.h"
#include "core/bytecode.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/frame_internal.h"
#include "core/function.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

VM vm;

namespace {

constexpr size_t kStackValues = size_t{64} << 20;  // 512 MiB of address space, touched lazily
constexpr int32_t kMaxFrames = 1 << 20;
// Native code keeps this much C stack in reserve for the RecursionError path.
constexpr size_t kCStackReserve = 256 << 10;

void* reserve(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    std::perror("coil: cannot reserve the value stack");
    std::abort();
  }
  return p;
}

// The collector sees exactly the live registers and frames, not the whole
// reservation.
void push_vm_roots() {
  if (vm.stack) gc_push_range(vm.stack, vm.stack_top);
  if (vm.frames) gc_push_range(vm.frames, vm.frames + vm.depth);
  gc_push_range(&vm.handled_exc, &vm.handled_exc + 1);
}

}  // namespace

void init_interpreter() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  init_types();
  vm.stack = static_cast<Value*>(reserve(kStackValues * sizeof(Value)));
  vm.stack_top = vm.stack;
  vm.stack_end = vm.stack + kStackValues;
  vm.frames = static_cast<Frame*>(reserve(kMaxFrames * sizeof(Frame)));
  vm.max_frames = kMaxFrames;
  vm.recursion_limit = 1000;
  vm.handled_exc = Value::none();
  gc_add_root_pusher(push_vm_roots);

  // Keep a reserve of C stack below the current depth for native recursion.
  struct rlimit rl;
  size_t stack_size = 8 << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) stack_size = rl.rlim_cur;
  char here;
  vm.c_stack_limit = &here - (stack_size - kCStackReserve);

  vm.modules = make_dict();
  vm.path = make_list();
  vm.argv = make_list();
  Module* builtins = make_builtins_module();
  vm.builtins = builtins->dict;
  register_module(builtins);
  init_generator_type();
  init_native_modules();
}

void check_c_stack() {
  char here;
  if (&here < vm.c_stack_limit) raise(exc::RecursionError, "maximum recursion depth exceeded");
}

Frame* current_frame() { return vm.depth ? &vm.frames[vm.depth - 1] : nullptr; }

Dict* current_globals() {
  Frame* f = current_frame();
  return f ? f->globals : nullptr;
}

Value current_locals() {
  Frame* f = current_frame();
  if (!f) return Value::none();
  if (f->locals) return Value::object(f->locals);
  // A function frame: a snapshot dict of its bound locals, cells dereferenced.
  Dict* d = make_dict();
  Code* code = f->code;
  Tuple* names = code->varnames;
  for (int64_t i = 0; i < names->length; i++) {
    Value v = f->regs[i];
    if (v.is_empty()) continue;
    if (has_layout(v, Layout::CELL) && i >= code->nargs + code->nkwonly + !!(code->flags & Code::kVarArgs) +
                                                !!(code->flags & Code::kVarKw)) {
      v = v.as<Cell>()->value;
      if (v.is_empty()) continue;
    }
    dict_set(d, (*names)[i], v);
  }
  for (int64_t i = 0; i < code->nfree; i++) {
    Value c = f->regs[code->free_base + i];
    if (has_layout(c, Layout::CELL) && !c.as<Cell>()->value.is_empty())
      dict_set(d, (*code->freevars)[i], c.as<Cell>()->value);
  }
  return Value::object(d);
}

int32_t frame_line(const Frame* f) { return f->code->line_of(f->pc); }

// ---- frame push/pop ----

Frame* push_frame(Code* code, Function* func, Dict* globals, Dict* locals) {
  if (vm.depth >= vm.recursion_limit || vm.depth >= vm.max_frames)
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  Value* regs = vm.stack_top;
  if (vm.stack_end - regs < code->nregs) raise(exc::MemoryError, "value stack exhausted");
  std::memset(static_cast<void*>(regs), 0, sizeof(Value) * code->nregs);
  Frame* f = &vm.frames[vm.depth++];
  f->code = code;
  f->func = func;
  f->regs = regs;
  f->globals = globals;
  f->builtins = vm.builtins;
  f->locals = locals;
  f->back = vm.depth > 1 ? f - 1 : nullptr;
  f->gen = nullptr;
  f->pc = 0;
  f->ret_reg = 0;
  f->entry = true;
  vm.stack_top = regs + code->nregs;
  return f;
}

void pop_frame(Frame* f) {
  vm.stack_top = f->regs;
  vm.depth--;
}

// ---- argument binding ----

namespace {

const char* fn_display_name(Function* fn) { return fn->qualname->data(); }

std::string quoted_list(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

[[noreturn]] void raise_missing(Function* fn, const std::vector<std::string>& missing, const char* kind) {
  raisef(exc::TypeError, "%s() missing %zu required %s argument%s: %s", fn_display_name(fn), missing.size(), kind,
         missing.size() == 1 ? "" : "s", quoted_list(missing).c_str());
}

[[noreturn]] void raise_too_many_positional(Function* fn, size_t given, size_t kwonly_given) {
  Code* code = fn->code;
  size_t ndefaults = fn->defaults ? static_cast<size_t>(fn->defaults->length) : 0;
  size_t max = code->nargs, min = max - ndefaults;
  std::string takes = min == max ? std::to_string(max) : "from " + std::to_string(min) + " to " + std::to_string(max);
  std::string msg = std::string(fn_display_name(fn)) + "() takes " + takes + " positional argument" +
                    (max == 1 && min == max ? "" : "s") + " but " + std::to_string(given);
  if (kwonly_given)
    msg += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " + std::to_string(kwonly_given) +
           " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ") were given";
  else
    msg += given == 1 ? " was given" : " were given";
  raise(exc::TypeError, msg);
}

}  // namespace

void bind_arguments(Function* fn, Value* regs, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* code = fn->code;
  const size_t npos = code->nargs;
  const size_t nkwonly = code->nkwonly;
  const bool varargs = code->flags & Code::kVarArgs;
  const bool varkw = code->flags & Code::kVarKw;
  const size_t nkw = kwnames ? static_cast<size_t>(kwnames->length) : 0;

  // Positional arguments.
  size_t ncopy = nargs < npos ? nargs : npos;
  for (size_t i = 0; i < ncopy; i++) regs[i] = args[i];
  if (varargs) {
    regs[npos + nkwonly] =
        Value::object(nargs > npos ? make_tuple(args + npos, static_cast<int64_t>(nargs - npos)) : empty_tuple());
  } else if (nargs > npos) {
    size_t kwonly_given = 0;
    for (size_t k = 0; k < nkw; k++)
      for (size_t j = npos; j < npos + nkwonly; j++)
        if (str_equal((*kwnames)[static_cast<int64_t>(k)].as<Str>(), (*code->varnames)[static_cast<int64_t>(j)].as<Str>()))
          kwonly_given++;
    raise_too_many_positional(fn, nargs, kwonly_given);
  }

  // Keyword arguments.
  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = make_dict();
    regs[npos + nkwonly + (varargs ? 1 : 0)] = Value::object(kwdict);
  }
  if (!kwdict && code->nposonly) {
    // Every positional-only parameter passed by keyword, named in one error.
    std::string bad;
    for (size_t k = 0; k < nkw; k++)
      for (size_t p = 0; p < code->nposonly; p++)
        if (str_equal((*kwnames)[static_cast<int64_t>(k)].as<Str>(), (*code->varnames)[static_cast<int64_t>(p)].as<Str>()))
          bad += (bad.empty() ? "" : ", ") + std::string((*code->varnames)[static_cast<int64_t>(p)].as<Str>()->view());
    if (!bad.empty())
      raisef(exc::TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             fn_display_name(fn), bad.c_str());
  }
  for (size_t k = 0; k < nkw; k++) {
    Str* name = (*kwnames)[static_cast<int64_t>(k)].as<Str>();
    Value value = args[nargs + k];
    size_t j = code->nposonly;
    for (; j < npos + nkwonly; j++)
      if (str_equal(name, (*code->varnames)[static_cast<int64_t>(j)].as<Str>())) break;
    if (j == npos + nkwonly) {
      if (kwdict) {
        dict_set(kwdict, Value::object(name), value);
        continue;
      }
      raisef(exc::TypeError, "%s() got an unexpected keyword argument '%s'", fn_display_name(fn), name->data());
    }
    if (!regs[j].is_empty())
      raisef(exc::TypeError, "%s() got multiple values for argument '%s'", fn_display_name(fn), name->data());
    regs[j] = value;
  }

  // Defaults, then report what is still missing.
  if (ncopy < npos) {
    size_t ndefaults = fn->defaults ? static_cast<size_t>(fn->defaults->length) : 0;
    size_t first_default = npos - ndefaults;
    std::vector<std::string> missing;
    for (size_t i = ncopy; i < npos; i++) {
      if (!regs[i].is_empty()) continue;
      if (i >= first_default)
        regs[i] = (*fn->defaults)[static_cast<int64_t>(i - first_default)];
      else
        missing.emplace_back((*code->varnames)[static_cast<int64_t>(i)].as<Str>()->view());
    }
    if (!missing.empty()) raise_missing(fn, missing, "positional");
  }
  if (nkwonly) {
    std::vector<std::string> missing;
    for (size_t j = npos; j < npos + nkwonly; j++) {
      if (!regs[j].is_empty()) continue;
      Value d = fn->kwdefaults ? dict_get(fn->kwdefaults, (*code->varnames)[static_cast<int64_t>(j)]) : Value::empty();
      if (d.is_empty())
        missing.emplace_back((*code->varnames)[static_cast<int64_t>(j)].as<Str>()->view());
      else
        regs[j] = d;
    }
    if (!missing.empty()) raise_missing(fn, missing, "keyword-only");
  }
}

Frame* push_function_frame(Function* fn, const Value* args, size_t nargs, Tuple* kwnames) {
  Code* code = fn->code;
  Frame* f = push_frame(code, fn, fn->globals, nullptr);
  try {
    if (!kwnames && nargs == code->nargs && !(code->flags & (Code::kVarArgs | Code::kVarKw)) && !code->nkwonly) {
      for (size_t i = 0; i < nargs; i++) f->regs[i] = args[i];
    } else {
      bind_arguments(fn, f->regs, args, nargs, kwnames);
    }
  } catch (...) {
    pop_frame(f);
    throw;
  }
  for (uint16_t i = 0; i < code->nfree; i++) f->regs[code->free_base + i] = (*fn->closure)[i];
  return f;
}

}  // namespace coil
