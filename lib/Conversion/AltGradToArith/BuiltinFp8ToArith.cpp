//===- BuiltinFp8ToArith.cpp - Builtin 8-bit float arithmetic to integers -===//
//
// Ordinary programs (a linalg.matmul on f8E4M3FN tensors) leave extf and
// truncf of builtin 8-bit floats in their loops, which LLVM cannot lower.
// They are quantizations and dequantizations with scale 1, so the format
// model lowers them as it lowers altgrad's own ops.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Conversion/AltGradToArith/FormatCodegen.h"
#include "altgrad/Conversion/Passes.h"
#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Transforms/DialectConversion.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace altgrad {
#define GEN_PASS_DEF_CONVERTBUILTINFP8TOARITH
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;
using namespace altgrad;

/// The 8-bit builtin float types the format model describes.
static SmallVector<Type> builtinFormatTypes(MLIRContext *context) {
  SmallVector<Type> types;
  for (auto [type, name] : getBuiltinFormatTypes(context))
    if (type.getWidth() == 8)
      types.push_back(type);
  return types;
}

/// The format of a scalar or vector builtin float type, if it has one.
static std::optional<Format> builtinFormat(Type type) {
  Type element = getElementTypeOrSelf(type);
  if (!isa<FloatType>(element) || isa<TensorType>(type))
    return std::nullopt;
  return getFormat(element);
}

static Value f32One(OpBuilder &builder, Location loc) {
  return arith::ConstantOp::create(builder, loc, builder.getF32FloatAttr(1.0f));
}

namespace {
/// extf from a format: the code's value in f32, which holds every format
/// value exactly, then one rounding (or an exact widening) to the result.
struct ExtFFromFormat : OpRewritePattern<arith::ExtFOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::ExtFOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<Format> format = builtinFormat(op.getIn().getType());
    if (!format)
      return failure();
    Location loc = op.getLoc();
    Type code = getElementTypeOrSelf(op.getIn().getType());
    Value value = FormatCodegen(rewriter, loc, *format, code)
                      .dequantize(op.getIn(), f32One(rewriter, loc));
    unsigned width = getElementTypeOrSelf(op.getType()).getIntOrFloatBitWidth();
    if (width > 32)
      value = arith::ExtFOp::create(rewriter, loc, op.getType(), value);
    else if (width < 32)
      value = arith::TruncFOp::create(rewriter, loc, op.getType(), value);
    rewriter.replaceOp(op, value);
    return success();
  }
};

/// truncf to a format: docs/spec.md's quantization with scale 1 and IEEE
/// overflow, which rounds as arith.truncf does.
struct TruncFToFormat : OpRewritePattern<arith::TruncFOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(arith::TruncFOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<Format> format = builtinFormat(op.getType());
    if (!format)
      return failure();
    Type source = getElementTypeOrSelf(op.getIn().getType());
    if (!source.isF32() && !source.isF16() && !source.isBF16())
      return rewriter.notifyMatchFailure(op, "not from f32, f16 or bf16");
    std::optional<arith::RoundingMode> mode = op.getRoundingmode();
    if (mode && *mode != arith::RoundingMode::to_nearest_even)
      return rewriter.notifyMatchFailure(op, "not to nearest even");
    Location loc = op.getLoc();
    Type code = getElementTypeOrSelf(op.getType());
    rewriter.replaceOp(
        op, FormatCodegen(rewriter, loc, *format, code)
                .quantize(op.getIn(), f32One(rewriter, loc), Overflow::IEEE));
    return success();
  }
};

/// Why an extf or truncf of a builtin format is left, for the diagnostic.
static std::optional<std::string> unsupportedReason(Operation *op) {
  if (!isa<arith::ExtFOp, arith::TruncFOp>(op))
    return std::nullopt;
  Type source = op->getOperand(0).getType();
  Type result = op->getResult(0).getType();
  if (!getFormat(getElementTypeOrSelf(source)) &&
      !getFormat(getElementTypeOrSelf(result)))
    return std::nullopt;
  if (isa<TensorType>(result))
    return std::string("on tensors (lower them to loops first)");
  auto truncf = dyn_cast<arith::TruncFOp>(op);
  if (truncf && truncf.getRoundingmode() &&
      *truncf.getRoundingmode() != arith::RoundingMode::to_nearest_even)
    return std::string("with a rounding mode other than to_nearest_even");
  if (getElementTypeOrSelf(source).isF64())
    return std::string("from f64 (through f32 it would round twice)");
  std::string reason;
  llvm::raw_string_ostream(reason) << "from " << source << " to " << result;
  return reason;
}

struct ConvertBuiltinFp8ToArithPass
    : altgrad::impl::ConvertBuiltinFp8ToArithBase<
          ConvertBuiltinFp8ToArithPass> {
  void runOnOperation() override {
    MLIRContext *context = &getContext();
    Operation *root = getOperation();

    // addf, cmpf, ... on 8-bit floats: in f32 between an extf and a truncf.
    TypeConverter emulation;
    arith::populateEmulateUnsupportedFloatsConversions(
        emulation, builtinFormatTypes(context), Float32Type::get(context));
    RewritePatternSet emulationPatterns(context);
    arith::populateEmulateUnsupportedFloatsPatterns(emulationPatterns,
                                                    emulation);
    ConversionTarget target(*context);
    arith::populateEmulateUnsupportedFloatsLegality(target, emulation);
    if (failed(
            applyPartialConversion(root, target, std::move(emulationPatterns))))
      return signalPassFailure();

    RewritePatternSet patterns(context);
    patterns.add<ExtFFromFormat, TruncFToFormat>(context);
    if (failed(applyPatternsGreedily(root, std::move(patterns))))
      return signalPassFailure();

    WalkResult result = root->walk([](Operation *op) {
      std::optional<std::string> reason = unsupportedReason(op);
      if (!reason)
        return WalkResult::advance();
      op->emitOpError("of a builtin 8-bit float cannot be lowered ") << *reason;
      return WalkResult::interrupt();
    });
    if (result.wasInterrupted())
      signalPassFailure();
  }
};
} // namespace
