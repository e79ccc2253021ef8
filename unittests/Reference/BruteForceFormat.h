//===- BruteForceFormat.h - Brute-force reference formats -------*- C++ -*-===//
//
// A second, independent reading of docs/spec.md sections 1-3, 5 and 7, built
// from the four format parameters alone: it decodes every code with the formula
// of section 1 and quantizes by searching the table of all finite values. It
// includes nothing of altgrad, so that the unit tests compare two separate
// implementations of the contract instead of one with itself.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_REFERENCE_BRUTEFORCEFORMAT_H
#define ALTGRAD_UNITTESTS_REFERENCE_BRUTEFORCEFORMAT_H

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace reference {

/// docs/spec.md section 1, special-value rules.
enum class Rule { IEEE, FN, FNUZ, None };

class BruteForceFormat {
public:
  /// Requires 1 <= E + M <= 7, and E >= 1 for the ieee rule; the bias may put
  /// values outside the f32 range (see isUsable).
  BruteForceFormat(unsigned exponentBits, unsigned mantissaBits, int bias,
                   Rule rule);

  /// Whether the format has a positive finite value and every finite value is
  /// an f32 number, which is what makes f32 quantization exact.
  bool isUsable() const;

  unsigned numCodes() const { return unsigned(kinds.size()); }
  unsigned signBit() const { return numCodes() / 2; }
  bool isNaN(unsigned code) const { return kinds[code] == Kind::NaN; }
  bool isInf(unsigned code) const { return kinds[code] == Kind::Inf; }
  /// The exact value of a code: a number, +-Inf or NaN.
  double value(unsigned code) const { return values[code]; }

  bool hasNaN() const { return anyNaN; }
  bool hasInf() const { return anyInf; }
  /// docs/spec.md section 2 step 4; requires hasNaN().
  unsigned nanCode(bool negative) const;
  /// Requires hasInf().
  unsigned infCode(bool negative) const;
  /// The code of the largest finite value of that sign.
  unsigned largestCode(bool negative) const;
  double largestFinite() const { return value(largestCode(false)); }
  double smallestPositive() const;
  /// The smallest positive value with a nonzero exponent field, if any.
  std::optional<double> smallestNormal() const;
  /// The distance from |value(code)| to the next larger magnitude, in the
  /// format with the same precision and an unbounded exponent range.
  double spacingAbove(unsigned code) const;

  /// docs/spec.md section 2 on an already scaled f32 value.
  uint8_t quantizeScaled(float y, bool saturate) const;
  /// quantizeScaled(x / scale), a NaN taking the sign of x.
  uint8_t quantize(float x, float scale, bool saturate) const;
  float dequantize(unsigned code, float scale) const;
  float fakeQuantize(float x, float scale, bool saturate) const;
  /// docs/spec.md section 7 on an already scaled f32 value, with the random
  /// word `word`.
  uint8_t quantizeScaledStochastic(float y, uint32_t word) const;
  /// quantizeScaledStochastic(x / scale, word), a NaN taking the sign of x.
  uint8_t quantizeStochastic(float x, float scale, uint32_t word) const;
  /// docs/spec.md section 3.
  float computeScale(float amax, float scaleMin) const;
  /// docs/spec.md section 5, one element.
  bool isStalled(float weight, float grad, float lr, float scale,
                 float threshold, bool saturate) const;

private:
  enum class Kind { Number, Inf, NaN };
  struct Candidate {
    double value;
    unsigned code;
    /// A value of the unbounded-exponent format beyond the largest finite.
    bool beyond;
  };

  /// Value of a magnitude code read with an exponent field of any width.
  double unboundedMagnitude(unsigned magnitude) const;
  /// The candidate nearest to y; ties go to the code whose last bit is 0.
  static const Candidate &nearest(const std::vector<Candidate> &table, float y);
  unsigned overflowCode(bool negative) const;

  unsigned exponentBits, mantissaBits;
  int bias;
  Rule rule;
  std::vector<Kind> kinds;
  std::vector<double> values;
  bool anyNaN, anyInf;
  unsigned infCodes[2] = {0, 0};
  /// Finite values in increasing order, zero once (as code 0).
  std::vector<Candidate> finite;
  /// The same with one more value of the unbounded format at either end.
  std::vector<Candidate> unbounded;
};

/// docs/spec.md section 7: Philox4x32-10 of a counter and a key, written
/// from Salmon et al. (SC'11) on its own.
std::array<uint32_t, 4> philox(std::array<uint32_t, 4> counter,
                               std::array<uint32_t, 2> key);
/// The random word of row-major element `index` under `seed` and `offset`.
uint32_t randomWord(uint64_t seed, uint64_t offset, uint64_t index);

} // namespace reference

#endif // ALTGRAD_UNITTESTS_REFERENCE_BRUTEFORCEFORMAT_H
