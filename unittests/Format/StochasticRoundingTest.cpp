//===- StochasticRoundingTest.cpp - Philox and stochastic rounding --------===//
//
// docs/spec.md section 7: the model's Philox4x32-10 and the reference's
// against the specification's known answers and each other, and the mean of
// many stochastic roundings of one value against the bound the section gives.
//
//===----------------------------------------------------------------------===//

#include "Reference/BruteForceFormat.h"

#include "altgrad/Format/Format.h"
#include "altgrad/Format/Philox.h"

#include "gtest/gtest.h"

#include <cmath>

using namespace altgrad;

namespace {

struct KnownAnswer {
  PhiloxCounter counter;
  PhiloxKey key;
  PhiloxCounter words;
};

// docs/spec.md section 7 (Random123's known-answer tests).
const KnownAnswer kKnownAnswers[] = {
    {{0, 0, 0, 0}, {0, 0}, {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}},
    {{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff},
     {0xffffffff, 0xffffffff},
     {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd}},
    {{0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344},
     {0xa4093822, 0x299f31d0},
     {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1}},
};

TEST(PhiloxTest, ModelGivesTheKnownAnswers) {
  for (const KnownAnswer &answer : kKnownAnswers)
    EXPECT_EQ(philox4x32_10(answer.counter, answer.key), answer.words);
}

TEST(PhiloxTest, ReferenceGivesTheKnownAnswers) {
  for (const KnownAnswer &answer : kKnownAnswers)
    EXPECT_EQ(reference::philox(answer.counter, answer.key), answer.words);
}

// The counter layout: index / 4 and the offset split into 32-bit halves,
// including halves that only 64-bit values reach.
TEST(PhiloxTest, WordsOfElementsMatchTheReference) {
  for (uint64_t seed : {uint64_t(0), uint64_t(42), uint64_t(0x123456789abcdef)})
    for (uint64_t offset : {uint64_t(0), uint64_t(7), uint64_t(1) << 40})
      for (uint64_t index :
           {uint64_t(0), uint64_t(1), uint64_t(3), uint64_t(4), uint64_t(1001),
            uint64_t(1) << 35, (uint64_t(1) << 35) + 2})
        EXPECT_EQ(stochasticRoundingWord(seed, offset, index),
                  reference::randomWord(seed, offset, index))
            << seed << " " << offset << " " << index;
  // Element 4b + j is word j of block b.
  PhiloxCounter block1 = philox4x32_10({1, 0, 7, 0}, {42, 0});
  for (unsigned j = 0; j < 4; ++j)
    EXPECT_EQ(stochasticRoundingWord(42, 7, 4 + j), block1[j]);
}

// The mean of n roundings of y with the words of n elements is y to within
// SPEC's bias bound (hi - lo) * 2^-32 plus six standard deviations of the
// mean of n draws: the seed is fixed, so the result is too, and the bound
// comes from n and the probability D / 2^32.
TEST(StochasticRoundingTest, MeanIsTheValueWithinTheBound) {
  const uint64_t n = 1 << 20;
  for (const char *name : {"E5M2", "E4M3FN", "E3M4", "E0M7", "E2M1"}) {
    Format format = *Format::lookup(name);
    for (float y : {0.3f, 0.7f, -0.0021f, 0.4f}) {
      double lo = format.value(format.quantizeStochastic(y, 1.0f, 0));
      double hi = format.value(format.quantizeStochastic(y, 1.0f, ~0u));
      ASSERT_NE(lo, hi) << name << " " << y;
      double p = (y - lo) / (hi - lo);
      double sum = 0;
      for (uint64_t i = 0; i < n; ++i)
        sum += format.value(format.quantizeStochastic(
            y, 1.0f, stochasticRoundingWord(2026, 3, i)));
      double bound = std::fabs(hi - lo) *
                     (std::ldexp(1.0, -32) + 6 * std::sqrt(p * (1 - p) / n));
      EXPECT_LE(std::fabs(sum / n - y), bound) << name << " " << y;
    }
  }
}

} // namespace
