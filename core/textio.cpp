// Coil — file objects over file descriptors: the standard streams and
// open()'s files. One IOBuffer per descriptor holds the write and read
// buffers; a text file and its .buffer (the binary view) share it, so their
// output interleaves correctly.
//
// Buffering follows CPython: stdout is line-buffered on a tty and
// block-buffered (8 KiB) otherwise, stderr is line-buffered, and with
// PYTHONUNBUFFERED both write through at the end of every write. Before
// writing to one standard stream the other one is flushed if it is a tty, so
// a prompt printed without a newline shows before an error message.
//
// Failures: a flush that fails while making room (inside write or print)
// drops the buffered data and raises, as CPython's BufferedWriter does when
// it writes a large chunk directly; an explicit flush() keeps the data. At
// exit, a pending stdout that cannot be written prints CPython's
// "Exception ignored in: <_io.TextIOWrapper name='<stdout>' ...>" message
// and the process exits with status 120 — `coil prog.py | head -1`.
#include "core/textio.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/args.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/list.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

constexpr int64_t kBufferSize = 8192;

struct IOBuffer {
  int fd;
  bool readable, writable, closed;
  bool closefd;          // close(fd) on close()
  bool is_tty;
  bool line_buffered;    // flush when a newline is written
  bool write_through;    // flush at the end of every write
  bool translate_cr;     // universal newlines on input (text mode)
  bool pending_cr;       // the last byte read was '\r' (translation state)
  bool eof;              // read() returned 0
  bool saw_newline;      // a '\n' was appended since the last flush
  bool is_stdout;
  char* wbuf;
  int64_t wlen, wcap;
  char* rbuf;
  int64_t rpos, rlen, rcap;
  IOBuffer* partner;     // the other standard output stream
};

struct FileObject : Object {
  IOBuffer* io;
  Value name;            // path str, fd int, or '<stdout>'
  Str* mode;
  Str* encoding;         // text files only
  Value buffer;          // text files: the binary view (lazily), else Empty
  bool binary;
};

Type* g_text_type;       // _io.TextIOWrapper
Type* g_reader_type;     // _io.BufferedReader
Type* g_writer_type;     // _io.BufferedWriter
Type* g_random_type;     // _io.BufferedRandom
Value g_stdin, g_stdout, g_stderr;
IOBuffer* g_stdout_io;
IOBuffer* g_stderr_io;
// Files opened for writing and not closed: flushed before every open() (as
// CPython's reference counting would have flushed dropped temporaries) and
// at exit.
GcVector<FileObject*>* g_open_files;

FileObject* file_of(Value v) { return v.as<FileObject>(); }

// ---- raw I/O ----

