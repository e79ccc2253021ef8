//===- ReferenceTable.h - The reference's quantization as runs --*- C++ -*-===//
//
// A fast way to ask the brute-force reference for the code of many f32
// inputs. Ordered by value, the non-NaN f32 numbers form runs that quantize
// to one code each; the table finds the boundaries of these runs by bisection,
// asking only the reference (a few thousand calls), and then answers each
// input with an array lookup. It computes no rounding of its own: every
// answer is a reference answer at a point of the same run. The callers
// re-ask the reference for any input where a kernel disagrees with the table,
// so a wrong table cannot hide a mismatch; it can only cost time.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_EXACTNESS_REFERENCETABLE_H
#define ALTGRAD_UNITTESTS_EXACTNESS_REFERENCETABLE_H

#include "Reference/BruteForceFormat.h"

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace exactness {

/// The random words the stochastic checks give every element: the
/// boundary's extremes (0, 1, 2^31, 2^32 - 1) and two others.
inline constexpr unsigned kNumStochasticWords = 6;
inline constexpr uint32_t kStochasticWords[kNumStochasticWords] = {
    0u, 1u, 0x80000000u, 0xffffffffu, 0x9e3779b9u, 0x2545f491u};

class ReferenceTable {
public:
  /// Builds the runs of `reference.quantizeScaled(y, saturate)`. Fails (see
  /// error()) when a code identity repeats, i.e. the reference is not
  /// monotone in y.
  ReferenceTable(const reference::BruteForceFormat &reference, bool saturate);
  /// The runs of the reference's stochastic rounding with one fixed random
  /// word, which is monotone in y as round-to-nearest is.
  static ReferenceTable stochastic(const reference::BruteForceFormat &reference,
                                   uint32_t word);

  /// Empty when the table was built; otherwise why not.
  const std::string &error() const { return error_; }
  size_t numRuns() const { return runStart.size(); }
  /// The first key of each run, in increasing order.
  const std::vector<uint32_t> &runStarts() const { return runStart; }

  /// The reference's code of the already scaled f32 `y`.
  uint8_t lookup(float y) const {
    uint32_t bits;
    std::memcpy(&bits, &y, sizeof(bits));
    if ((bits & 0x7fffffffu) > 0x7f800000u)
      return nanCodes[bits >> 31];
    uint32_t key = orderKey(bits);
    uint32_t run = blockRun[key >> kBlockShift];
    while (run + 1 < runStart.size() && runStart[run + 1] <= key)
      ++run;
    return runCode[run];
  }

  /// f32 bit patterns as unsigned keys in the order of their values: -Inf
  /// lowest, -0 just below +0, +Inf highest; NaNs fall outside.
  static uint32_t orderKey(uint32_t bits) {
    return (bits & 0x80000000u) ? ~bits : bits | 0x80000000u;
  }
  static uint32_t bitsOfKey(uint32_t key) {
    return (key & 0x80000000u) ? key & 0x7fffffffu : ~key;
  }

private:
  static constexpr unsigned kBlockShift = 16;

  /// The runs of `quantizeScaled`, one of the reference's roundings.
  ReferenceTable(const reference::BruteForceFormat &reference,
                 const std::function<uint8_t(float)> &quantizeScaled);

  std::string error_;
  /// The first key of each run, increasing, and its code.
  std::vector<uint32_t> runStart;
  std::vector<uint8_t> runCode;
  /// For each block of 2^kBlockShift keys, the run holding its first key.
  std::vector<uint32_t> blockRun;
  uint8_t nanCodes[2];
};

} // namespace exactness

#endif // ALTGRAD_UNITTESTS_EXACTNESS_REFERENCETABLE_H
