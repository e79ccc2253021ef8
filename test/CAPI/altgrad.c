//===- altgrad.c - Test of altgrad's C API --------------------------------===//
//
// A C99 program that uses only the C API: it registers altgrad, parses a
// program mixing altgrad with upstream dialects, builds and queries format
// and history types (the expected numbers are worked out by hand below, from
// the decoding rule of docs/spec.md section 1, not taken from the model),
// checks that invalid parameters give null types, and lowers the program
// with `lower-fp8{target=cpu}`. A failed check prints FAILED and makes the
// exit status nonzero.
//
//===----------------------------------------------------------------------===//

// RUN: altgrad-capi-test | FileCheck %s

#include "altgrad-c/Dialect/AltGrad.h"
#include "altgrad-c/Registration.h"

#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

#define EXPECT(condition) expect((condition), #condition, __LINE__)

static void expect(bool ok, const char *what, int line) {
  if (!ok) {
    printf("FAILED line %d: %s\n", line, what);
    ++failures;
  }
}

static void printString(MlirStringRef string, void *userData) {
  (void)userData;
  fwrite(string.data, 1, string.length, stdout);
}

static void printType(const char *label, MlirType type) {
  printf("%s: ", label);
  mlirTypePrint(type, printString, NULL);
  printf("\n");
}

static bool equals(MlirStringRef string, const char *expected) {
  return mlirStringRefEqual(string, mlirStringRefCreateFromCString(expected));
}

/// Prints every diagnostic with its location and counts them, so that the
/// test sees what a `GetChecked` constructor reports and that a `Get` one
/// reports nothing.
static MlirLogicalResult handleDiagnostic(MlirDiagnostic diagnostic,
                                          void *userData) {
  ++*(int *)userData;
  printf("diagnostic at ");
  mlirLocationPrint(mlirDiagnosticGetLocation(diagnostic), printString, NULL);
  printf(": ");
  mlirDiagnosticPrint(diagnostic, printString, NULL);
  printf("\n");
  return mlirLogicalResultSuccess();
}

//===----------------------------------------------------------------------===//
// Registration
//===----------------------------------------------------------------------===//

// The dialect handle gives altgrad (and arith, which it depends on) alone.
static void testDialectHandle(void) {
  printf("-- dialect handle\n");
  MlirDialectHandle handle = mlirGetDialectHandle__altgrad__();
  EXPECT(equals(mlirDialectHandleGetNamespace(handle), "altgrad"));
  MlirContext ctx = mlirContextCreate();
  mlirDialectHandleRegisterDialect(handle, ctx);
  MlirDialect dialect = mlirDialectHandleLoadDialect(handle, ctx);
  EXPECT(equals(mlirDialectGetNamespace(dialect), "altgrad"));
  MlirType type = mlirTypeParseGet(
      ctx, mlirStringRefCreateFromCString("!altgrad.fp<E5M2>"));
  EXPECT(altgradTypeIsAFormatType(type));
  EXPECT(mlirContextIsRegisteredOperation(
      ctx, mlirStringRefCreateFromCString("altgrad.quantize")));
  EXPECT(!mlirContextIsRegisteredOperation(
      ctx, mlirStringRefCreateFromCString("func.func")));
  mlirContextDestroy(ctx);
}

//===----------------------------------------------------------------------===//
// Format types
//===----------------------------------------------------------------------===//

struct Expected {
  const char *name;
  unsigned exponentBits, mantissaBits;
  int bias;
  AltGradSpecialRule rule;
  unsigned bitWidth;
  bool hasInf, hasNaN, hasNegativeZero;
  double largest;
  double smallestNormal; // NAN: every finite value is subnormal
  double smallestSubnormal;
};

