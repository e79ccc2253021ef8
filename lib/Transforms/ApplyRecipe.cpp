//===- ApplyRecipe.cpp - Quantize a training step's contractions ----------===//
//
// docs/spec.md section 9 on a whole step: every contraction operand becomes a
// fake-quantized one, its scaling state is threaded through the step
// function's signature, and every parameter update gets a bit-stall probe
// (section 6). docs/recipes.md is the contract a driver relies on.
//
//===----------------------------------------------------------------------===//

#include "altgrad/Transforms/Passes.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/DLTI/DLTI.h"
#include "mlir/Dialect/Shard/IR/ShardDialect.h"
#include "mlir/Dialect/Shard/IR/ShardOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/GlobPattern.h"

namespace altgrad {
#define GEN_PASS_DEF_APPLYRECIPE
#include "altgrad/Transforms/Passes.h.inc"
} // namespace altgrad

using namespace mlir;
using namespace altgrad;

namespace {

enum class Role { forward, gradient };

StringRef roleName(Role role) {
  return role == Role::forward ? "forward" : "gradient";
}

/// One input of one contraction.
struct Site {
  linalg::LinalgOp op;
  unsigned operand;
  std::string name;
  Role role;
  /// Where the role comes from, for the report.
  std::string origin;
  /// Null when the filter leaves the site out.
  Type format;
};

/// A parameter update: result `result` of the step is the new value of
/// argument `argument`.
struct Probe {
  unsigned result;
  unsigned argument;
  std::string name;
};

/// The names of the attributes the recipe reads and writes.
constexpr StringLiteral kName = "altgrad.name";
constexpr StringLiteral kUpdates = "altgrad.updates";
constexpr StringLiteral kPhase = "altgrad.phase";
constexpr StringLiteral kRole = "altgrad.role";
constexpr StringLiteral kRoles = "altgrad.roles";
constexpr StringLiteral kRecipe = "altgrad.recipe";
constexpr StringLiteral kProbes = "altgrad.probes";
/// The updates probed by default: flax's and the importer's parameters.
constexpr StringLiteral kParams = "params/*";

} // namespace

/// The format a format option names: a registered name (E5M2, E4M3FN, ...)
/// or any type the format model knows (f8E4M3FN, !altgrad.fp<...>).
static FailureOr<Type> parseFormat(MLIRContext *context, StringRef option,
                                   StringRef value) {
  if (std::optional<Format> format = Format::lookup(value))
    return Type(FormatType::get(context, *format));
  Type type;
  {
    ScopedDiagnosticHandler quiet(context,
                                  [](Diagnostic &) { return success(); });
    size_t read = 0;
    type = parseType(value, context, &read);
    if (type && read != value.size())
      type = {};
  }
  if (type && getFormat(type))
    return type;
  InFlightDiagnostic diag = emitError(UnknownLoc::get(context))
                            << "altgrad-apply-recipe: unknown format '" << value
                            << "' for option '" << option
                            << "'; expected a format type or one of";
  for (const Format::Named &named : Format::registry())
    diag << " " << named.name;
  return failure();
}

static std::string formatName(Type format) {
  if (std::optional<StringRef> name = getFormat(format)->name())
    return name->str();
  std::string text;
  llvm::raw_string_ostream(text) << format;
  return text;
}

/// `value` followed back through ops that only move or repeat elements (or,
/// padding, add constants around them), to where its numbers are computed.
static Value followLayout(Value value) {
  while (Operation *op = value.getDefiningOp()) {
    if (isa<linalg::TransposeOp, linalg::BroadcastOp, linalg::CopyOp>(op)) {
      value = cast<linalg::LinalgOp>(op).getDpsInputs()[0];
      continue;
    }
    if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp, tensor::ReshapeOp,
            tensor::CastOp, tensor::ExtractSliceOp, tensor::PadOp>(op)) {
      value = op->getOperand(0);
      continue;
    }
    // A generic that yields an element of one tensor unchanged: its one
    // input (a transpose, broadcast or copy written out) or an element it
    // extracts from a tensor defined outside (a reverse or gather).
    auto generic = dyn_cast<linalg::GenericOp>(op);
    if (!generic || generic.getNumDpsInits() != 1)
      break;
    Value yielded = generic.getBody()->getTerminator()->getOperand(0);
    if (generic.getNumDpsInputs() == 1 &&
        yielded == generic.getBody()->getArgument(0)) {
      value = generic.getDpsInputs()[0];
      continue;
    }
    auto extract = yielded.getDefiningOp<tensor::ExtractOp>();
    if (extract && !generic->isAncestor(
                       extract.getTensor().getParentBlock()->getParentOp())) {
      value = extract.getTensor();
      continue;
    }
    break;
  }
  return value;
}

