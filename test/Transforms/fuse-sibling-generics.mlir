// RUN: altgrad-opt %s --altgrad-fuse-sibling-generics -split-input-file | FileCheck %s
// RUN: altgrad-opt %s --altgrad-fuse-sibling-generics=max-operands=3 -split-input-file \
// RUN:   | FileCheck %s --check-prefix=CAPPED

// altgrad-fuse-sibling-generics: a map and a full reduction over the same
// tensor become one generic reading it once. The map's result is used
// before the reduction, so the fused op takes the map's place and the
// reduction's init (a fill) moves up with it.
// CHECK: #[[ID:.*]] = affine_map<(d0) -> (d0)>
// CHECK: #[[SCALAR:.*]] = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @map_and_amax
// CHECK-SAME: (%[[X:.*]]: tensor<?xf32>, %[[S:.*]]: f32, %[[OUT:.*]]: memref<?xf32>)
// CHECK: %[[E:.*]] = tensor.empty(%{{.*}}) : tensor<?xf32>
// CHECK: %[[I:.*]] = tensor.empty() : tensor<f32>
// CHECK-NEXT: %[[FILL:.*]] = linalg.fill ins(%{{.*}} : f32) outs(%[[I]] : tensor<f32>) -> tensor<f32>
// CHECK-NEXT: %[[R:.*]]:2 = linalg.generic {indexing_maps = [#[[ID]], #[[ID]], #[[SCALAR]]], iterator_types = ["reduction"]}
// CHECK-SAME: ins(%[[X]] : tensor<?xf32>) outs(%[[E]], %[[FILL]] : tensor<?xf32>, tensor<f32>)
// CHECK-NEXT: ^bb0(%[[IN:.*]]: f32, %{{.*}}: f32, %[[ACC:.*]]: f32):
// CHECK-NEXT: %[[D:.*]] = arith.divf %[[IN]], %[[S]] : f32
// CHECK-NEXT: %[[ABS:.*]] = math.absf %[[IN]] : f32
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[ACC]], %[[ABS]] : f32
// CHECK-NEXT: linalg.yield %[[D]], %[[M]] : f32, f32
// CHECK: bufferization.materialize_in_destination %[[R]]#0 in restrict writable %[[OUT]]
// CHECK: tensor.extract %[[R]]#1[]
// CHECK-NOT: linalg.generic
func.func @map_and_amax(%x: tensor<?xf32>, %s: f32, %out: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?xf32>
  %e = tensor.empty(%n) : tensor<?xf32>
  %q = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<?xf32>) outs(%e : tensor<?xf32>) {
  ^bb0(%in: f32, %o: f32):
    %d = arith.divf %in, %s : f32
    linalg.yield %d : f32
  } -> tensor<?xf32>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  %zero = arith.constant 0.0 : f32
  %i = tensor.empty() : tensor<f32>
  %fill = linalg.fill ins(%zero : f32) outs(%i : tensor<f32>) -> tensor<f32>
  %a = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>],
                       iterator_types = ["reduction"]}
      ins(%x : tensor<?xf32>) outs(%fill : tensor<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %abs = math.absf %in : f32
    %m = arith.maximumf %acc, %abs : f32
    linalg.yield %m : f32
  } -> tensor<f32>
  %r = tensor.extract %a[] : tensor<f32>
  return %r : f32
}

// -----

// Two maps over the same input, with a second input only one reads: the
// fused op reads the common one once and sits where the later one was.
// CHECK-LABEL: func.func @two_maps
// CHECK-SAME: (%[[X:.*]]: tensor<8xf32>, %[[Y:.*]]: tensor<8xf32>)
// CHECK: %[[R:.*]]:2 = linalg.generic
// CHECK-SAME: iterator_types = ["parallel"]
// CHECK-SAME: ins(%[[X]], %[[Y]] : tensor<8xf32>, tensor<8xf32>)
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %{{.*}}: f32, %{{.*}}: f32):
// CHECK-NEXT: %[[N:.*]] = arith.negf %[[A]] : f32
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[A]], %[[B]] : f32
// CHECK-NEXT: linalg.yield %[[N]], %[[S]] : f32, f32
// CHECK: return %[[R]]#0, %[[R]]#1
// With at most 3 operands (the fused op would have 4), they stay apart.
// CAPPED-LABEL: func.func @two_maps
// CAPPED-COUNT-2: linalg.generic
// CAPPED-NOT: linalg.generic
// CAPPED: return
func.func @two_maps(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %e = tensor.empty() : tensor<8xf32>
  %n = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %v = arith.negf %a : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x, %y : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %v = arith.addf %a, %b : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  return %n, %s : tensor<8xf32>, tensor<8xf32>
}

