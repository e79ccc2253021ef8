//===- ExactnessMain.cpp - CI-sized exactness test of the CPU lowering ----===//
//
// altgrad-exactness: for every registered format, a set of custom formats and
// the builtin 8-, 6- and 4-bit float types, JIT-compiles the lowered
// altgrad.quantize and altgrad.dequantize and compares every result with the
// brute-force reference: all codes, all f16 and bf16 patterns, named boundary
// cases, and 2^26 f32 patterns per format. Prints one line per check and a
// TOTAL line that test/Integration/CPU/exactness.test looks for; exits with 1
// on any mismatch.
//
//===----------------------------------------------------------------------===//

#include "ExactnessChecks.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace exactness;

static llvm::cl::opt<unsigned>
    log2Samples("log2-samples",
                llvm::cl::desc("log2 of the f32 patterns per format"),
                llvm::cl::init(26));
static llvm::cl::opt<unsigned>
    log2Scaled("log2-scaled",
               llvm::cl::desc("log2 of the f32 patterns per format at each "
                              "of the two other scales"),
               llvm::cl::init(22));
static llvm::cl::opt<std::string>
    checks("checks",
           llvm::cl::desc("comma-separated subset of dequantize,half,"
                          "boundaries,strided,fake,stochastic,philox "
                          "(default: all)"),
           llvm::cl::init(
               "dequantize,half,boundaries,strided,fake,stochastic,philox"));
static llvm::cl::opt<unsigned> log2Stochastic(
    "log2-stochastic",
    llvm::cl::desc("log2 of the f32 patterns per format, word and scale "
                   "through stochastic rounding"),
    llvm::cl::init(20));
static llvm::cl::opt<bool>
    printModule("print-module",
                llvm::cl::desc("print each format's kernel module"),
                llvm::cl::init(false));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(
      argc, argv,
      "altgrad exactness test: lowered quantize/dequantize against the "
      "brute-force reference\n");
  unsigned threads = workerThreads();
  // The vector kernels take whole vectors of 8.
  if (log2Samples < 3 || log2Samples > 32 || log2Scaled < 3 ||
      log2Scaled > 32 || log2Stochastic < 3 || log2Stochastic > 32) {
    llvm::errs() << "--log2-samples, --log2-scaled and --log2-stochastic "
                    "must be between 3 and 32\n";
    return 2;
  }

  std::vector<TestFormat> formats = registeredFormats();
  for (auto &more : {customFormats(), builtinFormats()})
    formats.insert(formats.end(), more.begin(), more.end());

  auto start = std::chrono::steady_clock::now();
  uint64_t checked = 0, mismatches = 0;
  unsigned tested = 0, failedFormats = 0;
  llvm::outs() << llvm::formatv("altgrad-exactness: {0} threads, 2^{1} f32 "
                                "patterns per format\n",
                                threads, unsigned(log2Samples));
  for (const TestFormat &format : formats) {
    if (!isSelected(format))
      continue;
    ++tested;
    auto formatStart = std::chrono::steady_clock::now();
    llvm::outs() << "FORMAT " << format.name << " as " << format.kernel.mlirType
                 << "\n";
    llvm::outs().flush();
    llvm::Expected<std::unique_ptr<FormatKernels>> kernels =
        FormatKernels::compile(format.kernel);
    if (!kernels) {
      llvm::outs() << "  ERROR: " << llvm::toString(kernels.takeError())
                   << "\n";
      ++failedFormats;
      ++mismatches;
      continue;
    }
    if (printModule)
      llvm::outs() << (*kernels)->source();
    double compileSeconds = secondsSince(formatStart);
    FormatChecker checker(format, **kernels, threads);
    if (!checker.ok()) {
      llvm::outs() << "  ERROR: " << checker.error() << "\n";
      ++failedFormats;
      ++mismatches;
      continue;
    }
    llvm::SmallVector<llvm::StringRef> selected;
    llvm::StringRef(checks).split(selected, ',');
    auto wanted = [&](llvm::StringRef name) {
      return llvm::is_contained(selected, name);
    };
    if (wanted("dequantize"))
      checker.checkDequantize();
    if (wanted("half"))
      checker.checkHalfPatterns();
    if (wanted("boundaries"))
      checker.checkBoundaries();
    if (wanted("strided"))
      checker.checkStrided(log2Samples,
                           std::min<unsigned>(log2Scaled, log2Samples));
    if (wanted("fake"))
      checker.checkFakeQuantize(std::min<unsigned>(log2Scaled, log2Samples));
    if (wanted("stochastic"))
      checker.checkStochastic(log2Stochastic);
    if (wanted("philox"))
      checker.checkPhilox(std::min<unsigned>(log2Stochastic, 16));
    for (const auto &tally : checker.results()) {
      llvm::outs() << llvm::formatv("  {0}: {1} checked, {2} mismatches",
                                    tally->label(), tally->checked(),
                                    tally->mismatches());
      if (tally->tableErrors())
        llvm::outs() << ", " << tally->tableErrors() << " TABLE ERRORS";
      llvm::outs() << "\n";
      for (const std::string &example : tally->examples())
        llvm::outs() << "    " << example << "\n";
    }
    uint64_t formatMismatches = checker.totalMismatches();
    llvm::outs() << llvm::formatv(
        "  {0}: {1} checked, {2} mismatches (compile {3:f2} s, total {4:f2} "
        "s)\n",
        format.name, checker.totalChecked(), formatMismatches, compileSeconds,
        secondsSince(formatStart));
    llvm::outs().flush();
    checked += checker.totalChecked();
    mismatches += formatMismatches;
    failedFormats += formatMismatches != 0;
  }
  llvm::outs() << llvm::formatv(
      "TOTAL: {0} checked, {1} mismatches, {2} of {3} formats failing, "
      "{4:f1} s\n",
      checked, mismatches, failedFormats, tested, secondsSince(start));
  return mismatches == 0 && tested > 0 ? 0 : 1;
}
