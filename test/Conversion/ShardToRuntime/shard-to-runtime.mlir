// shard.all_reduce as a call of altgradAllReduce(data, count, type,
// reduction, ranks) (include/altgrad/Runtime/Collectives.h: types i32 0,
// i64 1, f32 2; reductions max 0, sum 1) on a fresh copy of its input.
//
// RUN: altgrad-opt %s --split-input-file --altgrad-convert-shard-to-runtime \
// RUN:   | FileCheck %s

// CHECK-NOT:   shard.grid
// CHECK-LABEL: func.func @amaxes(
// CHECK-SAME:  %[[T:.*]]: tensor<4xi32>
// CHECK:       %[[IN:.*]] = bufferization.to_buffer %[[T]] read_only : tensor<4xi32> to memref<4xi32>
// CHECK:       %[[BUF:.*]] = memref.alloc() : memref<4xi32>
// CHECK:       memref.copy %[[IN]], %[[BUF]]
// CHECK:       %[[P:.*]] = memref.extract_aligned_pointer_as_index %[[BUF]]
// CHECK:       %[[P64:.*]] = arith.index_cast %[[P]] : index to i64
// CHECK-DAG:   %[[N:.*]] = arith.constant 4 : i64
// CHECK-DAG:   %[[I32:.*]] = arith.constant 0 : i32
// CHECK-DAG:   %[[MAX:.*]] = arith.constant 0 : i32
// CHECK-DAG:   %[[RANKS:.*]] = arith.constant 8 : i64
// CHECK:       call @altgradAllReduce(%[[P64]], %[[N]], %[[I32]], %[[MAX]], %[[RANKS]]) : (i64, i64, i32, i32, i64) -> ()
// CHECK:       %[[R:.*]] = bufferization.to_tensor %[[BUF]] restrict writable
// CHECK:       return %[[R]]
// CHECK-LABEL: func.func @gradient(
// CHECK-DAG:   %[[N2:.*]] = arith.constant 6 : i64
// CHECK-DAG:   %[[F32:.*]] = arith.constant 2 : i32
// CHECK-DAG:   %[[SUM:.*]] = arith.constant 1 : i32
// CHECK:       call @altgradAllReduce(%{{.*}}, %[[N2]], %[[F32]], %[[SUM]], %{{.*}})
// CHECK-LABEL: func.func @counts(
// CHECK-DAG:   %[[N3:.*]] = arith.constant 2 : i64
// CHECK-DAG:   %[[I64:.*]] = arith.constant 1 : i32
// CHECK-DAG:   %[[SUM3:.*]] = arith.constant 1 : i32
// CHECK:       call @altgradAllReduce(%{{.*}}, %[[N3]], %[[I64]], %[[SUM3]], %{{.*}})
// CHECK:       func.func private @altgradAllReduce(i64, i64, i32, i32, i64)
module {
  shard.grid @ranks(shape = 8)
  func.func @amaxes(%t: tensor<4xi32>) -> tensor<4xi32> {
    %r = shard.all_reduce %t on @ranks grid_axes = [0] reduction = max : tensor<4xi32> -> tensor<4xi32>
    return %r : tensor<4xi32>
  }
  func.func @gradient(%t: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %r = shard.all_reduce %t on @ranks reduction = sum : tensor<2x3xf32> -> tensor<2x3xf32>
    return %r : tensor<2x3xf32>
  }
  func.func @counts(%t: tensor<2xi64>) -> tensor<2xi64> {
    %r = shard.all_reduce %t on @ranks grid_axes = [0] : tensor<2xi64> -> tensor<2xi64>
    return %r : tensor<2xi64>
  }
}
