//===- BruteForceBlockScale.h - Brute-force block scales --------*- C++ -*-===//
//
// A second reading of docs/spec.md section 8 on the brute-force formats:
// exponents found by scanning powers of two, nothing shared with
// altgrad's format model or lowering.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_REFERENCE_BRUTEFORCEBLOCKSCALE_H
#define ALTGRAD_UNITTESTS_REFERENCE_BRUTEFORCEBLOCKSCALE_H

#include "Reference/BruteForceFormat.h"

#include <cstdint>
#include <vector>

namespace reference {

enum class BlockRule { Floor, RCeil, TwoLevel };

/// The E8M0 code of a block's power-of-two scale (Floor or RCeil) from the
/// block's elements.
uint8_t powerOfTwoScale(const BruteForceFormat &element,
                        const std::vector<float> &block, BlockRule rule);
/// 2^(code - 127), NaN for 255.
float e8m0(uint8_t code);

struct BlockQuantized {
  std::vector<uint8_t> codes, scales;
  float tensorScale = 1.0f;
};
/// Rows of `length` elements in blocks of `blockSize`, the last of each row
/// possibly shorter.
BlockQuantized blockQuantize(const BruteForceFormat &element,
                             const std::vector<float> &x, size_t length,
                             size_t blockSize, BlockRule rule);
std::vector<float> blockDequantize(const BruteForceFormat &element,
                                   const BlockQuantized &q, size_t length,
                                   size_t blockSize, BlockRule rule);

} // namespace reference

#endif // ALTGRAD_UNITTESTS_REFERENCE_BRUTEFORCEBLOCKSCALE_H
