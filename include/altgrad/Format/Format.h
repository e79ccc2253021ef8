//===- Format.h - The 8-bit floating-point format model --------*- C++ -*-===//
//
// One class models an altgrad format from its four parameters (exponent bits,
// mantissa bits, bias, special-value rule) and derives every property from
// them: the value of each code, the largest finite value, NaN and Inf codes,
// and the exact quantization of docs/spec.md. The constant folder and the
// lowering both take their format constants from here; nothing else types them
// in.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_FORMAT_FORMAT_H
#define ALTGRAD_FORMAT_FORMAT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace altgrad {

/// Which codes a format reserves for NaN and Inf (docs/spec.md section 1).
enum class SpecialRule : uint8_t {
  /// The all-ones exponent: mantissa 0 is Inf, any other mantissa NaN; with
  /// no mantissa bits the all-ones exponent is NaN and there is no Inf.
  IEEE,
  /// Only the all-ones code of each sign is NaN; no Inf.
  FN,
  /// No Inf, no negative zero: the code with only the sign bit set is NaN.
  FNUZ,
  /// Every code is a finite number.
  None,
};

/// What quantization does with values beyond the largest finite value.
enum class Overflow : uint8_t {
  /// Clamp to the largest finite value of the same sign (the default).
  Saturate,
  /// Round as if the exponent were unbounded; beyond the largest finite
  /// value give Inf, or NaN where the format has no Inf.
  IEEE,
};

llvm::StringRef stringifySpecialRule(SpecialRule rule);
std::optional<SpecialRule> parseSpecialRule(llvm::StringRef name);

/// An 8-bit (or narrower) floating-point format. Codes live in the low
/// `bitWidth()` bits of a byte; higher bits of a code are ignored.
class Format {
public:
  /// Explains why the parameters do not describe a usable format, or returns
  /// an empty string when they do.
  static std::string diagnose(unsigned exponentBits, unsigned mantissaBits,
                              int bias, SpecialRule rule);

  /// The format with these parameters, or nothing when they are invalid.
  static std::optional<Format> get(unsigned exponentBits, unsigned mantissaBits,
                                   int bias, SpecialRule rule);

  /// The format registered under `name` (E5M2, E4M3FN, ...), if any.
  static std::optional<Format> lookup(llvm::StringRef name);

  struct Named;
  /// Every registered format, in the order the docs list them.
  static llvm::ArrayRef<Named> registry();

  /// The registered name of a format with exactly these parameters.
  std::optional<llvm::StringRef> name() const;

  unsigned exponentBits() const { return exponentBits_; }
  unsigned mantissaBits() const { return mantissaBits_; }
  int bias() const { return bias_; }
  SpecialRule rule() const { return rule_; }

  unsigned bitWidth() const { return 1 + exponentBits_ + mantissaBits_; }
  unsigned numCodes() const { return 1u << bitWidth(); }
  uint8_t signMask() const {
    return uint8_t(1u << (exponentBits_ + mantissaBits_));
  }
  uint8_t magnitudeMask() const { return uint8_t(signMask() - 1); }

  bool hasInf() const;
  bool hasNaN() const { return rule_ != SpecialRule::None; }
  bool hasNegativeZero() const { return rule_ != SpecialRule::FNUZ; }

  bool isNaN(uint8_t code) const;
  bool isInf(uint8_t code) const;

  /// The canonical NaN (docs/spec.md section 2, step 4); requires `hasNaN()`.
  uint8_t nanCode(bool negative) const;
  /// The infinity of that sign; requires `hasInf()`.
  uint8_t infCode(bool negative) const;
  /// The magnitude bits of the largest finite value.
  uint8_t maxFiniteMagnitude() const;

  /// Unbiased exponent of the smallest normal value (of the subnormal scale
  /// when the format has no exponent bits).
  int minNormalExponent() const { return 1 - bias_; }

