//===- altgrad-opt.cpp - mlir-opt with the altgrad dialect ----------------===//

#include "altgrad/InitAltGrad.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // gpu-module-to-binary translates kernels to LLVM IR.
  mlir::registerAllToLLVMIRTranslations(registry);
  mlir::registerAllPasses();
  altgrad::registerAltGradDialects(registry);
  altgrad::registerAltGradPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "altgrad optimizer driver\n", registry));
}
