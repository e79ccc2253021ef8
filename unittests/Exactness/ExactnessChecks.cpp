//===- ExactnessChecks.cpp - JIT'ed kernels against the reference ---------===//

#include "ExactnessChecks.h"

#include "Reference/FromModel.h"

#include "altgrad/Format/Format.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <set>
#include <thread>

using namespace exactness;

//===----------------------------------------------------------------------===//
// Bits
//===----------------------------------------------------------------------===//

static float floatOfBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

static uint32_t bitsOfFloat(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof(bits));
  return bits;
}

/// The f32 of an IEEE binary16 pattern; exact, NaN payloads kept.
static float halfToFloat(uint16_t half) {
  uint32_t sign = uint32_t(half & 0x8000u) << 16;
  uint32_t exponent = (half >> 10) & 0x1fu;
  uint32_t mantissa = half & 0x3ffu;
  if (exponent == 0x1f)
    return floatOfBits(sign | 0x7f800000u | (mantissa << 13));
  if (exponent == 0) {
    float magnitude = std::ldexp(float(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  return floatOfBits(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
}

static float bfloatToFloat(uint16_t bfloat) {
  return floatOfBits(uint32_t(bfloat) << 16);
}

std::string exactness::hexFloat(float value) {
  char text[32];
  std::snprintf(text, sizeof(text), "%.9g", double(value));
  return llvm::formatv("{0:x8} ({1})", bitsOfFloat(value), text).str();
}

/// A 64-bit mix (splitmix64's finalizer) for spreading samples.
static uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

/// Sample `i` of 2^log2 f32 patterns spread over all 2^32: one random
/// pattern (chosen by `salt`) in each of 2^log2 equal strides.
static float sampledPattern(uint64_t i, unsigned log2, uint64_t salt) {
  const uint64_t stride = uint64_t(1) << (32 - log2);
  return floatOfBits(uint32_t(i * stride + (mix(i ^ salt) & (stride - 1))));
}

static uint64_t hashName(const std::string &name) {
  uint64_t hash = 1469598103934665603ull;
  for (char c : name)
    hash = (hash ^ uint8_t(c)) * 1099511628211ull;
  return hash;
}

//===----------------------------------------------------------------------===//
// Formats under test
//===----------------------------------------------------------------------===//

std::vector<TestFormat> exactness::registeredFormats() {
  std::vector<TestFormat> formats;
  for (const altgrad::Format::Named &named : altgrad::Format::registry())
    formats.push_back(
        {named.name,
         {std::string("!altgrad.fp<") + named.name + ">",
          1 + named.exponentBits + named.mantissaBits, /*builtin=*/false},
         named.exponentBits,
         named.mantissaBits,
         named.bias,
         reference::fromModel(named.rule)});
  return formats;
}

static llvm::cl::opt<unsigned>
    threadCount("workers",
                llvm::cl::desc("worker threads (default: all cores)"),
                llvm::cl::init(0));
static llvm::cl::list<std::string>
    onlyFormats("only",
                llvm::cl::desc("check only formats whose name contains this "
                               "(repeatable)"));

double exactness::secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

unsigned exactness::workerThreads() {
  return threadCount ? unsigned(threadCount)
                     : std::max(1u, std::thread::hardware_concurrency());
}

bool exactness::isSelected(const TestFormat &format) {
  return onlyFormats.empty() ||
         llvm::any_of(onlyFormats, [&](const std::string &part) {
           return llvm::StringRef(format.name).contains(part);
         });
}

std::vector<TestFormat> exactness::customFormats() {
  using reference::Rule;
  struct Custom {
    const char *spelling;
    unsigned e, m;
    int bias;
    Rule rule;
  };
  static const Custom customs[] = {
      // From the issue: other biases and rules than the registered ones.
      {"E4M3, bias = 9, rule = fnuz", 4, 3, 9, Rule::FNUZ},
      {"E2M5", 2, 5, 1, Rule::IEEE},
      {"E6M1, rule = fn", 6, 1, 31, Rule::FN},
      {"E6M1, rule = none", 6, 1, 31, Rule::None},
      // Values among the f32 subnormals; the smallest is 2^-141.
      {"E5M2, bias = 140", 5, 2, 140, Rule::IEEE},
      // The smallest value is the smallest f32 subnormal, 2^-149: the
      // midpoint below it is no f32 number.
      {"E4M3, bias = 147, rule = fn", 4, 3, 147, Rule::FN},
      // The largest value is 1.75 * 2^127; the next value of the unbounded
      // format, 2^128, is beyond f32.
      {"E5M2, bias = -97", 5, 2, -97, Rule::IEEE},
      {"E3M4, bias = -120, rule = fnuz", 3, 4, -120, Rule::FNUZ},
      // NaN but no Inf, and no subnormals but zero.
      {"E7M0, bias = 20", 7, 0, 20, Rule::IEEE},
      {"E7M0, rule = none", 7, 0, 63, Rule::None},
      {"E2M1, rule = ieee", 2, 1, 1, Rule::IEEE},
      {"E3M3, bias = 5, rule = fn", 3, 3, 5, Rule::FN},
      // Two- and four-bit codes.
      {"E1M0, bias = 0, rule = none", 1, 0, 0, Rule::None},
      {"E0M3, rule = none", 0, 3, 1, Rule::None},
  };
  std::vector<TestFormat> formats;
  for (const Custom &custom : customs)
    formats.push_back({std::string("<") + custom.spelling + ">",
                       {std::string("!altgrad.fp<") + custom.spelling + ">",
                        1 + custom.e + custom.m, /*builtin=*/false},
                       custom.e,
                       custom.m,
                       custom.bias,
                       custom.rule});
  return formats;
}

std::vector<TestFormat> exactness::builtinFormats() {
  static const std::pair<const char *, const char *> builtins[] = {
      {"f8E5M2", "E5M2"},         {"f8E3M4", "E3M4"},
      {"f8E4M3FN", "E4M3FN"},     {"f8E4M3", "E4M3"},
      {"f8E5M2FNUZ", "E5M2FNUZ"}, {"f8E4M3FNUZ", "E4M3FNUZ"},
      {"f6E2M3FN", "E2M3"},       {"f6E3M2FN", "E3M2"},
      {"f4E2M1FN", "E2M1"},
  };
  std::vector<TestFormat> formats;
  for (auto [builtin, name] : builtins)
    for (const altgrad::Format::Named &named : altgrad::Format::registry())
      if (llvm::StringRef(named.name) == name)
        formats.push_back(
            {builtin,
             {builtin, 1 + named.exponentBits + named.mantissaBits,
              /*builtin=*/true},
             named.exponentBits,
             named.mantissaBits,
             named.bias,
             reference::fromModel(named.rule)});
  return formats;
}

//===----------------------------------------------------------------------===//
// Running and counting
//===----------------------------------------------------------------------===//

void exactness::parallelFor(size_t count, unsigned threads,
                            const std::function<void(size_t)> &body) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < count; i = next++)
      body(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < std::max(1u, threads); ++t)
    pool.emplace_back(worker);
  worker();
  for (std::thread &thread : pool)
    thread.join();
}

void Tally::addMismatch(const std::string &example) {
  if (mismatches_++ < kMaxExamples) {
    std::lock_guard<std::mutex> lock(mutex_);
    examples_.push_back(example);
  }
}

void Tally::addMismatch(const std::string &example, float input) {
  ++byExponent_[(bitsOfFloat(input) >> 23) & 0xff];
  addMismatch(example);
}

void Tally::addTableError(const std::string &example) {
  if (tableErrors_++ < kMaxExamples) {
    std::lock_guard<std::mutex> lock(mutex_);
    examples_.push_back("TABLE ERROR (test harness): " + example);
  }
}

std::vector<std::string> Tally::examples() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return examples_;
}

FormatChecker::FormatChecker(const TestFormat &format,
                             const FormatKernels &kernels, unsigned threads)
    : format_(format), kernels_(kernels), threads_(threads),
      reference_(format.makeReference()) {
  if (!reference_.isUsable()) {
    error_ = "the reference finds the format unusable in f32";
    return;
  }
  for (bool saturate : {false, true}) {
    tables_[saturate] = std::make_unique<ReferenceTable>(reference_, saturate);
    if (!tables_[saturate]->error().empty())
      error_ = tables_[saturate]->error();
  }
}

Tally &FormatChecker::newTally(const std::string &label) {
  results_.push_back(std::make_unique<Tally>(label));
  return *results_.back();
}

uint64_t FormatChecker::totalChecked() const {
  uint64_t total = 0;
  for (const auto &tally : results_)
    total += tally->checked();
  return total;
}

uint64_t FormatChecker::totalMismatches() const {
  uint64_t total = 0;
  for (const auto &tally : results_)
    total += tally->mismatches() + tally->tableErrors();
  return total;
}

static std::string kernelName(Shape shape, InputType type, bool saturate) {
  return llvm::formatv("q_{0}_{1}_{2}", shapeName(shape), inputTypeName(type),
                       saturate ? "sat" : "ieee");
}

std::string FormatChecker::describeCode(const char *kernel, float x,
                                        float scale, unsigned expected,
                                        unsigned got) const {
  return llvm::formatv("{0} x={1} scale={2}: expected {3:x2}, got {4:x2}",
                       kernel, hexFloat(x), hexFloat(scale), expected, got);
}

//===----------------------------------------------------------------------===//
// Dequantize
//===----------------------------------------------------------------------===//

static bool sameFloat(float a, float b) {
  return (std::isnan(a) && std::isnan(b)) || bitsOfFloat(a) == bitsOfFloat(b);
}

void FormatChecker::checkDequantize() {
  const float scales[] = {
      1.0f,    0.25f,     3.0f,      1.7f,
      1e-3f,   1e-38f,    0x1p-149f, 1e30f,
      FLT_MAX, 0x1p-126f, 0.0f,      std::numeric_limits<float>::infinity()};
  unsigned numCodes = reference_.numCodes();
  std::vector<uint8_t> codes(256);
  for (unsigned code = 0; code < 256; ++code)
    codes[code] = uint8_t(code);
  std::vector<float> values(256);
  for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector}) {
    Tally &inRange = newTally(llvm::formatv("dequantize {0}, all {1} codes",
                                            shapeName(shape), numCodes));
    // Bytes beyond the code's bits, whose upper bits must be ignored; the
    // kernels of narrow builtin types truncate to the type themselves.
    Tally *upper =
        numCodes < 256 && !format_.kernel.builtin
            ? &newTally(llvm::formatv("dequantize {0}, bytes with bits above "
                                      "the code (ignored)",
                                      shapeName(shape)))
            : nullptr;
    for (float scale : scales) {
      kernels_.dequantize(shape, codes.data(), values.data(), 256, scale);
      for (unsigned code = 0; code < 256; ++code) {
        bool inside = code < numCodes;
        if (!inside && !upper)
          continue;
        Tally &tally = inside ? inRange : *upper;
        float expected = reference_.dequantize(code & (numCodes - 1), scale);
        tally.addChecked(1);
        if (!sameFloat(expected, values[code]))
          tally.addMismatch(llvm::formatv(
              "dq_{0} code={1:x2} scale={2}: expected {3}, got {4}",
              shapeName(shape), code, hexFloat(scale), hexFloat(expected),
              hexFloat(values[code])));
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// Quantize on lists
//===----------------------------------------------------------------------===//

static std::vector<float> padded(const std::vector<float> &inputs) {
  std::vector<float> result = inputs;
  while (result.size() % kVectorWidth)
    result.push_back(0.0f);
  return result;
}

void FormatChecker::compareDirect(Tally &tally, Shape shape, bool saturate,
                                  const std::vector<float> &inputs,
                                  float scale) {
  std::vector<float> x = padded(inputs);
  std::vector<uint8_t> codes(x.size());
  kernels_.quantize(shape, InputType::F32, saturate, x.data(), codes.data(),
                    x.size(), scale);
  std::string kernel = kernelName(shape, InputType::F32, saturate);
  for (size_t i = 0; i < x.size(); ++i) {
    uint8_t expected = reference_.quantize(x[i], scale, saturate);
    if (codes[i] != expected)
      tally.addMismatch(
          describeCode(kernel.c_str(), x[i], scale, expected, codes[i]));
  }
  tally.addChecked(x.size());
}

void FormatChecker::checkHalfPatterns() {
  std::vector<uint16_t> patterns(65536);
  for (unsigned i = 0; i < 65536; ++i)
    patterns[i] = uint16_t(i);
  const float scales[] = {1.0f, 1.7f};
  for (InputType type : {InputType::F16, InputType::BF16}) {
    std::vector<float> asFloat(65536);
    for (unsigned i = 0; i < 65536; ++i)
      asFloat[i] = type == InputType::F16 ? halfToFloat(uint16_t(i))
                                          : bfloatToFloat(uint16_t(i));
    Tally &typed = newTally(llvm::formatv(
        "all {0} patterns, {0}-typed quantize", inputTypeName(type)));
    Tally &extended = newTally(llvm::formatv(
        "all {0} patterns as f32, f32-typed quantize", inputTypeName(type)));
    for (bool saturate : {true, false}) {
      for (float scale : scales) {
        std::vector<uint8_t> expected(65536);
        for (unsigned i = 0; i < 65536; ++i)
          expected[i] = reference_.quantize(asFloat[i], scale, saturate);
        for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector}) {
          std::vector<uint8_t> codes(65536);
          for (bool viaF32 : {false, true}) {
            InputType kernelType = viaF32 ? InputType::F32 : type;
            const void *input = viaF32
                                    ? static_cast<const void *>(asFloat.data())
                                    : patterns.data();
            kernels_.quantize(shape, kernelType, saturate, input, codes.data(),
                              65536, scale);
            Tally &tally = viaF32 ? extended : typed;
            std::string kernel = kernelName(shape, kernelType, saturate);
            for (unsigned i = 0; i < 65536; ++i)
              if (codes[i] != expected[i])
                tally.addMismatch(llvm::formatv("{0:x4}: ", i).str() +
                                  describeCode(kernel.c_str(), asFloat[i],
                                               scale, expected[i], codes[i]));
            tally.addChecked(65536);
          }
        }
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// Boundaries
//===----------------------------------------------------------------------===//

namespace {
/// A set of f32 inputs, each with its negation.
class InputSet {
public:
  void add(float value) {
    bits.insert(bitsOfFloat(value));
    bits.insert(bitsOfFloat(value) ^ 0x80000000u);
  }
  /// `value` if it is exactly an f32 number, with `ulps` f32 neighbours on
  /// each side; otherwise the f32 numbers on either side of it.
  void addNear(double value, int ulps) {
    if (std::isnan(value))
      return;
    float rounded = float(value);
    if (double(rounded) != value) {
      add(std::nextafter(float(value), -INFINITY));
      add(std::nextafter(float(value), INFINITY));
      add(rounded);
      return;
    }
    add(rounded);
    float below = rounded, above = rounded;
    for (int i = 0; i < ulps; ++i) {
      below = std::nextafter(below, -INFINITY);
      above = std::nextafter(above, INFINITY);
      add(below);
      add(above);
    }
  }
  void addBits(uint32_t pattern) { add(floatOfBits(pattern)); }
  std::vector<float> values() const {
    std::vector<float> result;
    for (uint32_t pattern : bits)
      result.push_back(floatOfBits(pattern));
    return result;
  }

private:
  std::set<uint32_t> bits;
};
} // namespace

void FormatChecker::checkBoundaries() {
  InputSet named;
  // Specials: zeros, infinities, NaNs with several payloads (quiet and
  // signalling), f32 subnormals and the f32 extremes.
  for (uint32_t pattern :
       {0x00000000u, 0x7f800000u, 0x7fc00000u, 0x7f800001u, 0x7fffffffu,
        0x7fa5a5a5u, 0x7fc00001u, 0x00000001u, 0x00000002u, 0x00000003u,
        0x00400000u, 0x007fffffu, 0x00800000u, 0x00800001u, 0x7f7fffffu,
        0x7f7ffffeu, 0x3f800000u})
    named.addBits(pattern);

  // Every format value, every midpoint between neighbouring values
  // (including the one between the largest value and the next value of the
  // unbounded format, where IEEE overflow starts), with f32 neighbours, and
  // double-rounding canaries: inputs that a rounding to f16 or bf16 on the
  // way would move onto the midpoint.
  std::vector<double> magnitudes;
  for (unsigned code = 0; code < reference_.numCodes(); ++code) {
    double value = reference_.value(code);
    if (std::isfinite(value) && value >= 0)
      magnitudes.push_back(value);
  }
  std::sort(magnitudes.begin(), magnitudes.end());
  magnitudes.erase(std::unique(magnitudes.begin(), magnitudes.end()),
                   magnitudes.end());
  unsigned largest = reference_.largestCode(false);
  double beyond = magnitudes.back() + reference_.spacingAbove(largest);
  magnitudes.push_back(beyond);
  for (double value : magnitudes) {
    named.addNear(value, 2);
    named.addNear(2 * value, 1);
  }
  for (size_t i = 0; i + 1 < magnitudes.size(); ++i) {
    double low = magnitudes[i], high = magnitudes[i + 1];
    double middle = (low + high) / 2;
    named.addNear(middle, 3);
    // Quarter points: plainly below and above a midpoint.
    named.addNear((3 * low + high) / 4, 0);
    named.addNear((low + 3 * high) / 4, 0);
    if (middle == 0 || float(middle) != middle)
      continue;
    int exponent = std::ilogb(middle);
    double f32Ulp = std::ldexp(1.0, std::max(exponent, -126) - 23);
    for (int precision : {10, 7}) { // f16, bf16 mantissa bits
      double halfStep = std::ldexp(1.0, exponent - precision - 1);
      if (halfStep <= f32Ulp)
        continue;
      named.addNear(middle + halfStep - f32Ulp, 0);
      named.addNear(middle - halfStep + f32Ulp, 0);
      named.addNear(middle + halfStep, 0);
      named.addNear(middle - halfStep, 0);
    }
  }
  // Every input where the reference's code changes, and its neighbours: the
  // largest input that does not overflow and the smallest that does, the
  // subnormal edges, and every rounding decision of the format.
  for (bool saturate : {true, false})
    for (uint32_t key : tables_[saturate]->runStarts())
      for (uint32_t near : {key - 2, key - 1, key, key + 1})
        named.addBits(ReferenceTable::bitsOfKey(near));
  std::vector<float> base = named.values();

  // The scaled inputs: x such that x / scale lands on or near the cases.
  const float scales[] = {1.0f, 0.25f, 0x1p-20f, 0x1p40f, 3.0f,
                          1.7f, 1e-3f, 1e30f,    1e-30f};
  std::vector<std::pair<float, std::vector<float>>> cases;
  for (float scale : scales) {
    if (scale == 1.0f) {
      cases.push_back({scale, base});
      continue;
    }
    InputSet scaled;
    for (float y : base) {
      if (std::isnan(y) || std::isinf(y) || y == 0) {
        scaled.add(y);
        continue;
      }
      scaled.addNear(double(y) * double(scale), 1);
    }
    cases.push_back({scale, scaled.values()});
  }

  Tally &tally = newTally("named boundary cases at 9 scales");
  for (auto &[scale, inputs] : cases)
    for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector})
      for (bool saturate : {true, false})
        compareDirect(tally, shape, saturate, inputs, scale);

  // Degenerate scales: the formula of docs/spec.md still defines the result.
  Tally &degenerate = newTally("named cases at scales 0, +Inf, -2, NaN");
  for (float scale : {0.0f, std::numeric_limits<float>::infinity(), -2.0f,
                      std::numeric_limits<float>::quiet_NaN()})
    for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector})
      for (bool saturate : {true, false})
        compareDirect(degenerate, shape, saturate, base, scale);
}

//===----------------------------------------------------------------------===//
// Many f32 patterns
//===----------------------------------------------------------------------===//

void FormatChecker::compareWithTable(Tally &tally, const char *kernel,
                                     bool saturate, const float *inputs,
                                     const uint8_t *codes, size_t n,
                                     float scale, size_t everyDirect) {
  compareWithTable(
      tally, kernel, *tables_[saturate],
      [&](float x) { return reference_.quantize(x, scale, saturate); }, inputs,
      codes, n, scale, everyDirect);
}

void FormatChecker::compareWithTable(
    Tally &tally, const char *kernel, const ReferenceTable &table,
    llvm::function_ref<uint8_t(float)> quantize, const float *inputs,
    const uint8_t *codes, size_t n, float scale, size_t everyDirect) {
  for (size_t i = 0; i < n; ++i) {
    float y = inputs[i] / scale;
    uint8_t fromTable = table.lookup(y);
    bool direct = everyDirect && i % everyDirect == 0;
    if (codes[i] == fromTable && !direct)
      continue;
    uint8_t expected = quantize(inputs[i]);
    if (expected != fromTable)
      tally.addTableError(
          describeCode("table", inputs[i], scale, expected, fromTable));
    if (codes[i] != expected)
      tally.addMismatch(
          describeCode(kernel, inputs[i], scale, expected, codes[i]),
          inputs[i]);
  }
  tally.addChecked(n);
}

void FormatChecker::checkStrided(unsigned log2Count, unsigned log2Scaled) {
  uint64_t seed = hashName(format_.name);
  auto run = [&](Tally &tally, unsigned log2, float scale, uint64_t salt,
                 size_t everyDirect) {
    const size_t chunk = size_t(1) << std::min(log2, 14u);
    const uint64_t count = uint64_t(1) << log2;
    parallelFor(count / chunk, threads_, [&](size_t c) {
      std::vector<float> x(chunk);
      std::vector<uint8_t> codes(chunk);
      for (size_t j = 0; j < chunk; ++j)
        x[j] = sampledPattern(c * chunk + j, log2, seed ^ salt);
      Shape shape = Shape(c % kNumShapes);
      for (bool saturate : {true, false}) {
        kernels_.quantize(shape, InputType::F32, saturate, x.data(),
                          codes.data(), chunk, scale);
        std::string kernel = kernelName(shape, InputType::F32, saturate);
        compareWithTable(tally, kernel.c_str(), saturate, x.data(),
                         codes.data(), chunk, scale, everyDirect);
      }
    });
  };
  run(newTally(llvm::formatv("2^{0} f32 patterns x 2 modes, scale 1, "
                             "every 16th also directly",
                             log2Count)),
      log2Count, 1.0f, 0, 16);
  for (float scale : {1.7f, 3e-5f})
    run(newTally(llvm::formatv("2^{0} f32 patterns x 2 modes, scale {1}",
                               log2Scaled, hexFloat(scale))),
        log2Scaled, scale, bitsOfFloat(scale), 16);
}

void FormatChecker::checkFakeQuantize(unsigned log2Count) {
  uint64_t seed = hashName(format_.name) ^ 0xfa4e;
  const size_t chunk = size_t(1) << std::min(log2Count, 14u);
  const uint64_t count = uint64_t(1) << log2Count;
  for (float scale : {1.0f, 1.7f}) {
    Tally &tally = newTally(
        llvm::formatv("fake_quantize, 2^{0} f32 patterns x 2 modes, scale {1}",
                      log2Count, hexFloat(scale)));
    parallelFor(count / chunk, threads_, [&](size_t c) {
      std::vector<float> x(chunk), values(chunk);
      for (size_t j = 0; j < chunk; ++j)
        x[j] = sampledPattern(c * chunk + j, log2Count, seed);
      Shape shape = Shape(c % kNumShapes);
      for (bool saturate : {true, false}) {
        kernels_.fakeQuantize(shape, saturate, x.data(), values.data(), chunk,
                              scale);
        const ReferenceTable &table = *tables_[saturate];
        for (size_t j = 0; j < chunk; ++j) {
          float expected =
              reference_.dequantize(table.lookup(x[j] / scale), scale);
          if (sameFloat(values[j], expected))
            continue;
          // The table only speeds the reference up: ask the reference.
          expected = reference_.fakeQuantize(x[j], scale, saturate);
          if (!sameFloat(values[j], expected))
            tally.addMismatch(
                llvm::formatv("fq_{0}_{1}({2}, {3}) = {4}, expected {5}",
                              shapeName(shape), saturate ? "sat" : "ieee",
                              hexFloat(x[j]), hexFloat(scale),
                              hexFloat(values[j]), hexFloat(expected)),
                x[j]);
        }
      }
    });
    tally.addChecked(2 * count);
  }
}

void FormatChecker::checkExhaustive(bool saturate, Shape shape) {
  Tally &tally =
      newTally(llvm::formatv("all 2^32 f32 patterns, {0}, {1}",
                             saturate ? "saturate" : "ieee", shapeName(shape)));
  const size_t chunk = size_t(1) << 20;
  std::string kernel = kernelName(shape, InputType::F32, saturate);
  parallelFor((uint64_t(1) << 32) / chunk, threads_, [&](size_t c) {
    std::vector<float> x(chunk);
    std::vector<uint8_t> codes(chunk);
    for (size_t j = 0; j < chunk; ++j)
      x[j] = floatOfBits(uint32_t(c * chunk + j));
    kernels_.quantize(shape, InputType::F32, saturate, x.data(), codes.data(),
                      chunk, 1.0f);
    compareWithTable(tally, kernel.c_str(), saturate, x.data(), codes.data(),
                     chunk, 1.0f, /*everyDirect=*/256);
  });
}

//===----------------------------------------------------------------------===//
// Stochastic rounding
//===----------------------------------------------------------------------===//

const ReferenceTable &FormatChecker::stochasticTable(uint32_t word) {
  std::lock_guard<std::mutex> lock(stochasticTablesMutex_);
  std::unique_ptr<ReferenceTable> &table = stochasticTables_[word];
  if (!table)
    table = std::make_unique<ReferenceTable>(
        ReferenceTable::stochastic(reference_, word));
  return *table;
}

void FormatChecker::checkStochastic(unsigned log2Count) {
  uint64_t seed = hashName(format_.name) ^ 0x5709;
  const size_t chunk = size_t(1) << std::min(log2Count, 14u);
  const uint64_t count = uint64_t(1) << log2Count;
  for (float scale : {1.0f, 1.7f}) {
    Tally &codesTally = newTally(llvm::formatv(
        "stochastic quantize, 2^{0} f32 patterns x {1} words, scale {2}",
        log2Count, kNumStochasticWords, hexFloat(scale)));
    Tally &valuesTally = newTally(llvm::formatv(
        "stochastic fake_quantize, 2^{0} f32 patterns x {1} words, scale {2}",
        log2Count, kNumStochasticWords, hexFloat(scale)));
    for (uint32_t word : kStochasticWords) {
      const ReferenceTable &table = stochasticTable(word);
      parallelFor(count / chunk, threads_, [&](size_t c) {
        std::vector<float> x(chunk), values(chunk);
        std::vector<uint8_t> codes(chunk);
        for (size_t j = 0; j < chunk; ++j)
          x[j] = sampledPattern(c * chunk + j, log2Count, seed ^ word);
        Shape shape = Shape(c % kNumShapes);
        auto direct = [&](float input) {
          return reference_.quantizeStochastic(input, scale, word);
        };
        std::string kernel =
            llvm::formatv("qs_{0}_word({1:x8})", shapeName(shape), word);
        kernels_.quantizeStochastic(shape, x.data(), codes.data(), chunk, scale,
                                    word);
        compareWithTable(codesTally, kernel.c_str(), table, direct, x.data(),
                         codes.data(), chunk, scale, /*everyDirect=*/64);
        kernels_.fakeQuantizeStochastic(shape, x.data(), values.data(), chunk,
                                        scale, word);
        for (size_t j = 0; j < chunk; ++j) {
          float expected =
              reference_.dequantize(table.lookup(x[j] / scale), scale);
          if (sameFloat(values[j], expected))
            continue;
          expected = reference_.dequantize(direct(x[j]), scale);
          if (!sameFloat(values[j], expected))
            valuesTally.addMismatch(
                llvm::formatv("fqs_{0}_word({1:x8}) x={2} scale={3}: {4}, "
                              "expected {5}",
                              shapeName(shape), word, hexFloat(x[j]),
                              hexFloat(scale), hexFloat(values[j]),
                              hexFloat(expected)),
                x[j]);
        }
        valuesTally.addChecked(chunk);
      });
    }
  }
}

void FormatChecker::checkPhilox(unsigned log2Count) {
  // Seeds and offsets whose upper halves matter, and the all-ones ones.
  const std::pair<uint64_t, uint64_t> calls[] = {
      {0, 0}, {0x299f31d0a4093822ull, 0x0370734413198a2eull}, {~0ull, ~0ull}};
  const size_t n = size_t(1) << log2Count;
  const size_t chunk = std::min<size_t>(n, size_t(1) << 14);
  uint64_t salt = hashName(format_.name) ^ 0x9417;
  std::vector<float> x(n);
  for (size_t i = 0; i < n; ++i)
    x[i] = sampledPattern(i, log2Count, salt);
  for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector}) {
    Tally &tally = newTally(llvm::formatv(
        "stochastic quantize and fake_quantize with Philox words, {0}, 2^{1} "
        "f32 patterns x 3 seeds",
        shapeName(shape), log2Count));
    // The op's element index: the buffer's, a lane's, or none.
    auto indexInOp = [&](size_t i) -> uint64_t {
      if (shape == Shape::Tensor)
        return i;
      return shape == Shape::Vector ? i % kVectorWidth : 0;
    };
    for (auto [seed, offset] : calls) {
      std::vector<uint8_t> codes(n);
      std::vector<float> values(n);
      kernels_.quantizePhilox(shape, x.data(), codes.data(), n, 1.0f, seed,
                              offset);
      kernels_.fakeQuantizePhilox(shape, x.data(), values.data(), n, 1.0f, seed,
                                  offset);
      parallelFor(n / chunk, threads_, [&](size_t c) {
        for (size_t i = c * chunk; i < (c + 1) * chunk; ++i) {
          uint32_t word = reference::randomWord(seed, offset, indexInOp(i));
          uint8_t expected = reference_.quantizeStochastic(x[i], 1.0f, word);
          if (codes[i] != expected)
            tally.addMismatch(
                llvm::formatv("qs_{0}_philox seed={1:x} "
                              "offset={2:x} element {3}: {4}",
                              shapeName(shape), seed, offset, i,
                              describeCode("", x[i], 1.0f, expected, codes[i]))
                    .str(),
                x[i]);
          float value = reference_.dequantize(expected, 1.0f);
          if (!sameFloat(values[i], value))
            tally.addMismatch(
                llvm::formatv("fqs_{0}_philox seed={1:x} offset={2:x} "
                              "element {3}: x={4}: {5}, expected {6}",
                              shapeName(shape), seed, offset, i, hexFloat(x[i]),
                              hexFloat(values[i]), hexFloat(value)),
                x[i]);
        }
      });
      tally.addChecked(2 * n);
    }
  }
}

void FormatChecker::checkStochasticExhaustive(uint32_t word, Shape shape) {
  Tally &tally = newTally(
      llvm::formatv("all 2^32 f32 patterns, stochastic, word {0:x8}, {1}", word,
                    shapeName(shape)));
  const ReferenceTable &table = stochasticTable(word);
  const size_t chunk = size_t(1) << 20;
  std::string kernel =
      llvm::formatv("qs_{0}_word({1:x8})", shapeName(shape), word);
  parallelFor((uint64_t(1) << 32) / chunk, threads_, [&](size_t c) {
    std::vector<float> x(chunk);
    std::vector<uint8_t> codes(chunk);
    for (size_t j = 0; j < chunk; ++j)
      x[j] = floatOfBits(uint32_t(c * chunk + j));
    kernels_.quantizeStochastic(shape, x.data(), codes.data(), chunk, 1.0f,
                                word);
    compareWithTable(
        tally, kernel.c_str(), table,
        [&](float input) {
          return reference_.quantizeStochastic(input, 1.0f, word);
        },
        x.data(), codes.data(), chunk, 1.0f, /*everyDirect=*/256);
  });
}
