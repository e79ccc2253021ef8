//===- GemmPlan.h - How altgradGemm maps a contraction onto cuBLASLt -*- C++
//-*-===//
//
// The part of altgradGemm that needs no GPU: which operand and result types
// and layouts cuBLASLt can take (checked before any cuBLASLt call, so that
// a contraction it cannot run is rejected with a message saying why), the
// column-major operands it gets, and the key of the plan cache. Plain C++,
// no CUDA: unittests/Runtime tests it where there is no GPU.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_GEMMPLAN_H
#define ALTGRAD_RUNTIME_GEMMPLAN_H

#include "altgrad/Runtime/Gemm.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace altgrad::gemm {

/// altgradGemm's arguments: row-major index spaces A[batch][m][k],
/// B[batch][k][n], C[batch][m][n], each matrix given by its address and
/// element strides.
struct Problem {
  int64_t batch, m, n, k;
  intptr_t a;
  int32_t aType;
  int64_t aBatchStride, aStrideM, aStrideK;
  intptr_t b;
  int32_t bType;
  int64_t bBatchStride, bStrideK, bStrideN;
  intptr_t c;
  int32_t cType;
  int64_t cBatchStride, cStrideM, cStrideN;
  int32_t flags;
};

/// A rows x cols column-major cuBLASLt matrix with leading dimension `ld`,
/// used as stored (op N) or `transposed` (op T).
struct ColumnMajor {
  bool transposed;
  uint64_t rows, cols;
  int64_t ld;
};

/// cuBLASLt's view of a Problem: D = op(lhs) op(rhs), where a row-major C is
/// computed as C^T = B^T A^T (`swap`: lhs is B, rhs is A).
struct Layout {
  bool swap;
  ColumnMajor lhs, rhs, d;
  int64_t lhsBatchStride, rhsBatchStride;
};

/// Bytes of an element type; 0 for a code that is none of ElementType's.
int64_t elementBytes(int32_t type);

/// The largest power of two up to 256 dividing `address`: the alignment
/// cuBLASLt's heuristic may assume of a matrix.
uint32_t alignmentOf(intptr_t address);

/// Whether `type` is one of the FP8 types.
inline bool isFp8(int32_t type) { return type == kF8E4M3FN || type == kF8E5M2; }

/// The layout cuBLASLt computes `problem` in, or the reason it cannot (an
/// empty string when it can). Checks the extents, flags, the combination of
/// types (f32, f16 or bf16 pairs with a result of their type or f32; E4M3FN
/// and E5M2 pairs, not both E5M2, with an f32, bf16 or f16 result), that
/// every matrix has a contiguous dimension, and, for FP8 operands, cuBLASLt's
/// FP8 requirements: both operands contiguous along K ("TN") and 16-byte
/// aligned addresses and leading dimensions.
std::string planLayout(const Problem &problem, Layout &layout);

/// What a plan depends on besides the Problem's extents and strides:
/// whether cuBLASLt gets the scale pointers.
struct PlanKey {
  int64_t words[14];
  bool operator==(const PlanKey &other) const;
};

struct PlanKeyHash {
  size_t operator()(const PlanKey &key) const;
};

/// The plan cache's key: extents, strides, types, flags, whether the scales
/// are passed as pointers, and the alignment of each address (which the
/// heuristic may assume).
PlanKey makePlanKey(const Problem &problem, bool scalePointers);

} // namespace altgrad::gemm

#endif // ALTGRAD_RUNTIME_GEMMPLAN_H
