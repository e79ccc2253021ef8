//===- GemmPlanTest.cpp - altgradGemm's checks, layouts and plan key ------===//

#include "altgrad/Runtime/GemmPlan.h"

#include <gtest/gtest.h>

using namespace altgrad::gemm;

namespace {
// Row-major m x k A, k x n B (or B given as its n x k transpose, contiguous
// along K) and m x n C at 256-byte aligned addresses.
Problem rowMajor(int32_t aType, int32_t bType, int32_t cType, int64_t m,
                 int64_t n, int64_t k, bool bContiguousAlongK) {
  Problem p{};
  p.batch = 1;
  p.m = m;
  p.n = n;
  p.k = k;
  p.a = 0x10000;
  p.aType = aType;
  p.aStrideM = k;
  p.aStrideK = 1;
  p.b = 0x20000;
  p.bType = bType;
  p.bStrideK = bContiguousAlongK ? 1 : n;
  p.bStrideN = bContiguousAlongK ? k : 1;
  p.c = 0x30000;
  p.cType = cType;
  p.cStrideM = n;
  p.cStrideN = 1;
  return p;
}

std::string errorOf(const Problem &p) {
  Layout layout;
  return planLayout(p, layout);
}
} // namespace

TEST(GemmPlan, RowMajorIsComputedTransposed) {
  // C^T (n x m, ld n) = B^T (n x k, stored as is: ld n) A^T (k x m, ld k).
  Layout layout;
  ASSERT_EQ(
      planLayout(rowMajor(kBF16, kBF16, kBF16, 64, 48, 32, false), layout), "");
  EXPECT_TRUE(layout.swap);
  EXPECT_FALSE(layout.lhs.transposed);
  EXPECT_EQ(layout.lhs.rows, 48u);
  EXPECT_EQ(layout.lhs.cols, 32u);
  EXPECT_EQ(layout.lhs.ld, 48);
  EXPECT_FALSE(layout.rhs.transposed);
  EXPECT_EQ(layout.rhs.rows, 32u);
  EXPECT_EQ(layout.rhs.cols, 64u);
  EXPECT_EQ(layout.rhs.ld, 32);
  EXPECT_EQ(layout.d.rows, 48u);
  EXPECT_EQ(layout.d.cols, 64u);
  EXPECT_EQ(layout.d.ld, 48);
}

TEST(GemmPlan, Fp8IsTN) {
  // B contiguous along K: lhs = B^T as op T of the stored k x n, rhs = A^T.
  Layout layout;
  ASSERT_EQ(planLayout(rowMajor(kF8E4M3FN, kF8E4M3FN, kBF16, 64, 48, 32, true),
                       layout),
            "");
  EXPECT_TRUE(layout.swap);
  EXPECT_TRUE(layout.lhs.transposed);
  EXPECT_EQ(layout.lhs.rows, 32u);
  EXPECT_EQ(layout.lhs.cols, 48u);
  EXPECT_EQ(layout.lhs.ld, 32);
  EXPECT_FALSE(layout.rhs.transposed);
  EXPECT_EQ(errorOf(rowMajor(kF8E4M3FN, kF8E5M2, kF32, 16, 16, 32, true)), "");
  EXPECT_EQ(errorOf(rowMajor(kF8E5M2, kF8E4M3FN, kF16, 16, 16, 32, true)), "");
}

TEST(GemmPlan, Fp8RequirementsAreCheckedFirst) {
  EXPECT_EQ(errorOf(rowMajor(kF8E4M3FN, kF8E4M3FN, kBF16, 64, 48, 32, false)),
            "FP8 operands must both be contiguous along K (cuBLASLt's FP8 "
            "GEMM takes only the TN layout)");
  const char *alignment = "FP8 GEMMs need 16-byte aligned addresses, leading "
                          "dimensions and batch strides";
  Problem p = rowMajor(kF8E4M3FN, kF8E4M3FN, kBF16, 64, 48, 32, true);
  p.a += 8;
  EXPECT_EQ(errorOf(p), alignment);
  // K = 24: leading dimensions of 24 bytes.
  EXPECT_EQ(errorOf(rowMajor(kF8E4M3FN, kF8E4M3FN, kBF16, 64, 48, 24, true)),
            alignment);
  // n = 4 bf16 elements: C's leading dimension is 8 bytes.
  EXPECT_EQ(errorOf(rowMajor(kF8E4M3FN, kF8E4M3FN, kBF16, 64, 4, 32, true)),
            alignment);
}

