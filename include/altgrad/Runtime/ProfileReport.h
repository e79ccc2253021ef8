//===- ProfileReport.h - The CUDA runtime's profile table -------*- C++ -*-===//
//
// What ALTGRAD_CUDA_PROFILE writes (docs/gpu.md): the timed launches and
// GEMMs aggregated per (name, grid, block), and the host-side counters.
// Kept apart from CUDA so that unittests/Runtime can test it without a GPU.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_PROFILEREPORT_H
#define ALTGRAD_RUNTIME_PROFILEREPORT_H

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace altgrad::runtime {

using Dims = std::array<unsigned, 3>;

// One kernel launch or GEMM, timed by its pair of events.
struct TimedLaunch {
  std::string name;
  Dims grid;
  Dims block;
  float milliseconds;
};

// One kind of host-side call (allocations, frees, synchronizations).
struct HostCounter {
  std::string name;
  uint64_t calls = 0;
  uint64_t bytes = 0;
  uint64_t nanoseconds = 0;
};

// The table: one row per (name, grid, block) with calls, total ms and mean
// µs, by total descending (ties by name), then the host counters and the
// sum of all launch time.
std::string formatProfileReport(const std::vector<TimedLaunch> &launches,
                                const std::vector<HostCounter> &counters);

} // namespace altgrad::runtime

#endif // ALTGRAD_RUNTIME_PROFILEREPORT_H