  /// The exact value of a code as a double (NaN and +-Inf included).
  double value(uint8_t code) const;
  double largestFinite() const { return value(maxFiniteMagnitude()); }
  /// None when every finite value is subnormal (E0M7, E1M6).
  std::optional<double> smallestNormal() const;
  double smallestSubnormal() const;
  /// Distance from |x| to the next larger format value in magnitude.
  double spacingAt(double x) const;

  /// The code nearest to `y` (ties to the even code) under `overflow`.
  uint8_t quantizeScaled(float y, Overflow overflow) const;
  /// docs/spec.md section 2: quantizeScaled(x / scale), except that a NaN keeps
  /// the sign of `x` whatever sign the division gives it.
  uint8_t quantize(float x, float scale, Overflow overflow) const;
  /// docs/spec.md section 2: value(code) * scale in f32.
  float dequantize(uint8_t code, float scale) const {
    return static_cast<float>(value(code)) * scale;
  }
  float fakeQuantize(float x, float scale, Overflow overflow) const {
    return dequantize(quantize(x, scale, overflow), scale);
  }
  /// docs/spec.md section 7: `y` rounded to one of the two format values
  /// around it, the larger magnitude when D + word >= 2^32; saturating.
  uint8_t quantizeScaledStochastic(float y, uint32_t word) const;
  /// quantizeScaledStochastic(x / scale, word), NaN as in quantize.
  uint8_t quantizeStochastic(float x, float scale, uint32_t word) const;
  float fakeQuantizeStochastic(float x, float scale, uint32_t word) const {
    return dequantize(quantizeStochastic(x, scale, word), scale);
  }
  /// docs/spec.md section 3.
  float computeScale(float amax, float scaleMin) const;

  bool operator==(const Format &other) const {
    return exponentBits_ == other.exponentBits_ &&
           mantissaBits_ == other.mantissaBits_ && bias_ == other.bias_ &&
           rule_ == other.rule_;
  }
  bool operator!=(const Format &other) const { return !(*this == other); }

private:
  Format(unsigned exponentBits, unsigned mantissaBits, int bias,
         SpecialRule rule)
      : exponentBits_(exponentBits), mantissaBits_(mantissaBits), bias_(bias),
        rule_(rule) {}

  /// A finite nonzero |y| (its f32 bits) as `magnitude` multiples of the
  /// format's spacing there (in an exponent range unbounded above) plus
  /// `remainder / 2^shift` of one; shift is capped at 63, where the
  /// remainder is all of |y|'s 24-bit significand and too small to matter.
  struct Split {
    int64_t magnitude;
    uint64_t remainder;
    int shift;
  };
  Split split(uint32_t absBits) const;
  /// The code of a magnitude below the largest finite one, with the sign
  /// of zero as the format keeps it.
  uint8_t withSign(bool negative, int64_t magnitude) const;

  /// The all-ones exponent field, 2^E - 1.
  unsigned maxExponentField() const { return (1u << exponentBits_) - 1; }

  unsigned exponentBits_;
  unsigned mantissaBits_;
  int bias_;
  SpecialRule rule_;
};

struct Format::Named {
  const char *name;
  unsigned exponentBits;
  unsigned mantissaBits;
  int bias;
  SpecialRule rule;
  /// Where the format comes from, for the docs.
  const char *origin;
};

/// docs/spec.md section 3 for a range `largest`: max(amax / largest,
/// scaleMin) in f32, 1.0 for a NaN or infinite amax.
float computeScale(float amax, float largest, float scaleMin);

/// docs/spec.md section 5: whether one weight stalls under one SGD step.
bool isStalled(const Format &format, float weight, float grad, float lr,
               float scale, float threshold, Overflow overflow);

/// docs/spec.md section 6: whether one weight stalls under a given update.
bool isUpdateStalled(const Format &format, float weight, float updated,
                     float scale, float threshold, Overflow overflow);

} // namespace altgrad

#endif // ALTGRAD_FORMAT_FORMAT_H
