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

// The later generic needs a scalar computed after the earlier one by a
// deep DAG of shared values (each level uses both values of the level
// before: 2^40 paths to the first level). The fused op takes the earlier
// one's place with the DAG moved up, in order; each of its ops is visited
// once (visiting each once per path would not finish).
// CHECK-LABEL: func.func @deep_shared_scale
// CHECK-SAME: (%[[X:.*]]: tensor<8xf32>, %[[S:.*]]: f32, %[[OUT:.*]]: memref<8xf32>)
// CHECK-NEXT: %[[E:.*]] = tensor.empty() : tensor<8xf32>
// CHECK-NEXT: %[[F:.*]] = tensor.empty() : tensor<8xf32>
// CHECK-NEXT: arith.addf %[[S]], %[[S]] : f32
// CHECK-NEXT: arith.mulf %[[S]], %[[S]] : f32
// CHECK-COUNT-76: arith.{{addf|mulf}}
// CHECK-NEXT: %[[A40:.*]] = arith.addf
// CHECK-NEXT: %[[R:.*]]:2 = linalg.generic
// CHECK-SAME: ins(%[[X]] : tensor<8xf32>) outs(%[[E]], %[[F]] : tensor<8xf32>, tensor<8xf32>)
// CHECK: arith.negf
// CHECK-NEXT: arith.mulf %{{.*}}, %[[A40]] : f32
// CHECK: bufferization.materialize_in_destination %[[R]]#0 in restrict writable %[[OUT]]
// CHECK-NEXT: arith.mulf
// CHECK-NEXT: return %[[R]]#1
func.func @deep_shared_scale(%x: tensor<8xf32>, %s: f32, %out: memref<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %q = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%e : tensor<8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %n = arith.negf %in : f32
    linalg.yield %n : f32
  } -> tensor<8xf32>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<8xf32>, memref<8xf32>) -> ()
  %a1 = arith.addf %s, %s : f32
  %b1 = arith.mulf %s, %s : f32
  %a2 = arith.addf %a1, %b1 : f32
  %b2 = arith.mulf %a1, %b1 : f32
  %a3 = arith.addf %a2, %b2 : f32
  %b3 = arith.mulf %a2, %b2 : f32
  %a4 = arith.addf %a3, %b3 : f32
  %b4 = arith.mulf %a3, %b3 : f32
  %a5 = arith.addf %a4, %b4 : f32
  %b5 = arith.mulf %a4, %b4 : f32
  %a6 = arith.addf %a5, %b5 : f32
  %b6 = arith.mulf %a5, %b5 : f32
  %a7 = arith.addf %a6, %b6 : f32
  %b7 = arith.mulf %a6, %b6 : f32
  %a8 = arith.addf %a7, %b7 : f32
  %b8 = arith.mulf %a7, %b7 : f32
  %a9 = arith.addf %a8, %b8 : f32
  %b9 = arith.mulf %a8, %b8 : f32
  %a10 = arith.addf %a9, %b9 : f32
  %b10 = arith.mulf %a9, %b9 : f32
  %a11 = arith.addf %a10, %b10 : f32
  %b11 = arith.mulf %a10, %b10 : f32
  %a12 = arith.addf %a11, %b11 : f32
  %b12 = arith.mulf %a11, %b11 : f32
  %a13 = arith.addf %a12, %b12 : f32
  %b13 = arith.mulf %a12, %b12 : f32
  %a14 = arith.addf %a13, %b13 : f32
  %b14 = arith.mulf %a13, %b13 : f32
  %a15 = arith.addf %a14, %b14 : f32
  %b15 = arith.mulf %a14, %b14 : f32
  %a16 = arith.addf %a15, %b15 : f32
  %b16 = arith.mulf %a15, %b15 : f32
  %a17 = arith.addf %a16, %b16 : f32
  %b17 = arith.mulf %a16, %b16 : f32
  %a18 = arith.addf %a17, %b17 : f32
  %b18 = arith.mulf %a17, %b17 : f32
  %a19 = arith.addf %a18, %b18 : f32
  %b19 = arith.mulf %a18, %b18 : f32
  %a20 = arith.addf %a19, %b19 : f32
  %b20 = arith.mulf %a19, %b19 : f32
  %a21 = arith.addf %a20, %b20 : f32
  %b21 = arith.mulf %a20, %b20 : f32
  %a22 = arith.addf %a21, %b21 : f32
  %b22 = arith.mulf %a21, %b21 : f32
  %a23 = arith.addf %a22, %b22 : f32
  %b23 = arith.mulf %a22, %b22 : f32
  %a24 = arith.addf %a23, %b23 : f32
  %b24 = arith.mulf %a23, %b23 : f32
  %a25 = arith.addf %a24, %b24 : f32
  %b25 = arith.mulf %a24, %b24 : f32
  %a26 = arith.addf %a25, %b25 : f32
  %b26 = arith.mulf %a25, %b25 : f32
  %a27 = arith.addf %a26, %b26 : f32
  %b27 = arith.mulf %a26, %b26 : f32
  %a28 = arith.addf %a27, %b27 : f32
  %b28 = arith.mulf %a27, %b27 : f32
  %a29 = arith.addf %a28, %b28 : f32
  %b29 = arith.mulf %a28, %b28 : f32
  %a30 = arith.addf %a29, %b29 : f32
  %b30 = arith.mulf %a29, %b29 : f32
  %a31 = arith.addf %a30, %b30 : f32
  %b31 = arith.mulf %a30, %b30 : f32
  %a32 = arith.addf %a31, %b31 : f32
  %b32 = arith.mulf %a31, %b31 : f32
  %a33 = arith.addf %a32, %b32 : f32
  %b33 = arith.mulf %a32, %b32 : f32
  %a34 = arith.addf %a33, %b33 : f32
  %b34 = arith.mulf %a33, %b33 : f32
  %a35 = arith.addf %a34, %b34 : f32
  %b35 = arith.mulf %a34, %b34 : f32
  %a36 = arith.addf %a35, %b35 : f32
  %b36 = arith.mulf %a35, %b35 : f32
  %a37 = arith.addf %a36, %b36 : f32
  %b37 = arith.mulf %a36, %b36 : f32
  %a38 = arith.addf %a37, %b37 : f32
  %b38 = arith.mulf %a37, %b37 : f32
  %a39 = arith.addf %a38, %b38 : f32
  %b39 = arith.mulf %a38, %b38 : f32
  %a40 = arith.addf %a39, %b39 : f32
  %b40 = arith.mulf %a39, %b39 : f32
  %f = tensor.empty() : tensor<8xf32>
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%x : tensor<8xf32>) outs(%f : tensor<8xf32>) {
  ^bb0(%in: f32, %o: f32):
    %m = arith.mulf %in, %a40 : f32
    linalg.yield %m : f32
  } -> tensor<8xf32>
  return %r : tensor<8xf32>
}
