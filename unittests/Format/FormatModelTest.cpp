//===- FormatModelTest.cpp - The format model against the reference -------===//
//
// Every registered format and a sweep of other valid formats: the model's
// decoding, quantization, dequantization, scale and stall predicate must
// agree bit for bit with the brute-force reference.
//
//===----------------------------------------------------------------------===//

#include "FormatTestUtil.h"
#include "Reference/BruteForceFormat.h"

#include "altgrad/Format/Format.h"

#include "llvm/ADT/STLExtras.h"

#include "gtest/gtest.h"

#include <cfloat>
#include <cmath>
#include <set>

using namespace altgrad;
using namespace altgrad_test;
using reference::BruteForceFormat;

namespace {

struct ModelCase {
  std::string name;
  unsigned exponentBits, mantissaBits;
  int bias;
  SpecialRule rule;
  bool registered;
};

void PrintTo(const ModelCase &c, std::ostream *os) { *os << c.name; }

/// The registry, then every (E, M, rule) that Format::diagnose accepts with
/// a few biases: the IEEE one, a shifted and a negative one, and the two
/// extremes that put values at the edges of the f32 range.
std::vector<ModelCase> modelCases() {
  std::vector<ModelCase> cases;
  for (const Format::Named &entry : Format::registry())
    cases.push_back({entry.name, entry.exponentBits, entry.mantissaBits,
                     entry.bias, entry.rule, true});
  for (unsigned width = 1; width <= 7; ++width) {
    for (unsigned e = 0; e <= width; ++e) {
      unsigned m = width - e;
      for (SpecialRule rule : {SpecialRule::IEEE, SpecialRule::FN,
                               SpecialRule::FNUZ, SpecialRule::None}) {
        std::vector<int> valid;
        for (int bias = -300; bias <= 300; ++bias)
          if (Format::diagnose(e, m, bias, rule).empty())
            valid.push_back(bias);
        if (valid.empty())
          continue;
        int ieeeBias = e ? (1 << (e - 1)) - 1 : 1;
        std::set<int> biases = {valid.front(), valid.back(), ieeeBias,
                                ieeeBias + 3, -2};
        for (int bias : biases) {
          if (!llvm::is_contained(valid, bias) ||
              llvm::any_of(Format::registry(), [&](const Format::Named &n) {
                return n.exponentBits == e && n.mantissaBits == m &&
                       n.bias == bias && n.rule == rule;
              }))
            continue;
          std::string name = "E" + std::to_string(e) + "M" + std::to_string(m) +
                             "_bias" + (bias < 0 ? "m" : "") +
                             std::to_string(std::abs(bias)) + "_" +
                             stringifySpecialRule(rule).str();
          cases.push_back({name, e, m, bias, rule, false});
        }
      }
    }
  }
  return cases;
}

class ModelVsReferenceTest : public testing::TestWithParam<ModelCase> {
protected:
  void SetUp() override {
    const ModelCase &c = GetParam();
    model = Format::get(c.exponentBits, c.mantissaBits, c.bias, c.rule);
    ASSERT_TRUE(model.has_value());
    ref.emplace(c.exponentBits, c.mantissaBits, c.bias,
                reference::fromModel(c.rule));
    ASSERT_TRUE(ref->isUsable());
  }

  /// Both overflow modes of every input, at one scale.
  void expectSameCodes(llvm::ArrayRef<float> inputs, float scale,
                       Disagreements &disagreements) const {
    for (float x : inputs) {
      for (bool saturate : {true, false}) {
        Overflow overflow = saturate ? Overflow::Saturate : Overflow::IEEE;
        unsigned got = model->quantize(x, scale, overflow);
        unsigned expected = ref->quantize(x, scale, saturate);
        disagreements.check(got == expected, [&] {
          return "quantize(" + describe(x) + ", " + describe(scale) + ", " +
                 (saturate ? "saturate" : "ieee") +
                 ") = " + std::to_string(got) + ", reference " +
                 std::to_string(expected);
        });
      }
    }
  }

