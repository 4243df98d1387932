// Coil — interpreter internals shared by the dispatch loop, generators and
// the call path (not for the rest of the runtime).
#pragma once

#include "core/interp.h"

namespace coil {

struct Code;
struct Function;

// Pushes a frame for `code` with zeroed registers; RecursionError when the
// recursion limit is reached.
Frame* push_frame(Code* code, Function* func, Dict* globals, Dict* locals);
void pop_frame(Frame* f);
// Binds call arguments to a function's parameter registers, with CPython's
// TypeError messages.
void bind_arguments(Function* fn, Value* regs, const Value* args, size_t nargs, Tuple* kwnames);
// Pushes a frame for a call of `fn` with its arguments bound and closure
// cells loaded.
Frame* push_function_frame(Function* fn, const Value* args, size_t nargs, Tuple* kwnames);

// Runs the dispatch loop from frame `f` (an entry frame) until it returns or,
// for a generator frame, yields (then vm_yielded is true). A non-empty
// `throw_in` is raised at f's current instruction first.
Value run(Frame* f, Value throw_in);
extern bool vm_yielded;

// Exceptions and tracebacks.
void add_traceback(ExceptionObj* e, Frame* f);

// Creates a generator object for a call of a generator function.
Value make_generator(Function* fn, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace coil
