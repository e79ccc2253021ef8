//===- HostAllocatorTest.cpp - libaltgrad_host_allocator ------------------===//

#include "altgrad/Runtime/HostAllocator.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

namespace {

constexpr size_t kMiB = size_t(1) << 20;

bool alignedTo(const void *pointer, size_t alignment) {
  return reinterpret_cast<uintptr_t>(pointer) % alignment == 0;
}

class HostAllocatorTest : public ::testing::Test {
protected:
  void SetUp() override { altgradHostAllocatorRelease(); }
  void TearDown() override { altgradHostAllocatorRelease(); }
};

TEST_F(HostAllocatorTest, LargeBlocksAreKeptAndReused) {
  void *first = _mlir_memref_to_llvm_alloc(kMiB);
  ASSERT_NE(first, nullptr);
  std::memset(first, 1, kMiB);
  _mlir_memref_to_llvm_free(first);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), kMiB);
  // A size within the same page takes the kept block.
  void *again = _mlir_memref_to_llvm_alloc(kMiB - 100);
  EXPECT_EQ(again, first);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), 0u);
  _mlir_memref_to_llvm_free(again);
}

TEST_F(HostAllocatorTest, LiveBlocksAreDistinct) {
  char *a = static_cast<char *>(_mlir_memref_to_llvm_alloc(kMiB));
  char *b = static_cast<char *>(_mlir_memref_to_llvm_alloc(kMiB));
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(a + kMiB <= b || b + kMiB <= a);
  _mlir_memref_to_llvm_free(a);
  _mlir_memref_to_llvm_free(b);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), 2 * kMiB);
  EXPECT_EQ(altgradHostAllocatorRelease(), 2 * kMiB);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), 0u);
}

TEST_F(HostAllocatorTest, OtherSizesAreNotServedFromTheCache) {
  void *block = _mlir_memref_to_llvm_alloc(kMiB);
  _mlir_memref_to_llvm_free(block);
  void *larger = _mlir_memref_to_llvm_alloc(2 * kMiB);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), kMiB);
  _mlir_memref_to_llvm_free(larger);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), 3 * kMiB);
}

TEST_F(HostAllocatorTest, SmallBlocksAreLeftToMalloc) {
  void *small = _mlir_memref_to_llvm_alloc(1000);
  ASSERT_NE(small, nullptr);
  _mlir_memref_to_llvm_free(small);
  EXPECT_EQ(altgradHostAllocatorCachedBytes(), 0u);
}

TEST_F(HostAllocatorTest, Alignment) {
  for (size_t size : {size_t(0), size_t(1), size_t(1000), kMiB}) {
    void *block = _mlir_memref_to_llvm_alloc(size);
    EXPECT_TRUE(alignedTo(block, 64)) << size;
    _mlir_memref_to_llvm_free(block);
  }
  for (size_t alignment : {size_t(16), size_t(64), size_t(4096)}) {
    void *block = _mlir_memref_to_llvm_aligned_alloc(alignment, 3 * kMiB);
    ASSERT_NE(block, nullptr);
    EXPECT_TRUE(alignedTo(block, alignment)) << alignment;
    std::memset(block, 0, 3 * kMiB);
    _mlir_memref_to_llvm_free(block);
  }
  _mlir_memref_to_llvm_free(nullptr);
}

} // namespace
