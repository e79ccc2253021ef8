//===- GPUCheckMain.cpp - altgrad's kernels on a GPU against references ---===//
//
// Runs on a machine with an NVIDIA GPU (compiled where MLIR is, by
// scripts/gpu-pack):
//  * every f32 bit pattern (2^32) through `altgrad.quantize` and
//    `altgrad.fake_quantize` lowered for the GPU, and for the CPU, in every
//    registered format and both overflow modes, against the brute-force
//    reference of unittests/Reference;
//  * with --stochastic, likewise stochastic `altgrad.quantize` in every
//    registered format, every element given one of the exactness checks'
//    fixed random words (kStochasticWords), one run per word;
//  * with --stochastic or --philox, stochastic `altgrad.quantize` with the
//    Philox words the kernels compute (seed and offset) in E5M2, E4M3FN and
//    E3M4, 1-D and 2-D, aligned and not, against the reference's Philox and
//    rounding;
//  * `amax` and `stall_count` on the GPU against the CPU lowering, on random,
//    adversarial (NaN, +-Inf, zeros, f32 subnormals) and odd-sized tensors,
//    and one of more than 2^31 elements (64-bit indexing).
// Prints one line per check and a closing "N passed, N failed".
//
//===----------------------------------------------------------------------===//

#include "Exactness/ReferenceTable.h"
#include "Reference/BruteForceFormat.h"
#include "Reference/FromModel.h"

#include "altgrad/Format/Format.h"

#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include "GPUCheck/CudaDriver.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

namespace {
template <typename T> using MemRef = StridedMemRefType<T, 1>;

template <typename T> using MemRef2D = StridedMemRefType<T, 2>;

template <typename T> MemRef<T> memref(T *data, int64_t size) {
  return {data, data, 0, {size}, {1}};
}

using QuantizeFn = void (*)(MemRef<float> *, float, MemRef<uint8_t> *);
using FakeQuantizeFn = void (*)(MemRef<float> *, float, MemRef<float> *);
using StallFn = int64_t (*)(MemRef<float> *, MemRef<float> *, float, float);
using StochasticFn = void (*)(MemRef<float> *, MemRef<uint32_t> *, float,
                              MemRef<uint8_t> *);

struct QuantizeKernel {
  const char *format;
  bool saturate;
  QuantizeFn gpu, cpu;
  FakeQuantizeFn fakeGpu, fakeCpu;
};

struct StochasticKernel {
  const char *format;
  StochasticFn gpu, cpu;
};

using PhiloxFn = void (*)(MemRef<float> *, int64_t, int64_t, float,
                          MemRef<uint8_t> *);
using Philox2DFn = void (*)(MemRef2D<float> *, int64_t, int64_t, float,
                            MemRef2D<uint8_t> *);

struct PhiloxKernel {
  const char *format;
  PhiloxFn gpu, cpu;
  Philox2DFn gpu2D, cpu2D;
};

struct StallKernel {
  const char *format;
  StallFn gpu, cpu;
};
} // namespace

#include "Kernels.inc"

/// Device memory for `count` elements of T.
template <typename T> struct DeviceBuffer {
  explicit DeviceBuffer(size_t count) : count(count) {
    if (count)
      CHECK_CUDA(cuMemAlloc(&pointer, count * sizeof(T)));
  }
  ~DeviceBuffer() {
    if (pointer)
      cuMemFree(pointer);
  }
  T *data() const { return reinterpret_cast<T *>(pointer); }
  MemRef<T> view() const { return memref(data(), int64_t(count)); }
  void upload(const T *host) const {
    if (count)
      CHECK_CUDA(cuMemcpyHtoD(pointer, host, count * sizeof(T)));
  }
  void download(T *host) const {
    if (count)
      CHECK_CUDA(cuMemcpyDtoH(host, pointer, count * sizeof(T)));
  }
  CUdeviceptr pointer = 0;
  size_t count;
};

static unsigned threadCount() {
  return std::max(1u, std::thread::hardware_concurrency());
}

