//===- InitAltGrad.cpp - Register altgrad with a compiler -----------------===//

#include "altgrad/InitAltGrad.h"

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"
#include "altgrad/Pipelines/Pipelines.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "llvm/Support/Compiler.h"

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

#if LLVM_ADDRESS_SANITIZER_BUILD
// ALTGRAD_SANITIZE: LLVM's allocators poison their free space in inline code,
// which is instrumented where altgrad compiles it and is not in libMLIR, so
// memory that libMLIR hands out from a slab that altgrad's code poisoned
// looks poisoned. Every program that registers altgrad links this file; it
// turns such manual poisoning off (ASan still checks every access).
extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0";
}
#endif
