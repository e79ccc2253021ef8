//===- distributed-bench.cpp - The cost of a distributed recipe's collectives //
//
// Per step of the corpus transformer under `altgrad-apply-recipe ranks=N`
// (docs/distributed.md): one all-reduce of its 102 sites' amax bits (i32,
// max) and one of its 30 probes' 60 stall counts (i64, sum), through
// altgradAllReduce of libaltgrad_mpi_runtime, on every rank of mpiexec; and
// the data-parallel gradient all-reduce of its 134656 parameters (f32, sum).
// Rank 0 prints the median and the mean time of each, in microseconds.
//
//   mpiexec -n N altgrad-distributed-bench [steps]
//
//===----------------------------------------------------------------------===//

#include "altgrad/Runtime/Collectives.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>

extern "C" void altgradAllReduce(uintptr_t data, int64_t count, int32_t type,
                                 int32_t reduction, int64_t ranks);
extern "C" int32_t altgradMpiRank();
extern "C" int32_t altgradMpiSize();

namespace collectives = altgrad::collectives;

namespace {

template <typename Body> std::vector<double> timeSteps(int steps, Body body) {
  for (int i = 0; i < steps / 10 + 1; ++i)
    body();
  std::vector<double> micros;
  for (int i = 0; i < steps; ++i) {
    auto start = std::chrono::steady_clock::now();
    body();
    std::chrono::duration<double, std::micro> took =
        std::chrono::steady_clock::now() - start;
    micros.push_back(took.count());
  }
  return micros;
}

void report(int ranks, const char *what, std::vector<double> micros) {
  std::sort(micros.begin(), micros.end());
  double mean =
      std::accumulate(micros.begin(), micros.end(), 0.0) / micros.size();
  std::printf("ranks %d  %-40s median %9.1f us  mean %9.1f us  (%zu steps)\n",
              ranks, what, micros[micros.size() / 2], mean, micros.size());
}

} // namespace

int main(int argc, char **argv) {
  int steps = argc > 1 ? std::atoi(argv[1]) : 2000;
  int rank = altgradMpiRank(), ranks = altgradMpiSize();
  std::vector<int32_t> amaxes(102, rank);
  std::vector<int64_t> counts(60, rank);
  std::vector<float> gradient(134656, 1.0f);
  auto state = timeSteps(steps, [&] {
    altgradAllReduce(reinterpret_cast<uintptr_t>(amaxes.data()), amaxes.size(),
                     collectives::kI32, collectives::kMax, ranks);
    altgradAllReduce(reinterpret_cast<uintptr_t>(counts.data()), counts.size(),
                     collectives::kI64, collectives::kSum, ranks);
  });
  auto gradients = timeSteps(std::max(steps / 10, 10), [&] {
    altgradAllReduce(reinterpret_cast<uintptr_t>(gradient.data()),
                     gradient.size(), collectives::kF32, collectives::kSum,
                     ranks);
  });
  if (rank == 0) {
    report(ranks, "amaxes (102 x i32) + stall counts (60 x i64)", state);
    report(ranks, "gradient (134656 x f32)", gradients);
  }
  return 0;
}