// Writes the whole write buffer; 0 or the errno of the failure (the unwritten
// tail stays in the buffer).
int flush_raw(IOBuffer* io) {
  int64_t off = 0;
  int err = 0;
  while (off < io->wlen) {
    ssize_t k = ::write(io->fd, io->wbuf + off, static_cast<size_t>(io->wlen - off));
    if (k < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    off += k;
  }
  if (off) {
    std::memmove(io->wbuf, io->wbuf + off, static_cast<size_t>(io->wlen - off));
    io->wlen -= off;
  }
  if (!err) io->saw_newline = false;
  return err;
}

// Writes `n` bytes directly; 0 or errno.
int write_raw(int fd, const char* p, int64_t n) {
  while (n > 0) {
    ssize_t k = ::write(fd, p, static_cast<size_t>(n));
    if (k < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    p += k;
    n -= k;
  }
  return 0;
}

// Flush while making room or applying the buffering policy: on failure the
// data is dropped and the error raised.
void flush_or_drop(IOBuffer* io) {
  int err = flush_raw(io);
  if (err) {
    io->wlen = 0;
    io->saw_newline = false;
    raise_os_error(err);
  }
}

// The other standard stream, if it is a tty with pending output, is flushed
// first so that the two appear in program order on a terminal.
void flush_partner(IOBuffer* io) {
  IOBuffer* p = io->partner;
  if (p && p->wlen && p->is_tty && !p->closed) flush_raw(p);
}

void check_open(IOBuffer* io) {
  if (io->closed) raise(exc::ValueError, "I/O operation on closed file.");
}

void check_writable(IOBuffer* io) {
  check_open(io);
  if (!io->writable) raise(g_unsupported_operation, "not writable");
}

void check_readable(IOBuffer* io) {
  check_open(io);
  if (!io->readable) raise(g_unsupported_operation, "not readable");
}

void append(IOBuffer* io, const char* p, int64_t n) {
  if (n == 0) return;
  if (io->partner) flush_partner(io);
  if (io->wlen + n > io->wcap) {
    if (io->wlen) flush_or_drop(io);
    if (n >= io->wcap) {
      int err = write_raw(io->fd, p, n);
      if (err) raise_os_error(err);
      return;
    }
  }
  std::memcpy(io->wbuf + io->wlen, p, static_cast<size_t>(n));
  io->wlen += n;
  if (!io->saw_newline && std::memchr(p, '\n', static_cast<size_t>(n))) io->saw_newline = true;
}

void commit(IOBuffer* io) {
  if (io->wlen && (io->write_through || (io->line_buffered && io->saw_newline))) flush_or_drop(io);
}

// Reads more input into the read buffer; false at end of file.
bool fill(IOBuffer* io) {
  if (io->eof) return false;
  if (io->rpos > 0) {
    std::memmove(io->rbuf, io->rbuf + io->rpos, static_cast<size_t>(io->rlen - io->rpos));
    io->rlen -= io->rpos;
    io->rpos = 0;
  }
  if (io->rcap - io->rlen < kBufferSize) {
    int64_t cap = io->rcap ? io->rcap * 2 : kBufferSize * 2;
    while (cap - io->rlen < kBufferSize) cap *= 2;
    io->rbuf = static_cast<char*>(io->rbuf ? gc_realloc(io->rbuf, static_cast<size_t>(cap))
                                           : gc_alloc_atomic(static_cast<size_t>(cap)));
    io->rcap = cap;
  }
  ssize_t k;
  for (;;) {
    k = ::read(io->fd, io->rbuf + io->rlen, static_cast<size_t>(io->rcap - io->rlen));
    if (k >= 0) break;
    if (errno == EINTR) {
      if (vm.pending_signal) {
        vm.pending_signal = 0;
        throw PyException{new_exception_args(exc::KeyboardInterrupt, empty_tuple())};
      }
      continue;
    }
    raise_os_error(errno);
  }
  if (k == 0) {
    io->eof = true;
    return false;
  }
  char* p = io->rbuf + io->rlen;
  int64_t n = k;
  if (io->translate_cr) {
    // Universal newlines: "\r\n" and "\r" become "\n", across reads.
    int64_t out = 0;
    for (int64_t i = 0; i < n; i++) {
      char c = p[i];
      if (io->pending_cr) {
        io->pending_cr = false;
        if (c == '\n') continue;
      }
      if (c == '\r') {
        io->pending_cr = true;
        c = '\n';
      }
      p[out++] = c;
    }
    n = out;
  }
  io->rlen += n;
  return true;
}

// ---- text conversions ----

Value decode_text(const char* p, int64_t n) {
  std::string_view raw(p, static_cast<size_t>(n));
  if (utf8_valid(raw)) return Value::object(make_str(raw));
  return Value::object(str_decode(raw, "utf-8", "strict"));
}

Value make_result(FileObject* f, const char* p, int64_t n) {
  if (f->binary) return Value::object(make_bytes(std::string_view(p, static_cast<size_t>(n))));
  return decode_text(p, n);
}

// Byte length of the first `limit` characters (text) or bytes (binary) of
// base[0, n), at most n.
int64_t cut_units(const char* base, int64_t n, int64_t limit, bool binary) {
  if (binary) return limit < n ? limit : n;
  int64_t i = 0, count = 0;
  for (; i < n; i++) {
    if ((static_cast<unsigned char>(base[i]) & 0xC0) != 0x80) {
      if (count == limit) break;
      count++;
    }
  }
  return i;
}

// Bytes to buffer before `limit` units can be cut safely (a character is at
// most 4 bytes of UTF-8).
int64_t bytes_needed(FileObject* f, int64_t limit) { return limit < 0 ? -1 : f->binary ? limit : limit * 4; }

// Consumes one line (with its '\n'), at most `limit` characters/bytes
// (limit < 0: no limit); its bytes are rbuf[*start, *start + result).
int64_t take_line(FileObject* f, int64_t limit, int64_t* start) {
  IOBuffer* io = f->io;
  int64_t need = bytes_needed(f, limit);
  int64_t scanned = 0;
  for (;;) {
    const char* base = io->rbuf + io->rpos;
    int64_t avail = io->rlen - io->rpos;
    const void* nl = avail > scanned ? std::memchr(base + scanned, '\n', static_cast<size_t>(avail - scanned)) : nullptr;
    int64_t end = nl ? static_cast<const char*>(nl) - base + 1 : -1;
    if (end < 0 && !(need >= 0 && avail >= need)) {
      scanned = avail;
      if (fill(io)) continue;
      base = io->rbuf + io->rpos;
      avail = io->rlen - io->rpos;
    }
    if (end < 0) end = avail;
    if (limit >= 0) end = cut_units(base, end, limit, f->binary);
    *start = io->rpos;
    io->rpos += end;
    return end;
  }
}

Value read_line(FileObject* f, int64_t limit) {
  check_readable(f->io);
  if (f->io->writable && f->io->wlen) flush_or_drop(f->io);
  int64_t start;
  int64_t n = take_line(f, limit, &start);
  return make_result(f, f->io->rbuf + start, n);
}

// Reads everything to end of file, or `size` characters/bytes.
Value read_some(FileObject* f, int64_t size) {
  IOBuffer* io = f->io;
  check_readable(io);
  if (io->writable && io->wlen) flush_or_drop(io);
  if (size < 0) {
    while (fill(io)) {
    }
    int64_t start = io->rpos;
    io->rpos = io->rlen;
    return make_result(f, io->rbuf + start, io->rlen - start);
  }
  // Buffer enough bytes for `size` units (or reach end of file), then cut.
  int64_t need = bytes_needed(f, size);
  while (io->rlen - io->rpos < need && fill(io)) {
  }
  int64_t n = cut_units(io->rbuf + io->rpos, io->rlen - io->rpos, size, f->binary);
  int64_t start = io->rpos;
  io->rpos += n;
  return make_result(f, io->rbuf + start, n);
}

void remove_open(FileObject* f) {
  if (!g_open_files) return;
  for (size_t i = 0; i < g_open_files->size(); i++)
    if ((*g_open_files)[i] == f) {
      g_open_files->erase(g_open_files->begin() + static_cast<long>(i));
      return;
    }
}

void close_file(FileObject* f) {
  IOBuffer* io = f->io;
  if (io->closed) return;
  int err = io->writable ? flush_raw(io) : 0;
  io->closed = true;
  io->wlen = 0;
  remove_open(f);
  if (io->closefd && ::close(io->fd) != 0 && !err) err = errno;
  if (err) raise_os_error(err);
}

IOBuffer* new_iobuffer(int fd, bool readable, bool writable) {
  auto* io = static_cast<IOBuffer*>(gc_alloc(sizeof(IOBuffer)));
  io->fd = fd;
  io->readable = readable;
  io->writable = writable;
  io->is_tty = ::isatty(fd) == 1;
  if (writable) {
    io->wcap = kBufferSize;
    io->wbuf = static_cast<char*>(gc_alloc_atomic(static_cast<size_t>(io->wcap)));
  }
  return io;
}

FileObject* new_file(Type* type, IOBuffer* io, Value name, const char* mode, bool binary) {
  auto* f = alloc<FileObject>(type);
  f->io = io;
  f->name = name;
  f->mode = make_str(mode);
  f->binary = binary;
  f->encoding = binary ? nullptr : make_str("utf-8");
  return f;
}

// ---- methods ----

FileObject* self_file(Value self) { return file_of(self); }

Value m_write(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("write", kwnames);
  check_nargs("write", nargs, 1, 1);
  FileObject* f = self_file(self);
  check_writable(f->io);
  Value v = args[0];
  if (f->binary) {
    std::string_view raw;
    if (!bytes_like_view(v, &raw)) raisef(exc::TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    append(f->io, raw.data(), static_cast<int64_t>(raw.size()));
    commit(f->io);
    return make_int(static_cast<int64_t>(raw.size()));
  }
  if (!has_layout(v, Layout::STR)) raisef(exc::TypeError, "write() argument must be str, not %s", type_name(v));
  Str* s = v.as<Str>();
  append(f->io, s->data(), s->size);
  commit(f->io);
  return make_int(s->length);
}

Value m_writelines(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("writelines", nargs, 1, 1);
  Value it = get_iter(args[0]);
  for (Value x; !(x = iter_next(it)).is_empty();) m_write(self, &x, 1, nullptr);
  return Value::none();
}

int64_t size_arg(const char* fname, const Value* args, size_t nargs) {
  check_nargs(fname, nargs, 0, 1);
  if (nargs == 0 || args[0].is_none()) return -1;
  return index_value(args[0]);
}

Value m_read(Value self, const Value* args, size_t nargs, Tuple*) {
  return read_some(self_file(self), size_arg("read", args, nargs));
}

Value m_readline(Value self, const Value* args, size_t nargs, Tuple*) {
  return read_line(self_file(self), size_arg("readline", args, nargs));
}

Value m_readlines(Value self, const Value* args, size_t nargs, Tuple*) {
  int64_t hint = size_arg("readlines", args, nargs);
  FileObject* f = self_file(self);
  List* out = make_list();
  int64_t total = 0;
  for (;;) {
    Value line = read_line(f, -1);
    int64_t n = f->binary ? line.as<Bytes>()->size : line.as<Str>()->length;
    if (n == 0) break;
    list_append(out, line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return Value::object(out);
}

Value m_iter(Value self, const Value*, size_t, Tuple*) {
  check_open(self_file(self)->io);
  return self;
}

Value m_next(Value self, const Value*, size_t, Tuple*) {
  FileObject* f = self_file(self);
  Value line = read_line(f, -1);
  int64_t n = f->binary ? line.as<Bytes>()->size : line.as<Str>()->size;
  if (n == 0) raise_stop_iteration(Value::none());
  return line;
}

Value m_flush(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  if (io->writable && io->wlen) {
    int err = flush_raw(io);
    if (err) raise_os_error(err);
  }
  return Value::none();
}

Value m_close(Value self, const Value*, size_t, Tuple*) {
  close_file(self_file(self));
  return Value::none();
}

Value m_enter(Value self, const Value*, size_t, Tuple*) {
  check_open(self_file(self)->io);
  return self;
}

Value m_exit(Value self, const Value*, size_t, Tuple*) {
  close_file(self_file(self));
  return Value::none();
}

Value m_fileno(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  return make_int(io->fd);
}

Value m_isatty(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  return Value::boolean(io->is_tty);
}

Value m_readable(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  return Value::boolean(io->readable);
}

Value m_writable(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  return Value::boolean(io->writable);
}

Value m_seekable(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  return Value::boolean(::lseek(io->fd, 0, SEEK_CUR) >= 0);
}

Value m_tell(Value self, const Value*, size_t, Tuple*) {
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  off_t pos = ::lseek(io->fd, 0, SEEK_CUR);
  if (pos < 0) raise_os_error(errno);
  return make_int(static_cast<int64_t>(pos) + io->wlen - (io->rlen - io->rpos));
}

Value m_seek(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("seek", nargs, 1, 2);
  IOBuffer* io = self_file(self)->io;
  check_open(io);
  int64_t offset = index_value(args[0]);
  int64_t whence = nargs > 1 ? index_value(args[1]) : 0;
  if (whence < 0 || whence > 2) raisef(exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)", static_cast<long long>(whence));
  if (io->wlen) flush_or_drop(io);
  if (whence == SEEK_CUR) offset -= io->rlen - io->rpos;
  io->rpos = io->rlen = 0;
  io->eof = false;
  io->pending_cr = false;
  off_t pos = ::lseek(io->fd, static_cast<off_t>(offset), static_cast<int>(whence));
  if (pos < 0) raise_os_error(errno);
  return make_int(static_cast<int64_t>(pos));
}

Value m_truncate(Value self, const Value* args, size_t nargs, Tuple*) {
  check_nargs("truncate", nargs, 0, 1);
  IOBuffer* io = self_file(self)->io;
  check_writable(io);
  if (io->wlen) flush_or_drop(io);
  off_t size = nargs && !args[0].is_none() ? static_cast<off_t>(index_value(args[0])) : ::lseek(io->fd, 0, SEEK_CUR);
  if (::ftruncate(io->fd, size) != 0) raise_os_error(errno);
  return make_int(static_cast<int64_t>(size));
}

Value m_repr(Value self, const Value*, size_t, Tuple*) {
  FileObject* f = self_file(self);
  std::string s = "<_io.";
  s += type_of(self)->name->view();
  s += " name=";
  s += repr(f->name)->view();
  if (!f->binary) {
    s += " mode=";
    s += repr(Value::object(f->mode))->view();
    s += " encoding=";
    s += repr(Value::object(f->encoding))->view();
  }
  s += '>';
  return str_value(s);
}

Value g_name(Value self) { return self_file(self)->name; }
Value g_mode(Value self) { return Value::object(self_file(self)->mode); }
Value g_closed(Value self) { return Value::boolean(self_file(self)->io->closed); }
Value g_encoding(Value self) {
  FileObject* f = self_file(self);
  if (f->binary) raisef(exc::AttributeError, "'%s' object has no attribute 'encoding'", type_name(self));
  return Value::object(f->encoding);
}
Value g_errors(Value) { return str_value("strict"); }
Value g_line_buffering(Value self) { return Value::boolean(self_file(self)->io->line_buffered); }
Value g_newlines(Value) { return Value::none(); }
Value g_buffer(Value self) {
  FileObject* f = self_file(self);
  if (f->binary) raisef(exc::AttributeError, "'%s' object has no attribute 'buffer'", type_name(self));
  if (f->buffer.is_empty()) {
    IOBuffer* io = f->io;
    Type* t = io->readable && io->writable ? g_random_type : io->writable ? g_writer_type : g_reader_type;
    std::string mode(f->mode->view());
    if (mode.find('b') == std::string::npos) mode += 'b';
    f->buffer = Value::object(new_file(t, io, f->name, mode.c_str(), true));
  }
  return f->buffer;
}

const MethodDef kFileMethods[] = {
    {"write", m_write, MethodDef::kInstance},
    {"writelines", m_writelines, MethodDef::kInstance},
    {"read", m_read, MethodDef::kInstance},
    {"readline", m_readline, MethodDef::kInstance},
    {"readlines", m_readlines, MethodDef::kInstance},
    {"__iter__", m_iter, MethodDef::kInstance},
    {"__next__", m_next, MethodDef::kInstance},
    {"flush", m_flush, MethodDef::kInstance},
    {"close", m_close, MethodDef::kInstance},
    {"__enter__", m_enter, MethodDef::kInstance},
    {"__exit__", m_exit, MethodDef::kInstance},
    {"fileno", m_fileno, MethodDef::kInstance},
    {"isatty", m_isatty, MethodDef::kInstance},
    {"readable", m_readable, MethodDef::kInstance},
    {"writable", m_writable, MethodDef::kInstance},
    {"seekable", m_seekable, MethodDef::kInstance},
    {"tell", m_tell, MethodDef::kInstance},
    {"seek", m_seek, MethodDef::kInstance},
    {"truncate", m_truncate, MethodDef::kInstance},
    {"__repr__", m_repr, MethodDef::kInstance},
};

const GetSetDef kFileGetSets[] = {
    {"name", g_name, nullptr},
    {"mode", g_mode, nullptr},
    {"closed", g_closed, nullptr},
    {"encoding", g_encoding, nullptr},
    {"errors", g_errors, nullptr},
    {"line_buffering", g_line_buffering, nullptr},
    {"newlines", g_newlines, nullptr},
    {"buffer", g_buffer, nullptr},
};

Type* make_file_type(const char* name) {
  Type* t = make_builtin_type(name, types::object, Layout::OTHER, sizeof(FileObject), kFileMethods);
  add_getsets(t, kFileGetSets);
  t->module = intern("_io");
  return t;
}

// ---- exit ----

std::string exception_line(int err) {
  ExceptionObj* e = nullptr;
  try {
    raise_os_error(err);
  } catch (PyException& p) {
    e = p.exc;
  }
  std::string s(type_of(Value::object(e))->name->view());
  s += ": [Errno " + std::to_string(err) + "] " + std::strerror(err) + "\n";
  return s;
}

bool g_finalized;

// Flushes everything; false if stdout could not be written (the message is
// printed).
bool flush_everything() {
  if (g_open_files)
    for (FileObject* f : *g_open_files)
      if (!f->io->closed && f->io->wlen) flush_raw(f->io);
  if (g_stderr_io && !g_stderr_io->closed) flush_raw(g_stderr_io);
  if (g_stdout_io && !g_stdout_io->closed && g_stdout_io->wlen) {
    int err = flush_raw(g_stdout_io);
    if (err) {
      g_stdout_io->wlen = 0;
      std::string msg = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";
      msg += exception_line(err);
      write_raw(2, msg.data(), static_cast<int64_t>(msg.size()));
      return false;
    }
  }
  return true;
}

// Fallback when finalize_std_streams was not called.
void flush_at_exit() {
  if (!g_finalized && !flush_everything()) _exit(120);
}

bool env_unbuffered() {
  const char* u = std::getenv("PYTHONUNBUFFERED");
  return u && *u;
}

// Parses open()'s mode; ValueError with CPython's messages.
struct OpenMode {
  bool read = false, write = false, append = false, create = false, plus = false, binary = false, text = false;
};

OpenMode parse_mode(Str* mode) {
  OpenMode m;
  std::string seen;
  for (char c : mode->view()) {
    if (std::strchr("rwaxb+t", c) == nullptr || seen.find(c) != std::string::npos)
      raisef(exc::ValueError, "invalid mode: '%s'", mode->data());
    seen += c;
    switch (c) {
      case 'r': m.read = true; break;
      case 'w': m.write = true; break;
      case 'a': m.append = true; break;
      case 'x': m.create = true; break;
      case '+': m.plus = true; break;
      case 'b': m.binary = true; break;
      case 't': m.text = true; break;
    }
  }
  if (m.binary && m.text) raise(exc::ValueError, "can't have text and binary mode at once");
  if (m.read + m.write + m.append + m.create != 1)
    raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
  return m;
}

bool encoding_is_utf8(std::string_view e) {
  std::string s;
  for (char c : e) s += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c == '_' ? '-' : c);
  return s == "utf-8" || s == "utf8" || s == "u8" || s == "ascii" || s == "us-ascii" || s == "locale";
}

}  // namespace

// ---- public entry points ----

void init_textio() {
  static bool done = false;
  if (done) return;
  done = true;
  init_os_error();
  std::signal(SIGPIPE, SIG_IGN);
  g_text_type = make_file_type("TextIOWrapper");
  g_reader_type = make_file_type("BufferedReader");
  g_writer_type = make_file_type("BufferedWriter");
  g_random_type = make_file_type("BufferedRandom");
  g_open_files = gc_new<GcVector<FileObject*>>();

  bool unbuffered = env_unbuffered();
  IOBuffer* in = new_iobuffer(0, true, false);  // splits at "\n" only, as CPython on POSIX
  IOBuffer* out = new_iobuffer(1, false, true);
  out->line_buffered = out->is_tty && !unbuffered;
  out->write_through = unbuffered;
  out->is_stdout = true;
  IOBuffer* err = new_iobuffer(2, false, true);
  err->line_buffered = !unbuffered;
  err->write_through = unbuffered;
  out->partner = err;
  err->partner = out;
  g_stdout_io = out;
  g_stderr_io = err;
  g_stdin = Value::object(new_file(g_text_type, in, str_value("<stdin>"), "r", false));
  g_stdout = Value::object(new_file(g_text_type, out, str_value("<stdout>"), "w", false));
  g_stderr = Value::object(new_file(g_text_type, err, str_value("<stderr>"), "w", false));
  std::atexit(flush_at_exit);
}

int finalize_std_streams(int status) {
  g_finalized = true;
  bool ok = flush_everything();
  // Anything written after this point goes straight out.
  for (IOBuffer* io : {g_stdout_io, g_stderr_io})
    if (io) io->write_through = true;
  return ok ? status : 120;
}

Value textio_stdin() { return g_stdin; }
Value textio_stdout() { return g_stdout; }
Value textio_stderr() { return g_stderr; }

bool is_text_file(Value v) { return v.is_object() && v.as_object()->type == g_text_type; }

void text_file_append(Value file, std::string_view utf8) {
  IOBuffer* io = file_of(file)->io;
  check_writable(io);
  append(io, utf8.data(), static_cast<int64_t>(utf8.size()));
}

void text_file_commit(Value file) { commit(file_of(file)->io); }

Str* text_file_readline(Value file) { return read_line(file_of(file), -1).as<Str>(); }

void file_flush(Value file) { m_flush(file, nullptr, 0, nullptr); }

Value builtin_open(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  Value a[8];
  parse_args("open", args, nargs, kwnames,
             {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, a);
  Value file = a[0];
  Str* mode = a[1].is_empty() ? make_str("r") : nullptr;
  if (!mode) {
    if (!has_layout(a[1], Layout::STR))
      raisef(exc::TypeError, "open() argument 'mode' must be str, not %s", type_name(a[1]));
    mode = a[1].as<Str>();
  }
  OpenMode m = parse_mode(mode);
  if (m.binary && !a[3].is_empty() && !a[3].is_none())
    raise(exc::ValueError, "binary mode doesn't take an encoding argument");
  if (m.binary && !a[4].is_empty() && !a[4].is_none())
    raise(exc::ValueError, "binary mode doesn't take an errors argument");
  if (m.binary && !a[5].is_empty() && !a[5].is_none())
    raise(exc::ValueError, "binary mode doesn't take a newline argument");
  Str* encoding = nullptr;
  if (!a[3].is_empty() && !a[3].is_none()) {
    if (!has_layout(a[3], Layout::STR))
      raisef(exc::TypeError, "open() argument 'encoding' must be str or None, not %s", type_name(a[3]));
    encoding = a[3].as<Str>();
    if (!encoding_is_utf8(encoding->view()))
      raisef(exc::NotImplementedError, "open(): encoding '%s' is not supported by Coil yet", encoding->data());
  }
  if (!a[7].is_empty() && !a[7].is_none()) raise(exc::NotImplementedError, "open(): opener is not supported by Coil yet");
  bool translate = true;
  if (!a[5].is_empty() && !a[5].is_none()) {
    if (!has_layout(a[5], Layout::STR))
      raisef(exc::TypeError, "open() argument 'newline' must be str or None, not %s", type_name(a[5]));
    std::string_view nl = a[5].as<Str>()->view();
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") raisef(exc::ValueError, "illegal newline value: %s", a[5].as<Str>()->data());
    translate = false;
    if (nl == "\r" || nl == "\r\n")
      raise(exc::NotImplementedError, "open(): newline='\\r' and '\\r\\n' are not supported by Coil yet");
  }
  bool closefd = a[6].is_empty() || truthy(a[6]);

  // Data written to files that were never closed becomes visible to readers.
  for (FileObject* f : *g_open_files)
    if (!f->io->closed && f->io->wlen) flush_raw(f->io);

  int flags = m.plus ? O_RDWR : m.read ? O_RDONLY : O_WRONLY;
  if (m.write) flags |= O_CREAT | O_TRUNC;
  if (m.append) flags |= O_CREAT | O_APPEND;
  if (m.create) flags |= O_CREAT | O_EXCL;
  flags |= O_CLOEXEC;
  int fd;
  Value name = file;
  if (is_int_like(file) && !file.is_bool()) {
    fd = static_cast<int>(index_value(file));
    if (fd < 0) raise(exc::ValueError, "negative file descriptor");
  } else {
    if (!closefd) raise(exc::ValueError, "Cannot use closefd=False with file name");
    if (!has_layout(file, Layout::STR)) {
      if (has_layout(file, Layout::BYTES))
        raise(exc::NotImplementedError, "open(): bytes paths are not supported by Coil yet");
      raisef(exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(file));
    }
    std::string path(file.as<Str>()->view());
    if (path.find('\0') != std::string::npos) raise(exc::ValueError, "embedded null byte");
    do {
      fd = ::open(path.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) raise_os_error(errno, file);
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      raise_os_error(EISDIR, file);
    }
  }
  IOBuffer* io = new_iobuffer(fd, m.read || m.plus, !m.read || m.plus);
  io->closefd = closefd;
  io->translate_cr = !m.binary && translate;
  std::string shown;
  for (char c : mode->view())
    if (c != 't') shown += c;
  FileObject* f;
  if (m.binary) {
    Type* t = m.plus ? g_random_type : m.read ? g_reader_type : g_writer_type;
    f = new_file(t, io, name, shown.c_str(), true);
  } else {
    f = new_file(g_text_type, io, name, shown.c_str(), false);
    f->encoding = encoding ? encoding : make_str("UTF-8");
  }
  if (io->writable) g_open_files->push_back(f);
  return Value::object(f);
}

}  // namespace coil
