//===- gemm-bench.cpp - Time altgrad's contractions on cuBLASLt -----------===//
//
// Times bench/gpu/gemm.mlir's contractions (lowered by `altgrad-opt
// --lower-fp8`, each call synchronized, as lowered code runs) and
// altgradGemm called directly on a stream (enqueued, as torch's calls are)
// at 4096^3 and 8192^3: E4M3FN x E4M3FN with per-tensor scales and bf16 x
// bf16, bf16 results. The median of 20 timed calls after 3 warm-up calls.
// Prints JSON; bench/gpu/gemm_anchors.py measures torch on the same GPU.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Runtime/Gemm.h"
#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include "GPUCheck/CudaDriver.h"
#include "Timing.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

using MemRef2 = StridedMemRefType<uint16_t, 2>;
using MemRefCodes = StridedMemRefType<uint8_t, 2>;

extern "C" {
void _mlir_ciface_gemm_bf16(MemRef2 *, MemRef2 *, MemRef2 *);
void _mlir_ciface_gemm_e4m3(MemRefCodes *, MemRefCodes *, float, float,
                            MemRef2 *);
void altgradGemm(intptr_t, intptr_t, intptr_t, intptr_t, intptr_t, int32_t,
                 intptr_t, intptr_t, intptr_t, intptr_t, int32_t, intptr_t,
                 intptr_t, intptr_t, intptr_t, int32_t, intptr_t, intptr_t,
                 intptr_t, float, intptr_t, intptr_t, intptr_t, int32_t,
                 intptr_t);
}

/// Median milliseconds of `run`: CUDA events on `stream` around each call,
/// or the host's clock where the call synchronizes itself (no stream).
static double medianMs(CUstream stream, const std::function<void()> &run) {
  return bench::medianMs(run, [&] {
    if (stream)
      return bench::eventMs(stream, run);
    auto begin = std::chrono::steady_clock::now();
    run();
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now() - begin)
        .count();
  });
}

static bool first = true;
static void row(const char *name, int64_t size, double ms) {
  double flops = 2.0 * size * size * size;
  std::printf("%s\n  {\"name\": \"%s\", \"size\": %lld, \"ms\": %.4f, "
              "\"TFLOPs\": %.1f}",
              first ? "" : ",", name, static_cast<long long>(size), ms,
              flops / (ms * 1e-3) / 1e12);
  first = false;
  std::fflush(stdout);
}

int main() {
  std::string deviceName = cuda_driver::usePrimaryContext();
  const int64_t maxSize = 8192;
  size_t elements = size_t(maxSize) * maxSize;
  // Random codes: E4M3FN bytes without NaN (0x7F, 0xFF), bf16 values of
  // N(0, 1) rounded.
  std::mt19937 random(0);
  std::vector<uint8_t> codes(elements);
  for (uint8_t &code : codes)
    code = static_cast<uint8_t>(random() % 0x7F) | (random() % 2 ? 0x80 : 0);
  std::normal_distribution<float> normal;
  std::vector<uint16_t> halves(elements);
  for (uint16_t &half : halves) {
    float value = normal(random);
    uint32_t bits;
    std::memcpy(&bits, &value, 4);
    half = static_cast<uint16_t>(bits >> 16);
  }
  CUdeviceptr a8, b8, a16, b16, c16, scales;
  CHECK_CUDA(cuMemAlloc(&a8, elements));
  CHECK_CUDA(cuMemAlloc(&b8, elements));
  CHECK_CUDA(cuMemAlloc(&a16, elements * 2));
  CHECK_CUDA(cuMemAlloc(&b16, elements * 2));
  CHECK_CUDA(cuMemAlloc(&c16, elements * 2));
  CHECK_CUDA(cuMemAlloc(&scales, 8));
  CHECK_CUDA(cuMemcpyHtoD(a8, codes.data(), elements));
  std::shuffle(codes.begin(), codes.end(), random);
  CHECK_CUDA(cuMemcpyHtoD(b8, codes.data(), elements));
  CHECK_CUDA(cuMemcpyHtoD(a16, halves.data(), elements * 2));
  std::shuffle(halves.begin(), halves.end(), random);
  CHECK_CUDA(cuMemcpyHtoD(b16, halves.data(), elements * 2));
  float hostScales[2] = {0.01f, 0.02f};
  CHECK_CUDA(cuMemcpyHtoD(scales, hostScales, 8));
  CUstream stream;
  CHECK_CUDA(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));

  std::printf("{\"device\": \"%s\", \"rows\": [", deviceName.c_str());
  for (int64_t n : {int64_t(4096), maxSize}) {
    auto view16 = [&](CUdeviceptr p) {
      auto *data = reinterpret_cast<uint16_t *>(p);
      return MemRef2{data, data, 0, {n, n}, {n, 1}};
    };
    auto view8 = [&](CUdeviceptr p) {
      auto *data = reinterpret_cast<uint8_t *>(p);
      return MemRefCodes{data, data, 0, {n, n}, {n, 1}};
    };
    MemRef2 a = view16(a16), b = view16(b16), c = view16(c16);
    MemRefCodes qa = view8(a8), qbt = view8(b8);
    using namespace altgrad::gemm;
    row("E4M3FN x E4M3FN -> bf16, altgradGemm on a stream", n,
        medianMs(stream, [&] {
          altgradGemm(1, n, n, n, a8, kF8E4M3FN, 0, n, 1, b8, kF8E4M3FN, 0, 1,
                      n, c16, kBF16, 0, n, 1, 1.0f, scales, scales + 4, 0, 0,
                      reinterpret_cast<intptr_t>(stream));
        }));
    row("E4M3FN x E4M3FN -> bf16, compiled linalg.generic", n,
        medianMs(nullptr,
                 [&] { _mlir_ciface_gemm_e4m3(&qa, &qbt, 0.01f, 0.02f, &c); }));
    row("bf16 x bf16 -> bf16, altgradGemm on a stream", n,
        medianMs(stream, [&] {
          altgradGemm(1, n, n, n, a16, kBF16, 0, n, 1, b16, kBF16, 0, n, 1, c16,
                      kBF16, 0, n, 1, 1.0f, 0, 0, 0, 0,
                      reinterpret_cast<intptr_t>(stream));
        }));
    row("bf16 x bf16 -> bf16, compiled linalg.matmul", n,
        medianMs(nullptr, [&] { _mlir_ciface_gemm_bf16(&a, &b, &c); }));
  }
  std::printf("\n]}\n");
  return 0;
}
