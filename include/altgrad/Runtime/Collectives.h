//===- Collectives.h - The all-reduce entry point of the runtimes -*- C++ -*-=//
//
// What altgrad-convert-shard-to-runtime and altgrad's runtimes (MPI in
// lib/Runtime/MPI, NCCL in lib/Runtime/CUDA) agree on:
// altgradAllReduce(data, count, type, reduction, ranks) reduces `count`
// elements at `data` in place across the ranks; and what both runtimes do
// alike around their own library's call. Plain C++, no MLIR: the runtimes
// build without it.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_COLLECTIVES_H
#define ALTGRAD_RUNTIME_COLLECTIVES_H

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <thread>

namespace altgrad::collectives {

/// Element types of altgradAllReduce.
enum ElementType : int32_t {
  kI32 = 0,
  kI64 = 1,
  kF32 = 2,
};

/// Reductions of altgradAllReduce.
enum Reduction : int32_t {
  kMax = 0,
  kSum = 1,
};

/// The runtime's symbol.
constexpr const char *kEntryPoint = "altgradAllReduce";

/// The limit on one collective in seconds: ALTGRAD_COLLECTIVE_TIMEOUT, 60
/// when unset; nullopt when it is set to anything but a positive number.
inline std::optional<double> collectiveTimeout() {
  const char *text = std::getenv("ALTGRAD_COLLECTIVE_TIMEOUT");
  if (!text)
    return 60.0;
  char *end = nullptr;
  double seconds = std::strtod(text, &end);
  if (end == text || *end || !(seconds > 0))
    return std::nullopt;
  return seconds;
}

/// The message of an ALTGRAD_COLLECTIVE_TIMEOUT collectiveTimeout rejects.
constexpr const char *kBadTimeout =
    "ALTGRAD_COLLECTIVE_TIMEOUT must be a positive number of seconds";

/// The runtime library's value for `type` among its values for each element
/// type, or nullopt for an unknown type.
template <typename T>
std::optional<T> byElementType(int32_t type, T i32, T i64, T f32) {
  switch (type) {
  case kI32:
    return i32;
  case kI64:
    return i64;
  case kF32:
    return f32;
  }
  return std::nullopt;
}

/// The same for a reduction.
template <typename T>
std::optional<T> byReduction(int32_t reduction, T max, T sum) {
  switch (reduction) {
  case kMax:
    return max;
  case kSum:
    return sum;
  }
  return std::nullopt;
}

/// Into `text`, why a call of altgradAllReduce with these arguments cannot
/// run on `size` ranks (`world` names them: "MPI_COMM_WORLD"); false when it
/// can.
inline bool describeInvalidCall(int32_t type, int32_t reduction, int64_t ranks,
                                int size, const char *world, char *text,
                                size_t textBytes) {
  if (ranks != size)
    std::snprintf(text, textBytes,
                  "the program was compiled for %lld ranks (the recipe's "
                  "'ranks'), %s has %d",
                  static_cast<long long>(ranks), world, size);
  else if (!byElementType(type, 0, 0, 0))
    std::snprintf(text, textBytes, "unknown element type %d", type);
  else if (!byReduction(reduction, 0, 0))
    std::snprintf(text, textBytes, "unknown reduction %d", reduction);
  else
    return false;
  return true;
}

/// Polls `done` until it returns true: at once at first (a collective of a
/// few numbers between live ranks takes microseconds), then with short
/// sleeps. False when `timeout` seconds pass first.
template <typename Done> bool pollWithin(double timeout, Done done) {
  auto start = std::chrono::steady_clock::now();
  for (unsigned polls = 0;; ++polls) {
    if (done())
      return true;
    if (polls < 10000)
      continue;
    std::chrono::duration<double> waited =
        std::chrono::steady_clock::now() - start;
    if (waited.count() > timeout)
      return false;
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

} // namespace altgrad::collectives

#endif // ALTGRAD_RUNTIME_COLLECTIVES_H
