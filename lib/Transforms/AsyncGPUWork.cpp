//===- AsyncGPUWork.cpp - Host waits only where it reads ------------------===//
//
// A GPU op without async dependencies makes the host wait for it: a
// training step's thousand kernel launches were a thousand host
// synchronizations. This pass puts a function's GPU work on one chain of
// async tokens and makes the host wait only where it needs the results.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Transforms/Passes.h"

#include "altgrad/Conversion/Utils/ViewedBuffer.h"
#include "altgrad/Transforms/DeviceMemory.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/TypeSwitch.h"

namespace altgrad {
#define GEN_PASS_DEF_ASYNCGPUWORK
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

namespace {
/// The GPU work of one block: the token the next GPU op depends on, null
/// until one is needed; whether work the host could observe was enqueued
/// since the host last waited, and the buffers (under views) that work
/// reaches, or all.
struct Chain {
  Value token;
  bool pending = false;
  DenseSet<Value> buffers;
  bool anyBuffer = false;
  /// Whether some of `buffers` are not the function's allocations.
  bool reachesNonLocal = false;

  void reach(Value buffer) {
    buffers.insert(buffer);
    reachesNonLocal |= !altgrad::isLocalAllocation(buffer);
  }
  /// Whether the pending work may reach `buffer` (altgrad::mayAlias).
  bool mayReach(Value buffer) const {
    return anyBuffer || buffers.contains(buffer) ||
           (reachesNonLocal && !altgrad::isLocalAllocation(buffer));
  }
};
} // namespace

/// Whether the host, running `op`, may read, write or free memory that the
/// work pending on `chain` reaches, or has effects unknown.
static bool touchesPendingMemory(Operation *op, const Chain &chain) {
  std::optional<SmallVector<MemoryEffects::EffectInstance>> effects =
      getEffectsRecursively(op);
  if (!effects)
    return true;
  return llvm::any_of(*effects, [&](const MemoryEffects::EffectInstance &e) {
    if (isa<MemoryEffects::Allocate>(e.getEffect()))
      return false;
    Value value = e.getValue();
    return !value || chain.mayReach(altgrad::viewedBuffer(value));
  });
}

/// Whether `op` is GPU work the host could observe (not merely allocating
/// or freeing memory).
static bool isObservableWork(Operation *op) {
  return !isa<gpu::AllocOp, gpu::DeallocOp>(op);
}

/// Moves each host load of a `gpu.alloc` buffer in `block`, with the pure
/// computation on its value, down to just before the first op that needs
/// the value and cannot move, or may write or free the buffer: reads whose
/// results only the end of a step needs (a recipe's amaxes, recorded in
/// histories the step returns) then wait for the GPU once, together.
static void sinkDeviceReads(Block &block) {
  SmallVector<memref::LoadOp> loads;
  // The ops that may write each buffer and those that may write any, in
  // block order (none of them moves below).
  DenseMap<Value, SmallVector<Operation *>> writers;
  SmallVector<Operation *> writeAny;
  for (Operation &op : block) {
    if (auto load = dyn_cast<memref::LoadOp>(op))
      if (altgrad::viewedBuffer(load.getMemRef()).getDefiningOp<gpu::AllocOp>())
        loads.push_back(load);
    if (std::optional<DenseSet<Value>> written = altgrad::writtenBuffers(&op)) {
      for (Value buffer : *written)
        writers[buffer].push_back(&op);
    } else {
      writeAny.push_back(&op);
    }
  }
  auto firstAfter = [](ArrayRef<Operation *> ops, Operation *op) {
    auto it = llvm::partition_point(
        ops, [&](Operation *other) { return !op->isBeforeInBlock(other); });
    return it == ops.end() ? nullptr : *it;
  };
  auto earlier = [](Operation *a, Operation *b) {
    return !a ? b : !b ? a : a->isBeforeInBlock(b) ? a : b;
  };
  for (memref::LoadOp load : loads) {
    Value buffer = altgrad::viewedBuffer(load.getMemRef());
    Operation *until = earlier(firstAfter(writers.lookup(buffer), load),
                               firstAfter(writeAny, load));
    if (!block.empty() && block.back().hasTrait<OpTrait::IsTerminator>())
      until = earlier(until, &block.back());
    // The value's pure, region-free users here move with it; any other
    // user (or the op here holding a nested one) needs it where it is.
    SetVector<Operation *> moving;
    moving.insert(load);
    for (unsigned i = 0; i < moving.size(); ++i) {
      for (Operation *user : moving[i]->getUsers()) {
        Operation *here = block.findAncestorOpInBlock(*user);
        if (!here)
          continue;
        bool movable = here == user && isMemoryEffectFree(user) &&
                       user->getNumRegions() == 0 &&
                       !user->hasTrait<OpTrait::IsTerminator>();
        if (movable)
          moving.insert(user);
        else
          until = earlier(until, here);
      }
    }
    if (!until || until == load->getNextNode())
      continue;
    SmallVector<Operation *> moved;
    for (Operation *op : moving)
      if (op->isBeforeInBlock(until))
        moved.push_back(op);
    llvm::sort(moved, [](Operation *a, Operation *b) {
      return a->isBeforeInBlock(b);
    });
    for (Operation *op : moved)
      op->moveBefore(until);
  }
}

namespace {
struct AsyncGPUWorkPass : altgrad::impl::AsyncGPUWorkBase<AsyncGPUWorkPass> {
  void runOnOperation() override;

private:
  LogicalResult threadBlock(Block &block);
  /// `op` with `token` as its one dependency, returning its own token.
  Value enqueue(gpu::AsyncOpInterface op, Value token);
};
} // namespace

Value AsyncGPUWorkPass::enqueue(gpu::AsyncOpInterface op, Value token) {
  op.addAsyncDependency(token);
  if (Value result = op.getAsyncToken())
    return result;
  // The synchronous form has no token: the same op with one more result.
  Operation *sync = op.getOperation();
  SmallVector<Type> resultTypes(sync->getResultTypes());
  resultTypes.push_back(gpu::AsyncTokenType::get(&getContext()));
  OpBuilder builder(sync);
  Operation *async = builder.insert(Operation::create(
      sync->getLoc(), sync->getName(), resultTypes, sync->getOperands(),
      sync->getDiscardableAttrDictionary(), sync->getPropertiesStorage(),
      sync->getSuccessors(), /*numRegions=*/0));
  sync->replaceAllUsesWith(async->getResults().drop_back());
  sync->erase();
  return async->getResults().back();
}

LogicalResult AsyncGPUWorkPass::threadBlock(Block &block) {
  Chain chain;
  auto wait = [&](Operation *before) {
    if (!chain.pending)
      return;
    OpBuilder builder(before);
    gpu::WaitOp::create(builder, before->getLoc(), Type(), chain.token);
    chain = Chain();
  };
  for (Operation &op : llvm::make_early_inc_range(block)) {
    if (isa<gpu::LaunchOp>(op))
      return op.emitOpError("outline the kernel (gpu-kernel-outlining) "
                            "before altgrad-async-gpu-work");
    auto async = dyn_cast<gpu::AsyncOpInterface>(op);
    // Shared allocations are synchronous (gpu-to-llvm lowers no async
    // form); they touch no memory in use.
    auto alloc = dyn_cast<gpu::AllocOp>(op);
    if (alloc && alloc.getHostShared())
      continue;
    if (async || altgrad::isStreamOrderedCall(&op)) {
      // The stream the work goes to, which the host waits for later.
      if (!chain.token) {
        OpBuilder builder(&op);
        chain.token = gpu::WaitOp::create(
                          builder, op.getLoc(),
                          gpu::AsyncTokenType::get(&getContext()), ValueRange())
                          .getAsyncToken();
      }
      if (isObservableWork(&op)) {
        chain.pending = true;
        // The buffers whose addresses the work is given: those it may
        // write, read or free.
        if (std::optional<DenseSet<Value>> reached =
                altgrad::writtenBuffers(&op))
          llvm::for_each(*reached, [&](Value buffer) { chain.reach(buffer); });
        else
          chain.anyBuffer = true;
      }
      if (async)
        chain.token = enqueue(async, chain.token);
      continue;
    }
    if (op.hasTrait<OpTrait::IsTerminator>()) {
      wait(&op);
      continue;
    }
    if (op.getNumRegions() != 0) {
      // Nested blocks have chains of their own, waited for where they end.
      wait(&op);
      for (Region &region : op.getRegions())
        for (Block &nested : region)
          if (failed(threadBlock(nested)))
            return failure();
      continue;
    }
    if (chain.pending && touchesPendingMemory(&op, chain))
      wait(&op);
  }
  return success();
}

void AsyncGPUWorkPass::runOnOperation() {
  func::FuncOp function = getOperation();
  if (function.isExternal())
    return;
  // The chains built below replace the ones the code came with: their
  // dependencies and their waits go.
  SmallVector<gpu::WaitOp> waits;
  function.walk([&](Operation *op) {
    llvm::TypeSwitch<Operation *>(op)
        .Case<gpu::LaunchFuncOp, gpu::MemcpyOp, gpu::MemsetOp, gpu::AllocOp,
              gpu::DeallocOp>(
            [](auto async) { async.getAsyncDependenciesMutable().clear(); })
        .Case([&](gpu::WaitOp waitOp) {
          waitOp.getAsyncDependenciesMutable().clear();
          waits.push_back(waitOp);
        });
  });
  for (gpu::WaitOp waitOp : waits) {
    if (Value token = waitOp.getAsyncToken(); token && !token.use_empty()) {
      InFlightDiagnostic diag =
          waitOp.emitOpError("token used outside GPU ops' dependencies");
      diag.attachNote(token.getUses().begin()->getOwner()->getLoc())
          << "used here";
      return signalPassFailure();
    }
    waitOp.erase();
  }
  for (Block &block : function.getBody())
    sinkDeviceReads(block);
  for (Block &block : function.getBody())
    if (failed(threadBlock(block)))
      return signalPassFailure();
}
