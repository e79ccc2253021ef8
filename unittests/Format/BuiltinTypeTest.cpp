//===- BuiltinTypeTest.cpp - getFormat of MLIR's builtin float types ------===//
//
// altgrad::getFormat maps nine builtin float types to registered formats;
// each mapping must decode every code exactly as the type's own APFloat
// semantics does.
//
//===----------------------------------------------------------------------===//

#include "FormatTestUtil.h"

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/APFloat.h"

#include "gtest/gtest.h"

using namespace altgrad;
using namespace altgrad_test;
using llvm::APFloat;

namespace {

TEST(BuiltinTypeTest, GetFormatMatchesAPFloatSemantics) {
  mlir::MLIRContext context;
  context.loadDialect<AltGradDialect>();
  mlir::Builder builder(&context);
  mlir::Type types[] = {
      builder.getType<mlir::Float8E5M2Type>(),
      builder.getType<mlir::Float8E3M4Type>(),
      builder.getType<mlir::Float8E4M3FNType>(),
      builder.getType<mlir::Float8E4M3Type>(),
      builder.getType<mlir::Float8E5M2FNUZType>(),
      builder.getType<mlir::Float8E4M3FNUZType>(),
      builder.getType<mlir::Float6E2M3FNType>(),
      builder.getType<mlir::Float6E3M2FNType>(),
      builder.getType<mlir::Float4E2M1FNType>(),
  };
  for (mlir::Type type : types) {
    std::string name;
    llvm::raw_string_ostream(name) << type;
    SCOPED_TRACE(name);
    std::optional<Format> format = getFormat(type);
    ASSERT_TRUE(format.has_value());
    const llvm::fltSemantics &semantics =
        llvm::cast<mlir::FloatType>(type).getFloatSemantics();
    unsigned bits = APFloat::getSizeInBits(semantics);
    ASSERT_EQ(format->bitWidth(), bits);
    for (unsigned code = 0; code < (1u << bits); ++code) {
      APFloat expected(semantics, llvm::APInt(bits, code));
      EXPECT_EQ(format->isNaN(code), expected.isNaN()) << code;
      EXPECT_EQ(format->isInf(code), expected.isInfinity()) << code;
      if (expected.isNaN())
        continue;
      bool losesInfo;
      expected.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                       &losesInfo);
      EXPECT_TRUE(sameDouble(format->value(code), expected.convertToDouble()))
          << "code " << code << ": " << format->value(code) << " vs "
          << expected.convertToDouble();
    }
  }
}

TEST(BuiltinTypeTest, GetFormatOfOtherTypes) {
  mlir::MLIRContext context;
  context.loadDialect<AltGradDialect>();
  mlir::Builder builder(&context);
  EXPECT_FALSE(getFormat(builder.getF16Type()).has_value());
  EXPECT_FALSE(getFormat(builder.getF32Type()).has_value());
  EXPECT_FALSE(getFormat(builder.getI8Type()).has_value());
  Format custom = *Format::get(3, 4, 5, SpecialRule::FNUZ);
  EXPECT_EQ(getFormat(FormatType::get(&context, custom)), custom);
}

} // namespace
