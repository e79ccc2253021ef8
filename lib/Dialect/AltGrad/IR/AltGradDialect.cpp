//===- AltGradDialect.cpp - The altgrad dialect ---------------------------===//

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace altgrad;

#include "altgrad/Dialect/AltGrad/IR/AltGradDialect.cpp.inc"

void AltGradDialect::initialize() {
  registerTypes();
  registerAttributes();
  addOperations<
#define GET_OP_LIST
#include "altgrad/Dialect/AltGrad/IR/AltGradOps.cpp.inc"
      >();
}

Operation *AltGradDialect::materializeConstant(OpBuilder &builder,
                                               Attribute value, Type type,
                                               Location loc) {
  if (isa<CodesAttr, HistoryAttr>(value))
    return ConstantOp::create(builder, loc, type, cast<TypedAttr>(value));
  return arith::ConstantOp::materialize(builder, value, type, loc);
}

std::optional<Format> altgrad::getFormat(Type type) {
  if (auto format = dyn_cast<FormatType>(type))
    return format.getFormat();
  // Builtin types whose semantics are exactly those of a registered format;
  // FormatModelTest checks each pair against llvm::APFloat over every code.
  const char *name = TypeSwitch<Type, const char *>(type)
                         .Case([](Float8E5M2Type) { return "E5M2"; })
                         .Case([](Float8E3M4Type) { return "E3M4"; })
                         .Case([](Float8E4M3FNType) { return "E4M3FN"; })
                         .Case([](Float8E4M3Type) { return "E4M3"; })
                         .Case([](Float8E5M2FNUZType) { return "E5M2FNUZ"; })
                         .Case([](Float8E4M3FNUZType) { return "E4M3FNUZ"; })
                         .Case([](Float6E2M3FNType) { return "E2M3"; })
                         .Case([](Float6E3M2FNType) { return "E3M2"; })
                         .Case([](Float4E2M1FNType) { return "E2M1"; })
                         .Default([](Type) { return nullptr; });
  if (!name)
    return std::nullopt;
  return Format::lookup(name);
}

Overflow altgrad::toOverflow(OverflowMode mode) {
  return mode == OverflowMode::ieee ? Overflow::IEEE : Overflow::Saturate;
}
