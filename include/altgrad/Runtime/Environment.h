//===- Environment.h - Settings the runtimes read from the environment ----===//
//
// Plain C++, no MLIR: the runtimes build without it.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_RUNTIME_ENVIRONMENT_H
#define ALTGRAD_RUNTIME_ENVIRONMENT_H

#include <cstdint>
#include <cstdlib>

namespace altgrad::runtime {
/// The byte count the variable `name` gives as a decimal number, or
/// `fallback` where it is unset or not a whole number.
inline uint64_t environmentBytes(const char *name, uint64_t fallback) {
  const char *text = std::getenv(name);
  char *end = nullptr;
  unsigned long long value = text ? std::strtoull(text, &end, 10) : 0;
  return text && *text && end && !*end ? uint64_t(value) : fallback;
}
} // namespace altgrad::runtime

#endif // ALTGRAD_RUNTIME_ENVIRONMENT_H
