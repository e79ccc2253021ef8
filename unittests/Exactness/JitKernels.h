//===- JitKernels.h - altgrad ops lowered and JIT-compiled ------*- C++ -*-===//
//
// Writes, for one format type, an MLIR module of altgrad.quantize,
// altgrad.dequantize and altgrad.fake_quantize kernels over buffers, lowers it
// with altgrad's CPU pipeline (buildLowerFp8ToCpuPipeline, the one behind
// --lower-fp8) and JIT-compiles it with MLIR's ExecutionEngine. The exactness
// tests run these kernels and compare every code and value with the brute-force
// reference.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_EXACTNESS_JITKERNELS_H
#define ALTGRAD_UNITTESTS_EXACTNESS_JITKERNELS_H

#include "llvm/Support/Error.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace mlir {
class ExecutionEngine;
class MLIRContext;
} // namespace mlir

namespace exactness {

/// How a kernel walks its buffer: the three ways altgrad ops see elements.
enum class Shape {
  /// scf.for over memref.load'ed f32 scalars.
  Scalar,
  /// One op on a tensor<?x...>, lowered through linalg.generic and
  /// bufferization.
  Tensor,
  /// scf.for over vector<8x...> loads; buffers are a multiple of 8 long.
  Vector,
};
inline constexpr unsigned kNumShapes = 3;
inline constexpr unsigned kVectorWidth = 8;
const char *shapeName(Shape shape);

/// The element type of a quantize kernel's input buffer.
enum class InputType { F32, F16, BF16 };
inline constexpr unsigned kNumInputTypes = 3;
const char *inputTypeName(InputType type);

/// The format a kernel module is written for.
struct KernelFormat {
  /// The MLIR type of the codes: `!altgrad.fp<...>` or a builtin such as
  /// `f8E5M2` or `f4E2M1FN`.
  std::string mlirType;
  /// Bits of a code (1 + E + M); a builtin narrower than 8 bits is widened to
  /// i8 codes inside the kernels with arith.bitcast and arith.extui.
  unsigned bitWidth;
  /// Whether `mlirType` is a builtin float type rather than `!altgrad.fp`.
  bool builtin;
};

/// The lowered, JIT-compiled kernels of one format. Every kernel is a pure
/// function of its buffers, so one object may be used from many threads.
class FormatKernels {
public:
  /// Registers dialects, passes and LLVM translations, and initializes the
  /// native target. Idempotent; call before the first compile().
  static void initialize();

  /// Writes, lowers and compiles the kernels of `format`.
  static llvm::Expected<std::unique_ptr<FormatKernels>>
  compile(const KernelFormat &format);

  ~FormatKernels();

  /// codes[i] = quantize(input[i], scale) for i < n, where `input` holds f32
  /// values, or f16 or bf16 bit patterns for those input types. With
  /// Shape::Vector, n must be a multiple of kVectorWidth.
  void quantize(Shape shape, InputType type, bool saturate, const void *input,
                uint8_t *codes, size_t n, float scale) const;
  /// values[i] = dequantize(codes[i], scale) for i < n.
  void dequantize(Shape shape, const uint8_t *codes, float *values, size_t n,
                  float scale) const;
  /// values[i] = fake_quantize(input[i], scale) for i < n (f32 inputs).
  void fakeQuantize(Shape shape, bool saturate, const float *input,
                    float *values, size_t n, float scale) const;

  /// codes[i] = quantize(input[i], scale) with rounding<stochastic> and the
  /// random word `word` for every element (f32 inputs).
  void quantizeStochastic(Shape shape, const float *input, uint8_t *codes,
                          size_t n, float scale, uint32_t word) const;
  /// values[i] = fake_quantize(input[i], scale), likewise.
  void fakeQuantizeStochastic(Shape shape, const float *input, float *values,
                              size_t n, float scale, uint32_t word) const;
  /// quantize with rounding<stochastic> seed(seed) offset(offset): element i
  /// of the op takes Philox word i, where the op is the whole buffer
  /// (Shape::Tensor), one vector of kVectorWidth (Shape::Vector) or one
  /// element (Shape::Scalar).
  void quantizePhilox(Shape shape, const float *input, uint8_t *codes, size_t n,
                      float scale, uint64_t seed, uint64_t offset) const;
  void fakeQuantizePhilox(Shape shape, const float *input, float *values,
                          size_t n, float scale, uint64_t seed,
                          uint64_t offset) const;

  /// The module text before lowering, for diagnostics.
  const std::string &source() const { return source_; }

private:
  FormatKernels() = default;

  using Kernel = void (*)(void *input, void *output, float scale);
  std::unique_ptr<mlir::MLIRContext> context_;
  std::unique_ptr<mlir::ExecutionEngine> engine_;
  std::string source_;
  Kernel quantizeKernels_[kNumShapes][kNumInputTypes][2] = {};
  Kernel dequantizeKernels_[kNumShapes] = {};
  Kernel fakeQuantizeKernels_[kNumShapes][2] = {};
  // [shape][fake_quantize]
  using WordKernel = void (*)(void *input, void *output, float scale,
                              uint32_t word);
  using PhiloxKernel = void (*)(void *input, void *output, float scale,
                                uint64_t seed, uint64_t offset);
  WordKernel wordKernels_[kNumShapes][2] = {};
  PhiloxKernel philoxKernels_[kNumShapes][2] = {};
};

/// The MLIR module of `format`'s kernels, as compile() writes it.
std::string writeKernelModule(const KernelFormat &format);

} // namespace exactness

#endif // ALTGRAD_UNITTESTS_EXACTNESS_JITKERNELS_H
