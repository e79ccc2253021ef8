//===- Philox.h - The random words of stochastic rounding -------*- C++ -*-===//
//
// Philox4x32-10 (Salmon et al., SC'11), the counter-based generator whose
// words stochastic rounding uses (docs/spec.md section 7). Its constants live
// here only: the folder calls philox4x32_10 and the lowering emits the same
// rounds from the same constants as arith ops.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_FORMAT_PHILOX_H
#define ALTGRAD_FORMAT_PHILOX_H

#include <array>
#include <cstdint>

namespace altgrad {

/// The round multipliers and the key's Weyl increments.
inline constexpr uint32_t kPhiloxMultipliers[2] = {0xD2511F53u, 0xCD9E8D57u};
inline constexpr uint32_t kPhiloxWeyl[2] = {0x9E3779B9u, 0xBB67AE85u};
inline constexpr unsigned kPhiloxRounds = 10;

using PhiloxCounter = std::array<uint32_t, 4>;
using PhiloxKey = std::array<uint32_t, 2>;

PhiloxCounter philox4x32_10(PhiloxCounter counter, PhiloxKey key);

/// The random word of the element at row-major linear index `index` of a
/// stochastic rounding with `seed` and `offset` (docs/spec.md section 7).
uint32_t stochasticRoundingWord(uint64_t seed, uint64_t offset, uint64_t index);

} // namespace altgrad

#endif // ALTGRAD_FORMAT_PHILOX_H
