//===- DeviceMemory.cpp - Which ops write which device buffers ------------===//

#include "altgrad/Transforms/DeviceMemory.h"

#include "altgrad/Conversion/Utils/ViewedBuffer.h"
#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;

bool altgrad::isStreamOrderedCall(Operation *op) {
  return isa<CallOpInterface>(op) &&
         op->hasAttr(altgrad::kGpuStreamOrderedAttrName);
}

bool altgrad::mayWriteBuffer(Operation *op, Value buffer) {
  auto isBuffer = [&](Value value) {
    return isa<BaseMemRefType>(value.getType()) &&
           altgrad::viewedBuffer(value) == buffer;
  };
  if (auto launch = dyn_cast<gpu::LaunchOp>(op)) {
    // A kernel not yet outlined reaches the buffers its body captures (and
    // nothing else): one it does not capture it leaves alone, one it does
    // its effects tell (ops of target dialects may declare none).
    bool captures = launch.getBody()
                        .walk([&](Operation *inner) {
                          for (Value operand : inner->getOperands())
                            if (!launch->isAncestor(
                                    operand.getParentRegion()->getParentOp()) &&
                                isBuffer(operand))
                              return WalkResult::interrupt();
                          return WalkResult::advance();
                        })
                        .wasInterrupted();
    if (!captures)
      return false;
  } else if (isa<gpu::AsyncOpInterface>(op)) {
    return llvm::any_of(op->getOperands(), isBuffer);
  }
  if (isStreamOrderedCall(op)) {
    // The addresses come from memref.extract_aligned_pointer_as_index
    // through pure arithmetic; any other integer may be the buffer's
    // address.
    SmallVector<Value> worklist(op->getOperands());
    DenseSet<Value> seen;
    while (!worklist.empty()) {
      Value value = worklist.pop_back_val();
      // Addresses are integers; a scale (alpha) is not one.
      if (!seen.insert(value).second ||
          !isa<IndexType, IntegerType>(value.getType()))
        continue;
      Operation *def = value.getDefiningOp();
      if (!def)
        return true;
      if (auto pointer =
              dyn_cast<memref::ExtractAlignedPointerAsIndexOp>(def)) {
        if (isBuffer(pointer.getSource()))
          return true;
        continue;
      }
      if (!isMemoryEffectFree(def))
        return true;
      llvm::append_range(worklist, def->getOperands());
    }
    return false;
  }
  std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
      getEffectsRecursively(op);
  if (!effects)
    return true;
  return llvm::any_of(*effects, [&](const MemoryEffects::EffectInstance &e) {
    if (!isa<MemoryEffects::Write, MemoryEffects::Free>(e.getEffect()))
      return false;
    return !e.getValue() || isBuffer(e.getValue());
  });
}
