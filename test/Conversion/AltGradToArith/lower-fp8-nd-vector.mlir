// RUN: altgrad-opt %s --lower-fp8=target=cpu --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u \
// RUN:   | not grep -vE '^"(llvm\.[a-z_.]+|builtin\.module)"\($'

// amax and stall_count of a vector of rank 2 or more flatten it with
// vector.shape_cast, whose LLVM lowering creates ub.poison: --lower-fp8
// must still leave only llvm.* ops and builtin.module.

func.func @amax_2d(%x: vector<2x3xf32>) -> f32 {
  %a = altgrad.amax %x : vector<2x3xf32>
  return %a : f32
}

func.func @stall_2d(%w: vector<2x2xf32>, %g: vector<2x2xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E5M2>) : vector<2x2xf32>
  return %n, %m : i64, i64
}
