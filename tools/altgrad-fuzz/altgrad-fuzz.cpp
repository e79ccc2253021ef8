//===- altgrad-fuzz.cpp - libFuzzer target for altgrad --------------------===//
//
// Each input is MLIR text. It is parsed (and verified) in a fresh context
// that has every dialect altgrad registers, printed in both forms and parsed
// back; with ALTGRAD_FUZZ_MODE=lower it is also canonicalized and lowered
// with lower-fp8{target=cpu}. Most inputs are invalid, so diagnostics are
// expected and swallowed: the findings are crashes, hangs, sanitizer
// reports, printed IR that does not parse, IR that a pass reports success on
// but leaves invalid, a lowering that succeeds but leaves an altgrad op,
// type or attribute behind, and a parse or lowering that fails without an
// error or succeeds with one.
//
//===----------------------------------------------------------------------===//

#include "altgrad/InitAltGrad.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <cstring>
#include <string>

using namespace mlir;

namespace {
enum class Mode { Verify, Lower };

/// Verifies the IR after every pass that succeeded and aborts, with the
/// verifier's diagnostics, when it is invalid: the pass manager's own
/// verifier would only turn that into one more swallowed error.
struct VerifyAfterEachPass : PassInstrumentation {
  void runAfterPass(Pass *pass, Operation *op) override {
    ScopedDiagnosticHandler print(op->getContext(), [](Diagnostic &diag) {
      llvm::errs() << diag << "\n";
      return success();
    });
    if (succeeded(verify(op)))
      return;
    llvm::errs() << "altgrad-fuzz: pass '" << pass->getArgument()
                 << "' left invalid IR\n";
    std::abort();
  }
};
} // namespace

/// The first operation that is, or whose types or inherent attributes are,
/// from the altgrad dialect; null if none.
static Operation *findAltGrad(ModuleOp module) {
  auto fromAltGrad = [](auto element) {
    return element.getDialect().getNamespace() == "altgrad"
               ? WalkResult::interrupt()
               : WalkResult::advance();
  };
  auto onType = [&](Type type) { return fromAltGrad(type); };
  auto onAttr = [&](Attribute attr) { return fromAltGrad(attr); };
  auto typeIsAltGrad = [&](Type type) {
    return type.walk(onType).wasInterrupted();
  };
  Operation *found = nullptr;
  module->walk([&](Operation *op) {
    bool altgrad = op->getName().getDialectNamespace() == "altgrad" ||
                   llvm::any_of(op->getResultTypes(), typeIsAltGrad) ||
                   llvm::any_of(op->getOperandTypes(), typeIsAltGrad);
    for (Region &region : op->getRegions())
      for (Block &block : region)
        altgrad |= llvm::any_of(block.getArgumentTypes(), typeIsAltGrad);
    // Inherent attributes only: a discardable one is the input's own.
    if (Attribute inherent = op->getPropertiesAsAttribute())
      altgrad |= inherent.walk(onAttr, onType).wasInterrupted();
    if (!altgrad)
      return WalkResult::advance();
    found = op;
    return WalkResult::interrupt();
  });
  return found;
}

static Mode mode = Mode::Verify;
static const DialectRegistry *registry;

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  const char *name = std::getenv("ALTGRAD_FUZZ_MODE");
  if (name && !std::strcmp(name, "lower")) {
    mode = Mode::Lower;
  } else if (name && std::strcmp(name, "verify")) {
    llvm::errs() << "altgrad-fuzz: ALTGRAD_FUZZ_MODE must be verify (the "
                    "default) or lower, got '"
                 << name << "'\n";
    std::exit(2);
  }
  auto *dialects = new DialectRegistry;
  altgrad::registerAltGradDialects(*dialects);
  registry = dialects;
  registerCanonicalizerPass();
  altgrad::registerAltGradPasses();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  // A fresh context for each input: types and attributes uniqued by one
  // input cannot change what the next one does, so every finding replays
  // from its input alone. One thread, as libFuzzer runs one input at a time.
  MLIRContext context(*registry, MLIRContext::Threading::DISABLED);
  unsigned errors = 0;
  ScopedDiagnosticHandler count(&context, [&](Diagnostic &diag) {
    errors += diag.getSeverity() == DiagnosticSeverity::Error;
    return success();
  });
  // A failure says why, and a success says nothing is wrong (#9).
  auto check = [&](LogicalResult result, unsigned errorsBefore,
                   const char *what) {
    if (failed(result) == (errors != errorsBefore))
      return;
    llvm::errs() << "altgrad-fuzz: " << what
                 << (failed(result) ? " failed without an error\n"
                                    : " succeeded with an error\n");
    std::abort();
  };
  // MLIR's lexer reads the NUL after the text as its end: a copy has one.
  std::string text(reinterpret_cast<const char *>(data), size);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  check(success(bool(module)), 0, "parsing");
  if (!module)
    return 0;
  // What is printed, in either form, parses back.
  for (OpPrintingFlags flags :
       {OpPrintingFlags(), OpPrintingFlags().printGenericOpForm()}) {
    std::string printed;
    llvm::raw_string_ostream os(printed);
    module->print(os, flags);
    if (parseSourceString<ModuleOp>(printed, &context))
      continue;
    llvm::errs() << "altgrad-fuzz: the printed IR does not parse:\n" << printed;
    std::abort();
  }
  if (mode == Mode::Verify)
    return 0;

  PassManager pm(&context);
  pm.enableVerifier(false);
  pm.addInstrumentation(std::make_unique<VerifyAfterEachPass>());
  if (failed(parsePassPipeline("canonicalize,lower-fp8{target=cpu}", pm)))
    std::abort();
  unsigned errorsBefore = errors;
  LogicalResult lowered = pm.run(*module);
  check(lowered, errorsBefore, "lowering");
  if (failed(lowered))
    return 0;
  if (Operation *op = findAltGrad(*module)) {
    llvm::errs() << "altgrad-fuzz: lower-fp8 succeeded but left\n"
                 << *op << "\n";
    std::abort();
  }
  return 0;
}
