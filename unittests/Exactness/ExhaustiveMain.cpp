//===- ExhaustiveMain.cpp - All 2^32 f32 inputs against the reference -----===//
//
// altgrad-exhaustive: for every registered format and both overflow modes,
// quantizes all 2^32 f32 bit patterns (scale 1) with the JIT-compiled
// lowering and compares each code with the brute-force reference. Prints the
// mismatch count and the time per format and mode. Not part of
// check-altgrad: it takes minutes per format on two cores.
//
//===----------------------------------------------------------------------===//

#include "ExactnessChecks.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <functional>
#include <iterator>

using namespace exactness;

static llvm::cl::opt<std::string>
    modes("modes", llvm::cl::desc("saturate, ieee or both (default)"),
          llvm::cl::init("both"));
static llvm::cl::opt<std::string>
    shapeOption("shape",
                llvm::cl::desc("kernel shape: scalar (default), tensor or "
                               "vector"),
                llvm::cl::init("scalar"));
static llvm::cl::opt<std::string> rounding(
    "rounding",
    llvm::cl::desc("nearest_even (default, both --modes) or stochastic (each "
                   "of the checks' fixed random words, or --words)"),
    llvm::cl::init("nearest_even"));
static llvm::cl::list<uint32_t>
    words("words", llvm::cl::desc("with --rounding=stochastic: the words"),
          llvm::cl::CommaSeparated);
static llvm::cl::opt<bool>
    allFormats("all-formats",
               llvm::cl::desc("also the custom formats and builtin types"),
               llvm::cl::init(false));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(
      argc, argv,
      "altgrad exhaustive test: every f32 input of quantize against the "
      "brute-force reference\n");
  unsigned threads = workerThreads();
  Shape shape = shapeOption == "tensor"   ? Shape::Tensor
                : shapeOption == "vector" ? Shape::Vector
                                          : Shape::Scalar;
  std::vector<bool> saturateModes;
  if (modes != "ieee")
    saturateModes.push_back(true);
  if (modes != "saturate")
    saturateModes.push_back(false);

  std::vector<TestFormat> formats = registeredFormats();
  if (allFormats)
    for (auto &more : {customFormats(), builtinFormats()})
      formats.insert(formats.end(), more.begin(), more.end());

  auto start = std::chrono::steady_clock::now();
  llvm::outs() << llvm::formatv("altgrad-exhaustive: {0} threads, {1} "
                                "kernels\n",
                                threads, shapeName(shape));
  uint64_t mismatches = 0;
  for (const TestFormat &format : formats) {
    if (!isSelected(format))
      continue;
    llvm::Expected<std::unique_ptr<FormatKernels>> kernels =
        FormatKernels::compile(format.kernel);
    if (!kernels) {
      llvm::outs() << format.name
                   << ": ERROR: " << llvm::toString(kernels.takeError())
                   << "\n";
      ++mismatches;
      continue;
    }
    FormatChecker checker(format, **kernels, threads);
    if (!checker.ok()) {
      llvm::outs() << format.name << ": ERROR: " << checker.error() << "\n";
      ++mismatches;
      continue;
    }
    // One run per overflow mode, or per random word.
    std::vector<std::pair<std::string, std::function<void()>>> runs;
    if (rounding == "stochastic") {
      std::vector<uint32_t> chosen(words.begin(), words.end());
      if (chosen.empty())
        chosen.assign(std::begin(kStochasticWords), std::end(kStochasticWords));
      for (uint32_t word : chosen)
        runs.emplace_back(llvm::formatv("stochastic {0:x8}", word).str(),
                          [&checker, word, shape] {
                            checker.checkStochasticExhaustive(word, shape);
                          });
    } else {
      for (bool saturate : saturateModes)
        runs.emplace_back(saturate ? "saturate" : "ieee",
                          [&checker, saturate, shape] {
                            checker.checkExhaustive(saturate, shape);
                          });
    }
    for (auto &[label, run] : runs) {
      auto modeStart = std::chrono::steady_clock::now();
      run();
      const Tally &tally = *checker.results().back();
      llvm::outs() << llvm::formatv(
          "{0} {1}: {2} checked, {3} mismatches{4}, {5:f1} s\n", format.name,
          label, tally.checked(), tally.mismatches(),
          tally.tableErrors()
              ? llvm::formatv(", {0} TABLE ERRORS", tally.tableErrors()).str()
              : std::string(),
          secondsSince(modeStart));
      for (const std::string &example : tally.examples())
        llvm::outs() << "    " << example << "\n";
      if (tally.mismatches()) {
        llvm::outs() << "    mismatches by f32 exponent field:";
        for (unsigned field = 0; field < 256; ++field)
          if (uint64_t count = tally.mismatchesAtExponent(field))
            llvm::outs() << " " << field << ":" << count;
        llvm::outs() << "\n";
      }
      llvm::outs().flush();
      mismatches += tally.mismatches() + tally.tableErrors();
    }
  }
  llvm::outs() << llvm::formatv("TOTAL: {0} mismatches, {1:f1} s\n", mismatches,
                                secondsSince(start));
  return mismatches == 0 ? 0 : 1;
}
