// RUN: altgrad-opt %s --lower-fp8=target=cpu | FileCheck %s
// Every op left after --lower-fp8=target=cpu is an llvm op in the builtin module: the
// generic form names each op "dialect.op"(; anything but llvm.* and
// builtin.module fails the second grep.
// RUN: altgrad-opt %s --lower-fp8=target=cpu --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u \
// RUN:   | not grep -vE '^"(llvm\.[a-z_.]+|builtin\.module)"\($'
// RUN: altgrad-opt %s --lower-fp8=target=cpu --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u | FileCheck %s --check-prefix=OPS

// OPS: "builtin.module"(
// OPS: "llvm.func"(

// Every op, scalar, vector, static and dynamic tensor, builtin and altgrad
// formats, f16/bf16 inputs, a history through func.call and scf.for.

// CHECK-NOT: altgrad
// CHECK-LABEL: llvm.func @elementwise
func.func @elementwise(%x: f32, %v: vector<4xbf16>, %t: tensor<?x3xf32>, %u: tensor<5xf16>, %s: f32)
    -> (!altgrad.fp<E7M0>, vector<4xf8E4M3FN>, tensor<?x3x!altgrad.fp<E0M7>>, tensor<?x3xf32>, tensor<5xf32>, f32) {
  %q0 = altgrad.quantize %x, %s : f32 to !altgrad.fp<E7M0>
  %q1 = altgrad.quantize %v, %s overflow<ieee> : vector<4xbf16> to vector<4xf8E4M3FN>
  %q2 = altgrad.quantize %t, %s : tensor<?x3xf32> to tensor<?x3x!altgrad.fp<E0M7>>
  %d2 = altgrad.dequantize %q2, %s : tensor<?x3x!altgrad.fp<E0M7>> to tensor<?x3xf32>
  %q3 = altgrad.quantize %u, %s : tensor<5xf16> to tensor<5x!altgrad.fp<E1M6>>
  %d3 = altgrad.dequantize %q3, %s : tensor<5x!altgrad.fp<E1M6>> to tensor<5xf32>
  %f = altgrad.fake_quantize %x, %s format(!altgrad.fp<E3M4>) : f32
  return %q0, %q1, %q2, %d2, %d3, %f : !altgrad.fp<E7M0>, vector<4xf8E4M3FN>, tensor<?x3x!altgrad.fp<E0M7>>, tensor<?x3xf32>, tensor<5xf32>, f32
}

// CHECK-LABEL: llvm.func @reductions
func.func @reductions(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32, %v: vector<8xf32>) -> (f32, f32, i64, i64, i64, i64) {
  %a = altgrad.amax %w : tensor<?xf32>
  %b = altgrad.amax %v : vector<8xf32>
  %sc = altgrad.compute_scale %a format(!altgrad.fp<E5M2>)
  %n, %m = altgrad.stall_count %w, %g, %lr, %sc format(!altgrad.fp<E4M3FN>) : tensor<?xf32>
  %n2, %m2 = altgrad.stall_count %v, %v, %lr, %s format(f8E5M2) : vector<8xf32>
  return %a, %b, %n, %m, %n2, %m2 : f32, f32, i64, i64, i64, i64
}

// CHECK-LABEL: llvm.func @step
func.func @step(%h: !altgrad.history<4>, %x: tensor<?xf32>) -> !altgrad.history<4> {
  %h1 = altgrad.history.update %h, %x : !altgrad.history<4>, tensor<?xf32>
  return %h1 : !altgrad.history<4>
}

// CHECK-LABEL: llvm.func @loop
// CHECK: llvm.call @step
func.func @loop(%x: tensor<?xf32>, %n: index) -> (f32, f32, i64) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %h0 = altgrad.history.empty : !altgrad.history<4>
  %h = scf.for %i = %c0 to %n step %c1 iter_args(%hi = %h0) -> (!altgrad.history<4>) {
    %hn = func.call @step(%hi, %x) : (!altgrad.history<4>, tensor<?xf32>) -> !altgrad.history<4>
    scf.yield %hn : !altgrad.history<4>
  }
  %a = altgrad.history.amax %h : !altgrad.history<4>
  %hr = altgrad.history.reset %h : !altgrad.history<4>
  %b = altgrad.history.amax %hr policy<most_recent> : !altgrad.history<4>
  %r = altgrad.history.rejected %h : !altgrad.history<4>
  return %a, %b, %r : f32, f32, i64
}
