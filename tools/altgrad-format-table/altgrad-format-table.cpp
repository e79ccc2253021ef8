//===- altgrad-format-table.cpp - The registered formats as Markdown ------===//
//
// Prints the table of docs/formats.md. Every number comes from the format
// model, so the docs cannot drift from the code: scripts/update-docs pastes
// the output into the page and test/Docs checks that it is still current.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Format/Format.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

using namespace altgrad;

/// `2^k` for powers of two too large or small to read as decimals, else the
/// shortest fixed-point decimal that reads back as `value`: format values
/// are dyadic, so that decimal is exact.
static std::string formatNumber(double value) {
  int exponent;
  if (std::frexp(value, &exponent) == 0.5 && (exponent > 17 || exponent < -3))
    return "2^" + std::to_string(exponent - 1);
  for (int decimals = 0;; ++decimals) {
    std::string text;
    llvm::raw_string_ostream(text) << llvm::format("%.*f", decimals, value);
    if (std::strtod(text.c_str(), nullptr) == value)
      return text;
  }
}

/// The smallest values are powers of two, always written as `2^k`.
static std::string formatPowerOfTwo(std::optional<double> value) {
  if (!value)
    return "—";
  return "2^" + std::to_string(std::ilogb(*value));
}

static std::string formatSpecials(const Format &format) {
  unsigned nanCodes = 0;
  for (unsigned code = 0; code < format.numCodes(); ++code)
    nanCodes += format.isNaN(code);
  if (nanCodes == 0)
    return "none";
  std::string text = std::to_string(nanCodes) + " NaN";
  text += format.hasInf() ? ", ±Inf" : ", no Inf";
  return text;
}

/// Distinct finite values; +0 and -0 count once.
static unsigned countFiniteValues(const Format &format) {
  std::set<double> values;
  for (unsigned code = 0; code < format.numCodes(); ++code)
    if (std::isfinite(format.value(code)))
      values.insert(format.value(code) == 0 ? 0.0 : format.value(code));
  return values.size();
}

int main(int argc, char **argv) {
  // No options: anything on the command line is an error, and --help says
  // what the tool does.
  llvm::cl::ParseCommandLineOptions(
      argc, argv,
      "prints the table of altgrad's registered formats (docs/formats.md) "
      "as Markdown\n");
  llvm::raw_ostream &os = llvm::outs();
  os << "| name | E | M | bias | rule | largest finite | smallest normal | "
        "smallest subnormal | NaN / Inf | finite values | origin |\n"
     << "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | "
        "--- |\n";
  for (const Format::Named &entry : Format::registry()) {
    Format format = *Format::lookup(entry.name);
    // Subnormals are the codes with exponent field 0 and a nonzero mantissa.
    std::optional<double> smallestSubnormal;
    if (format.mantissaBits() > 0)
      smallestSubnormal = format.smallestSubnormal();
    os << "| " << entry.name << " | " << format.exponentBits() << " | "
       << format.mantissaBits() << " | " << format.bias() << " | "
       << stringifySpecialRule(format.rule()) << " | "
       << formatNumber(format.largestFinite()) << " | "
       << formatPowerOfTwo(format.smallestNormal()) << " | "
       << formatPowerOfTwo(smallestSubnormal) << " | " << formatSpecials(format)
       << " | " << countFiniteValues(format) << " | " << entry.origin << " |\n";
  }
  return 0;
}
