//===- CudaRuntime.cpp - CUDA runtime for MLIR's gpu-to-llvm --------------===//
//
// The mgpu* functions that code lowered by MLIR's gpu-to-llvm pass and by the
// gpu.binary / gpu.launch_func translation to LLVM IR call, implemented on the
// CUDA driver API. Debian's MLIR ships no libmlir_cuda_runtime; this library
// takes its place (mlir-runner --shared-libs=libaltgrad_cuda_runtime.so).
//
// The signatures follow the declarations that LLVM/MLIR 22 emits (see
// test/Runtime/cuda-runtime-symbols.test, which pins them):
//   index operands are intptr_t, i8 flags are bool, sizes are uint64_t/size_t.
//
// Every CUDA call is checked: a failure prints the call, the CUDA error name
// and description to stderr and aborts. The generated code has no way to look
// at an error, so carrying on would only turn it into wrong results.
//
// Besides them, altgradGemm: the contractions convert-linalg-to-blaslt
// emits, on cuBLASLt (checked the same way); and altgradAllReduce: a
// distributed recipe's collectives (docs/distributed.md) on NCCL, which is
// loaded with dlopen at the first collective, so that programs without any
// need no NCCL.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Runtime/Collectives.h"
#include "altgrad/Runtime/Environment.h"
#include "altgrad/Runtime/GemmPlan.h"
#include "altgrad/Runtime/ProfileReport.h"

#include "cublasLt.h"
#include "cuda.h"
#include "nccl.h"

#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#define ALTGRAD_CUDA_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

//===----------------------------------------------------------------------===//
// Error handling
//===----------------------------------------------------------------------===//

[[noreturn]] void fail(const char *function, const char *message) {
  std::fprintf(stderr, "altgrad_cuda_runtime: %s: %s\n", function, message);
  std::fflush(stderr);
  std::abort();
}

void check(CUresult result, const char *call, const char *function) {
  if (result == CUDA_SUCCESS)
    return;
  // Both queries fail for codes the driver does not know; say so rather than
  // printing a null pointer.
  const char *name = nullptr;
  const char *description = nullptr;
  if (cuGetErrorName(result, &name) != CUDA_SUCCESS || !name)
    name = "<unknown CUresult>";
  if (cuGetErrorString(result, &description) != CUDA_SUCCESS || !description)
    description = "no description";
  std::fprintf(stderr, "altgrad_cuda_runtime: %s: %s failed: %s (%d): %s\n",
               function, call, name, static_cast<int>(result), description);
  std::fflush(stderr);
  std::abort();
}

#define CUDA_CHECK(call) check((call), #call, __func__)

//===----------------------------------------------------------------------===//
// Context management
//===----------------------------------------------------------------------===//

// The device that the next call runs on; gpu.set_default_device sets it for
// the whole process (the op allows a thread-local setting, but one setting is
// easier to reason about for a runtime shared by all threads).
std::atomic<int32_t> defaultDevice{0};

// cuBLASLt's state of a context (the contractions section below).
struct BlasContext;
BlasContext *createBlasContext();

struct DeviceContext {
  CUdevice device;
  CUcontext context;
  BlasContext *blas;
  // All of the context's work, in program order: every mgpuStreamCreate
  // returns it. One in-order stream needs no events between the chains of
  // async tokens the lowered code makes, and it orders the reuse of freed
  // buffers after the work that used them (BufferPool). Non-blocking: no
  // implicit synchronization with the legacy null stream.
  CUstream stream;
};

// Primary contexts retained so far, indexed by device ordinal. Leaked on
// purpose: module unloads run from global destructors, possibly after this
// library's own static objects would have been destroyed.
struct ContextTable {
  std::mutex mutex;
  std::vector<DeviceContext> contexts; // context == nullptr: not retained yet
};

ContextTable &getContextTable() {
  static ContextTable *table = new ContextTable;
  return *table;
}

// cuInit once per process; a function-local static is initialized exactly
// once even when several threads race to the first call.
void initializeDriver() {
  static const bool initialized = [] {
    CUDA_CHECK(cuInit(/*Flags=*/0));
    return true;
  }();
  (void)initialized;
}

// Retains (once) and returns the primary context of the default device.
DeviceContext getDefaultContext(const char *function) {
  // Fast path: the thread already looked this device up.
  thread_local int32_t cachedOrdinal = -1;
  thread_local DeviceContext cached{0, nullptr, nullptr, nullptr};
  int32_t ordinal = defaultDevice.load(std::memory_order_relaxed);
  if (ordinal == cachedOrdinal)
    return cached;

  initializeDriver();
  int count = 0;
  CUDA_CHECK(cuDeviceGetCount(&count));
  if (ordinal < 0 || ordinal >= count) {
    std::fprintf(stderr,
                 "altgrad_cuda_runtime: %s: default device %d does not exist "
                 "(%d CUDA device(s))\n",
                 function, ordinal, count);
    std::fflush(stderr);
    std::abort();
  }

  ContextTable &table = getContextTable();
  std::lock_guard<std::mutex> lock(table.mutex);
  if (table.contexts.size() < static_cast<size_t>(count))
    table.contexts.resize(count, DeviceContext{0, nullptr, nullptr, nullptr});
  DeviceContext &entry = table.contexts[ordinal];
  if (!entry.context) {
    CUDA_CHECK(cuDeviceGet(&entry.device, ordinal));
    // Lowered code touches managed buffers from the host while kernels on
    // other buffers run (altgrad-async-gpu-work waits only for the work
    // that reaches what it touches); without concurrent managed access any
    // such touch faults.
    int concurrentManagedAccess = 0;
    CUDA_CHECK(cuDeviceGetAttribute(
        &concurrentManagedAccess, CU_DEVICE_ATTRIBUTE_CONCURRENT_MANAGED_ACCESS,
        entry.device));
    if (!concurrentManagedAccess) {
      std::fprintf(stderr,
                   "altgrad_cuda_runtime: %s: device %d has no concurrent "
                   "managed memory access, which lowered programs need "
                   "(docs/gpu.md, \"Where the host waits\")\n",
                   function, ordinal);
      std::fflush(stderr);
      std::abort();
    }
    // The primary context is shared with the CUDA runtime API and other
    // libraries in the process; it is never released (the driver tears it
    // down at exit).
    CUDA_CHECK(cuDevicePrimaryCtxRetain(&entry.context, entry.device));
    entry.blas = createBlasContext();
    CUDA_CHECK(cuCtxPushCurrent(entry.context));
    CUDA_CHECK(cuStreamCreate(&entry.stream, CU_STREAM_NON_BLOCKING));
    CUDA_CHECK(cuCtxPopCurrent(nullptr));
  }
  cachedOrdinal = ordinal;
  cached = entry;
  return entry;
}

// Makes the default device's primary context current for one call and
// restores the caller's context afterwards, so that code which manages its
// own contexts on the same thread is left undisturbed.
class ScopedContext {
public:
  explicit ScopedContext(const char *function) : function(function) {
    DeviceContext dc = getDefaultContext(function);
    device = dc.device;
    blas = dc.blas;
    stream = dc.stream;
    check(cuCtxPushCurrent(dc.context), "cuCtxPushCurrent(context)", function);
  }
  ~ScopedContext() {
    check(cuCtxPopCurrent(nullptr), "cuCtxPopCurrent(nullptr)", function);
  }
  ScopedContext(const ScopedContext &) = delete;
  ScopedContext &operator=(const ScopedContext &) = delete;

  CUdevice getDevice() const { return device; }
  BlasContext &getBlas() const { return *blas; }
  CUstream getStream() const { return stream; }

private:
  const char *function;
  CUdevice device = 0;
  BlasContext *blas = nullptr;
  CUstream stream = nullptr;
};

// CUDA takes unsigned launch dimensions; a silently truncated or negative
// index would launch the wrong grid, so refuse it.
unsigned toDim(intptr_t value, const char *what, const char *function) {
  if (value < 1 || static_cast<uintmax_t>(value) > UINT_MAX) {
    std::fprintf(stderr,
                 "altgrad_cuda_runtime: %s: %s = %jd is not a valid launch "
                 "dimension\n",
                 function, what, static_cast<intmax_t>(value));
    std::fflush(stderr);
    std::abort();
  }
  return static_cast<unsigned>(value);
}

