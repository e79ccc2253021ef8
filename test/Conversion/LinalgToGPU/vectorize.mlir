// RUN: altgrad-opt %s --convert-linalg-to-gpu-kernels="vector-width=4" -split-input-file | FileCheck %s
// RUN: altgrad-opt %s --convert-linalg-to-gpu-kernels -split-input-file | FileCheck %s --check-prefix=W8

// Buffers with the identity layout are read and written as vectors of
// vector-width (4 here, 8 by default) consecutive elements (more for narrow
// outputs, below), each aligned to a whole vector up to 16 bytes (here 16
// bytes of f32 in and out). The host checks every buffer's
// alignment; when one is misaligned no thread takes the vector loop and the
// element loop covers everything.
// CHECK-LABEL: func.func @map
// CHECK-SAME: (%[[A:.*]]: memref<?xf32>, %[[B:.*]]: memref<?xf32>)
// CHECK: %[[N:.*]] = memref.dim %[[A]]
// CHECK: %[[TOTAL:.*]] = arith.muli %{{.*}}, %[[N]] : index
// CHECK: %[[PA:.*]] = memref.extract_aligned_pointer_as_index %[[A]]
// CHECK: %[[C16:.*]] = arith.constant 16 : index
// CHECK: %[[RA:.*]] = arith.remui %[[PA]], %[[C16]] : index
// CHECK: %[[OKA:.*]] = arith.cmpi eq, %[[RA]], %{{.*}} : index
// CHECK: %[[PB:.*]] = memref.extract_aligned_pointer_as_index %[[B]]
// CHECK: %[[C16B:.*]] = arith.constant 16 : index
// CHECK: %[[RB:.*]] = arith.remui %[[PB]], %[[C16B]] : index
// CHECK: %[[OKB:.*]] = arith.cmpi eq, %[[RB]], %{{.*}} : index
// CHECK: %[[OK:.*]] = arith.andi %[[OKA]], %[[OKB]] : i1
// CHECK: %[[NV:.*]] = arith.divui %[[TOTAL]], %{{.*}} : index
// CHECK: %[[VECTORS:.*]] = arith.select %[[OK]], %[[NV]], %{{.*}} : index
// CHECK: %[[WORK:.*]] = arith.select %[[OK]], %[[VECTORS]], %[[TOTAL]] : index
// CHECK: arith.ceildivui %[[WORK]], %{{.*}} : index
// CHECK: gpu.launch
// CHECK: %[[FIRST:.*]] = arith.addi
// CHECK: %[[STRIDE:.*]] = arith.muli
// CHECK: scf.for %[[V:.*]] = %[[FIRST]] to %[[VECTORS]] step %[[STRIDE]] {
// CHECK-NEXT: %[[W:.*]] = arith.constant 4 : index
// CHECK-NEXT: %[[BASE:.*]] = arith.muli %[[V]], %[[W]] : index
// CHECK-NEXT: %[[X:.*]] = vector.load %[[A]][%[[BASE]]] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK-NEXT: %[[X0:.*]] = vector.extract %[[X]][0]
// CHECK-NEXT: %[[X1:.*]] = vector.extract %[[X]][1]
// CHECK-NEXT: %[[X2:.*]] = vector.extract %[[X]][2]
// CHECK-NEXT: %[[X3:.*]] = vector.extract %[[X]][3]
// CHECK-NEXT: %[[Y0:.*]] = arith.negf %[[X0]] : f32
// CHECK-NEXT: %[[Y1:.*]] = arith.negf %[[X1]] : f32
// CHECK-NEXT: %[[Y2:.*]] = arith.negf %[[X2]] : f32
// CHECK-NEXT: %[[Y3:.*]] = arith.negf %[[X3]] : f32
// CHECK-NEXT: %[[Y:.*]] = vector.from_elements %[[Y0]], %[[Y1]], %[[Y2]], %[[Y3]] : vector<4xf32>
// CHECK-NEXT: vector.store %[[Y]], %[[B]][%[[BASE]]] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK-NEXT: }
// The elements after the last whole vector (all of them when misaligned).
// CHECK: %[[REST:.*]] = arith.muli %[[VECTORS]], %{{.*}} : index
// CHECK-NEXT: %[[BEGIN:.*]] = arith.addi %[[REST]], %[[FIRST]] : index
// CHECK-NEXT: scf.for %[[I:.*]] = %[[BEGIN]] to %[[TOTAL]] step %[[STRIDE]] {
// CHECK-NEXT: %[[XS:.*]] = memref.load %[[A]][%[[I]]] : memref<?xf32>
// CHECK-NEXT: %[[YS:.*]] = arith.negf %[[XS]] : f32
// CHECK-NEXT: memref.store %[[YS]], %[[B]][%[[I]]] : memref<?xf32>
// CHECK-NEXT: }
// W8-LABEL: func.func @map
// Wider vectors need no more than the 16-byte alignment of one GPU load.
// W8: arith.constant 16 : index
// W8: arith.constant 8 : index
// W8: vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<8xf32>
// W8: vector.store %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<8xf32>
func.func @map(%a: memref<?xf32>, %b: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%a : memref<?xf32>) outs(%b : memref<?xf32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// An 8-bit output widens the vector to 16 elements, whatever the option, so
// that each thread stores 16 bytes at once.
// CHECK-LABEL: func.func @narrow_output
// CHECK: vector.load %{{.*}} {alignment = 16 : i64} : memref<?xf32>, vector<16xf32>
// CHECK-COUNT-16: arith.fptosi
// CHECK: vector.store %{{.*}} {alignment = 16 : i64} : memref<?xi8>, vector<16xi8>
// W8-LABEL: func.func @narrow_output
// W8: vector.store %{{.*}} {alignment = 16 : i64} : memref<?xi8>, vector<16xi8>
func.func @narrow_output(%a: memref<?xf32>, %b: memref<?xi8>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%a : memref<?xf32>) outs(%b : memref<?xi8>) {
  ^bb0(%x: f32, %y: i8):
    %q = arith.fptosi %x : f32 to i8
    linalg.yield %q : i8
  }
  return
}

