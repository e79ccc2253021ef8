//===- InitAltGrad.cpp - Register altgrad with a compiler -----------------===//

#include "altgrad/InitAltGrad.h"

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"
#include "altgrad/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"

void altgrad::registerAltGradDialects(mlir::DialectRegistry &registry) {
  registry.insert<AltGradDialect>();
}

void altgrad::registerAltGradPasses() { registerAltGradPipelines(); }