// Dynamic shared memory beyond the 48 KiB default needs an opt-in per
// function; check against the device limit first for a clear message.
void prepareSharedMemory(CUfunction function, int32_t smem, CUdevice device,
                         const char *caller) {
  if (smem < 0)
    fail(caller, "negative dynamic shared memory size");
  if (smem == 0)
    return;
  int maxOptIn = 0;
  check(cuDeviceGetAttribute(
            &maxOptIn, CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN,
            device),
        "cuDeviceGetAttribute(MAX_SHARED_MEMORY_PER_BLOCK_OPTIN)", caller);
  if (smem > maxOptIn) {
    std::fprintf(stderr,
                 "altgrad_cuda_runtime: %s: %d bytes of dynamic shared memory "
                 "requested, the device allows at most %d\n",
                 caller, smem, maxOptIn);
    std::fflush(stderr);
    std::abort();
  }
  check(cuFuncSetAttribute(
            function, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, smem),
        "cuFuncSetAttribute(MAX_DYNAMIC_SHARED_SIZE_BYTES)", caller);
}

// The start and byte length of the elements a strided memref descriptor
// reaches. Layout of the descriptor (MLIR's StridedMemRefType): allocated
// pointer, aligned pointer, offset, sizes[rank], strides[rank].
struct MemRefSpan {
  char *begin;
  uint64_t bytes;
};

MemRefSpan getMemRefSpan(int64_t rank, void *descriptor,
                         int64_t elementSizeBytes) {
  struct Header {
    void *allocated;
    char *aligned;
    int64_t offset;
  };
  auto *header = static_cast<Header *>(descriptor);
  auto *sizes = reinterpret_cast<int64_t *>(header + 1);
  int64_t *strides = sizes + rank;
  // Negative strides are legal, so track both ends.
  int64_t lowest = 0, highest = 0;
  for (int64_t i = 0; i < rank; ++i) {
    if (sizes[i] == 0)
      return {nullptr, 0};
    int64_t reach = (sizes[i] - 1) * strides[i];
    (reach < 0 ? lowest : highest) += reach;
  }
  char *begin = header->aligned + (header->offset + lowest) * elementSizeBytes;
  uint64_t bytes = static_cast<uint64_t>(highest - lowest + 1) *
                   static_cast<uint64_t>(elementSizeBytes);
  return {begin, bytes};
}

//===----------------------------------------------------------------------===//
// Profiling (ALTGRAD_CUDA_PROFILE, docs/gpu.md)
//===----------------------------------------------------------------------===//

// Read once at load: when the variable is unset, each profiled call costs
// one branch on `profiling`.
const char *const profilePath = std::getenv("ALTGRAD_CUDA_PROFILE");
const bool profiling = profilePath && *profilePath;

enum HostCall { kAllocCall, kFreeCall, kSyncCall, kHostCallCount };

// A launch whose events may not have completed yet.
struct PendingLaunch {
  std::string name;
  altgrad::runtime::Dims grid, block;
  CUcontext context;
  CUevent start, stop;
};

struct Profiler {
  std::mutex mutex;
  std::unordered_map<CUfunction, std::string> names;
  std::vector<PendingLaunch> pending;
  // Resolved event pairs, reused: a step makes thousands of launches.
  std::vector<PendingLaunch> idle;
  std::vector<altgrad::runtime::TimedLaunch> timed;
  std::array<altgrad::runtime::HostCounter, kHostCallCount> counters = {
      {{"cuMemAlloc/cuMemAllocManaged"},
       {"cuMemFree"},
       {"cuStreamSynchronize"}}};
};

extern "C" void altgradProfileReport();

// The first call comes after cuInit, so the report of a program that never
// asks for one runs at exit before the driver's own teardown.
Profiler &getProfiler() {
  static Profiler *profiler = [] {
    std::atexit(altgradProfileReport);
    return new Profiler; // Leaked: see ContextTable.
  }();
  return *profiler;
}

// Moves the pending launches whose events completed (all of them, waiting
// for each, with `wait`) to `timed`, their events to `idle`. Takes the lock.
void resolveLaunches(Profiler &profiler, bool wait) {
  std::vector<PendingLaunch> unfinished;
  for (PendingLaunch &launch : profiler.pending) {
    check(cuCtxPushCurrent(launch.context), "cuCtxPushCurrent(context)",
          __func__);
    bool done = true;
    if (wait) {
      CUDA_CHECK(cuEventSynchronize(launch.stop));
    } else {
      CUresult status = cuEventQuery(launch.stop);
      done = status != CUDA_ERROR_NOT_READY;
      if (done)
        CUDA_CHECK(status);
    }
    if (done) {
      float milliseconds = 0;
      CUDA_CHECK(cuEventElapsedTime(&milliseconds, launch.start, launch.stop));
      profiler.timed.push_back(
          {launch.name, launch.grid, launch.block, milliseconds});
      profiler.idle.push_back(std::move(launch));
    } else {
      unfinished.push_back(std::move(launch));
    }
    check(cuCtxPopCurrent(nullptr), "cuCtxPopCurrent(nullptr)", __func__);
  }
  profiler.pending = std::move(unfinished);
}

// Brackets one launch or GEMM with a pair of timing events on its stream,
// in the current context; nothing unless started.
class LaunchTimer {
public:
  void start(CUstream stream, std::string name, altgrad::runtime::Dims grid,
             altgrad::runtime::Dims block) {
    Profiler &profiler = getProfiler();
    CUcontext context = nullptr;
    CUDA_CHECK(cuCtxGetCurrent(&context));
    {
      std::lock_guard<std::mutex> lock(profiler.mutex);
      // Without a report, completed launches are still resolved now and
      // then, so that their events are reused.
      constexpr size_t kResolveEvery = 1 << 14;
      if (profiler.pending.size() % kResolveEvery == kResolveEvery - 1)
        resolveLaunches(profiler, /*wait=*/false);
      auto reusable = std::find_if(
          profiler.idle.begin(), profiler.idle.end(),
          [&](const PendingLaunch &idle) { return idle.context == context; });
      if (reusable != profiler.idle.end()) {
        launch = std::move(*reusable);
        profiler.idle.erase(reusable);
      }
    }
    if (!launch.start) {
      launch.context = context;
      CUDA_CHECK(cuEventCreate(&launch.start, CU_EVENT_DEFAULT));
      CUDA_CHECK(cuEventCreate(&launch.stop, CU_EVENT_DEFAULT));
    }
    launch.name = std::move(name);
    launch.grid = grid;
    launch.block = block;
    this->stream = stream;
    CUDA_CHECK(cuEventRecord(launch.start, stream));
  }
  ~LaunchTimer() {
    if (!launch.start)
      return;
    CUDA_CHECK(cuEventRecord(launch.stop, stream));
    Profiler &profiler = getProfiler();
    std::lock_guard<std::mutex> lock(profiler.mutex);
    profiler.pending.push_back(std::move(launch));
  }

private:
  PendingLaunch launch{};
  CUstream stream = nullptr;
};

// Counts one host-side call and the wall time spent in it, when profiling.
class HostCallTimer {
public:
  explicit HostCallTimer(HostCall kind, uint64_t bytes = 0)
      : kind(kind), bytes(bytes) {
    if (profiling)
      begin = std::chrono::steady_clock::now();
  }
  ~HostCallTimer() {
    if (!profiling)
      return;
    auto elapsed = std::chrono::steady_clock::now() - begin;
    Profiler &profiler = getProfiler();
    std::lock_guard<std::mutex> lock(profiler.mutex);
    altgrad::runtime::HostCounter &counter = profiler.counters[kind];
    ++counter.calls;
    counter.bytes += bytes;
    counter.nanoseconds +=
        std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count();
  }
  HostCallTimer(const HostCallTimer &) = delete;
  HostCallTimer &operator=(const HostCallTimer &) = delete;

private:
  HostCall kind;
  uint64_t bytes;
  std::chrono::steady_clock::time_point begin;
};

