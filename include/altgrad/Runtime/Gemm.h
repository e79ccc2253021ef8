//===- Gemm.h - The contraction entry point of the CUDA runtime -*- C++ -*-===//
//
// What convert-linalg-to-blaslt and altgrad's CUDA runtime
// (lib/Runtime/CUDA) agree on: the element type codes and flags of
// altgradGemm. Plain C++, no MLIR: the runtime builds without it.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_GEMM_H
#define ALTGRAD_RUNTIME_GEMM_H

#include <cstdint>

namespace altgrad::gemm {

/// Element types of altgradGemm's operands.
enum ElementType : int32_t {
  kF32 = 0,
  kF16 = 1,
  kBF16 = 2,
  kF8E4M3FN = 3,
  kF8E5M2 = 4,
};

/// altgradGemm's flags.
enum Flags : int32_t {
  /// C = alpha * A B + C; without it C = alpha * A B.
  kAccumulate = 1,
  /// f32 operands multiplied as TF32 (CUBLAS_COMPUTE_32F_FAST_TF32).
  kTF32 = 2,
  /// Without a stream: enqueued on the context's stream (all of a context's
  /// work is in one stream) and returning without waiting, instead of
  /// returning once done.
  kEnqueue = 4,
};

/// The runtime's symbol.
constexpr const char *kEntryPoint = "altgradGemm";

} // namespace altgrad::gemm

#endif // ALTGRAD_RUNTIME_GEMM_H
