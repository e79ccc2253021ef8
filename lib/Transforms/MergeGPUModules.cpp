//===- MergeGPUModules.cpp - One gpu.module per program -------------------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/SymbolTable.h"

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

namespace {
struct MergeGPUModulesPass
    : altgrad::impl::MergeGPUModulesBase<MergeGPUModulesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto gpuModules = llvm::to_vector(module.getOps<gpu::GPUModuleOp>());
    if (gpuModules.size() < 2)
      return;
    gpu::GPUModuleOp target = gpuModules.front();
    // Named for what it holds, where no other symbol has that name.
    SymbolTable moduleSymbols(module);
    if (!moduleSymbols.lookup(kMergedName) &&
        failed(moduleSymbols.rename(target, kMergedName))) {
      target.emitOpError("cannot be renamed to ") << kMergedName;
      return signalPassFailure();
    }
    SymbolTable targetSymbols(target);
    // Module name -> (old name -> new name) of its symbols renamed apart.
    DenseMap<StringAttr, DenseMap<StringAttr, StringAttr>> renamed;
    for (gpu::GPUModuleOp source : llvm::drop_begin(gpuModules)) {
      for (NamedAttribute attribute : source->getAttrs()) {
        if (attribute.getName() == SymbolTable::getSymbolAttrName())
          continue;
        if (target->getAttr(attribute.getName()) != attribute.getValue()) {
          source.emitOpError("has attribute '")
              << attribute.getName().getValue()
              << "' that the gpu.module its kernels would move into ("
              << target.getName() << ") does not share";
          return signalPassFailure();
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
          op.emitOpError("cannot be renamed apart from ")
              << target.getName() << "'s symbol of the same name";
          return signalPassFailure();
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
  }
};
} // namespace
