//===- Pipelines.cpp - altgrad's lowering pipelines -----------------------===//

#include "altgrad/Pipelines/Pipelines.h"

#include "altgrad/Conversion/Passes.h"
#include "altgrad/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

// Upstream passes are created here, never looked up by name, so that the
// pipelines work in any compiler that links altgrad, whatever passes it has
// registered.

/// Which elementwise fusion a target's pipeline runs.
enum class ElementwiseFusion {
  /// Upstream's `linalg-fuse-elementwise-ops`: the CPU's loops take any
  /// linalg op.
  Upstream,
  /// `altgrad-fuse-parallel-elementwise`: what cuBLASLt and the GPU kernels
  /// take from contractions and reductions stays as it is.
  ParallelOnly,
};

/// altgrad to buffers: the stages every target shares.
static void buildBufferizedPipeline(OpPassManager &pm,
                                    bool keepHardwareConversions,
                                    ElementwiseFusion fusion) {
  // A distributed recipe's collectives (docs/distributed.md) become calls of
  // altgrad's MPI runtime on host buffers.
  pm.addPass(altgrad::createConvertShardToRuntime());
  pm.addPass(altgrad::createConvertAltGradToArith(
      {/*keepHardwareConversions=*/keepHardwareConversions}));
  pm.addPass(createCanonicalizerPass());
  // Siblings over one tensor (a delayed-scaling step's quantize and amax)
  // become one pass over it.
  pm.addNestedPass<func::FuncOp>(altgrad::createFuseSiblingGenerics());
  pm.addNestedPass<func::FuncOp>(createConvertElementwiseToLinalgPass());
  // A producer's body inlined into its consumers: the same arithmetic in the
  // same order, without the intermediate tensor (and its buffer).
  if (fusion == ElementwiseFusion::Upstream)
    pm.addPass(createLinalgElementwiseOpFusionPass());
  else
    pm.addNestedPass<func::FuncOp>(altgrad::createFuseParallelElementwise());
  pm.addNestedPass<func::FuncOp>(altgrad::createSplatConstantsToFills());
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.allowReturnAllocsFromLoops = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  pm.addNestedPass<func::FuncOp>(altgrad::createDropLocalDeallocs());
  // Upstream's buffer-deallocation-pipeline, with its simplification only
  // where it is cheap (see altgrad-simplify-small-deallocations).
  pm.addPass(bufferization::createOwnershipBasedBufferDeallocationPass());
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(altgrad::createSimplifySmallDeallocations());
  pm.addPass(bufferization::createLowerDeallocationsPass());
  pm.addPass(createCSEPass());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createConvertBufferizationToMemRefPass());
}

void altgrad::buildLowerFp8ToCpuPipeline(OpPassManager &pm,
                                         const LowerFp8Options &options) {
  buildBufferizedPipeline(pm, /*keepHardwareConversions=*/false,
                          ElementwiseFusion::Upstream);
  pm.addNestedPass<func::FuncOp>(altgrad::createVectorizeContractions());
  pm.addNestedPass<func::FuncOp>(altgrad::createContiguousInnermost());
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToLoopsPass());
  // Loops of named ops on builtin 8-bit floats (a matmul) extend them.
  pm.addPass(altgrad::createConvertBuiltinFp8ToArith());
  pm.addPass(createConvertVectorToSCFPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createSCFToControlFlowPass());
  // memref before arith: memref.dim of a constant index then needs no stack
  // slot.
  pm.addPass(createConvertVectorToLLVMPass());
  FinalizeMemRefToLLVMConversionPassOptions memrefToLLVM;
  // _mlir_memref_to_llvm_alloc/free, which libaltgrad_host_allocator has.
  memrefToLLVM.useGenericFunctions = options.cachedAllocator;
  pm.addPass(createFinalizeMemRefToLLVMConversionPass(memrefToLLVM));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createUBToLLVMConversionPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  pm.addPass(createCanonicalizerPass());
}

