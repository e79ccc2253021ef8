//===- JitKernels.cpp - altgrad ops lowered and JIT-compiled --------------===//

#include "JitKernels.h"

#include "altgrad/InitAltGrad.h"
#include "altgrad/Pipelines/Pipelines.h"

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <mutex>
#include <type_traits>

using namespace exactness;
using llvm::ArrayRef;
using llvm::StringRef;

const char *exactness::shapeName(Shape shape) {
  switch (shape) {
  case Shape::Scalar:
    return "scalar";
  case Shape::Tensor:
    return "tensor";
  case Shape::Vector:
    return "vector";
  }
  return "?";
}

const char *exactness::inputTypeName(InputType type) {
  switch (type) {
  case InputType::F32:
    return "f32";
  case InputType::F16:
    return "f16";
  case InputType::BF16:
    return "bf16";
  }
  return "?";
}

//===----------------------------------------------------------------------===//
// The kernel module
//===----------------------------------------------------------------------===//

namespace {
/// Writes the kernels of one format. Codes live in i8 buffers: an
/// `!altgrad.fp` memref lowers to one; a builtin 8-bit float memref has the
/// same layout; a narrower builtin is widened to i8 explicitly, since LLVM
/// leaves the upper bits of an i6 or i4 in memory unspecified.
class ModuleWriter {
public:
  explicit ModuleWriter(const KernelFormat &format) : format(format) {}

  std::string write() {
    os << "// Exactness kernels for " << format.mlirType << "\n"
       << "module {\n";
    for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector}) {
      for (InputType type : {InputType::F32, InputType::F16, InputType::BF16})
        for (bool saturate : {true, false})
          writeQuantize(shape, type, saturate);
      writeDequantize(shape);
      for (bool saturate : {true, false})
        writeFakeQuantize(shape, saturate);
      for (bool philox : {false, true}) {
        std::string kind = philox ? "philox" : "word";
        writeQuantize(llvm::formatv("qs_{0}_{1}", shapeName(shape), kind),
                      shape, InputType::F32, stochasticClause(shape, philox),
                      stochasticArguments(shape, philox));
        writeFakeQuantize(llvm::formatv("fqs_{0}_{1}", shapeName(shape), kind),
                          shape, stochasticClause(shape, philox),
                          stochasticArguments(shape, philox));
      }
    }
    os << "}\n";
    return text;
  }

