//===- Format.cpp - The 8-bit floating-point format model -----------------===//

#include "altgrad/Format/Format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/bit.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace altgrad;

static const Format::Named kRegistry[] = {
    {"E0M7", 0, 7, 1, SpecialRule::None, "plan: fixed point, 7 fraction bits"},
    {"E1M6", 1, 6, 0, SpecialRule::IEEE, "plan"},
    {"E3M4", 3, 4, 3, SpecialRule::IEEE, "plan; MLIR f8E3M4"},
    {"E5M2", 5, 2, 15, SpecialRule::IEEE, "plan, OCP FP8; MLIR f8E5M2"},
    {"E7M0", 7, 0, 63, SpecialRule::IEEE, "plan: powers of two"},
    {"E4M3FN", 4, 3, 7, SpecialRule::FN, "OCP FP8; MLIR f8E4M3FN"},
    {"E4M3", 4, 3, 7, SpecialRule::IEEE, "IEEE-style; MLIR f8E4M3"},
    {"E5M2FNUZ", 5, 2, 16, SpecialRule::FNUZ, "Graphcore; MLIR f8E5M2FNUZ"},
    {"E4M3FNUZ", 4, 3, 8, SpecialRule::FNUZ, "Graphcore; MLIR f8E4M3FNUZ"},
    {"E2M3", 2, 3, 1, SpecialRule::None, "OCP MX FP6; MLIR f6E2M3FN"},
    {"E3M2", 3, 2, 3, SpecialRule::None, "OCP MX FP6; MLIR f6E3M2FN"},
    {"E2M1", 2, 1, 1, SpecialRule::None, "OCP MX FP4; MLIR f4E2M1FN"},
};

llvm::StringRef altgrad::stringifySpecialRule(SpecialRule rule) {
  switch (rule) {
  case SpecialRule::IEEE:
    return "ieee";
  case SpecialRule::FN:
    return "fn";
  case SpecialRule::FNUZ:
    return "fnuz";
  case SpecialRule::None:
    return "none";
  }
  llvm_unreachable("unknown special-value rule");
}

std::optional<SpecialRule> altgrad::parseSpecialRule(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<SpecialRule>>(name)
      .Case("ieee", SpecialRule::IEEE)
      .Case("fn", SpecialRule::FN)
      .Case("fnuz", SpecialRule::FNUZ)
      .Case("none", SpecialRule::None)
      .Default(std::nullopt);
}

std::string Format::diagnose(unsigned exponentBits, unsigned mantissaBits,
                             int bias, SpecialRule rule) {
  // In 64 bits: the parameters come from the IR and may be any unsigned.
  uint64_t width = uint64_t(1) + exponentBits + mantissaBits;
  if (width == 1)
    return "a format needs at least one exponent or mantissa bit";
  if (width > 8)
    return "1 + E + M = " + std::to_string(width) +
           " bits do not fit in an 8-bit code";
  if (rule == SpecialRule::IEEE && exponentBits == 0)
    return "the ieee rule reserves the all-ones exponent and needs at least "
           "one exponent bit";
  Format format(exponentBits, mantissaBits, bias, rule);
  uint8_t maxMagnitude = format.maxFiniteMagnitude();
  if (maxMagnitude == 0)
    return "the format has no positive finite value";
  // Every value must be an f32 number, so that quantization and dequantization
  // are exact f32 computations. The bias may be any int, so the exponent of
  // the smallest value is computed in 64 bits.
  int64_t smallestExponent = int64_t(1) - bias - int64_t(mantissaBits);
  if (smallestExponent < -149)
    return "bias " + std::to_string(bias) + " puts the smallest value 2^" +
           std::to_string(smallestExponent) + " below the f32 range";
  if (smallestExponent > 127)
    return "bias " + std::to_string(bias) + " puts the smallest value 2^" +
           std::to_string(smallestExponent) + " beyond the f32 range";
  int largestExponent = std::ilogb(format.largestFinite());
  if (largestExponent > 127)
    return "bias " + std::to_string(bias) + " puts the largest value above 2^" +
           std::to_string(largestExponent) + ", beyond the f32 range";
  return {};
}

std::optional<Format> Format::get(unsigned exponentBits, unsigned mantissaBits,
                                  int bias, SpecialRule rule) {
  if (!diagnose(exponentBits, mantissaBits, bias, rule).empty())
    return std::nullopt;
  return Format(exponentBits, mantissaBits, bias, rule);
}

llvm::ArrayRef<Format::Named> Format::registry() { return kRegistry; }

std::optional<Format> Format::lookup(llvm::StringRef name) {
  for (const Named &entry : kRegistry)
    if (name == entry.name)
      return Format(entry.exponentBits, entry.mantissaBits, entry.bias,
                    entry.rule);
  return std::nullopt;
}

