//===- main.cpp - A compiler built against the installed AltGrad ----------===//
//
// Parses a module with altgrad ops, folds it with the canonicalizer and
// prints the result: enough to show that the installed headers, libraries
// and dialect registration work outside the altgrad build tree.
//
//===----------------------------------------------------------------------===//

#include "altgrad/InitAltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/Support/raw_ostream.h"

static const char kProgram[] = R"mlir(
func.func @dequantized() -> f32 {
  %amax = arith.constant 114688.0 : f32
  %x = arith.constant 6.6 : f32
  %scale = altgrad.compute_scale %amax format(!altgrad.fp<E5M2>)
  %q = altgrad.quantize %x, %scale : f32 to !altgrad.fp<E5M2>
  %y = altgrad.dequantize %q, %scale : !altgrad.fp<E5M2> to f32
  return %y : f32
}
)mlir";

int main() {
  mlir::DialectRegistry registry;
  registry.insert<mlir::arith::ArithDialect, mlir::func::FuncDialect>();
  altgrad::registerAltGradDialects(registry);
  mlir::MLIRContext context(registry);

  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(kProgram, &context);
  if (!module)
    return 1;
  mlir::PassManager pm(&context);
  pm.addPass(mlir::createCanonicalizerPass());
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());
  return 0;
}
