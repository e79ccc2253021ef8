// RUN: %altgrad-import iree %s | FileCheck %s
// The output parses and lowers in LLVM/MLIR 22:
// RUN: %altgrad-import iree %s | altgrad-opt --lower-fp8=target=cpu -o /dev/null

// IREE's ops of the input level become upstream ones: util.func and
// util.return func's, util.call func.call, iree_linalg_ext.scatter loops
// (what iree-compile --compile-to=input makes of the gradient of
// take_along_axis, in the MLP of corpus/mlp).

// CHECK-LABEL: func.func private @twice(
// CHECK-SAME:    %[[X:[a-z0-9]+]]: tensor<4xf32>{{.*}}) -> tensor<4xf32>
// CHECK:         %[[Y:.*]] = linalg.generic
// CHECK:         return %[[Y]] : tensor<4xf32>
util.func private @twice(%x: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %y = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<4xf32>) outs(%e : tensor<4xf32>) {
  ^bb0(%in: f32, %out: f32):
    %s = arith.addf %in, %in : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  util.return %y : tensor<4xf32>
}

// Updates [batch = 3] of scalar slices at (indices[b, 0], indices[b, 1]),
// added in the order of the batch: a loop over the batch, the position
// offset by each index, out-of-bounds updates skipped (unsigned compare),
// the region's body applied to (update, current).
// CHECK-LABEL: func.func public @main(
// CHECK-SAME:    %[[U:[a-z0-9]+]]: tensor<3xf32>{{.*}}%[[I:[a-z0-9]+]]: tensor<3x2xi32>{{.*}}%[[O:[a-z0-9]+]]: tensor<2x4xf32>{{.*}}%[[X:[a-z0-9]+]]: tensor<4xf32>
// CHECK-SAME:    attributes {llvm.emit_c_interface}
// CHECK-DAG:     %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG:     %[[C1:.*]] = arith.constant 1 : index
// CHECK-DAG:     %[[C2:.*]] = arith.constant 2 : index
// CHECK-DAG:     %[[C3:.*]] = arith.constant 3 : index
// CHECK-DAG:     %[[C4:.*]] = arith.constant 4 : index
// CHECK:         %[[R:.*]] = scf.for %[[B:.*]] = %[[C0]] to %[[C3]] step %[[C1]] iter_args(%[[ACC:.*]] = %[[O]]) -> (tensor<2x4xf32>) {
// CHECK:           %[[I0:.*]] = tensor.extract %[[I]][%[[B]], %[[C0]]] : tensor<3x2xi32>
// CHECK:           %[[P0:.*]] = arith.index_cast %[[I0]] : i32 to index
// CHECK:           %[[Q0:.*]] = arith.addi %[[C0]], %[[P0]] : index
// CHECK:           %[[I1:.*]] = tensor.extract %[[I]][%[[B]], %[[C1]]] : tensor<3x2xi32>
// CHECK:           %[[P1:.*]] = arith.index_cast %[[I1]] : i32 to index
// CHECK:           %[[Q1:.*]] = arith.addi %[[C0]], %[[P1]] : index
// CHECK:           %[[IN0:.*]] = arith.cmpi ult, %[[Q0]], %[[C2]] : index
// CHECK:           %[[IN1:.*]] = arith.cmpi ult, %[[Q1]], %[[C4]] : index
// CHECK:           %[[IN:.*]] = arith.andi %[[IN0]], %[[IN1]] : i1
// CHECK:           %[[NEW:.*]] = scf.if %[[IN]] -> (tensor<2x4xf32>) {
// CHECK:             %[[UPD:.*]] = tensor.extract %[[U]][%[[B]]] : tensor<3xf32>
// CHECK:             %[[CUR:.*]] = tensor.extract %[[ACC]][%[[Q0]], %[[Q1]]] : tensor<2x4xf32>
// CHECK:             %[[SUM:.*]] = arith.addf %[[CUR]], %[[UPD]] : f32
// CHECK:             %[[INS:.*]] = tensor.insert %[[SUM]] into %[[ACC]][%[[Q0]], %[[Q1]]] : tensor<2x4xf32>
// CHECK:             scf.yield %[[INS]] : tensor<2x4xf32>
// CHECK:           } else {
// CHECK:             scf.yield %[[ACC]] : tensor<2x4xf32>
// CHECK:           }
// CHECK:           scf.yield %[[NEW]] : tensor<2x4xf32>
// CHECK:         }
// CHECK:         %[[T:.*]] = call @twice(%[[X]]) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK:         return %[[R]], %[[T]] : tensor<2x4xf32>, tensor<4xf32>
// CHECK-NOT:     util.
// CHECK-NOT:     iree_linalg_ext.
util.func public @main(%u: tensor<3xf32>, %i: tensor<3x2xi32>, %o: tensor<2x4xf32>,
                       %x: tensor<4xf32>) -> (tensor<2x4xf32>, tensor<4xf32>) {
  %r = iree_linalg_ext.scatter dimension_map = [0, 1] unique_indices(false)
      ins(%u, %i : tensor<3xf32>, tensor<3x2xi32>) outs(%o : tensor<2x4xf32>) {
  ^bb0(%update: f32, %current: f32):
    %s = arith.addf %current, %update : f32
    iree_linalg_ext.yield %s : f32
  } -> tensor<2x4xf32>
  %t = util.call @twice(%x) : (tensor<4xf32>) -> tensor<4xf32>
  util.return %r, %t : tensor<2x4xf32>, tensor<4xf32>
}