/// Runs body(begin, end) over [0, count) split across all cores.
static void parallelFor(size_t count,
                        const std::function<void(size_t, size_t)> &body) {
  unsigned threads = threadCount();
  std::vector<std::thread> workers;
  size_t chunk = (count + threads - 1) / threads;
  for (unsigned t = 0; t < threads; ++t) {
    size_t begin = std::min(count, t * chunk);
    size_t end = std::min(count, begin + chunk);
    workers.emplace_back(body, begin, end);
  }
  for (std::thread &worker : workers)
    worker.join();
}

static double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

static int passed = 0, failed = 0;

static void report(bool ok, const std::string &line) {
  (ok ? passed : failed)++;
  std::printf("%s: %s\n", ok ? "PASS" : "FAIL", line.c_str());
  std::fflush(stdout);
}

static bool sameFloat(float a, float b) {
  return (std::isnan(a) && std::isnan(b)) ||
         std::memcmp(&a, &b, sizeof(a)) == 0;
}

/// The brute-force reference of the registered format `name`, built from
/// its four parameters alone.
static reference::BruteForceFormat referenceOf(const char *name) {
  const altgrad::Format::Named *named = nullptr;
  for (const altgrad::Format::Named &entry : altgrad::Format::registry())
    if (std::strcmp(entry.name, name) == 0)
      named = &entry;
  return reference::BruteForceFormat(named->exponentBits, named->mantissaBits,
                                     named->bias,
                                     reference::fromModel(named->rule));
}

/// inputs[i] = the f32 with bit pattern base + i, for i in [begin, end): the
/// host's copy of what the GPU's iota_bits kernel wrote.
static void fillPatterns(float *inputs, uint64_t base, size_t begin,
                         size_t end) {
  for (size_t i = begin; i < end; ++i) {
    uint32_t bits = uint32_t(base + i);
    std::memcpy(&inputs[i], &bits, sizeof(bits));
  }
}