// A code with exponent field e and mantissa field m is (m / 2^M) * 2^(1 -
// bias) for e = 0 and (1 + m / 2^M) * 2^(e - bias) otherwise; the smallest
// normal value is 2^(1 - bias), the smallest positive one 2^(1 - bias - M).
static const struct Expected kFormats[] = {
    // ieee: the all-ones exponent 31 is Inf/NaN. Largest: e = 30, m = 3,
    // 1.75 * 2^15 = 57344.
    {"E5M2", 5, 2, 15, AltGradSpecialRuleIEEE, 8, true, true, true, 57344.0,
     0x1p-14, 0x1p-16},
    // fn: only 0x7F is NaN. Largest: e = 15, m = 6, 1.75 * 2^8 = 448.
    {"E4M3FN", 4, 3, 7, AltGradSpecialRuleFN, 8, false, true, true, 448.0,
     0x1p-6, 0x1p-9},
    // fnuz: only 0x80 is NaN, so 0x7F is finite: e = 15, m = 7,
    // 1.875 * 2^7 = 240.
    {"E4M3FNUZ", 4, 3, 8, AltGradSpecialRuleFNUZ, 8, false, true, false, 240.0,
     0x1p-7, 0x1p-10},
    // ieee: exponent 7 reserved. Largest: e = 6, m = 15,
    // (1 + 15/16) * 2^3 = 15.5 (not the research plan's 240, spec.md 1).
    {"E3M4", 3, 4, 3, AltGradSpecialRuleIEEE, 8, true, true, true, 15.5, 0x1p-2,
     0x1p-6},
    // Fixed point: every code is subnormal, largest 127/128 * 2^0.
    {"E0M7", 0, 7, 1, AltGradSpecialRuleNone, 8, false, false, true, 0.9921875,
     NAN, 0x1p-7},
    // ieee with one exponent bit: e = 1 is Inf/NaN, so every finite value is
    // subnormal: largest 63/64 * 2^1 = 1.96875.
    {"E1M6", 1, 6, 0, AltGradSpecialRuleIEEE, 8, true, true, true, 1.96875, NAN,
     0x1p-5},
    // ieee with M = 0: e = 127 is NaN and there is no Inf. Largest: e = 126,
    // 2^(126 - 63) = 2^63; no subnormals, the smallest value is normal.
    {"E7M0", 7, 0, 63, AltGradSpecialRuleIEEE, 8, false, true, true, 0x1p63,
     0x1p-62, 0x1p-62},
    // 4 bits, every code finite. Largest: e = 3, m = 1, 1.5 * 2^2 = 6.
    {"E2M1", 2, 1, 1, AltGradSpecialRuleNone, 4, false, false, true, 6.0, 0x1p0,
     0x1p-1},
};

static void checkFormat(MlirType type, const struct Expected *expected) {
  EXPECT(altgradTypeIsAFormatType(type));
  EXPECT(!altgradTypeIsAHistoryType(type));
  EXPECT(
      mlirTypeIDEqual(mlirTypeGetTypeID(type), altgradFormatTypeGetTypeID()));
  EXPECT(altgradFormatTypeGetExponentBits(type) == expected->exponentBits);
  EXPECT(altgradFormatTypeGetMantissaBits(type) == expected->mantissaBits);
  EXPECT(altgradFormatTypeGetBias(type) == expected->bias);
  EXPECT(altgradFormatTypeGetRule(type) == expected->rule);
  EXPECT(altgradFormatTypeGetBitWidth(type) == expected->bitWidth);
  EXPECT(altgradFormatTypeHasInf(type) == expected->hasInf);
  EXPECT(altgradFormatTypeHasNaN(type) == expected->hasNaN);
  EXPECT(altgradFormatTypeHasNegativeZero(type) == expected->hasNegativeZero);
  EXPECT(altgradFormatTypeGetLargestFinite(type) == expected->largest);
  double smallestNormal = altgradFormatTypeGetSmallestNormal(type);
  EXPECT(isnan(expected->smallestNormal)
             ? isnan(smallestNormal)
             : smallestNormal == expected->smallestNormal);
  EXPECT(altgradFormatTypeGetSmallestSubnormal(type) ==
         expected->smallestSubnormal);
}

