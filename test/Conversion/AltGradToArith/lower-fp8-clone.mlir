// RUN: altgrad-opt %s --lower-fp8=target=cpu --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u \
// RUN:   | not grep -vE '^"(llvm\.[a-z_.]+|builtin\.module)"\($'

// A function that may return its own tensor argument (here: fake-quantize
// only when asked) makes buffer-deallocation-pipeline insert
// bufferization.clone: --lower-fp8 must still leave only llvm.* ops and
// builtin.module.

func.func @maybe_fake(%x: tensor<8xf32>, %s: f32, %c: i1) -> tensor<8xf32> {
  %r = scf.if %c -> tensor<8xf32> {
    %y = altgrad.fake_quantize %x, %s format(!altgrad.fp<E4M3FN>) : tensor<8xf32>
    scf.yield %y : tensor<8xf32>
  } else {
    scf.yield %x : tensor<8xf32>
  }
  return %r : tensor<8xf32>
}