static FailureOr<Role> parseRole(Operation *where, Attribute attr) {
  auto text = dyn_cast<StringAttr>(attr);
  if (text && text.getValue() == "forward")
    return Role::forward;
  if (text && text.getValue() == "gradient")
    return Role::gradient;
  where->emitError() << "altgrad-apply-recipe: a role is \"forward\" or "
                        "\"gradient\", got "
                     << attr;
  return failure();
}

/// The role of input `operand` of `op` (docs/recipes.md, "Roles"), and a
/// description of where it comes from.
static FailureOr<std::pair<Role, std::string>>
roleOf(linalg::LinalgOp op, unsigned operand, func::FuncOp func) {
  if (Attribute roles = op->getAttr(kRoles)) {
    auto array = dyn_cast<ArrayAttr>(roles);
    if (!array || array.size() != unsigned(op.getNumDpsInputs())) {
      op->emitError() << "altgrad-apply-recipe: " << kRoles
                      << " needs one role per input (" << op.getNumDpsInputs()
                      << "), got " << roles;
      return failure();
    }
    FailureOr<Role> role = parseRole(op, array[operand]);
    if (failed(role))
      return failure();
    return std::make_pair(*role, std::string("explicit ") + kRoles.str());
  }
  Value origin = followLayout(op.getDpsInputs()[operand]);
  if (auto argument = dyn_cast<BlockArgument>(origin)) {
    unsigned index = argument.getArgNumber();
    std::string description = "argument " + std::to_string(index);
    if (auto name = func.getArgAttrOfType<StringAttr>(index, kName))
      description += " '" + name.getValue().str() + "'";
    if (Attribute explicitRole = func.getArgAttr(index, kRole)) {
      FailureOr<Role> role = parseRole(func, explicitRole);
      if (failed(role))
        return failure();
      return std::make_pair(*role, description + ", explicit " + kRole.str());
    }
    return std::make_pair(Role::forward, description);
  }
  Operation *producer = origin.getDefiningOp();
  std::string description = producer->getName().getStringRef().str();
  if (Attribute explicitRole = producer->getAttr(kRole)) {
    FailureOr<Role> role = parseRole(producer, explicitRole);
    if (failed(role))
      return failure();
    return std::make_pair(*role, description + ", explicit " + kRole.str());
  }
  auto phase = producer->getAttrOfType<StringAttr>(kPhase);
  if (!phase)
    return std::make_pair(Role::forward, description + ", no phase");
  SmallVector<StringRef> phases;
  phase.getValue().split(phases, ',');
  Role role = llvm::is_contained(phases, "backward") &&
                      !llvm::is_contained(phases, "forward")
                  ? Role::gradient
                  : Role::forward;
  return std::make_pair(role,
                        description + " (" + phase.getValue().str() + ")");
}

/// A contraction's name for its sites: `altgrad.name` on the op, or the
/// names its location carries (JAX's name stack and op name, innermost
/// last), or the op's name.
static std::string contractionName(Operation *op) {
  if (auto name = op->getAttrOfType<StringAttr>(kName))
    return name.getValue().str();
  SmallVector<StringRef> names;
  Location loc = op->getLoc();
  while (auto named = dyn_cast<NameLoc>(loc)) {
    names.push_back(named.getName().getValue());
    loc = named.getChildLoc();
  }
  if (names.empty())
    return op->getName().getStringRef().str();
  std::string name;
  for (StringRef part : llvm::reverse(names))
    name += (name.empty() ? "" : "/") + part.str();
  return name;
}

/// Contractions and convolutions: a sum of products, which pooling (the
/// same loop structure with a sum or max of one input) is not.
static bool isContraction(linalg::LinalgOp op) {
  if (linalg::isaContractionOpInterface(op))
    return true;
  return linalg::isaConvolutionOpInterface(op) &&
         linalg::detail::isContractionBody(
             *op.getBlock(), [](Operation *product, Operation *sum) {
               return (isa<arith::MulFOp>(product) &&
                       isa<arith::AddFOp>(sum)) ||
                      (isa<arith::MulIOp>(product) && isa<arith::AddIOp>(sum));
             });
}

