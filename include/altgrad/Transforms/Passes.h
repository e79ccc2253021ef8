//===- Passes.h - altgrad transforms ---------------------------*- C++ -*-===//

#ifndef ALTGRAD_TRANSFORMS_PASSES_H
#define ALTGRAD_TRANSFORMS_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Pass/Pass.h"

namespace altgrad {

#define GEN_PASS_DECL
#include "altgrad/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "altgrad/Transforms/Passes.h.inc"

} // namespace altgrad

#endif // ALTGRAD_TRANSFORMS_PASSES_H
