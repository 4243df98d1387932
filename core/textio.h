// Coil — file objects: sys.stdin/stdout/stderr and open()'s text and binary
// files. Buffered UTF-8 I/O on file descriptors, with CPython's buffering
// policy (line-buffered on a tty, write-through under PYTHONUNBUFFERED), its
// flush at exit, and its broken-pipe behaviour (exit status 120).
#pragma once

#include <string_view>

#include "core/object.h"

namespace coil {

struct Str;

// Creates the file types and the three standard streams (idempotent);
// installs the at-exit flush and ignores SIGPIPE, as CPython does.
void init_textio();
Value textio_stdin();
Value textio_stdout();
Value textio_stderr();

// True for the exact native text file type (what print's fast path and
// input() may write to / read from directly).
bool is_text_file(Value v);
// Appends UTF-8 text to a native text file's buffer, without applying the
// flush policy: ValueError if closed, UnsupportedOperation if read-only.
void text_file_append(Value file, std::string_view utf8);
// Applies the flush policy after a logical write (a print() call):
// write-through, or line buffering when a newline was written.
void text_file_commit(Value file);
// The next line of a native text file ("" at end of file).
Str* text_file_readline(Value file);
// flush() of a native file object.
void file_flush(Value file);

// The end of the program, as CPython's Py_FinalizeEx: flushes files left
// open, then stderr and stdout; if stdout cannot be written, prints
// "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" and the
// error to stderr and returns 120, else `status`. Call once, after any
// traceback was printed. (If it is never called, an at-exit handler does the
// same and exits with 120 on failure.)
int finalize_std_streams(int status);

// open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None): the builtin.
Value builtin_open(Value self, const Value* args, size_t nargs, Tuple* kwnames);

// Raises the OSError subclass for `err` (FileNotFoundError for ENOENT, ...)
// with CPython's "[Errno 2] No such file or directory: 'name'" text;
// `filename` may be Empty.
[[noreturn]] void raise_os_error(int err, Value filename = Value::empty());
// Gives OSError its errno/strerror/filename attributes, its errno-to-subclass
// constructor and its "[Errno N] text" str(). Called by init_textio().
void init_os_error();
// io.UnsupportedOperation (an OSError and ValueError subclass).
extern Type* g_unsupported_operation;

}  // namespace coil
