//===- AltGrad.h - The altgrad dialect -------------------------*- C++ -*-===//

#ifndef ALTGRAD_DIALECT_ALTGRAD_IR_ALTGRAD_H
#define ALTGRAD_DIALECT_ALTGRAD_IR_ALTGRAD_H

#include "altgrad/Format/BlockScale.h"
#include "altgrad/Format/Format.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "llvm/ADT/Hashing.h"

namespace altgrad {
/// Lets the format type use the model's rule as a storage parameter.
inline llvm::hash_code hash_value(SpecialRule rule) {
  return llvm::hash_value(static_cast<unsigned>(rule));
}
} // namespace altgrad

#include "altgrad/Dialect/AltGrad/IR/AltGradDialect.h.inc"
#include "altgrad/Dialect/AltGrad/IR/AltGradEnums.h.inc"

#define GET_TYPEDEF_CLASSES
#include "altgrad/Dialect/AltGrad/IR/AltGradTypes.h.inc"

#define GET_ATTRDEF_CLASSES
#include "altgrad/Dialect/AltGrad/IR/AltGradAttrs.h.inc"

#define GET_OP_CLASSES
#include "altgrad/Dialect/AltGrad/IR/AltGradOps.h.inc"

namespace altgrad {

/// The format model of an element type: `!altgrad.fp<...>` or a builtin
/// float type with the same semantics; nothing for any other type.
std::optional<Format> getFormat(mlir::Type type);

/// The builtin float types with the semantics of a registered format, with
/// that format's name.
llvm::SmallVector<std::pair<mlir::FloatType, llvm::StringRef>>
getBuiltinFormatTypes(mlir::MLIRContext *context);

/// The format model's overflow mode for the dialect's attribute value.
Overflow toOverflow(OverflowMode mode);

/// The format model's block scale rule for the dialect's attribute value.
BlockScaleRule toBlockScaleRule(BlockScaleKind kind);

/// A unit attribute on a call: it enqueues its GPU work behind the work
/// enqueued before it and returns without waiting for it (altgrad's CUDA
/// runtime keeps all of a context's work in one stream, docs/gpu.md).
/// altgrad-async-gpu-work makes the host wait neither before nor after it.
inline constexpr llvm::StringLiteral kGpuStreamOrderedAttrName =
    "altgrad.gpu_stream_ordered";

} // namespace altgrad

#endif // ALTGRAD_DIALECT_ALTGRAD_IR_ALTGRAD_H
