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

/// docs/spec.md section 7: stochastic rounding saturates and takes its
/// random words from a seed and an offset or from the caller, one way only.
template <typename OpTy> static LogicalResult verifyRounding(OpTy op) {
  bool seeded = op.getSeed() || op.getOffset();
  if (op.getRounding() != RoundingMode::stochastic) {
    if (seeded || op.getRandom())
      return op.emitOpError("takes seed, offset or random words only with "
                            "rounding<stochastic>");
    return success();
  }
  if (op.getOverflow() == OverflowMode::ieee)
    return op.emitOpError("with rounding<stochastic> always saturates; "
                          "overflow<ieee> cannot be combined with it");
  if (Value random = op.getRandom()) {
    if (seeded)
      return op.emitOpError("takes its random words from seed and offset or "
                            "from random, not both");
    Type input = op.getInput().getType();
    Builder builder(op.getContext());
    Type expected = builder.getI32Type();
    if (auto shaped = dyn_cast<ShapedType>(input))
      expected = shaped.clone(expected);
    if (random.getType() != expected)
      return op.emitOpError("expects random words of type ")
             << expected << " (the input's shape), got " << random.getType();
    return success();
  }
  if (!op.getSeed() || !op.getOffset())
    return op.emitOpError("with rounding<stochastic> needs both seed(...) and "
                          "offset(...), or random(...) words");
  return success();
}

LogicalResult QuantizeOp::verify() {
  if (failed(verifySameShape(*this, getInput().getType(), getType())))
    return failure();
  return verifyRounding(*this);
}

LogicalResult FakeQuantizeOp::verify() { return verifyRounding(*this); }

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

//===----------------------------------------------------------------------===//
// Block scaling
//===----------------------------------------------------------------------===//

/// docs/spec.md section 8: OCP's block of 32 for power-of-two scales,
/// NVFP4's 16 for two-level ones.
static int64_t blockSizeOf(std::optional<int64_t> block, BlockScaleKind kind) {
  if (block)
    return *block;
  return kind == BlockScaleKind::two_level ? 16 : 32;
}

int64_t BlockQuantizeOp::getBlockSize() {
  return blockSizeOf(getBlock(), getKind());
}

BlockScaleKind BlockDequantizeOp::getScaleKind() {
  return isa<Float8E4M3FNType>(getScales().getType().getElementType())
             ? BlockScaleKind::two_level
             : BlockScaleKind::floor;
}

int64_t BlockDequantizeOp::getBlockSize() {
  return blockSizeOf(getBlock(), getScaleKind());
}

/// The checks block_quantize and block_dequantize share: element tensors of
/// rank >= 1, scales of the right type and shape, a tensor scale exactly
/// for two-level scales, and an element format the scale kind can take.
static LogicalResult verifyBlockScaling(Operation *op, RankedTensorType values,
                                        RankedTensorType codes,
                                        RankedTensorType scales,
                                        bool hasTensorScale,
                                        BlockScaleKind kind, int64_t block,
                                        StringRef tensorScaleName) {
  if (failed(verifySameShape(op, values, codes)))
    return failure();
  if (values.getRank() == 0)
    return op->emitOpError("splits the innermost dimension into blocks and "
                           "needs a tensor of rank 1 or more");
  bool twoLevel = kind == BlockScaleKind::two_level;
  Builder builder(op->getContext());
  Type scaleElement = twoLevel ? Type(builder.getType<Float8E4M3FNType>())
                               : Type(builder.getType<Float8E8M0FNUType>());
  SmallVector<int64_t> shape(values.getShape());
  int64_t &length = shape.back();
  if (!ShapedType::isDynamic(length))
    length = numBlocks(length, block);
  auto expected = RankedTensorType::get(shape, scaleElement);
  if (scales != expected)
    return op->emitOpError("expects scales of type ")
           << expected << " (" << (twoLevel ? "two-level" : "power-of-two")
           << " scales of blocks of " << block << "), got " << scales;
  if (hasTensorScale != twoLevel)
    return op->emitOpError(twoLevel
                               ? "with two-level scales needs the f32 scale "
                                 "of the whole tensor ("
                               : "with power-of-two scales has no tensor "
                                 "scale (")
           << tensorScaleName << ")";
  std::string problem = diagnoseBlockScale(*getFormat(codes.getElementType()),
                                           toBlockScaleRule(kind));
  if (!problem.empty())
    return op->emitOpError("cannot scale blocks of ")
           << codes.getElementType() << ": " << problem;
  return success();
}

LogicalResult BlockQuantizeOp::verify() {
  return verifyBlockScaling(*this, getInput().getType(), getCodes().getType(),
                            getScales().getType(),
                            static_cast<bool>(getTensorScale()), getKind(),
                            getBlockSize(), "a third result");
}

LogicalResult BlockDequantizeOp::verify() {
  return verifyBlockScaling(*this, getType(), getInput().getType(),
                            getScales().getType(),
                            static_cast<bool>(getTensorScale()), getScaleKind(),
                            getBlockSize(), "tensor_scale(...)");
}
