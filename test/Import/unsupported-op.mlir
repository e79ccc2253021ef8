// RUN: not %altgrad-import iree %s 2>&1 | FileCheck %s

// An op that altgrad-import cannot rewrite to upstream dialects is an
// error that names it and where it is, never dropped: here IREE's sort
// (what jnp.sort and top_k become).

// CHECK: altgrad-import: error: loc("-":[[@LINE+2]]:{{[0-9]+}}): 'iree_linalg_ext.sort' is outside the upstream dialects altgrad takes (builtin, func, arith, math, tensor, linalg, scf, shard) and has no rewrite in altgrad-import
util.func public @main(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = iree_linalg_ext.sort dimension(0) outs(%x : tensor<8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %lt = arith.cmpf olt, %a, %b : f32
    iree_linalg_ext.yield %lt : i1
  } -> tensor<8xf32>
  util.return %0 : tensor<8xf32>
}