private:
  /// Whether codes need an explicit conversion to the i8 buffer element.
  bool widened() const { return format.builtin && format.bitWidth < 8; }
  /// The element type of the code buffers.
  std::string codeMemElem() const { return widened() ? "i8" : format.mlirType; }
  std::string narrowInt() const {
    return "i" + std::to_string(format.bitWidth);
  }
  std::string shaped(StringRef elem, Shape shape) const {
    if (shape == Shape::Vector)
      return llvm::formatv("vector<{0}x{1}>", kVectorWidth, elem).str();
    if (shape == Shape::Tensor)
      return ("tensor<?x" + elem + ">").str();
    return elem.str();
  }
  std::string overflowClause(bool saturate) const {
    return saturate ? "" : " overflow<ieee>";
  }
  /// Stochastic rounding with the kernel's one word %r for every element,
  /// or with Philox words of %seed and %offset.
  std::string stochasticClause(Shape shape, bool philox) const {
    if (philox)
      return " rounding<stochastic> seed(%seed) offset(%offset)";
    return llvm::formatv(" rounding<stochastic> random({0} : {1})",
                         shape == Shape::Scalar ? "%r" : "%words",
                         shaped("i32", shape));
  }
  std::string stochasticArguments(Shape shape, bool philox) const {
    return philox ? ", %seed: i64, %offset: i64" : ", %r: i32";
  }

  /// The kernel's arguments are the buffers, the scale and `extra`; %r, a
  /// word, is also splat to the kernel's shape as %words.
  void header(StringRef name, StringRef inElem, StringRef outElem,
              StringRef extra = "", Shape shape = Shape::Scalar) {
    os << llvm::formatv("  func.func @{0}(%in: memref<?x{1}>, "
                        "%out: memref<?x{2}>, %s: f32{3}) "
                        "attributes {{llvm.emit_c_interface} {{\n",
                        name, inElem, outElem, extra);
    if (!extra.contains("%r"))
      return;
    if (shape == Shape::Vector)
      os << llvm::formatv("    %words = vector.broadcast %r : i32 to {0}\n",
                          shaped("i32", shape));
    if (shape == Shape::Tensor)
      os << llvm::formatv("    %wc0 = arith.constant 0 : index\n"
                          "    %wn = memref.dim %in, %wc0 : memref<?x{0}>\n"
                          "    %words = tensor.splat %r[%wn] : tensor<?xi32>\n",
                          inElem);
  }

  /// Loops over the buffer `%in` one element or one vector at a time and
  /// leaves `%i` as the index; the body follows.
  void openLoop(Shape shape, StringRef inElem) {
    os << "    %c0 = arith.constant 0 : index\n";
    os << llvm::formatv("    %step = arith.constant {0} : index\n",
                        shape == Shape::Vector ? kVectorWidth : 1);
    os << llvm::formatv("    %n = memref.dim %in, %c0 : memref<?x{0}>\n",
                        inElem);
    os << "    scf.for %i = %c0 to %n step %step {\n";
  }
  void load(Shape shape, StringRef result, StringRef elem) {
    if (shape == Shape::Vector)
      os << llvm::formatv("      {0} = vector.load %in[%i] : memref<?x{1}>, "
                          "{2}\n",
                          result, elem, shaped(elem, shape));
    else
      os << llvm::formatv("      {0} = memref.load %in[%i] : memref<?x{1}>\n",
                          result, elem);
  }
  void store(Shape shape, StringRef value, StringRef elem) {
    if (shape == Shape::Vector)
      os << llvm::formatv("      vector.store {0}, %out[%i] : memref<?x{1}>, "
                          "{2}\n",
                          value, elem, shaped(elem, shape));
    else
      os << llvm::formatv("      memref.store {0}, %out[%i] : memref<?x{1}>\n",
                          value, elem);
  }

  /// Element-wise conversion of a tensor with a linalg.map.
  void mapTensor(StringRef result, StringRef input, StringRef fromElem,
                 StringRef toElem, ArrayRef<std::string> steps,
                 StringRef size) {
    os << llvm::formatv("    {0}_init = tensor.empty({1}) : tensor<?x{2}>\n",
                        result, size, toElem);
    os << llvm::formatv("    {0} = linalg.map ins({1} : tensor<?x{2}>) "
                        "outs({0}_init : tensor<?x{3}>)\n",
                        result, input, fromElem, toElem);
    os << llvm::formatv("      ({0}_e: {1}, {0}_o: {2}) {{\n", result, fromElem,
                        toElem);
    std::string last = (result + "_e").str();
    for (auto [index, step] : llvm::enumerate(steps)) {
      std::string next = llvm::formatv("{0}_s{1}", result, index).str();
      os << llvm::formatv("        {0} = {1}\n", next,
                          llvm::formatv(step.c_str(), last).str());
      last = next;
    }
    os << llvm::formatv("        linalg.yield {0} : {1}\n      }\n", last,
                        toElem);
  }

  std::vector<std::string> widenSteps(Shape shape) const {
    std::string narrow = shaped(narrowInt(), shape);
    return {llvm::formatv("arith.bitcast {{0} : {0} to {1}",
                          shaped(format.mlirType, shape), narrow)
                .str(),
            llvm::formatv("arith.extui {{0} : {0} to {1}", narrow,
                          shaped("i8", shape))
                .str()};
  }
  std::vector<std::string> narrowSteps(Shape shape) const {
    std::string narrow = shaped(narrowInt(), shape);
    return {llvm::formatv("arith.trunci {{0} : {0} to {1}", shaped("i8", shape),
                          narrow)
                .str(),
            llvm::formatv("arith.bitcast {{0} : {0} to {1}", narrow,
                          shaped(format.mlirType, shape))
                .str()};
  }

  void writeQuantize(Shape shape, InputType type, bool saturate) {
    writeQuantize(llvm::formatv("q_{0}_{1}_{2}", shapeName(shape),
                                inputTypeName(type), saturate ? "sat" : "ieee"),
                  shape, type, overflowClause(saturate), "");
  }
  /// quantize with `clause` after its operands, and `extra` arguments.
  void writeQuantize(const std::string &name, Shape shape, InputType type,
                     const std::string &clause, const std::string &extra) {
    std::string in = inputTypeName(type);
    header(name, in, codeMemElem(), extra, shape);
    std::string quantize =
        llvm::formatv("altgrad.quantize {0}, %s{1} : {2} to {3}", "{0}", clause,
                      shaped(in, shape), shaped(format.mlirType, shape));
    if (shape == Shape::Tensor) {
      os << llvm::formatv("    %x = bufferization.to_tensor %in restrict : "
                          "memref<?x{0}> to tensor<?x{0}>\n",
                          in);
      os << "    %q = " << llvm::formatv(quantize.c_str(), "%x").str() << "\n";
      std::string result = "%q";
      if (widened()) {
        os << "    %c0 = arith.constant 0 : index\n";
        os << "    %n = tensor.dim %x, %c0 : tensor<?x" << in << ">\n";
        std::vector<std::string> steps = widenSteps(Shape::Scalar);
        mapTensor("%w", "%q", format.mlirType, "i8", steps, "%n");
        result = "%w";
      }
      os << llvm::formatv("    bufferization.materialize_in_destination {0} "
                          "in restrict writable %out : (tensor<?x{1}>, "
                          "memref<?x{1}>) -> ()\n",
                          result, codeMemElem());
    } else {
      openLoop(shape, in);
      load(shape, "%x", in);
      os << "      %q = " << llvm::formatv(quantize.c_str(), "%x").str()
         << "\n";
      std::string result = "%q";
      if (widened()) {
        std::vector<std::string> steps = widenSteps(shape);
        os << "      %q1 = " << llvm::formatv(steps[0].c_str(), "%q").str()
           << "\n";
        os << "      %q2 = " << llvm::formatv(steps[1].c_str(), "%q1").str()
           << "\n";
        result = "%q2";
      }
      store(shape, result, codeMemElem());
      os << "    }\n";
    }
    os << "    return\n  }\n";
  }

  void writeDequantize(Shape shape) {
    std::string name = llvm::formatv("dq_{0}", shapeName(shape));
    header(name, codeMemElem(), "f32");
    std::string dequantize =
        llvm::formatv("altgrad.dequantize {0}, %s : {1} to {2}", "{0}",
                      shaped(format.mlirType, shape), shaped("f32", shape));
    if (shape == Shape::Tensor) {
      os << llvm::formatv("    %c = bufferization.to_tensor %in restrict : "
                          "memref<?x{0}> to tensor<?x{0}>\n",
                          codeMemElem());
      std::string codes = "%c";
      if (widened()) {
        os << "    %c0 = arith.constant 0 : index\n";
        os << "    %n = tensor.dim %c, %c0 : tensor<?xi8>\n";
        mapTensor("%v", "%c", "i8", format.mlirType, narrowSteps(Shape::Scalar),
                  "%n");
        codes = "%v";
      }
      os << "    %d = " << llvm::formatv(dequantize.c_str(), codes).str()
         << "\n";
      os << "    bufferization.materialize_in_destination %d in restrict "
            "writable %out : (tensor<?xf32>, memref<?xf32>) -> ()\n";
    } else {
      openLoop(shape, codeMemElem());
      load(shape, "%c", codeMemElem());
      std::string codes = "%c";
      if (widened()) {
        std::vector<std::string> steps = narrowSteps(shape);
        os << "      %c1 = " << llvm::formatv(steps[0].c_str(), "%c").str()
           << "\n";
        os << "      %c2 = " << llvm::formatv(steps[1].c_str(), "%c1").str()
           << "\n";
        codes = "%c2";
      }
      os << "      %d = " << llvm::formatv(dequantize.c_str(), codes).str()
         << "\n";
      store(shape, "%d", "f32");
      os << "    }\n";
    }
    os << "    return\n  }\n";
  }

  void writeFakeQuantize(Shape shape, bool saturate) {
    writeFakeQuantize(llvm::formatv("fq_{0}_{1}", shapeName(shape),
                                    saturate ? "sat" : "ieee"),
                      shape, overflowClause(saturate), "");
  }
  void writeFakeQuantize(const std::string &name, Shape shape,
                         const std::string &clause, const std::string &extra) {
    header(name, "f32", "f32", extra, shape);
    std::string fakeQuantize =
        llvm::formatv("altgrad.fake_quantize {0}, %s format({1}){2} : {3}",
                      "{0}", format.mlirType, clause, shaped("f32", shape));
    if (shape == Shape::Tensor) {
      os << "    %x = bufferization.to_tensor %in restrict : memref<?xf32> "
            "to tensor<?xf32>\n";
      os << "    %y = " << llvm::formatv(fakeQuantize.c_str(), "%x").str()
         << "\n";
      os << "    bufferization.materialize_in_destination %y in restrict "
            "writable %out : (tensor<?xf32>, memref<?xf32>) -> ()\n";
    } else {
      openLoop(shape, "f32");
      load(shape, "%x", "f32");
      os << "      %y = " << llvm::formatv(fakeQuantize.c_str(), "%x").str()
         << "\n";
      store(shape, "%y", "f32");
      os << "    }\n";
    }
    os << "    return\n  }\n";
  }

  const KernelFormat &format;
  std::string text;
  llvm::raw_string_ostream os{text};
};
} // namespace

