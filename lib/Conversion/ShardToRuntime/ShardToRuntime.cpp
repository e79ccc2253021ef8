//===- ShardToRuntime.cpp - shard.all_reduce as altgradAllReduce ----------===//
//
// A distributed recipe's collectives (docs/distributed.md) as calls of the
// MPI runtime: each reduces a fresh copy of its input in place.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Conversion/Passes.h"
#include "altgrad/Runtime/Collectives.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Shard/IR/ShardDialect.h"
#include "mlir/Dialect/Shard/IR/ShardOps.h"

namespace altgrad {
#define GEN_PASS_DEF_CONVERTSHARDTORUNTIME
#include "altgrad/Conversion/Passes.h.inc"
} // namespace altgrad

using namespace mlir;
namespace collectives = altgrad::collectives;

namespace {

struct ConvertShardToRuntimePass
    : altgrad::impl::ConvertShardToRuntimeBase<ConvertShardToRuntimePass> {
  void runOnOperation() override;
};

} // namespace

static std::optional<collectives::ElementType> elementCode(Type type) {
  if (type.isInteger(32))
    return collectives::kI32;
  if (type.isInteger(64))
    return collectives::kI64;
  if (type.isF32())
    return collectives::kF32;
  return std::nullopt;
}

static std::optional<collectives::Reduction>
reductionCode(shard::ReductionKind kind) {
  if (kind == shard::ReductionKind::Max)
    return collectives::kMax;
  if (kind == shard::ReductionKind::Sum)
    return collectives::kSum;
  return std::nullopt;
}

void ConvertShardToRuntimePass::runOnOperation() {
  ModuleOp module = getOperation();
  SymbolTableCollection symbols;
  OpBuilder builder(&getContext());
  Type i32 = builder.getI32Type(), i64 = builder.getI64Type();
  func::FuncOp entry;
  WalkResult walk = module.walk([&](shard::AllReduceOp op) {
    auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
    shard::GridOp grid = shard::getGridOrNull(op, op.getGridAttr(), symbols);
    std::optional<collectives::ElementType> element =
        type ? elementCode(type.getElementType()) : std::nullopt;
    std::optional<collectives::Reduction> reduction =
        reductionCode(op.getReduction());
    ArrayRef<shard::GridAxis> axes = op.getGridAxes();
    bool allAxes = axes.empty() || (axes.size() == 1 && axes[0] == 0);
    if (!type || !type.hasStaticShape() || op.getResult().getType() != type ||
        !element || !reduction || !grid || grid.getShape().size() != 1 ||
        ShapedType::isDynamic(grid.getShape()[0]) || !allAxes) {
      op.emitError() << "altgrad-convert-shard-to-runtime: expects a max or "
                        "sum all_reduce of a static tensor of i32, i64 or "
                        "f32 over the one axis of a static 1-D shard.grid";
      return WalkResult::interrupt();
    }
    if (!entry) {
      entry = module.lookupSymbol<func::FuncOp>(collectives::kEntryPoint);
      if (!entry) {
        auto atEnd = OpBuilder::atBlockEnd(module.getBody());
        entry = func::FuncOp::create(
            atEnd, module.getLoc(), collectives::kEntryPoint,
            builder.getFunctionType({i64, i64, i32, i32, i64}, {}));
        entry.setPrivate();
      }
    }
    Location loc = op.getLoc();
    builder.setInsertionPoint(op);
    auto memrefType = MemRefType::get(type.getShape(), type.getElementType());
    Value input = bufferization::ToBufferOp::create(
        builder, loc, memrefType, op.getInput(), /*read_only=*/true);
    Value buffer = memref::AllocOp::create(builder, loc, memrefType);
    memref::CopyOp::create(builder, loc, input, buffer);
    Value pointer = arith::IndexCastOp::create(
        builder, loc, i64,
        memref::ExtractAlignedPointerAsIndexOp::create(builder, loc, buffer));
    auto constant = [&](Type t, int64_t value) -> Value {
      return arith::ConstantIntOp::create(builder, loc, t, value);
    };
    func::CallOp::create(
        builder, loc, entry,
        ValueRange{pointer, constant(i64, type.getNumElements()),
                   constant(i32, *element), constant(i32, *reduction),
                   constant(i64, grid.getShape()[0])});
    op.replaceAllUsesWith(bufferization::ToTensorOp::create(
                              builder, loc, type, buffer, builder.getUnitAttr(),
                              builder.getUnitAttr())
                              .getResult());
    op.erase();
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return signalPassFailure();
  // Grids no shard op refers to any more (attributes may still name them):
  // LLVM IR has no place for them.
  bool shardOpsLeft = false;
  module.walk([&](Operation *op) {
    shardOpsLeft |=
        !isa<shard::GridOp>(op) && isa<shard::ShardDialect>(op->getDialect());
  });
  if (!shardOpsLeft)
    for (auto grid : llvm::make_early_inc_range(module.getOps<shard::GridOp>()))
      grid.erase();
}
