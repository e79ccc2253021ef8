//===- AltGradOps.cpp - altgrad operations --------------------------------===//

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace altgrad;

/// `T` for a weight and gradient of one type, or `T, U`.
static ParseResult parseWeightAndGradTypes(OpAsmParser &parser,
                                           Type &weightType, Type &gradType) {
  if (parser.parseType(weightType))
    return failure();
  gradType = weightType;
  if (succeeded(parser.parseOptionalComma()))
    return parser.parseType(gradType);
  return success();
}

static void printWeightAndGradTypes(OpAsmPrinter &printer, Operation *,
                                    Type weightType, Type gradType) {
  printer << weightType;
  if (gradType != weightType)
    printer << ", " << gradType;
}

#define GET_OP_CLASSES
#include "altgrad/Dialect/AltGrad/IR/AltGradOps.cpp.inc"

/// Elementwise ops map a scalar to a scalar, a vector to a vector and a
/// tensor to a tensor of the same shape (scalable dimensions included).
static LogicalResult verifySameShape(Operation *op, Type input, Type result) {
  auto inputShaped = dyn_cast<ShapedType>(input);
  auto resultShaped = dyn_cast<ShapedType>(result);
  bool sameShape =
      (!inputShaped && !resultShaped) ||
      (inputShaped && resultShaped &&
       inputShaped.clone(resultShaped.getElementType()) == resultShaped);
  if (!sameShape)
    return op->emitOpError("expects input and result of the same shape, got ")
           << input << " and " << result;
  return success();
}

LogicalResult QuantizeOp::verify() {
  return verifySameShape(*this, getInput().getType(), getType());
}

LogicalResult DequantizeOp::verify() {
  return verifySameShape(*this, getInput().getType(), getType());
}

LogicalResult ConstantOp::verify() {
  if (!isa<CodesAttr, HistoryAttr>(getValue()))
    return emitOpError("expects a #altgrad.codes or #altgrad.history value; "
                       "use arith.constant for ")
           << getValue();
  return success();
}

LogicalResult StallCountOp::verify() {
  if (getWeight().getType() != getGrad().getType())
    return emitOpError("needs a weight and a gradient of one type, got ")
           << getWeight().getType() << " and " << getGrad().getType();
  return success();
}