static void testRegisteredFormats(MlirContext ctx) {
  printf("-- registered formats\n");
  for (size_t i = 0; i < sizeof(kFormats) / sizeof(kFormats[0]); ++i) {
    const struct Expected *expected = &kFormats[i];
    MlirType byName = altgradFormatTypeGetByName(
        ctx, mlirStringRefCreateFromCString(expected->name));
    MlirType byParameters = altgradFormatTypeGet(
        ctx, expected->exponentBits, expected->mantissaBits, expected->bias,
        expected->rule);
    EXPECT(!mlirTypeIsNull(byName));
    EXPECT(mlirTypeEqual(byName, byParameters));
    EXPECT(equals(altgradFormatTypeGetRegisteredName(byName), expected->name));
    checkFormat(byName, expected);
    printType(expected->name, byName);
  }
  // CHECK-LABEL: -- registered formats
  // CHECK-NEXT: E5M2: !altgrad.fp<E5M2>
  // CHECK-NEXT: E4M3FN: !altgrad.fp<E4M3FN>
  // CHECK-NEXT: E4M3FNUZ: !altgrad.fp<E4M3FNUZ>
  // CHECK-NEXT: E3M4: !altgrad.fp<E3M4>
  // CHECK-NEXT: E0M7: !altgrad.fp<E0M7>
  // CHECK-NEXT: E1M6: !altgrad.fp<E1M6>
  // CHECK-NEXT: E7M0: !altgrad.fp<E7M0>
  // CHECK-NEXT: E2M1: !altgrad.fp<E2M1>

  // The same type as the parser's.
  MlirType parsed = mlirTypeParseGet(
      ctx, mlirStringRefCreateFromCString("!altgrad.fp<E4M3FN>"));
  EXPECT(mlirTypeEqual(parsed,
                       altgradFormatTypeGetByName(
                           ctx, mlirStringRefCreateFromCString("E4M3FN"))));
  // Registered parameters spelled out are the registered format.
  MlirType spelled = altgradFormatTypeGet(ctx, 4, 3, 7, AltGradSpecialRuleFN);
  EXPECT(equals(altgradFormatTypeGetRegisteredName(spelled), "E4M3FN"));
  // Names are matched exactly, on the string's length.
  const char *names[] = {"e5m2", "E5M3", "", "E5M2 ", "E4M3, bias = 9"};
  for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); ++i)
    EXPECT(mlirTypeIsNull(altgradFormatTypeGetByName(
        ctx, mlirStringRefCreateFromCString(names[i]))));
  MlirType prefix =
      altgradFormatTypeGetByName(ctx, mlirStringRefCreate("E5M2FNUZ", 4));
  EXPECT(equals(altgradFormatTypeGetRegisteredName(prefix), "E5M2"));
  // A builtin f8 type has a format but is not an altgrad format type.
  EXPECT(!altgradTypeIsAFormatType(mlirFloat8E5M2TypeGet(ctx)));
  EXPECT(equals(altgradFormatTypeGetName(), "altgrad.fp"));
}

static void testUnregisteredFormat(MlirContext ctx) {
  printf("-- unregistered format\n");
  // fnuz: 0x7F is finite, e = 15, m = 7: 1.875 * 2^(15 - 9) = 120.
  const struct Expected expected = {.name = "E4M3 bias 9 fnuz",
                                    .exponentBits = 4,
                                    .mantissaBits = 3,
                                    .bias = 9,
                                    .rule = AltGradSpecialRuleFNUZ,
                                    .bitWidth = 8,
                                    .hasInf = false,
                                    .hasNaN = true,
                                    .hasNegativeZero = false,
                                    .largest = 120.0,
                                    .smallestNormal = 0x1p-8,
                                    .smallestSubnormal = 0x1p-11};
  MlirType type = altgradFormatTypeGet(ctx, 4, 3, 9, AltGradSpecialRuleFNUZ);
  EXPECT(!mlirTypeIsNull(type));
  checkFormat(type, &expected);
  MlirStringRef name = altgradFormatTypeGetRegisteredName(type);
  EXPECT(name.length == 0);
  printType(expected.name, type);
  // CHECK-LABEL: -- unregistered format
  // CHECK-NEXT: E4M3 bias 9 fnuz: !altgrad.fp<E4M3, bias = 9, rule = fnuz>
}

struct InvalidFormat {
  unsigned exponentBits, mantissaBits;
  int bias;
  AltGradSpecialRule rule;
};

static const struct InvalidFormat kInvalidFormats[] = {
    {5, 3, 15, AltGradSpecialRuleIEEE},
    {0, 0, 1, AltGradSpecialRuleNone},
    {0, 7, 1, AltGradSpecialRuleIEEE},
    {1, 0, 0, AltGradSpecialRuleFN},
    {5, 2, 200, AltGradSpecialRuleIEEE},
    {5, 2, -200, AltGradSpecialRuleIEEE},
    {7, 0, -10, AltGradSpecialRuleIEEE},
    {4294967295u, 0, 0, AltGradSpecialRuleNone},
    {4, 3, 7, (AltGradSpecialRule)42},
};

