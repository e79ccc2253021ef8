//===- Pipelines.h - altgrad's lowering pipelines --------------*- C++ -*-===//

#ifndef ALTGRAD_PIPELINES_PIPELINES_H
#define ALTGRAD_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace altgrad {

/// Where `--lower-fp8` code runs.
enum class LowerFp8Target { GPU, CPU };

/// What `--lower-fp8=target=gpu` serializes kernels into.
enum class GpuBinaryFormat { Fatbin, Bin, Isa };

/// Options of `--lower-fp8`, the one entry point for every target. An
/// unknown target is an option parsing error that lists the known ones.
struct LowerFp8Options : public mlir::PassPipelineOptions<LowerFp8Options> {
  PassOptions::Option<LowerFp8Target> target{
      *this, "target", llvm::cl::desc("Where the lowered code runs"),
      llvm::cl::init(LowerFp8Target::GPU),
      llvm::cl::values(
          clEnumValN(LowerFp8Target::GPU, "gpu",
                     "NVIDIA GPUs: NVVM kernels and host code calling the "
                     "mgpu* runtime"),
          clEnumValN(LowerFp8Target::CPU, "cpu",
                     "the host, through the LLVM dialect"))};
  PassOptions::Option<std::string> chip{
      *this, "chip",
      llvm::cl::desc("GPU architecture of the kernels (sm_<N>, with an "
                     "optional a or f suffix)"),
      llvm::cl::init("sm_90")};
  PassOptions::Option<std::string> features{
      *this, "features",
      llvm::cl::desc("PTX features of the kernels (+ptx<N>); empty: the "
                     "PTX version the chip needs (defaultPtxFeatures)"),
      llvm::cl::init("")};
  PassOptions::Option<GpuBinaryFormat> binaryFormat{
      *this, "binary-format", llvm::cl::desc("What the GPU binary holds"),
      llvm::cl::init(GpuBinaryFormat::Fatbin),
      llvm::cl::values(
          clEnumValN(GpuBinaryFormat::Fatbin, "fatbin", "a fat binary"),
          clEnumValN(GpuBinaryFormat::Bin, "bin", "a cubin"),
          clEnumValN(GpuBinaryFormat::Isa, "isa",
                     "PTX, compiled by the driver when loaded"))};
  PassOptions::Option<bool> hardwareFp8{
      *this, "hardware-fp8",
      llvm::cl::desc("Quantize to E5M2 and E4M3FN with the chip's conversion "
                     "instructions where it has them (sm_89 and later)"),
      llvm::cl::init(true)};
  PassOptions::Option<int64_t> vectorWidth{
      *this, "vector-width",
      llvm::cl::desc("Consecutive elements a GPU thread loads and stores as "
                     "one vector"),
      llvm::cl::init(8)};
  PassOptions::Option<int64_t> blockSize{
      *this, "block-size", llvm::cl::desc("Threads per block of GPU kernels"),
      llvm::cl::init(256)};
  PassOptions::Option<int64_t> maxBlocks{
      *this, "max-blocks",
      llvm::cl::desc("Most blocks a GPU kernel is launched with (the default "
                     "is CUDA's limit); threads loop over the rest"),
      llvm::cl::init(2147483647)};
  PassOptions::Option<bool> tf32{
      *this, "tf32",
      llvm::cl::desc("Multiply f32 contractions on the GPU as TF32 (10-bit "
                     "mantissas; faster, not f32)"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> fp8TensorCores{
      *this, "fp8-tensor-cores",
      llvm::cl::desc("target=gpu: contract E4M3FN/E5M2 operand pairs as FP8 "
                     "GEMMs on the tensor cores, whose sums keep about 13 "
                     "significant bits (spec section 9 asks for f32); "
                     "otherwise as their exact bf16 values, accumulated in "
                     "f32"),
      llvm::cl::init(false)};
  PassOptions::Option<bool> cachedAllocator{
      *this, "cached-allocator",
      llvm::cl::desc("target=cpu: allocate host buffers through "
                     "libaltgrad_host_allocator, which keeps freed blocks for "
                     "the next call (a step's buffers are not mapped and "
                     "faulted in again each call); the program must be "
                     "linked with it and free returned buffers with "
                     "_mlir_memref_to_llvm_free"),
      llvm::cl::init(false)};
};

/// Whether kernels for `chip` ("sm_89", "sm_90a", ...) with PTX `features`
/// ("+ptx80") can convert f32 to E5M2 and E4M3FN in hardware.
bool hasHardwareFp8Conversions(llvm::StringRef chip, llvm::StringRef features);

/// The PTX features `--lower-fp8` uses for `chip` when none are given: the
/// lowest PTX version LLVM's NVPTX backend accepts for it, and at least the
/// one its fp8 conversion instructions need (PTX 8.1 on sm_89).
std::string defaultPtxFeatures(llvm::StringRef chip);

/// Checks option values `buildLowerFp8Pipeline` cannot take, reporting the
/// first through `errorHandler` with the option's `--lower-fp8` name.
llvm::LogicalResult verifyLowerFp8Options(
    const LowerFp8Options &options,
    llvm::function_ref<llvm::LogicalResult(const llvm::Twine &)> errorHandler);

/// altgrad IR to the LLVM dialect for `options.target`.
void buildLowerFp8Pipeline(mlir::OpPassManager &pm,
                           const LowerFp8Options &options);

/// altgrad IR to the LLVM dialect of the host: lowering, One-Shot
/// Bufferize, loops, LLVM (of `options`, only cached-allocator applies).
void buildLowerFp8ToCpuPipeline(
    mlir::OpPassManager &pm,
    const LowerFp8Options &options = LowerFp8Options());

/// altgrad IR to NVVM kernels in a GPU binary and host code in the LLVM
/// dialect that launches them through the mgpu* runtime functions.
void buildLowerFp8ToGpuPipeline(mlir::OpPassManager &pm,
                                const LowerFp8Options &options);

/// Registers `--lower-fp8` and the passes behind it.
void registerAltGradPipelines();

} // namespace altgrad

#endif // ALTGRAD_PIPELINES_PIPELINES_H