// Every stream synchronization of the runtime, counted when profiling.
void synchronize(CUstream stream, const char *function) {
  HostCallTimer timer(kSyncCall);
  check(cuStreamSynchronize(stream), "cuStreamSynchronize(stream)", function);
}

} // namespace

//===----------------------------------------------------------------------===//
// Modules and kernels
//===----------------------------------------------------------------------===//

// A cubin or fatbin embedded by gpu.binary (formats bin and fatbin).
ALTGRAD_CUDA_EXPORT CUmodule mgpuModuleLoad(void *data, size_t gpuBlobSize) {
  (void)gpuBlobSize; // cubin and fatbin headers carry their own size.
  ScopedContext scope(__func__);
  CUmodule module = nullptr;
  CUDA_CHECK(cuModuleLoadData(&module, data));
  return module;
}

// PTX embedded by gpu.binary (format isa), compiled by the driver's JIT.
ALTGRAD_CUDA_EXPORT CUmodule mgpuModuleLoadJIT(void *data, int optLevel) {
  ScopedContext scope(__func__);
  // The JIT's own log is the only place that says what is wrong with the PTX.
  static constexpr size_t kLogSize = 8192;
  char errorLog[kLogSize] = {0};
  CUjit_option options[] = {CU_JIT_ERROR_LOG_BUFFER,
                            CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                            CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {errorLog, reinterpret_cast<void *>(kLogSize),
                    reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  CUmodule module = nullptr;
  CUresult result = cuModuleLoadDataEx(
      &module, data, sizeof(options) / sizeof(options[0]), options, values);
  if (result != CUDA_SUCCESS && errorLog[0])
    std::fprintf(stderr, "altgrad_cuda_runtime: %s: PTX JIT log:\n%s\n",
                 __func__, errorLog);
  check(result, "cuModuleLoadDataEx(&module, data, JIT options)", __func__);
  return module;
}

ALTGRAD_CUDA_EXPORT void mgpuModuleUnload(CUmodule module) {
  // Called from global destructors: if the driver is already shutting down,
  // it has freed the module itself, which is not a failure.
  CUcontext current = nullptr;
  CUresult status = cuCtxGetCurrent(&current);
  if (status == CUDA_ERROR_DEINITIALIZED)
    return;
  check(status, "cuCtxGetCurrent(&current)", __func__);
  ScopedContext scope(__func__);
  CUDA_CHECK(cuModuleUnload(module));
}

ALTGRAD_CUDA_EXPORT CUfunction mgpuModuleGetFunction(CUmodule module,
                                                     const char *name) {
  ScopedContext scope(__func__);
  CUfunction function = nullptr;
  CUresult result = cuModuleGetFunction(&function, module, name);
  if (result != CUDA_SUCCESS)
    std::fprintf(stderr, "altgrad_cuda_runtime: %s: kernel '%s'\n", __func__,
                 name ? name : "<null>");
  check(result, "cuModuleGetFunction(&function, module, name)", __func__);
  if (profiling) {
    Profiler &profiler = getProfiler();
    std::lock_guard<std::mutex> lock(profiler.mutex);
    profiler.names[function] = name;
  }
  return function;
}

namespace {
// The name mgpuModuleGetFunction looked `function` up by.
std::string getKernelName(CUfunction function) {
  Profiler &profiler = getProfiler();
  std::lock_guard<std::mutex> lock(profiler.mutex);
  auto it = profiler.names.find(function);
  return it == profiler.names.end() ? "<unknown kernel>" : it->second;
}
} // namespace

// Index operands arrive as intptr_t (MLIR's index type); `extra` is always
// null and `paramsCount` is only needed by HIP.
ALTGRAD_CUDA_EXPORT void mgpuLaunchKernel(CUfunction function, intptr_t gridX,
                                          intptr_t gridY, intptr_t gridZ,
                                          intptr_t blockX, intptr_t blockY,
                                          intptr_t blockZ, int32_t smem,
                                          CUstream stream, void **params,
                                          void **extra, size_t paramsCount) {
  (void)paramsCount;
  ScopedContext scope(__func__);
  prepareSharedMemory(function, smem, scope.getDevice(), __func__);
  altgrad::runtime::Dims grid = {toDim(gridX, "gridX", __func__),
                                 toDim(gridY, "gridY", __func__),
                                 toDim(gridZ, "gridZ", __func__)};
  altgrad::runtime::Dims block = {toDim(blockX, "blockX", __func__),
                                  toDim(blockY, "blockY", __func__),
                                  toDim(blockZ, "blockZ", __func__)};
  LaunchTimer timer;
  if (profiling)
    timer.start(stream, getKernelName(function), grid, block);
  CUDA_CHECK(cuLaunchKernel(function, grid[0], grid[1], grid[2], block[0],
                            block[1], block[2], static_cast<unsigned>(smem),
                            stream, params, extra));
}

// gpu.launch_func with `clusters in (...)` (thread block clusters, sm_90+).
ALTGRAD_CUDA_EXPORT void
mgpuLaunchClusterKernel(CUfunction function, intptr_t clusterX,
                        intptr_t clusterY, intptr_t clusterZ, intptr_t gridX,
                        intptr_t gridY, intptr_t gridZ, intptr_t blockX,
                        intptr_t blockY, intptr_t blockZ, int32_t smem,
                        CUstream stream, void **params, void **extra) {
#if CUDA_VERSION >= 12000
  ScopedContext scope(__func__);
  prepareSharedMemory(function, smem, scope.getDevice(), __func__);

  CUlaunchAttribute attribute = {};
  attribute.id = CU_LAUNCH_ATTRIBUTE_CLUSTER_DIMENSION;
  attribute.value.clusterDim.x = toDim(clusterX, "clusterX", __func__);
  attribute.value.clusterDim.y = toDim(clusterY, "clusterY", __func__);
  attribute.value.clusterDim.z = toDim(clusterZ, "clusterZ", __func__);

  // More than 8 blocks per cluster is a non-portable size that each kernel
  // must opt into.
  constexpr uint64_t kMaxPortableClusterSize = 8;
  if (static_cast<uint64_t>(attribute.value.clusterDim.x) *
          attribute.value.clusterDim.y * attribute.value.clusterDim.z >
      kMaxPortableClusterSize)
    CUDA_CHECK(cuFuncSetAttribute(
        function, CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED, 1));

  CUlaunchConfig config = {};
  config.gridDimX = toDim(gridX, "gridX", __func__);
  config.gridDimY = toDim(gridY, "gridY", __func__);
  config.gridDimZ = toDim(gridZ, "gridZ", __func__);
  config.blockDimX = toDim(blockX, "blockX", __func__);
  config.blockDimY = toDim(blockY, "blockY", __func__);
  config.blockDimZ = toDim(blockZ, "blockZ", __func__);
  config.sharedMemBytes = static_cast<unsigned>(smem);
  config.hStream = stream;
  config.attrs = &attribute;
  config.numAttrs = 1;
  LaunchTimer timer;
  if (profiling)
    timer.start(stream, getKernelName(function),
                {config.gridDimX, config.gridDimY, config.gridDimZ},
                {config.blockDimX, config.blockDimY, config.blockDimZ});
  CUDA_CHECK(cuLaunchKernelEx(&config, function, params, extra));
#else
  (void)function, (void)clusterX, (void)clusterY, (void)clusterZ;
  (void)gridX, (void)gridY, (void)gridZ, (void)blockX, (void)blockY;
  (void)blockZ, (void)smem, (void)stream, (void)params, (void)extra;
  fail(__func__, "cluster launches need a CUDA 12 toolkit at build time");
#endif
}

//===----------------------------------------------------------------------===//
// Streams and events
//===----------------------------------------------------------------------===//

namespace {
// Lowered code allocates and frees every buffer of a step on every call, the
// same sizes each time. cuMemAllocManaged and cuMemFree cost tens of
// microseconds, and fresh managed memory is faulted onto the GPU page by
// page on first touch: freed buffers are kept for reuse, by context, size
// and kind, up to ALTGRAD_CUDA_CACHE_BYTES of idle memory (default 16 GiB, a
// fifth of an 80 GB GPU: a step of the GPU-size transformer frees a few
// GiB). A buffer is freed while work that uses it may still be queued: its
// context's stream runs the work of its next owner after that work.
struct BufferPool {
  struct Key {
    CUstream stream; // of the context that allocated it
    uint64_t sizeBytes;
    bool isHostShared;
    bool operator==(const Key &other) const {
      return stream == other.stream && sizeBytes == other.sizeBytes &&
             isHostShared == other.isHostShared;
    }
  };
  struct KeyHash {
    size_t operator()(const Key &key) const {
      return std::hash<uint64_t>()(key.sizeBytes * 2 + key.isHostShared) ^
             std::hash<CUstream>()(key.stream);
    }
  };

  std::mutex mutex;
  // Every allocation made here with its key; idle ones also in `idle`.
  std::unordered_map<void *, Key> keys;
  std::unordered_multimap<Key, void *, KeyHash> idle;
  uint64_t idleBytes = 0;
  uint64_t limit = altgrad::runtime::environmentBytes(
      "ALTGRAD_CUDA_CACHE_BYTES", uint64_t(16) << 30);

  static void free(void *pointer) {
    HostCallTimer timer(kFreeCall);
    CUDA_CHECK(cuMemFree(reinterpret_cast<CUdeviceptr>(pointer)));
  }

  /// Frees `pointer` once the work queued in its context is done (the
  /// caller holds `mutex`).
  static void release(void *pointer, const Key &key) {
    synchronize(key.stream, __func__);
    free(pointer);
  }

  /// Frees every idle buffer, each context's stream waited for once (the
  /// caller holds `mutex`, in a context).
  void releaseIdle() {
    std::vector<CUstream> waited;
    for (auto &[key, pointer] : idle) {
      if (std::find(waited.begin(), waited.end(), key.stream) == waited.end()) {
        synchronize(key.stream, __func__);
        waited.push_back(key.stream);
      }
      keys.erase(pointer);
      free(pointer);
    }
    idle.clear();
    idleBytes = 0;
  }
};

BufferPool &getBufferPool() {
  static BufferPool *pool = new BufferPool; // Leaked: see ContextTable.
  return *pool;
}
} // namespace

// The context's one stream (DeviceContext::stream): lowered code asks for a
// stream per chain of async tokens, and all of them are this one.
ALTGRAD_CUDA_EXPORT CUstream mgpuStreamCreate() {
  ScopedContext scope(__func__);
  return scope.getStream();
}

// The context's stream lives as long as the context.
ALTGRAD_CUDA_EXPORT void mgpuStreamDestroy(CUstream stream) { (void)stream; }

ALTGRAD_CUDA_EXPORT void mgpuStreamSynchronize(CUstream stream) {
  ScopedContext scope(__func__);
  synchronize(stream, __func__);
}

ALTGRAD_CUDA_EXPORT void mgpuStreamWaitEvent(CUstream stream, CUevent event) {
  ScopedContext scope(__func__);
  CUDA_CHECK(cuStreamWaitEvent(stream, event, /*Flags=*/0));
}

ALTGRAD_CUDA_EXPORT CUevent mgpuEventCreate() {
  ScopedContext scope(__func__);
  CUevent event = nullptr;
  // Events only order streams here; timing would only slow them down.
  CUDA_CHECK(cuEventCreate(&event, CU_EVENT_DISABLE_TIMING));
  return event;
}

ALTGRAD_CUDA_EXPORT void mgpuEventDestroy(CUevent event) {
  ScopedContext scope(__func__);
  CUDA_CHECK(cuEventDestroy(event));
}

ALTGRAD_CUDA_EXPORT void mgpuEventSynchronize(CUevent event) {
  ScopedContext scope(__func__);
  CUDA_CHECK(cuEventSynchronize(event));
}

ALTGRAD_CUDA_EXPORT void mgpuEventRecord(CUevent event, CUstream stream) {
  ScopedContext scope(__func__);
  CUDA_CHECK(cuEventRecord(event, stream));
}

//===----------------------------------------------------------------------===//
// Memory
//===----------------------------------------------------------------------===//

// gpu.alloc; `isHostShared` (gpu.alloc host_shared) asks for memory that both
// host and device can touch, i.e. managed memory. The allocation itself is
// synchronous, so `stream` is not needed.
ALTGRAD_CUDA_EXPORT void *mgpuMemAlloc(uint64_t sizeBytes, CUstream stream,
                                       bool isHostShared) {
  (void)stream;
  // CUDA rejects empty allocations; an empty memref needs no storage.
  if (sizeBytes == 0)
    return nullptr;
  ScopedContext scope(__func__);
  BufferPool &pool = getBufferPool();
  BufferPool::Key key{scope.getStream(), sizeBytes, isHostShared};
  std::lock_guard<std::mutex> lock(pool.mutex);
  auto it = pool.idle.find(key);
  if (it != pool.idle.end()) {
    void *reused = it->second;
    pool.idle.erase(it);
    pool.idleBytes -= sizeBytes;
    return reused;
  }
  auto allocate = [&](CUdeviceptr &ptr) {
    HostCallTimer timer(kAllocCall, sizeBytes);
    return isHostShared
               ? cuMemAllocManaged(&ptr, sizeBytes, CU_MEM_ATTACH_GLOBAL)
               : cuMemAlloc(&ptr, sizeBytes);
  };
  CUdeviceptr ptr = 0;
  CUresult result = allocate(ptr);
  // Buffers of other sizes may hold the memory this one needs.
  if (result == CUDA_ERROR_OUT_OF_MEMORY && !pool.idle.empty()) {
    pool.releaseIdle();
    result = allocate(ptr);
  }
  CUDA_CHECK(result);
  pool.keys.emplace(reinterpret_cast<void *>(ptr), key);
  return reinterpret_cast<void *>(ptr);
}

// gpu.dealloc async [...]: work queued before may still use the memory;
// the pool keeps it for work queued after (BufferPool).
ALTGRAD_CUDA_EXPORT void mgpuMemFree(void *ptr, CUstream stream) {
  (void)stream;
  if (!ptr) // What mgpuMemAlloc returns for empty allocations.
    return;
  ScopedContext scope(__func__);
  BufferPool &pool = getBufferPool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  auto it = pool.keys.find(ptr);
  if (it == pool.keys.end()) {
    // Not from mgpuMemAlloc (the caller's cuMemAlloc): freed once the
    // context's work is done.
    BufferPool::release(ptr, {scope.getStream(), 0, false});
    return;
  }
  BufferPool::Key key = it->second;
  if (pool.idleBytes + key.sizeBytes <= pool.limit) {
    pool.idle.emplace(key, ptr);
    pool.idleBytes += key.sizeBytes;
    return;
  }
  pool.keys.erase(it);
  BufferPool::release(ptr, key);
}

// Frees the buffers mgpuMemFree kept for reuse (docs/gpu.md).
ALTGRAD_CUDA_EXPORT void altgradCudaCacheRelease() {
  ScopedContext scope(__func__);
  BufferPool &pool = getBufferPool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  pool.releaseIdle();
}

// Bytes of the buffers kept for reuse.
ALTGRAD_CUDA_EXPORT uint64_t altgradCudaCachedBytes() {
  BufferPool &pool = getBufferPool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  return pool.idleBytes;
}

// gpu.memcpy in any direction: unified addressing tells host from device.
ALTGRAD_CUDA_EXPORT void mgpuMemcpy(void *dst, void *src, size_t sizeBytes,
                                    CUstream stream) {
  if (sizeBytes == 0) // Empty memrefs may have null pointers.
    return;
  ScopedContext scope(__func__);
  CUDA_CHECK(cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(dst),
                           reinterpret_cast<CUdeviceptr>(src), sizeBytes,
                           stream));
}

// gpu.memset of 32-bit elements; `count` is in elements.
ALTGRAD_CUDA_EXPORT void mgpuMemset32(void *dst, unsigned int value,
                                      size_t count, CUstream stream) {
  if (count == 0)
    return;
  ScopedContext scope(__func__);
  CUDA_CHECK(cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                              stream));
}

