// Coil — the time module: clocks (wall, monotonic, performance, process
// CPU) in seconds and nanoseconds, sleep(), and calendar time (struct_time,
// localtime, gmtime, mktime, strftime, asctime, ctime, the timezone data).
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cmath>
#include <ctime>
#include <string>
#include <vector>

#include "core/args.h"
#include "core/builtins_internal.h"
#include "core/dict.h"
#include "core/errors.h"
#include "core/float.h"
#include "core/function.h"
#include "core/int.h"
#include "core/interp.h"
#include "core/str.h"
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

// ---- calendar time: struct_time, localtime, gmtime, mktime, strftime ----

Type* g_struct_time;

Value struct_time_from(const struct tm& t) {
  Value v[11] = {make_int(t.tm_year + 1900LL), Value::small_int(t.tm_mon + 1), Value::small_int(t.tm_mday),
                 Value::small_int(t.tm_hour),  Value::small_int(t.tm_min),     Value::small_int(t.tm_sec),
                 Value::small_int((t.tm_wday + 6) % 7), Value::small_int(t.tm_yday + 1),
                 Value::small_int(t.tm_isdst), str_value(t.tm_zone ? t.tm_zone : ""), make_int(t.tm_gmtoff)};
  return make_struct_seq(g_struct_time, v, 11);
}

// The seconds argument of localtime/gmtime/ctime: now when absent or None.
time_t seconds_arg(const Value* args, size_t nargs) {
  if (nargs == 0 || args[0].is_none()) return time(nullptr);
  Value v = args[0];
  double d;
  if (v.is_double()) {
    d = v.as_double();
    if (std::isnan(d)) raise(exc::ValueError, "Invalid value NaN (not a number)");
    d = std::floor(d);
  } else {
    int64_t i;
    if (!int_to_i64(index_int(v), &i)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
    return static_cast<time_t>(i);
  }
  if (!(d >= -9.2e18 && d <= 9.2e18)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return static_cast<time_t>(d);
}

Value t_localtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("localtime", kwnames);
  check_nargs("localtime", nargs, 0, 1);
  time_t t = seconds_arg(args, nargs);
  struct tm buf;
  if (!localtime_r(&t, &buf)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return struct_time_from(buf);
}

Value t_gmtime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("gmtime", kwnames);
  check_nargs("gmtime", nargs, 0, 1);
  time_t t = seconds_arg(args, nargs);
  struct tm buf;
  if (!gmtime_r(&t, &buf)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  buf.tm_zone = "UTC";  // as CPython (glibc says "GMT")
  buf.tm_gmtoff = 0;
  return struct_time_from(buf);
}

// A struct tm from a 9-tuple or struct_time (CPython's gettmarg).
struct tm tm_arg(const char* fname, Value v) {
  if (!has_layout(v, Layout::TUPLE)) raise(exc::TypeError, "Tuple or struct_time argument required");
  Tuple* t = v.as<Tuple>();
  if (t->length != 9) raisef(exc::TypeError, "%s(): illegal time tuple argument", fname);
  int64_t f[9];
  for (int i = 0; i < 9; i++) {
    if (!is_int_like((*t)[i])) raisef(exc::TypeError, "%s(): illegal time tuple argument", fname);
    if (!int_to_i64((*t)[i], &f[i]) || f[i] < INT32_MIN || f[i] > INT32_MAX)
      raise(exc::OverflowError, "Python int too large to convert to C int");
  }
  struct tm buf = {};
  buf.tm_year = static_cast<int>(f[0] - 1900);
  buf.tm_mon = static_cast<int>(f[1] - 1);
  buf.tm_mday = static_cast<int>(f[2]);
  buf.tm_hour = static_cast<int>(f[3]);
  buf.tm_min = static_cast<int>(f[4]);
  buf.tm_sec = static_cast<int>(f[5]);
  buf.tm_wday = static_cast<int>((f[6] + 1) % 7);
  buf.tm_yday = static_cast<int>(f[7] - 1);
  buf.tm_isdst = static_cast<int>(f[8]);
  if (type_of(v) == g_struct_time) {
    Value zone = t->items()[9], off = t->items()[10];
    static std::string zone_text;  // tm_zone must outlive the call
    if (has_layout(zone, Layout::STR)) {
      zone_text = std::string(zone.as<Str>()->view());
      buf.tm_zone = zone_text.c_str();
    }
    int64_t o;
    if (is_int_like(off) && int_to_i64(off, &o)) buf.tm_gmtoff = o;
  }
  return buf;
}

// Range checks of strftime/asctime arguments (CPython's checktm).
void check_tm(struct tm& b, bool strftime_zeroes) {
  if (strftime_zeroes) {
    if (b.tm_mon == -1) b.tm_mon = 0;
    if (b.tm_mday == 0) b.tm_mday = 1;
    if (b.tm_yday == -1) b.tm_yday = 0;
  }
  if (b.tm_mon < 0 || b.tm_mon > 11) raise(exc::ValueError, "month out of range");
  if (b.tm_mday < 1 || b.tm_mday > 31) raise(exc::ValueError, "day of month out of range");
  if (b.tm_hour < 0 || b.tm_hour > 23) raise(exc::ValueError, "hour out of range");
  if (b.tm_min < 0 || b.tm_min > 59) raise(exc::ValueError, "minute out of range");
  if (b.tm_sec < 0 || b.tm_sec > 61) raise(exc::ValueError, "seconds out of range");
  if (b.tm_wday < 0) raise(exc::ValueError, "day of week out of range");
  if (b.tm_yday < 0 || b.tm_yday > 365) raise(exc::ValueError, "day of year out of range");
}

struct tm now_local() {
  time_t t = time(nullptr);
  struct tm buf;
  localtime_r(&t, &buf);
  return buf;
}

Value t_mktime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("mktime", kwnames);
  check_nargs("mktime", nargs, 1, 1);
  struct tm buf = tm_arg("mktime", args[0]);
  buf.tm_wday = -1;  // sentinel: mktime sets it on success
  time_t t = mktime(&buf);
  if (t == static_cast<time_t>(-1) && buf.tm_wday == -1) raise(exc::OverflowError, "mktime argument out of range");
  return Value::number(static_cast<double>(t));
}

Value t_strftime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("strftime", kwnames);
  check_nargs("strftime", nargs, 1, 2);
  if (!has_layout(args[0], Layout::STR))
    raisef(exc::TypeError, "strftime() argument 1 must be str, not %s", type_name(args[0]));
  struct tm buf = nargs > 1 ? tm_arg("strftime", args[1]) : now_local();
  check_tm(buf, true);
  std::string fmt(args[0].as<Str>()->view());
  if (fmt.find('\0') != std::string::npos) raise(exc::ValueError, "embedded null character");
  if (fmt.empty()) return str_value("");
  // strftime cannot tell "empty result" from "buffer too small": grow.
  for (size_t size = 1024;; size *= 2) {
    std::vector<char> out(size);
    size_t n = strftime(out.data(), size, fmt.c_str(), &buf);
    if (n > 0 || size > 256 * fmt.size() + 1024) {
      std::string_view text(out.data(), n);
      return Value::object(utf8_valid(text) ? make_str(text) : str_decode(text, "utf-8", "replace"));
    }
  }
}

