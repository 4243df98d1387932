// Coil — the interpreter: frames on a contiguous value stack, the dispatch
// loop, generators, and the state the rest of the runtime asks about
// (current frame, handled exception, recursion limit).
#pragma once

#include <span>
#include <string>

#include "core/object.h"

namespace coil {

struct Code;
struct Dict;
struct Function;
struct Module;
struct Generator;
struct List;

struct Frame {
  Code* code;
  Function* func;       // null for module and class-body code
  Value* regs;
  Dict* globals;
  Dict* builtins;
  Dict* locals;         // namespace of module/class-body code (GETNAME/SETNAME)
  Frame* back;          // the calling frame (null at the bottom)
  Generator* gen;       // the generator this frame runs, if any
  int32_t pc;           // index of the instruction being executed
  uint16_t ret_reg;     // caller's register receiving the result
  bool entry;           // RETURN from this frame leaves the dispatch loop
};

// The whole interpreter state (one thread).
struct VM {
  Value* stack;               // the value stack: registers of live frames
  Value* stack_top;           // first free slot
  Value* stack_end;
  Frame* frames;              // frames[0..depth)
  int32_t depth;
  int32_t max_frames;
  int32_t recursion_limit;    // sys.getrecursionlimit()
  Value handled_exc;          // the exception being handled (sys.exc_info()), or None
  Dict* builtins;             // the builtins module's dict
  Dict* modules;              // sys.modules
  List* path;                 // sys.path
  List* argv;                 // sys.argv
  const char* c_stack_limit;  // RecursionError below this stack address
  volatile int pending_signal;  // set by the SIGINT handler
};
extern VM vm;

// Sets up the value stack, builtins, sys.modules. Idempotent.
void init_interpreter();

// Runs module code with `globals` as its namespace.
Value run_module_code(Code* code, Dict* globals);
// Runs a class body with `ns` as its namespace; returns the __class__ cell
// (or None) as the body's result.
Value run_class_body(Function* body, Dict* ns);

// The frame executing Python code now (null if none).
Frame* current_frame();
// globals() / locals() of the current Python frame.
Dict* current_globals();
Value current_locals();
// Source line of a frame.
int32_t frame_line(const Frame* f);

// Raises RecursionError if the C stack is nearly exhausted (native recursion
// such as repr of deeply nested lists, or calls made from C++).
void check_c_stack();

// ---- generators ----
struct Generator : Object {
  Function* func;
  Code* code;
  Value* saved_regs;    // the frame's registers while suspended
  Dict* globals;
  Dict* builtins;
  Str* name;
  Str* qualname;
  int32_t pc;           // where to resume
  uint16_t resume_reg;  // register receiving the sent value
  uint8_t state;        // kCreated, kSuspended, kRunning, kDone
  static constexpr uint8_t kCreated = 0, kSuspended = 1, kRunning = 2, kDone = 3;
};

// gen.send(v): the next yielded value, or Empty when the generator returned
// (its return value in *result when result is non-null).
Value generator_send(Generator* g, Value v, Value* result);
void init_generator_type();

// ---- modules ----
// import name (dotted), relative to `globals`' package for level > 0. Returns
// the top-level package unless `fromlist` is set, like __import__.
Value import_module(Str* name, Dict* globals, int level, bool fromlist);
// Registers a module implemented in C++ (sys, math, time, ...).
Module* make_native_module(const char* name, std::span<const MethodDef> functions);
void register_module(Module* m);

// ---- errors at top level ----
// Prints "Traceback (most recent call last): ..." for an uncaught exception,
// chained exceptions first, exactly as CPython does.
void print_exception(Value exc);
// Runs `path` as __main__; returns the process exit status. Handles
// SystemExit, prints uncaught exceptions and syntax errors.
int run_main_file(const std::string& path);
int run_main_source(const std::string& source, const std::string& filename);

}  // namespace coil
