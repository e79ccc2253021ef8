//===- Pipelines.cpp - altgrad's lowering pipelines -----------------------===//

#include "altgrad/Pipelines/Pipelines.h"

#include "altgrad/Conversion/AltGradToArith/AltGradToArith.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

void altgrad::buildLowerFp8ToCpuPipeline(OpPassManager &pm) {
  pm.addPass(createConvertAltGradToArith());
  // Every stage after altgrad's own is upstream's, by its registered name.
  LogicalResult parsed = parsePassPipeline(
      "canonicalize,func.func(convert-elementwise-to-linalg),"
      "eliminate-empty-tensors,"
      "one-shot-bufferize{bufferize-function-boundaries allow-return-allocs-from-loops "
      "function-boundary-type-conversion=identity-layout-map},"
      "buffer-deallocation-pipeline,"
      "func.func(convert-linalg-to-loops),"
      "convert-vector-to-scf,expand-strided-metadata,lower-affine,"
      "convert-scf-to-cf,"
      "convert-vector-to-llvm,convert-math-to-llvm,convert-arith-to-llvm,"
      "finalize-memref-to-llvm,convert-index-to-llvm,convert-cf-to-llvm,"
      "convert-func-to-llvm,reconcile-unrealized-casts,canonicalize",
      pm, llvm::errs());
  (void)parsed;
  assert(succeeded(parsed) && "upstream pass names changed");
}

void altgrad::buildLowerFp8Pipeline(OpPassManager &pm,
                                    const LowerFp8Options &options) {
  switch (options.target) {
  case LowerFp8Target::CPU:
    buildLowerFp8ToCpuPipeline(pm);
    return;
  }
  llvm_unreachable("unknown lower-fp8 target");
}

void altgrad::registerAltGradPipelines() {
  registerAltGradConversionPasses();
  PassPipelineRegistration<LowerFp8Options>(
      "lower-fp8", "Lower altgrad IR to the LLVM dialect for a target",
      buildLowerFp8Pipeline);
}