constexpr const char* kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Value format_asctime(const struct tm& b) {
  char out[64];
  std::snprintf(out, sizeof out, "%s %s%3d %.2d:%.2d:%.2d %d", kWeekdays[b.tm_wday], kMonths[b.tm_mon], b.tm_mday,
                b.tm_hour, b.tm_min, b.tm_sec, 1900 + b.tm_year);
  return str_value(out);
}

Value t_asctime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("asctime", kwnames);
  check_nargs("asctime", nargs, 0, 1);
  struct tm buf = nargs ? tm_arg("asctime", args[0]) : now_local();
  check_tm(buf, false);
  return format_asctime(buf);
}

Value t_ctime(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("ctime", kwnames);
  check_nargs("ctime", nargs, 0, 1);
  time_t t = seconds_arg(args, nargs);
  struct tm buf;
  if (!localtime_r(&t, &buf)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return format_asctime(buf);
}

// timezone, altzone, daylight, tzname from January's and July's offsets,
// as CPython computes them on glibc.
void set_timezone_attrs(Dict* d) {
  tzset();
  const time_t year = static_cast<time_t>((365 * 24 + 6) * 3600);
  time_t t = (time(nullptr) / year) * year;
  struct tm jan, jul;
  localtime_r(&t, &jan);
  t += year / 2;
  localtime_r(&t, &jul);
  int64_t janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  Value janname = str_value(jan.tm_zone ? jan.tm_zone : ""), julname = str_value(jul.tm_zone ? jul.tm_zone : "");
  bool southern = janzone < julzone;
  dict_set_str(d, "timezone", make_int(southern ? julzone : janzone));
  dict_set_str(d, "altzone", make_int(southern ? janzone : julzone));
  dict_set_str(d, "daylight", Value::small_int(janzone != julzone));
  dict_set_str(d, "tzname", Value::object(southern ? make_tuple({julname, janname}) : make_tuple({janname, julname})));
}

const MethodDef kTimeFunctions[] = {
    {"localtime", t_localtime, MethodDef::kStatic},
    {"gmtime", t_gmtime, MethodDef::kStatic},
    {"mktime", t_mktime, MethodDef::kStatic},
    {"strftime", t_strftime, MethodDef::kStatic},
    {"asctime", t_asctime, MethodDef::kStatic},
    {"ctime", t_ctime, MethodDef::kStatic},
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

Module* make_time_module() {
  Module* m = make_native_module("time", kTimeFunctions);
  g_struct_time = make_struct_seq_type("time", "struct_time",
                                       {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                                        "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
                                       9);
  dict_set_str(m->dict, "struct_time", Value::object(g_struct_time));
  set_timezone_attrs(m->dict);
  return m;
}

}  // namespace coil
