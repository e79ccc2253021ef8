//===- BruteForceFormat.cpp - Brute-force reference formats ---------------===//

#include "Reference/BruteForceFormat.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <limits>

using namespace reference;

BruteForceFormat::BruteForceFormat(unsigned exponentBits, unsigned mantissaBits,
                                   int bias, Rule rule)
    : exponentBits(exponentBits), mantissaBits(mantissaBits), bias(bias),
      rule(rule) {
  if (exponentBits + mantissaBits < 1 || exponentBits + mantissaBits > 7 ||
      (rule == Rule::IEEE && exponentBits == 0))
    std::abort();
  unsigned magnitudeMask = (1u << (exponentBits + mantissaBits)) - 1;
  unsigned allOnesExponent = (1u << exponentBits) - 1;
  for (unsigned code = 0; code < 2 * (magnitudeMask + 1); ++code) {
    bool negative = code > magnitudeMask;
    unsigned magnitude = code & magnitudeMask;
    unsigned exponent = magnitude >> mantissaBits;
    unsigned mantissa = magnitude & ((1u << mantissaBits) - 1);
    Kind kind = Kind::Number;
    switch (rule) {
    case Rule::IEEE:
      if (exponent == allOnesExponent)
        kind = mantissaBits > 0 && mantissa == 0 ? Kind::Inf : Kind::NaN;
      break;
    case Rule::FN:
      if (magnitude == magnitudeMask)
        kind = Kind::NaN;
      break;
    case Rule::FNUZ:
      if (negative && magnitude == 0)
        kind = Kind::NaN;
      break;
    case Rule::None:
      break;
    }
    double value = std::numeric_limits<double>::quiet_NaN();
    if (kind == Kind::Inf) {
      value = std::numeric_limits<double>::infinity();
      infCodes[negative] = code;
    } else if (kind == Kind::Number) {
      value = unboundedMagnitude(magnitude);
    }
    kinds.push_back(kind);
    values.push_back(negative ? -value : value);
    // Zero enters the search table once; its sign is decided afterwards.
    if (kind == Kind::Number && !(negative && magnitude == 0))
      finite.push_back({values.back(), code, false});
  }
  anyNaN = std::count(kinds.begin(), kinds.end(), Kind::NaN) > 0;
  anyInf = std::count(kinds.begin(), kinds.end(), Kind::Inf) > 0;
  std::sort(
      finite.begin(), finite.end(),
      [](const Candidate &a, const Candidate &b) { return a.value < b.value; });

  // IEEE overflow rounds as if the exponent were unbounded: the next
  // magnitude code past the largest finite one, read without reservations,
  // is the one further value that y can round to. Only its parity matters.
  unsigned beyondMagnitude = finite.back().code + 1;
  double beyondValue = unboundedMagnitude(beyondMagnitude);
  unbounded.push_back({-beyondValue, beyondMagnitude, true});
  unbounded.insert(unbounded.end(), finite.begin(), finite.end());
  unbounded.push_back({beyondValue, beyondMagnitude, true});
}

double BruteForceFormat::unboundedMagnitude(unsigned magnitude) const {
  unsigned exponent = magnitude >> mantissaBits;
  unsigned mantissa = magnitude & ((1u << mantissaBits) - 1);
  if (exponent == 0)
    return std::ldexp(double(mantissa), 1 - bias - int(mantissaBits));
  return std::ldexp(double((1u << mantissaBits) + mantissa),
                    int(exponent) - bias - int(mantissaBits));
}

bool BruteForceFormat::isUsable() const {
  bool hasPositive = false;
  for (unsigned code = 0; code < numCodes(); ++code) {
    if (kinds[code] != Kind::Number)
      continue;
    double v = values[code];
    if (std::fabs(v) > FLT_MAX || double(float(v)) != v)
      return false;
    hasPositive |= v > 0;
  }
  return hasPositive;
}

unsigned BruteForceFormat::nanCode(bool negative) const {
  unsigned sign = negative ? signBit() : 0;
  unsigned allOnesExponent = ((1u << exponentBits) - 1) << mantissaBits;
  switch (rule) {
  case Rule::IEEE:
    if (mantissaBits == 0)
      return sign | allOnesExponent;
    return sign | allOnesExponent | (1u << (mantissaBits - 1));
  case Rule::FN:
    return sign | (signBit() - 1);
  case Rule::FNUZ:
    return signBit();
  case Rule::None:
    break;
  }
  std::abort();
}

unsigned BruteForceFormat::infCode(bool negative) const {
  if (!anyInf)
    std::abort();
  return infCodes[negative];
}

unsigned BruteForceFormat::largestCode(bool negative) const {
  return negative ? finite.front().code : finite.back().code;
}

double BruteForceFormat::smallestPositive() const {
  for (const Candidate &candidate : finite)
    if (candidate.value > 0)
      return candidate.value;
  std::abort();
}

std::optional<double> BruteForceFormat::smallestNormal() const {
  for (const Candidate &candidate : finite)
    if (candidate.value > 0 && (candidate.code >> mantissaBits) != 0)
      return candidate.value;
  return std::nullopt;
}

double BruteForceFormat::spacingAbove(unsigned code) const {
  unsigned magnitude = code & (signBit() - 1);
  return unboundedMagnitude(magnitude + 1) - unboundedMagnitude(magnitude);
}