// -----

// A map fused with a reduction over the same input (what
// altgrad-fuse-sibling-generics makes): one kernel that stores the map's
// vector and folds the same loaded lanes into the accumulator, whose
// device copy is combined across blocks as for any reduction. Buffers of
// higher rank are flattened first.
// CHECK-LABEL: func.func @map_and_amax
// CHECK-SAME: (%[[A:.*]]: memref<4x?xf32>, %[[B:.*]]: memref<4x?xf32>, %[[OUT:.*]]: memref<f32>)
// CHECK-DAG: %[[FA:.*]] = memref.collapse_shape %[[A]] {{\[\[}}0, 1]] : memref<4x?xf32> into memref<?xf32>
// CHECK-DAG: %[[FB:.*]] = memref.collapse_shape %[[B]] {{\[\[}}0, 1]] : memref<4x?xf32> into memref<?xf32>
// CHECK: %[[DEV:.*]], %{{.*}} = gpu.alloc async
// CHECK: gpu.launch async
// CHECK: scf.for %{{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (f32) {
// CHECK: %[[X:.*]] = vector.load %[[FA]][%{{.*}}] {alignment = 16 : i64} : memref<?xf32>, vector<4xf32>
// CHECK-COUNT-4: vector.extract %[[X]]
// CHECK: %[[N0:.*]] = arith.negf
// CHECK-NEXT: %[[M0:.*]] = arith.maximumf %[[ACC]], %{{.*}} : f32
// CHECK: %[[M1:.*]] = arith.maximumf %[[M0]], %{{.*}} : f32
// CHECK: %[[M2:.*]] = arith.maximumf %[[M1]], %{{.*}} : f32
// CHECK: %[[M3:.*]] = arith.maximumf %[[M2]], %{{.*}} : f32
// CHECK: vector.store %{{.*}}, %[[FB]]
// CHECK-NEXT: scf.yield %[[M3]] : f32
// CHECK: scf.for
// CHECK: memref.load %[[FA]]
// CHECK: memref.store %{{.*}}, %[[FB]]
// CHECK: gpu.all_reduce maximumf
// CHECK: gpu.launch async
// CHECK: gpu.launch async
// CHECK: memref.store %{{.*}}, %[[DEV]][]
// CHECK: gpu.memcpy async [%{{.*}}] %[[OUT]], %[[DEV]]
func.func @map_and_amax(%a: memref<4x?xf32>, %b: memref<4x?xf32>, %out: memref<f32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>],
                  iterator_types = ["reduction", "reduction"]}
      ins(%a : memref<4x?xf32>) outs(%b, %out : memref<4x?xf32>, memref<f32>) {
  ^bb0(%x: f32, %y: f32, %acc: f32):
    %n = arith.negf %x : f32
    %m = arith.maximumf %acc, %x : f32
    linalg.yield %n, %m : f32, f32
  }
  return
}

// -----

// Not vectorized: a strided buffer (a subview) keeps the element loop over
// delinearized indices.
// CHECK-LABEL: func.func @strided
// CHECK-NOT: vector.load
// CHECK: affine.delinearize_index
// CHECK: memref.load
// CHECK-NOT: vector.
func.func @strided(%a: memref<?xf32, strided<[2]>>, %b: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%a : memref<?xf32, strided<[2]>>) outs(%b : memref<?xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  return
}

