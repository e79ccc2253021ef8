//===- InitAltGrad.h - Register altgrad with a compiler --------*- C++ -*-===//
//
// What another compiler calls to use altgrad: the two calls below give it
// everything `altgrad-opt` has for altgrad programs.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_INITALTGRAD_H
#define ALTGRAD_INITALTGRAD_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace altgrad {

/// Adds to `registry` the altgrad dialect and every upstream dialect,
/// dialect extension (bufferization, conversion to LLVM, ...) and LLVM IR
/// translation that altgrad programs and the `--lower-fp8` pipeline use, so
/// that a context built from it parses altgrad programs, lowers them and
/// translates the result to LLVM IR (for an ExecutionEngine or a GPU binary).
void registerAltGradDialects(mlir::DialectRegistry &registry);

/// Registers altgrad's passes and pipelines (`lower-fp8`). The pipelines
/// create the upstream passes they need themselves; they do not depend on
/// which upstream passes the caller has registered.
void registerAltGradPasses();

} // namespace altgrad

#endif // ALTGRAD_INITALTGRAD_H
