//===- InitAltGrad.cpp - Register altgrad with a compiler -----------------===//

#include "altgrad/InitAltGrad.h"

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"
#include "altgrad/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"

void altgrad::registerAltGradDialects(mlir::DialectRegistry &registry) {
  // The pipelines' passes load the dialects they create, but their external
  // interface models (bufferization of tensor and linalg ops, conversion to
  // LLVM, translation to LLVM IR) come only from the registry: a program
  // lowered without them fails or comes back partly lowered.
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  mlir::registerAllToLLVMIRTranslations(registry);
  registry.insert<AltGradDialect>();
}

void altgrad::registerAltGradPasses() { registerAltGradPipelines(); }
