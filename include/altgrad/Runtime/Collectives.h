//===- Collectives.h - The all-reduce entry point of the runtimes -*- C++ -*-=//
//
// What altgrad-convert-shard-to-runtime and altgrad's MPI runtime
// (lib/Runtime/MPI) agree on: altgradAllReduce(data, count, type,
// reduction, ranks) reduces `count` elements at `data` in place across the
// ranks. Plain C++, no MLIR: the runtime builds without it.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_COLLECTIVES_H
#define ALTGRAD_RUNTIME_COLLECTIVES_H

#include <cstdint>

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

} // namespace altgrad::collectives

#endif // ALTGRAD_RUNTIME_COLLECTIVES_H
