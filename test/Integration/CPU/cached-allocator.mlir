// A step lowered with cached-allocator=true takes its buffers from
// libaltgrad_host_allocator: called three times, it gets the same 1 MiB
// block back each time (kept between calls, so the sums stay right), and
// with ALTGRAD_HOST_CACHE_BYTES=0 nothing is kept.
// RUN: altgrad-opt %s --lower-fp8="target=cpu cached-allocator=true" \
// RUN: | FileCheck %s --check-prefix=IR
// RUN: altgrad-opt %s --lower-fp8="target=cpu cached-allocator=true" \
// RUN: | mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_c_runner_utils.so,%altgrad_obj_root/lib/libaltgrad_host_allocator.so \
// RUN: | FileCheck %s --check-prefix=KEPT
// RUN: altgrad-opt %s --lower-fp8="target=cpu cached-allocator=true" \
// RUN: | env ALTGRAD_HOST_CACHE_BYTES=0 mlir-runner -e main -entry-point-result=void \
// RUN:   -shared-libs=%mlir_lib_dir/libmlir_c_runner_utils.so,%altgrad_obj_root/lib/libaltgrad_host_allocator.so \
// RUN: | FileCheck %s --check-prefix=NONE
// RUN: not altgrad-opt %s --lower-fp8="target=gpu cached-allocator=true" 2>&1 \
// RUN: | FileCheck %s --check-prefix=GPU

// IR-NOT: @malloc
// IR-NOT: @free
// IR-DAG: llvm.call @_mlir_memref_to_llvm_alloc
// IR-DAG: llvm.call @_mlir_memref_to_llvm_free

// Each call fills 2^18 elements with its argument (a buffer of 1 MiB) and
// sums them: 2^18 * c, exact in f32 for these c.
// KEPT: 262144
// KEPT-NEXT: 524288
// KEPT-NEXT: 786432
// KEPT-NEXT: kept 1
// NONE: 262144
// NONE-NEXT: 524288
// NONE-NEXT: 786432
// NONE-NEXT: kept 0
// GPU: error: lower-fp8: cached-allocator needs target=cpu

func.func private @altgradHostAllocatorCachedBytes() -> i64

func.func @sum_of_filled(%c: f32) -> f32 {
  %empty = tensor.empty() : tensor<262144xf32>
  %filled = linalg.fill ins(%c : f32) outs(%empty : tensor<262144xf32>) -> tensor<262144xf32>
  %zero = arith.constant 0.0 : f32
  %init = tensor.from_elements %zero : tensor<f32>
  %sum = linalg.reduce ins(%filled : tensor<262144xf32>) outs(%init : tensor<f32>) dimensions = [0]
    (%x: f32, %acc: f32) {
      %s = arith.addf %x, %acc : f32
      linalg.yield %s : f32
    }
  %value = tensor.extract %sum[] : tensor<f32>
  return %value : f32
}

func.func @main() {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %three = arith.constant 3.0 : f32
  %a = func.call @sum_of_filled(%one) : (f32) -> f32
  vector.print %a : f32
  %b = func.call @sum_of_filled(%two) : (f32) -> f32
  vector.print %b : f32
  %c = func.call @sum_of_filled(%three) : (f32) -> f32
  vector.print %c : f32
  // Whether the 1 MiB block (and nothing smaller) is kept: its capacity is
  // at least 2^20 bytes and below 2^21.
  %kept = func.call @altgradHostAllocatorCachedBytes() : () -> i64
  %mib = arith.constant 20 : i64
  %blocks = arith.shrui %kept, %mib : i64
  vector.print str "kept "
  vector.print %blocks : i64
  return
}
