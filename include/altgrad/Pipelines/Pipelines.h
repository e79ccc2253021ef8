//===- Pipelines.h - altgrad's lowering pipelines --------------*- C++ -*-===//

#ifndef ALTGRAD_PIPELINES_PIPELINES_H
#define ALTGRAD_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace altgrad {

/// Options of `--lower-fp8`, the one entry point for every target.
struct LowerFp8Options : public mlir::PassPipelineOptions<LowerFp8Options> {
  PassOptions::Option<std::string> target{
      *this, "target",
      llvm::cl::desc("Where the lowered code runs: cpu (LLVM dialect for the "
                     "host); gpu is the next stage of altgrad and not yet "
                     "available"),
      llvm::cl::init("cpu")};
};

/// altgrad IR to the LLVM dialect for `options.target`. Fails, with a
/// diagnostic, for a target it does not know.
mlir::LogicalResult buildLowerFp8Pipeline(mlir::OpPassManager &pm,
                                          const LowerFp8Options &options);

/// altgrad IR to the LLVM dialect of the host: lowering, One-Shot
/// Bufferize, loops, LLVM.
void buildLowerFp8ToCpuPipeline(mlir::OpPassManager &pm);

/// Registers `--lower-fp8` and the passes behind it.
void registerAltGradPipelines();

} // namespace altgrad

#endif // ALTGRAD_PIPELINES_PIPELINES_H
