//===- BlockScale.h - Block scales of docs/spec.md section 8 ---*- C++ -*-===//
//
// The scale rules of block scaling, from the element format's parameters:
// OCP Microscaling's power-of-two E8M0 scales (`floor`, and
// TransformerEngine's `rceil`) and NVFP4's two-level scales (an E4M3FN code
// per block and an f32 scale per tensor). The folders call these functions;
// the lowering emits the same rules as arith ops with constants from here.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_FORMAT_BLOCKSCALE_H
#define ALTGRAD_FORMAT_BLOCKSCALE_H

#include "altgrad/Format/Format.h"

#include <cstdint>
#include <string>

namespace altgrad {

/// How a block's scale is chosen.
enum class BlockScaleRule : uint8_t {
  /// 2^(floor(log2 amax) - emax), OCP MX v1.0.
  Floor,
  /// The smallest 2^e with amax <= largest * 2^e (TransformerEngine, torchao).
  RCeil,
  /// An E4M3FN block scale times one f32 scale per tensor (NVFP4).
  TwoLevel,
};

/// The E8M0 code of the NaN scale (MLIR's f8E8M0FNU); code c < 255 is
/// 2^(c - 127).
inline constexpr uint8_t kE8M0NaN = 255;
inline constexpr int kE8M0Bias = 127;
/// The f32 value of an E8M0 code.
float e8m0Value(uint8_t code);

/// floor(log2(largest finite)) of an element format: the `emax` of section 8.
int blockScaleEmax(const Format &element);

/// The E8M0 code of the scale of a block whose max |x| is `amax` (a NaN
/// or infinite amax gives the NaN scale); `rule` is Floor or RCeil.
uint8_t powerOfTwoBlockScale(const Format &element, float amax,
                             BlockScaleRule rule);

/// The format of two-level block scales, E4M3FN.
Format twoLevelScaleFormat();
/// The tensor scale's scale_min (docs/spec.md section 3's default).
inline constexpr float kTwoLevelScaleMin = 1.0e-10f;
/// largest_elem * 448 in f32: exact for every element format
/// diagnoseBlockScale accepts.
float twoLevelRange(const Format &element);
/// The f32 scale of a whole tensor whose max |x| is `amax`.
float twoLevelTensorScale(const Format &element, float amax);
/// The E4M3FN code of the scale of a block whose max |x| is `amax`.
uint8_t twoLevelBlockScale(const Format &element, float amax,
                           float tensorScale);
/// The f32 scale the elements of a block with scale code `code` divide by.
float twoLevelScaleValue(uint8_t code, float tensorScale);

/// The code of element `x` in a block whose scale is `scale` (e8m0Value or
/// twoLevelScaleValue of its code): saturating quantization, with the
/// element format's NaN code (+0 without NaN) for a NaN power-of-two scale
/// and +0 for a zero two-level scale.
uint8_t quantizeInBlock(const Format &element, float x, float scale,
                        BlockScaleRule rule);

/// Why `rule` cannot scale blocks of `element`, or an empty string.
std::string diagnoseBlockScale(const Format &element, BlockScaleRule rule);

/// The number of blocks of `blockSize` in a row of `length` elements (the
/// last may be shorter).
inline int64_t numBlocks(int64_t length, int64_t blockSize) {
  return (length + blockSize - 1) / blockSize;
}

} // namespace altgrad

#endif // ALTGRAD_FORMAT_BLOCKSCALE_H
