//===- Philox.cpp - The random words of stochastic rounding ---------------===//

#include "altgrad/Format/Philox.h"

using namespace altgrad;

PhiloxCounter altgrad::philox4x32_10(PhiloxCounter counter, PhiloxKey key) {
  for (unsigned round = 0; round < kPhiloxRounds; ++round) {
    if (round != 0) {
      key[0] += kPhiloxWeyl[0];
      key[1] += kPhiloxWeyl[1];
    }
    uint64_t product0 = uint64_t(kPhiloxMultipliers[0]) * counter[0];
    uint64_t product1 = uint64_t(kPhiloxMultipliers[1]) * counter[2];
    counter = {
        uint32_t(product1 >> 32) ^ counter[1] ^ key[0], uint32_t(product1),
        uint32_t(product0 >> 32) ^ counter[3] ^ key[1], uint32_t(product0)};
  }
  return counter;
}

uint32_t altgrad::stochasticRoundingWord(uint64_t seed, uint64_t offset,
                                         uint64_t index) {
  uint64_t block = index / 4;
  PhiloxCounter words =
      philox4x32_10({uint32_t(block), uint32_t(block >> 32), uint32_t(offset),
                     uint32_t(offset >> 32)},
                    {uint32_t(seed), uint32_t(seed >> 32)});
  return words[index % 4];
}