void altgrad::buildLowerFp8ToGpuPipeline(OpPassManager &pm,
                                         const LowerFp8Options &options) {
  std::string features = options.features.empty()
                             ? defaultPtxFeatures(options.chip)
                             : std::string(options.features);
  bool hardwareFp8 =
      options.hardwareFp8 && hasHardwareFp8Conversions(options.chip, features);
  // Contractions of fake-quantized operands contract their codes (an FP8
  // GEMM), recognized before the fake quantizations are expanded.
  pm.addNestedPass<func::FuncOp>(
      createQuantizedContractionsToCodes({options.fp8TensorCores}));
  buildBufferizedPipeline(pm, hardwareFp8, ElementwiseFusion::ParallelOnly);
  // GEMMs enqueued like the kernels: altgrad-async-gpu-work below.
  pm.addPass(
      createConvertLinalgToBlasLt({/*tf32=*/options.tf32, /*enqueue=*/true}));
  ConvertLinalgToGPUKernelsOptions kernels;
  kernels.vectorWidth = options.vectorWidth;
  kernels.blockSize = options.blockSize;
  kernels.maxBlocks = options.maxBlocks;
  pm.addNestedPass<func::FuncOp>(createConvertLinalgToGPUKernels(kernels));
  if (hardwareFp8) {
    // In kernels the conversion instruction; anywhere else (host code) the
    // element code.
    pm.addNestedPass<func::FuncOp>(createConvertAltGradToNVVM());
    pm.addPass(createConvertAltGradToArith());
    pm.addPass(createCanonicalizerPass());
  }
  OpPassManager &funcPm = pm.nest<func::FuncOp>();
  funcPm.addPass(createAllocateDeviceReachableBuffers());
  funcPm.addPass(altgrad::createConvertBuiltinFp8ToArith());
  // Scalars the host would read from device memory for a launch (waiting
  // for the GPU), the kernel reads itself.
  funcPm.addPass(createSinkDeviceReadsIntoKernels());
  // Constants the kernels use become immediates in their code rather than
  // kernel parameters held in registers.
  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  // All kernels in one gpu.module: one ptxas run and one binary per program
  // (upstream's pipeline below outlines again, finding nothing left).
  pm.addPass(createGpuKernelOutliningPass());
  pm.addPass(createMergeGPUModules());
  // The host waits for the kernels only where it reads their results.
  pm.addNestedPass<func::FuncOp>(createAsyncGPUWork());
  // NVVM, the binary and the host's mgpu* calls: upstream's NVVM pipeline,
  // with IEEE f32 arithmetic (no fast-math anywhere).
  gpu::GPUToNVVMPipelineOptions nvvm;
  nvvm.cubinChip = options.chip;
  nvvm.cubinFeatures = features;
  switch (options.binaryFormat) {
  case GpuBinaryFormat::Fatbin:
    nvvm.cubinFormat = "fatbin";
    break;
  case GpuBinaryFormat::Bin:
    nvvm.cubinFormat = "bin";
    break;
  case GpuBinaryFormat::Isa:
    nvvm.cubinFormat = "isa";
    break;
  }
  nvvm.optLevel = 3;
  // ptxas compiles the program's one module on every core.
  nvvm.cmdOptions = "--split-compile=0";
  gpu::buildLowerToNVVMPassPipeline(pm, nvvm);
  // Host code may hold vector ops (history records, small vector forms)
  // that upstream's NVVM pipeline leaves to the LLVM dialect's own passes.
  pm.addPass(createConvertVectorToLLVMPass());
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createUBToLLVMConversionPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
}

/// N of `text` = `prefix` N, optionally followed by one of the characters
/// of `suffixes` ("sm_90a" with prefix "sm_" and suffixes "af" -> 90), or
/// nullopt for any other text.
static std::optional<unsigned> parseVersion(llvm::StringRef text,
                                            llvm::StringRef prefix,
                                            llvm::StringRef suffixes = "") {
  unsigned version;
  if (!text.consume_front(prefix))
    return std::nullopt;
  if (!text.empty() && suffixes.contains(text.back()))
    text = text.drop_back();
  if (text.empty() || text.getAsInteger(10, version))
    return std::nullopt;
  return version;
}

/// The N of an `sm_<N>[a|f]` chip.
static std::optional<unsigned> smVersion(llvm::StringRef chip) {
  return parseVersion(chip, "sm_", "af");
}

