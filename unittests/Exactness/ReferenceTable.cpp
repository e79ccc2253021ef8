//===- ReferenceTable.cpp - The reference's quantization as runs ----------===//

#include "ReferenceTable.h"

#include <set>
#include <utility>

using namespace exactness;

static float floatOfBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

ReferenceTable::ReferenceTable(const reference::BruteForceFormat &reference,
                               bool saturate)
    : ReferenceTable(reference, [&](float y) {
        return reference.quantizeScaled(y, saturate);
      }) {}

ReferenceTable
ReferenceTable::stochastic(const reference::BruteForceFormat &reference,
                           uint32_t word) {
  return ReferenceTable(reference, [&](float y) {
    return reference.quantizeScaledStochastic(y, word);
  });
}

ReferenceTable::ReferenceTable(
    const reference::BruteForceFormat &reference,
    const std::function<uint8_t(float)> &quantizeScaled) {
  auto codeAt = [&](uint32_t key) {
    return quantizeScaled(floatOfBits(bitsOfKey(key)));
  };
  // A run is identified by its code, and by the sign of its inputs where the
  // code is NaN: fnuz formats overflow to their one NaN on both sides.
  auto identity = [&](uint32_t key) {
    uint8_t code = codeAt(key);
    bool negative = key < 0x80000000u;
    return std::make_pair(code, reference.isNaN(code) && negative);
  };

  const uint32_t first = orderKey(0xff800000u); // -Inf
  const uint32_t last = orderKey(0x7f800000u);  // +Inf
  std::set<std::pair<uint8_t, bool>> seen;
  uint32_t start = first;
  auto current = identity(start);
  for (;;) {
    if (!seen.insert(current).second) {
      error_ = "the reference's code " + std::to_string(current.first) +
               " comes back after another code: it is not monotone";
      return;
    }
    runStart.push_back(start);
    runCode.push_back(current.first);
    if (identity(last) == current)
      break;
    // The first key past `start` of another run: identity(low) is current,
    // identity(high) is not.
    uint32_t low = start, high = last;
    while (high - low > 1) {
      uint32_t middle = low + (high - low) / 2;
      (identity(middle) == current ? low : high) = middle;
    }
    start = high;
    current = identity(start);
  }

  blockRun.resize(size_t(1) << (32 - kBlockShift));
  uint32_t run = 0;
  for (size_t block = 0; block < blockRun.size(); ++block) {
    uint32_t key = uint32_t(block << kBlockShift);
    while (run + 1 < runStart.size() && runStart[run + 1] <= key)
      ++run;
    blockRun[block] = run;
  }
  nanCodes[0] = quantizeScaled(floatOfBits(0x7fc00000u));
  nanCodes[1] = quantizeScaled(floatOfBits(0xffc00000u));
}
