//===- cpu-bench.cpp - Time the lowered CPU kernels -----------------------===//
//
// Times bench/kernels.mlir, lowered by `altgrad-opt --lower-fp8=target=cpu`
// and compiled ahead of time, against plain scalar C++ loops with the same
// semantics (the format model's own functions), on 2^24 elements and one
// thread. Prints the median nanoseconds per element of each and checks that
// both agree.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Format/Format.h"

#include "mlir/ExecutionEngine/CRunnerUtils.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

namespace {
template <typename T> using MemRef1D = StridedMemRefType<T, 1>;

template <typename T> MemRef1D<T> view(std::vector<T> &data) {
  return {data.data(), data.data(), 0, {int64_t(data.size())}, {1}};
}
} // namespace

extern "C" {
void _mlir_ciface_quantize_e5m2(MemRef1D<float> *x, float scale,
                                MemRef1D<int8_t> *out);
void _mlir_ciface_fake_quantize_e5m2(MemRef1D<float> *x, float scale,
                                     MemRef1D<float> *out);
int64_t _mlir_ciface_stall_count_e5m2(MemRef1D<float> *w, MemRef1D<float> *g,
                                      float lr, float scale);
}

/// Median nanoseconds per element of `repeats` runs of `run`.
static double timePerElement(size_t elements, int repeats,
                             const std::function<void()> &run) {
  run(); // Warm-up: pages touched, caches primed.
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    auto start = std::chrono::steady_clock::now();
    run();
    auto stop = std::chrono::steady_clock::now();
    times.push_back(
        std::chrono::duration<double, std::nano>(stop - start).count() /
        double(elements));
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

int main(int argc, char **argv) {
  const size_t elements = size_t(1) << 24;
  const int repeats = 11;
  const float scale = 0.01f, lr = 0.01f;
  altgrad::Format format = *altgrad::Format::lookup("E5M2");
  auto overflow = altgrad::Overflow::Saturate;

  std::mt19937 random(42);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  std::vector<float> x(elements), g(elements), y(elements), yRef(elements);
  std::vector<int8_t> codes(elements), codesRef(elements);
  for (size_t i = 0; i < elements; ++i) {
    x[i] = normal(random);
    g[i] = normal(random) * 1e-3f;
  }
  MemRef1D<float> xView = view(x), gView = view(g), yView = view(y);
  MemRef1D<int8_t> codesView = view(codes);

  int64_t stalled = 0, stalledRef = 0;
  struct Row {
    const char *name;
    double lowered, scalar;
  };
  Row rows[] = {
      {"quantize",
       timePerElement(
           elements, repeats,
           [&] { _mlir_ciface_quantize_e5m2(&xView, scale, &codesView); }),
       timePerElement(elements, repeats,
                      [&] {
                        for (size_t i = 0; i < elements; ++i)
                          codesRef[i] = format.quantize(x[i], scale, overflow);
                      })},
      {"fake_quantize",
       timePerElement(
           elements, repeats,
           [&] { _mlir_ciface_fake_quantize_e5m2(&xView, scale, &yView); }),
       timePerElement(elements, repeats,
                      [&] {
                        for (size_t i = 0; i < elements; ++i)
                          yRef[i] = format.fakeQuantize(x[i], scale, overflow);
                      })},
      {"stall_count",
       timePerElement(elements, repeats,
                      [&] {
                        stalled = _mlir_ciface_stall_count_e5m2(&xView, &gView,
                                                                lr, scale);
                      }),
       timePerElement(elements, repeats, [&] {
         stalledRef = 0;
         for (size_t i = 0; i < elements; ++i)
           stalledRef += altgrad::isStalled(format, x[i], g[i], lr, scale,
                                            1e-10f, overflow);
       })}};

  bool agree =
      codes == codesRef && stalled == stalledRef &&
      std::memcmp(y.data(), yRef.data(), elements * sizeof(float)) == 0;
  std::printf(
      "{\n  \"elements\": %zu,\n  \"format\": \"E5M2\",\n"
      "  \"threads\": 1,\n  \"results_agree\": %s,\n  \"ns_per_element\": {\n",
      elements, agree ? "true" : "false");
  for (size_t i = 0; i < std::size(rows); ++i)
    std::printf("    \"%s\": {\"lowered\": %.3f, \"scalar_cpp\": %.3f}%s\n",
                rows[i].name, rows[i].lowered, rows[i].scalar,
                i + 1 < std::size(rows) ? "," : "");
  std::printf("  }\n}\n");
  return agree ? 0 : 1;
}