/// Every f32 bit pattern through the GPU and the CPU kernels of one format
/// and mode, quantize and fake_quantize, compared with the reference.
static void checkAllPatterns(const QuantizeKernel &kernel) {
  reference::BruteForceFormat bruteForce = referenceOf(kernel.format);
  exactness::ReferenceTable table(bruteForce, kernel.saturate);
  if (!table.error().empty()) {
    report(false, std::string(kernel.format) + ": " + table.error());
    return;
  }
  // fake_quantize(x, 1) is the value of quantize(x, 1)'s code.
  float values[256];
  for (unsigned code = 0; code < 256; ++code)
    values[code] = bruteForce.dequantize(code, 1.0f);
  const size_t chunk = size_t(1) << 28;
  DeviceBuffer<float> x(chunk), fake(chunk);
  DeviceBuffer<uint8_t> codes(chunk);
  std::vector<uint8_t> gpuCodes(chunk), cpuCodes(chunk);
  std::vector<float> inputs(chunk), gpuValues(chunk), cpuValues(chunk);
  std::atomic<uint64_t> gpuMismatches{0}, cpuMismatches{0};
  std::atomic<uint64_t> gpuFakeMismatches{0}, cpuFakeMismatches{0};
  std::atomic<uint32_t> firstMismatch{0}, firstFakeMismatch{0};
  double gpuSeconds = 0;
  auto start = std::chrono::steady_clock::now();
  for (uint64_t base = 0; base < (uint64_t(1) << 32); base += chunk) {
    MemRef<float> xView = x.view();
    MemRef<uint8_t> codesView = codes.view();
    MemRef<float> fakeView = fake.view();
    auto gpuStart = std::chrono::steady_clock::now();
    _mlir_ciface_gpu_iota_bits(&xView, int64_t(base));
    kernel.gpu(&xView, 1.0f, &codesView);
    kernel.fakeGpu(&xView, 1.0f, &fakeView);
    gpuSeconds += secondsSince(gpuStart);
    codes.download(gpuCodes.data());
    fake.download(gpuValues.data());
    parallelFor(chunk, [&](size_t begin, size_t end) {
      fillPatterns(inputs.data(), base, begin, end);
      MemRef<float> in = memref(inputs.data() + begin, int64_t(end - begin));
      MemRef<uint8_t> out =
          memref(cpuCodes.data() + begin, int64_t(end - begin));
      kernel.cpu(&in, 1.0f, &out);
      MemRef<float> fakeOut =
          memref(cpuValues.data() + begin, int64_t(end - begin));
      kernel.fakeCpu(&in, 1.0f, &fakeOut);
      for (size_t i = begin; i < end; ++i) {
        uint8_t expected = table.lookup(inputs[i]);
        // The table only speeds the reference up: re-ask it on a mismatch.
        if (gpuCodes[i] != expected || cpuCodes[i] != expected)
          expected = bruteForce.quantizeScaled(inputs[i], kernel.saturate);
        if (gpuCodes[i] != expected) {
          firstMismatch = uint32_t(base + i);
          ++gpuMismatches;
        }
        if (cpuCodes[i] != expected)
          ++cpuMismatches;
        if (!sameFloat(gpuValues[i], values[expected])) {
          firstFakeMismatch = uint32_t(base + i);
          ++gpuFakeMismatches;
        }
        if (!sameFloat(cpuValues[i], values[expected]))
          ++cpuFakeMismatches;
      }
    });
  }
  auto summary = [&](const char *op, uint64_t gpu, uint64_t cpu,
                     uint32_t first) {
    char note[64] = "";
    if (gpu)
      std::snprintf(note, sizeof(note), ", first at input bits 0x%08x", first);
    char line[256];
    std::snprintf(line, sizeof(line),
                  "%-13s %-9s %-8s all 2^32 f32 patterns: %llu GPU mismatches, "
                  "%llu CPU mismatches (GPU kernels %.2f s, whole check "
                  "%.1f s)%s",
                  op, kernel.format, kernel.saturate ? "saturate" : "ieee",
                  (unsigned long long)gpu, (unsigned long long)cpu, gpuSeconds,
                  secondsSince(start), note);
    report(gpu == 0 && cpu == 0, line);
  };
  summary("quantize", gpuMismatches, cpuMismatches, firstMismatch);
  summary("fake_quantize", gpuFakeMismatches, cpuFakeMismatches,
          firstFakeMismatch);
}

/// Random, adversarial or mixed f32 data for the reduction checks.
static std::vector<float> makeData(size_t count, uint64_t seed,
                                   bool adversarial, float magnitude) {
  std::vector<float> data(count);
  parallelFor(count, [&](size_t begin, size_t end) {
    uint64_t state = (seed ^ (begin * 0x9E3779B97F4A7C15ull)) | 1;
    for (size_t i = begin; i < end; ++i) {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      // A uniform value in (-1, 1) scaled; adversarial data mixes in the
      // special values at fixed rates.
      float value =
          (float(state >> 40) / float(1 << 24) * 2.0f - 1.0f) * magnitude;
      if (adversarial) {
        switch ((state >> 8) % 64) {
        case 0:
          value = 0.0f;
          break;
        case 1:
          value = -0.0f;
          break;
        case 2:
          value = std::ldexp(value, -140); // f32 subnormal
          break;
        case 3:
          value = std::numeric_limits<float>::infinity();
          break;
        case 4:
          value = -std::numeric_limits<float>::infinity();
          break;
        }
      }
      data[i] = value;
    }
  });
  return data;
}

