// RUN: altgrad-opt %s --lower-fp8=target=cpu --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u \
// RUN:   | not grep -vE '^"(llvm\.[a-z_.]+|builtin\.module)"\($'

// The plan's training loop takes one batch per iteration with
// tensor.extract_slice at a dynamic offset; its memref.subview becomes
// affine.apply in expand-strided-metadata, which the pipeline must run
// before lower-affine. Only llvm.* ops and builtin.module may remain.

func.func @history_over_batches(%xs: tensor<3x8xf32>) -> (f32, i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h = scf.for %i = %c0 to %c3 step %c1 iter_args(%hi = %h0) -> (!altgrad.history<4>) {
    %row = tensor.extract_slice %xs[%i, 0] [1, 8] [1, 1] : tensor<3x8xf32> to tensor<8xf32>
    %hn = altgrad.history.update %hi, %row : !altgrad.history<4>, tensor<8xf32>
    scf.yield %hn : !altgrad.history<4>
  }
  %a = altgrad.history.amax %h : !altgrad.history<4>
  %r = altgrad.history.rejected %h : !altgrad.history<4>
  return %a, %r : f32, i64
}
