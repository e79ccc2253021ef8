//===- AltGrad.cpp - C API of the altgrad dialect -------------------------===//

#include "altgrad-c/Dialect/AltGrad.h"

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/CAPI/Support.h"

#include <limits>

using namespace mlir;
using namespace altgrad;

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(AltGrad, altgrad, AltGradDialect)

//===----------------------------------------------------------------------===//
// FormatType
//===----------------------------------------------------------------------===//

/// The model's rule, or nothing for a value outside the enum (C lets callers
/// pass any int).
static std::optional<SpecialRule> unwrapRule(AltGradSpecialRule rule) {
  switch (rule) {
  case AltGradSpecialRuleIEEE:
    return SpecialRule::IEEE;
  case AltGradSpecialRuleFN:
    return SpecialRule::FN;
  case AltGradSpecialRuleFNUZ:
    return SpecialRule::FNUZ;
  case AltGradSpecialRuleNone:
    return SpecialRule::None;
  }
  return std::nullopt;
}

static AltGradSpecialRule wrapRule(SpecialRule rule) {
  switch (rule) {
  case SpecialRule::IEEE:
    return AltGradSpecialRuleIEEE;
  case SpecialRule::FN:
    return AltGradSpecialRuleFN;
  case SpecialRule::FNUZ:
    return AltGradSpecialRuleFNUZ;
  case SpecialRule::None:
    return AltGradSpecialRuleNone;
  }
  llvm_unreachable("unknown special-value rule");
}

/// The context of a constructor, with altgrad loaded: types of a dialect that
/// is not loaded have no storage, and getting one would crash.
static MLIRContext *withAltGrad(MLIRContext *context) {
  context->getOrLoadDialect<AltGradDialect>();
  return context;
}

/// What the `Get` constructors give getChecked: the verifier writes into a
/// live diagnostic that is never reported, so it still fails, silently.
static InFlightDiagnostic unreportedDiagnostic(MLIRContext *context) {
  InFlightDiagnostic diagnostic = emitError(UnknownLoc::get(context));
  diagnostic.abandon();
  return diagnostic;
}

static MlirType getFormatType(function_ref<InFlightDiagnostic()> emitError,
                              MLIRContext *context, unsigned exponentBits,
                              unsigned mantissaBits, int bias,
                              AltGradSpecialRule rule) {
  std::optional<SpecialRule> modelRule = unwrapRule(rule);
  if (!modelRule) {
    emitError() << "unknown special-value rule " << static_cast<int>(rule)
                << ": expected one of AltGradSpecialRule";
    return {nullptr};
  }
  return wrap(FormatType::getChecked(emitError, withAltGrad(context),
                                     exponentBits, mantissaBits, bias,
                                     *modelRule));
}

static Format getFormat(MlirType type) {
  return llvm::cast<FormatType>(unwrap(type)).getFormat();
}

bool altgradTypeIsAFormatType(MlirType type) {
  return llvm::isa<FormatType>(unwrap(type));
}

MlirTypeID altgradFormatTypeGetTypeID(void) {
  return wrap(FormatType::getTypeID());
}

MlirStringRef altgradFormatTypeGetName(void) { return wrap(FormatType::name); }

MlirType altgradFormatTypeGet(MlirContext ctx, unsigned exponentBits,
                              unsigned mantissaBits, int bias,
                              AltGradSpecialRule rule) {
  MLIRContext *context = unwrap(ctx);
  return getFormatType([&] { return unreportedDiagnostic(context); }, context,
                       exponentBits, mantissaBits, bias, rule);
}

MlirType altgradFormatTypeGetChecked(MlirLocation loc, unsigned exponentBits,
                                     unsigned mantissaBits, int bias,
                                     AltGradSpecialRule rule) {
  Location location = unwrap(loc);
  return getFormatType([&] { return emitError(location); },
                       location.getContext(), exponentBits, mantissaBits, bias,
                       rule);
}

MlirType altgradFormatTypeGetByName(MlirContext ctx, MlirStringRef name) {
  std::optional<Format> format = Format::lookup(unwrap(name));
  if (!format)
    return {nullptr};
  return wrap(FormatType::get(withAltGrad(unwrap(ctx)), *format));
}

MlirStringRef altgradFormatTypeGetRegisteredName(MlirType type) {
  return wrap(getFormat(type).name().value_or(StringRef()));
}

unsigned altgradFormatTypeGetExponentBits(MlirType type) {
  return getFormat(type).exponentBits();
}

unsigned altgradFormatTypeGetMantissaBits(MlirType type) {
  return getFormat(type).mantissaBits();
}

int altgradFormatTypeGetBias(MlirType type) { return getFormat(type).bias(); }

AltGradSpecialRule altgradFormatTypeGetRule(MlirType type) {
  return wrapRule(getFormat(type).rule());
}

unsigned altgradFormatTypeGetBitWidth(MlirType type) {
  return getFormat(type).bitWidth();
}

bool altgradFormatTypeHasInf(MlirType type) { return getFormat(type).hasInf(); }

bool altgradFormatTypeHasNaN(MlirType type) { return getFormat(type).hasNaN(); }

bool altgradFormatTypeHasNegativeZero(MlirType type) {
  return getFormat(type).hasNegativeZero();
}

double altgradFormatTypeGetLargestFinite(MlirType type) {
  return getFormat(type).largestFinite();
}

double altgradFormatTypeGetSmallestNormal(MlirType type) {
  return getFormat(type).smallestNormal().value_or(
      std::numeric_limits<double>::quiet_NaN());
}

double altgradFormatTypeGetSmallestSubnormal(MlirType type) {
  return getFormat(type).smallestSubnormal();
}

//===----------------------------------------------------------------------===//
// HistoryType
//===----------------------------------------------------------------------===//

bool altgradTypeIsAHistoryType(MlirType type) {
  return llvm::isa<HistoryType>(unwrap(type));
}

MlirTypeID altgradHistoryTypeGetTypeID(void) {
  return wrap(HistoryType::getTypeID());
}

MlirStringRef altgradHistoryTypeGetName(void) {
  return wrap(HistoryType::name);
}

unsigned altgradHistoryTypeGetMaxLength(void) {
  return HistoryType::kMaxLength;
}

MlirType altgradHistoryTypeGet(MlirContext ctx, unsigned length) {
  MLIRContext *context = unwrap(ctx);
  return wrap(
      HistoryType::getChecked([&] { return unreportedDiagnostic(context); },
                              withAltGrad(context), length));
}

MlirType altgradHistoryTypeGetChecked(MlirLocation loc, unsigned length) {
  Location location = unwrap(loc);
  return wrap(HistoryType::getChecked([&] { return emitError(location); },
                                      withAltGrad(location.getContext()),
                                      length));
}

unsigned altgradHistoryTypeGetLength(MlirType type) {
  return llvm::cast<HistoryType>(unwrap(type)).getLength();
}
