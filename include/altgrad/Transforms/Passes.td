//===- Passes.td - altgrad transforms ------------------------*- tablegen -*-===//

#ifndef ALTGRAD_TRANSFORMS_PASSES
#define ALTGRAD_TRANSFORMS_PASSES

include "mlir/Pass/PassBase.td"

def FuseSiblingGenerics
    : Pass<"altgrad-fuse-sibling-generics", "::mlir::func::FuncOp"> {
  let summary = "Fuse linalg.generic ops on tensors that read the same input "
                "into one pass over it";
  let description = [{
    Two `linalg.generic` ops on tensors in the same block that read a common
    input, each with identity maps on every input and, on every output,
    either an identity map or an empty one (a full reduction), iterate over
    the same space. When neither uses the other's results, they become one
    generic with both bodies, the inputs of both (the common ones once) and
    the outputs of both, placed where the later one was. A loop is a
    reduction in the fused op where it is one in either.

    This is how one delayed-scaling step reads its tensor once: quantizing
    with the history's scale and recording the tensor's amax are siblings
    over the same input.

    ```mlir
    %q = linalg.generic {... iterator_types = ["parallel"]}
        ins(%x : tensor<?xf32>) outs(%e : tensor<?xi8>) {...}
    %a = linalg.generic {... iterator_types = ["reduction"]}
        ins(%x : tensor<?xf32>) outs(%init : tensor<f32>) {...}
    // becomes
    %q, %a = linalg.generic {... iterator_types = ["reduction"]}
        ins(%x : tensor<?xf32>) outs(%e, %init : tensor<?xi8>, tensor<f32>)
    ```

    A fused op has at most `max-operands` operands: siblings that would make
    more stay apart (the many small generics of a recipe's scales share
    their inputs, and one GPU kernel takes at most 4 KiB of parameters,
    about 50 memrefs).
  }];
  let options = [
    Option<"maxOperands", "max-operands", "unsigned", /*default=*/"32",
           "Most operands (inputs and outputs) of a fused generic">,
  ];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def FuseParallelElementwise
    : Pass<"altgrad-fuse-parallel-elementwise", "::mlir::func::FuncOp"> {
  let summary = "Upstream's elementwise fusion, between parallel ops only";
  let description = [{
    The patterns of upstream's `linalg-fuse-elementwise-ops` (a producer
    generic inlined into its consumer, reshapes folded into linalg ops by
    expanding their loops), each applied only where every linalg op it
    touches has parallel loops only, and, as upstream's pass, only for a
    producer with one use. What the GPU pipeline needs from the ops that
    reduce:

    - Contractions keep their form: folding the `tensor.collapse_shape` of
      a Dense layer's (batch, length, width) input into its `linalg.matmul`
      would make it a generic with two M loops, which
      `convert-linalg-to-blaslt` cannot give cuBLASLt (every contraction of
      the imported transformer was lost to it).
    - A map and a full reduction that `altgrad-fuse-sibling-generics` made
      one pass over a tensor keep their identity maps: a transpose fused
      into one (the transposed FP8 codes of a gradient operand) would make
      a generic whose reduction loops index an output, which no GPU kernel
      computes.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::affine::AffineDialect"];
}

def SplatConstantsToFills
    : Pass<"altgrad-splat-constants-to-fills", "::mlir::func::FuncOp"> {
  let summary = "Make tensors of one repeated value fills instead of "
                "constants";
  let description = [{
    Bufferization gives a constant tensor a global and copies it into a new
    buffer wherever the tensor is written in place: the importer's scatters
    start from a zero tensor the size of the logits (128 MiB at the GPU size
    of the corpus transformer), which became a copy of that much host memory
    on every call. Every `arith.constant` of a static tensor with more than
    one element whose elements are all one value becomes `linalg.fill` of
    that value into a `tensor.empty`: a loop or kernel that writes the
    value, reading nothing. Run after elementwise fusion, which folds splat
    constants that generics read into their bodies.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def DropLocalDeallocs
    : Pass<"altgrad-drop-local-deallocs", "::mlir::func::FuncOp"> {
  let summary = "Leave the lifetimes of a function's own buffers to buffer "
                "deallocation";
  let description = [{
    Upstream's ownership-based buffer deallocation, which frees the buffers
    bufferization creates, cannot start from IR that frees buffers itself.
    A `memref.dealloc` of a buffer the same function allocates with
    `memref.alloc` (seen through view-like ops such as `memref.subview` and
    `memref.cast`) is removed: deallocation frees the buffer after its last
    use instead. A `memref.dealloc` of any
    other buffer (a function argument, a call's result) cannot be kept and
    is an error naming it.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect"];
}

def ContiguousInnermost
    : Pass<"altgrad-contiguous-innermost", "::mlir::func::FuncOp"> {
  let summary = "Make a contiguous parallel loop the innermost loop of a "
                "reduction";
  let description = [{
    Loops over a linalg op run in the order of its iteration dimensions, so
    a matmul's innermost loop is its reduction: a chain of dependent f32
    additions that LLVM may not vectorize without reassociating them. This
    pass moves the parallel dimension that indexes the last (contiguous)
    dimension of the output to the innermost position, where every operand
    either ignores it or is indexed by it in its own last dimension, so the
    innermost loop is independent, contiguous and vectorizable: a matmul's
    `(i, j, k)` becomes `(i, k, j)`. Every output element still sums its
    terms in the original order, so the results are bit for bit the same.
    Named ops are generalized first; ops without such a dimension are left
    as they are.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def VectorizeContractions
    : Pass<"altgrad-vectorize-contractions", "::mlir::func::FuncOp"> {
  let summary = "Register-tiled vector code for contractions on buffers";
  let description = [{
    A contraction (a linalg op with `ContractionOpInterface`: matmul,
    batch matmul, their transposed forms, a generic of that shape such as
    the per-head projections of an imported attention) on f32 buffers
    whose last dimension is contiguous, with static loop extents, is tiled
    so that one tile of the output stays in vector registers while `depth`
    steps of its reduction are added to it. The tile has up to `columns`
    elements along the output's last dimension and up to `rows` along the
    other operand's dimension nearest it in the output, one along every
    other dimension; each reduction step is then an outer product of a
    column of one operand and a row of the other, a `vector.fma` per row.
    Tile sizes are the largest divisors of the extents not above the
    options, so that every tile is whole and needs no masks. Contractions
    whose columns would fill fewer than 4 lanes, or whose reduction steps
    per tile would be one, are left to the loops.

    Every output element still adds its terms in the order of the
    reduction, but each with one rounding (a fused multiply-add) instead of
    two: results may differ from the loops' in the last bits.
  }];
  let options = [
    Option<"columns", "columns", "int64_t", "16",
           "Most output elements of a tile along the last output dimension "
           "(one vector)">,
    Option<"rows", "rows", "int64_t", "8",
           "Most output rows of a tile (vectors held in registers)">,
    Option<"depth", "depth", "int64_t", "8",
           "Most reduction steps of one tile between loads and stores of "
           "the output">,
  ];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect"];
}

def ApplyRecipe : Pass<"altgrad-apply-recipe", "::mlir::ModuleOp"> {
  let summary = "Quantize every contraction of a training step to FP8, with "
                "delayed-scaling state and bit-stall probes";
  let description = [{
    Turns an unquantized training step (linalg on tensors, such as
    `altgrad-import` produces) into its FP8 version (docs/spec.md section 9;
    docs/recipes.md has the whole contract). A *site* is an input of a
    contraction in the step function's body: `linalg.matmul`,
    `linalg.batch_matmul` and their transposed forms, any linalg op the
    contraction interface recognizes (contraction `linalg.generic`s
    included) and convolutions. Each site included by the filter becomes
    `altgrad.fake_quantize` of its operand in its role's format:

    - *role*: `gradient` when the operand, followed back through layout-only
      ops (transposes, broadcasts, reshapes, slices, copies), comes from an
      op whose `altgrad.phase` lists `backward` but not `forward`; otherwise
      `forward`. `altgrad.roles = ["gradient", "forward"]` on a contraction
      or `altgrad.role` on an origin (an op or a function argument) says it
      explicitly.
    - `delayed` scaling: the scale comes from the site's amax history (a new
      argument of the function, `!altgrad.history<L>`), which records this
      step's amax (a new result); `current`: from the operand's own amax.
    - every quantized site's amax, scale and (delayed) rejected-update count
      are results too, named with `altgrad.name` and kinds in
      `altgrad.recipe`, in the order docs/recipes.md gives.
    - *stall probes*: every f32 result marked `altgrad.updates = i` (the new
      value of argument `i`) whose argument's name matches `probe`
      (default `params/*`, the parameters in flax's and the importer's
      names) gets `altgrad.update_stall_count` of the
      argument and its new value in the stall format, with a scale from the
      argument's amax; the counts per parameter and their sums are results.

    *distributed mode* (`ranks=N`, docs/distributed.md): the amaxes of
    every site are concatenated and reduced across the `N` ranks of a 1-D
    `shard.grid` in one `shard.all_reduce` (max of their bit patterns with
    the sign cleared, so that a NaN or infinity on one rank is one on every
    rank), placed before the return, and the histories record the reduced
    amaxes there; the stall counts are summed across the ranks in one more.
    It needs delayed scaling.

    *stored weights* (`weight-format=F`): every probed update is rounded to
    `F` with scale 1 (`altgrad.fake_quantize`, to nearest or
    `weight-rounding=stochastic` with seed `weight-seed` plus the argument's
    index and offset a step counter: a new `i64` argument, whose successor is
    the last result), so the parameters the next step reads are values of
    `F`; the probes then count the elements whose update was nonzero and
    whose stored value did not change.

    `print-sites` reports every site (name, op, role and where it comes
    from, format or why it was left out) and every probe as remarks. A step
    without contractions, an included operand that is not f32, f16 or bf16,
    or an unknown format is an error.

    ```mlir
    // altgrad-opt --altgrad-apply-recipe="format=hybrid scaling=delayed"
    %y = linalg.matmul ins(%x, %w : tensor<16x32xf32>, tensor<32x64xf32>) ...
    // becomes, for the operand %x (role forward, E4M3FN):
    %amax_h = altgrad.history.amax %h_x : !altgrad.history<16>
    %scale = altgrad.compute_scale %amax_h format(f8E4M3FN)
    %xq = altgrad.fake_quantize %x, %scale format(f8E4M3FN) : tensor<16x32xf32>
    %amax = altgrad.amax %x : tensor<16x32xf32>
    %h_x1 = altgrad.history.update %h_x, %amax : !altgrad.history<16>, f32
    ```
  }];
  let options = [
    Option<"entry", "entry", "std::string", "\"main\"",
           "The step function">,
    Option<"format", "format", "std::string", "\"hybrid\"",
           "hybrid (E4M3FN forward, E5M2 gradients) or one format for every "
           "site: a registered name (E5M2, E3M4, ...) or a format type">,
    Option<"forwardFormat", "forward-format", "std::string", "\"\"",
           "The format of forward sites (overrides format)">,
    Option<"gradientFormat", "gradient-format", "std::string", "\"\"",
           "The format of gradient sites (overrides format)">,
    Option<"scaling", "scaling", "::altgrad::Scaling",
           "::altgrad::Scaling::delayed", "How a site's scale is found",
           [{::llvm::cl::values(
               clEnumValN(::altgrad::Scaling::delayed, "delayed",
                          "from the site's amax history before this step"),
               clEnumValN(::altgrad::Scaling::current, "current",
                          "from the operand's own amax"))}]>,
    Option<"historyLength", "history-length", "unsigned", "16",
           "Records of each site's amax history">,
    Option<"amaxRule", "amax-rule", "::altgrad::AmaxPolicy",
           "::altgrad::AmaxPolicy::max",
           "Which recorded amax a delayed scale comes from",
           [{::llvm::cl::values(
               clEnumValN(::altgrad::AmaxPolicy::max, "max",
                          "the largest record"),
               clEnumValN(::altgrad::AmaxPolicy::most_recent, "most_recent",
                          "the newest record"))}]>,
    ListOption<"includeSites", "include", "std::string",
               "Quantize only sites whose name or role matches one of these "
               "globs (default: every site)">,
    ListOption<"excludeSites", "exclude", "std::string",
               "Leave out sites whose name or role matches one of these globs">,
    Option<"stallFormat", "stall-format", "std::string", "\"\"",
           "The weight format of the stall probes (default: the forward "
           "format; none: no probes)">,
    ListOption<"probeNames", "probe", "std::string",
               "Probe the updates whose argument name (altgrad.name, or "
               "arg<i>) matches one of these globs (default: params/*)">,
    Option<"weightFormat", "weight-format", "std::string", "\"\"",
           "Store the probed parameters in this format (scale 1): each "
           "update is rounded to it, and the probes count the stalls of the "
           "stored values (default: none, parameters stay f32)">,
    Option<"weightRounding", "weight-rounding", "::altgrad::RoundingMode",
           "::altgrad::RoundingMode::nearest_even",
           "How an update is rounded to the weight format",
           [{::llvm::cl::values(
               clEnumValN(::altgrad::RoundingMode::nearest_even, "nearest",
                          "to nearest even"),
               clEnumValN(::altgrad::RoundingMode::stochastic, "stochastic",
                          "stochastically (spec section 7), offset by a "
                          "step counter the step carries"))}]>,
    Option<"weightSeed", "weight-seed", "uint64_t", "0",
           "The Philox seed of stochastic weight rounding; parameter i uses "
           "seed + i">,
    Option<"printSites", "print-sites", "bool", "false",
           "Report every site and probe as a remark">,
    Option<"ranks", "ranks", "unsigned", "0",
           "Processes that share the amaxes (docs/distributed.md): all "
           "amaxes of the step reduced in one shard.all_reduce (max), the "
           "stall counts in one more (sum); 0: no collectives">,
    Option<"grid", "grid", "std::string", "\"ranks\"",
           "The shard.grid of the collectives: the module's, or a new one "
           "of shape `ranks`">,
  ];
  let dependentDialects = [
    "::altgrad::AltGradDialect",
    "::mlir::arith::ArithDialect",
    "::mlir::DLTIDialect",
    "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect",
    "::mlir::shard::ShardDialect",
    "::mlir::tensor::TensorDialect",
  ];
}

def SimplifySmallDeallocations
    : Pass<"altgrad-simplify-small-deallocations", "::mlir::func::FuncOp"> {
  let summary = "Upstream's deallocation simplification, where it is cheap";
  let description = [{
    `buffer-deallocation-simplification` removes the run-time ownership
    checks of `bufferization.dealloc` ops that analysis proves unneeded, but
    its cost grows with the square of the buffers one dealloc handles: a
    training loop that carries a few hundred parameters takes a minute. It
    runs on each function whose deallocs handle at most `max-buffers`
    buffers (memrefs plus retained values); a function above that keeps its
    run-time checks, which cost a few comparisons a buffer.
  }];
  let options = [
    Option<"maxBuffers", "max-buffers", "int64_t", "64",
           "The most buffers one dealloc of a simplified function handles">,
  ];
  let dependentDialects = ["::mlir::bufferization::BufferizationDialect"];
}

def MergeGPUModules : Pass<"altgrad-merge-gpu-modules", "::mlir::ModuleOp"> {
  let summary = "Put every kernel of a program into one gpu.module";
  let description = [{
    Kernel outlining gives each `gpu.launch` a `gpu.module` of its own, and
    `gpu-module-to-binary` runs `ptxas` once per module: hundreds of times
    for a training step. This pass moves the contents of every `gpu.module`
    of the program into the first one (erasing the others) and points the
    `gpu.launch_func` ops and any other reference at it, so that the
    program has one module, one `ptxas` run and one binary. Symbols of two
    modules with the same name (kernel outlining names every kernel after
    its function) are renamed apart, references included, except identical
    declarations (of the same external function), which are kept once. A
    module with attributes of its own (targets, offloading handlers) that
    the first lacks is an error: merging would lose them. Then identical
    kernels (the same signature, attributes and body, only the name
    differing: each of a transformer's blocks has its own copy of every
    kernel) are kept once, their launches pointed at the one kept, so that
    `ptxas` compiles each once: the corpus transformer at the GPU size has
    175 distinct kernels among its 1071.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

def SinkDeviceReadsIntoKernels
    : Pass<"altgrad-sink-device-reads-into-kernels", "::mlir::func::FuncOp"> {
  let summary = "Read kernel arguments that come from device memory inside "
                "the kernel";
  let description = [{
    A scalar a `gpu.launch` captures that the host computes from device
    memory (a scale from an amax a kernel wrote, the flag that accepts an
    update) makes the host wait for the GPU before the launch. This pass
    moves the computation into the kernel: the loads of `gpu.alloc`
    buffers and the pure, region-free ops on their values that the kernel
    uses are cloned at the start of its body, every thread computing the
    value the host would have (same ops, same IEEE results), and the
    host's copies go where nothing else uses them.

    A load moves only if nothing between it and the launch, the kernel
    itself included, may write or free its buffer (effects; for enqueued
    GPU work and stream-ordered calls, the buffers they are given). Run
    before kernel outlining, after the buffers the kernels reach are
    allocated (`allocate-device-reachable-buffers`); together with
    `altgrad-async-gpu-work`, the host then waits for none of these reads.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

def AsyncGPUWork : Pass<"altgrad-async-gpu-work", "::mlir::func::FuncOp"> {
  let summary = "Enqueue GPU work without waiting; the host waits only where "
                "it touches device memory";
  let description = [{
    A GPU op without async dependencies makes the host wait for it
    (`gpu-to-llvm` lowers a synchronous `gpu.launch_func` to a launch and a
    stream synchronization): a training step's thousand kernels cost a
    thousand round trips. This pass puts each block's GPU work
    (`gpu.launch_func`, `gpu.memcpy`, `gpu.memset`, `gpu.alloc` of device
    memory, `gpu.dealloc`) on one chain of `!gpu.async.token`s, replacing
    the dependencies and `gpu.wait`s the code came with, and inserts a
    `gpu.wait` (the host waits) only before:

    - an op that may read, write or free a buffer the pending work
      reaches (the buffers it is given: a kernel's, a copy's or a fill's
      memref operands, the addresses a stream-ordered call is given),
      under any views; distinct allocations of the function do not alias,
      arguments may alias each other; an op whose effects are unknown;
    - an op with regions (whose blocks get chains of their own, waited for
      at their terminators) and the block's terminator (the caller may
      read the results);

    and only if work the host could observe (a launch, copy or fill; not an
    allocation or a free) was enqueued since it last waited. Calls marked
    `altgrad.gpu_stream_ordered` (`convert-linalg-to-blaslt{enqueue}`'s
    GEMMs) count as enqueued work and need no wait. Shared allocations
    (`gpu.alloc host_shared`) stay synchronous: `gpu-to-llvm` has no async
    form of them.

    `gpu-to-llvm` lowers each chain to one stream; altgrad's CUDA runtime
    gives every chain of a context the same stream, which also orders the
    reuse of freed buffers (docs/gpu.md). Run after kernel outlining: a
    `gpu.launch` is an error.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect"];
}

#endif // ALTGRAD_TRANSFORMS_PASSES