std::string exactness::writeKernelModule(const KernelFormat &format) {
  return ModuleWriter(format).write();
}

//===----------------------------------------------------------------------===//
// Lowering and JIT compilation
//===----------------------------------------------------------------------===//

void FormatKernels::initialize() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    // buildLowerFp8ToCpuPipeline names upstream passes by their registered
    // names, as --lower-fp8 in altgrad-opt does.
    mlir::registerAllPasses();
    altgrad::registerAltGradPasses();
  });
}

FormatKernels::~FormatKernels() = default;

namespace {
/// The C interface of a one-dimensional memref, as emit_c_interface takes it.
struct MemRef1D {
  void *allocated;
  void *aligned;
  int64_t offset;
  int64_t size;
  int64_t stride;
};
} // namespace

llvm::Expected<std::unique_ptr<FormatKernels>>
FormatKernels::compile(const KernelFormat &format) {
  initialize();
  std::unique_ptr<FormatKernels> kernels(new FormatKernels());
  kernels->source_ = writeKernelModule(format);

  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  altgrad::registerAltGradDialects(registry);
  mlir::registerBuiltinDialectTranslation(registry);
  mlir::registerLLVMDialectTranslation(registry);
  kernels->context_ = std::make_unique<mlir::MLIRContext>(
      registry, mlir::MLIRContext::Threading::DISABLED);
  mlir::MLIRContext &context = *kernels->context_;

  std::string diagnostics;
  llvm::raw_string_ostream diagnosticStream(diagnostics);
  llvm::SourceMgr sourceMgr;
  mlir::SourceMgrDiagnosticHandler handler(sourceMgr, &context,
                                           diagnosticStream);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceString<mlir::ModuleOp>(kernels->source_, &context);
  if (!module)
    return llvm::createStringError("cannot parse the kernels of " +
                                   format.mlirType + ":\n" + diagnostics +
                                   "\n" + kernels->source_);

  mlir::PassManager pm(&context);
  altgrad::buildLowerFp8ToCpuPipeline(pm);
  if (mlir::failed(pm.run(*module)))
    return llvm::createStringError("--lower-fp8 failed on the kernels of " +
                                   format.mlirType + ":\n" + diagnostics);

  auto transformer = mlir::makeOptimizingTransformer(
      /*optLevel=*/2, /*sizeLevel=*/0, /*targetMachine=*/nullptr);
  mlir::ExecutionEngineOptions options;
  options.transformer = transformer;
  options.jitCodeGenOptLevel = llvm::CodeGenOptLevel::Default;
  options.enableGDBNotificationListener = false;
  auto engine = mlir::ExecutionEngine::create(*module, options);
  if (!engine)
    return llvm::joinErrors(
        llvm::createStringError("cannot JIT the kernels of " + format.mlirType +
                                ":\n" + diagnostics),
        engine.takeError());
  kernels->engine_ = std::move(*engine);

  auto resolve = [&](const std::string &name, auto &slot) -> llvm::Error {
    llvm::Expected<void *> symbol =
        kernels->engine_->lookup("_mlir_ciface_" + name);
    if (!symbol)
      return symbol.takeError();
    slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(*symbol);
    return llvm::Error::success();
  };
  for (Shape shape : {Shape::Scalar, Shape::Tensor, Shape::Vector}) {
    for (InputType type : {InputType::F32, InputType::F16, InputType::BF16})
      for (bool saturate : {true, false})
        if (llvm::Error error = resolve(
                llvm::formatv("q_{0}_{1}_{2}", shapeName(shape),
                              inputTypeName(type), saturate ? "sat" : "ieee"),
                kernels->quantizeKernels_[unsigned(shape)][unsigned(type)]
                                         [saturate]))
          return std::move(error);
    if (llvm::Error error =
            resolve(llvm::formatv("dq_{0}", shapeName(shape)),
                    kernels->dequantizeKernels_[unsigned(shape)]))
      return std::move(error);
    for (bool saturate : {true, false})
      if (llvm::Error error =
              resolve(llvm::formatv("fq_{0}_{1}", shapeName(shape),
                                    saturate ? "sat" : "ieee"),
                      kernels->fakeQuantizeKernels_[unsigned(shape)][saturate]))
        return std::move(error);
    for (bool fake : {false, true}) {
      const char *op = fake ? "fqs" : "qs";
      if (llvm::Error error =
              resolve(llvm::formatv("{0}_{1}_word", op, shapeName(shape)),
                      kernels->wordKernels_[unsigned(shape)][fake]))
        return std::move(error);
      if (llvm::Error error =
              resolve(llvm::formatv("{0}_{1}_philox", op, shapeName(shape)),
                      kernels->philoxKernels_[unsigned(shape)][fake]))
        return std::move(error);
    }
  }
  return std::move(kernels);
}

