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
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
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

#endif // ALTGRAD_TRANSFORMS_PASSES