/// amax and stall_count on the GPU against the CPU lowering.
static void checkReductions(size_t count, const char *kind, uint64_t seed) {
  bool adversarial = std::strcmp(kind, "random") != 0;
  std::vector<float> w = makeData(count, seed, adversarial, 4.0f);
  std::vector<float> g = makeData(count, seed * 3 + 1, false, 1e-2f);
  if (std::strcmp(kind, "nan") == 0 && count > 0)
    w[count / 2] = std::numeric_limits<float>::quiet_NaN();
  DeviceBuffer<float> wDevice(count), gDevice(count);
  wDevice.upload(w.data());
  gDevice.upload(g.data());
  MemRef<float> wGpu = wDevice.view(), gGpu = gDevice.view();

  // The CPU lowering, one slice per core; amax slices combine like the GPU's
  // blocks do (NaN wins, then the largest).
  std::vector<float> amaxParts(threadCount(), 0.0f);
  std::atomic<unsigned> part{0};
  std::vector<int64_t> stallParts[std::size(kStallKernels)];
  for (auto &parts : stallParts)
    parts.assign(threadCount(), 0);
  parallelFor(count, [&](size_t begin, size_t end) {
    unsigned slot = part++;
    MemRef<float> ws = memref(w.data() + begin, int64_t(end - begin));
    MemRef<float> gs = memref(g.data() + begin, int64_t(end - begin));
    amaxParts[slot] = _mlir_ciface_cpu_amax(&ws);
    for (size_t k = 0; k < std::size(kStallKernels); ++k)
      stallParts[k][slot] = kStallKernels[k].cpu(&ws, &gs, 0.05f, 0.01f);
  });
  float cpuAmax = 0.0f;
  for (float value : amaxParts)
    cpuAmax = std::isnan(value) || std::isnan(cpuAmax)
                  ? std::numeric_limits<float>::quiet_NaN()
                  : std::max(cpuAmax, value);

  auto start = std::chrono::steady_clock::now();
  float gpuAmax = _mlir_ciface_gpu_amax(&wGpu);
  double amaxSeconds = secondsSince(start);
  char line[256];
  std::snprintf(line, sizeof(line),
                "amax, %zu elements, %s: GPU %g, CPU %g (GPU %.3f ms)", count,
                kind, gpuAmax, cpuAmax, amaxSeconds * 1e3);
  report(sameFloat(gpuAmax, cpuAmax), line);
  for (size_t k = 0; k < std::size(kStallKernels); ++k) {
    int64_t cpuStalled = 0;
    for (int64_t value : stallParts[k])
      cpuStalled += value;
    start = std::chrono::steady_clock::now();
    int64_t gpuStalled = kStallKernels[k].gpu(&wGpu, &gGpu, 0.05f, 0.01f);
    std::snprintf(line, sizeof(line),
                  "stall_count %s, %zu elements, %s: GPU %lld, CPU %lld "
                  "(GPU %.3f ms)",
                  kStallKernels[k].format, count, kind, (long long)gpuStalled,
                  (long long)cpuStalled, secondsSince(start) * 1e3);
    report(gpuStalled == cpuStalled, line);
  }
}

