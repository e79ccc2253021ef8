//===- Passes.h - altgrad transforms ---------------------------*- C++ -*-===//

#ifndef ALTGRAD_TRANSFORMS_PASSES_H
#define ALTGRAD_TRANSFORMS_PASSES_H

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Pass/Pass.h"

namespace altgrad {

/// Where altgrad-apply-recipe takes a site's scale from (docs/spec.md
/// section 9).
enum class Scaling { delayed, current };

#define GEN_PASS_DECL
#include "altgrad/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "altgrad/Transforms/Passes.h.inc"

} // namespace altgrad

#endif // ALTGRAD_TRANSFORMS_PASSES_H
