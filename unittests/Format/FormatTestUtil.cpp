//===- FormatTestUtil.cpp - Inputs and helpers of the format tests --------===//

#include "FormatTestUtil.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/bit.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>

using namespace altgrad_test;

float altgrad_test::fromBits(uint32_t bits) {
  return llvm::bit_cast<float>(bits);
}

uint32_t altgrad_test::toBits(float x) { return llvm::bit_cast<uint32_t>(x); }

bool altgrad_test::sameFloat(float a, float b) {
  return (std::isnan(a) && std::isnan(b)) || toBits(a) == toBits(b);
}

bool altgrad_test::sameDouble(double a, double b) {
  return (std::isnan(a) && std::isnan(b)) ||
         llvm::bit_cast<uint64_t>(a) == llvm::bit_cast<uint64_t>(b);
}

std::string altgrad_test::describe(float x) {
  std::string result;
  llvm::raw_string_ostream os(result);
  os << llvm::format_hex(toBits(x), 10) << " (" << llvm::format("%a", x) << ")";
  return result;
}

llvm::ArrayRef<float> altgrad_test::halfInputs() {
  static const std::vector<float> inputs = [] {
    std::vector<float> result;
    for (uint32_t bits = 0; bits < 0x10000; ++bits) {
      // APFloat widens exactly, NaN payloads included.
      llvm::APFloat half(llvm::APFloat::IEEEhalf(), llvm::APInt(16, bits));
      bool losesInfo;
      half.convert(llvm::APFloat::IEEEsingle(),
                   llvm::APFloat::rmNearestTiesToEven, &losesInfo);
      result.push_back(half.convertToFloat());
    }
    return result;
  }();
  return inputs;
}

llvm::ArrayRef<float> altgrad_test::bfloatInputs() {
  static const std::vector<float> inputs = [] {
    std::vector<float> result;
    for (uint32_t bits = 0; bits < 0x10000; ++bits)
      result.push_back(fromBits(bits << 16));
    return result;
  }();
  return inputs;
}

llvm::ArrayRef<float> altgrad_test::f32SweepInputs() {
  static const std::vector<float> inputs = [] {
    std::vector<float> result;
    for (uint32_t sign = 0; sign < 2; ++sign) {
      for (uint32_t exponent = 0; exponent < 256; ++exponent) {
        uint32_t high = sign << 31 | exponent << 23;
        for (uint32_t mantissa : {0x0u, 0x1u, 0x400000u, 0x7fffffu})
          result.push_back(fromBits(high | mantissa));
        // A stride that wraps around the mantissa field, shifted per
        // exponent, so that low and high mantissa bits both vary.
        for (uint32_t k = 0; k < 124; ++k)
          result.push_back(fromBits(
              high | ((k * 0x10203u + exponent * 0x3f1u) & 0x7fffffu)));
      }
    }
    return result;
  }();
  return inputs;
}

llvm::ArrayRef<float> altgrad_test::specialInputs() {
  static const std::vector<float> inputs = [] {
    std::vector<float> result;
    for (uint32_t bits :
         {0x00000000u, 0x7f800000u, 0x7fc00000u, 0x7f800001u, 0x7fa00000u,
          0x7fe00000u, 0x7fffffffu, 0x00000001u, 0x00000002u, 0x00000003u,
          0x00400000u, 0x00400001u, 0x007fffffu, 0x00800000u, 0x7f7fffffu,
          0x7f7ffffeu, 0x3f800000u}) {
      result.push_back(fromBits(bits));
      result.push_back(fromBits(bits | 0x80000000u));
    }
    return result;
  }();
  return inputs;
}

std::vector<float>
altgrad_test::boundaryInputs(const reference::BruteForceFormat &format,
                             float scale) {
  std::vector<double> points;
  for (unsigned code = 0; code < format.numCodes(); ++code)
    if (!std::isnan(format.value(code)) && !std::isinf(format.value(code)))
      points.push_back(format.value(code));
  unsigned largest = format.largestCode(false);
  double beyond = format.largestFinite() + format.spacingAbove(largest);
  points.push_back(beyond);
  points.push_back(-beyond);
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  for (size_t i = 0, e = points.size(); i + 1 < e; ++i)
    points.push_back((points[i] + points[i + 1]) / 2);

  std::vector<float> result;
  for (double point : points) {
    double scaled = point * scale;
    float x = std::fabs(scaled) < 0x1p128 ? float(scaled)
                                          : std::copysign(INFINITY, scaled);
    result.push_back(x);
    result.push_back(std::nextafterf(x, INFINITY));
    result.push_back(std::nextafterf(x, -INFINITY));
  }
  return result;
}
