//===- main.c - A C program built against the installed AltGrad -----------===//
//
// Registers altgrad with the two calls of altgrad-c/Registration.h, parses
// the program named on the command line, prints the parameters of the
// formats its first function returns, lowers it with `lower-fp8` for the CPU
// and prints the result.
//
//===----------------------------------------------------------------------===//

#include "altgrad-c/Dialect/AltGrad.h"
#include "altgrad-c/Registration.h"

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#include <stdio.h>

static void print(MlirStringRef string, void *userData) {
  fwrite(string.data, 1, string.length, (FILE *)userData);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE.mlir\n", argv[0]);
    return 1;
  }
  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  altgradRegisterDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  altgradRegisterPasses();

  MlirModule module = mlirModuleCreateParseFromFile(
      ctx, mlirStringRefCreateFromCString(argv[1]));
  if (mlirModuleIsNull(module))
    return 1;

  // The element types of the results of the first function.
  MlirOperation function =
      mlirBlockGetFirstOperation(mlirModuleGetBody(module));
  MlirType functionType = mlirTypeAttrGetValue(mlirOperationGetAttributeByName(
      function, mlirStringRefCreateFromCString("function_type")));
  for (intptr_t i = 0; i < mlirFunctionTypeGetNumResults(functionType); ++i) {
    MlirType type = mlirFunctionTypeGetResult(functionType, i);
    if (mlirTypeIsAShaped(type))
      type = mlirShapedTypeGetElementType(type);
    if (!altgradTypeIsAFormatType(type))
      continue;
    mlirTypePrint(type, print, stdout);
    printf(": E%u M%u bias %d, largest %g\n",
           altgradFormatTypeGetExponentBits(type),
           altgradFormatTypeGetMantissaBits(type),
           altgradFormatTypeGetBias(type),
           altgradFormatTypeGetLargestFinite(type));
  }

  MlirPassManager pm = mlirPassManagerCreateOnOperation(
      ctx, mlirStringRefCreateFromCString("builtin.module"));
  MlirLogicalResult lowered = mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString("builtin.module(lower-fp8{target=cpu})"),
      print, stderr);
  if (mlirLogicalResultIsSuccess(lowered))
    lowered = mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(module));
  if (mlirLogicalResultIsSuccess(lowered))
    mlirOperationPrint(mlirModuleGetOperation(module), print, stdout);

  mlirPassManagerDestroy(pm);
  mlirModuleDestroy(module);
  mlirContextDestroy(ctx);
  return mlirLogicalResultIsFailure(lowered);
}
