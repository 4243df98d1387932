// Coil — raising Python exceptions from C++.
// A Python exception travels through C++ frames as a thrown PyException that
// carries the exception object; the interpreter catches it at its dispatch
// loop and unwinds Python frames itself (core/interp).
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"

namespace coil {

// The builtin exception hierarchy, defined once: (name, base).
#define COIL_EXCEPTIONS(_)                                   \
  _(BaseException, object)                                   \
  _(SystemExit, BaseException)                               \
  _(KeyboardInterrupt, BaseException)                        \
  _(GeneratorExit, BaseException)                            \
  _(Exception, BaseException)                                \
  _(StopIteration, Exception)                                \
  _(StopAsyncIteration, Exception)                           \
  _(ArithmeticError, Exception)                              \
  _(FloatingPointError, ArithmeticError)                     \
  _(OverflowError, ArithmeticError)                          \
  _(ZeroDivisionError, ArithmeticError)                      \
  _(AssertionError, Exception)                               \
  _(AttributeError, Exception)                               \
  _(BufferError, Exception)                                  \
  _(EOFError, Exception)                                     \
  _(ImportError, Exception)                                  \
  _(ModuleNotFoundError, ImportError)                        \
  _(LookupError, Exception)                                  \
  _(IndexError, LookupError)                                 \
  _(KeyError, LookupError)                                   \
  _(MemoryError, Exception)                                  \
  _(NameError, Exception)                                    \
  _(UnboundLocalError, NameError)                            \
  _(OSError, Exception)                                      \
  _(BlockingIOError, OSError)                                \
  _(ChildProcessError, OSError)                              \
  _(ConnectionError, OSError)                                \
  _(BrokenPipeError, ConnectionError)                        \
  _(ConnectionAbortedError, ConnectionError)                 \
  _(ConnectionRefusedError, ConnectionError)                 \
  _(ConnectionResetError, ConnectionError)                   \
  _(FileExistsError, OSError)                                \
  _(FileNotFoundError, OSError)                              \
  _(InterruptedError, OSError)                               \
  _(IsADirectoryError, OSError)                              \
  _(NotADirectoryError, OSError)                             \
  _(PermissionError, OSError)                                \
  _(ProcessLookupError, OSError)                             \
  _(TimeoutError, OSError)                                   \
  _(ReferenceError, Exception)                               \
  _(RuntimeError, Exception)                                 \
  _(NotImplementedError, RuntimeError)                       \
  _(RecursionError, RuntimeError)                            \
  _(SyntaxError, Exception)                                  \
  _(IndentationError, SyntaxError)                           \
  _(TabError, IndentationError)                              \
  _(SystemError, Exception)                                  \
  _(TypeError, Exception)                                    \
  _(ValueError, Exception)                                   \
  _(UnicodeError, ValueError)                                \
  _(UnicodeDecodeError, UnicodeError)                        \
  _(UnicodeEncodeError, UnicodeError)                        \
  _(UnicodeTranslateError, UnicodeError)                     \
  _(Warning, Exception)                                      \
  _(BytesWarning, Warning)                                   \
  _(DeprecationWarning, Warning)                             \
  _(EncodingWarning, Warning)                                \
  _(FutureWarning, Warning)                                  \
  _(ImportWarning, Warning)                                  \
  _(PendingDeprecationWarning, Warning)                      \
  _(ResourceWarning, Warning)                                \
  _(RuntimeWarning, Warning)                                 \
  _(SyntaxWarning, Warning)                                  \
  _(UnicodeWarning, Warning)                                 \
  _(UserWarning, Warning)

// exc::TypeError etc.: the builtin exception classes.
namespace exc {
#define COIL_EXC_DECL(name, base) extern Type* name;
COIL_EXCEPTIONS(COIL_EXC_DECL)
#undef COIL_EXC_DECL
}  // namespace exc

// One frame of a traceback, innermost last when walked from the exception.
struct Traceback : Object {
  Traceback* next;      // towards the frame that raised
  struct Code* code;
  struct Dict* globals; // the frame's globals (NameError suggestions)
  int32_t pc;           // instruction index in code
  int32_t line;
};

// Instances of BaseException and its subclasses.
struct ExceptionObj : Object {
  AttrStore attrs;
  Tuple* args;
  Traceback* traceback;
  Value cause;          // __cause__ (None or an exception)
  Value context;        // __context__
  bool suppress_context;
};

// The C++ exception that carries a Python exception object.
struct PyException {
  ExceptionObj* exc;
};

// Creates an exception instance of a builtin (or any) exception class with
// one string argument, or with the given args.
ExceptionObj* new_exception(Type* type, std::string_view message);
ExceptionObj* new_exception_args(Type* type, Tuple* args);

[[noreturn]] void raise(Type* type, std::string_view message);
[[noreturn]] void raisef(Type* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// Raises an exception instance or class (instantiated with no arguments),
// as the `raise` statement does; TypeError if v is neither.
[[noreturn]] void raise_value(Value v);
// NameError("name 'x' is not defined") with .name set.
[[noreturn]] void raise_name_error(Str* name);
// AttributeError(message) with .name and .obj set.
[[noreturn]] void raise_attribute_error(Value obj, Str* name, std::string_view message);
// KeyError(key): the key itself is the single argument.
[[noreturn]] void raise_key_error(Value key);
// StopIteration(value).
[[noreturn]] void raise_stop_iteration(Value value);

// The "Did you mean: 'x'?" hint CPython adds to uncaught NameError and
// AttributeError messages; empty if there is none.
std::string error_suggestion(ExceptionObj* e);

// True when the pending exception is an instance of `type`.
bool exception_matches(const PyException& e, Type* type);

// Creates the builtin exception classes. Called by init_types().
void init_exceptions();

}  // namespace coil
