//===- Timing.h - How the GPU benchmarks time a call ------------*- C++ -*-===//

#ifndef ALTGRAD_BENCH_GPU_TIMING_H
#define ALTGRAD_BENCH_GPU_TIMING_H

#include "GPUCheck/CudaDriver.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace bench {

/// Milliseconds of one call of `run` between CUDA events on `stream`.
inline double eventMs(CUstream stream, const std::function<void()> &run) {
  CUevent start, stop;
  CHECK_CUDA(cuEventCreate(&start, CU_EVENT_DEFAULT));
  CHECK_CUDA(cuEventCreate(&stop, CU_EVENT_DEFAULT));
  CHECK_CUDA(cuEventRecord(start, stream));
  run();
  CHECK_CUDA(cuEventRecord(stop, stream));
  CHECK_CUDA(cuEventSynchronize(stop));
  float ms = 0;
  CHECK_CUDA(cuEventElapsedTime(&ms, start, stop));
  cuEventDestroy(start);
  cuEventDestroy(stop);
  return ms;
}

/// The median of 20 timings `timeOnce()` of `run`, after 3 warm-up calls.
inline double medianMs(const std::function<void()> &run,
                       const std::function<double()> &timeOnce) {
  for (int i = 0; i < 3; ++i)
    run();
  CHECK_CUDA(cuCtxSynchronize());
  std::vector<double> times;
  for (int i = 0; i < 20; ++i)
    times.push_back(timeOnce());
  std::sort(times.begin(), times.end());
  return (times[9] + times[10]) / 2;
}

} // namespace bench

#endif // ALTGRAD_BENCH_GPU_TIMING_H
