//===- AltGradTypes.cpp - altgrad types -----------------------------------===//

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

#include <limits>

using namespace mlir;
using namespace altgrad;

#define GET_TYPEDEF_CLASSES
#include "altgrad/Dialect/AltGrad/IR/AltGradTypes.cpp.inc"

//===----------------------------------------------------------------------===//
// FormatType
//===----------------------------------------------------------------------===//

LogicalResult FormatType::verify(function_ref<InFlightDiagnostic()> emitError,
                                 unsigned exponentBits, unsigned mantissaBits,
                                 int bias, SpecialRule rule) {
  std::string problem =
      Format::diagnose(exponentBits, mantissaBits, bias, rule);
  if (problem.empty())
    return success();
  return emitError() << "invalid format E" << exponentBits << "M"
                     << mantissaBits << " with bias " << bias << " and rule "
                     << stringifySpecialRule(rule) << ": " << problem;
}

Format FormatType::getFormat() const {
  return *Format::get(getExponentBits(), getMantissaBits(), getBias(),
                      getRule());
}

// One byte, as the i8 a code lowers to: a memref or vector of codes has the
// layout of its lowered form.
llvm::TypeSize FormatType::getTypeSizeInBits(const DataLayout &,
                                             DataLayoutEntryListRef) const {
  return llvm::TypeSize::getFixed(8);
}

uint64_t FormatType::getABIAlignment(const DataLayout &,
                                     DataLayoutEntryListRef) const {
  return 1;
}

FormatType FormatType::get(MLIRContext *context, const Format &format) {
  return get(context, format.exponentBits(), format.mantissaBits(),
             format.bias(), format.rule());
}

/// Splits `E<e>M<m>` into its two numbers.
static std::optional<std::pair<unsigned, unsigned>>
parseExponentMantissa(StringRef name) {
  unsigned exponentBits, mantissaBits;
  if (!name.consume_front("E"))
    return std::nullopt;
  size_t mantissaAt = name.find('M');
  if (mantissaAt == StringRef::npos ||
      name.take_front(mantissaAt).getAsInteger(10, exponentBits) ||
      name.drop_front(mantissaAt + 1).getAsInteger(10, mantissaBits))
    return std::nullopt;
  return std::make_pair(exponentBits, mantissaBits);
}

Type FormatType::parse(AsmParser &parser) {
  MLIRContext *context = parser.getContext();
  SMLoc loc = parser.getCurrentLocation();
  StringRef name;
  if (parser.parseLess() || parser.parseKeyword(&name))
    return {};
  auto emitError = [&] { return parser.emitError(loc); };

  bool closed = succeeded(parser.parseOptionalGreater());
  std::optional<Format> registered = Format::lookup(name);
  if (closed && registered)
    return get(context, *registered);

  std::optional<std::pair<unsigned, unsigned>> split =
      parseExponentMantissa(name);
  if (!split && registered) {
    parser.emitError(loc) << "registered format '" << name
                          << "' takes no parameters; spell out the others "
                             "as E<e>M<m>, bias = <int>, rule = <rule>";
    return {};
  }
  if (!split) {
    std::string names;
    for (const Format::Named &entry : Format::registry())
      names += (names.empty() ? "" : ", ") + std::string(entry.name);
    parser.emitError(loc) << "unknown format '" << name << "': expected one of "
                          << names << " or E<e>M<m> with explicit parameters";
    return {};
  }
  auto [exponentBits, mantissaBits] = *split;
  // IEEE defaults; without exponent bits, the fixed-point form of E0M7. Too
  // wide an exponent is left to the verifier.
  int bias = exponentBits == 0   ? 1
             : exponentBits <= 8 ? (1 << (exponentBits - 1)) - 1
                                 : 0;
  SpecialRule rule = exponentBits == 0 ? SpecialRule::None : SpecialRule::IEEE;

  while (!closed && succeeded(parser.parseOptionalComma())) {
    StringRef key;
    if (parser.parseKeyword(&key) || parser.parseEqual())
      return {};
    if (key == "bias") {
      if (parser.parseInteger(bias))
        return {};
    } else if (key == "rule") {
      SMLoc ruleLoc = parser.getCurrentLocation();
      StringRef ruleName;
      if (parser.parseKeyword(&ruleName))
        return {};
      std::optional<SpecialRule> parsed = parseSpecialRule(ruleName);
      if (!parsed) {
        parser.emitError(ruleLoc) << "unknown special-value rule '" << ruleName
                                  << "': expected ieee, fn, fnuz or none";
        return {};
      }
      rule = *parsed;
    } else {
      parser.emitError(parser.getCurrentLocation())
          << "unknown format parameter '" << key << "': expected bias or rule";
      return {};
    }
  }
  if (!closed && parser.parseGreater())
    return {};
  return getChecked(emitError, context, exponentBits, mantissaBits, bias, rule);
}

void FormatType::print(AsmPrinter &printer) const {
  Format format = getFormat();
  printer << "<";
  if (std::optional<StringRef> name = format.name())
    printer << *name;
  else
    printer << "E" << getExponentBits() << "M" << getMantissaBits()
            << ", bias = " << getBias()
            << ", rule = " << stringifySpecialRule(getRule());
  printer << ">";
}

//===----------------------------------------------------------------------===//
// HistoryType
//===----------------------------------------------------------------------===//

static constexpr unsigned kDefaultHistoryLength = 16;

LogicalResult HistoryType::verify(function_ref<InFlightDiagnostic()> emitError,
                                  unsigned length) {
  if (length == 0 || length > kMaxLength)
    return emitError() << "amax history length " << length
                       << " is not between 1 and " << kMaxLength;
  return success();
}

Type HistoryType::parse(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  // Parsed as a signed number: parseInteger into an unsigned would wrap -1.
  int64_t length = kDefaultHistoryLength;
  if (succeeded(parser.parseOptionalLess()) &&
      (parser.parseInteger(length) || parser.parseGreater()))
    return {};
  if (length < 1 || length > HistoryType::kMaxLength) {
    parser.emitError(loc) << "amax history length " << length
                          << " is not between 1 and "
                          << HistoryType::kMaxLength;
    return {};
  }
  return getChecked([&] { return parser.emitError(loc); }, parser.getContext(),
                    unsigned(length));
}

void HistoryType::print(AsmPrinter &printer) const {
  printer << "<" << getLength() << ">";
}

void AltGradDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "altgrad/Dialect/AltGrad/IR/AltGradTypes.cpp.inc"
      >();
}