// -----

// Not fused: the second reads the first's result (a producer and its
// consumer, not siblings), ...
// CHECK-LABEL: func.func @dependent
// CHECK: linalg.generic
// CHECK: linalg.generic
func.func @dependent(%x: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %n = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%a: f32, %o: f32):
    %v = arith.negf %a : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  %s = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x, %n : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %v = arith.addf %a, %b : f32
    linalg.yield %v : f32
  } -> tensor<8xf32>
  return %s : tensor<8xf32>
}

// -----

// ... the second's body uses a value computed from the first's result (a
// scale from an amax), ...
// CHECK-LABEL: func.func @through_scale
// CHECK: linalg.generic
// CHECK: tensor.extract
// CHECK: linalg.generic
func.func @through_scale(%x: tensor<8xf32>, %init: tensor<f32>) -> tensor<8xf32> {
  %a = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>],
                       iterator_types = ["reduction"]}
      ins(%x : tensor<8xf32>) outs(%init : tensor<f32>) {
  ^bb0(%in: f32, %acc: f32):
    %m = arith.maximumf %acc, %in : f32
    linalg.yield %m : f32
  } -> tensor<f32>
  %s = tensor.extract %a[] : tensor<f32>
  %e = tensor.empty() : tensor<8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %d = arith.divf %in, %s : f32
    linalg.yield %d : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}

// -----

// ... and a transposed input.
// CHECK-LABEL: func.func @transposed
// CHECK: linalg.generic
// CHECK: linalg.generic
func.func @transposed(%x: tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>) {
  %e = tensor.empty() : tensor<4x4xf32>
  %n = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %v = arith.negf %a : f32
    linalg.yield %v : f32
  } -> tensor<4x4xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x4xf32>) outs(%e : tensor<4x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    linalg.yield %a : f32
  } -> tensor<4x4xf32>
  return %n, %t : tensor<4x4xf32>, tensor<4x4xf32>
}

// -----

