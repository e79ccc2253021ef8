//===- AltGradToNVVM.cpp - Hardware fp8 conversions in GPU kernels --------===//

#include "altgrad/Conversion/AltGradToArith/AltGradToArith.h"
#include "altgrad/Conversion/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/IR/PatternMatch.h"

namespace altgrad {
#define GEN_PASS_DEF_CONVERTALTGRADTONVVM
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;
using namespace altgrad;

/// x / scale, converted by `cvt.rn.satfinite.{e5m2,e4m3}x2.f32`. The
/// instruction rounds to nearest even and saturates finite and infinite
/// values alike, as docs/spec.md does; only its NaN (one code, unsigned) is
/// replaced by the canonical NaN carrying the input's sign.
static void lowerToHardwareConversion(QuantizeOp op, RewriterBase &rewriter) {
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  Format format = *getFormat(op.getType());
  Value x = op.getInput();
  Value y = arith::DivFOp::create(rewriter, loc, x, op.getScale());
  Value pair = NVVM::ConvertF32x2ToF8x2Op::create(
      rewriter, loc, rewriter.getI16Type(), y, y, NVVM::FPRoundingMode::RN,
      NVVM::SaturationMode::SATFINITE, /*relu=*/false, op.getType());
  Type i8 = rewriter.getI8Type();
  Value code = arith::TruncIOp::create(rewriter, loc, i8, pair);
  auto constant = [&](int64_t value) {
    return arith::ConstantOp::create(rewriter, loc,
                                     rewriter.getIntegerAttr(i8, value));
  };
  Type i32 = rewriter.getI32Type();
  Value negative = arith::CmpIOp::create(
      rewriter, loc, arith::CmpIPredicate::slt,
      arith::BitcastOp::create(rewriter, loc, i32, x),
      arith::ConstantOp::create(rewriter, loc, rewriter.getI32IntegerAttr(0)));
  Value nanCode = arith::SelectOp::create(rewriter, loc, negative,
                                          constant(format.nanCode(true)),
                                          constant(format.nanCode(false)));
  Value isNaN =
      arith::CmpFOp::create(rewriter, loc, arith::CmpFPredicate::UNO, y, y);
  code = arith::SelectOp::create(rewriter, loc, isNaN, nanCode, code);
  rewriter.replaceOpWithNewOp<arith::BitcastOp>(op, op.getType(), code);
}

namespace {
struct ConvertAltGradToNVVMPass
    : altgrad::impl::ConvertAltGradToNVVMBase<ConvertAltGradToNVVMPass> {
  void runOnOperation() override {
    SmallVector<QuantizeOp> conversions;
    getOperation().walk([&](QuantizeOp op) {
      if (op->getParentOfType<gpu::LaunchOp>() && isHardwareConversion(op))
        conversions.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (QuantizeOp op : conversions)
      lowerToHardwareConversion(op, rewriter);
  }
};
} // namespace