  std::optional<Format> model;
  std::optional<BruteForceFormat> ref;
};

TEST_P(ModelVsReferenceTest, DecodesEveryCode) {
  ASSERT_EQ(model->numCodes(), ref->numCodes());
  for (unsigned code = 0; code < ref->numCodes(); ++code) {
    EXPECT_TRUE(sameDouble(model->value(code), ref->value(code)))
        << "code " << code << ": " << model->value(code) << ", reference "
        << ref->value(code);
    EXPECT_EQ(model->isNaN(code), ref->isNaN(code)) << code;
    EXPECT_EQ(model->isInf(code), ref->isInf(code)) << code;
    if (std::isfinite(ref->value(code))) {
      EXPECT_EQ(model->spacingAt(ref->value(code)), ref->spacingAbove(code))
          << code;
    }
  }
  EXPECT_EQ(model->hasNaN(), ref->hasNaN());
  EXPECT_EQ(model->hasInf(), ref->hasInf());
  EXPECT_EQ(model->hasNegativeZero(), !ref->isNaN(ref->signBit()));
  if (ref->hasNaN()) {
    EXPECT_EQ(model->nanCode(false), ref->nanCode(false));
    EXPECT_EQ(model->nanCode(true), ref->nanCode(true));
  }
  if (ref->hasInf()) {
    EXPECT_EQ(model->infCode(false), ref->infCode(false));
    EXPECT_EQ(model->infCode(true), ref->infCode(true));
  }
  EXPECT_EQ(model->maxFiniteMagnitude(), ref->largestCode(false));
  EXPECT_EQ(model->largestFinite(), ref->largestFinite());
  EXPECT_EQ(model->smallestSubnormal(), ref->smallestPositive());
  EXPECT_EQ(model->smallestNormal(), ref->smallestNormal());
}

TEST_P(ModelVsReferenceTest, QuantizesAtScaleOne) {
  Disagreements disagreements;
  for (llvm::ArrayRef<float> inputs :
       {halfInputs(), bfloatInputs(), f32SweepInputs(), specialInputs()})
    expectSameCodes(inputs, 1.0f, disagreements);
  expectSameCodes(boundaryInputs(*ref, 1.0f), 1.0f, disagreements);
  EXPECT_EQ(disagreements.count, 0u);
}

// Every f16 and bf16 pattern again only for the registered formats, which
// keeps the whole sweep within a few seconds.
TEST_P(ModelVsReferenceTest, QuantizesScaled) {
  Disagreements disagreements;
  for (float scale : {0.75f, 3.0f, 1e-3f}) {
    if (GetParam().registered) {
      expectSameCodes(halfInputs(), scale, disagreements);
      expectSameCodes(bfloatInputs(), scale, disagreements);
    }
    expectSameCodes(f32SweepInputs(), scale, disagreements);
    expectSameCodes(specialInputs(), scale, disagreements);
    expectSameCodes(boundaryInputs(*ref, scale), scale, disagreements);
  }
  // Divisions that make infinities and NaNs of their own.
  for (float scale : {0.0f, -0.0f, INFINITY, -INFINITY, NAN})
    expectSameCodes(specialInputs(), scale, disagreements);
  EXPECT_EQ(disagreements.count, 0u);
}

TEST_P(ModelVsReferenceTest, DequantizesAndFakeQuantizes) {
  Disagreements disagreements;
  for (float scale : {1.0f, 0.75f, 3.0f, 1e-3f, 0x1p-100f, 1e30f}) {
    for (unsigned code = 0; code < ref->numCodes(); ++code) {
      float got = model->dequantize(code, scale);
      float expected = ref->dequantize(code, scale);
      disagreements.check(sameFloat(got, expected), [&] {
        return "dequantize(" + std::to_string(code) + ", " + describe(scale) +
               ") = " + describe(got) + ", reference " + describe(expected);
      });
    }
    // Quantization is covered above; here the scaling back matters.
    std::vector<float> inputs = boundaryInputs(*ref, scale);
    llvm::append_range(inputs, specialInputs());
    for (float x : inputs) {
      for (bool saturate : {true, false}) {
        Overflow overflow = saturate ? Overflow::Saturate : Overflow::IEEE;
        float got = model->fakeQuantize(x, scale, overflow);
        float expected = ref->fakeQuantize(x, scale, saturate);
        disagreements.check(sameFloat(got, expected), [&] {
          return "fakeQuantize(" + describe(x) + ", " + describe(scale) + ", " +
                 (saturate ? "saturate" : "ieee") + ") = " + describe(got) +
                 ", reference " + describe(expected);
        });
      }
    }
  }
  EXPECT_EQ(disagreements.count, 0u);
}

TEST_P(ModelVsReferenceTest, ComputesScale) {
  float largest = float(ref->largestFinite());
  for (float amax : {0.0f, -0.0f, 0x1p-149f, 1e-30f, 1e-12f, 1e-10f, 0.75f,
                     1.0f, 3.0f, largest, std::nextafterf(largest, 0.0f), 1e6f,
                     FLT_MAX, INFINITY, -INFINITY, NAN}) {
    for (float scaleMin : {1e-10f, 0.0f, 1e-3f, 1.0f}) {
      float got = model->computeScale(amax, scaleMin);
      float expected = ref->computeScale(amax, scaleMin);
      EXPECT_TRUE(sameFloat(got, expected))
          << "computeScale(" << describe(amax) << ", " << describe(scaleMin)
          << ") = " << describe(got) << ", reference " << describe(expected);
    }
  }
}

TEST_P(ModelVsReferenceTest, Stalls) {
  Disagreements disagreements;
  const float threshold = 1e-10f;
  for (float scale : {1.0f, 0.75f}) {
    for (float weight : boundaryInputs(*ref, scale)) {
      for (float grad :
           {0.0f, threshold, -1e-9f, 1e-4f, -0.03f, 0.5f, 7.0f, float(NAN)}) {
        for (float lr : {1e-3f, 1.0f}) {
          for (bool saturate : {true, false}) {
            Overflow overflow = saturate ? Overflow::Saturate : Overflow::IEEE;
            bool got =
                isStalled(*model, weight, grad, lr, scale, threshold, overflow);
            bool expected =
                ref->isStalled(weight, grad, lr, scale, threshold, saturate);
            disagreements.check(got == expected, [&] {
              return "isStalled(w = " + describe(weight) +
                     ", g = " + describe(grad) + ", lr = " + describe(lr) +
                     ", scale = " + describe(scale) + ", " +
                     (saturate ? "saturate" : "ieee") +
                     ") = " + std::to_string(got);
            });
          }
        }
      }
    }
  }
  EXPECT_EQ(disagreements.count, 0u);
}

// docs/spec.md section 7 with the words that decide the boundary (0, 1,
// 2^31, 2^32 - 1) and two others, on every input of the sweeps.
TEST_P(ModelVsReferenceTest, RoundsStochastically) {
  Disagreements disagreements;
  std::vector<float> inputs(f32SweepInputs().begin(), f32SweepInputs().end());
  llvm::append_range(inputs, specialInputs());
  llvm::append_range(inputs, boundaryInputs(*ref, 1.0f));
  for (uint32_t word :
       {0u, 1u, 0x80000000u, 0xffffffffu, 0x9e3779b9u, 0x2545f491u})
    for (float scale : {1.0f, 0.75f})
      for (float x : inputs) {
        unsigned got = model->quantizeStochastic(x, scale, word);
        unsigned expected = ref->quantizeStochastic(x, scale, word);
        disagreements.check(got == expected, [&] {
          return "quantizeStochastic(" + describe(x) + ", " + describe(scale) +
                 ", " + std::to_string(word) + ") = " + std::to_string(got) +
                 ", reference " + std::to_string(expected);
        });
      }
  EXPECT_EQ(disagreements.count, 0u);
}

INSTANTIATE_TEST_SUITE_P(Formats, ModelVsReferenceTest,
                         testing::ValuesIn(modelCases()),
                         [](const testing::TestParamInfo<ModelCase> &info) {
                           return info.param.name;
                         });

} // namespace
