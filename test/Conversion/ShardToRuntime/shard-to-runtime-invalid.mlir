// All-reduces altgrad's runtime does not carry, each with a diagnostic.
//
// RUN: altgrad-opt %s --split-input-file --verify-diagnostics \
// RUN:   --altgrad-convert-shard-to-runtime
// RUN: not altgrad-opt %s --split-input-file \
// RUN:   --altgrad-convert-shard-to-runtime -o /dev/null 2>&1 | FileCheck %s
// CHECK-COUNT-4: error: altgrad-convert-shard-to-runtime:

shard.grid @ranks(shape = 2)
func.func @f(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{altgrad-convert-shard-to-runtime: expects a max or sum all_reduce of a static tensor of i32, i64 or f32 over the one axis of a static 1-D shard.grid}}
  %r = shard.all_reduce %t on @ranks grid_axes = [0] reduction = min : tensor<4xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

shard.grid @ranks(shape = 2)
func.func @f(%t: tensor<4xf16>) -> tensor<4xf16> {
  // expected-error @+1 {{altgrad-convert-shard-to-runtime: expects}}
  %r = shard.all_reduce %t on @ranks grid_axes = [0] reduction = sum : tensor<4xf16> -> tensor<4xf16>
  return %r : tensor<4xf16>
}

// -----

shard.grid @grid(shape = 2x2)
func.func @f(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{altgrad-convert-shard-to-runtime: expects}}
  %r = shard.all_reduce %t on @grid grid_axes = [1] reduction = sum : tensor<4xf32> -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

shard.grid @ranks(shape = 2)
func.func @f(%t: tensor<4xf32>) -> tensor<4xf64> {
  // expected-error @+1 {{altgrad-convert-shard-to-runtime: expects}}
  %r = shard.all_reduce %t on @ranks grid_axes = [0] reduction = sum : tensor<4xf32> -> tensor<4xf64>
  return %r : tensor<4xf64>
}