// gpu.memset of 16-bit elements; `count` is in elements.
ALTGRAD_CUDA_EXPORT void mgpuMemset16(void *dst, unsigned short value,
                                      size_t count, CUstream stream) {
  if (count == 0)
    return;
  ScopedContext scope(__func__);
  CUDA_CHECK(cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(dst), value, count,
                              stream));
}

// Page-locks host memory so that the device can access it directly.
ALTGRAD_CUDA_EXPORT void mgpuMemHostRegister(void *ptr, uint64_t sizeBytes) {
  ScopedContext scope(__func__);
  CUDA_CHECK(cuMemHostRegister(ptr, sizeBytes, /*Flags=*/0));
}

ALTGRAD_CUDA_EXPORT void mgpuMemHostUnregister(void *ptr) {
  ScopedContext scope(__func__);
  CUDA_CHECK(cuMemHostUnregister(ptr));
}

// gpu.host_register: `descriptor` points to a ranked memref descriptor of
// rank `rank`. Registers every byte the memref can reach (strided memrefs
// included); an empty memref has nothing to register.
ALTGRAD_CUDA_EXPORT void mgpuMemHostRegisterMemRef(int64_t rank,
                                                   void *descriptor,
                                                   int64_t elementSizeBytes) {
  MemRefSpan span = getMemRefSpan(rank, descriptor, elementSizeBytes);
  if (span.bytes == 0)
    return;
  mgpuMemHostRegister(span.begin, span.bytes);
}

