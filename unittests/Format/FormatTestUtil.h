//===- FormatTestUtil.h - Inputs and helpers of the tests -------*- C++ -*-===//
//
// The inputs every quantization test feeds to both sides of a comparison:
// every f16 and bf16 bit pattern, a sweep over every f32 exponent, special
// values, and the rounding boundaries of one format.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_FORMAT_FORMATTESTUTIL_H
#define ALTGRAD_UNITTESTS_FORMAT_FORMATTESTUTIL_H

#include "Reference/BruteForceFormat.h"
#include "Reference/FromModel.h"

#include "altgrad/Format/Format.h"

#include "llvm/ADT/ArrayRef.h"

#include "gtest/gtest.h"

#include <cstdint>
#include <string>
#include <vector>

namespace altgrad_test {

float fromBits(uint32_t bits);
uint32_t toBits(float x);
/// Bit-identical, or both NaN.
bool sameFloat(float a, float b);
bool sameDouble(double a, double b);
/// "0x3f800000 (0x1p+0)", for failure messages.
std::string describe(float x);

/// Counts the disagreements of a sweep and reports only the first few, so
/// that a broken implementation prints readable cases, not millions.
class Disagreements {
public:
  /// `describe` runs only for a reported disagreement.
  template <typename Describe> void check(bool agree, Describe describe) {
    if (!agree && ++count <= 8)
      ADD_FAILURE() << describe();
  }
  unsigned count = 0;
};

/// All 65,536 f16 bit patterns, extended exactly to f32.
llvm::ArrayRef<float> halfInputs();
/// All 65,536 bf16 bit patterns as f32.
llvm::ArrayRef<float> bfloatInputs();
/// Both signs of every biased f32 exponent (subnormals, Inf and NaN
/// included), each with a strided spread of mantissas and their edges.
llvm::ArrayRef<float> f32SweepInputs();
/// Zeros, infinities, NaNs with payloads, f32 subnormals and the f32 extremes.
llvm::ArrayRef<float> specialInputs();

/// The rounding boundaries of a format, times `scale`: every finite value,
/// every midpoint between neighbouring values (including the one between the
/// largest finite value and the next value of the unbounded-exponent format,
/// where IEEE overflow starts), and the two f32 neighbours of each. The
/// neighbours of a midpoint are also the double-rounding canaries: rounding
/// them through f16 or bf16 first would land on the midpoint.
std::vector<float> boundaryInputs(const reference::BruteForceFormat &format,
                                  float scale);

} // namespace altgrad_test

#endif // ALTGRAD_UNITTESTS_FORMAT_FORMATTESTUTIL_H
