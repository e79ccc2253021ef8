//===- BlockScale.cpp - Block scales of docs/spec.md section 8 -----------===//

#include "altgrad/Format/BlockScale.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace altgrad;

float altgrad::e8m0Value(uint8_t code) {
  if (code == kE8M0NaN)
    return std::numeric_limits<float>::quiet_NaN();
  return std::ldexp(1.0f, int(code) - kE8M0Bias);
}

int altgrad::blockScaleEmax(const Format &element) {
  return std::ilogb(element.largestFinite());
}

uint8_t altgrad::powerOfTwoBlockScale(const Format &element, float amax,
                                      BlockScaleRule rule) {
  if (!std::isfinite(amax))
    return kE8M0NaN;
  int exponent = -kE8M0Bias;
  if (amax != 0.0f) {
    // ilogb reads the leading bit of f32 subnormals too.
    exponent = std::ilogb(amax) - blockScaleEmax(element);
    // One step up exactly when the largest value at the floor exponent is
    // below amax (both are exact doubles).
    if (rule == BlockScaleRule::RCeil &&
        double(amax) > std::ldexp(element.largestFinite(), exponent))
      ++exponent;
  }
  exponent = std::clamp(exponent, -kE8M0Bias, kE8M0Bias);
  return uint8_t(exponent + kE8M0Bias);
}

Format altgrad::twoLevelScaleFormat() { return *Format::lookup("E4M3FN"); }

float altgrad::twoLevelRange(const Format &element) {
  return float(element.largestFinite()) *
         float(twoLevelScaleFormat().largestFinite());
}

float altgrad::twoLevelTensorScale(const Format &element, float amax) {
  return computeScale(amax, twoLevelRange(element), kTwoLevelScaleMin);
}

uint8_t altgrad::twoLevelBlockScale(const Format &element, float amax,
                                    float tensorScale) {
  float ratio = (amax / float(element.largestFinite())) / tensorScale;
  return twoLevelScaleFormat().quantize(ratio, 1.0f, Overflow::Saturate);
}

float altgrad::twoLevelScaleValue(uint8_t code, float tensorScale) {
  return twoLevelScaleFormat().dequantize(code, tensorScale);
}

uint8_t altgrad::quantizeInBlock(const Format &element, float x, float scale,
                                 BlockScaleRule rule) {
  if (rule == BlockScaleRule::TwoLevel) {
    if (scale == 0.0f)
      return 0;
  } else if (std::isnan(scale)) {
    return element.hasNaN() ? element.nanCode(false) : 0;
  }
  return element.quantize(x, scale, Overflow::Saturate);
}

std::string altgrad::diagnoseBlockScale(const Format &element,
                                        BlockScaleRule rule) {
  double range =
      element.largestFinite() * twoLevelScaleFormat().largestFinite();
  if (rule == BlockScaleRule::TwoLevel &&
      double(twoLevelRange(element)) != range)
    return "two-level scales need the largest element value times 448 to be "
           "an exact f32 number; it is " +
           std::to_string(range);
  return "";
}