// gpu.host_unregister: the same start address as the registration above.
ALTGRAD_CUDA_EXPORT void mgpuMemHostUnregisterMemRef(int64_t rank,
                                                     void *descriptor,
                                                     int64_t elementSizeBytes) {
  MemRefSpan span = getMemRefSpan(rank, descriptor, elementSizeBytes);
  if (span.bytes == 0)
    return;
  mgpuMemHostUnregister(span.begin);
}

//===----------------------------------------------------------------------===//
// Devices
//===----------------------------------------------------------------------===//

// gpu.set_default_device. Checked lazily, by the next call that needs the
// device, so that setting it does not initialize CUDA.
ALTGRAD_CUDA_EXPORT void mgpuSetDefaultDevice(int32_t device) {
  defaultDevice.store(device, std::memory_order_relaxed);
}

//===----------------------------------------------------------------------===//
// Contractions on cuBLASLt
//===----------------------------------------------------------------------===//

namespace {
using namespace altgrad::gemm;

void checkBlas(cublasStatus_t status, const char *call, const char *function) {
  if (status == CUBLAS_STATUS_SUCCESS)
    return;
  std::fprintf(stderr, "altgrad_cuda_runtime: %s: %s failed: %s (%d): %s\n",
               function, call, cublasLtGetStatusName(status),
               static_cast<int>(status), cublasLtGetStatusString(status));
  std::fflush(stderr);
  std::abort();
}

#define BLAS_CHECK(call) checkBlas((call), #call, __func__)

cudaDataType getBlasType(int32_t type) {
  switch (type) {
  case kF16:
    return CUDA_R_16F;
  case kBF16:
    return CUDA_R_16BF;
  case kF8E4M3FN:
    return CUDA_R_8F_E4M3;
  case kF8E5M2:
    return CUDA_R_8F_E5M2;
  default: // planLayout has rejected any other code.
    return CUDA_R_32F;
  }
}

// One contraction shape's cuBLASLt objects and algorithm, created by its first
// call. `foldScales`: cuBLASLt ran it only without the scale pointers, so each
// call reads the scales back into alpha.
struct GemmPlan {
  cublasLtMatmulDesc_t desc = nullptr;
  cublasLtMatrixLayout_t a = nullptr, b = nullptr, d = nullptr;
  cublasLtMatmulAlgo_t algo;
  bool foldScales = false;
};

// cuBLASLt's state of one CUDA context, in the context table's entry (leaked
// with it): the handle and the stream for calls without a stream of their own
// (created by the first contraction), one workspace per stream, and the plans.
// One lock guards the tables and the plans' descriptors, whose pointer
// attributes are set per call.
struct BlasContext {
  std::once_flag created;
  cublasLtHandle_t handle = nullptr;
  std::mutex mutex;
  std::unordered_map<CUstream, CUdeviceptr> workspaces;
  std::unordered_map<PlanKey, std::unique_ptr<GemmPlan>, PlanKeyHash> plans;
};

BlasContext *createBlasContext() { return new BlasContext; }

// 32 MiB: what cuBLAS itself uses on Hopper.
constexpr uint64_t kWorkspaceBytes = 32ull << 20;

[[noreturn]] void failGemm(const char *what, const Problem &p) {
  std::fprintf(stderr,
               "altgrad_cuda_runtime: altgradGemm: %s (batch %jd, m %jd, n "
               "%jd, k %jd, types A %d B %d C %d)\n",
               what, intmax_t(p.batch), intmax_t(p.m), intmax_t(p.n),
               intmax_t(p.k), int(p.aType), int(p.bType), int(p.cType));
  std::fflush(stderr);
  std::abort();
}

// Whether the device can dereference `address`: device, managed and
// registered host memory can, pageable host memory (which the driver does
// not know) cannot.
bool isDeviceReachable(intptr_t address) {
  CUmemorytype type;
  CUresult result =
      cuPointerGetAttribute(&type, CU_POINTER_ATTRIBUTE_MEMORY_TYPE,
                            static_cast<CUdeviceptr>(address));
  if (result == CUDA_ERROR_INVALID_VALUE)
    return false;
  CUDA_CHECK(result);
  return true;
}

// The f32 at `address`, device or host memory, once `stream` has written it.
float readScale(intptr_t address, CUstream stream) {
  float value;
  if (!isDeviceReachable(address))
    return *reinterpret_cast<const float *>(address);
  synchronize(stream, __func__);
  CUDA_CHECK(cuMemcpyDtoH(&value, static_cast<CUdeviceptr>(address), 4));
  return value;
}

void storeFloat(intptr_t address, float value) {
  if (isDeviceReachable(address))
    CUDA_CHECK(cuMemcpyHtoD(static_cast<CUdeviceptr>(address), &value, 4));
  else
    *reinterpret_cast<float *>(address) = value;
}

float toFloat(int32_t type, const char *element) {
  uint32_t bits = 0;
  switch (type) {
  case kF32:
    std::memcpy(&bits, element, 4);
    break;
  case kBF16: {
    uint16_t half;
    std::memcpy(&half, element, 2);
    bits = uint32_t(half) << 16;
    break;
  }
  default: { // f16: the magnitude is all amax needs; NaN stays NaN.
    uint16_t half;
    std::memcpy(&half, element, 2);
    uint32_t exponent = (half >> 10) & 0x1f, mantissa = half & 0x3ff;
    if (exponent == 0x1f)
      return mantissa ? NAN : INFINITY;
    return std::ldexp(float(exponent ? mantissa | 0x400 : mantissa),
                      int(exponent ? exponent : 1) - 25);
  }
  }
  float value;
  std::memcpy(&value, &bits, 4);
  return value;
}

// Stores the largest |element| of the result (NaN if one is NaN) at `amax`.
// cuBLASLt's AMAX_D epilogue exists only for FP8 results, which altgradGemm
// does not produce, so the result is read back once the GEMM is done.
void storeResultAmax(const Problem &p, const Layout &layout, intptr_t amax,
                     CUstream stream) {
  int64_t bytes = elementBytes(p.cType);
  const ColumnMajor &d = layout.d;
  int64_t span = (p.batch - 1) * p.cBatchStride + (d.cols - 1) * d.ld + d.rows;
  std::vector<char> host(span * bytes);
  synchronize(stream, __func__);
  CUDA_CHECK(
      cuMemcpyDtoH(host.data(), static_cast<CUdeviceptr>(p.c), host.size()));
  float result = 0;
  for (int64_t i = 0; i < p.batch; ++i)
    for (uint64_t col = 0; col < d.cols; ++col)
      for (uint64_t row = 0; row < d.rows; ++row) {
        float value = std::fabs(toFloat(
            p.cType, &host[(i * p.cBatchStride + col * d.ld + row) * bytes]));
        if (value > result || std::isnan(value))
          result = std::isnan(result) ? result : value;
      }
  storeFloat(amax, result);
}

// The profile's name of a GEMM: its types and shape.
std::string describeGemm(const Problem &p) {
  static constexpr const char *kTypeNames[] = {"f32", "f16", "bf16", "f8E4M3FN",
                                               "f8E5M2"};
  auto typeName = [](int32_t type) {
    return type >= 0 && type < 5 ? kTypeNames[type] : "?";
  };
  return std::string("gemm ") + typeName(p.aType) + "*" + typeName(p.bType) +
         "->" + typeName(p.cType) + " " + std::to_string(p.batch) + "x" +
         std::to_string(p.m) + "x" + std::to_string(p.n) + "x" +
         std::to_string(p.k);
}

// Past each stream's workspace: two 256-byte aligned slots for scales that
// are not 16-byte aligned, copied there in stream order before the GEMM.
constexpr uint64_t kScaleSlotBytes = 256;

CUdeviceptr getWorkspace(BlasContext &blas, CUstream stream) {
  CUdeviceptr &workspace = blas.workspaces[stream];
  if (!workspace)
    CUDA_CHECK(cuMemAlloc(&workspace, kWorkspaceBytes + 2 * kScaleSlotBytes));
  return workspace;
}

template <typename T>
void setDesc(cublasLtMatmulDesc_t desc, cublasLtMatmulDescAttributes_t attr,
             const T &value) {
  BLAS_CHECK(cublasLtMatmulDescSetAttribute(desc, attr, &value, sizeof(T)));
}

cublasLtMatrixLayout_t createLayout(int32_t type, const ColumnMajor &m,
                                    int64_t batch, int64_t batchStride) {
  cublasLtMatrixLayout_t layout = nullptr;
  BLAS_CHECK(cublasLtMatrixLayoutCreate(&layout, getBlasType(type), m.rows,
                                        m.cols, m.ld));
  if (batch > 1) {
    int32_t count = static_cast<int32_t>(batch);
    BLAS_CHECK(cublasLtMatrixLayoutSetAttribute(
        layout, CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT, &count, sizeof(count)));
    BLAS_CHECK(cublasLtMatrixLayoutSetAttribute(
        layout, CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET, &batchStride,
        sizeof(batchStride)));
  }
  return layout;
}

// One cuBLASLt call of a plan: what each attempt and each later call runs.
struct GemmCall {
  const Problem &problem;
  const Layout &layout;
  float alpha;
  intptr_t lhsScale, rhsScale;
  CUstream stream;
  void *workspace;

