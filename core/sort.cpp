// Coil — list.sort: a stable natural merge sort ("timsort-lite").
//
// The algorithm follows timsort's outline without galloping: find natural
// runs (strictly descending ones are reversed in place, which keeps the sort
// stable), extend short runs to `minrun` with binary insertion sort, keep a
// stack of pending runs whose lengths obey timsort's invariants, and merge
// neighbours through a scratch buffer holding the shorter run. Before each
// merge, two binary searches trim the prefix of the left run and the suffix
// of the right run that are already in place, which makes nearly sorted
// input (the common case) close to linear.
//
// Only `<` is used, as CPython does. Comparisons are specialised once per
// sort: all small ints, all floats, all exact strs (bytewise UTF-8 order is
// code-point order), all exact tuples (items compared with inline fast
// paths), else the generic protocol, which may run user code and raise. A comparison that raises leaves the array a permutation of its
// input: every merge copies its scratch remainder back before rethrowing.
// The scratch buffer is GC memory, since while a merge runs it holds the
// only reference to some items.
#include <algorithm>
#include <cstring>

#include "core/containers_internal.h"
#include "core/errors.h"
#include "core/list.h"
#include "core/ops.h"
#include "core/str.h"
#include "core/tuple.h"

namespace coil {

namespace {

// ---- Element kinds: plain values, or (key, value) pairs ---------------------

struct KeyedItem {
  Value key;
  Value value;
};

inline Value key_of(Value v) { return v; }
inline Value key_of(const KeyedItem& p) { return p.key; }

// ---- Comparators ------------------------------------------------------------

struct IntLess {
  bool operator()(Value a, Value b) const { return a.as_int() < b.as_int(); }
};
struct FloatLess {
  bool operator()(Value a, Value b) const { return a.as_double() < b.as_double(); }
};
struct StrLess {
  bool operator()(Value a, Value b) const {
    const Str* x = a.as<Str>();
    const Str* y = b.as<Str>();
    size_t n = static_cast<size_t>(std::min(x->size, y->size));
    int c = std::memcmp(x->data(), y->data(), n);
    return c < 0 || (c == 0 && x->size < y->size);
  }
};
struct GenericLess {
  bool operator()(Value a, Value b) const { return compare_bool(a, b, CompareOp::LT); }
};

// a < b for two items of tuples: same-kind fast paths, else the protocol.
inline bool item_less(Value a, Value b) {
  if (a.is_int() && b.is_int()) return a.as_int() < b.as_int();
  if (a.is_double() && b.is_double()) return a.as_double() < b.as_double();
  if (detail::is_exact_str(a) && detail::is_exact_str(b)) return StrLess()(a, b);
  return compare_bool(a, b, CompareOp::LT);
}

// Exact tuples: lexicographic, as tuple.__lt__ (CPython's unsafe_tuple_compare).
struct TupleLess {
  bool operator()(Value a, Value b) const {
    const Tuple* x = a.as<Tuple>();
    const Tuple* y = b.as<Tuple>();
    int64_t n = std::min(x->length, y->length);
    int64_t i = 0;
    for (; i < n; i++) {
      Value p = (*x)[i], q = (*y)[i];
      if (p.is(q)) continue;
      if (!detail::fast_equals(p, q)) break;
    }
    if (i >= n) return x->length < y->length;
    return item_less((*x)[i], (*y)[i]);
  }
};

// Applies a key comparator to elements, optionally reversed (stability is
// kept: a reversed sort compares b < a, so equal keys keep their order).
template <class KeyLess, bool kReverse>
struct ElemLess {
  KeyLess less;
  template <class E>
  bool operator()(const E& a, const E& b) const {
    return kReverse ? less(key_of(b), key_of(a)) : less(key_of(a), key_of(b));
  }
};

// ---- The sort ---------------------------------------------------------------

template <class E, class Less>
class MergeSorter {
 public:
  MergeSorter(E* a, int64_t n, Less less) : a_(a), n_(n), less_(less) {}

  void sort() {
    if (n_ < 2) return;
    int64_t minrun = compute_minrun(n_);
    int64_t lo = 0;
    while (lo < n_) {
      int64_t remaining = n_ - lo;
      int64_t run = count_run(a_ + lo, remaining);
      if (run < minrun) {
        int64_t force = std::min(minrun, remaining);
        binary_insertion_sort(a_ + lo, force, run);
        run = force;
      }
      runs_[nruns_++] = {lo, run};
      merge_collapse();
      lo += run;
    }
    while (nruns_ > 1) {
      int64_t at = nruns_ - 2;
      if (at > 0 && runs_[at - 1].len < runs_[at + 1].len) at--;
      merge_at(at);
    }
  }

