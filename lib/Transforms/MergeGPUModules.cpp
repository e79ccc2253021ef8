//===- MergeGPUModules.cpp - One gpu.module per program -------------------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

namespace altgrad {
#define GEN_PASS_DEF_MERGEGPUMODULES
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;

/// Whether `a` and `b` are the same declaration: bodiless symbols with the
/// same attributes (function type, visibility, name).
static bool sameDeclaration(Operation *a, Operation *b) {
  auto isDeclaration = [](Operation *op) {
    return llvm::all_of(op->getRegions(),
                        [](Region &region) { return region.empty(); });
  };
  return a->getName() == b->getName() && isDeclaration(a) && isDeclaration(b) &&
         a->getAttrDictionary() == b->getAttrDictionary();
}

static constexpr llvm::StringLiteral kMergedName = "kernels";

/// Points every `@module::@from` reference under `root` at `@to` instead,
/// for each `from` of `names`.
static void
replaceKernelReferences(Operation *root, StringAttr module,
                        const DenseMap<StringAttr, StringAttr> &names) {
  if (names.empty())
    return;
  AttrTypeReplacer replacer;
  replacer.addReplacement(
      [&](SymbolRefAttr ref) -> AttrTypeReplacer::ReplaceFnResult<Attribute> {
        if (ref.getRootReference() != module ||
            ref.getNestedReferences().empty())
          return std::nullopt;
        StringAttr to = names.lookup(ref.getNestedReferences()[0].getAttr());
        if (!to)
          return std::nullopt;
        SmallVector<FlatSymbolRefAttr> nested(ref.getNestedReferences());
        nested[0] = FlatSymbolRefAttr::get(to);
        return std::make_pair(SymbolRefAttr::get(module, nested),
                              WalkResult::skip());
      });
  replacer.recursivelyReplaceElementsIn(root, /*replaceAttrs=*/true,
                                        /*replaceLocs=*/false,
                                        /*replaceTypes=*/false);
}

/// Keeps one of each set of identical kernels of `gpuModule` (the same
/// arguments, attributes and body, only the name differing: a transformer's
/// blocks give each of their kernels once per block), the launches of the
/// others pointed at it: ptxas compiles each once.
static void mergeIdenticalKernels(ModuleOp module, gpu::GPUModuleOp gpuModule) {
  llvm::StringMap<StringAttr> byText;
  DenseMap<StringAttr, StringAttr> replaced;
  SmallVector<gpu::GPUFuncOp> duplicates;
  for (gpu::GPUFuncOp kernel : gpuModule.getOps<gpu::GPUFuncOp>()) {
    // The printed kernel from its signature on: everything but its name
    // (numbered on their own: a kernel is isolated from above).
    std::string text;
    llvm::raw_string_ostream os(text);
    kernel->print(os, OpPrintingFlags().printGenericOpForm().useLocalScope());
    StringAttr name = kernel.getNameAttr();
    size_t at = text.find("sym_name = \"" + name.getValue().str() + "\"");
    if (at != std::string::npos)
      text.erase(at, name.getValue().size() + 13);
    auto [found, inserted] = byText.try_emplace(text, name);
    if (!inserted) {
      replaced[name] = found->second;
      duplicates.push_back(kernel);
    }
  }
  replaceKernelReferences(module, gpuModule.getNameAttr(), replaced);
  for (gpu::GPUFuncOp kernel : duplicates)
    kernel.erase();
}

namespace {
struct MergeGPUModulesPass
    : altgrad::impl::MergeGPUModulesBase<MergeGPUModulesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto gpuModules = llvm::to_vector(module.getOps<gpu::GPUModuleOp>());
    if (gpuModules.empty())
      return;
    gpu::GPUModuleOp target = gpuModules.front();
    if (gpuModules.size() > 1 && failed(mergeInto(module, target, gpuModules)))
      return signalPassFailure();
    mergeIdenticalKernels(module, target);
  }

  /// Moves the symbols of `gpuModules` after the first into `target`.
  LogicalResult mergeInto(ModuleOp module, gpu::GPUModuleOp target,
                          ArrayRef<gpu::GPUModuleOp> gpuModules) {
    // Named for what it holds, where no other symbol has that name.
    SymbolTable moduleSymbols(module);
    if (!moduleSymbols.lookup(kMergedName) &&
        failed(moduleSymbols.rename(target, kMergedName))) {
      return target.emitOpError("cannot be renamed to ") << kMergedName;
    }
    SymbolTable targetSymbols(target);
    // Module name -> (old name -> new name) of its symbols renamed apart.
    DenseMap<StringAttr, DenseMap<StringAttr, StringAttr>> renamed;
    for (gpu::GPUModuleOp source : llvm::drop_begin(gpuModules)) {
      for (NamedAttribute attribute : source->getAttrs()) {
        if (attribute.getName() == SymbolTable::getSymbolAttrName())
          continue;
        if (target->getAttr(attribute.getName()) != attribute.getValue()) {
          return source.emitOpError("has attribute '")
                 << attribute.getName().getValue()
                 << "' that the gpu.module its kernels would move into ("
                 << target.getName() << ") does not share";
        }
      }
      // Symbols clashing with the target's (kernel outlining names every
      // kernel after its function): a shared declaration is kept once,
      // anything else is renamed apart, with its uses in `source`.
      SymbolTable sourceSymbols(source);
      DenseMap<StringAttr, StringAttr> &names = renamed[source.getNameAttr()];
      for (Operation &op :
           llvm::make_early_inc_range(source.getBody()->getOperations())) {
        StringAttr name = SymbolTable::getSymbolName(&op);
        Operation *clash = name ? targetSymbols.lookup(name) : nullptr;
        if (!clash)
          continue;
        if (sameDeclaration(clash, &op)) {
          op.erase();
          continue;
        }
        FailureOr<StringAttr> newName =
            sourceSymbols.renameToUnique(&op, {&targetSymbols});
        if (failed(newName)) {
          return op.emitOpError("cannot be renamed apart from ")
                 << target.getName() << "'s symbol of the same name";
        }
        names[name] = *newName;
      }
      for (Operation &op :
           llvm::make_early_inc_range(source.getBody()->getOperations())) {
        op.moveBefore(target.getBody(), target.getBody()->end());
        if (SymbolTable::getSymbolName(&op))
          targetSymbols.insert(&op);
      }
      source.erase();
    }
    // @source::@kernel becomes @target::@kernel (or its new name)
    // everywhere: the launches and any other reference.
    StringAttr targetName = target.getNameAttr();
    AttrTypeReplacer replacer;
    replacer.addReplacement(
        [&](SymbolRefAttr ref) -> AttrTypeReplacer::ReplaceFnResult<Attribute> {
          auto found = renamed.find(ref.getRootReference());
          if (ref.getNestedReferences().empty() || found == renamed.end())
            return std::nullopt;
          SmallVector<FlatSymbolRefAttr> nested(ref.getNestedReferences());
          if (StringAttr newName = found->second.lookup(nested[0].getAttr()))
            nested[0] = FlatSymbolRefAttr::get(newName);
          // Not into its parts: @kernel alone names no module.
          return std::make_pair(SymbolRefAttr::get(targetName, nested),
                                WalkResult::skip());
        });
    replacer.recursivelyReplaceElementsIn(module, /*replaceAttrs=*/true,
                                          /*replaceLocs=*/false,
                                          /*replaceTypes=*/false);
    return success();
  }
};
} // namespace
