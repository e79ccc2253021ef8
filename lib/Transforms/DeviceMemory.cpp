//===- DeviceMemory.cpp - Which ops write which device buffers ------------===//

#include "altgrad/Transforms/DeviceMemory.h"

#include "altgrad/Conversion/Utils/ViewedBuffer.h"
#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/CallInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

using namespace mlir;

bool altgrad::isStreamOrderedCall(Operation *op) {
  return isa<CallOpInterface>(op) &&
         op->hasAttr(altgrad::kGpuStreamOrderedAttrName);
}

/// The buffers (under views) that the write and free effects of `op` and
/// the ops it holds name, or none if some effect is unknown or names no
/// value.
static std::optional<DenseSet<Value>> bufferWriteEffects(Operation *op) {
  std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
      getEffectsRecursively(op);
  if (!effects)
    return std::nullopt;
  DenseSet<Value> written;
  for (const MemoryEffects::EffectInstance &effect : *effects) {
    if (!isa<MemoryEffects::Write, MemoryEffects::Free>(effect.getEffect()))
      continue;
    if (!effect.getValue())
      return std::nullopt;
    written.insert(altgrad::viewedBuffer(effect.getValue()));
  }
  return written;
}

std::optional<DenseSet<Value>> altgrad::writtenBuffers(Operation *op) {
  auto buffersOf = [](ValueRange values) {
    DenseSet<Value> buffers;
    for (Value value : values)
      if (isa<BaseMemRefType>(value.getType()))
        buffers.insert(altgrad::viewedBuffer(value));
    return buffers;
  };
  if (auto launch = dyn_cast<gpu::LaunchOp>(op)) {
    // A kernel not yet outlined reaches the buffers its body captures and
    // nothing else; which of them it writes its effects tell, if its ops
    // (of target dialects too) declare them.
    SetVector<Value> captured;
    getUsedValuesDefinedAbove(launch.getBody(), captured);
    DenseSet<Value> reached = buffersOf(captured.getArrayRef());
    std::optional<DenseSet<Value>> written = bufferWriteEffects(op);
    if (!written)
      return reached;
    DenseSet<Value> both;
    for (Value buffer : reached)
      if (written->contains(buffer))
        both.insert(buffer);
    return both;
  }
  if (isa<gpu::AsyncOpInterface>(op))
    return buffersOf(op->getOperands());
  if (isStreamOrderedCall(op)) {
    // The addresses come from memref.extract_aligned_pointer_as_index
    // through pure arithmetic; any other integer may be any buffer's
    // address.
    DenseSet<Value> buffers;
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
        return std::nullopt;
      if (auto pointer =
              dyn_cast<memref::ExtractAlignedPointerAsIndexOp>(def)) {
        buffers.insert(altgrad::viewedBuffer(pointer.getSource()));
        continue;
      }
      if (!isMemoryEffectFree(def))
        return std::nullopt;
      llvm::append_range(worklist, def->getOperands());
    }
    return buffers;
  }
  return bufferWriteEffects(op);
}

bool altgrad::mayWriteBuffer(Operation *op, Value buffer) {
  std::optional<DenseSet<Value>> written = writtenBuffers(op);
  return !written || written->contains(buffer);
}