/// Every f32 bit pattern through the GPU and the CPU kernels of stochastic
/// quantize in one format, every element given the random word `word`,
/// compared with the reference's stochastic rounding.
static void checkStochasticPatterns(const StochasticKernel &kernel,
                                    uint32_t word) {
  reference::BruteForceFormat bruteForce = referenceOf(kernel.format);
  exactness::ReferenceTable table =
      exactness::ReferenceTable::stochastic(bruteForce, word);
  if (!table.error().empty()) {
    report(false, std::string(kernel.format) + ": " + table.error());
    return;
  }
  const size_t chunk = size_t(1) << 28;
  DeviceBuffer<float> x(chunk);
  DeviceBuffer<uint32_t> words(chunk);
  DeviceBuffer<uint8_t> codes(chunk);
  std::vector<uint32_t> hostWords(chunk, word);
  words.upload(hostWords.data());
  std::vector<uint8_t> gpuCodes(chunk), cpuCodes(chunk);
  std::vector<float> inputs(chunk);
  std::atomic<uint64_t> gpuMismatches{0}, cpuMismatches{0};
  std::atomic<uint32_t> firstMismatch{0};
  double gpuSeconds = 0;
  auto start = std::chrono::steady_clock::now();
  for (uint64_t base = 0; base < (uint64_t(1) << 32); base += chunk) {
    MemRef<float> xView = x.view();
    MemRef<uint32_t> wordsView = words.view();
    MemRef<uint8_t> codesView = codes.view();
    auto gpuStart = std::chrono::steady_clock::now();
    _mlir_ciface_gpu_iota_bits(&xView, int64_t(base));
    kernel.gpu(&xView, &wordsView, 1.0f, &codesView);
    gpuSeconds += secondsSince(gpuStart);
    codes.download(gpuCodes.data());
    parallelFor(chunk, [&](size_t begin, size_t end) {
      fillPatterns(inputs.data(), base, begin, end);
      MemRef<float> in = memref(inputs.data() + begin, int64_t(end - begin));
      MemRef<uint32_t> w =
          memref(hostWords.data() + begin, int64_t(end - begin));
      MemRef<uint8_t> out =
          memref(cpuCodes.data() + begin, int64_t(end - begin));
      kernel.cpu(&in, &w, 1.0f, &out);
      for (size_t i = begin; i < end; ++i) {
        uint8_t expected = table.lookup(inputs[i]);
        // The table only speeds the reference up: re-ask it on a mismatch.
        if (gpuCodes[i] != expected || cpuCodes[i] != expected)
          expected = bruteForce.quantizeStochastic(inputs[i], 1.0f, word);
        if (gpuCodes[i] != expected) {
          firstMismatch = uint32_t(base + i);
          ++gpuMismatches;
        }
        if (cpuCodes[i] != expected)
          ++cpuMismatches;
      }
    });
  }
  char note[64] = "";
  if (gpuMismatches)
    std::snprintf(note, sizeof(note), ", first at input bits 0x%08x",
                  uint32_t(firstMismatch));
  char line[256];
  std::snprintf(line, sizeof(line),
                "quantize      %-9s word %08x all 2^32 f32 patterns: %llu GPU "
                "mismatches, %llu CPU mismatches (GPU kernels %.2f s, whole "
                "check %.1f s)%s",
                kernel.format, word, (unsigned long long)gpuMismatches,
                (unsigned long long)cpuMismatches, gpuSeconds,
                secondsSince(start), note);
  report(gpuMismatches == 0 && cpuMismatches == 0, line);
}

