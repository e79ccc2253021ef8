//===- GemmPlan.cpp - How altgradGemm maps a contraction onto cuBLASLt ----===//

#include "altgrad/Runtime/GemmPlan.h"

#include <cstring>
#include <optional>

using namespace altgrad::gemm;

int64_t altgrad::gemm::elementBytes(int32_t type) {
  switch (type) {
  case kF32:
    return 4;
  case kF16:
  case kBF16:
    return 2;
  case kF8E4M3FN:
  case kF8E5M2:
    return 1;
  }
  return 0;
}

namespace {
const char *typeName(int32_t type) {
  switch (type) {
  case kF32:
    return "f32";
  case kF16:
    return "f16";
  case kBF16:
    return "bf16";
  case kF8E4M3FN:
    return "f8E4M3FN";
  case kF8E5M2:
    return "f8E5M2";
  }
  return "unknown";
}

// A rows x cols matrix with the given element strides as a column-major
// operand: op N where its rows are contiguous, else op T of the stored
// cols x rows matrix where its columns are. `preferTranspose` picks T when
// both fit (a dimension of extent 1).
std::optional<ColumnMajor> asColumnMajor(int64_t rows, int64_t cols,
                                         int64_t rowStride, int64_t colStride,
                                         bool preferTranspose) {
  std::optional<ColumnMajor> plain, transposed;
  if ((rowStride == 1 || rows == 1) && (cols == 1 || colStride >= rows))
    plain = ColumnMajor{false, uint64_t(rows), uint64_t(cols),
                        cols == 1 ? rows : colStride};
  if ((colStride == 1 || cols == 1) && (rows == 1 || rowStride >= cols))
    transposed = ColumnMajor{true, uint64_t(cols), uint64_t(rows),
                             rows == 1 ? cols : rowStride};
  if (preferTranspose && transposed)
    return transposed;
  return plain ? plain : transposed;
}

// Whether cuBLASLt has GEMMs of these operand and result types.
bool supportedTypes(int32_t a, int32_t b, int32_t c) {
  if (isFp8(a) && isFp8(b))
    return !(a == kF8E5M2 && b == kF8E5M2) &&
           (c == kF32 || c == kBF16 || c == kF16);
  return a == b && (c == a || c == kF32);
}

bool aligned16(int64_t bytes) { return bytes % 16 == 0; }
} // namespace

std::string altgrad::gemm::planLayout(const Problem &p, Layout &layout) {
  if (p.batch < 0 || p.m < 0 || p.n < 0 || p.k < 0)
    return "negative extent";
  if (p.flags & ~(kAccumulate | kTF32 | kEnqueue))
    return "unknown flags " + std::to_string(p.flags);
  for (int32_t type : {p.aType, p.bType, p.cType})
    if (!elementBytes(type))
      return "unknown element type " + std::to_string(type);
  if (!supportedTypes(p.aType, p.bType, p.cType))
    return std::string("cuBLASLt has no GEMM of ") + typeName(p.aType) + " x " +
           typeName(p.bType) + " -> " + typeName(p.cType) +
           " (f32, f16 or bf16 pairs give their type or f32; E4M3FN/E5M2 "
           "pairs, not both E5M2, give f32, bf16 or f16)";

  // cuBLASLt is column-major: a row-major C (n contiguous) is computed as
  // C^T = B^T A^T.
  std::optional<ColumnMajor> d =
      asColumnMajor(p.n, p.m, p.cStrideN, p.cStrideM, false);
  layout.swap = d && !d->transposed;
  if (!layout.swap)
    d = asColumnMajor(p.m, p.n, p.cStrideM, p.cStrideN, false);
  if (!d || d->transposed)
    return "C has no contiguous dimension";
  // FP8 GEMMs take lhs as op T and rhs as op N: K contiguous in both.
  std::optional<ColumnMajor> lhs =
      layout.swap ? asColumnMajor(p.n, p.k, p.bStrideN, p.bStrideK, true)
                  : asColumnMajor(p.m, p.k, p.aStrideM, p.aStrideK, true);
  std::optional<ColumnMajor> rhs =
      layout.swap ? asColumnMajor(p.k, p.m, p.aStrideK, p.aStrideM, false)
                  : asColumnMajor(p.k, p.n, p.bStrideK, p.bStrideN, false);
  if (!lhs || !rhs)
    return "A or B has no contiguous dimension";
  layout.lhs = *lhs;
  layout.rhs = *rhs;
  layout.d = *d;
  layout.lhsBatchStride = layout.swap ? p.bBatchStride : p.aBatchStride;
  layout.rhsBatchStride = layout.swap ? p.aBatchStride : p.bBatchStride;

  if (isFp8(p.aType)) {
    if (!lhs->transposed || rhs->transposed)
      return "FP8 operands must both be contiguous along K (cuBLASLt's FP8 "
             "GEMM takes only the TN layout)";
    int64_t cBytes = elementBytes(p.cType);
    if (p.a % 16 || p.b % 16 || p.c % 16 || !aligned16(lhs->ld) ||
        !aligned16(rhs->ld) || !aligned16(d->ld * cBytes) ||
        (p.batch > 1 &&
         (!aligned16(p.aBatchStride) || !aligned16(p.bBatchStride) ||
          !aligned16(p.cBatchStride * cBytes))))
      return "FP8 GEMMs need 16-byte aligned addresses, leading dimensions "
             "and batch strides";
  }
  return "";
}

uint32_t altgrad::gemm::alignmentOf(intptr_t address) {
  uint32_t alignment = 256;
  while (alignment > 1 && address % alignment)
    alignment /= 2;
  return alignment;
}

bool PlanKey::operator==(const PlanKey &other) const {
  return std::memcmp(words, other.words, sizeof(words)) == 0;
}

size_t PlanKeyHash::operator()(const PlanKey &key) const {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (int64_t word : key.words)
    hash = (hash ^ uint64_t(word)) * 0x100000001b3ull;
  return size_t(hash ^ (hash >> 29));
}

PlanKey altgrad::gemm::makePlanKey(const Problem &p, bool scalePointers) {
  auto alignmentLog2 = [](intptr_t address) {
    return int64_t(__builtin_ctz(alignmentOf(address)));
  };
  // Whether the call waits does not change the plan.
  int64_t planFlags = p.flags & ~kEnqueue;
  int64_t packed = p.aType | p.bType << 4 | p.cType << 8 | planFlags << 12 |
                   int64_t(scalePointers) << 16 | alignmentLog2(p.a) << 20 |
                   alignmentLog2(p.b) << 24 | alignmentLog2(p.c) << 28;
  return PlanKey{{p.batch, p.m, p.n, p.k, p.aBatchStride, p.aStrideM,
                  p.aStrideK, p.bBatchStride, p.bStrideK, p.bStrideN,
                  p.cBatchStride, p.cStrideM, p.cStrideN, packed}};
}
