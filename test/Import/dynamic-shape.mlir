// RUN: not %altgrad-import stablehlo %s 2>&1 | FileCheck %s

// A dynamic shape (what jax.export makes of a symbolic batch size) is an
// error that says what to do instead.

// CHECK: altgrad-import: error: loc("-":[[@LINE+1]]:{{[0-9]+}}): argument 0 of @main has the dynamic shape tensor<?x4xf32>; altgrad-import takes static shapes only (export with concrete shapes, not jax.export's symbolic ones)
func.func public @main(%x: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = stablehlo.add %x, %x : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}
