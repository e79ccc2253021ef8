// RUN: altgrad-opt %s --convert-altgrad-to-arith \
// RUN:   --one-shot-bufferize="bufferize-function-boundaries" \
// RUN:   | FileCheck %s --implicit-check-not=memref.copy --implicit-check-not=bufferization.to_tensor

// The converted tensor code bufferizes in place with One-Shot Bufferize:
// each linalg.generic writes a fresh buffer (its tensor.empty / 0-d init),
// nothing is copied.

// CHECK-LABEL: func.func @chain
// CHECK-SAME: (%[[X:.*]]: memref<?x4xf32, strided<[?, ?], offset: ?>>, %[[S:.*]]: f32) -> (memref<?x4xf32>, f32, i64, i64)
// quantize into i8 codes
// CHECK: %[[Q:.*]] = memref.alloc(%{{.*}}) {{.*}}: memref<?x4xi8>
// CHECK: linalg.generic {{.*}} ins(%[[X]] : memref<?x4xf32, strided<[?, ?], offset: ?>>) outs(%[[Q]] : memref<?x4xi8>)
// dequantize the codes
// CHECK: %[[D:.*]] = memref.alloc(%{{.*}}) {{.*}}: memref<?x4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[Q]] : memref<?x4xi8>) outs(%[[D]] : memref<?x4xf32>)
// amax: a 0-d accumulator
// CHECK: %[[ACC:.*]] = memref.alloc() {{.*}}: memref<f32>
// CHECK: linalg.generic {{.*}} ins(%[[X]] : {{.*}}) outs(%[[ACC]] : memref<f32>)
// CHECK: memref.load %[[ACC]][] : memref<f32>
// stall_count: a 0-d i64 accumulator
// CHECK: %[[CNT:.*]] = memref.alloc() {{.*}}: memref<i64>
// CHECK: linalg.generic {{.*}} ins(%[[X]], %[[D]] : {{.*}}) outs(%[[CNT]] : memref<i64>)
// CHECK: return %[[D]]
func.func @chain(%x: tensor<?x4xf32>, %s: f32) -> (tensor<?x4xf32>, f32, i64, i64) {
  %q = altgrad.quantize %x, %s : tensor<?x4xf32> to tensor<?x4x!altgrad.fp<E5M2>>
  %d = altgrad.dequantize %q, %s : tensor<?x4x!altgrad.fp<E5M2>> to tensor<?x4xf32>
  %a = altgrad.amax %x : tensor<?x4xf32>
  %n, %m = altgrad.stall_count %x, %d, %s, %s format(!altgrad.fp<E7M0>) : tensor<?x4xf32>
  return %d, %a, %n, %m : tensor<?x4xf32>, f32, i64, i64
}

// fake_quantize over a tensor argument, and a history update over one.
// CHECK-LABEL: func.func @fake_and_history
// CHECK: %[[F:.*]] = memref.alloc() {{.*}}: memref<16xf32>
// CHECK: linalg.generic {{.*}} outs(%[[F]] : memref<16xf32>)
// CHECK: memref.alloc() {{.*}}: memref<f32>
// CHECK: vector.shuffle
// CHECK: return %[[F]]
func.func @fake_and_history(%x: tensor<16xf32>, %s: f32, %h: !altgrad.history<4>) -> (tensor<16xf32>, !altgrad.history<4>) {
  %f = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) : tensor<16xf32>
  %h1 = altgrad.history.update %h, %f : !altgrad.history<4>, tensor<16xf32>
  return %f, %h1 : tensor<16xf32>, !altgrad.history<4>
}
