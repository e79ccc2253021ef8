//===- HostAllocator.h - The caching allocator of host buffers --*- C++ -*-===//
//
// libaltgrad_host_allocator provides the generic allocation functions that
// code lowered with `--lower-fp8="cached-allocator=true"` calls for every
// host buffer (upstream's finalize-memref-to-llvm with
// use-generic-functions). A training step allocates the same buffers in
// every call; freed blocks are kept, by size, for the next call, so that a
// step does not map, fault in and unmap its buffers each time
// (docs/lowering.md). Buffers a step returns are freed with
// _mlir_memref_to_llvm_free, never with free().
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_HOSTALLOCATOR_H
#define ALTGRAD_RUNTIME_HOSTALLOCATOR_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// `size` bytes aligned to 64; null when the memory is exhausted.
void *_mlir_memref_to_llvm_alloc(size_t size);
/// `size` bytes aligned to `alignment` (a power of two).
void *_mlir_memref_to_llvm_aligned_alloc(size_t alignment, size_t size);
/// Frees a block of the two functions above (null: nothing).
void _mlir_memref_to_llvm_free(void *pointer);
/// Returns every kept block to the system; the bytes it returned.
size_t altgradHostAllocatorRelease(void);
/// Bytes in kept blocks now.
size_t altgradHostAllocatorCachedBytes(void);

#ifdef __cplusplus
}
#endif

#endif // ALTGRAD_RUNTIME_HOSTALLOCATOR_H
