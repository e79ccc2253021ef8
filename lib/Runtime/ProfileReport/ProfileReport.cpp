//===- ProfileReport.cpp - The CUDA runtime's profile table ---------------===//

#include "altgrad/Runtime/ProfileReport.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace altgrad::runtime {

namespace {
std::string formatDims(const Dims &dims) {
  return std::to_string(dims[0]) + "x" + std::to_string(dims[1]) + "x" +
         std::to_string(dims[2]);
}
} // namespace

std::string formatProfileReport(const std::vector<TimedLaunch> &launches,
                                const std::vector<HostCounter> &counters) {
  struct Row {
    uint64_t calls = 0;
    double milliseconds = 0;
  };
  std::map<std::tuple<std::string, Dims, Dims>, Row> rows;
  double totalMilliseconds = 0;
  for (const TimedLaunch &launch : launches) {
    Row &row = rows[{launch.name, launch.grid, launch.block}];
    ++row.calls;
    row.milliseconds += launch.milliseconds;
    totalMilliseconds += launch.milliseconds;
  }
  std::vector<std::pair<const std::tuple<std::string, Dims, Dims> *, Row>>
      sorted;
  for (const auto &[key, row] : rows)
    sorted.emplace_back(&key, row);
  // The map's order breaks ties, so the table does not depend on hashing.
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto &lhs, const auto &rhs) {
                     return lhs.second.milliseconds > rhs.second.milliseconds;
                   });

  std::string out;
  char line[512];
  std::snprintf(line, sizeof(line), "%12s %8s %12s %12s %12s  %s\n", "total_ms",
                "calls", "mean_us", "grid", "block", "name");
  out += line;
  for (const auto &[key, row] : sorted) {
    const auto &[name, grid, block] = *key;
    std::snprintf(line, sizeof(line), "%12.3f %8llu %12.2f %12s %12s  %s\n",
                  row.milliseconds, static_cast<unsigned long long>(row.calls),
                  row.milliseconds * 1000 / row.calls, formatDims(grid).c_str(),
                  formatDims(block).c_str(), name.c_str());
    out += line;
  }
  std::snprintf(line, sizeof(line), "%12.3f %8zu  all launches and GEMMs\n",
                totalMilliseconds, launches.size());
  out += line;
  for (const HostCounter &counter : counters) {
    std::snprintf(
        line, sizeof(line), "host %s: %llu calls, %llu bytes, %.3f ms\n",
        counter.name.c_str(), static_cast<unsigned long long>(counter.calls),
        static_cast<unsigned long long>(counter.bytes),
        counter.nanoseconds / 1e6);
    out += line;
  }
  return out;
}

} // namespace altgrad::runtime