static MemRef1D describe(const void *data, size_t n) {
  void *pointer = const_cast<void *>(data);
  return {pointer, pointer, 0, int64_t(n), 1};
}

void FormatKernels::quantize(Shape shape, InputType type, bool saturate,
                             const void *input, uint8_t *codes, size_t n,
                             float scale) const {
  MemRef1D in = describe(input, n), out = describe(codes, n);
  quantizeKernels_[unsigned(shape)][unsigned(type)][saturate](&in, &out, scale);
}

void FormatKernels::dequantize(Shape shape, const uint8_t *codes, float *values,
                               size_t n, float scale) const {
  MemRef1D in = describe(codes, n), out = describe(values, n);
  dequantizeKernels_[unsigned(shape)](&in, &out, scale);
}

void FormatKernels::fakeQuantize(Shape shape, bool saturate, const float *input,
                                 float *values, size_t n, float scale) const {
  MemRef1D in = describe(input, n), out = describe(values, n);
  fakeQuantizeKernels_[unsigned(shape)][saturate](&in, &out, scale);
}

void FormatKernels::quantizeStochastic(Shape shape, const float *input,
                                       uint8_t *codes, size_t n, float scale,
                                       uint32_t word) const {
  MemRef1D in = describe(input, n), out = describe(codes, n);
  wordKernels_[unsigned(shape)][0](&in, &out, scale, word);
}

void FormatKernels::fakeQuantizeStochastic(Shape shape, const float *input,
                                           float *values, size_t n, float scale,
                                           uint32_t word) const {
  MemRef1D in = describe(input, n), out = describe(values, n);
  wordKernels_[unsigned(shape)][1](&in, &out, scale, word);
}

void FormatKernels::quantizePhilox(Shape shape, const float *input,
                                   uint8_t *codes, size_t n, float scale,
                                   uint64_t seed, uint64_t offset) const {
  MemRef1D in = describe(input, n), out = describe(codes, n);
  philoxKernels_[unsigned(shape)][0](&in, &out, scale, seed, offset);
}

void FormatKernels::fakeQuantizePhilox(Shape shape, const float *input,
                                       float *values, size_t n, float scale,
                                       uint64_t seed, uint64_t offset) const {
  MemRef1D in = describe(input, n), out = describe(values, n);
  philoxKernels_[unsigned(shape)][1](&in, &out, scale, seed, offset);
}
