//===- BruteForceBlockScale.cpp - Brute-force block scales ----------------===//

#include "Reference/BruteForceBlockScale.h"

#include <cmath>
#include <limits>

using namespace reference;

static bool allFinite(const std::vector<float> &values) {
  for (float v : values)
    if (!std::isfinite(v))
      return false;
  return true;
}

static double maxAbs(const std::vector<float> &values) {
  double m = 0;
  for (float v : values)
    m = std::fmax(m, std::fabs(double(v)));
  return m;
}

/// The largest p with 2^p <= v (v > 0), by scanning.
static int floorLog2(double v) {
  int p = 200;
  while (std::ldexp(1.0, p) > v)
    --p;
  return p;
}

uint8_t reference::powerOfTwoScale(const BruteForceFormat &element,
                                   const std::vector<float> &block,
                                   BlockRule rule) {
  if (!allFinite(block))
    return 255;
  double a = maxAbs(block);
  int e;
  if (a == 0) {
    e = -127;
  } else if (rule == BlockRule::Floor) {
    e = floorLog2(a) - floorLog2(element.largestFinite());
  } else {
    e = -400;
    while (a > element.largestFinite() * std::ldexp(1.0, e))
      ++e;
  }
  e = e < -127 ? -127 : e > 127 ? 127 : e;
  return uint8_t(e + 127);
}

float reference::e8m0(uint8_t code) {
  if (code == 255)
    return std::numeric_limits<float>::quiet_NaN();
  return float(std::ldexp(1.0, int(code) - 127));
}

/// NVFP4's block scale format, E4M3FN.
static const BruteForceFormat &e4m3fn() {
  static const BruteForceFormat format(4, 3, 7, Rule::FN);
  return format;
}

/// The elements of block `b` of rows of `length`.
static std::vector<float> blockOf(const std::vector<float> &x, size_t length,
                                  size_t blockSize, size_t row, size_t b) {
  std::vector<float> block;
  for (size_t j = b * blockSize; j < length && j < (b + 1) * blockSize; ++j)
    block.push_back(x[row * length + j]);
  return block;
}

static float twoLevelScale(uint8_t code, float tensorScale) {
  return e4m3fn().dequantize(code, tensorScale);
}

BlockQuantized reference::blockQuantize(const BruteForceFormat &element,
                                        const std::vector<float> &x,
                                        size_t length, size_t blockSize,
                                        BlockRule rule) {
  BlockQuantized q;
  q.codes.resize(x.size());
  size_t rows = length ? x.size() / length : 0;
  size_t perRow = (length + blockSize - 1) / blockSize;
  if (rule == BlockRule::TwoLevel) {
    q.tensorScale = 1.0f;
    if (allFinite(x)) {
      float range = float(element.largestFinite() * 448.0);
      q.tensorScale = std::fmax(float(maxAbs(x)) / range, 1.0e-10f);
    }
  }
  for (size_t row = 0; row < rows; ++row)
    for (size_t b = 0; b < perRow; ++b) {
      std::vector<float> block = blockOf(x, length, blockSize, row, b);
      uint8_t code;
      float scale;
      if (rule == BlockRule::TwoLevel) {
        float a = float(maxAbs(block));
        for (float v : block)
          if (std::isnan(v))
            a = std::numeric_limits<float>::quiet_NaN();
        float d = (a / float(element.largestFinite())) / q.tensorScale;
        code = e4m3fn().quantize(d, 1.0f, /*saturate=*/true);
        scale = twoLevelScale(code, q.tensorScale);
      } else {
        code = powerOfTwoScale(element, block, rule);
        scale = e8m0(code);
      }
      q.scales.push_back(code);
      for (size_t j = 0; j < block.size(); ++j) {
        size_t i = row * length + b * blockSize + j;
        if (rule != BlockRule::TwoLevel && code == 255)
          q.codes[i] = element.hasNaN() ? element.nanCode(false) : 0;
        else if (rule == BlockRule::TwoLevel && scale == 0.0f)
          q.codes[i] = 0;
        else
          q.codes[i] = element.quantize(block[j], scale, /*saturate=*/true);
      }
    }
  return q;
}

std::vector<float> reference::blockDequantize(const BruteForceFormat &element,
                                              const BlockQuantized &q,
                                              size_t length, size_t blockSize,
                                              BlockRule rule) {
  size_t perRow = (length + blockSize - 1) / blockSize;
  std::vector<float> values;
  for (size_t i = 0; i < q.codes.size(); ++i) {
    uint8_t code = q.scales[i / length * perRow + i % length / blockSize];
    float scale = rule == BlockRule::TwoLevel
                      ? twoLevelScale(code, q.tensorScale)
                      : e8m0(code);
    values.push_back(element.dequantize(q.codes[i], scale));
  }
  return values;
}
