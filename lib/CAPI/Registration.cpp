//===- Registration.cpp - Register altgrad through the C API --------------===//

#include "altgrad-c/Registration.h"

#include "altgrad/InitAltGrad.h"

#include "mlir/CAPI/IR.h"

void altgradRegisterDialects(MlirDialectRegistry registry) {
  altgrad::registerAltGradDialects(*unwrap(registry));
}

void altgradRegisterPasses(void) {
  // Bindings register when they are loaded, possibly more than once; an
  // MLIR built with assertions aborts on a pipeline registered twice.
  static const bool registered = (altgrad::registerAltGradPasses(), true);
  (void)registered;
}
