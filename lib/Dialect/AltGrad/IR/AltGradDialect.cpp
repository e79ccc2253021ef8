//===- AltGradDialect.cpp - The altgrad dialect ---------------------------===//

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

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

SmallVector<std::pair<FloatType, StringRef>>
altgrad::getBuiltinFormatTypes(MLIRContext *context) {
  // Builtin types whose semantics are exactly those of a registered format;
  // FormatModelTest checks each pair against llvm::APFloat over every code.
  return {{Float8E5M2Type::get(context), "E5M2"},
          {Float8E3M4Type::get(context), "E3M4"},
          {Float8E4M3FNType::get(context), "E4M3FN"},
          {Float8E4M3Type::get(context), "E4M3"},
          {Float8E5M2FNUZType::get(context), "E5M2FNUZ"},
          {Float8E4M3FNUZType::get(context), "E4M3FNUZ"},
          {Float6E2M3FNType::get(context), "E2M3"},
          {Float6E3M2FNType::get(context), "E3M2"},
          {Float4E2M1FNType::get(context), "E2M1"}};
}

std::optional<Format> altgrad::getFormat(Type type) {
  if (auto format = dyn_cast<FormatType>(type))
    return format.getFormat();
  if (!isa<FloatType>(type))
    return std::nullopt;
  for (auto [builtin, name] : getBuiltinFormatTypes(type.getContext()))
    if (builtin == type)
      return Format::lookup(name);
  return std::nullopt;
}

Overflow altgrad::toOverflow(OverflowMode mode) {
  return mode == OverflowMode::ieee ? Overflow::IEEE : Overflow::Saturate;
}

BlockScaleRule altgrad::toBlockScaleRule(BlockScaleKind kind) {
  switch (kind) {
  case BlockScaleKind::floor:
    return BlockScaleRule::Floor;
  case BlockScaleKind::rceil:
    return BlockScaleRule::RCeil;
  case BlockScaleKind::two_level:
    return BlockScaleRule::TwoLevel;
  }
  llvm_unreachable("unknown block scale kind");
}
