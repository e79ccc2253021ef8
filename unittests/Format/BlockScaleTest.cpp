//===- BlockScaleTest.cpp - Block scales against the reference -----------===//
//
// docs/spec.md section 8: the model's scale rules on an amax sweep over every
// f32 exponent, and the block_quantize / block_dequantize folders on blocks
// built to hit each boundary, against unittests/Reference.
//
//===----------------------------------------------------------------------===//

#include "FormatTestUtil.h"

#include "Reference/BruteForceBlockScale.h"

#include "altgrad/Dialect/AltGrad/IR/AltGrad.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include "gtest/gtest.h"

#include <cmath>
#include <limits>

using namespace altgrad;
using namespace altgrad_test;

namespace {

/// The OCP MX element formats and two others (fewer exponent bits, i8 codes).
const char *const kElements[] = {"E4M3FN", "E5M2", "E2M3", "E3M2",
                                 "E2M1",   "E3M4", "E0M7"};

reference::BruteForceFormat referenceOf(const Format &format) {
  return reference::BruteForceFormat(format.exponentBits(),
                                     format.mantissaBits(), format.bias(),
                                     reference::fromModel(format.rule()));
}

TEST(BlockScaleTest, PowerOfTwoScalesOnEveryExponent) {
  for (const char *name : kElements) {
    Format element = *Format::lookup(name);
    reference::BruteForceFormat ref = referenceOf(element);
    uint32_t largestFraction =
        toBits(float(element.largestFinite())) & 0x7fffff;
    uint32_t fractions[] = {0,
                            1,
                            largestFraction - 1,
                            largestFraction,
                            largestFraction + 1,
                            0x400000,
                            0x7fffff};
    int checked = 0;
    for (uint32_t exponent = 0; exponent < 256; ++exponent)
      for (uint32_t fraction : fractions) {
        float amax = fromBits(exponent << 23 | (fraction & 0x7fffff));
        for (auto [rule, refRule] :
             {std::pair{BlockScaleRule::Floor, reference::BlockRule::Floor},
              std::pair{BlockScaleRule::RCeil, reference::BlockRule::RCeil}}) {
          ASSERT_EQ(powerOfTwoBlockScale(element, amax, rule),
                    reference::powerOfTwoScale(ref, {amax}, refRule))
              << name << " amax bits 0x" << std::hex << toBits(amax)
              << (rule == BlockScaleRule::Floor ? " floor" : " rceil");
          ++checked;
        }
      }
    EXPECT_EQ(checked, 256 * 7 * 2);
  }
}

/// Rows of 10 in blocks of 4: two full blocks and a partial one per row,
/// each block built around one boundary of section 8.
std::vector<float> boundaryRows(const Format &element) {
  float largest = float(element.largestFinite());
  float inf = std::numeric_limits<float>::infinity();
  float nan = std::numeric_limits<float>::quiet_NaN();
  float below = std::nextafter(8.0f, 0.0f), above = std::nextafter(8.0f, inf);
  float atMax = largest * 4.0f;
  std::vector<std::vector<float>> blocks = {
      {8.0f, -1.0f, 0.5f, 3.0f},       // a power of two
      {below, 1.0f, -0.3f, 2.5f},      // just below one
      {-above, 7.0f, 0.1f, 0.0f},      // just above one
      {atMax, -atMax / 3, 0.7f, 1.0f}, // the largest value times 2^2
      {std::nextafter(atMax, inf), 1.0f, -2.0f, 0.25f}, // just above that
      {0.0f, -0.0f, 0.0f, 0.0f},                        // zero
      {1e-40f, -3e-41f, 1.4e-45f, 0.0f},                // f32 subnormals
      {1.0f, nan, -2.0f, 3.0f},                         // NaN
      {-inf, 1.0f, 2.0f, -3.0f},                        // Inf
      {3e38f, -1e38f, 1.0f, 0.0f},                      // near f32's largest
      {-5.0f, 1.5f, 0.0f, 2.0f},                        // negative amax
      {1e-30f, 3e-31f, -7e-31f, 0.0f},                  // tiny normals
  };
  std::vector<float> x;
  for (size_t b = 0; b < blocks.size(); b += 3) {
    x.insert(x.end(), blocks[b].begin(), blocks[b].end());
    x.insert(x.end(), blocks[b + 1].begin(), blocks[b + 1].end());
    // The partial block: its first two elements.
    x.insert(x.end(), blocks[b + 2].begin(), blocks[b + 2].begin() + 2);
  }
  return x;
}

/// Folds block_quantize and block_dequantize of `x` (rows of 10, blocks of
/// 4) and compares every code, scale and value with the reference.
void checkFolders(mlir::MLIRContext &context, const char *name,
                  BlockScaleKind kind, const std::vector<float> &x) {
  Format element = *Format::lookup(name);
  reference::BruteForceFormat ref = referenceOf(element);
  reference::BlockRule refRule =
      kind == BlockScaleKind::floor   ? reference::BlockRule::Floor
      : kind == BlockScaleKind::rceil ? reference::BlockRule::RCeil
                                      : reference::BlockRule::TwoLevel;
  constexpr int64_t kLength = 10, kBlock = 4;
  int64_t rows = int64_t(x.size()) / kLength;
  reference::BlockQuantized expected =
      reference::blockQuantize(ref, x, kLength, kBlock, refRule);

  mlir::OpBuilder builder(&context);
  mlir::Location loc = builder.getUnknownLoc();
  bool twoLevel = kind == BlockScaleKind::two_level;
  auto inputType =
      mlir::RankedTensorType::get({rows, kLength}, builder.getF32Type());
  mlir::Type elementType =
      FormatType::get(&context, element.exponentBits(), element.mantissaBits(),
                      element.bias(), element.rule());
  auto codesType = inputType.clone(elementType);
  mlir::Type scaleElement =
      twoLevel ? mlir::Type(builder.getType<mlir::Float8E4M3FNType>())
               : mlir::Type(builder.getType<mlir::Float8E8M0FNUType>());
  auto scalesType = mlir::RankedTensorType::get({rows, 3}, scaleElement);
  mlir::Type tensorScaleType;
  if (twoLevel)
    tensorScaleType = builder.getF32Type();
  auto input = mlir::DenseElementsAttr::get(inputType, llvm::ArrayRef(x));
  auto module = mlir::ModuleOp::create(loc);
  builder.setInsertionPointToEnd(module.getBody());
  mlir::Value inputValue = mlir::arith::ConstantOp::create(builder, loc, input);
  auto quantize = BlockQuantizeOp::create(
      builder, loc, codesType, scalesType, tensorScaleType, inputValue,
      builder.getI64IntegerAttr(kBlock),
      BlockScaleKindAttr::get(&context, kind));
  ASSERT_TRUE(mlir::succeeded(mlir::verify(quantize.getOperation())));
  llvm::SmallVector<mlir::OpFoldResult> folded;
  ASSERT_TRUE(mlir::succeeded(quantize->fold({input}, folded))) << name;
  auto codes = mlir::cast<CodesAttr>(mlir::cast<mlir::Attribute>(folded[0]));
  auto scales = mlir::cast<mlir::DenseElementsAttr>(
      mlir::cast<mlir::Attribute>(folded[1]));
  int64_t i = 0;
  for (llvm::APInt code : codes.getCodes().getValues<llvm::APInt>()) {
    EXPECT_EQ(code.getZExtValue(), expected.codes[i])
        << name << " element " << i << " (" << x[i] << ")";
    ++i;
  }
  i = 0;
  for (llvm::APFloat scale : scales.getValues<llvm::APFloat>()) {
    EXPECT_EQ(scale.bitcastToAPInt().getZExtValue(), expected.scales[i])
        << name << " block " << i;
    ++i;
  }
  mlir::Attribute tensorScale;
  if (twoLevel) {
    tensorScale = mlir::cast<mlir::Attribute>(folded[2]);
    EXPECT_TRUE(sameFloat(
        mlir::cast<mlir::FloatAttr>(tensorScale).getValue().convertToFloat(),
        expected.tensorScale))
        << name;
  }

  std::vector<float> values =
      reference::blockDequantize(ref, expected, kLength, kBlock, refRule);
  auto dequantize = BlockDequantizeOp::create(
      builder, loc, inputType, quantize.getCodes(), quantize.getScales(),
      quantize.getTensorScale(), builder.getI64IntegerAttr(kBlock));
  ASSERT_TRUE(mlir::succeeded(mlir::verify(dequantize.getOperation())));
  llvm::SmallVector<mlir::OpFoldResult> dequantized;
  llvm::SmallVector<mlir::Attribute> operands{codes, scales};
  if (twoLevel)
    operands.push_back(tensorScale);
  ASSERT_TRUE(mlir::succeeded(dequantize->fold(operands, dequantized)));
  i = 0;
  for (float value : mlir::cast<mlir::DenseElementsAttr>(
                         mlir::cast<mlir::Attribute>(dequantized[0]))
                         .getValues<float>()) {
    EXPECT_TRUE(sameFloat(value, values[i]))
        << name << " element " << i << ": " << value << " vs " << values[i];
    ++i;
  }
  module->erase();
}

TEST(BlockScaleTest, FoldersOnBoundaryBlocks) {
  mlir::MLIRContext context;
  context.loadDialect<AltGradDialect, mlir::arith::ArithDialect>();
  for (const char *name : kElements)
    for (BlockScaleKind kind : {BlockScaleKind::floor, BlockScaleKind::rceil,
                                BlockScaleKind::two_level}) {
      std::vector<float> x = boundaryRows(*Format::lookup(name));
      checkFolders(context, name, kind, x);
      // Two-level scales depend on the tensor's amax: once more without
      // the NaN, Inf and near-overflow blocks (rows 3 and 4).
      if (kind == BlockScaleKind::two_level)
        checkFolders(context, name, kind,
                     std::vector<float>(x.begin(), x.begin() + 20));
    }
}

} // namespace