// Candidates are the earlier generics that read one of the later one's
// inputs: a map of %y between a map and a reduction of %x is no candidate,
// and the two over %x still fuse (the earliest first).
#id = affine_map<(d0) -> (d0)>
#all = affine_map<(d0) -> ()>
// CHECK-LABEL: func.func @skip_unrelated
// CHECK-SAME:    (%[[X:.*]]: tensor<8xf32>, %[[Y:.*]]: tensor<8xf32>)
// CHECK:         linalg.generic {{.*}} ins(%[[Y]] : tensor<8xf32>)
// CHECK:         %[[F:.*]]:2 = linalg.generic {{.*}} ins(%[[X]] : tensor<8xf32>)
// CHECK-NOT:     linalg.generic
// CHECK:         return
func.func @skip_unrelated(%x: tensor<8xf32>, %y: tensor<8xf32>)
    -> (tensor<8xf32>, tensor<8xf32>, tensor<f32>) {
  %e = tensor.empty() : tensor<8xf32>
  %m = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.mulf %in, %in : f32
    linalg.yield %a : f32
  } -> tensor<8xf32>
  %n = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel"]}
      ins(%y : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %in : f32
    linalg.yield %a : f32
  } -> tensor<8xf32>
  %zero = arith.constant 0.0 : f32
  %z = tensor.empty() : tensor<f32>
  %acc = linalg.fill ins(%zero : f32) outs(%z : tensor<f32>) -> tensor<f32>
  %r = linalg.generic {indexing_maps = [#id, #all], iterator_types = ["reduction"]}
      ins(%x : tensor<8xf32>) outs(%acc : tensor<f32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.addf %in, %out : f32
    linalg.yield %a : f32
  } -> tensor<f32>
  return %m, %n, %r : tensor<8xf32>, tensor<8xf32>, tensor<f32>
}

// -----

// The second generic needs the scale that 40 diamonds of scalar ops compute
// from its input's neighbour, and the first's result is used before it, so
// the scale moves up above the first: each op of the DAG is looked at once
// (a walk of its 2^40 paths would not end).
// CHECK-LABEL: func.func @diamonds
// CHECK: arith.addf
// CHECK: linalg.generic
// CHECK-SAME: iterator_types = ["parallel"]
// CHECK-NOT: linalg.generic
func.func @diamonds(%x: tensor<8xf32>, %s: f32, %out: memref<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %first = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                           iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<8xf32>
  bufferization.materialize_in_destination %first in restrict writable %out
      : (tensor<8xf32>, memref<8xf32>) -> ()
  %a0 = arith.mulf %s, %s : f32
  %b0 = arith.addf %s, %s : f32
  %c0 = arith.addf %a0, %b0 : f32
  %a1 = arith.mulf %c0, %c0 : f32
  %b1 = arith.addf %c0, %c0 : f32
  %c1 = arith.addf %a1, %b1 : f32
  %a2 = arith.mulf %c1, %c1 : f32
  %b2 = arith.addf %c1, %c1 : f32
  %c2 = arith.addf %a2, %b2 : f32
  %a3 = arith.mulf %c2, %c2 : f32
  %b3 = arith.addf %c2, %c2 : f32
  %c3 = arith.addf %a3, %b3 : f32
  %a4 = arith.mulf %c3, %c3 : f32
  %b4 = arith.addf %c3, %c3 : f32
  %c4 = arith.addf %a4, %b4 : f32
  %a5 = arith.mulf %c4, %c4 : f32
  %b5 = arith.addf %c4, %c4 : f32
  %c5 = arith.addf %a5, %b5 : f32
  %a6 = arith.mulf %c5, %c5 : f32
  %b6 = arith.addf %c5, %c5 : f32
  %c6 = arith.addf %a6, %b6 : f32
  %a7 = arith.mulf %c6, %c6 : f32
  %b7 = arith.addf %c6, %c6 : f32
  %c7 = arith.addf %a7, %b7 : f32
  %a8 = arith.mulf %c7, %c7 : f32
  %b8 = arith.addf %c7, %c7 : f32
  %c8 = arith.addf %a8, %b8 : f32
  %a9 = arith.mulf %c8, %c8 : f32
  %b9 = arith.addf %c8, %c8 : f32
  %c9 = arith.addf %a9, %b9 : f32
  %a10 = arith.mulf %c9, %c9 : f32
  %b10 = arith.addf %c9, %c9 : f32
  %c10 = arith.addf %a10, %b10 : f32
  %a11 = arith.mulf %c10, %c10 : f32
  %b11 = arith.addf %c10, %c10 : f32
  %c11 = arith.addf %a11, %b11 : f32
  %a12 = arith.mulf %c11, %c11 : f32
  %b12 = arith.addf %c11, %c11 : f32
  %c12 = arith.addf %a12, %b12 : f32
  %a13 = arith.mulf %c12, %c12 : f32
  %b13 = arith.addf %c12, %c12 : f32
  %c13 = arith.addf %a13, %b13 : f32
  %a14 = arith.mulf %c13, %c13 : f32
  %b14 = arith.addf %c13, %c13 : f32
  %c14 = arith.addf %a14, %b14 : f32
  %a15 = arith.mulf %c14, %c14 : f32
  %b15 = arith.addf %c14, %c14 : f32
  %c15 = arith.addf %a15, %b15 : f32
  %a16 = arith.mulf %c15, %c15 : f32
  %b16 = arith.addf %c15, %c15 : f32
  %c16 = arith.addf %a16, %b16 : f32
  %a17 = arith.mulf %c16, %c16 : f32
  %b17 = arith.addf %c16, %c16 : f32
  %c17 = arith.addf %a17, %b17 : f32
  %a18 = arith.mulf %c17, %c17 : f32
  %b18 = arith.addf %c17, %c17 : f32
  %c18 = arith.addf %a18, %b18 : f32
  %a19 = arith.mulf %c18, %c18 : f32
  %b19 = arith.addf %c18, %c18 : f32
  %c19 = arith.addf %a19, %b19 : f32
  %a20 = arith.mulf %c19, %c19 : f32
  %b20 = arith.addf %c19, %c19 : f32
  %c20 = arith.addf %a20, %b20 : f32
  %a21 = arith.mulf %c20, %c20 : f32
  %b21 = arith.addf %c20, %c20 : f32
  %c21 = arith.addf %a21, %b21 : f32
  %a22 = arith.mulf %c21, %c21 : f32
  %b22 = arith.addf %c21, %c21 : f32
  %c22 = arith.addf %a22, %b22 : f32
  %a23 = arith.mulf %c22, %c22 : f32
  %b23 = arith.addf %c22, %c22 : f32
  %c23 = arith.addf %a23, %b23 : f32
  %a24 = arith.mulf %c23, %c23 : f32
  %b24 = arith.addf %c23, %c23 : f32
  %c24 = arith.addf %a24, %b24 : f32
  %a25 = arith.mulf %c24, %c24 : f32
  %b25 = arith.addf %c24, %c24 : f32
  %c25 = arith.addf %a25, %b25 : f32
  %a26 = arith.mulf %c25, %c25 : f32
  %b26 = arith.addf %c25, %c25 : f32
  %c26 = arith.addf %a26, %b26 : f32
  %a27 = arith.mulf %c26, %c26 : f32
  %b27 = arith.addf %c26, %c26 : f32
  %c27 = arith.addf %a27, %b27 : f32
  %a28 = arith.mulf %c27, %c27 : f32
  %b28 = arith.addf %c27, %c27 : f32
  %c28 = arith.addf %a28, %b28 : f32
  %a29 = arith.mulf %c28, %c28 : f32
  %b29 = arith.addf %c28, %c28 : f32
  %c29 = arith.addf %a29, %b29 : f32
  %a30 = arith.mulf %c29, %c29 : f32
  %b30 = arith.addf %c29, %c29 : f32
  %c30 = arith.addf %a30, %b30 : f32
  %a31 = arith.mulf %c30, %c30 : f32
  %b31 = arith.addf %c30, %c30 : f32
  %c31 = arith.addf %a31, %b31 : f32
  %a32 = arith.mulf %c31, %c31 : f32
  %b32 = arith.addf %c31, %c31 : f32
  %c32 = arith.addf %a32, %b32 : f32
  %a33 = arith.mulf %c32, %c32 : f32
  %b33 = arith.addf %c32, %c32 : f32
  %c33 = arith.addf %a33, %b33 : f32
  %a34 = arith.mulf %c33, %c33 : f32
  %b34 = arith.addf %c33, %c33 : f32
  %c34 = arith.addf %a34, %b34 : f32
  %a35 = arith.mulf %c34, %c34 : f32
  %b35 = arith.addf %c34, %c34 : f32
  %c35 = arith.addf %a35, %b35 : f32
  %a36 = arith.mulf %c35, %c35 : f32
  %b36 = arith.addf %c35, %c35 : f32
  %c36 = arith.addf %a36, %b36 : f32
  %a37 = arith.mulf %c36, %c36 : f32
  %b37 = arith.addf %c36, %c36 : f32
  %c37 = arith.addf %a37, %b37 : f32
  %a38 = arith.mulf %c37, %c37 : f32
  %b38 = arith.addf %c37, %c37 : f32
  %c38 = arith.addf %a38, %b38 : f32
  %a39 = arith.mulf %c38, %c38 : f32
  %b39 = arith.addf %c38, %c38 : f32
  %c39 = arith.addf %a39, %b39 : f32
  %second = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                            iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.mulf %in, %c39 : f32
    linalg.yield %m : f32
  } -> tensor<8xf32>
  return %second : tensor<8xf32>
}