std::optional<llvm::StringRef> Format::name() const {
  for (const Named &entry : kRegistry)
    if (*this ==
        Format(entry.exponentBits, entry.mantissaBits, entry.bias, entry.rule))
      return llvm::StringRef(entry.name);
  return std::nullopt;
}

bool Format::hasInf() const {
  return rule_ == SpecialRule::IEEE && mantissaBits_ > 0;
}

bool Format::isNaN(uint8_t code) const {
  uint8_t magnitude = code & magnitudeMask();
  switch (rule_) {
  case SpecialRule::IEEE:
    return (magnitude >> mantissaBits_) == maxExponentField() &&
           (mantissaBits_ == 0 || (magnitude & ((1u << mantissaBits_) - 1)));
  case SpecialRule::FN:
    return magnitude == magnitudeMask();
  case SpecialRule::FNUZ:
    return (code & (signMask() | magnitudeMask())) == signMask();
  case SpecialRule::None:
    return false;
  }
  llvm_unreachable("unknown special-value rule");
}

bool Format::isInf(uint8_t code) const {
  return hasInf() && (code & magnitudeMask()) == maxExponentField()
                                                     << mantissaBits_;
}

uint8_t Format::nanCode(bool negative) const {
  uint8_t sign = negative ? signMask() : 0;
  switch (rule_) {
  case SpecialRule::IEEE:
    if (mantissaBits_ == 0)
      return sign | maxExponentField();
    return sign | (maxExponentField() << mantissaBits_) |
           (1u << (mantissaBits_ - 1));
  case SpecialRule::FN:
    return sign | magnitudeMask();
  case SpecialRule::FNUZ:
    return signMask();
  case SpecialRule::None:
    break;
  }
  llvm_unreachable("the format has no NaN");
}

uint8_t Format::infCode(bool negative) const {
  assert(hasInf() && "the format has no infinity");
  return (negative ? signMask() : 0) | (maxExponentField() << mantissaBits_);
}

uint8_t Format::maxFiniteMagnitude() const {
  switch (rule_) {
  case SpecialRule::IEEE:
    return (maxExponentField() << mantissaBits_) - 1;
  case SpecialRule::FN:
    return magnitudeMask() - 1;
  case SpecialRule::FNUZ:
  case SpecialRule::None:
    return magnitudeMask();
  }
  llvm_unreachable("unknown special-value rule");
}

double Format::value(uint8_t code) const {
  if (isNaN(code))
    return std::numeric_limits<double>::quiet_NaN();
  bool negative = code & signMask();
  uint8_t magnitude = code & magnitudeMask();
  double result;
  if (isInf(code)) {
    result = std::numeric_limits<double>::infinity();
  } else {
    unsigned exponentField = magnitude >> mantissaBits_;
    unsigned mantissa = magnitude & ((1u << mantissaBits_) - 1);
    result = exponentField == 0
                 ? std::ldexp(mantissa, minNormalExponent() - mantissaBits_)
                 : std::ldexp((1u << mantissaBits_) + mantissa,
                              int(exponentField) - bias_ - mantissaBits_);
  }
  return negative ? -result : result;
}

std::optional<double> Format::smallestNormal() const {
  if ((maxFiniteMagnitude() >> mantissaBits_) == 0)
    return std::nullopt;
  return std::ldexp(1.0, minNormalExponent());
}

double Format::smallestSubnormal() const {
  return std::ldexp(1.0, minNormalExponent() - int(mantissaBits_));
}

double Format::spacingAt(double x) const {
  double magnitude = std::fabs(x);
  int quantumExponent = minNormalExponent() - int(mantissaBits_);
  if (smallestNormal() && magnitude >= *smallestNormal())
    quantumExponent = std::ilogb(magnitude) - int(mantissaBits_);
  return std::ldexp(1.0, quantumExponent);
}

Format::Split Format::split(uint32_t absBits) const {
  // |y| = significand * 2^(exponent - 23) with bit 23 of the significand set,
  // f32 subnormals included: a format's normal range may reach below 2^-126.
  int biasedExponent = absBits >> 23;
  uint64_t significand = absBits & 0x7fffffu;
  int exponent = -126;
  if (biasedExponent != 0) {
    exponent = biasedExponent - 127;
    significand |= 0x800000u;
  }
  while (!(significand & 0x800000u)) {
    significand <<= 1;
    --exponent;
  }
  // Multiples of the quantum 2^(targetExponent - M), which is the format's
  // spacing at |y| when the exponent range is unbounded above.
  int targetExponent = std::max(exponent, minNormalExponent());
  int shift = std::min(targetExponent - int(mantissaBits_) - exponent + 23, 63);
  // Exponent steps and quanta add up to the magnitude code, carries included.
  int64_t magnitude =
      (int64_t(targetExponent - minNormalExponent()) << mantissaBits_) +
      int64_t(significand >> shift);
  return {magnitude, significand & ((uint64_t(1) << shift) - 1), shift};
}

