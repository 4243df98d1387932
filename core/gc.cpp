// Coil — the allocation interface, implemented on Boehm GC.
// This is the only file that includes the collector's headers (besides
// gc_allocator.h, which GcVector needs).
#include "core/gc.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <gmp.h>

#include <cstdio>
#include <cstdlib>

namespace coil {

namespace {

constexpr int kMaxRootPushers = 8;
RootPusher g_root_pushers[kMaxRootPushers];
int g_root_pusher_count = 0;
GC_push_other_roots_proc g_previous_push_other_roots = nullptr;

void push_other_roots() {
  if (g_previous_push_other_roots) g_previous_push_other_roots();
  for (int i = 0; i < g_root_pusher_count; i++) g_root_pushers[i]();
}

[[noreturn]] void out_of_memory(size_t bytes) {
  std::fprintf(stderr, "coil: out of memory allocating %zu bytes\n", bytes);
  std::abort();
}

// GMP allocation hooks: limbs hold no pointers.
void* gmp_alloc(size_t n) { return gc_alloc_atomic(n); }
void* gmp_realloc(void* p, size_t, size_t n) { return gc_realloc(p, n); }
void gmp_free(void*, size_t) {}

}  // namespace

void gc_init() {
  static bool initialized = false;
  if (initialized) return;
  initialized = true;
  GC_INIT();
  // A VM allocates a lot of small objects: a larger initial heap avoids many
  // early collections during start-up.
  GC_expand_hp(16 << 20);
  g_previous_push_other_roots = GC_get_push_other_roots();
  GC_set_push_other_roots(push_other_roots);
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void* gc_alloc(size_t bytes) {
  void* p = GC_MALLOC(bytes);
  if (!p) out_of_memory(bytes);
  return p;
}

void* gc_alloc_atomic(size_t bytes) {
  void* p = GC_MALLOC_ATOMIC(bytes);
  if (!p) out_of_memory(bytes);
  return p;
}

void* gc_realloc(void* p, size_t bytes) {
  void* q = GC_REALLOC(p, bytes);
  if (!q && bytes) out_of_memory(bytes);
  return q;
}

void gc_add_root_pusher(RootPusher pusher) {
  if (g_root_pusher_count == kMaxRootPushers) out_of_memory(0);
  g_root_pushers[g_root_pusher_count++] = pusher;
}

void gc_push_range(const void* lo, const void* hi) {
  GC_push_all_eager(const_cast<void*>(lo), const_cast<void*>(hi));
}

}  // namespace coil
