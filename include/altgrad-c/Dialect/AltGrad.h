//===- AltGrad.h - C API of the altgrad dialect -------------------*- C -*-===//
//
// The altgrad dialect and its types for C and for the bindings of other
// languages, in upstream's conventions (mlir-c/Dialect/*.h): a dialect
// handle, and for each type an isa test, constructors, getters, its TypeID
// and its name. Every property of a format comes from the format model of
// the type (altgrad/Format/Format.h), never from a table of its own.
//
// Constructors load the altgrad dialect into the context when it is not
// loaded yet, and never abort: invalid parameters give a null type (test it
// with mlirTypeIsNull). The `Get` constructors report nothing; the
// `GetChecked` ones report why at a location, through the diagnostic
// handlers of its context. Getters of a type require a type of that kind
// (upstream's convention: test it first with the isa function).
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_C_DIALECT_ALTGRAD_H
#define ALTGRAD_C_DIALECT_ALTGRAD_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// The handle of the altgrad dialect alone, for mlirDialectHandleInsertDialect
/// and mlirDialectHandleLoadDialect. A context that lowers altgrad programs
/// needs the upstream dialects too: see altgradRegisterDialects in
/// altgrad-c/Registration.h.
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(AltGrad, altgrad);

//===----------------------------------------------------------------------===//
// FormatType: !altgrad.fp<...>
//===----------------------------------------------------------------------===//

/// Which codes a format reserves for NaN and Inf (docs/spec.md section 1).
/// In C++ its underlying type is int, so that any value a C caller passes is
/// one the implementation may read and reject (without a fixed type, C++
/// values outside the enumerators' bit range are undefined).
typedef enum AltGradSpecialRule
#ifdef __cplusplus
    : int
#endif
{
  /// The all-ones exponent: mantissa 0 is Inf, any other mantissa NaN; with
  /// no mantissa bits the all-ones exponent is NaN and there is no Inf.
  AltGradSpecialRuleIEEE = 0,
  /// Only the all-ones code of each sign is NaN; no Inf.
  AltGradSpecialRuleFN = 1,
  /// No Inf, no negative zero: the code with only the sign bit set is NaN.
  AltGradSpecialRuleFNUZ = 2,
  /// Every code is a finite number.
  AltGradSpecialRuleNone = 3,
} AltGradSpecialRule;

/// Whether `type` is an altgrad format type.
MLIR_CAPI_EXPORTED bool altgradTypeIsAFormatType(MlirType type);

/// The TypeID of altgrad format types.
MLIR_CAPI_EXPORTED MlirTypeID altgradFormatTypeGetTypeID(void);

/// The name of the format type, "altgrad.fp".
MLIR_CAPI_EXPORTED MlirStringRef altgradFormatTypeGetName(void);

/// The format with `exponentBits` exponent bits, `mantissaBits` mantissa
/// bits, exponent bias `bias` and special-value rule `rule`, or a null type
/// when these do not describe a valid format (too many bits, a value outside
/// the f32 range, a rule that is not one of AltGradSpecialRule, ...).
MLIR_CAPI_EXPORTED MlirType altgradFormatTypeGet(MlirContext ctx,
                                                 unsigned exponentBits,
                                                 unsigned mantissaBits,
                                                 int bias,
                                                 AltGradSpecialRule rule);

/// As altgradFormatTypeGet, in the context of `loc`, and an invalid format
/// is reported at `loc` with the reason the verifier gives.
MLIR_CAPI_EXPORTED MlirType altgradFormatTypeGetChecked(
    MlirLocation loc, unsigned exponentBits, unsigned mantissaBits, int bias,
    AltGradSpecialRule rule);

/// The registered format called `name` (E5M2, E4M3FN, ...; the table of
/// docs/formats.md), or a null type when no format has that name.
MLIR_CAPI_EXPORTED MlirType altgradFormatTypeGetByName(MlirContext ctx,
                                                       MlirStringRef name);

/// The registered name of the format ("E5M2"), or an empty string when its
/// parameters match no registered format. The string is static.
MLIR_CAPI_EXPORTED MlirStringRef
altgradFormatTypeGetRegisteredName(MlirType type);

/// The number of exponent bits, E.
MLIR_CAPI_EXPORTED unsigned altgradFormatTypeGetExponentBits(MlirType type);

/// The number of mantissa bits, M.
MLIR_CAPI_EXPORTED unsigned altgradFormatTypeGetMantissaBits(MlirType type);

/// The exponent bias.
MLIR_CAPI_EXPORTED int altgradFormatTypeGetBias(MlirType type);

/// The special-value rule.
MLIR_CAPI_EXPORTED AltGradSpecialRule altgradFormatTypeGetRule(MlirType type);

/// The width of a code, 1 + E + M bits.
MLIR_CAPI_EXPORTED unsigned altgradFormatTypeGetBitWidth(MlirType type);

/// Whether the format has infinities.
MLIR_CAPI_EXPORTED bool altgradFormatTypeHasInf(MlirType type);

/// Whether the format has NaN codes.
MLIR_CAPI_EXPORTED bool altgradFormatTypeHasNaN(MlirType type);

/// Whether the format has a negative zero.
MLIR_CAPI_EXPORTED bool altgradFormatTypeHasNegativeZero(MlirType type);

/// The largest finite value, exactly (every format value is a double).
MLIR_CAPI_EXPORTED double altgradFormatTypeGetLargestFinite(MlirType type);

/// The smallest positive normal value, 2^(1 - bias), or NaN when every
/// finite value of the format is subnormal (E0M7, E1M6).
MLIR_CAPI_EXPORTED double altgradFormatTypeGetSmallestNormal(MlirType type);

/// The smallest positive value, 2^(1 - bias - M): the smallest subnormal,
/// or with M = 0, where there are no subnormals, the smallest normal.
MLIR_CAPI_EXPORTED double altgradFormatTypeGetSmallestSubnormal(MlirType type);

//===----------------------------------------------------------------------===//
// HistoryType: !altgrad.history<length>
//===----------------------------------------------------------------------===//

/// Whether `type` is an altgrad amax history type.
MLIR_CAPI_EXPORTED bool altgradTypeIsAHistoryType(MlirType type);

/// The TypeID of altgrad amax history types.
MLIR_CAPI_EXPORTED MlirTypeID altgradHistoryTypeGetTypeID(void);

/// The name of the history type, "altgrad.history".
MLIR_CAPI_EXPORTED MlirStringRef altgradHistoryTypeGetName(void);

/// The longest history there is (8192 records).
MLIR_CAPI_EXPORTED unsigned altgradHistoryTypeGetMaxLength(void);

/// The amax history of `length` records, or a null type when `length` is 0
/// or above altgradHistoryTypeGetMaxLength().
MLIR_CAPI_EXPORTED MlirType altgradHistoryTypeGet(MlirContext ctx,
                                                  unsigned length);

/// As altgradHistoryTypeGet, in the context of `loc`, and an invalid length
/// is reported at `loc`.
MLIR_CAPI_EXPORTED MlirType altgradHistoryTypeGetChecked(MlirLocation loc,
                                                         unsigned length);

/// The number of records the history holds.
MLIR_CAPI_EXPORTED unsigned altgradHistoryTypeGetLength(MlirType type);

#ifdef __cplusplus
}
#endif

#endif // ALTGRAD_C_DIALECT_ALTGRAD_H
