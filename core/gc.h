// Coil — the allocation interface.
// Every heap allocation of the VM goes through here, so that the conservative
// Boehm collector can later be replaced by a precise one without touching callers.
#pragma once

#include <cstddef>
#include <new>
#include <string>
#include <vector>

#include <gc/gc_allocator.h>

namespace coil {

// Starts the collector and points GMP's allocator at it. Call once, first.
void gc_init();

// Memory that may hold pointers: scanned, zero-filled.
void* gc_alloc(size_t bytes);
// Memory that never holds pointers (string bytes, GMP limbs): not scanned.
void* gc_alloc_atomic(size_t bytes);
// Grows or shrinks a block from gc_alloc/gc_alloc_atomic.
void* gc_realloc(void* p, size_t bytes);

// Registers a callback that pushes extra roots (the value stack's live part)
// at the start of every collection.
using RootPusher = void (*)();
void gc_add_root_pusher(RootPusher pusher);
// Marks [lo, hi) as live roots; only call from a RootPusher.
void gc_push_range(const void* lo, const void* hi);

// Constructs a T in scanned GC memory. T's destructor never runs: GC objects
// hold only GC memory (see GcVector) and plain data.
template <class T, class... Args>
T* gc_new(Args&&... args) {
  return new (gc_alloc(sizeof(T))) T(static_cast<Args&&>(args)...);
}

// Containers for use inside GC objects: their buffers are GC memory too.
template <class T> using GcVector = std::vector<T, gc_allocator<T>>;
using GcString = std::basic_string<char, std::char_traits<char>, gc_allocator<char>>;

}  // namespace coil
