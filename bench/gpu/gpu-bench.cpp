//===- gpu-bench.cpp - Time altgrad's GPU kernels -------------------------===//
//
// Times the kernels of bench/gpu/kernels.mlir, lowered by
// `altgrad-opt --lower-fp8` and compiled ahead of time (scripts/gpu-pack),
// on a sweep of sizes from 2^16 to 2^28, every plan format and E4M3FN at
// the sizes the targets name (2^16, 2^20, 2^22, 2^24, 2^28), E5M2 at the
// others: the median of 20 timed calls after 3 warm-up calls, timed
// with CUDA events around each whole call (launch overhead included). The
// bandwidth of a kernel is its ideal bytes (each input read once, each
// output written once) over that time. Prints JSON. The stall_count data
// are the anchors' (updates far below E5M2's spacing, so weights stall);
// one more row at 2^28 moves most weights. Stochastic quantize and MXFP8
// block quantize (E4M3FN codes and one E8M0 scale per 32 elements written)
// and dequantize run at every size; with --rounding-blocks only they, the
// copy and nearest quantize E5M2 do (scripts/gpu-bench --rounding-blocks).
//
//===----------------------------------------------------------------------===//

#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include "GPUCheck/CudaDriver.h"
#include "Timing.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <string>
#include <vector>

using MemRefF32 = StridedMemRefType<float, 1>;
using MemRefU8 = StridedMemRefType<uint8_t, 1>;

extern "C" {
#define ALTGRAD_FORMAT_KERNELS(F)                                              \
  void _mlir_ciface_fake_quantize_##F(MemRefF32 *, float, MemRefF32 *);        \
  void _mlir_ciface_quantize_##F(MemRefF32 *, float, MemRefU8 *);
ALTGRAD_FORMAT_KERNELS(E0M7)
ALTGRAD_FORMAT_KERNELS(E1M6)
ALTGRAD_FORMAT_KERNELS(E3M4)
ALTGRAD_FORMAT_KERNELS(E5M2)
ALTGRAD_FORMAT_KERNELS(E7M0)
ALTGRAD_FORMAT_KERNELS(E4M3FN)
#undef ALTGRAD_FORMAT_KERNELS
#define ALTGRAD_STOCHASTIC_KERNEL(F)                                           \
  void _mlir_ciface_quantize_stochastic_##F(MemRefF32 *, float, int64_t,       \
                                            int64_t, MemRefU8 *);
ALTGRAD_STOCHASTIC_KERNEL(E5M2)
ALTGRAD_STOCHASTIC_KERNEL(E4M3FN)
ALTGRAD_STOCHASTIC_KERNEL(E3M4)
#undef ALTGRAD_STOCHASTIC_KERNEL
void _mlir_ciface_block_quantize_floor_E4M3FN(MemRefF32 *, MemRefU8 *,
                                              MemRefU8 *);
void _mlir_ciface_block_quantize_rceil_E4M3FN(MemRefF32 *, MemRefU8 *,
                                              MemRefU8 *);
void _mlir_ciface_block_dequantize_E4M3FN(MemRefU8 *, MemRefU8 *, MemRefF32 *);
float _mlir_ciface_delayed_step_E5M2(MemRefF32 *, float, MemRefU8 *);
int64_t _mlir_ciface_stall_count_E5M2(MemRefF32 *, MemRefF32 *, float, float);
float _mlir_ciface_amax(MemRefF32 *);
}

namespace {
struct FormatKernels {
  const char *format;
  void (*fakeQuantize)(MemRefF32 *, float, MemRefF32 *);
  void (*quantize)(MemRefF32 *, float, MemRefU8 *);
};
} // namespace