/// Stochastic quantize with Philox words on the GPU and the CPU against the
/// reference's Philox words and rounding, on `rows` x `columns` inputs
/// (normal values over many binades, zeros, f32 subnormals, Inf and NaN),
/// 1-D (as rows * columns elements) or 2-D, `misalign` elements past an
/// aligned start (the kernels' vector loop needs aligned buffers).
static void checkPhilox(const PhiloxKernel &kernel, size_t rows, size_t columns,
                        bool twoD, size_t misalign, uint64_t seed,
                        uint64_t offset) {
  reference::BruteForceFormat bruteForce = referenceOf(kernel.format);
  size_t count = rows * columns;
  std::vector<float> inputs(count);
  std::mt19937 random(uint32_t(seed ^ count));
  std::normal_distribution<float> normal;
  std::uniform_int_distribution<int> binade(-40, 20);
  const float specials[] = {0.0f,
                            -0.0f,
                            1e-40f,
                            -3e-42f,
                            std::numeric_limits<float>::infinity(),
                            -std::numeric_limits<float>::infinity(),
                            std::numeric_limits<float>::quiet_NaN()};
  for (size_t i = 0; i < count; ++i)
    inputs[i] = i % 97 < 7 ? specials[i % 97]
                           : std::ldexp(normal(random), binade(random));
  const float scale = 0.75f;
  DeviceBuffer<float> x(count + misalign);
  DeviceBuffer<uint8_t> codes(count + misalign);
  CHECK_CUDA(cuMemcpyHtoD(x.pointer + misalign * sizeof(float), inputs.data(),
                          count * sizeof(float)));
  std::vector<uint8_t> gpuCodes(count), cpuCodes(count);
  float *deviceX = x.data() + misalign;
  uint8_t *deviceCodes = codes.data() + misalign;
  auto start = std::chrono::steady_clock::now();
  if (twoD) {
    auto view = [&](auto *data) {
      using T = std::remove_pointer_t<decltype(data)>;
      return MemRef2D<T>{data,
                         data,
                         0,
                         {int64_t(rows), int64_t(columns)},
                         {int64_t(columns), 1}};
    };
    MemRef2D<float> in = view(deviceX), cpuIn = view(inputs.data());
    MemRef2D<uint8_t> out = view(deviceCodes), cpuOut = view(cpuCodes.data());
    kernel.gpu2D(&in, int64_t(seed), int64_t(offset), scale, &out);
    kernel.cpu2D(&cpuIn, int64_t(seed), int64_t(offset), scale, &cpuOut);
  } else {
    MemRef<float> in = memref(deviceX, int64_t(count)),
                  cpuIn = memref(inputs.data(), int64_t(count));
    MemRef<uint8_t> out = memref(deviceCodes, int64_t(count)),
                    cpuOut = memref(cpuCodes.data(), int64_t(count));
    kernel.gpu(&in, int64_t(seed), int64_t(offset), scale, &out);
    kernel.cpu(&cpuIn, int64_t(seed), int64_t(offset), scale, &cpuOut);
  }
  CHECK_CUDA(cuMemcpyDtoH(gpuCodes.data(), codes.pointer + misalign, count));
  std::atomic<uint64_t> gpuMismatches{0}, cpuMismatches{0}, roundedUp{0};
  parallelFor(count, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      uint8_t expected = bruteForce.quantizeStochastic(
          inputs[i], scale, reference::randomWord(seed, offset, i));
      gpuMismatches += gpuCodes[i] != expected;
      cpuMismatches += cpuCodes[i] != expected;
      // The words matter: count the codes that differ from word 0's.
      roundedUp +=
          expected != bruteForce.quantizeStochastic(inputs[i], scale, 0);
    }
  });
  char line[320];
  std::snprintf(line, sizeof(line),
                "quantize      %-9s Philox seed %016llx offset %016llx, "
                "%zu x %zu %s, misaligned by %zu: %llu GPU mismatches, %llu "
                "CPU mismatches (%llu codes above word 0's, %.1f s)",
                kernel.format, (unsigned long long)seed,
                (unsigned long long)offset, rows, columns, twoD ? "2-D" : "1-D",
                misalign, (unsigned long long)gpuMismatches,
                (unsigned long long)cpuMismatches,
                (unsigned long long)roundedUp, secondsSince(start));
  report(gpuMismatches == 0 && cpuMismatches == 0 && roundedUp > 0, line);
}

int main(int argc, char **argv) {
  bool exhaustive = true, huge = true, stochastic = false, philox = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--no-exhaustive")
      exhaustive = false;
    else if (std::string(argv[i]) == "--stochastic")
      stochastic = true;
    else if (std::string(argv[i]) == "--philox")
      philox = true;
    else if (std::string(argv[i]) == "--no-huge")
      huge = false;
  }
  std::string name = cuda_driver::usePrimaryContext();
  std::printf("device: %s, %u host threads\n", name.c_str(), threadCount());

  for (size_t count : {size_t(0), size_t(1), size_t(31), (size_t(1) << 20) + 7})
    for (const char *kind : {"random", "adversarial", "nan"})
      checkReductions(count, kind, count + 17);
  if (huge)
    checkReductions((size_t(1) << 31) + (size_t(1) << 20) + 3, "adversarial",
                    99);
  if (exhaustive)
    for (const QuantizeKernel &kernel : kQuantizeKernels)
      checkAllPatterns(kernel);
  if (stochastic || philox)
    for (const PhiloxKernel &kernel : kPhiloxKernels) {
      // 1-D: the vector loop and the rest; unaligned: element by element.
      checkPhilox(kernel, 1, (size_t(1) << 22) + 13, false, 0, 0, 0);
      checkPhilox(kernel, 1, (size_t(1) << 20) + 3, false, 1,
                  0x299f31d0a4093822, 0x0370734413198a2e);
      // 2-D rows of odd length: vectors cross rows.
      checkPhilox(kernel, 1000, 1027, true, 0, 0xdeadbeefcafef00d, 7);
    }
  if (stochastic)
    for (const StochasticKernel &kernel : kStochasticKernels)
      for (uint32_t word : exactness::kStochasticWords)
        checkStochasticPatterns(kernel, word);
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