// Each invalid format gives a null type: silently from Get, with the reason
// at the location from GetChecked.
static void testInvalidFormats(MlirContext ctx, const int *diagnostics) {
  printf("-- invalid formats\n");
  size_t count = sizeof(kInvalidFormats) / sizeof(kInvalidFormats[0]);
  int before = *diagnostics;
  for (size_t i = 0; i < count; ++i) {
    const struct InvalidFormat *format = &kInvalidFormats[i];
    EXPECT(mlirTypeIsNull(altgradFormatTypeGet(ctx, format->exponentBits,
                                               format->mantissaBits,
                                               format->bias, format->rule)));
  }
  EXPECT(*diagnostics == before);
  MlirLocation loc =
      mlirLocationNameGet(ctx, mlirStringRefCreateFromCString("checked"),
                          mlirLocationUnknownGet(ctx));
  for (size_t i = 0; i < count; ++i) {
    const struct InvalidFormat *format = &kInvalidFormats[i];
    EXPECT(mlirTypeIsNull(altgradFormatTypeGetChecked(
        loc, format->exponentBits, format->mantissaBits, format->bias,
        format->rule)));
  }
  EXPECT(*diagnostics == before + (int)count);
  // clang-format off
  // CHECK-LABEL: -- invalid formats
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E5M3 with bias 15 and rule ieee: 1 + E + M = 9 bits do not fit in an 8-bit code
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E0M0 with bias 1 and rule none: a format needs at least one exponent or mantissa bit
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E0M7 with bias 1 and rule ieee: the ieee rule reserves the all-ones exponent and needs at least one exponent bit
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E1M0 with bias 0 and rule fn: the format has no positive finite value
  // 2^(1 - bias - M) = 2^(1 - 200 - 2) = 2^-201:
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E5M2 with bias 200 and rule ieee: bias 200 puts the smallest value 2^-201 below the f32 range
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E5M2 with bias -200 and rule ieee: bias -200 puts the smallest value 2^199 beyond the f32 range
  // 2^(126 - (-10)) = 2^136:
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E7M0 with bias -10 and rule ieee: bias -10 puts the largest value above 2^136, beyond the f32 range
  // CHECK-NEXT: diagnostic at loc("checked"): invalid format E4294967295M0 with bias 0 and rule none: 1 + E + M = 4294967296 bits do not fit in an 8-bit code
  // CHECK-NEXT: diagnostic at loc("checked"): unknown special-value rule 42: expected one of AltGradSpecialRule
  // clang-format on
}

//===----------------------------------------------------------------------===//
// History types
//===----------------------------------------------------------------------===//

static void testHistory(MlirContext ctx, const int *diagnostics) {
  printf("-- history\n");
  EXPECT(altgradHistoryTypeGetMaxLength() == 8192);
  EXPECT(equals(altgradHistoryTypeGetName(), "altgrad.history"));
  // `!altgrad.history` is 16 records long.
  MlirType parsed =
      mlirTypeParseGet(ctx, mlirStringRefCreateFromCString("!altgrad.history"));
  MlirType history = altgradHistoryTypeGet(ctx, 16);
  EXPECT(mlirTypeEqual(parsed, history));
  EXPECT(altgradTypeIsAHistoryType(history));
  EXPECT(!altgradTypeIsAFormatType(history));
  EXPECT(!altgradTypeIsAHistoryType(mlirF32TypeGet(ctx)));
  EXPECT(mlirTypeIDEqual(mlirTypeGetTypeID(history),
                         altgradHistoryTypeGetTypeID()));
  EXPECT(altgradHistoryTypeGetLength(history) == 16);
  EXPECT(altgradHistoryTypeGetLength(altgradHistoryTypeGet(ctx, 1)) == 1);
  EXPECT(altgradHistoryTypeGetLength(altgradHistoryTypeGet(ctx, 8192)) == 8192);
  printType("history", altgradHistoryTypeGet(ctx, 8192));
  // CHECK-LABEL: -- history
  // CHECK-NEXT: history: !altgrad.history<8192>

  const unsigned invalid[] = {0, 8193, 4294967295u};
  size_t count = sizeof(invalid) / sizeof(invalid[0]);
  int before = *diagnostics;
  for (size_t i = 0; i < count; ++i)
    EXPECT(mlirTypeIsNull(altgradHistoryTypeGet(ctx, invalid[i])));
  EXPECT(*diagnostics == before);
  MlirLocation loc =
      mlirLocationNameGet(ctx, mlirStringRefCreateFromCString("checked"),
                          mlirLocationUnknownGet(ctx));
  for (size_t i = 0; i < count; ++i)
    EXPECT(mlirTypeIsNull(altgradHistoryTypeGetChecked(loc, invalid[i])));
  EXPECT(*diagnostics == before + (int)count);
  // clang-format off
  // CHECK-NEXT: diagnostic at loc("checked"): amax history length 0 is not between 1 and 8192
  // CHECK-NEXT: diagnostic at loc("checked"): amax history length 8193 is not between 1 and 8192
  // CHECK-NEXT: diagnostic at loc("checked"): amax history length 4294967295 is not between 1 and 8192
  // clang-format on
}

//===----------------------------------------------------------------------===//
// Parsing and lowering
//===----------------------------------------------------------------------===//

