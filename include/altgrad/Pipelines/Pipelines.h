//===- Pipelines.h - altgrad's lowering pipelines --------------*- C++ -*-===//

#ifndef ALTGRAD_PIPELINES_PIPELINES_H
#define ALTGRAD_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace altgrad {

/// Where `--lower-fp8` code runs.
enum class LowerFp8Target { CPU };

/// Options of `--lower-fp8`, the one entry point for every target. An
/// unknown target is an option parsing error that lists the known ones.
struct LowerFp8Options : public mlir::PassPipelineOptions<LowerFp8Options> {
  PassOptions::Option<LowerFp8Target> target{
      *this, "target", llvm::cl::desc("Where the lowered code runs"),
      llvm::cl::init(LowerFp8Target::CPU),
      llvm::cl::values(clEnumValN(LowerFp8Target::CPU, "cpu",
                                  "the host, through the LLVM dialect"))};
};

/// altgrad IR to the LLVM dialect for `options.target`.
void buildLowerFp8Pipeline(mlir::OpPassManager &pm,
                           const LowerFp8Options &options);

/// altgrad IR to the LLVM dialect of the host: lowering, One-Shot
/// Bufferize, loops, LLVM.
void buildLowerFp8ToCpuPipeline(mlir::OpPassManager &pm);

/// Registers `--lower-fp8` and the passes behind it.
void registerAltGradPipelines();

} // namespace altgrad

#endif // ALTGRAD_PIPELINES_PIPELINES_H
