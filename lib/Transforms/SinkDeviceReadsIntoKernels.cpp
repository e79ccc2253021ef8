//===- SinkDeviceReadsIntoKernels.cpp - Kernels read their own scalars ----===//
//
// A kernel argument the host reads from device memory (a scale computed
// from an amax a kernel just wrote, an update's accept flag) makes the host
// wait for the GPU before it can launch the kernel. Read inside the kernel,
// the value needs no wait: the stream orders the read behind its writer.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Transforms/Passes.h"

#include "altgrad/Conversion/Utils/ViewedBuffer.h"
#include "altgrad/Transforms/DeviceMemory.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/SetVector.h"

namespace altgrad {
#define GEN_PASS_DEF_SINKDEVICEREADSINTOKERNELS
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// Whether the load `load` may run where `launch` starts instead of where
/// it is: it reads a `gpu.alloc` buffer that nothing from the load up to
/// the launch writes, the launch's own threads included (each reads the
/// value the load would have read).
static bool readableAtLaunch(memref::LoadOp load, gpu::LaunchOp launch) {
  Value buffer = altgrad::viewedBuffer(load.getMemRef());
  if (!buffer.getDefiningOp<gpu::AllocOp>())
    return false;
  for (Operation *op = load->getNextNode(); op != launch;
       op = op->getNextNode())
    if (altgrad::mayWriteBuffer(op, buffer))
      return false;
  return !altgrad::mayWriteBuffer(launch, buffer);
}

/// Adds to `chain` the ops in `launch`'s block that compute `value` from
/// device reads (loads readable at the launch, pure ops without regions on
/// their results), and returns whether `value` is computed so. The other
/// operands stay values the kernel captures.
static bool collectReadChain(Value value, gpu::LaunchOp launch,
                             SetVector<Operation *> &chain,
                             DenseMap<Value, bool> &known) {
  if (auto it = known.find(value); it != known.end())
    return it->second;
  Operation *def = value.getDefiningOp();
  bool reads = false;
  if (def && def->getBlock() == launch->getBlock()) {
    if (auto load = dyn_cast<memref::LoadOp>(def)) {
      reads = readableAtLaunch(load, launch);
    } else if (isMemoryEffectFree(def) && def->getNumRegions() == 0 &&
               !def->hasTrait<OpTrait::ConstantLike>()) {
      for (Value operand : def->getOperands())
        reads |= collectReadChain(operand, launch, chain, known);
    }
  }
  if (reads)
    chain.insert(def);
  known[value] = reads;
  return reads;
}

namespace {
struct SinkDeviceReadsIntoKernelsPass
    : altgrad::impl::SinkDeviceReadsIntoKernelsBase<
          SinkDeviceReadsIntoKernelsPass> {
  void runOnOperation() override {
    SmallVector<gpu::LaunchOp> launches;
    getOperation().walk(
        [&](gpu::LaunchOp launch) { launches.push_back(launch); });
    SetVector<Operation *> hostCopies;
    for (gpu::LaunchOp launch : launches) {
      SetVector<Value> captured;
      getUsedValuesDefinedAbove(launch.getBody(), captured);
      SetVector<Operation *> chain;
      DenseMap<Value, bool> known;
      SmallVector<Value> sunk;
      for (Value value : captured)
        if (!isa<ShapedType>(value.getType()) &&
            collectReadChain(value, launch, chain, known))
          sunk.push_back(value);
      if (sunk.empty())
        continue;
      SmallVector<Operation *> ordered(chain.begin(), chain.end());
      llvm::sort(ordered, [](Operation *a, Operation *b) {
        return a->isBeforeInBlock(b);
      });
      OpBuilder builder = OpBuilder::atBlockBegin(&launch.getBody().front());
      IRMapping mapping;
      for (Operation *op : ordered)
        builder.clone(*op, mapping);
      for (Value value : sunk)
        value.replaceUsesWithIf(mapping.lookup(value), [&](OpOperand &use) {
          return launch->isProperAncestor(use.getOwner());
        });
      hostCopies.insert(ordered.begin(), ordered.end());
    }
    // The host's reads and arithmetic that nothing needs any more.
    SmallVector<Operation *> worklist(hostCopies.begin(), hostCopies.end());
    while (!worklist.empty()) {
      Operation *op = worklist.pop_back_val();
      if (!hostCopies.contains(op) || !op->use_empty())
        continue;
      for (Value operand : op->getOperands())
        if (Operation *def = operand.getDefiningOp();
            def && hostCopies.contains(def))
          worklist.push_back(def);
      hostCopies.remove(op);
      op->erase();
    }
  }
};
} // namespace