static FailureOr<SmallVector<llvm::GlobPattern>>
parseGlobs(MLIRContext *context, StringRef option,
           ArrayRef<StringRef> patterns) {
  SmallVector<llvm::GlobPattern> globs;
  for (StringRef pattern : patterns) {
    llvm::Expected<llvm::GlobPattern> glob = llvm::GlobPattern::create(pattern);
    if (!glob) {
      emitError(UnknownLoc::get(context))
          << "altgrad-apply-recipe: bad pattern '" << pattern
          << "' for option '" << option
          << "': " << llvm::toString(glob.takeError());
      return failure();
    }
    globs.push_back(std::move(*glob));
  }
  return globs;
}

static bool matchesAny(ArrayRef<llvm::GlobPattern> globs,
                       ArrayRef<StringRef> texts) {
  return llvm::any_of(globs, [&](const llvm::GlobPattern &glob) {
    return llvm::any_of(texts,
                        [&](StringRef text) { return glob.match(text); });
  });
}

/// `values` (scalars of one type) reduced across the ranks of the 1-D grid
/// `grid` by one shard.all_reduce of their concatenation.
static SmallVector<Value> allReduce(OpBuilder &builder, Location loc,
                                    ValueRange values, StringRef grid,
                                    shard::ReductionKind reduction) {
  auto type =
      RankedTensorType::get({int64_t(values.size())}, values.front().getType());
  Value packed = tensor::FromElementsOp::create(builder, loc, type, values);
  Value reduced = shard::AllReduceOp::create(builder, loc, packed, grid,
                                             {shard::GridAxis(0)}, reduction);
  SmallVector<Value> scalars;
  for (int64_t i = 0, e = values.size(); i < e; ++i)
    scalars.push_back(tensor::ExtractOp::create(
        builder, loc, reduced,
        ValueRange{arith::ConstantIndexOp::create(builder, loc, i)}));
  return scalars;
}

/// The largest of the ranks' amaxes, NaN or infinite on every rank as soon
/// as it is on one (spec section 9): the amaxes' bit patterns with the sign
/// cleared order as their magnitudes do, infinity above every finite value
/// and NaN above infinity, so an integer max keeps what a float max (MPI's
/// MAX, `a > b ? a : b`) may drop.
static SmallVector<Value> maxAcrossRanks(OpBuilder &builder, Location loc,
                                         ValueRange amaxes, StringRef grid) {
  Type i32 = builder.getI32Type(), f32 = builder.getF32Type();
  Value magnitude = arith::ConstantIntOp::create(builder, loc, i32, 0x7fffffff);
  SmallVector<Value> bits;
  for (Value amax : amaxes)
    bits.push_back(arith::AndIOp::create(
        builder, loc, arith::BitcastOp::create(builder, loc, i32, amax),
        magnitude));
  SmallVector<Value> reduced =
      allReduce(builder, loc, bits, grid, shard::ReductionKind::Max);
  for (Value &value : reduced)
    value = arith::BitcastOp::create(builder, loc, f32, value);
  return reduced;
}

/// The stall count of stored parameters: of the elements of `old`, those
/// whose update `updated` moved them (by more than spec section 6's
/// threshold) but whose stored value `stored` equals `old`, and all of them.
/// For round-to-nearest with `old` a value of the format, this is section 6's
/// count; for stochastic rounding, what the words actually left in place.
static std::pair<Value, Value> storedStallCount(OpBuilder &builder,
                                                Location loc, Value old,
                                                Value updated, Value stored) {
  Type i64 = builder.getI64Type();
  SmallVector<Value> inputs{old, updated, stored};
  if (!isa<RankedTensorType>(old.getType()))
    for (Value &input : inputs)
      input = tensor::FromElementsOp::create(
          builder, loc, RankedTensorType::get({}, input.getType()), input);
  Value zero = arith::ConstantIntOp::create(builder, loc, i64, 0);
  Value init = tensor::FromElementsOp::create(
      builder, loc, RankedTensorType::get({}, i64), zero);
  unsigned rank = cast<RankedTensorType>(inputs[0].getType()).getRank();
  MLIRContext *context = builder.getContext();
  AffineMap identity = AffineMap::getMultiDimIdentityMap(rank, context);
  AffineMap scalar = AffineMap::get(rank, 0, context);
  SmallVector<AffineMap> maps{identity, identity, identity, scalar, scalar};
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::reduction);
  auto generic = linalg::GenericOp::create(
      builder, loc, TypeRange{init.getType(), init.getType()}, inputs,
      ValueRange{init, init}, maps, iterators,
      [&](OpBuilder &b, Location l, ValueRange args) {
        Value same = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ,
                                           args[2], args[0]);
        Value step = math::AbsFOp::create(
            b, l, arith::SubFOp::create(b, l, args[1], args[0]));
        Value threshold =
            arith::ConstantOp::create(b, l, b.getF32FloatAttr(1.0e-10f));
        Value moved = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT,
                                            step, threshold);
        Value stalled = arith::ExtUIOp::create(
            b, l, i64, arith::AndIOp::create(b, l, same, moved));
        Value one = arith::ConstantIntOp::create(b, l, i64, 1);
        linalg::YieldOp::create(
            b, l,
            ValueRange{arith::AddIOp::create(b, l, args[3], stalled),
                       arith::AddIOp::create(b, l, args[4], one)});
      });
  auto extract = [&](Value tensor) -> Value {
    return tensor::ExtractOp::create(builder, loc, tensor, ValueRange{});
  };
  return {extract(generic.getResult(0)), extract(generic.getResult(1))};
}

