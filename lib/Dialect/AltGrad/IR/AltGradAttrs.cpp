//===- AltGradAttrs.cpp - altgrad attributes ------------------------------===//

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>

using namespace mlir;
using namespace altgrad;

#include "altgrad/Dialect/AltGrad/IR/AltGradEnums.cpp.inc"

/// Parses a non-negative integer that fits in 64 bits. FieldParser<uint64_t>
/// would take `-1` for 2^64 - 1.
static FailureOr<uint64_t> parseCount(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  APInt value;
  OptionalParseResult parsed = parser.parseOptionalInteger(value);
  if (!parsed.has_value())
    return parser.emitError(loc, "expected integer value");
  if (failed(*parsed))
    return failure();
  if (value.isNegative() || value.getActiveBits() > 64)
    return parser.emitError(loc, "expected a count from 0 to 2^64 - 1, got ")
           << llvm::toString(value, 10, /*Signed=*/true);
  return value.getZExtValue();
}

#define GET_ATTRDEF_CLASSES
#include "altgrad/Dialect/AltGrad/IR/AltGradAttrs.cpp.inc"

LogicalResult CodesAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                Type type, DenseIntElementsAttr codes) {
  auto shaped = dyn_cast<ShapedType>(type);
  auto format = dyn_cast<FormatType>(shaped ? shaped.getElementType() : type);
  if (!format || (shaped && !isa<RankedTensorType, VectorType>(shaped)))
    return emitError() << "codes need an !altgrad.fp type or a vector or "
                          "ranked tensor of one, got "
                       << type;
  if (auto vector = dyn_cast<VectorType>(type); vector && vector.isScalable())
    return emitError() << "codes need a fixed-length vector, got " << type;
  if (!codes.getElementType().isInteger(8))
    return emitError() << "codes must be i8, got " << codes.getElementType();
  ArrayRef<int64_t> shape = shaped ? shaped.getShape() : ArrayRef<int64_t>();
  if (codes.getType().getShape() != shape)
    return emitError() << "codes of shape " << codes.getType()
                       << " do not match " << type;
  Format model = format.getFormat();
  auto checkCode = [&](const APInt &code) -> LogicalResult {
    uint8_t byte = code.getZExtValue();
    if (byte < model.numCodes())
      return success();
    return emitError() << "code " << unsigned(byte) << " does not fit in the "
                       << model.bitWidth() << " bits of " << format;
  };
  // A splat stores one code, however many elements it stands for.
  if (codes.isSplat())
    return checkCode(codes.getSplatValue<APInt>());
  for (const APInt &code : codes.getValues<APInt>())
    if (failed(checkCode(code)))
      return failure();
  return success();
}

LogicalResult HistoryAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  Type type, DenseF32ArrayAttr records,
                                  uint64_t rejected) {
  auto history = dyn_cast<HistoryType>(type);
  if (!history)
    return emitError() << "history state needs an !altgrad.history type, got "
                       << type;
  if (records.size() > int64_t(history.getLength()))
    return emitError() << records.size() << " records exceed the length "
                       << history.getLength() << " of " << type;
  for (float record : records.asArrayRef())
    if (!std::isfinite(record) || record < 0)
      return emitError() << "recorded amax " << record
                         << " is not a finite non-negative number";
  return success();
}

void AltGradDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "altgrad/Dialect/AltGrad/IR/AltGradAttrs.cpp.inc"
      >();
}