  cublasStatus_t run(BlasContext &blas, GemmPlan &plan,
                     const cublasLtMatmulAlgo_t &algo) const {
    auto pointer = [](intptr_t p) { return reinterpret_cast<void *>(p); };
    float scaled = alpha;
    void *lhsPointer = pointer(lhsScale), *rhsPointer = pointer(rhsScale);
    if (plan.foldScales) {
      scaled *= (lhsScale ? readScale(lhsScale, stream) : 1.0f) *
                (rhsScale ? readScale(rhsScale, stream) : 1.0f);
      lhsPointer = rhsPointer = nullptr;
    }
    setDesc(plan.desc, CUBLASLT_MATMUL_DESC_A_SCALE_POINTER, lhsPointer);
    setDesc(plan.desc, CUBLASLT_MATMUL_DESC_B_SCALE_POINTER, rhsPointer);
    float beta = (problem.flags & kAccumulate) ? 1.0f : 0.0f;
    intptr_t lhs = layout.swap ? problem.b : problem.a;
    intptr_t rhs = layout.swap ? problem.a : problem.b;
    return cublasLtMatmul(blas.handle, plan.desc, &scaled, pointer(lhs), plan.a,
                          pointer(rhs), plan.b, &beta, pointer(problem.c),
                          plan.d, pointer(problem.c), plan.d, &algo, workspace,
                          kWorkspaceBytes, stream);
  }
};

// Creates `plan` and runs its first call: the heuristic's algorithms in turn
// until cuBLASLt takes one, first with the scale pointers, then (for
// cuBLASLt versions rejecting them) with the scales folded into alpha.
void createPlan(BlasContext &blas, GemmPlan &plan, const GemmCall &call) {
  const Problem &p = call.problem;
  const Layout &layout = call.layout;
  cublasComputeType_t compute = p.aType == kF32 && (p.flags & kTF32)
                                    ? CUBLAS_COMPUTE_32F_FAST_TF32
                                    : CUBLAS_COMPUTE_32F;
  BLAS_CHECK(cublasLtMatmulDescCreate(&plan.desc, compute, CUDA_R_32F));
  setDesc(plan.desc, CUBLASLT_MATMUL_DESC_TRANSA,
          layout.lhs.transposed ? CUBLAS_OP_T : CUBLAS_OP_N);
  setDesc(plan.desc, CUBLASLT_MATMUL_DESC_TRANSB,
          layout.rhs.transposed ? CUBLAS_OP_T : CUBLAS_OP_N);
  if (isFp8(p.aType)) // Partial sums promoted to f32 along K (the default,
                      // spelled out: fast accumulation keeps them in the
                      // MMA's precision).
    setDesc(plan.desc, CUBLASLT_MATMUL_DESC_FAST_ACCUM, int8_t(0));
  plan.a = createLayout(layout.swap ? p.bType : p.aType, layout.lhs, p.batch,
                        layout.lhsBatchStride);
  plan.b = createLayout(layout.swap ? p.aType : p.bType, layout.rhs, p.batch,
                        layout.rhsBatchStride);
  plan.d = createLayout(p.cType, layout.d, p.batch, p.cBatchStride);

  cublasLtMatmulPreference_t preference = nullptr;
  BLAS_CHECK(cublasLtMatmulPreferenceCreate(&preference));
  BLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(
      preference, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &kWorkspaceBytes,
      sizeof(kWorkspaceBytes)));
  uint32_t alignments[] = {alignmentOf(p.a), alignmentOf(p.b),
                           alignmentOf(p.c)};
  if (layout.swap)
    std::swap(alignments[0], alignments[1]);
  cublasLtMatmulPreferenceAttributes_t alignmentAttributes[] = {
      CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES,
      CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES,
      CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES,
      CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES};
  for (int i = 0; i < 4; ++i)
    BLAS_CHECK(cublasLtMatmulPreferenceSetAttribute(
        preference, alignmentAttributes[i], &alignments[std::min(i, 2)],
        sizeof(uint32_t)));