TEST(GemmPlan, UnsupportedTypesAreRejected) {
  EXPECT_EQ(errorOf(rowMajor(kF8E5M2, kF8E5M2, kBF16, 16, 16, 32, true)),
            "cuBLASLt has no GEMM of f8E5M2 x f8E5M2 -> bf16 (f32, f16 or "
            "bf16 pairs give their type or f32; E4M3FN/E5M2 pairs, not both "
            "E5M2, give f32, bf16 or f16)");
  EXPECT_NE(errorOf(rowMajor(kF32, kBF16, kF32, 4, 4, 4, false)), "");
  EXPECT_NE(errorOf(rowMajor(kF32, kF32, kBF16, 4, 4, 4, false)), "");
  EXPECT_NE(
      errorOf(rowMajor(kF8E4M3FN, kF8E4M3FN, kF8E4M3FN, 16, 16, 16, true)), "");
  EXPECT_EQ(errorOf(rowMajor(kBF16, kBF16, kF32, 4, 4, 4, false)), "");
  EXPECT_EQ(errorOf(rowMajor(kF16, kF16, kF16, 4, 4, 4, false)), "");
  EXPECT_EQ(errorOf(rowMajor(kF32, 9, kF32, 4, 4, 4, false)),
            "unknown element type 9");
}

TEST(GemmPlan, MalformedArgumentsAreRejected) {
  Problem p = rowMajor(kF32, kF32, kF32, 4, 4, 4, false);
  p.k = -1;
  EXPECT_EQ(errorOf(p), "negative extent");
  p = rowMajor(kF32, kF32, kF32, 4, 4, 4, false);
  p.flags = 8;
  EXPECT_EQ(errorOf(p), "unknown flags 8");
  p = rowMajor(kF32, kF32, kF32, 4, 4, 4, false);
  p.cStrideN = 2;
  EXPECT_EQ(errorOf(p), "C has no contiguous dimension");
  p = rowMajor(kF32, kF32, kF32, 4, 4, 4, false);
  p.aStrideK = 3;
  EXPECT_EQ(errorOf(p), "A or B has no contiguous dimension");
}

TEST(GemmPlan, KeyTellsPlansApart) {
  Problem p = rowMajor(kBF16, kBF16, kBF16, 64, 48, 32, false);
  PlanKeyHash hash;
  Problem same = p;
  same.a += 0x1000; // Another address with the same alignment.
  EXPECT_TRUE(makePlanKey(p, false) == makePlanKey(same, false));
  EXPECT_EQ(hash(makePlanKey(p, false)), hash(makePlanKey(same, false)));
  EXPECT_FALSE(makePlanKey(p, false) == makePlanKey(p, true));
  Problem misaligned = p;
  misaligned.c += 16;
  EXPECT_FALSE(makePlanKey(p, false) == makePlanKey(misaligned, false));
  Problem strided = p;
  strided.cStrideM = 64;
  EXPECT_FALSE(makePlanKey(p, false) == makePlanKey(strided, false));
  Problem accumulating = p;
  accumulating.flags = kAccumulate;
  EXPECT_FALSE(makePlanKey(p, false) == makePlanKey(accumulating, false));
  Problem enqueued = p; // Whether the call waits is no part of the plan.
  enqueued.flags = kEnqueue;
  EXPECT_TRUE(makePlanKey(p, false) == makePlanKey(enqueued, false));
  EXPECT_EQ(errorOf(enqueued), "");
  Problem f32Result = p;
  f32Result.cType = kF32;
  EXPECT_FALSE(makePlanKey(p, false) == makePlanKey(f32Result, false));
}

TEST(GemmPlan, Alignment) {
  EXPECT_EQ(alignmentOf(0x10000), 256u);
  EXPECT_EQ(alignmentOf(0x10010), 16u);
  EXPECT_EQ(alignmentOf(0x10003), 1u);
}