uint8_t Format::withSign(bool negative, int64_t magnitude) const {
  if (magnitude == 0 && !hasNegativeZero())
    return 0;
  return (negative ? signMask() : 0) | uint8_t(magnitude);
}

uint8_t Format::quantizeScaled(float y, Overflow overflow) const {
  uint32_t bits = llvm::bit_cast<uint32_t>(y);
  bool negative = bits >> 31;
  uint32_t absBits = bits & 0x7fffffffu;
  if (absBits > 0x7f800000u)
    return hasNaN() ? nanCode(negative) : 0;

  // Formats without NaN cannot express an overflow, so they always saturate.
  bool saturate = overflow == Overflow::Saturate || !hasNaN();
  auto overflowCode = [&]() -> uint8_t {
    if (saturate)
      return withSign(negative, maxFiniteMagnitude());
    return hasInf() ? infCode(negative) : nanCode(negative);
  };
  if (absBits == 0x7f800000u)
    return overflowCode();
  if (absBits == 0)
    return withSign(negative, 0);

  auto [magnitude, remainder, shift] = split(absBits);
  uint64_t half = uint64_t(1) << (shift - 1);
  // Ties go to the code whose last bit is 0.
  if (remainder > half || (remainder == half && (magnitude & 1)))
    ++magnitude;
  if (magnitude > maxFiniteMagnitude())
    return overflowCode();
  return withSign(negative, magnitude);
}

uint8_t Format::quantizeScaledStochastic(float y, uint32_t word) const {
  uint32_t bits = llvm::bit_cast<uint32_t>(y);
  bool negative = bits >> 31;
  uint32_t absBits = bits & 0x7fffffffu;
  if (absBits > 0x7f800000u)
    return hasNaN() ? nanCode(negative) : 0;
  if (absBits == 0)
    return withSign(negative, 0);
  if (absBits == 0x7f800000u)
    return withSign(negative, maxFiniteMagnitude());

  auto [magnitude, remainder, shift] = split(absBits);
  // Beyond the largest finite value: saturate.
  if (magnitude > maxFiniteMagnitude() ||
      (magnitude == maxFiniteMagnitude() && remainder != 0))
    return withSign(negative, maxFiniteMagnitude());
  // D = floor(delta * 2^32) with delta = remainder / 2^shift, exactly.
  uint64_t d =
      shift <= 32 ? remainder << (32 - shift) : remainder >> (shift - 32);
  if (d + word >= (uint64_t(1) << 32))
    ++magnitude;
  return withSign(negative, magnitude);
}

uint8_t Format::quantizeStochastic(float x, float scale, uint32_t word) const {
  float y = x / scale;
  if (std::isnan(y))
    return hasNaN() ? nanCode(std::signbit(x)) : 0;
  return quantizeScaledStochastic(y, word);
}

uint8_t Format::quantize(float x, float scale, Overflow overflow) const {
  float y = x / scale;
  if (std::isnan(y))
    return hasNaN() ? nanCode(std::signbit(x)) : 0;
  return quantizeScaled(y, overflow);
}

float altgrad::computeScale(float amax, float largest, float scaleMin) {
  if (!std::isfinite(amax))
    return 1.0f;
  return std::max(amax / largest, scaleMin);
}

float Format::computeScale(float amax, float scaleMin) const {
  return altgrad::computeScale(amax, static_cast<float>(largestFinite()),
                               scaleMin);
}

/// Whether `weight` and `updated` quantize to the same value (+0 equals -0,
/// NaN equals nothing): sections 5 and 6 differ only in what else counts.
static bool isUnmoved(const Format &format, float weight, float updated,
                      float scale, Overflow overflow) {
  return format.fakeQuantize(weight, scale, overflow) ==
         format.fakeQuantize(updated, scale, overflow);
}

bool altgrad::isStalled(const Format &format, float weight, float grad,
                        float lr, float scale, float threshold,
                        Overflow overflow) {
  float update = -(lr * grad);
  float updated = weight + update;
  return isUnmoved(format, weight, updated, scale, overflow) &&
         std::fabs(grad) > threshold;
}

bool altgrad::isUpdateStalled(const Format &format, float weight, float updated,
                              float scale, float threshold, Overflow overflow) {
  return isUnmoved(format, weight, updated, scale, overflow) &&
         std::fabs(updated - weight) > threshold;
}
