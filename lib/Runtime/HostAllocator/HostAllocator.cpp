//===- HostAllocator.cpp - The caching allocator of host buffers ----------===//
//
// Every block carries a header just below the pointer handed out: the
// block's capacity and where the system allocation starts. Blocks of at
// least kCachedBytes are kept on free, in a list per capacity, up to a limit
// of kept bytes (ALTGRAD_HOST_CACHE_BYTES, default 4 GiB); smaller ones are
// left to malloc, which recycles them well.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Runtime/HostAllocator.h"
#include "altgrad/Runtime/Environment.h"

#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace {

constexpr size_t kDefaultAlignment = 64;
// Below this, malloc's bins serve as well as a cache would.
constexpr size_t kCachedBytes = size_t(64) << 10;
// Cached capacities are whole pages, so that sizes a little apart share
// one list.
constexpr size_t kPageBytes = 4096;

struct Header {
  size_t capacity;
  // The system allocation starts this many bytes below the user pointer.
  size_t headerBytes;
};
static_assert(sizeof(Header) <= kDefaultAlignment);

size_t roundUp(size_t value, size_t multiple) {
  return (value + multiple - 1) / multiple * multiple;
}

struct Cache {
  std::mutex mutex;
  std::unordered_map<size_t, std::vector<char *>> blocks;
  size_t bytes = 0;
  size_t limit;

  Cache()
      : limit(altgrad::runtime::environmentBytes("ALTGRAD_HOST_CACHE_BYTES",
                                                 uint64_t(4) << 30)) {}
};

// Never destroyed: steps may free their buffers during the program's exit.
Cache &cache() {
  static Cache *instance = new Cache;
  return *instance;
}

Header &headerOf(char *pointer) {
  return reinterpret_cast<Header *>(pointer)[-1];
}

char *allocateBlock(size_t alignment, size_t capacity) {
  size_t headerBytes =
      alignment < kDefaultAlignment ? kDefaultAlignment : alignment;
  // aligned_alloc needs a multiple of the alignment as the size.
  char *base = static_cast<char *>(std::aligned_alloc(
      headerBytes, roundUp(headerBytes + capacity, headerBytes)));
  if (!base)
    return nullptr;
  char *pointer = base + headerBytes;
  headerOf(pointer) = {capacity, headerBytes};
  return pointer;
}

void releaseBlock(char *pointer) {
  std::free(pointer - headerOf(pointer).headerBytes);
}

} // namespace

// The library is built with hidden visibility; these are its interface.
#define ALTGRAD_EXPORT extern "C" __attribute__((visibility("default")))

ALTGRAD_EXPORT void *_mlir_memref_to_llvm_alloc(size_t size) {
  if (size < kCachedBytes)
    return allocateBlock(kDefaultAlignment, roundUp(size, kDefaultAlignment));
  size_t capacity = roundUp(size, kPageBytes);
  Cache &kept = cache();
  {
    std::lock_guard<std::mutex> lock(kept.mutex);
    auto found = kept.blocks.find(capacity);
    if (found != kept.blocks.end() && !found->second.empty()) {
      char *pointer = found->second.back();
      found->second.pop_back();
      kept.bytes -= capacity;
      return pointer;
    }
  }
  return allocateBlock(kDefaultAlignment, capacity);
}

ALTGRAD_EXPORT void *_mlir_memref_to_llvm_aligned_alloc(size_t alignment,
                                                        size_t size) {
  if (alignment <= kDefaultAlignment)
    return _mlir_memref_to_llvm_alloc(size);
  // Rare (use-aligned-alloc with a large alignment): not cached.
  return allocateBlock(alignment, roundUp(size, kDefaultAlignment));
}

ALTGRAD_EXPORT void _mlir_memref_to_llvm_free(void *opaque) {
  if (!opaque)
    return;
  char *pointer = static_cast<char *>(opaque);
  Header header = headerOf(pointer);
  if (header.capacity >= kCachedBytes &&
      header.headerBytes == kDefaultAlignment) {
    Cache &kept = cache();
    std::lock_guard<std::mutex> lock(kept.mutex);
    if (kept.bytes + header.capacity <= kept.limit) {
      kept.blocks[header.capacity].push_back(pointer);
      kept.bytes += header.capacity;
      return;
    }
  }
  releaseBlock(pointer);
}

ALTGRAD_EXPORT size_t altgradHostAllocatorRelease(void) {
  Cache &kept = cache();
  std::lock_guard<std::mutex> lock(kept.mutex);
  size_t released = kept.bytes;
  for (auto &[capacity, pointers] : kept.blocks)
    for (char *pointer : pointers)
      releaseBlock(pointer);
  kept.blocks.clear();
  kept.bytes = 0;
  return released;
}

ALTGRAD_EXPORT size_t altgradHostAllocatorCachedBytes(void) {
  Cache &kept = cache();
  std::lock_guard<std::mutex> lock(kept.mutex);
  return kept.bytes;
}
