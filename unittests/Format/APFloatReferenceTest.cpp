//===- APFloatReferenceTest.cpp - The reference against llvm::APFloat -----===//
//
// Checks the brute-force reference against llvm::APFloat on the nine formats
// that both know, so that the reference the model is tested against is
// itself anchored to an implementation outside altgrad.
//
//===----------------------------------------------------------------------===//

#include "FormatTestUtil.h"
#include "Reference/BruteForceFormat.h"

#include "llvm/ADT/APFloat.h"

#include "gtest/gtest.h"

#include <cmath>

using namespace altgrad_test;
using llvm::APFloat;
using reference::BruteForceFormat;
using reference::Rule;

namespace {

/// A builtin APFloat semantics and the parameters docs/spec.md gives it.
struct BuiltinPair {
  const char *name;
  const llvm::fltSemantics &(*semantics)();
  unsigned exponentBits, mantissaBits;
  int bias;
  Rule rule;
};

void PrintTo(const BuiltinPair &pair, std::ostream *os) { *os << pair.name; }

const BuiltinPair kPairs[] = {
    {"Float8E5M2", APFloat::Float8E5M2, 5, 2, 15, Rule::IEEE},
    {"Float8E3M4", APFloat::Float8E3M4, 3, 4, 3, Rule::IEEE},
    {"Float8E4M3FN", APFloat::Float8E4M3FN, 4, 3, 7, Rule::FN},
    {"Float8E4M3", APFloat::Float8E4M3, 4, 3, 7, Rule::IEEE},
    {"Float8E5M2FNUZ", APFloat::Float8E5M2FNUZ, 5, 2, 16, Rule::FNUZ},
    {"Float8E4M3FNUZ", APFloat::Float8E4M3FNUZ, 4, 3, 8, Rule::FNUZ},
    {"Float6E2M3FN", APFloat::Float6E2M3FN, 2, 3, 1, Rule::None},
    {"Float6E3M2FN", APFloat::Float6E3M2FN, 3, 2, 3, Rule::None},
    {"Float4E2M1FN", APFloat::Float4E2M1FN, 2, 1, 1, Rule::None},
};

class APFloatReferenceTest : public testing::TestWithParam<BuiltinPair> {
protected:
  const llvm::fltSemantics &semantics() const { return GetParam().semantics(); }
  BruteForceFormat makeReference() const {
    const BuiltinPair &pair = GetParam();
    return BruteForceFormat(pair.exponentBits, pair.mantissaBits, pair.bias,
                            pair.rule);
  }
  unsigned bits() const { return APFloat::getSizeInBits(semantics()); }
  unsigned codeOf(const APFloat &value) const {
    return unsigned(value.bitcastToAPInt().getZExtValue());
  }
};

TEST_P(APFloatReferenceTest, DecodesEveryCode) {
  BruteForceFormat ref = makeReference();
  ASSERT_EQ(ref.numCodes(), 1u << bits());
  for (unsigned code = 0; code < ref.numCodes(); ++code) {
    APFloat expected(semantics(), llvm::APInt(bits(), code));
    EXPECT_EQ(ref.isNaN(code), expected.isNaN()) << code;
    EXPECT_EQ(ref.isInf(code), expected.isInfinity()) << code;
    if (expected.isNaN())
      continue;
    bool losesInfo;
    expected.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                     &losesInfo);
    EXPECT_TRUE(sameDouble(ref.value(code), expected.convertToDouble()))
        << "code " << code << ": " << ref.value(code) << " vs "
        << expected.convertToDouble();
  }
  EXPECT_EQ(ref.largestCode(false),
            codeOf(APFloat::getLargest(semantics(), false)));
  EXPECT_EQ(ref.largestCode(true),
            codeOf(APFloat::getLargest(semantics(), true)));
  EXPECT_EQ(ref.smallestPositive(),
            APFloat::getSmallest(semantics()).convertToDouble());
  ASSERT_TRUE(ref.smallestNormal().has_value());
  EXPECT_EQ(*ref.smallestNormal(),
            APFloat::getSmallestNormalized(semantics()).convertToDouble());
}

TEST_P(APFloatReferenceTest, QuantizesLikeAPFloat) {
  BruteForceFormat ref = makeReference();
  Disagreements disagreements;
  auto check = [&](float x) {
    APFloat converted(x);
    bool losesInfo;
    converted.convert(semantics(), APFloat::rmNearestTiesToEven, &losesInfo);
    unsigned ieee = codeOf(converted);
    // APFloat has no saturating mode: clamp its overflows to the largest.
    unsigned saturated = ieee;
    if (!std::isnan(x) && (converted.isInfinity() || converted.isNaN()))
      saturated = codeOf(APFloat::getLargest(semantics(), std::signbit(x)));
    unsigned gotIEEE = ref.quantize(x, 1.0f, /*saturate=*/false);
    unsigned gotSaturated = ref.quantize(x, 1.0f, /*saturate=*/true);
    bool same;
    if (std::isnan(x) && ref.hasNaN()) {
      // APFloat keeps the top payload bits; docs/spec.md wants the canonical
      // NaN. Both are NaN, and of the input's sign where the NaN has one.
      bool signedNaN = !ref.isNaN(ref.signBit());
      unsigned signMask = signedNaN ? ref.signBit() : 0;
      same = converted.isNaN() && ref.isNaN(gotIEEE) &&
             ref.isNaN(gotSaturated) &&
             (gotIEEE & signMask) == (ieee & signMask) &&
             (gotSaturated & signMask) == (ieee & signMask);
    } else if (!std::isfinite(x) && !ref.hasNaN()) {
      // APFloat gives +-0 for NaN and Inf where the format has neither.
      return;
    } else {
      same = gotIEEE == ieee && gotSaturated == saturated;
    }
    disagreements.check(same, [&] {
      return "x = " + describe(x) + ": ieee " + std::to_string(gotIEEE) +
             " vs APFloat " + std::to_string(ieee) + ", saturate " +
             std::to_string(gotSaturated) + " vs " + std::to_string(saturated);
    });
  };
  for (llvm::ArrayRef<float> inputs :
       {halfInputs(), bfloatInputs(), f32SweepInputs(), specialInputs()})
    for (float x : inputs)
      check(x);
  for (float x : boundaryInputs(ref, 1.0f))
    check(x);
  EXPECT_EQ(disagreements.count, 0u);
}

INSTANTIATE_TEST_SUITE_P(Builtin, APFloatReferenceTest,
                         testing::ValuesIn(kPairs),
                         [](const testing::TestParamInfo<BuiltinPair> &info) {
                           return std::string(info.param.name);
                         });

} // namespace