// altgrad with func, tensor and arith: a round trip through E5M2 and the amax
// of a history.
static const char kProgram[] =
    "func.func @round_trip(%x: tensor<4xf32>) -> tensor<4xf32> {\n"
    "  %amax = altgrad.amax %x : tensor<4xf32>\n"
    "  %scale = altgrad.compute_scale %amax format(!altgrad.fp<E5M2>)\n"
    "  %q = altgrad.quantize %x, %scale\n"
    "      : tensor<4xf32> to tensor<4x!altgrad.fp<E5M2>>\n"
    "  %y = altgrad.dequantize %q, %scale\n"
    "      : tensor<4x!altgrad.fp<E5M2>> to tensor<4xf32>\n"
    "  return %y : tensor<4xf32>\n"
    "}\n"
    "func.func @history_amax(%h: !altgrad.history<8>) -> f32 {\n"
    "  %amax = altgrad.history.amax %h : !altgrad.history<8>\n"
    "  %one = arith.constant 1.0 : f32\n"
    "  %sum = arith.addf %amax, %one : f32\n"
    "  return %sum : f32\n"
    "}\n";

static MlirWalkResult countNonLLVM(MlirOperation op, void *userData) {
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  bool isModule = equals(name, "builtin.module");
  bool isLLVM = name.length > 5 && strncmp(name.data, "llvm.", 5) == 0;
  if (!isModule && !isLLVM)
    ++*(int *)userData;
  return MlirWalkResultAdvance;
}

static void testLowering(MlirContext ctx) {
  printf("-- lowering\n");
  MlirModule module =
      mlirModuleCreateParse(ctx, mlirStringRefCreateFromCString(kProgram));
  EXPECT(!mlirModuleIsNull(module));
  if (mlirModuleIsNull(module))
    return;
  MlirOperation moduleOp = mlirModuleGetOperation(module);
  EXPECT(mlirOperationVerify(moduleOp));

  MlirPassManager pm = mlirPassManagerCreateOnOperation(
      ctx, mlirStringRefCreateFromCString("builtin.module"));
  MlirLogicalResult parsed = mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(pm),
      mlirStringRefCreateFromCString("builtin.module(lower-fp8{target=cpu})"),
      printString, NULL);
  EXPECT(mlirLogicalResultIsSuccess(parsed));
  EXPECT(mlirLogicalResultIsSuccess(mlirPassManagerRunOnOp(pm, moduleOp)));
  mlirPassManagerDestroy(pm);

  int nonLLVM = 0;
  mlirOperationWalk(moduleOp, countNonLLVM, &nonLLVM, MlirWalkPreOrder);
  printf("ops outside the LLVM dialect: %d\n", nonLLVM);
  mlirOperationPrint(moduleOp, printString, NULL);
  printf("\n");
  mlirModuleDestroy(module);
  // CHECK-LABEL: -- lowering
  // CHECK-NEXT: ops outside the LLVM dialect: 0
  // CHECK-LABEL: llvm.func @round_trip(
  // CHECK-NOT:   altgrad
  // CHECK-LABEL: llvm.func @history_amax(
  // CHECK-NOT:   altgrad
  // CHECK:       llvm.fadd

  // An unknown target is an error of the pipeline's options.
  MlirPassManager bad = mlirPassManagerCreateOnOperation(
      ctx, mlirStringRefCreateFromCString("builtin.module"));
  printf("pipeline error: ");
  EXPECT(mlirLogicalResultIsFailure(mlirParsePassPipeline(
      mlirPassManagerGetAsOpPassManager(bad),
      mlirStringRefCreateFromCString("builtin.module(lower-fp8{target=tpu})"),
      printString, NULL)));
  mlirPassManagerDestroy(bad);
  // CHECK: pipeline error: failed to add `lower-fp8` with options `target=tpu`
}

int main(void) {
  testDialectHandle();

  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  altgradRegisterDialects(registry);
  MlirContext ctx = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  // Twice, as two bindings loaded into one process would.
  altgradRegisterPasses();
  altgradRegisterPasses();
  int diagnostics = 0;
  mlirContextAttachDiagnosticHandler(ctx, handleDiagnostic, &diagnostics, NULL);

  testRegisteredFormats(ctx);
  testUnregisteredFormat(ctx);
  testInvalidFormats(ctx, &diagnostics);
  testHistory(ctx, &diagnostics);
  testLowering(ctx);

  mlirContextDestroy(ctx);
  printf("%d failed\n", failures);
  // CHECK: 0 failed
  return failures != 0;
}