  constexpr int kAlgorithms = 8;
  cublasStatus_t last = CUBLAS_STATUS_NOT_SUPPORTED;
  bool scalePointers = call.lhsScale || call.rhsScale;
  cublasStatus_t rejected = CUBLAS_STATUS_SUCCESS;
  for (bool fold : {false, true}) {
    if (fold && !scalePointers)
      break;
    rejected = last;
    plan.foldScales = fold;
    // The pointer attributes take part in the choice of the algorithm.
    setDesc(plan.desc, CUBLASLT_MATMUL_DESC_A_SCALE_POINTER,
            fold ? nullptr : reinterpret_cast<void *>(call.lhsScale));
    setDesc(plan.desc, CUBLASLT_MATMUL_DESC_B_SCALE_POINTER,
            fold ? nullptr : reinterpret_cast<void *>(call.rhsScale));
    cublasLtMatmulHeuristicResult_t results[kAlgorithms] = {};
    int found = 0;
    last = cublasLtMatmulAlgoGetHeuristic(blas.handle, plan.desc, plan.a,
                                          plan.b, plan.d, plan.d, preference,
                                          kAlgorithms, results, &found);
    if (last != CUBLAS_STATUS_SUCCESS) {
      if (last != CUBLAS_STATUS_NOT_SUPPORTED &&
          last != CUBLAS_STATUS_INVALID_VALUE)
        BLAS_CHECK(last);
      found = 0;
    }
    for (int i = 0; i < found; ++i) {
      if (results[i].state != CUBLAS_STATUS_SUCCESS)
        continue;
      last = call.run(blas, plan, results[i].algo);
      if (last == CUBLAS_STATUS_SUCCESS) {
        plan.algo = results[i].algo;
        if (fold)
          std::fprintf(stderr,
                       "altgrad_cuda_runtime: altgradGemm: note: cuBLASLt "
                       "rejected the scale pointers of a %jd x %jd x %jd "
                       "GEMM (%s); reading the scales into alpha instead\n",
                       intmax_t(p.m), intmax_t(p.n), intmax_t(p.k),
                       cublasLtGetStatusName(rejected));
        BLAS_CHECK(cublasLtMatmulPreferenceDestroy(preference));
        return;
      }
      if (last != CUBLAS_STATUS_NOT_SUPPORTED &&
          last != CUBLAS_STATUS_INVALID_VALUE)
        BLAS_CHECK(last);
    }
  }
  std::fprintf(stderr,
               "altgrad_cuda_runtime: altgradGemm: cuBLASLt's last answer: "
               "%s: %s\n",
               cublasLtGetStatusName(last), cublasLtGetStatusString(last));
  failGemm("cuBLASLt has no algorithm for this contraction", p);
}
} // namespace

// C = alpha * A B (+ C with kAccumulate) for row-major index spaces
// A[batch][m][k], B[batch][k][n], C[batch][m][n]: each matrix given by its
// address and element strides (any layout with one of its two matrix strides
// 1; batch strides may be 0), pointers and the stream as intptr_t (MLIR's
// index). Types and layouts as GemmPlan.h's planLayout accepts them,
// accumulated in f32; f32 operands compute in f32 (CUBLAS_COMPUTE_32F)
// unless kTF32. `aScale`, `bScale` (f32, multiplying every element of A and
// B; device or host memory) and `amax` (f32, set to the largest |element|
// of the result) may be 0. With a null stream, it runs on the context's
// stream and returns when done, or with kEnqueue only enqueues; with a
// stream, it only enqueues (except, either way, where it reads host values
// back: scales cuBLASLt rejects, and amax).
ALTGRAD_CUDA_EXPORT void
altgradGemm(intptr_t batch, intptr_t m, intptr_t n, intptr_t k, intptr_t a,
            int32_t aType, intptr_t aBatchStride, intptr_t aStrideM,
            intptr_t aStrideK, intptr_t b, int32_t bType, intptr_t bBatchStride,
            intptr_t bStrideK, intptr_t bStrideN, intptr_t c, int32_t cType,
            intptr_t cBatchStride, intptr_t cStrideM, intptr_t cStrideN,
            float alpha, intptr_t aScale, intptr_t bScale, intptr_t amax,
            int32_t flags, intptr_t stream) {
  Problem p{batch,
            m,
            n,
            k,
            a,
            aType,
            aBatchStride,
            aStrideM,
            aStrideK,
            b,
            bType,
            bBatchStride,
            bStrideK,
            bStrideN,
            c,
            cType,
            cBatchStride,
            cStrideM,
            cStrideN,
            flags};
  Layout layout;
  std::string error = planLayout(p, layout);
  if (!error.empty())
    failGemm(error.c_str(), p);
  bool empty = batch == 0 || m == 0 || n == 0;
  if (empty && !amax)
    return;
  ScopedContext scope(__func__);
  if (empty) // The largest magnitude of no element.
    return storeFloat(amax, 0.0f);
  BlasContext &blas = scope.getBlas();
  std::call_once(blas.created,
                 [&] { BLAS_CHECK(cublasLtCreate(&blas.handle)); });
  auto cuStream = reinterpret_cast<CUstream>(stream);
  CUstream runOn = cuStream ? cuStream : scope.getStream();
  LaunchTimer timer;
  if (profiling)
    timer.start(runOn, describeGemm(p), {1, 1, 1}, {1, 1, 1});
  for (intptr_t operand : {a, b, c})
    if ((k != 0 || operand == c) && !isDeviceReachable(operand))
      failGemm("an operand is in pageable host memory, which the GPU cannot "
               "reach",
               p);
  // cuBLASLt takes scales in device memory; host ones are folded into alpha.
  intptr_t lhsScale = layout.swap ? bScale : aScale;
  intptr_t rhsScale = layout.swap ? aScale : bScale;
  for (intptr_t *scale : {&lhsScale, &rhsScale})
    if (*scale && !isDeviceReachable(*scale)) {
      alpha *= *reinterpret_cast<const float *>(*scale);
      *scale = 0;
    }

  if (k == 0) {
    // Nothing to add; without accumulation the result is zero.
    if (!(flags & kAccumulate)) {
      int64_t bytes = elementBytes(cType);
      for (intptr_t i = 0; i < batch; ++i)
        CUDA_CHECK(cuMemsetD2D8Async(
            static_cast<CUdeviceptr>(c + i * cBatchStride * bytes),
            layout.d.ld * bytes, 0, layout.d.rows * bytes, layout.d.cols,
            runOn));
    }
  } else {
    std::lock_guard<std::mutex> lock(blas.mutex);
    CUdeviceptr workspace = getWorkspace(blas, runOn);
    // cuBLASLt takes scale pointers 16-byte aligned (as its matrices).
    CUdeviceptr slot = workspace + kWorkspaceBytes;
    for (intptr_t *scale : {&lhsScale, &rhsScale}) {
      if (*scale % 16) {
        CUDA_CHECK(cuMemcpyDtoDAsync(slot, static_cast<CUdeviceptr>(*scale), 4,
                                     runOn));
        *scale = static_cast<intptr_t>(slot);
      }
      slot += kScaleSlotBytes;
    }
    GemmCall call{p,
                  layout,
                  alpha,
                  lhsScale,
                  rhsScale,
                  runOn,
                  reinterpret_cast<void *>(workspace)};
    std::unique_ptr<GemmPlan> &plan =
        blas.plans[makePlanKey(p, lhsScale || rhsScale)];
    if (!plan) {
      plan = std::make_unique<GemmPlan>();
      createPlan(blas, *plan, call);
    } else {
      BLAS_CHECK(call.run(blas, *plan, plan->algo));
    }
  }
  if (amax)
    storeResultAmax(p, layout, amax, runOn);
  if (!cuStream && !(flags & kEnqueue))
    synchronize(runOn, __func__);
}

//===----------------------------------------------------------------------===//
// Profile reports (ALTGRAD_CUDA_PROFILE)
//===----------------------------------------------------------------------===//

// Waits for the profiled launches and appends their table and the host
// counters to the ALTGRAD_CUDA_PROFILE file; does nothing without it.
ALTGRAD_CUDA_EXPORT void altgradProfileReport() {
  if (!profiling)
    return;
  Profiler &profiler = getProfiler();
  std::string table;
  {
    std::lock_guard<std::mutex> lock(profiler.mutex);
    resolveLaunches(profiler, /*wait=*/true);
    table = altgrad::runtime::formatProfileReport(
        profiler.timed, {profiler.counters.begin(), profiler.counters.end()});
  }
  FILE *file = std::fopen(profilePath, "a");
  if (!file)
    fail(__func__, "cannot open the ALTGRAD_CUDA_PROFILE file");
  std::fputs(table.c_str(), file);
  std::fputs("\n", file);
  std::fclose(file);
}

// Forgets what was profiled so far (a caller warms up, resets, runs a step
// and reports); launches still running are resolved and dropped first.
ALTGRAD_CUDA_EXPORT void altgradProfileReset() {
  if (!profiling)
    return;
  Profiler &profiler = getProfiler();
  std::lock_guard<std::mutex> lock(profiler.mutex);
  resolveLaunches(profiler, /*wait=*/true);
  profiler.timed.clear();
  for (altgrad::runtime::HostCounter &counter : profiler.counters)
    counter = {counter.name};
}

//===----------------------------------------------------------------------===//
// Collectives on NCCL
//===----------------------------------------------------------------------===//