namespace {

struct ApplyRecipePass : altgrad::impl::ApplyRecipeBase<ApplyRecipePass> {
  using ApplyRecipeBase::ApplyRecipeBase;

  LogicalResult initialize(MLIRContext *context) override;
  void runOnOperation() override;

private:
  /// Collects the sites of `func`, in program order and operand order.
  LogicalResult collectSites(func::FuncOp func, SmallVectorImpl<Site> &sites);
  /// The 1-D grid of `ranks` processes named by `grid`, made if missing.
  LogicalResult findGrid(ModuleOp module);
  void collectProbes(func::FuncOp func, SmallVectorImpl<Probe> &probes);

  Type forward, gradient, stall;
  /// The format the probed parameters are stored in (null: f32).
  Type weight;
  SmallVector<llvm::GlobPattern> includes, excludes, probeGlobs;
};

} // namespace

LogicalResult ApplyRecipePass::initialize(MLIRContext *context) {
  FailureOr<Type> forwardDefault, gradientDefault;
  if (format == "hybrid") {
    forwardDefault = Type(Float8E4M3FNType::get(context));
    gradientDefault = Type(Float8E5M2Type::get(context));
  } else {
    forwardDefault = gradientDefault = parseFormat(context, "format", format);
  }
  if (failed(forwardDefault))
    return failure();
  FailureOr<Type> forwardType =
      forwardFormat.empty()
          ? forwardDefault
          : parseFormat(context, "forward-format", forwardFormat);
  FailureOr<Type> gradientType =
      gradientFormat.empty()
          ? gradientDefault
          : parseFormat(context, "gradient-format", gradientFormat);
  if (failed(forwardType) || failed(gradientType))
    return failure();
  forward = *forwardType;
  gradient = *gradientType;
  stall = {};
  if (stallFormat.empty()) {
    stall = forward;
  } else if (stallFormat != "none") {
    FailureOr<Type> stallType =
        parseFormat(context, "stall-format", stallFormat);
    if (failed(stallType))
      return failure();
    stall = *stallType;
  }
  weight = {};
  if (!weightFormat.empty()) {
    FailureOr<Type> weightType =
        parseFormat(context, "weight-format", weightFormat);
    if (failed(weightType))
      return failure();
    weight = *weightType;
    // The probes then count the stored values' stalls, in the weight format.
    if (!stallFormat.empty() && stallFormat != "none")
      return emitError(UnknownLoc::get(context))
             << "altgrad-apply-recipe: stall-format=" << stallFormat
             << " with weight-format=" << weightFormat
             << ": stored parameters are probed in their own format (give "
                "stall-format=none or nothing)";
    if (stallFormat.empty())
      stall = weight;
  } else if (weightRounding != RoundingMode::nearest_even) {
    return emitError(UnknownLoc::get(context))
           << "altgrad-apply-recipe: weight-rounding="
           << stringifyRoundingMode(weightRounding)
           << " needs weight-format: without it the parameters stay f32";
  }
  if (historyLength < 1 || historyLength > HistoryType::kMaxLength)
    return emitError(UnknownLoc::get(context))
           << "altgrad-apply-recipe: history-length must be between 1 and "
           << HistoryType::kMaxLength << ", got "
           << static_cast<uint64_t>(historyLength);
  // Globs refer to their pattern's characters: the options' or kParams'.
  SmallVector<StringRef> probePatterns(probeNames.begin(), probeNames.end());
  if (probePatterns.empty())
    probePatterns.push_back(kParams);
  FailureOr<SmallVector<llvm::GlobPattern>> include = parseGlobs(
      context, "include",
      SmallVector<StringRef>(includeSites.begin(), includeSites.end()));
  FailureOr<SmallVector<llvm::GlobPattern>> exclude = parseGlobs(
      context, "exclude",
      SmallVector<StringRef>(excludeSites.begin(), excludeSites.end()));
  FailureOr<SmallVector<llvm::GlobPattern>> probe =
      parseGlobs(context, "probe", probePatterns);
  if (failed(include) || failed(exclude) || failed(probe))
    return failure();
  includes = std::move(*include);
  excludes = std::move(*exclude);
  probeGlobs = std::move(*probe);
  return success();
}

