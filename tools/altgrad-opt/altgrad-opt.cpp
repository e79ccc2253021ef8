//===- altgrad-opt.cpp - mlir-opt with the altgrad dialect ----------------===//
//
// Registers altgrad exactly as InitAltGrad.h tells other compilers to, plus
// every upstream pass for `--pass-pipeline` users.
//
//===----------------------------------------------------------------------===//

#include "altgrad/InitAltGrad.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  altgrad::registerAltGradDialects(registry);
  mlir::registerAllPasses();
  altgrad::registerAltGradPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "altgrad optimizer driver\n", registry));
}