 private:
  struct Run {
    int64_t base, len;
  };

  static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // Length of the run starting at p; a strictly descending run is reversed.
  int64_t count_run(E* p, int64_t n) {
    if (n == 1) return 1;
    int64_t k = 2;
    if (less_(p[1], p[0])) {
      while (k < n && less_(p[k], p[k - 1])) k++;
      std::reverse(p, p + k);
    } else {
      while (k < n && !less_(p[k], p[k - 1])) k++;
    }
    return k;
  }

  // Sorts p[0, n) given that p[0, sorted) is already sorted.
  void binary_insertion_sort(E* p, int64_t n, int64_t sorted) {
    if (sorted < 1) sorted = 1;
    for (int64_t i = sorted; i < n; i++) {
      E pivot = p[i];
      int64_t lo = 0, hi = i;
      while (lo < hi) {
        int64_t mid = lo + ((hi - lo) >> 1);
        if (less_(pivot, p[mid])) hi = mid;
        else lo = mid + 1;
      }
      std::memmove(static_cast<void*>(p + lo + 1), p + lo, static_cast<size_t>(i - lo) * sizeof(E));
      p[lo] = pivot;
    }
  }

  // Keeps timsort's invariants on the run stack (with the 2015 fix).
  void merge_collapse() {
    while (nruns_ > 1) {
      int64_t n = nruns_ - 2;
      if ((n > 0 && runs_[n - 1].len <= runs_[n].len + runs_[n + 1].len) ||
          (n > 1 && runs_[n - 2].len <= runs_[n - 1].len + runs_[n].len)) {
        if (runs_[n - 1].len < runs_[n + 1].len) n--;
      } else if (runs_[n].len > runs_[n + 1].len) {
        break;
      }
      merge_at(n);
    }
  }

  // Merges runs i and i + 1 of the stack.
  void merge_at(int64_t i) {
    E* pa = a_ + runs_[i].base;
    int64_t na = runs_[i].len;
    E* pb = a_ + runs_[i + 1].base;
    int64_t nb = runs_[i + 1].len;
    runs_[i].len = na + nb;
    if (i == nruns_ - 3) runs_[i + 1] = runs_[i + 2];
    nruns_--;

    // Items of A not greater than B[0] are already in place.
    int64_t lo = 0, hi = na;
    while (lo < hi) {
      int64_t mid = lo + ((hi - lo) >> 1);
      if (less_(pb[0], pa[mid])) hi = mid;
      else lo = mid + 1;
    }
    pa += lo;
    na -= lo;
    if (na == 0) return;
    // Items of B not less than A's last item are already in place.
    lo = 0;
    hi = nb;
    while (lo < hi) {
      int64_t mid = lo + ((hi - lo) >> 1);
      if (less_(pb[mid], pa[na - 1])) lo = mid + 1;
      else hi = mid;
    }
    nb = lo;
    if (nb == 0) return;
    if (na <= nb) merge_lo(pa, na, pb, nb);
    else merge_hi(pa, na, pb, nb);
  }

  E* scratch(int64_t n) {
    if (n > tmp_size_) {
      tmp_ = static_cast<E*>(gc_alloc(static_cast<size_t>(n) * sizeof(E)));
      tmp_size_ = n;
    }
    return tmp_;
  }

  // Merges A (shorter, copied out) and B forwards into A's place.
  void merge_lo(E* pa, int64_t na, E* pb, int64_t nb) {
    E* tmp = scratch(na);
    std::memcpy(static_cast<void*>(tmp), pa, static_cast<size_t>(na) * sizeof(E));
    E* a = tmp;
    E* ea = tmp + na;
    E* b = pb;
    E* eb = pb + nb;
    E* dest = pa;
    try {
      while (a < ea && b < eb) {
        if (less_(*b, *a)) *dest++ = *b++;
        else *dest++ = *a++;
      }
    } catch (...) {
      std::memcpy(static_cast<void*>(dest), a, static_cast<size_t>(ea - a) * sizeof(E));
      throw;
    }
    std::memcpy(static_cast<void*>(dest), a, static_cast<size_t>(ea - a) * sizeof(E));
  }