LogicalResult ApplyRecipePass::collectSites(func::FuncOp func,
                                            SmallVectorImpl<Site> &sites) {
  llvm::StringMap<unsigned> seen;
  WalkResult walk = func.walk([&](linalg::LinalgOp op) {
    if (!isContraction(op))
      return WalkResult::advance();
    if (op->getParentOp() != func) {
      op->emitError() << "altgrad-apply-recipe: a contraction inside '"
                      << op->getParentOp()->getName()
                      << "' is not supported: the recipe carries its state "
                         "through the function's body only";
      return WalkResult::interrupt();
    }
    if (!op.hasPureTensorSemantics()) {
      op->emitError() << "altgrad-apply-recipe: expects a contraction on "
                         "tensors";
      return WalkResult::interrupt();
    }
    std::string base = contractionName(op);
    unsigned repeat = seen[base]++;
    if (repeat)
      base += "#" + std::to_string(repeat);
    for (unsigned i = 0, e = op.getNumDpsInputs(); i < e; ++i) {
      FailureOr<std::pair<Role, std::string>> role = roleOf(op, i, func);
      if (failed(role))
        return WalkResult::interrupt();
      std::string operandName =
          e == 2 ? (i == 0 ? "lhs" : "rhs") : "in" + std::to_string(i);
      Site site{op, i, base + "/" + operandName, role->first, role->second, {}};
      StringRef roleText = roleName(site.role);
      bool included =
          (includes.empty() || matchesAny(includes, {site.name, roleText})) &&
          !matchesAny(excludes, {site.name, roleText});
      if (included) {
        site.format = site.role == Role::forward ? forward : gradient;
        Type element = getElementTypeOrSelf(op.getDpsInputs()[i].getType());
        if (!isa<Float32Type, Float16Type, BFloat16Type>(element)) {
          op->emitError() << "altgrad-apply-recipe: site '" << site.name
                          << "' has element type " << element
                          << "; the recipe quantizes f32, f16 and bf16 "
                             "operands (exclude the site to leave it)";
          return WalkResult::interrupt();
        }
      }
      sites.push_back(std::move(site));
    }
    return WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();
  if (sites.empty())
    return func.emitError()
           << "altgrad-apply-recipe: @" << func.getSymName()
           << " has no contraction (linalg.matmul, batch_matmul, a "
              "contraction linalg.generic or a convolution): nothing to "
              "quantize";
  return success();
}

void ApplyRecipePass::collectProbes(func::FuncOp func,
                                    SmallVectorImpl<Probe> &probes) {
  if (!stall && !weight)
    return;
  for (unsigned result = 0, e = func.getNumResults(); result < e; ++result) {
    auto updates = func.getResultAttrOfType<IntegerAttr>(result, kUpdates);
    if (!updates)
      continue;
    int64_t argument = updates.getInt();
    Type type = func.getResultTypes()[result];
    std::string name = "arg" + std::to_string(argument);
    bool inRange = argument >= 0 && argument < int64_t(func.getNumArguments());
    if (inRange)
      if (auto argName = func.getArgAttrOfType<StringAttr>(argument, kName))
        name = argName.getValue().str();
    bool probed = inRange && func.getArgumentTypes()[argument] == type &&
                  getElementTypeOrSelf(type).isF32() &&
                  (isa<RankedTensorType>(type) || type.isF32());
    bool selected = matchesAny(probeGlobs, {name});
    if (printSites) {
      InFlightDiagnostic remark = func.emitRemark();
      remark << "stall probe '" << name << "' (result " << result
             << " updates argument " << argument << "): ";
      if (!probed)
        remark << "not probed, not an f32 update of the argument's type "
               << type;
      else if (!selected)
        remark << "not probed, excluded by 'probe'";
      else if (weight)
        remark << "stored in " << formatName(weight) << ", "
               << (weightRounding == RoundingMode::stochastic ? "stochastic"
                                                              : "nearest")
               << " rounding";
      else
        remark << formatName(stall);
    }
    if (probed && selected)
      probes.push_back({result, unsigned(argument), name});
  }
}

LogicalResult ApplyRecipePass::findGrid(ModuleOp module) {
  Operation *symbol = SymbolTable::lookupSymbolIn(module, grid);
  auto gridOp = dyn_cast_or_null<shard::GridOp>(symbol);
  if (gridOp && gridOp.getShape() == ArrayRef<int64_t>{int64_t(ranks)})
    return success();
  if (symbol)
    return symbol->emitError() << "altgrad-apply-recipe: @" << grid
                               << " must be a shard.grid of shape "
                               << unsigned(ranks) << " (option 'grid')";
  OpBuilder builder = OpBuilder::atBlockBegin(module.getBody());
  // Upstream's MPI lowering takes the library's ABI from the module's DLTI
  // map and reports an error without one: MPICH's unless the module says.
  if (!module->hasAttr("dlti.map")) {
    DataLayoutEntryInterface entry =
        DataLayoutEntryAttr::get(builder.getStringAttr("MPI:Implementation"),
                                 builder.getStringAttr("MPICH"));
    module->setAttr("dlti.map", MapAttr::get(builder.getContext(), {entry}));
  }
  shard::GridOp::create(builder, module.getLoc(), builder.getStringAttr(grid),
                        builder.getDenseI64ArrayAttr({int64_t(ranks)}));
  return success();
}

void ApplyRecipePass::runOnOperation() {
  ModuleOp module = getOperation();
  auto func = module.lookupSymbol<func::FuncOp>(entry);
  if (!func || func.isExternal()) {
    module.emitError() << "altgrad-apply-recipe: no function @" << entry
                       << " with a body (option 'entry')";
    return signalPassFailure();
  }
  if (func->hasAttr(kRecipe)) {
    func.emitError() << "altgrad-apply-recipe: @" << entry
                     << " already has a recipe (" << kRecipe << ")";
    return signalPassFailure();
  }
  if (!func.getBody().hasOneBlock()) {
    func.emitError() << "altgrad-apply-recipe: expects @" << entry
                     << " to have one block";
    return signalPassFailure();
  }
  SmallVector<Site> sites;
  if (failed(collectSites(func, sites)))
    return signalPassFailure();

  MLIRContext *context = &getContext();
  OpBuilder builder(context);
  Type f32 = builder.getF32Type();
  Type i64 = builder.getI64Type();
  auto historyType = HistoryType::get(context, historyLength);
  bool delayed = scaling == Scaling::delayed;
  auto named = [&](StringRef name, StringRef kind) {
    return SmallVector<NamedAttribute>{
        builder.getNamedAttr(kName, builder.getStringAttr(name)),
        builder.getNamedAttr(kRecipe, builder.getStringAttr(kind))};
  };

  auto returnOp = cast<func::ReturnOp>(func.getBody().front().getTerminator());
  bool distributed = ranks > 0;
  if (distributed && !delayed) {
    func.emitError() << "altgrad-apply-recipe: ranks=" << unsigned(ranks)
                     << " needs delayed scaling: a current scale depends on "
                        "its site's own amax, which would take one "
                        "collective per site";
    return signalPassFailure();
  }
  if (distributed && failed(findGrid(module)))
    return signalPassFailure();

  // Extra results, in docs/recipes.md's order: histories, then each site's
  // amax, scale (and rejected count), then the probes.
  struct Quantized {
    Value amax, scale;
    /// The site's history argument (delayed scaling).
    BlockArgument history;
  };
  SmallVector<Quantized> quantizedSites;
  SmallVector<Site *> quantizedOf;
  for (Site &site : sites) {
    if (printSites) {
      InFlightDiagnostic remark = site.op->emitRemark();
      remark << "site '" << site.name << "': input " << site.operand << " of "
             << site.op->getName() << ", role " << roleName(site.role)
             << " (from " << site.origin << "), ";
      if (!site.format)
        remark << "not quantized, left out by the filter";
      else
        remark << formatName(site.format) << ", "
               << (delayed ? "delayed" : "current") << " scaling";
    }
    if (!site.format)
      continue;
    Location loc = site.op->getLoc();
    builder.setInsertionPoint(site.op);
    Value x = site.op.getDpsInputs()[site.operand];
    Value amax = AmaxOp::create(builder, loc, x);
    Value scale;
    BlockArgument history;
    if (delayed) {
      unsigned index = func.getNumArguments();
      if (failed(func.insertArgument(
              index, historyType,
              builder.getDictionaryAttr(named(site.name, "history")), loc)))
        return signalPassFailure();
      history = func.getArgument(index);
      Value recorded = HistoryAmaxOp::create(
          builder, loc, f32, history, AmaxPolicyAttr::get(context, amaxRule));
      scale = ComputeScaleOp::create(builder, loc, recorded, site.format);
    } else {
      scale = ComputeScaleOp::create(builder, loc, amax, site.format);
    }
    // f16 and bf16 operands extend exactly to f32 (spec section 2) and
    // come back rounded once.
    auto type = cast<RankedTensorType>(x.getType());
    Value wide = x;
    if (!type.getElementType().isF32())
      wide = arith::ExtFOp::create(builder, loc, type.clone(f32), x);
    Value fake = FakeQuantizeOp::create(builder, loc, wide, scale, site.format);
    if (wide != x)
      fake = arith::TruncFOp::create(builder, loc, type, fake);
    site.op->setOperand(site.operand, fake);
    quantizedSites.push_back({amax, scale, history});
    quantizedOf.push_back(&site);
  }
  unsigned quantized = quantizedSites.size();
  if (!quantized)
    func.emitWarning() << "altgrad-apply-recipe: the filter leaves out every "
                          "one of the "
                       << sites.size() << " sites";

  // The amaxes the histories record and the step reports: each site's own,
  // or in distributed mode the ranks' largest, reduced once all are known.
  SmallVector<Value> amaxes = llvm::map_to_vector(
      quantizedSites, [](const Quantized &q) { return q.amax; });
  if (distributed && quantized) {
    builder.setInsertionPoint(returnOp);
    amaxes = maxAcrossRanks(builder, returnOp.getLoc(), amaxes, grid);
  }
  SmallVector<Value> histories, statistics;
  SmallVector<DictionaryAttr> historyAttrs, statisticAttrs;
  for (auto [q, site, amax] :
       llvm::zip_equal(quantizedSites, quantizedOf, amaxes)) {
    Value rejected;
    if (q.history) {
      if (!distributed)
        builder.setInsertionPointAfter(q.scale.getDefiningOp());
      Location loc = site->op->getLoc();
      Value updated =
          HistoryUpdateOp::create(builder, loc, historyType, q.history, amax);
      rejected = HistoryRejectedOp::create(builder, loc, i64, updated);
      histories.push_back(updated);
      SmallVector<NamedAttribute> attrs = named(site->name, "history");
      attrs.push_back(builder.getNamedAttr(
          kUpdates, builder.getI64IntegerAttr(q.history.getArgNumber())));
      historyAttrs.push_back(builder.getDictionaryAttr(attrs));
    }
    statistics.push_back(amax);
    statisticAttrs.push_back(
        builder.getDictionaryAttr(named(site->name + "/amax", "amax")));
    statistics.push_back(q.scale);
    statisticAttrs.push_back(
        builder.getDictionaryAttr(named(site->name + "/scale", "scale")));
    if (rejected) {
      statistics.push_back(rejected);
      statisticAttrs.push_back(builder.getDictionaryAttr(
          named(site->name + "/rejected", "rejected")));
    }
  }

  SmallVector<Probe> probes;
  collectProbes(func, probes);
  builder.setInsertionPoint(returnOp);
  Location returnLoc = returnOp.getLoc();
  // Per probe its stalled and total counts, summed across the ranks in
  // distributed mode.
  SmallVector<Value> counts;
  // Stochastic weight rounding draws fresh words every step: the step
  // counter is state like the histories.
  bool stochastic = weight && weightRounding == RoundingMode::stochastic;
  BlockArgument stepCount;
  if (stochastic) {
    unsigned index = func.getNumArguments();
    if (failed(func.insertArgument(
            index, i64, builder.getDictionaryAttr(named("weight/step", "step")),
            returnLoc)))
      return signalPassFailure();
    stepCount = func.getArgument(index);
  }
  for (const Probe &probe : probes) {
    Value old = func.getArgument(probe.argument);
    Value updated = returnOp.getOperand(probe.result);
    if (weight) {
      Value one = arith::ConstantOp::create(builder, returnLoc,
                                            builder.getF32FloatAttr(1.0f));
      Value seed;
      if (stochastic)
        seed = arith::ConstantOp::create(
            builder, returnLoc,
            builder.getI64IntegerAttr(weightSeed + probe.argument));
      Value stored = FakeQuantizeOp::create(
          builder, returnLoc, updated.getType(), updated, one, weight, seed,
          stepCount, /*random=*/Value(), OverflowMode::saturate,
          weightRounding);
      returnOp.setOperand(probe.result, stored);
      if (stall) {
        auto [stalled, total] =
            storedStallCount(builder, returnLoc, old, updated, stored);
        counts.push_back(stalled);
        counts.push_back(total);
      }
      continue;
    }
    Value amax = AmaxOp::create(builder, returnLoc, old);
    Value scale = ComputeScaleOp::create(builder, returnLoc, amax, stall);
    auto count = UpdateStallCountOp::create(
        builder, returnLoc, i64, i64, old, updated, scale, TypeAttr::get(stall),
        builder.getF32FloatAttr(1.0e-10f),
        OverflowModeAttr::get(context, OverflowMode::saturate));
    counts.push_back(count.getStalled());
    counts.push_back(count.getTotal());
  }
  if (distributed && !counts.empty())
    counts =
        allReduce(builder, returnLoc, counts, grid, shard::ReductionKind::Sum);
  SmallVector<DictionaryAttr> countAttrs;
  Value stalledSum, totalSum;
  auto sum = [&](Value partial, Value next) -> Value {
    return partial ? arith::AddIOp::create(builder, returnLoc, partial, next)
                   : next;
  };
  for (auto [i, probe] : llvm::enumerate(stall ? probes : ArrayRef<Probe>{})) {
    for (StringRef kind : {"stalled", "total"}) {
      SmallVector<NamedAttribute> attrs =
          named(probe.name + "/" + kind.str(), kind);
      attrs.push_back(builder.getNamedAttr(
          kProbes, builder.getI64IntegerAttr(probe.argument)));
      countAttrs.push_back(builder.getDictionaryAttr(attrs));
    }
    stalledSum = sum(stalledSum, counts[2 * i]);
    totalSum = sum(totalSum, counts[2 * i + 1]);
  }
  if (!counts.empty()) {
    counts.push_back(stalledSum);
    countAttrs.push_back(
        builder.getDictionaryAttr(named("stall/stalled", "stalled_sum")));
    counts.push_back(totalSum);
    countAttrs.push_back(
        builder.getDictionaryAttr(named("stall/total", "total_sum")));
  }

  SmallVector<Value> extra =
      llvm::to_vector(llvm::concat<Value>(histories, statistics, counts));
  SmallVector<DictionaryAttr> extraAttrs = llvm::to_vector(
      llvm::concat<DictionaryAttr>(historyAttrs, statisticAttrs, countAttrs));
  if (stepCount) {
    extra.push_back(arith::AddIOp::create(
        builder, returnLoc, stepCount,
        arith::ConstantIntOp::create(builder, returnLoc, i64, 1)));
    SmallVector<NamedAttribute> attrs = named("weight/step", "step");
    attrs.push_back(builder.getNamedAttr(
        kUpdates, builder.getI64IntegerAttr(stepCount.getArgNumber())));
    extraAttrs.push_back(builder.getDictionaryAttr(attrs));
  }
  unsigned first = func.getNumResults();
  for (auto [i, value] : llvm::enumerate(extra))
    if (failed(func.insertResult(first + i, value.getType(), extraAttrs[i])))
      return signalPassFailure();
  returnOp->insertOperands(returnOp->getNumOperands(), extra);

  // What the driver needs to start the state and read the results.
  SmallVector<NamedAttribute> summary{
      builder.getNamedAttr(
          "scaling", builder.getStringAttr(delayed ? "delayed" : "current")),
      builder.getNamedAttr("sites", builder.getI64IntegerAttr(quantized)),
      builder.getNamedAttr("probes", builder.getI64IntegerAttr(probes.size()))};
  if (delayed) {
    summary.push_back(builder.getNamedAttr(
        "history_length", builder.getI64IntegerAttr(historyLength)));
    summary.push_back(builder.getNamedAttr(
        "amax_rule", builder.getStringAttr(stringifyAmaxPolicy(amaxRule))));
  }
  if (stall)
    summary.push_back(builder.getNamedAttr(
        "stall_format", builder.getStringAttr(formatName(stall))));
  if (weight) {
    summary.push_back(builder.getNamedAttr(
        "weight_format", builder.getStringAttr(formatName(weight))));
    summary.push_back(builder.getNamedAttr(
        "weight_rounding",
        builder.getStringAttr(stochastic ? "stochastic" : "nearest")));
  }
  if (distributed) {
    summary.push_back(
        builder.getNamedAttr("ranks", builder.getI64IntegerAttr(ranks)));
    summary.push_back(
        builder.getNamedAttr("grid", builder.getStringAttr(grid)));
  }
  func->setAttr(kRecipe, builder.getDictionaryAttr(summary));
  if (printSites)
    func.emitRemark() << "altgrad-apply-recipe: " << sites.size() << " sites, "
                      << quantized << " quantized ("
                      << (delayed ? "delayed" : "current") << " scaling), "
                      << probes.size() << " stall probes";
}
