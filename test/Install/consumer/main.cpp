//===- main.cpp - A compiler built against the installed AltGrad ----------===//
//
// Does what the README tells another compiler to do: registers altgrad with
// the two calls of InitAltGrad.h and nothing else, parses a program that
// mixes altgrad with upstream dialects, lowers it with the `lower-fp8`
// pipeline for the CPU (looked up by name, as a user's pipeline string
// would), JIT-compiles it with MLIR's ExecutionEngine and prints what it
// computes.
//
//===----------------------------------------------------------------------===//

#include "altgrad/InitAltGrad.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>

// The element `at` of x after a round trip through E5M2 with the scale of
// x's amax.
static const char kProgram[] = R"mlir(
func.func @round_trip(%a: f32, %b: f32, %c: f32, %d: f32, %at: index) -> f32
    attributes {llvm.emit_c_interface} {
  %x = tensor.from_elements %a, %b, %c, %d : tensor<4xf32>
  %amax = altgrad.amax %x : tensor<4xf32>
  %scale = altgrad.compute_scale %amax format(!altgrad.fp<E5M2>)
  %q = altgrad.quantize %x, %scale
      : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>
  %y = altgrad.dequantize %q, %scale
      : tensor<4x!altgrad.fp<E5M2>> to tensor<4xf32>
  %e = tensor.extract %y[%at] : tensor<4xf32>
  return %e : f32
}
)mlir";

int main() {
  mlir::DialectRegistry registry;
  altgrad::registerAltGradDialects(registry);
  altgrad::registerAltGradPasses();
  mlir::MLIRContext context(registry);

  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(kProgram, &context);
  if (!module)
    return 1;
  auto pm = mlir::PassManager::on<mlir::ModuleOp>(&context);
  if (mlir::failed(
          mlir::parsePassPipeline("lower-fp8{target=cpu}", pm, llvm::errs())))
    return 1;
  if (mlir::failed(pm.run(*module)))
    return 1;
  module->print(llvm::outs());

  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  auto engine = mlir::ExecutionEngine::create(*module);
  if (!engine) {
    llvm::errs() << "JIT: " << llvm::toString(engine.takeError()) << "\n";
    return 1;
  }
  for (int64_t at = 0; at < 4; ++at) {
    float y = 0;
    if (llvm::Error error =
            (*engine)->invoke("round_trip", 6.6f, -114688.0f, 1.0f, 0.3f, at,
                              mlir::ExecutionEngine::result(y))) {
      llvm::errs() << "run: " << llvm::toString(std::move(error)) << "\n";
      return 1;
    }
    llvm::outs() << "round_trip[" << at << "] = " << y << "\n";
  }
  return 0;
}
