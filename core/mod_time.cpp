// Coil — the time module: clocks (wall, monotonic, performance, process
// CPU) in seconds and nanoseconds, and sleep().
#include <cerrno>
#include <cmath>
#include <ctime>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/names.h"
#include "core/ops.h"
#include "core/tuple.h"

namespace coil {

namespace {

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_seconds(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

#define COIL_TIME_CLOCK(fname, clock)                                       \
  Value t_##fname(Value, const Value*, size_t nargs, Tuple* kwnames) {      \
    no_kwargs(#fname, kwnames);                                             \
    check_nargs(#fname, nargs, 0, 0);                                       \
    return Value::number(clock_seconds(clock));                             \
  }                                                                         \
  Value t_##fname##_ns(Value, const Value*, size_t nargs, Tuple* kwnames) { \
    no_kwargs(#fname "_ns", kwnames);                                       \
    check_nargs(#fname "_ns", nargs, 0, 0);                                 \
    return make_int(clock_ns(clock));                                       \
  }

COIL_TIME_CLOCK(time, CLOCK_REALTIME)
COIL_TIME_CLOCK(monotonic, CLOCK_MONOTONIC)
COIL_TIME_CLOCK(perf_counter, CLOCK_MONOTONIC)
COIL_TIME_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
COIL_TIME_CLOCK(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef COIL_TIME_CLOCK

// sleep(secs): a KeyboardInterrupt (SIGINT) ends it early.
Value t_sleep(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("sleep", kwnames);
  check_nargs("sleep", nargs, 1, 1);
  Value v = args[0];
  double secs;
  if (v.is_double()) {
    secs = v.as_double();
    if (std::isnan(secs)) raise(exc::ValueError, "Invalid value NaN (not a number)");
  } else {
    secs = static_cast<double>(index_value(index_int(v)));
  }
  if (secs < 0) raise(exc::ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) raise(exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  struct timespec req;
  req.tv_sec = static_cast<time_t>(secs);
  req.tv_nsec = static_cast<long>((secs - static_cast<double>(req.tv_sec)) * 1e9);
  if (req.tv_nsec >= 1000000000) req.tv_nsec = 999999999;
  struct timespec rem;
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
    if (vm.pending_signal) {
      vm.pending_signal = 0;
      throw PyException{new_exception_args(exc::KeyboardInterrupt, empty_tuple())};
    }
    req = rem;
  }
  return Value::none();
}

const MethodDef kTimeFunctions[] = {
    {"time", t_time, MethodDef::kStatic},
    {"time_ns", t_time_ns, MethodDef::kStatic},
    {"monotonic", t_monotonic, MethodDef::kStatic},
    {"monotonic_ns", t_monotonic_ns, MethodDef::kStatic},
    {"perf_counter", t_perf_counter, MethodDef::kStatic},
    {"perf_counter_ns", t_perf_counter_ns, MethodDef::kStatic},
    {"process_time", t_process_time, MethodDef::kStatic},
    {"process_time_ns", t_process_time_ns, MethodDef::kStatic},
    {"thread_time", t_thread_time, MethodDef::kStatic},
    {"thread_time_ns", t_thread_time_ns, MethodDef::kStatic},
    {"sleep", t_sleep, MethodDef::kStatic},
};

}  // namespace

Module* make_time_module() { return make_native_module("time", kTimeFunctions); }

}  // namespace coil
