//===- FormatPropertiesTest.cpp - Properties worked out by hand -----------===//
//
// The registered formats' derived properties and a few quantizations, each
// worked out by hand from docs/spec.md; and which parameters Format::diagnose
// rejects, and why.
//
//===----------------------------------------------------------------------===//

#include "FormatTestUtil.h"
#include "Reference/BruteForceFormat.h"

#include "altgrad/Format/Format.h"

#include "llvm/ADT/StringRef.h"

#include "gtest/gtest.h"

#include <cmath>
#include <iterator>

using namespace altgrad;
using namespace altgrad_test;

namespace {

constexpr int kNone = -1;

/// One row of docs/spec.md's tables, completed by hand from section 1 and 2.
struct HandDerived {
  const char *name;
  unsigned bitWidth;
  double largest, smallest;
  /// 0 where every finite value is subnormal.
  double smallestNormal;
  int nanPositive, nanNegative;
  int infPositive, infNegative;
};

const HandDerived kRegistered[] = {
    {"E0M7", 8, 127.0 / 128, 0x1p-7, 0, kNone, kNone, kNone, kNone},
    {"E1M6", 8, 63.0 / 32, 0x1p-5, 0, 0x60, 0xE0, 0x40, 0xC0},
    {"E3M4", 8, 15.5, 0x1p-6, 0x1p-2, 0x78, 0xF8, 0x70, 0xF0},
    {"E5M2", 8, 57344, 0x1p-16, 0x1p-14, 0x7E, 0xFE, 0x7C, 0xFC},
    {"E7M0", 8, 0x1p63, 0x1p-62, 0x1p-62, 0x7F, 0xFF, kNone, kNone},
    {"E4M3FN", 8, 448, 0x1p-9, 0x1p-6, 0x7F, 0xFF, kNone, kNone},
    {"E4M3", 8, 240, 0x1p-9, 0x1p-6, 0x7C, 0xFC, 0x78, 0xF8},
    {"E5M2FNUZ", 8, 57344, 0x1p-17, 0x1p-15, 0x80, 0x80, kNone, kNone},
    {"E4M3FNUZ", 8, 240, 0x1p-10, 0x1p-7, 0x80, 0x80, kNone, kNone},
    {"E2M3", 6, 7.5, 0x1p-3, 1, kNone, kNone, kNone, kNone},
    {"E3M2", 6, 28, 0x1p-4, 0x1p-2, kNone, kNone, kNone, kNone},
    {"E2M1", 4, 6, 0.5, 1, kNone, kNone, kNone, kNone},
};

TEST(FormatPropertiesTest, RegisteredFormatsMatchSpec) {
  ASSERT_EQ(Format::registry().size(), std::size(kRegistered));
  for (const HandDerived &row : kRegistered) {
    SCOPED_TRACE(row.name);
    std::optional<Format> format = Format::lookup(row.name);
    ASSERT_TRUE(format.has_value());
    EXPECT_EQ(format->name(), llvm::StringRef(row.name));
    EXPECT_EQ(format->bitWidth(), row.bitWidth);
    EXPECT_EQ(format->largestFinite(), row.largest);
    EXPECT_EQ(format->value(format->maxFiniteMagnitude()), row.largest);
    EXPECT_EQ(format->smallestSubnormal(), row.smallest);
    if (row.smallestNormal == 0) {
      EXPECT_FALSE(format->smallestNormal().has_value());
    } else {
      EXPECT_EQ(format->smallestNormal(), row.smallestNormal);
    }
    EXPECT_EQ(format->hasNaN(), row.nanPositive != kNone);
    if (row.nanPositive != kNone) {
      EXPECT_EQ(format->nanCode(false), row.nanPositive);
      EXPECT_EQ(format->nanCode(true), row.nanNegative);
    }
    EXPECT_EQ(format->hasInf(), row.infPositive != kNone);
    if (row.infPositive != kNone) {
      EXPECT_EQ(format->infCode(false), row.infPositive);
      EXPECT_EQ(format->infCode(true), row.infNegative);
    }
  }
  EXPECT_FALSE(Format::lookup("E4M4").has_value());
}

TEST(FormatPropertiesTest, QuantizesSpecExamples) {
  auto quantize = [](const char *name, float x, Overflow overflow) {
    return unsigned(Format::lookup(name)->quantize(x, 1.0f, overflow));
  };
  const Overflow ieee = Overflow::IEEE, saturate = Overflow::Saturate;
  // At exactly max + ulp/2 the tie goes to the even code: E3M4 and E5M2
  // overflow there, E4M3FN and E7M0 (2^63 is 0x7E) stay at the largest.
  EXPECT_EQ(quantize("E3M4", 15.75f, ieee), 0x70u);
  EXPECT_EQ(quantize("E3M4", std::nextafterf(15.75f, 0), ieee), 0x6Fu);
  EXPECT_EQ(quantize("E3M4", 15.75f, saturate), 0x6Fu);
  EXPECT_EQ(quantize("E5M2", 61440.0f, ieee), 0x7Cu);
  EXPECT_EQ(quantize("E5M2", -61440.0f, ieee), 0xFCu);
  EXPECT_EQ(quantize("E5M2", std::nextafterf(61440.0f, 0), ieee), 0x7Bu);
  EXPECT_EQ(quantize("E5M2", INFINITY, saturate), 0x7Bu);
  EXPECT_EQ(quantize("E4M3FN", 464.0f, ieee), 0x7Eu);
  EXPECT_EQ(quantize("E4M3FN", std::nextafterf(464.0f, INFINITY), ieee), 0x7Fu);
  EXPECT_EQ(quantize("E4M3FN", -INFINITY, ieee), 0xFFu);
  EXPECT_EQ(quantize("E7M0", 0x1.8p63f, ieee), 0x7Eu);
  EXPECT_EQ(quantize("E7M0", std::nextafterf(0x1.8p63f, INFINITY), ieee),
            0x7Fu);
  EXPECT_EQ(quantize("E1M6", 1.984375f, ieee), 0x40u);
  // Rule none always saturates; NaN gives +0.
  EXPECT_EQ(quantize("E2M1", INFINITY, ieee), 0x7u);
  EXPECT_EQ(quantize("E2M1", -100.0f, ieee), 0xFu);
  EXPECT_EQ(quantize("E2M1", -NAN, ieee), 0x0u);
  // Canonical NaNs keep the sign where the NaN has one; payloads are dropped.
  EXPECT_EQ(quantize("E5M2", fromBits(0xFFE00001u), ieee), 0xFEu);
  EXPECT_EQ(quantize("E3M4", NAN, saturate), 0x78u);
  EXPECT_EQ(quantize("E4M3FNUZ", -NAN, saturate), 0x80u);
  // A NaN made by the division has the sign of the input x.
  Format e5m2 = *Format::lookup("E5M2");
  EXPECT_EQ(e5m2.quantize(-1.0f, NAN, saturate), 0xFEu);
  EXPECT_EQ(e5m2.quantize(INFINITY, INFINITY, saturate), 0x7Eu);
  EXPECT_EQ(e5m2.quantize(-0.0f, 0.0f, ieee), 0xFEu);
  // Signed zero, except in fnuz formats; ties to the even code near zero.
  EXPECT_EQ(quantize("E5M2", -0.0f, saturate), 0x80u);
  EXPECT_EQ(quantize("E5M2", -0x1p-17f, saturate), 0x80u);
  EXPECT_EQ(quantize("E5M2", 0x1.8p-16f, saturate), 0x02u);
  EXPECT_EQ(quantize("E4M3FNUZ", -0.0f, saturate), 0x00u);
  // One rounding: 1 + 2^-3 + 2^-12 is above the midpoint of 1 and 1.25,
  // though rounding it through f16 first would give the tie, then 1.
  EXPECT_EQ(quantize("E5M2", 1.0f + 0x1p-3f + 0x1p-12f, saturate), 0x3Du);
  // Scaling divides: 3 / 0.75 = 4 exactly.
  EXPECT_EQ(e5m2.quantize(3.0f, 0.75f, saturate), 0x44u);
}

TEST(FormatPropertiesTest, ScaleAndStallMatchSpec) {
  Format e4m3fn = *Format::lookup("E4M3FN");
  EXPECT_EQ(e4m3fn.computeScale(448.0f, 1e-10f), 1.0f);
  EXPECT_EQ(e4m3fn.computeScale(896.0f, 1e-10f), 2.0f);
  EXPECT_EQ(e4m3fn.computeScale(0.0f, 1e-10f), 1e-10f);
  EXPECT_EQ(e4m3fn.computeScale(NAN, 1e-10f), 1.0f);
  EXPECT_EQ(e4m3fn.computeScale(-INFINITY, 1e-10f), 1.0f);

  // Below 1, E5M2 values are 1/8 apart: a weight on 1 stalls when the update
  // stays under 1/16.
  Format e5m2 = *Format::lookup("E5M2");
  auto stalls = [](const Format &format, float grad) {
    return isStalled(format, 1.0f, grad, 1.0f, 1.0f, 1e-10f,
                     Overflow::Saturate);
  };
  EXPECT_TRUE(stalls(e5m2, 0.05f));
  EXPECT_FALSE(stalls(e5m2, 0.1f));
  EXPECT_FALSE(stalls(e5m2, 1e-11f));
  // E7M0 values are a factor of two apart.
  Format e7m0 = *Format::lookup("E7M0");
  EXPECT_TRUE(stalls(e7m0, 0.2f));
  EXPECT_FALSE(stalls(e7m0, 0.3f));
}

TEST(FormatPropertiesTest, DiagnosesInvalidParameters) {
  auto expectDiagnosis = [](unsigned e, unsigned m, int bias, SpecialRule rule,
                            llvm::StringRef reason) {
    std::string message = Format::diagnose(e, m, bias, rule);
    EXPECT_TRUE(llvm::StringRef(message).contains(reason))
        << "E" << e << "M" << m << " bias " << bias << ": '" << message
        << "' does not say '" << reason.str() << "'";
    EXPECT_FALSE(Format::get(e, m, bias, rule).has_value());
  };
  expectDiagnosis(4, 4, 7, SpecialRule::IEEE, "1 + E + M = 9");
  expectDiagnosis(8, 0, 127, SpecialRule::None, "8-bit code");
  expectDiagnosis(0, 0, 0, SpecialRule::None,
                  "at least one exponent or mantissa bit");
  expectDiagnosis(0, 7, 1, SpecialRule::IEEE, "ieee");
  // The only nonzero magnitude is reserved.
  expectDiagnosis(1, 0, 0, SpecialRule::IEEE, "no positive finite value");
  expectDiagnosis(1, 0, 5, SpecialRule::FN, "no positive finite value");
  expectDiagnosis(0, 1, 0, SpecialRule::FN, "no positive finite value");
  // The smallest value 2^(1 - bias - M) and the largest must be f32 numbers.
  expectDiagnosis(0, 7, 144, SpecialRule::None, "below the f32 range");
  expectDiagnosis(5, 2, 200, SpecialRule::IEEE, "below the f32 range");
  expectDiagnosis(7, 0, -2, SpecialRule::IEEE, "beyond the f32 range");
  expectDiagnosis(7, 0, -1, SpecialRule::None, "beyond the f32 range");
  expectDiagnosis(5, 2, -200, SpecialRule::IEEE, "beyond the f32 range");
  // The edges themselves: 2^-149 and 2^127.
  EXPECT_EQ(Format::diagnose(0, 7, 143, SpecialRule::None), "");
  EXPECT_EQ(Format::diagnose(7, 0, -1, SpecialRule::IEEE), "");
  EXPECT_EQ(Format::diagnose(7, 0, 0, SpecialRule::None), "");
}

// Validity is the reference's usability: some positive finite value, and
// every finite value an f32 number.
TEST(FormatPropertiesTest, DiagnoseAgreesWithReference) {
  for (unsigned e = 0; e <= 7; ++e) {
    for (unsigned m = 0; e + m <= 7; ++m) {
      for (SpecialRule rule : {SpecialRule::IEEE, SpecialRule::FN,
                               SpecialRule::FNUZ, SpecialRule::None}) {
        for (int bias = -200; bias <= 200; ++bias) {
          bool valid = Format::diagnose(e, m, bias, rule).empty();
          if (e + m == 0 || (rule == SpecialRule::IEEE && e == 0)) {
            EXPECT_FALSE(valid);
            continue;
          }
          reference::BruteForceFormat ref(e, m, bias,
                                          reference::fromModel(rule));
          EXPECT_EQ(valid, ref.isUsable())
              << "E" << e << "M" << m << " bias " << bias << " "
              << stringifySpecialRule(rule).str();
        }
      }
    }
  }
}

} // namespace