namespace {

/// The NCCL functions altgradAllReduce uses, from the library dlopen found.
struct NcclApi {
  decltype(&ncclGetUniqueId) getUniqueId;
  decltype(&ncclCommInitRankConfig) commInitRankConfig;
  decltype(&ncclAllReduce) allReduce;
  decltype(&ncclCommGetAsyncError) commGetAsyncError;
  decltype(&ncclCommAbort) commAbort;
  decltype(&ncclGetErrorString) getErrorString;
};

/// This process's rank among `size`, one process per GPU, and what its
/// collectives need.
struct NcclWorld {
  NcclApi api;
  ncclComm_t comm = nullptr;
  int rank = 0, size = 1;
  double timeout = 0;
  CUstream stream = nullptr;
  /// Device memory the collectives run on: programs hand them host or
  /// managed buffers.
  CUdeviceptr scratch = 0;
  size_t scratchBytes = 0;
};

[[noreturn]] void failCollective(const NcclWorld &world, const char *what) {
  std::fprintf(stderr,
               "altgrad_cuda_runtime: altgradAllReduce: rank %d of %d: %s; "
               "aborting\n",
               world.rank, world.size, what);
  std::fflush(stderr);
  // The other ranks' NCCL calls fail too once this communicator is gone;
  // each of them aborts by its own time limit at the latest.
  if (world.comm)
    world.api.commAbort(world.comm);
  std::_Exit(3);
}

/// An integer from the environment: the first of `names` that is set.
int environmentInt(std::initializer_list<const char *> names, int fallback) {
  for (const char *name : names)
    if (const char *text = std::getenv(name))
      return std::atoi(text);
  return fallback;
}

/// Waits until `done` says the operation finished, polling NCCL's error
/// state, within the world's time limit.
template <typename Done>
void awaitCollective(NcclWorld &world, const char *what, Done done) {
  char text[256];
  bool finished = altgrad::collectives::pollWithin(world.timeout, [&] {
    if (done())
      return true;
    ncclResult_t state = ncclSuccess;
    world.api.commGetAsyncError(world.comm, &state);
    if (state != ncclSuccess && state != ncclInProgress) {
      std::snprintf(text, sizeof(text), "%s failed: %s", what,
                    world.api.getErrorString(state));
      failCollective(world, text);
    }
    return false;
  });
  if (!finished) {
    std::snprintf(text, sizeof(text),
                  "%s did not complete within %g s "
                  "(ALTGRAD_COLLECTIVE_TIMEOUT): another rank died or "
                  "stalled",
                  what, world.timeout);
    failCollective(world, text);
  }
}

/// NCCL loaded and this rank's communicator made, within the current
/// context, at the first collective.
NcclWorld &getNcclWorld() {
  static NcclWorld *world = [] {
    auto *w = new NcclWorld;
    // The rank and size mpiexec (MPICH's Hydra, Open MPI) or the user set.
    w->rank =
        environmentInt({"ALTGRAD_RANK", "PMI_RANK", "OMPI_COMM_WORLD_RANK"}, 0);
    w->size = environmentInt(
        {"ALTGRAD_RANKS", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE"}, 1);
    std::optional<double> timeout = altgrad::collectives::collectiveTimeout();
    if (!timeout)
      failCollective(*w, altgrad::collectives::kBadTimeout);
    w->timeout = *timeout;
    // NVLink multicast (NVLS) stays off: its buffers are not released
    // reliably on the machines altgrad runs on.
    setenv("NCCL_NVLS_ENABLE", "0", /*overwrite=*/1);
    const char *path = std::getenv("ALTGRAD_NCCL_LIBRARY");
    if (!path)
      path = "libnccl.so.2";
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
      char text[512];
      std::snprintf(text, sizeof(text),
                    "cannot load NCCL (%s; ALTGRAD_NCCL_LIBRARY names "
                    "another): %s",
                    path, dlerror());
      failCollective(*w, text);
    }
    auto resolve = [&](auto &function, const char *name) {
      function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(
          dlsym(library, name));
      if (!function) {
        char text[256];
        std::snprintf(text, sizeof(text), "%s has no %s", path, name);
        failCollective(*w, text);
      }
    };
    resolve(w->api.getUniqueId, "ncclGetUniqueId");
    resolve(w->api.commInitRankConfig, "ncclCommInitRankConfig");
    resolve(w->api.allReduce, "ncclAllReduce");
    resolve(w->api.commGetAsyncError, "ncclCommGetAsyncError");
    resolve(w->api.commAbort, "ncclCommAbort");
    resolve(w->api.getErrorString, "ncclGetErrorString");
    // Several ranks meet at rank 0's address: NCCL_COMM_ID, which makes
    // every rank's ncclGetUniqueId return the same id.
    if (w->size > 1 && !std::getenv("NCCL_COMM_ID"))
      failCollective(*w, "NCCL_COMM_ID=<host>:<port> must name rank 0's "
                         "address when there are several ranks");
    ncclUniqueId id;
    ncclResult_t status = w->api.getUniqueId(&id);
    if (status != ncclSuccess)
      failCollective(*w, w->api.getErrorString(status));
    // Non-blocking, so that a rank that never comes is noticed in time.
    ncclConfig_t config = NCCL_CONFIG_INITIALIZER;
    config.blocking = 0;
    status = w->api.commInitRankConfig(&w->comm, w->size, id, w->rank, &config);
    if (status != ncclSuccess && status != ncclInProgress)
      failCollective(*w, w->api.getErrorString(status));
    awaitCollective(*w, "ncclCommInitRankConfig", [&] {
      ncclResult_t state = ncclInProgress;
      w->api.commGetAsyncError(w->comm, &state);
      return state == ncclSuccess;
    });
    CUDA_CHECK(cuStreamCreate(&w->stream, CU_STREAM_NON_BLOCKING));
    return w;
  }();
  return *world;
}

} // namespace

// altgradAllReduce (include/altgrad/Runtime/Collectives.h) across the ranks,
// one process per GPU: `data` (host or managed memory) copied to device
// memory, reduced there by ncclAllReduce in place and copied back.
ALTGRAD_CUDA_EXPORT void altgradAllReduce(uintptr_t data, int64_t count,
                                          int32_t type, int32_t reduction,
                                          int64_t ranks) {
  namespace collectives = altgrad::collectives;
  ScopedContext scoped(__func__);
  NcclWorld &world = getNcclWorld();
  char text[256];
  if (collectives::describeInvalidCall(type, reduction, ranks, world.size,
                                       "this run", text, sizeof(text)))
    failCollective(world, text);
  ncclDataType_t datatype =
      *collectives::byElementType(type, ncclInt32, ncclInt64, ncclFloat32);
  ncclRedOp_t op = *collectives::byReduction(reduction, ncclMax, ncclSum);
  size_t bytes = *collectives::byElementType<size_t>(type, 4, 8, 4);
  bytes *= static_cast<size_t>(count);
  if (bytes > world.scratchBytes) {
    if (world.scratch)
      CUDA_CHECK(cuMemFree(world.scratch));
    CUDA_CHECK(cuMemAlloc(&world.scratch, bytes));
    world.scratchBytes = bytes;
  }
  CUdeviceptr host = static_cast<CUdeviceptr>(data);
  CUDA_CHECK(cuMemcpyAsync(world.scratch, host, bytes, world.stream));
  void *buffer = reinterpret_cast<void *>(world.scratch);
  ncclResult_t status =
      world.api.allReduce(buffer, buffer, static_cast<size_t>(count), datatype,
                          op, world.comm, world.stream);
  if (status != ncclSuccess && status != ncclInProgress) {
    std::snprintf(text, sizeof(text), "ncclAllReduce failed: %s",
                  world.api.getErrorString(status));
    failCollective(world, text);
  }
  CUDA_CHECK(cuMemcpyAsync(host, world.scratch, bytes, world.stream));
  awaitCollective(world, "an all-reduce", [&] {
    CUresult state = cuStreamQuery(world.stream);
    if (state == CUDA_ERROR_NOT_READY)
      return false;
    CUDA_CHECK(state);
    return true;
  });
}