#define ALTGRAD_FORMAT_ENTRY(F)                                                \
  { #F, _mlir_ciface_fake_quantize_##F, _mlir_ciface_quantize_##F }
static const FormatKernels kFormats[] = {
    ALTGRAD_FORMAT_ENTRY(E0M7), ALTGRAD_FORMAT_ENTRY(E1M6),
    ALTGRAD_FORMAT_ENTRY(E3M4), ALTGRAD_FORMAT_ENTRY(E5M2),
    ALTGRAD_FORMAT_ENTRY(E7M0), ALTGRAD_FORMAT_ENTRY(E4M3FN)};
#undef ALTGRAD_FORMAT_ENTRY

namespace {
struct StochasticKernel {
  const char *format;
  void (*quantize)(MemRefF32 *, float, int64_t, int64_t, MemRefU8 *);
};
} // namespace

static const StochasticKernel kStochastic[] = {
    {"E5M2", _mlir_ciface_quantize_stochastic_E5M2},
    {"E4M3FN", _mlir_ciface_quantize_stochastic_E4M3FN},
    {"E3M4", _mlir_ciface_quantize_stochastic_E3M4}};

static bool profileOnly = false;

/// Median milliseconds of one call of `run`, timed with CUDA events.
static double medianMs(const std::function<void()> &run) {
  if (profileOnly) {
    run();
    return 1.0;
  }
  return bench::medianMs(run, [&] { return bench::eventMs(nullptr, run); });
}

static bool first = true;
static void row(const std::string &name, size_t elements, double bytes,
                double ms) {
  std::printf("%s\n  {\"name\": \"%s\", \"elements\": %zu, \"ms\": %.4f, "
              "\"GBps\": %.1f}",
              first ? "" : ",", name.c_str(), elements, ms,
              bytes / (ms * 1e-3) / 1e9);
  first = false;
  std::fflush(stdout);
}

int main(int argc, char **argv) {
  // --profile: each kernel once on 2^28 elements, for Nsight Compute.
  bool profile = false, roundingBlocksOnly = false;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "--profile")
      profile = true;
    else if (argument == "--rounding-blocks")
      roundingBlocksOnly = true;
    else {
      std::fprintf(stderr, "usage: %s [--profile] [--rounding-blocks]\n",
                   argv[0]);
      return 2;
    }
  }
  std::string deviceName = cuda_driver::usePrimaryContext();

  const size_t maxElements = size_t(1) << 28;
  // The anchors' data: x ~ N(0, 1), g ~ N(0, 1) * 1e-3.
  std::vector<float> host(maxElements);
  std::mt19937 random(0);
  std::normal_distribution<float> normal;
  for (float &value : host)
    value = normal(random);
  CUdeviceptr x, g, out, codes, scales;
  CHECK_CUDA(cuMemAlloc(&x, maxElements * 4));
  CHECK_CUDA(cuMemAlloc(&g, maxElements * 4));
  CHECK_CUDA(cuMemAlloc(&out, maxElements * 4));
  CHECK_CUDA(cuMemAlloc(&codes, maxElements));
  CHECK_CUDA(cuMemAlloc(&scales, maxElements / 32));
  CHECK_CUDA(cuMemcpyHtoD(x, host.data(), maxElements * 4));
  for (float &value : host)
    value *= 1e-3f;
  CHECK_CUDA(cuMemcpyHtoD(g, host.data(), maxElements * 4));

  auto f32 = [](CUdeviceptr pointer, size_t n) {
    auto *data = reinterpret_cast<float *>(pointer);
    return MemRefF32{data, data, 0, {int64_t(n)}, {1}};
  };
  auto u8 = [](CUdeviceptr pointer, size_t n) {
    auto *data = reinterpret_cast<uint8_t *>(pointer);
    return MemRefU8{data, data, 0, {int64_t(n)}, {1}};
  };

  profileOnly = profile;
  std::printf("{\"device\": \"%s\", \"rows\": [", deviceName.c_str());
  for (unsigned log2 = profile ? 28 : 16; log2 <= 28; log2 += 2) {
    size_t n = size_t(1) << log2;
    MemRefF32 xs = f32(x, n), gs = f32(g, n), ys = f32(out, n);
    MemRefU8 qs = u8(codes, n);
    std::string size = "2^" + std::to_string(log2);
    row("copy f32 (cuMemcpyDtoD), " + size, n, 8.0 * n,
        medianMs([&] { CHECK_CUDA(cuMemcpyDtoD(out, x, n * 4)); }));
    // Issue 14: stochastic rounding (Philox words computed in the kernel)
    // and MXFP8. Bytes: f32 in, one code per element (and one E8M0 scale
    // per 32) out; dequantize the reverse.
    MemRefU8 ss = u8(scales, n / 32);
    for (const StochasticKernel &kernel : kStochastic)
      row(std::string("quantize stochastic ") + kernel.format + ", " + size, n,
          5.0 * n, medianMs([&] {
            kernel.quantize(&xs, 0.01f, 0x299f31d0a4093822, 7, &qs);
          }));
    double blockBytes = 5.0 * n + n / 32;
    row("block_quantize floor E4M3FN, " + size, n, blockBytes, medianMs([&] {
          _mlir_ciface_block_quantize_floor_E4M3FN(&xs, &qs, &ss);
        }));
    row("block_quantize rceil E4M3FN, " + size, n, blockBytes, medianMs([&] {
          _mlir_ciface_block_quantize_rceil_E4M3FN(&xs, &qs, &ss);
        }));
    row("block_dequantize E4M3FN, " + size, n, blockBytes,
        medianMs([&] { _mlir_ciface_block_dequantize_E4M3FN(&qs, &ss, &ys); }));
    if (roundingBlocksOnly) {
      row("quantize E5M2, " + size, n, 5.0 * n,
          medianMs([&] { _mlir_ciface_quantize_E5M2(&xs, 0.01f, &qs); }));
      continue;
    }
    // Every format at the sizes the targets name; E5M2 at the others.
    bool targetSize =
        log2 == 16 || log2 == 20 || log2 == 22 || log2 == 24 || log2 == 28;
    for (const FormatKernels &kernels : kFormats) {
      if (!targetSize && std::string(kernels.format) != "E5M2")
        continue;
      row(std::string("fake_quantize ") + kernels.format + ", " + size, n,
          8.0 * n, medianMs([&] { kernels.fakeQuantize(&xs, 0.01f, &ys); }));
      row(std::string("quantize ") + kernels.format + ", " + size, n, 5.0 * n,
          medianMs([&] { kernels.quantize(&xs, 0.01f, &qs); }));
    }
    row("delayed-scaling step E5M2, " + size, n, 5.0 * n,
        medianMs([&] { _mlir_ciface_delayed_step_E5M2(&xs, 4.5f, &qs); }));
    row("stall_count E5M2, " + size, n, 8.0 * n, medianMs([&] {
          _mlir_ciface_stall_count_E5M2(&xs, &gs, 0.01f, 0.01f);
        }));
    row("amax, " + size, n, 4.0 * n, medianMs([&] { _mlir_ciface_amax(&xs); }));
    // Updates large enough to move most weights: every element takes the
    // dequantize-and-compare branch the equal-codes test otherwise skips.
    if (log2 == 28 && !profile)
      row("stall_count E5M2 moving weights (lr 1000), " + size, n, 8.0 * n,
          medianMs([&] {
            _mlir_ciface_stall_count_E5M2(&xs, &gs, 1000.0f, 0.01f);
          }));
  }
  std::printf("\n]}\n");
  return 0;
}