bool altgrad::hasHardwareFp8Conversions(llvm::StringRef chip,
                                        llvm::StringRef features) {
  // LLVM's NVPTX backend selects cvt.*.e5m2x2.f32 and cvt.*.e4m3x2.f32 on
  // sm_90 with PTX 7.8, and on sm_89 with PTX 8.1.
  unsigned sm = smVersion(chip).value_or(0);
  unsigned ptx = parseVersion(features, "+ptx").value_or(0);
  return (sm >= 90 && ptx >= 78) || (sm == 89 && ptx >= 81);
}

void altgrad::buildLowerFp8Pipeline(OpPassManager &pm,
                                    const LowerFp8Options &options) {
  switch (options.target) {
  case LowerFp8Target::CPU:
    buildLowerFp8ToCpuPipeline(pm, options);
    return;
  case LowerFp8Target::GPU:
    buildLowerFp8ToGpuPipeline(pm, options);
    return;
  }
  llvm_unreachable("unknown lower-fp8 target");
}

std::string altgrad::defaultPtxFeatures(llvm::StringRef chip) {
  // LLVM 22's NVPTX: sm_100/101 need PTX 8.6, sm_103 8.8, sm_110 9.0,
  // sm_120/121 8.7; older chips take PTX 8.0, and sm_89's fp8 conversions
  // 8.1.
  unsigned sm = smVersion(chip).value_or(90);
  unsigned ptx = 80;
  if (sm == 89)
    ptx = 81;
  else if (sm >= 120)
    ptx = 87;
  else if (sm >= 110)
    ptx = 90;
  else if (sm >= 103)
    ptx = 88;
  else if (sm >= 100)
    ptx = 86;
  return "+ptx" + std::to_string(ptx);
}

LogicalResult altgrad::verifyLowerFp8Options(
    const LowerFp8Options &options,
    function_ref<LogicalResult(const Twine &)> errorHandler) {
  if (options.vectorWidth < 1)
    return errorHandler("lower-fp8: vector-width must be at least 1, got " +
                        Twine(static_cast<int64_t>(options.vectorWidth)));
  if (options.blockSize < 1 || options.blockSize > 1024)
    return errorHandler("lower-fp8: block-size must be in [1, 1024], got " +
                        Twine(static_cast<int64_t>(options.blockSize)));
  if (options.maxBlocks < 1)
    return errorHandler("lower-fp8: max-blocks must be at least 1, got " +
                        Twine(static_cast<int64_t>(options.maxBlocks)));
  std::optional<unsigned> sm = smVersion(options.chip);
  if (!sm || *sm < 20)
    return errorHandler("lower-fp8: chip must be sm_<N> with N >= 20 and "
                        "an optional a or f suffix (sm_90, sm_90a), got '" +
                        options.chip + "'");
  // Upstream's NVVM pipeline lowers the GPU target's host memrefs itself,
  // and its buffers come from the CUDA runtime.
  if (options.cachedAllocator && options.target != LowerFp8Target::CPU)
    return errorHandler("lower-fp8: cached-allocator needs target=cpu");
  // The CPU contracts the dequantized values in f32 loops.
  if (options.fp8TensorCores && options.target != LowerFp8Target::GPU)
    return errorHandler("lower-fp8: fp8-tensor-cores needs target=gpu");
  if (!options.features.empty() && !parseVersion(options.features, "+ptx"))
    return errorHandler("lower-fp8: features must be +ptx<N> (+ptx80), got '" +
                        options.features + "'");
  return success();
}

void altgrad::registerAltGradPipelines() {
  registerAltGradConversionPasses();
  registerAltGradTransformsPasses();
  // PassPipelineRegistration, with the options checked before the pipeline
  // is built.
  registerPassPipeline(
      "lower-fp8", "Lower altgrad IR to the LLVM dialect for a target",
      [](OpPassManager &pm, StringRef text,
         function_ref<LogicalResult(const Twine &)> errorHandler) {
        LowerFp8Options options;
        if (failed(options.parseFromString(text)) ||
            failed(verifyLowerFp8Options(options, errorHandler)))
          return failure();
        buildLowerFp8Pipeline(pm, options);
        return success();
      },
      [](function_ref<void(const mlir::detail::PassOptions &)> optionsHandler) {
        optionsHandler(LowerFp8Options());
      });
}
