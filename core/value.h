// Coil — the 64-bit Value word.
// Doubles and small ints are immediates; heap objects are raw, untagged
// pointers so that the conservative collector sees them as pointers.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace coil {

struct Object;

// Encoding (in the style of JavaScriptCore's, chosen so pointers stay raw):
//
//   0x0000_0000_0000_0000           Empty: "no value" (unbound local, pending
//                                   exception, exhausted iterator). Never
//                                   visible to Python code.
//   0x0000_0000_0000_00{02,06,07}   None, False, True.
//   0x0000_xxxx_xxxx_xxxx           Object* (48-bit user-space pointer).
//   0x0002_... .. 0xFFF2_...        double, stored as its bits + 2^49. NaNs are
//                                   canonicalized, so no double reaches the
//                                   int range.
//   0xFFFF_xxxx_xxxx_xxxx           small int: 48-bit two's complement.
//
// A small int is any int in [-2^47, 2^47); larger ones are heap big ints
// (core/bigint), so every int operation checks for overflow of this range.
class Value {
 public:
  static constexpr uint64_t kDoubleOffset = uint64_t{1} << 49;
  static constexpr uint64_t kDoubleEnd = 0xFFF3000000000000ull;  // -inf + 2^49 < this
  static constexpr uint64_t kIntTag = 0xFFFF000000000000ull;
  static constexpr uint64_t kPayloadMask = 0x0000FFFFFFFFFFFFull;
  static constexpr uint64_t kEmptyBits = 0, kNoneBits = 2, kFalseBits = 6, kTrueBits = 7;
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 47);
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 47) - 1;

  constexpr Value() : bits_(kEmptyBits) {}

  static constexpr Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  static constexpr Value empty() { return from_bits(kEmptyBits); }
  static constexpr Value none() { return from_bits(kNoneBits); }
  static constexpr Value boolean(bool b) { return from_bits(b ? kTrueBits : kFalseBits); }
  static constexpr Value small_int(int64_t i) {
    return from_bits((static_cast<uint64_t>(i) & kPayloadMask) | kIntTag);
  }
  static Value number(double d) {
    if (d != d) d = std::bit_cast<double>(uint64_t{0x7FF8000000000000ull});  // canonical NaN
    return from_bits(std::bit_cast<uint64_t>(d) + kDoubleOffset);
  }
  static Value object(const Object* o) { return from_bits(reinterpret_cast<uint64_t>(o)); }

  static constexpr bool fits_small_int(int64_t i) { return i >= kSmallIntMin && i <= kSmallIntMax; }

  constexpr uint64_t bits() const { return bits_; }
  constexpr bool is_empty() const { return bits_ == kEmptyBits; }
  constexpr bool is_none() const { return bits_ == kNoneBits; }
  constexpr bool is_bool() const { return (bits_ | 1) == kTrueBits; }
  constexpr bool is_true_const() const { return bits_ == kTrueBits; }
  constexpr bool is_int() const { return bits_ >= kIntTag; }
  constexpr bool is_double() const { return bits_ - kDoubleOffset < kDoubleEnd - kDoubleOffset; }
  constexpr bool is_object() const { return bits_ < (uint64_t{1} << 48) && bits_ > kTrueBits; }

  constexpr int64_t as_int() const { return static_cast<int64_t>(bits_ << 16) >> 16; }
  double as_double() const { return std::bit_cast<double>(bits_ - kDoubleOffset); }
  constexpr bool as_bool() const { return bits_ == kTrueBits; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
  template <class T> T* as() const { return static_cast<T*>(as_object()); }

  // Identity: Python's `is`. Equal immediates are the same object.
  constexpr bool is(Value o) const { return bits_ == o.bits_; }

 private:
  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);
// Every encodable double lands below 0xFFF3_0000_0000_0000 (−inf + 2^49 is
// 0xFFF2_...), so the range test in is_double() excludes exactly the int tag.
static_assert(Value::from_bits(0xFFF2000000000000ull).is_double());
static_assert(!Value::from_bits(Value::kIntTag).is_double());
static_assert(!Value::from_bits(0x0001FFFFFFFFFFFFull).is_double());

}  // namespace coil
