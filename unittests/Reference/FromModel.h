//===- FromModel.h - The reference's name for a model's rule ---*- C++ -*-===//
//
// The one place where a test turns the format model's parameters into the
// reference's: the reference itself includes nothing of altgrad.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_UNITTESTS_REFERENCE_FROMMODEL_H
#define ALTGRAD_UNITTESTS_REFERENCE_FROMMODEL_H

#include "Reference/BruteForceFormat.h"

#include "altgrad/Format/Format.h"

#include <cstdlib>

namespace reference {

inline Rule fromModel(altgrad::SpecialRule rule) {
  switch (rule) {
  case altgrad::SpecialRule::IEEE:
    return Rule::IEEE;
  case altgrad::SpecialRule::FN:
    return Rule::FN;
  case altgrad::SpecialRule::FNUZ:
    return Rule::FNUZ;
  case altgrad::SpecialRule::None:
    return Rule::None;
  }
  std::abort();
}

} // namespace reference

#endif // ALTGRAD_UNITTESTS_REFERENCE_FROMMODEL_H
