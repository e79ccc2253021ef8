//===- Registration.h - Register altgrad through the C API --------*- C -*-===//
//
// The C form of altgrad/InitAltGrad.h: the two calls that give a context and
// the pass registry everything `altgrad-opt` has for altgrad programs.
//
//===----------------------------------------------------------------------===//

#ifndef ALTGRAD_C_REGISTRATION_H
#define ALTGRAD_C_REGISTRATION_H

#include "mlir-c/IR.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Adds to `registry` the altgrad dialect and every upstream dialect,
/// dialect extension and LLVM IR translation that altgrad programs and the
/// `lower-fp8` pipeline use. A context made from it (with
/// mlirContextCreateWithRegistry or mlirContextAppendDialectRegistry) parses
/// altgrad programs, lowers them and translates the result to LLVM IR. The
/// dialects load when a program uses them.
MLIR_CAPI_EXPORTED void altgradRegisterDialects(MlirDialectRegistry registry);

/// Registers altgrad's passes and pipelines (`lower-fp8`) in the global pass
/// registry, for mlirParsePassPipeline and mlirOpPassManagerAddPipeline. The
/// pipelines create the upstream passes they run themselves; they do not
/// need mlirRegisterAllPasses. Calling it again does nothing.
MLIR_CAPI_EXPORTED void altgradRegisterPasses(void);

#ifdef __cplusplus
}
#endif

#endif // ALTGRAD_C_REGISTRATION_H