  // Merges A and B (shorter, copied out) backwards into B's place.
  void merge_hi(E* pa, int64_t na, E* pb, int64_t nb) {
    E* tmp = scratch(nb);
    std::memcpy(static_cast<void*>(tmp), pb, static_cast<size_t>(nb) * sizeof(E));
    E* a = pa + na - 1;     // last of A
    E* b = tmp + nb - 1;    // last of B
    E* dest = pb + nb - 1;
    try {
      while (a >= pa && b >= tmp) {
        if (less_(*b, *a)) *dest-- = *a--;
        else *dest-- = *b--;
      }
    } catch (...) {
      int64_t left = b - tmp + 1;
      std::memcpy(static_cast<void*>(dest - left + 1), tmp, static_cast<size_t>(left) * sizeof(E));
      throw;
    }
    int64_t left = b - tmp + 1;
    if (left > 0) std::memcpy(static_cast<void*>(dest - left + 1), tmp, static_cast<size_t>(left) * sizeof(E));
  }

  E* a_;
  int64_t n_;
  Less less_;
  Run runs_[85];  // enough for 2^64 items under the invariants
  int nruns_ = 0;
  E* tmp_ = nullptr;
  int64_t tmp_size_ = 0;
};

template <class E, class KeyLess>
void sort_with(E* a, int64_t n, bool reverse) {
  if (reverse) MergeSorter<E, ElemLess<KeyLess, true>>(a, n, {}).sort();
  else MergeSorter<E, ElemLess<KeyLess, false>>(a, n, {}).sort();
}

enum class KeyKind { INT, FLOAT, STR, TUPLE, GENERIC };

KeyKind classify(const Value* keys, int64_t n) {
  Value k0 = keys[0];
  if (k0.is_int()) {
    for (int64_t i = 1; i < n; i++)
      if (!keys[i].is_int()) return KeyKind::GENERIC;
    return KeyKind::INT;
  }
  if (k0.is_double()) {
    for (int64_t i = 1; i < n; i++)
      if (!keys[i].is_double()) return KeyKind::GENERIC;
    return KeyKind::FLOAT;
  }
  if (detail::is_exact_str(k0)) {
    for (int64_t i = 1; i < n; i++)
      if (!detail::is_exact_str(keys[i])) return KeyKind::GENERIC;
    return KeyKind::STR;
  }
  if (k0.is_object() && k0.as_object()->type == types::tuple) {
    for (int64_t i = 1; i < n; i++)
      if (!keys[i].is_object() || keys[i].as_object()->type != types::tuple) return KeyKind::GENERIC;
    return KeyKind::TUPLE;
  }
  return KeyKind::GENERIC;
}

template <class E>
void sort_elems(E* a, int64_t n, KeyKind kind, bool reverse) {
  switch (kind) {
    case KeyKind::INT: return sort_with<E, IntLess>(a, n, reverse);
    case KeyKind::FLOAT: return sort_with<E, FloatLess>(a, n, reverse);
    case KeyKind::STR: return sort_with<E, StrLess>(a, n, reverse);
    case KeyKind::TUPLE: return sort_with<E, TupleLess>(a, n, reverse);
    case KeyKind::GENERIC: return sort_with<E, GenericLess>(a, n, reverse);
  }
}

}  // namespace

void sort_values(Value* values, Value* keys, int64_t n, bool reverse) {
  if (n < 2) return;
  KeyKind kind = classify(keys, n);
  if (keys == values) return sort_elems(values, n, kind, reverse);
  auto* pairs = static_cast<KeyedItem*>(gc_alloc(static_cast<size_t>(n) * sizeof(KeyedItem)));
  for (int64_t i = 0; i < n; i++) pairs[i] = {keys[i], values[i]};
  try {
    sort_elems(pairs, n, kind, reverse);
  } catch (...) {
    for (int64_t i = 0; i < n; i++) values[i] = pairs[i].value;
    throw;
  }
  for (int64_t i = 0; i < n; i++) values[i] = pairs[i].value;
}

void list_sort(List* l, Value key, bool reverse) {
  // The list is emptied while it is sorted, as CPython does, so that
  // comparisons and key calls see an empty list; any mutation sets capacity
  // back to >= 0, which is how "list modified during sort" is detected.
  int64_t n = l->length;
  Value* saved = l->items;
  int64_t saved_capacity = l->capacity;
  l->length = 0;
  l->items = nullptr;
  l->capacity = -1;
  auto restore = [&] {
    l->length = n;
    l->items = saved;
    l->capacity = saved_capacity;
  };
  try {
    Value* keys = saved;
    if (!key.is_empty() && !key.is_none() && n > 0) {
      keys = static_cast<Value*>(gc_alloc(static_cast<size_t>(n) * sizeof(Value)));
      for (int64_t i = 0; i < n; i++) keys[i] = call(key, {saved[i]});
    }
    sort_values(saved, keys, n, reverse);
  } catch (...) {
    restore();
    throw;
  }
  bool modified = l->capacity != -1;
  restore();
  if (modified) raise(exc::ValueError, "list modified during sort");
}

}  // namespace coil
