// Coil — OSError as CPython has it: OSError(errno, strerror[, filename])
// picks the subclass for the errno, keeps errno/strerror/filename as
// attributes, and prints "[Errno 2] No such file or directory: 'x'".
#include <cerrno>
#include <cstring>
#include <string>

#include "core/dict.h"
#include "core/errors.h"
#include "core/int.h"
#include "core/ops.h"
#include "core/shape.h"
#include "core/str.h"
#include "core/textio.h"
#include "core/tuple.h"
#include "core/type_object.h"

namespace coil {

Type* g_unsupported_operation;

namespace {

Str* attr_name(const char* s) { return intern(s); }

// The OSError subclass CPython picks for an errno (OSError itself if none).
Type* subclass_for_errno(int64_t err) {
  switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return exc::BlockingIOError;
    case ECHILD: return exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return exc::BrokenPipeError;
    case ECONNABORTED: return exc::ConnectionAbortedError;
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNRESET: return exc::ConnectionResetError;
    case EEXIST: return exc::FileExistsError;
    case ENOENT: return exc::FileNotFoundError;
    case EINTR: return exc::InterruptedError;
    case EISDIR: return exc::IsADirectoryError;
    case ENOTDIR: return exc::NotADirectoryError;
    case EACCES: case EPERM: return exc::PermissionError;
    case ESRCH: return exc::ProcessLookupError;
    case ETIMEDOUT: return exc::TimeoutError;
    default: return exc::OSError;
  }
}

// Stores errno/strerror/filename/filename2 from the constructor arguments and
// trims args to (errno, strerror) when a filename is given, as CPython does.
void oserror_fill(ExceptionObj* e, const Value* args, size_t nargs) {
  Value self = Value::object(e);
  e->args = make_tuple(args, static_cast<int64_t>(nargs));
  if (nargs < 2 || nargs > 5) return;
  generic_setattr(self, attr_name("errno"), args[0]);
  generic_setattr(self, attr_name("strerror"), args[1]);
  if (nargs >= 3 && !args[2].is_none()) {
    generic_setattr(self, attr_name("filename"), args[2]);
    if (nargs >= 5) generic_setattr(self, attr_name("filename2"), args[4]);
    e->args = make_tuple(args, 2);
  }
}

Value oserror_new(Value, const Value* args, size_t nargs, Tuple*) {
  if (nargs < 1 || !isinstance(args[0], types::type))
    raise(exc::TypeError, "OSError.__new__(X): X is not a type object");
  Type* cls = args[0].as<Type>();
  const Value* rest = args + 1;
  size_t n = nargs - 1;
  if (cls == exc::OSError && n >= 2 && rest[0].is_int()) cls = subclass_for_errno(rest[0].as_int());
  ExceptionObj* e = new_exception_args(cls, make_tuple(rest, static_cast<int64_t>(n)));
  return Value::object(e);
}

Value oserror_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->length) raisef(exc::TypeError, "%s() takes no keyword arguments", type_name(self));
  oserror_fill(self.as<ExceptionObj>(), args, nargs);
  return Value::none();
}

Value oserror_str(Value self, const Value*, size_t, Tuple*) {
  Value err = getattr(self, attr_name("errno"));
  Value text = getattr(self, attr_name("strerror"));
  Value file = getattr(self, attr_name("filename"));
  Value file2 = getattr(self, attr_name("filename2"));
  if (!file.is_none()) {
    std::string s = "[Errno " + std::string(to_str(err)->view()) + "] " + std::string(to_str(text)->view()) + ": " +
                    std::string(repr(file)->view());
    if (!file2.is_none()) s += " -> " + std::string(repr(file2)->view());
    return str_value(s);
  }
  if (!err.is_none() && !text.is_none())
    return str_value("[Errno " + std::string(to_str(err)->view()) + "] " + std::string(to_str(text)->view()));
  Tuple* a = self.as<ExceptionObj>()->args;
  if (a->length == 0) return str_value("");
  if (a->length == 1) return Value::object(to_str((*a)[0]));
  return Value::object(repr(Value::object(a)));
}

const MethodDef kOSErrorMethods[] = {
    {"__new__", oserror_new, MethodDef::kStatic},
    {"__init__", oserror_init, MethodDef::kInstance},
    {"__str__", oserror_str, MethodDef::kInstance},
};

}  // namespace

void raise_os_error(int err, Value filename) {
  Value args[3] = {Value::small_int(err), str_value(std::strerror(err)), filename};
  ExceptionObj* e = new_exception_args(subclass_for_errno(err), empty_tuple());
  oserror_fill(e, args, filename.is_empty() ? 2 : 3);
  throw PyException{e};
}

void init_os_error() {
  static bool done = false;
  if (done) return;
  done = true;
  add_methods(exc::OSError, kOSErrorMethods);
  for (const char* a : {"errno", "strerror", "filename", "filename2"}) type_set_attr(exc::OSError, a, Value::none());
  // io.UnsupportedOperation(OSError, ValueError): two builtin exception
  // bases, which make_class refuses as a layout conflict, so the type is
  // built by hand with the C3 order of its bases.
  Type* t = make_builtin_type("UnsupportedOperation", exc::OSError, Layout::EXCEPTION, sizeof(ExceptionObj));
  t->attrs_offset = exc::OSError->attrs_offset;
  t->root_shape = make_root_shape(t);
  t->module = intern("io");
  t->bases = make_tuple({Value::object(exc::OSError), Value::object(exc::ValueError)});
  t->mro = make_tuple({Value::object(t), Value::object(exc::OSError), Value::object(exc::ValueError),
                       Value::object(exc::Exception), Value::object(exc::BaseException), Value::object(types::object)});
  if (!exc::ValueError->subclasses) exc::ValueError->subclasses = gc_new<GcVector<Type*>>();
  exc::ValueError->subclasses->push_back(t);
  type_modified(t);
  g_unsupported_operation = t;
}

}  // namespace coil
