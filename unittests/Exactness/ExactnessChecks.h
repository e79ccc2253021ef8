//===- ExactnessChecks.h - JIT'ed kernels against the reference -*- C++ -*-===//
//
// The checks of the "exactness against an independent reference"
// deliverable: the lowered altgrad.quantize, altgrad.dequantize and
// altgrad.fake_quantize of a
// format, JIT-compiled (JitKernels.h), against the brute-force reference of
// unittests/Reference on every code, every f16 and bf16 pattern, named
// boundary cases and a large sample (or all) of the f32 patterns.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_EXACTNESS_EXACTNESSCHECKS_H
#define ALTGRAD_UNITTESTS_EXACTNESS_EXACTNESSCHECKS_H

#include "JitKernels.h"
#include "ReferenceTable.h"

#include "Reference/BruteForceFormat.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace exactness {

/// One format under test: how the IR spells it and its four parameters.
struct TestFormat {
  /// For reports: the registered name, or the IR spelling.
  std::string name;
  KernelFormat kernel;
  unsigned exponentBits;
  unsigned mantissaBits;
  int bias;
  reference::Rule rule;

  reference::BruteForceFormat makeReference() const {
    return reference::BruteForceFormat(exponentBits, mantissaBits, bias, rule);
  }
};

/// Every format of altgrad::Format::registry(), as `!altgrad.fp<NAME>`.
std::vector<TestFormat> registeredFormats();
/// Formats written with explicit parameters, none of them registered.
std::vector<TestFormat> customFormats();
/// MLIR's builtin types that altgrad accepts as formats (f8E5M2, ...).
std::vector<TestFormat> builtinFormats();

/// --workers, the tools' shared option: worker threads, all cores unless
/// given.
unsigned workerThreads();
/// --only, the tools' shared option: whether `format` is to be checked.
bool isSelected(const TestFormat &format);

/// Wall-clock seconds since `start`.
double secondsSince(std::chrono::steady_clock::time_point start);

/// Runs body(i) for i < count on `threads` threads.
void parallelFor(size_t count, unsigned threads,
                 const std::function<void(size_t)> &body);

/// Counts and a few examples of one check, safe to add to from any thread.
class Tally {
public:
  explicit Tally(std::string label) : label_(std::move(label)) {}
  void addChecked(uint64_t n) { checked_ += n; }
  void addMismatch(const std::string &example);
  /// A mismatch for an f32 input, counted also by its exponent field.
  void addMismatch(const std::string &example, float input);
  /// Where a kernel agreed with the table but the reference did not, or the
  /// other way: a fault of the test's acceleration, reported separately.
  void addTableError(const std::string &example);

  const std::string &label() const { return label_; }
  uint64_t checked() const { return checked_; }
  uint64_t mismatches() const { return mismatches_; }
  uint64_t tableErrors() const { return tableErrors_; }
  std::vector<std::string> examples() const;
  /// Mismatches by the biased exponent field of the f32 input (0 holds
  /// zeros and subnormals, 255 infinities and NaNs), where counted.
  uint64_t mismatchesAtExponent(unsigned field) const {
    return byExponent_[field];
  }

  static constexpr unsigned kMaxExamples = 6;

private:
  std::string label_;
  std::atomic<uint64_t> checked_{0}, mismatches_{0}, tableErrors_{0};
  mutable std::mutex mutex_;
  std::vector<std::string> examples_;
  std::atomic<uint64_t> byExponent_[256] = {};
};

/// The checks of one format; each adds its Tally to results().
class FormatChecker {
public:
  FormatChecker(const TestFormat &format, const FormatKernels &kernels,
                unsigned threads);

  /// Whether the reference table could be built; error() says why not.
  bool ok() const { return error_.empty(); }
  const std::string &error() const { return error_; }

  /// Every code (and, for formats narrower than 8 bits, every byte, whose
  /// upper bits must be ignored) through dequantize, in every kernel shape.
  void checkDequantize();
  /// Every f16 and every bf16 pattern, through the f16-, bf16- and f32-typed
  /// quantize kernels of every shape, in both overflow modes.
  void checkHalfPatterns();
  /// Named boundary cases and every rounding boundary of the reference, at
  /// several scales, in every shape and both overflow modes.
  void checkBoundaries();
  /// 2^log2Count f32 patterns spread over every exponent (pattern
  /// i * 2^(32-log2Count) plus a per-format, per-element offset), scale 1,
  /// both modes, the shapes taking turns by chunk; a 2^log2Scaled subset
  /// also at two other scales.
  void checkStrided(unsigned log2Count, unsigned log2Scaled);
  /// 2^log2Count f32 patterns spread over every exponent through
  /// fake_quantize, at scale 1 and 1.7, both modes, the shapes taking turns
  /// by chunk, against the reference's value of quantize's code.
  void checkFakeQuantize(unsigned log2Count);
  /// Every f32 pattern at scale 1 in one overflow mode through `shape`;
  /// every 256th also against the reference directly.
  void checkExhaustive(bool saturate, Shape shape);
  /// Stochastic rounding (docs/spec.md section 7) with each word of
  /// kStochasticWords given to every element: 2^log2Count f32 patterns
  /// spread over every exponent, scales 1 and 1.7, through quantize and
  /// fake_quantize, the shapes taking turns by chunk.
  void checkStochastic(unsigned log2Count);
  /// Stochastic rounding with Philox words from three seeds and offsets, on
  /// 2^log2Count f32 patterns in every shape, against the reference's own
  /// Philox and rounding.
  void checkPhilox(unsigned log2Count);
  /// Every f32 pattern at scale 1 with the random word `word` through
  /// `shape`; every 256th also against the reference directly.
  void checkStochasticExhaustive(uint32_t word, Shape shape);

  const std::vector<std::unique_ptr<Tally>> &results() const {
    return results_;
  }
  uint64_t totalChecked() const;
  uint64_t totalMismatches() const;

private:
  Tally &newTally(const std::string &label);
  /// Runs the f32 quantize kernel on `inputs` (padded as the vector shape
  /// needs) and compares with reference.quantize, directly.
  void compareDirect(Tally &tally, Shape shape, bool saturate,
                     const std::vector<float> &inputs, float scale);
  /// Compares kernel codes for `inputs` at `scale` with the table, and with
  /// the reference itself where they differ or where `everyDirect` picks.
  void compareWithTable(Tally &tally, const char *kernel, bool saturate,
                        const float *inputs, const uint8_t *codes, size_t n,
                        float scale, size_t everyDirect);
  /// The same with any table and the rounding it stands for (of x, scale
  /// included).
  void compareWithTable(Tally &tally, const char *kernel,
                        const ReferenceTable &table,
                        llvm::function_ref<uint8_t(float)> quantize,
                        const float *inputs, const uint8_t *codes, size_t n,
                        float scale, size_t everyDirect);
  /// The table of stochastic rounding with `word`, built on first use.
  const ReferenceTable &stochasticTable(uint32_t word);
  std::string describeCode(const char *kernel, float x, float scale,
                           unsigned expected, unsigned got) const;

  const TestFormat &format_;
  const FormatKernels &kernels_;
  unsigned threads_;
  reference::BruteForceFormat reference_;
  std::unique_ptr<ReferenceTable> tables_[2]; // [saturate]
  std::mutex stochasticTablesMutex_;
  std::map<uint32_t, std::unique_ptr<ReferenceTable>> stochasticTables_;
  std::string error_;
  std::vector<std::unique_ptr<Tally>> results_;
};

std::string hexFloat(float value);

} // namespace exactness

#endif // ALTGRAD_UNITTESTS_EXACTNESS_EXACTNESSCHECKS_H