// A body reading linalg.index vectorizes where it is arithmetic (stochastic
// rounding's Philox counters): lane k of vector v is iteration 4v + k.
// CHECK-LABEL: func.func @index
// CHECK: scf.for %[[V:.*]] =
// CHECK: %[[BASE:.*]] = arith.muli %[[V]], %[[FOUR:.*]] : index
// CHECK: %[[L0:.*]] = arith.addi %[[BASE]], %{{.*}} : index
// CHECK: %[[I0:.*]] = arith.index_cast %[[L0]]
// CHECK: %[[L1:.*]] = arith.addi %[[BASE]], %{{.*}} : index
// CHECK: %[[I1:.*]] = arith.index_cast %[[L1]]
// CHECK: %[[L2:.*]] = arith.addi %[[BASE]], %{{.*}} : index
// CHECK: %[[I2:.*]] = arith.index_cast %[[L2]]
// CHECK: %[[L3:.*]] = arith.addi %[[BASE]], %{{.*}} : index
// CHECK: %[[I3:.*]] = arith.index_cast %[[L3]]
// CHECK: %[[ALL:.*]] = vector.from_elements %[[I0]], %[[I1]], %[[I2]], %[[I3]] : vector<4xi64>
// CHECK: vector.store %[[ALL]], %{{.*}}[%[[BASE]]]
// CHECK: scf.for %[[J:.*]] =
// CHECK: %[[IJ:.*]] = arith.index_cast %[[J]]
// CHECK: memref.store %[[IJ]], %{{.*}}[%[[J]]]
func.func @index(%b: memref<?xi64>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      outs(%b : memref<?xi64>) {
  ^bb0(%y: i64):
    %i = linalg.index 0 : index
    %v = arith.index_cast %i : index to i64
    linalg.yield %v : i64
  }
  return
}

// Two loops: each lane's indices are its iteration's, delinearized.
// CHECK-LABEL: func.func @index_2d
// CHECK: scf.for %[[V:.*]] =
// CHECK: %[[BASE:.*]] = arith.muli %[[V]], %{{.*}} : index
// CHECK: %[[L0:.*]] = arith.addi %[[BASE]], %{{.*}} : index
// CHECK: affine.delinearize_index %[[L0]] into (4, %{{.*}})
// CHECK-COUNT-3: affine.delinearize_index
// CHECK: vector.store
func.func @index_2d(%b: memref<4x?xi64>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>],
                  iterator_types = ["parallel", "parallel"]}
      outs(%b : memref<4x?xi64>) {
  ^bb0(%y: i64):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %s = arith.addi %i, %j : index
    %v = arith.index_cast %s : index to i64
    linalg.yield %v : i64
  }
  return
}

// A body reading its index and memory (a block's scale reading its block)
// keeps a thread per iteration.
// CHECK-LABEL: func.func @index_and_load
// CHECK-NOT: vector.
// CHECK: affine.delinearize_index
// CHECK: memref.load
// CHECK-NOT: vector.
func.func @index_and_load(%a: memref<?xf32>, %b: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      outs(%b : memref<?xf32>) {
  ^bb0(%y: f32):
    %i = linalg.index 0 : index
    %x = memref.load %a[%i] : memref<?xf32>
    linalg.yield %x : f32
  }
  return
}

// An input read through a block map (block scales, 8 elements a block):
// one scalar load per vector, at the vector's block, for every lane (no
// alignment needed); the element loop applies the map. The block map needs one loop and a block
// that is a whole number of vectors (16 i8 codes here: not vectorized).
// CHECK-LABEL: func.func @block_scale
// CHECK-SAME: (%{{.*}}: memref<?xf32>, %[[SCALES:.*]]: memref<?xf32>, %{{.*}}: memref<?xf32>)
// CHECK-NOT: memref.extract_aligned_pointer_as_index %[[SCALES]]
// CHECK: scf.for %[[V:.*]] =
// CHECK: %[[BASE:.*]] = arith.muli %[[V]], %{{.*}} : index
// CHECK: %[[X:.*]] = vector.load %{{.*}}[%[[BASE]]] {{.*}} : memref<?xf32>, vector<4xf32>
// CHECK: %[[BLOCK:.*]] = arith.divui %[[BASE]], %[[EIGHT:.*]] : index
// CHECK: %[[S:.*]] = memref.load %{{.*}}[%[[BLOCK]]] : memref<?xf32>
// CHECK-COUNT-4: arith.mulf %{{.*}}, %[[S]] : f32
// CHECK: vector.store
// CHECK: scf.for %[[J:.*]] =
// CHECK: %[[BJ:.*]] = affine.apply #{{.*}}(%[[J]])
// CHECK: memref.load %{{.*}}[%[[BJ]]] : memref<?xf32>
// CHECK-LABEL: func.func @block_scale_codes
// CHECK-NOT: vector.
func.func @block_scale(%x: memref<?xf32>, %s: memref<?xf32>, %y: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0 floordiv 8)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%x, %s : memref<?xf32>, memref<?xf32>) outs(%y : memref<?xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %m = arith.mulf %a, %b : f32
    linalg.yield %m : f32
  }
  return
}
func.func @block_scale_codes(%x: memref<?xf32>, %s: memref<?xf32>, %y: memref<?xi8>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0 floordiv 8)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%x, %s : memref<?xf32>, memref<?xf32>) outs(%y : memref<?xi8>) {
  ^bb0(%a: f32, %b: f32, %c: i8):
    %m = arith.mulf %a, %b : f32
    %i = arith.fptosi %m : f32 to i8
    linalg.yield %i : i8
  }
  return
}
