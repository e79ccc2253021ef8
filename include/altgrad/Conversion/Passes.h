//===- Passes.h - altgrad conversion passes --------------------*- C++ -*-===//

#ifndef ALTGRAD_CONVERSION_PASSES_H
#define ALTGRAD_CONVERSION_PASSES_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace altgrad {

#define GEN_PASS_DECL
#include "altgrad/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "altgrad/Conversion/Passes.h.inc"

} // namespace altgrad

#endif // ALTGRAD_CONVERSION_PASSES_H
