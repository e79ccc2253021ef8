//===- SplatConstantsToFills.cpp - Splat tensor constants as fills -------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

namespace altgrad {
#define GEN_PASS_DEF_SPLATCONSTANTSTOFILLS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
struct SplatConstantsToFillsPass
    : altgrad::impl::SplatConstantsToFillsBase<SplatConstantsToFillsPass> {
  void runOnOperation() override {
    SmallVector<arith::ConstantOp> splats;
    getOperation().walk([&](arith::ConstantOp constant) {
      auto type = dyn_cast<RankedTensorType>(constant.getType());
      auto elements = dyn_cast<SplatElementsAttr>(constant.getValue());
      if (type && elements && type.hasStaticShape() &&
          type.getNumElements() > 1 &&
          isa<IntegerType, FloatType, IndexType>(type.getElementType()))
        splats.push_back(constant);
    });
    IRRewriter rewriter(&getContext());
    for (arith::ConstantOp constant : splats) {
      auto type = cast<RankedTensorType>(constant.getType());
      auto elements = cast<SplatElementsAttr>(constant.getValue());
      Location loc = constant.getLoc();
      rewriter.setInsertionPoint(constant);
      Value value = arith::ConstantOp::create(
          rewriter, loc, cast<TypedAttr>(elements.getSplatValue<Attribute>()));
      Value empty =
          tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                  type.getElementType(), type.getEncoding());
      rewriter.replaceOp(
          constant,
          linalg::FillOp::create(rewriter, loc, value, empty).getResult(0));
    }
  }
};
} // namespace
