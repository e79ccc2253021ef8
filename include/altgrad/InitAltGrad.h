//===- InitAltGrad.h - Register altgrad with a compiler --------*- C++ -*-===//
//
// What another compiler calls to use altgrad: the dialect and everything it
// lowers through, and altgrad's passes and pipelines.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_INITALTGRAD_H
#define ALTGRAD_INITALTGRAD_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace altgrad {

/// Adds the altgrad dialect to `registry`.
void registerAltGradDialects(mlir::DialectRegistry &registry);

/// Registers altgrad's passes and the `--lower-fp8` pipeline.
void registerAltGradPasses();

} // namespace altgrad

#endif // ALTGRAD_INITALTGRAD_H