const BruteForceFormat::Candidate &
BruteForceFormat::nearest(const std::vector<Candidate> &table, float y) {
  double target = y;
  auto above = std::upper_bound(
      table.begin(), table.end(), target,
      [](double t, const Candidate &c) { return t < c.value; });
  if (above == table.begin())
    return *above;
  const Candidate &below = *std::prev(above);
  if (above == table.end() || below.value == target)
    return below;
  // Neighbouring format values have few significant bits and close
  // exponents, so their sum is exact, as is 2y: the comparison is exact.
  double twice = 2.0 * target;
  double sum = below.value + above->value;
  if (twice != sum)
    return twice < sum ? below : *above;
  return (below.code & 1) == 0 ? below : *above;
}

unsigned BruteForceFormat::overflowCode(bool negative) const {
  return hasInf() ? infCode(negative) : nanCode(negative);
}

uint8_t BruteForceFormat::quantizeScaled(float y, bool saturate) const {
  bool negative = std::signbit(y);
  if (std::isnan(y))
    return hasNaN() ? nanCode(negative) : 0;
  // Without NaN there is nothing to overflow to.
  bool clamp = saturate || !hasNaN();
  if (std::isinf(y))
    return clamp ? largestCode(negative) : overflowCode(negative);
  const Candidate &result = nearest(clamp ? finite : unbounded, y);
  if (result.beyond)
    return overflowCode(negative);
  if (result.value == 0)
    return negative && kinds[signBit()] == Kind::Number ? signBit() : 0;
  return result.code;
}

uint8_t BruteForceFormat::quantize(float x, float scale, bool saturate) const {
  float y = x / scale;
  // A NaN takes the sign of the input x: the sign a division gives a NaN it
  // makes (Inf / Inf, 0 / 0) differs between CPUs and GPUs.
  if (std::isnan(y))
    return hasNaN() ? nanCode(std::signbit(x)) : 0;
  return quantizeScaled(y, saturate);
}

float BruteForceFormat::dequantize(unsigned code, float scale) const {
  float v = float(value(code));
  return v * scale;
}

float BruteForceFormat::fakeQuantize(float x, float scale,
                                     bool saturate) const {
  return dequantize(quantize(x, scale, saturate), scale);
}

float BruteForceFormat::computeScale(float amax, float scaleMin) const {
  if (!std::isfinite(amax))
    return 1.0f;
  float scale = amax / float(largestFinite());
  return scale < scaleMin ? scaleMin : scale;
}

bool BruteForceFormat::isStalled(float weight, float grad, float lr,
                                 float scale, float threshold,
                                 bool saturate) const {
  float update = -(lr * grad);
  float updated = weight + update;
  float before = fakeQuantize(weight, scale, saturate);
  float after = fakeQuantize(updated, scale, saturate);
  return before == after && std::fabs(grad) > threshold;
}

uint8_t BruteForceFormat::quantizeScaledStochastic(float y,
                                                   uint32_t word) const {
  bool negative = std::signbit(y);
  if (std::isnan(y))
    return hasNaN() ? nanCode(negative) : 0;
  double target = std::fabs(double(y));
  unsigned negativeZero = kinds[signBit()] == Kind::Number ? signBit() : 0;
  auto withSign = [&](const Candidate &c) -> uint8_t {
    if (c.value == 0)
      return negative ? negativeZero : 0;
    return negative ? c.code | signBit() : c.code;
  };
  if (target >= finite.back().value)
    return withSign(finite.back());
  // The table holds zero, so |y| >= 0 has a neighbour below.
  auto above = std::upper_bound(
      finite.begin(), finite.end(), target,
      [](double t, const Candidate &c) { return t < c.value; });
  const Candidate &below = *std::prev(above);
  if (below.value == target)
    return withSign(below);
  // Neighbouring values differ by a power of two, and |y| - |lo| is exact in
  // double (both have few significant bits), so the quotient is exact.
  double gap = above->value - below.value;
  int gapExponent;
  if (std::frexp(gap, &gapExponent) != 0.5)
    std::abort();
  double d = std::floor(std::ldexp((target - below.value) / gap, 32));
  return withSign(d + double(word) >= std::ldexp(1.0, 32) ? *above : below);
}

uint8_t BruteForceFormat::quantizeStochastic(float x, float scale,
                                             uint32_t word) const {
  float y = x / scale;
  if (std::isnan(y))
    return hasNaN() ? nanCode(std::signbit(x)) : 0;
  return quantizeScaledStochastic(y, word);
}

std::array<uint32_t, 4> reference::philox(std::array<uint32_t, 4> counter,
                                          std::array<uint32_t, 2> key) {
  for (int round = 1; round <= 10; ++round) {
    uint64_t a = 0xD2511F53ull * counter[0];
    uint64_t b = 0xCD9E8D57ull * counter[2];
    uint32_t hiA = a >> 32, loA = a & 0xffffffffu;
    uint32_t hiB = b >> 32, loB = b & 0xffffffffu;
    counter = {hiB ^ counter[1] ^ key[0], loB, hiA ^ counter[3] ^ key[1], loA};
    key = {key[0] + 0x9E3779B9u, key[1] + 0xBB67AE85u};
  }
  return counter;
}

uint32_t reference::randomWord(uint64_t seed, uint64_t offset, uint64_t index) {
  uint64_t b = index >> 2;
  std::array<uint32_t, 4> words =
      philox({uint32_t(b & 0xffffffffu), uint32_t(b >> 32),
              uint32_t(offset & 0xffffffffu), uint32_t(offset >> 32)},
             {uint32_t(seed & 0xffffffffu), uint32_t(seed >> 32)});
  return words[index & 3];
}
