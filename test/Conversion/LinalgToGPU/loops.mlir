// RUN: altgrad-opt %s --convert-linalg-to-gpu-kernels -canonicalize -split-input-file | FileCheck %s --check-prefixes=CHECK,ATOMIC
// RUN: altgrad-opt %s --convert-linalg-to-gpu-kernels=scatter-atomics=false -canonicalize -split-input-file | FileCheck %s --check-prefixes=CHECK,ORDERED

// convert-linalg-to-gpu-kernels on generics that are not element-wise with
// identity maps (those: kernels.mlir, vectorize.mlir): any indexing maps,
// reductions along any loops, named ops and copies, and the loops tensor
// code leaves. Constants are canonicalized to keep the checks short.

// A transpose: one thread per output element, consecutive threads on
// consecutive output elements; the input is read through its map.
// CHECK-LABEL: func.func @transpose
// CHECK-SAME: (%[[A:.*]]: memref<4x8xf32>, %[[B:.*]]: memref<8x4xf32>)
// CHECK: gpu.launch blocks({{.*}}) in (%[[GX:.*]] = %c1, %{{.*}} = %c1, %{{.*}} = %c1) threads(%[[TX:[a-z0-9]+]], {{.*}}) in (%[[BDX:.*]] = %c256,
// CHECK: %[[STRIDE:.*]] = arith.muli %[[GX]], %[[BDX]] : index
// CHECK: scf.for %[[I:.*]] = %[[TX]] to %c32 step %[[STRIDE]] {
// CHECK: %[[IJ:.*]]:2 = affine.delinearize_index %[[I]] into (8, 4)
// CHECK: %[[X:.*]] = memref.load %[[A]][%[[IJ]]#1, %[[IJ]]#0]
// CHECK: memref.store %[[X]], %[[B]][%[[IJ]]#0, %[[IJ]]#1]
// CHECK-NOT: linalg.generic
func.func @transpose(%a: memref<4x8xf32>, %b: memref<8x4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1, d0)>, affine_map<(d0, d1) -> (d0, d1)>],
                  iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x8xf32>) outs(%b : memref<8x4xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  return
}

// -----

// A transposed output: threads follow the output's indices (coalesced
// stores), not the loops'.
// CHECK-LABEL: func.func @output_transposed
// CHECK-SAME: (%[[A:.*]]: memref<4x8xf32>, %[[B:.*]]: memref<8x4xf32>)
// CHECK: %[[IJ:.*]]:2 = affine.delinearize_index %{{.*}} into (8, 4)
// CHECK: %[[X:.*]] = memref.load %[[A]][%[[IJ]]#1, %[[IJ]]#0]
// CHECK: memref.store %[[X]], %[[B]][%[[IJ]]#0, %[[IJ]]#1]
func.func @output_transposed(%a: memref<4x8xf32>, %b: memref<8x4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1, d0)>],
                  iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x8xf32>) outs(%b : memref<8x4xf32>) {
  ^bb0(%x: f32, %y: f32):
    linalg.yield %x : f32
  }
  return
}

// -----

// A broadcast input reads the element its map selects.
// CHECK-LABEL: func.func @broadcast_add
// CHECK-SAME: (%[[A:.*]]: memref<8xf32>, %[[B:.*]]: memref<4x8xf32>, %[[C:.*]]: memref<4x8xf32>)
// CHECK: %[[IJ:.*]]:2 = affine.delinearize_index %{{.*}} into (4, 8)
// CHECK: %[[X:.*]] = memref.load %[[A]][%[[IJ]]#1]
// CHECK: %[[Y:.*]] = memref.load %[[B]][%[[IJ]]#0, %[[IJ]]#1]
// CHECK: %[[S:.*]] = arith.addf %[[X]], %[[Y]]
// CHECK: memref.store %[[S]], %[[C]][%[[IJ]]#0, %[[IJ]]#1]
func.func @broadcast_add(%a: memref<8xf32>, %b: memref<4x8xf32>, %c: memref<4x8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                  iterator_types = ["parallel", "parallel"]}
      ins(%a, %b : memref<8xf32>, memref<4x8xf32>) outs(%c : memref<4x8xf32>) {
  ^bb0(%x: f32, %y: f32, %z: f32):
    %s = arith.addf %x, %y : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A reduction along the last axis of 100 elements: one block per row (a
// grid-stride loop over rows), of 128 threads (the power of two covering
// the row), each reducing a strided share from -inf, gpu.all_reduce, and
// thread 0 combining the row's result with the output's initial value; a
// barrier before the next row reuses all_reduce's shared memory.
// CHECK-LABEL: func.func @row_max
// CHECK-SAME: (%[[A:.*]]: memref<4x100xf32>, %[[M:.*]]: memref<4xf32>)
// CHECK-DAG: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: gpu.launch blocks(%[[BX:[a-z0-9]+]], {{.*}}) in (%[[GX:.*]] = %c4, {{.*}}) threads(%[[TX:[a-z0-9]+]], {{.*}}) in (%[[BDX:.*]] = %c128,
// CHECK: scf.for %[[ROW:.*]] = %[[BX]] to %c4 step %[[GX]] {
// CHECK: %[[PART:.*]] = scf.for %[[COL:.*]] = %[[TX]] to %c100 step %[[BDX]] iter_args(%[[ACC:.*]] = %[[NEGINF]]) -> (f32) {
// CHECK: %[[X:.*]] = memref.load %[[A]][%[[ROW]], %[[COL]]]
// CHECK: %[[MAX:.*]] = arith.maximumf %[[ACC]], %[[X]]
// CHECK: scf.yield %[[MAX]]
// CHECK: %[[ALL:.*]] = gpu.all_reduce maximumf %[[PART]] uniform
// CHECK: %[[LEAD:.*]] = arith.cmpi eq, %[[TX]], %c0
// CHECK: scf.if %[[LEAD]] {
// CHECK: %[[INIT:.*]] = memref.load %[[M]][%[[ROW]]]
// CHECK: %[[R:.*]] = arith.maximumf %[[INIT]], %[[ALL]]
// CHECK: memref.store %[[R]], %[[M]][%[[ROW]]]
// CHECK: }
// CHECK-NEXT: gpu.barrier
func.func @row_max(%a: memref<4x100xf32>, %m: memref<4xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x100xf32>) outs(%m : memref<4xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %s = arith.maximumf %acc, %x : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A sum along the first axis of dynamic size (exp in the body): one block
// of block-size threads per column, starting from -0.0 (the neutral value
// of arith.addf).
// CHECK-LABEL: func.func @column_sums
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf32>, %[[M:.*]]: memref<?xf32>)
// CHECK-DAG: %[[NEGZERO:.*]] = arith.constant -0.000000e+00 : f32
// CHECK-DAG: %[[ROWS:.*]] = memref.dim %[[A]], %c0
// CHECK-DAG: %[[COLS:.*]] = memref.dim %[[A]], %c1
// CHECK: %[[MIN:.*]] = arith.minui %[[COLS]], %c2147483647
// CHECK: %[[GRID:.*]] = arith.maxui %[[MIN]], %c1
// CHECK: gpu.launch blocks(%[[BX:[a-z0-9]+]], {{.*}}) in (%[[GX:.*]] = %[[GRID]], {{.*}}) threads(%[[TX:[a-z0-9]+]], {{.*}}) in (%[[BDX:.*]] = %c256,
// CHECK: scf.for %[[COL:.*]] = %[[BX]] to %[[COLS]] step %[[GX]] {
// CHECK: scf.for %[[ROW:.*]] = %[[TX]] to %[[ROWS]] step %[[BDX]] iter_args(%[[ACC:.*]] = %[[NEGZERO]])
// CHECK: %[[X:.*]] = memref.load %[[A]][%[[ROW]], %[[COL]]]
// CHECK: %[[E:.*]] = math.exp %[[X]]
// CHECK: arith.addf %[[ACC]], %[[E]]
// CHECK: gpu.all_reduce add
// CHECK: gpu.barrier
func.func @column_sums(%a: memref<?x?xf32>, %m: memref<?xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d1)>],
                  iterator_types = ["reduction", "parallel"]}
      ins(%a : memref<?x?xf32>) outs(%m : memref<?xf32>) {
  ^bb0(%x: f32, %acc: f32):
    %e = math.exp %x : f32
    %s = arith.addf %e, %acc : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// A short reduction (8 elements, under a warp): one thread per output
// element runs it in order from the output's value, as the CPU does.
// CHECK-LABEL: func.func @row_sums
// CHECK-SAME: (%[[A:.*]]: memref<4x8xi64>, %[[OUT:.*]]: memref<4xi64>)
// CHECK: scf.for %[[ROW:.*]] = %{{.*}} to %c4 step
// CHECK: %[[INIT:.*]] = memref.load %[[OUT]][%[[ROW]]]
// CHECK: %[[SUM:.*]] = scf.for %[[K:.*]] = %c0 to %c8 step %c1 iter_args(%[[ACC:.*]] = %[[INIT]]) -> (i64) {
// CHECK: %[[X:.*]] = memref.load %[[A]][%[[ROW]], %[[K]]]
// CHECK: %[[S:.*]] = arith.addi %[[ACC]], %[[X]]
// CHECK: scf.yield %[[S]]
// CHECK: memref.store %[[SUM]], %[[OUT]][%[[ROW]]]
// CHECK-NOT: gpu.all_reduce
func.func @row_sums(%a: memref<4x8xi64>, %out: memref<4xi64>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x8xi64>) outs(%out : memref<4xi64>) {
  ^bb0(%x: i64, %acc: i64):
    %s = arith.addi %acc, %x : i64
    linalg.yield %s : i64
  }
  return
}

// -----

// A long reduction without a combiner gpu.all_reduce has (an argmax: two
// outputs updated together, linalg.index): in order, one thread per row.
// CHECK-LABEL: func.func @argmax
// CHECK-SAME: (%[[A:.*]]: memref<4x100xf32>, %[[M:.*]]: memref<4xf32>, %[[I:.*]]: memref<4xi32>)
// CHECK: %[[M0:.*]] = memref.load %[[M]][%[[ROW:.*]]]
// CHECK: %[[I0:.*]] = memref.load %[[I]][%[[ROW]]]
// CHECK: %{{.*}}:2 = scf.for %[[K:.*]] = %c0 to %c100 step %c1 iter_args(%{{.*}} = %[[M0]], %{{.*}} = %[[I0]]) -> (f32, i32)
// CHECK: arith.index_cast %[[K]] : index to i32
// CHECK-NOT: gpu.all_reduce
func.func @argmax(%a: memref<4x100xf32>, %m: memref<4xf32>, %i: memref<4xi32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a : memref<4x100xf32>) outs(%m, %i : memref<4xf32>, memref<4xi32>) {
  ^bb0(%x: f32, %best: f32, %at: i32):
    %j = linalg.index 1 : index
    %ji = arith.index_cast %j : index to i32
    %gt = arith.cmpf ogt, %x, %best : f32
    %nb = arith.select %gt, %x, %best : f32
    %na = arith.select %gt, %ji, %at : i32
    linalg.yield %nb, %na : f32, i32
  }
  return
}

// -----

// A map that is not a projection (a window, as in convolutions and
// pooling) is applied to the loop indices; the unread window operand is not
// loaded.
// CHECK: #[[SUM:.*]] = affine_map<(d0, d1) -> (d0 + d1)>
// CHECK-LABEL: func.func @window
// CHECK-SAME: (%[[A:.*]]: memref<10xf32>, %[[W:.*]]: memref<3xf32>, %[[OUT:.*]]: memref<8xf32>)
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %c8 step
// CHECK: scf.for %[[K:.*]] = %c0 to %c3 step %c1
// CHECK: %[[AT:.*]] = affine.apply #[[SUM]](%[[I]], %[[K]])
// CHECK: memref.load %[[A]][%[[AT]]]
// CHECK-NOT: memref.load %[[W]]
func.func @window(%a: memref<10xf32>, %w: memref<3xf32>, %out: memref<8xf32>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0 + d1)>, affine_map<(d0, d1) -> (d1)>, affine_map<(d0, d1) -> (d0)>],
                  iterator_types = ["parallel", "reduction"]}
      ins(%a, %w : memref<10xf32>, memref<3xf32>) outs(%out : memref<8xf32>) {
  ^bb0(%x: f32, %unused: f32, %acc: f32):
    %s = arith.addf %acc, %x : f32
    linalg.yield %s : f32
  }
  return
}

// -----

// Named ops and copies become kernels as the generics they generalize to:
// the fill stores its scalar, the matmul (8 terms) sums in k order, the
// copy is the vectorized elementwise kernel.
// CHECK-LABEL: func.func @named
// CHECK-SAME: (%[[A:.*]]: memref<4x8xf32>, %[[B:.*]]: memref<8x2xf32>, %[[C:.*]]: memref<4x2xf32>, %[[V:.*]]: f32, %[[D:.*]]: memref<4x2xf32>)
// CHECK: gpu.launch
// CHECK: memref.store %[[V]], %[[C]]
// CHECK: gpu.launch
// CHECK: scf.for %{{.*}} = %c0 to %c8 step %c1 iter_args
// CHECK: arith.mulf
// CHECK: arith.addf
// CHECK: gpu.launch
// CHECK: vector.load
// CHECK: vector.store %{{.*}}, %{{.*}}[%{{.*}}]
// CHECK-NOT: linalg.
// CHECK-NOT: memref.copy
func.func @named(%a: memref<4x8xf32>, %b: memref<8x2xf32>, %c: memref<4x2xf32>, %v: f32, %d: memref<4x2xf32>) {
  linalg.fill ins(%v : f32) outs(%c : memref<4x2xf32>)
  linalg.matmul ins(%a, %b : memref<4x8xf32>, memref<8x2xf32>) outs(%c : memref<4x2xf32>)
  memref.copy %c, %d : memref<4x2xf32> to memref<4x2xf32>
  return
}

// -----

// A loop over buffers left by tensor code (a scatter-add) in a function
// with kernels, writing a buffer it was given: the arguments may alias (the
// updates may be the output), so a kernel of one thread runs the same loop.
// CHECK-LABEL: func.func @scatter
// CHECK: gpu.launch
// CHECK: gpu.launch blocks({{.*}}) in (%{{.*}} = %c1, %{{.*}} = %c1, %{{.*}} = %c1) threads({{.*}}) in (%{{.*}} = %c1, %{{.*}} = %c1, %{{.*}} = %c1) {
// CHECK-NEXT: scf.for %{{.*}} = %c0 to %c4 step %c1 {
// CHECK: memref.store
// CHECK: }
// CHECK-NEXT: gpu.terminator
func.func @scatter(%idx: memref<4xi32>, %v: memref<4xf32>, %out: memref<8xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]} outs(%out : memref<8xf32>) {
  ^bb0(%o: f32):
    %z = arith.constant 0.0 : f32
    linalg.yield %z : f32
  }
  scf.for %k = %c0 to %c4 step %c1 {
    %i = memref.load %idx[%k] : memref<4xi32>
    %j = arith.index_cast %i : i32 to index
    %x = memref.load %v[%k] : memref<4xf32>
    %y = memref.load %out[%j] : memref<8xf32>
    %s = arith.addf %x, %y : f32
    memref.store %s, %out[%j] : memref<8xf32>
  }
  return
}

// -----

// An embedding's gradient: token k's row of updates added into the table's
// row tokens[k]. Feature f indexes every access to the table at position 1,
// so its iterations write disjoint elements; the tokens may repeat, so the
// token loop alone could collide. With scatter-atomics (the default) every
// (k, f) is a thread and the add an atomic one; without, threads take the
// features and each adds the tokens in order (the CPU's order).
// ATOMIC-LABEL: func.func @embedding_gradient
// ATOMIC: gpu.launch
// ATOMIC: gpu.launch blocks({{.*}}) in (%{{.*}} = %c1, %{{.*}} = %c1, %{{.*}} = %c1) threads(%[[T:.*]], %{{.*}}, %{{.*}}) in (%[[BD:.*]] = %c256,
// ATOMIC: scf.for %[[I:.*]] = %[[T]] to %c32 step
// ATOMIC-NEXT: %[[KF:.*]]:2 = affine.delinearize_index %[[I]] into (4, 8)
// ATOMIC-NEXT: %[[TOKEN:.*]] = memref.load %arg0[%[[KF]]#0]
// ATOMIC-NEXT: %[[ROW:.*]] = arith.index_cast %[[TOKEN]]
// ATOMIC: scf.if
// ATOMIC-NEXT: %[[X:.*]] = memref.load %arg1[%[[KF]]#0, %[[KF]]#1]
// ATOMIC-NEXT: memref.atomic_rmw addf %[[X]], %{{.*}}[%[[ROW]], %[[KF]]#1]
// ATOMIC-NOT: memref.store
// ATOMIC: gpu.terminator
// ORDERED-LABEL: func.func @embedding_gradient
// ORDERED: gpu.launch
// ORDERED: gpu.launch blocks({{.*}}) threads(%[[T:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c256,
// ORDERED: scf.for %[[F:.*]] = %[[T]] to %c8 step
// ORDERED-NEXT: scf.for %[[K:.*]] = %c0 to %c4 step %c1 {
// ORDERED-NEXT: %[[TOKEN:.*]] = memref.load %arg0[%[[K]]]
// ORDERED-NEXT: %[[ROW:.*]] = arith.index_cast %[[TOKEN]]
// ORDERED: scf.if
// ORDERED-NEXT: %[[X:.*]] = memref.load %arg1[%[[K]], %[[F]]]
// ORDERED-NEXT: %[[Y:.*]] = memref.load %{{.*}}[%[[ROW]], %[[F]]]
// ORDERED-NEXT: %[[S:.*]] = arith.addf %[[Y]], %[[X]]
// ORDERED-NEXT: memref.store %[[S]], %{{.*}}[%[[ROW]], %[[F]]]
// ORDERED-NOT: atomic_rmw
// ORDERED: gpu.terminator
func.func @embedding_gradient(%tokens: memref<4xi32>, %updates: memref<4x8xf32>) -> memref<16x8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %c16 = arith.constant 16 : index
  %table = memref.alloc() : memref<16x8xf32>
  %cst0 = arith.constant 0.0 : f32
  linalg.fill ins(%cst0 : f32) outs(%table : memref<16x8xf32>)
  scf.for %k = %c0 to %c4 step %c1 {
    scf.for %f = %c0 to %c8 step %c1 {
      %t = memref.load %tokens[%k] : memref<4xi32>
      %row = arith.index_cast %t : i32 to index
      %inside = arith.cmpi ult, %row, %c16 : index
      scf.if %inside {
        %x = memref.load %updates[%k, %f] : memref<4x8xf32>
        %y = memref.load %table[%row, %f] : memref<16x8xf32>
        %s = arith.addf %y, %x : f32
        memref.store %s, %table[%row, %f] : memref<16x8xf32>
      }
    }
  }
  return %table : memref<16x8xf32>
}

// -----

// Every loop indexes the written buffer directly (a scatter whose indices
// are its iterations): all iterations are threads, with plain stores.
// CHECK-LABEL: func.func @disjoint
// CHECK: gpu.launch
// CHECK: gpu.terminator
// CHECK: gpu.launch blocks({{.*}}) threads(%[[T:.*]], %{{.*}}, %{{.*}}) in (%{{.*}} = %c256,
// CHECK: scf.for %[[I:.*]] = %[[T]] to %c24 step
// CHECK-NEXT: %[[IJ:.*]]:2 = affine.delinearize_index %[[I]] into (3, 8)
// CHECK-NEXT: %[[X:.*]] = memref.load %arg0[%[[IJ]]#0, %[[IJ]]#1]
// CHECK-NEXT: %[[Y:.*]] = memref.load %{{.*}}[%c0, %[[IJ]]#0, %[[IJ]]#1]
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[Y]], %[[X]]
// CHECK-NEXT: memref.store %[[S]], %{{.*}}[%c0, %[[IJ]]#0, %[[IJ]]#1]
// CHECK-NOT: atomic_rmw
// CHECK: gpu.terminator
func.func @disjoint(%updates: memref<3x8xf32>) -> memref<1x3x8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c8 = arith.constant 8 : index
  %out = memref.alloc() : memref<1x3x8xf32>
  %cst0 = arith.constant 0.0 : f32
  linalg.fill ins(%cst0 : f32) outs(%out : memref<1x3x8xf32>)
  scf.for %i = %c0 to %c3 step %c1 {
    scf.for %j = %c0 to %c8 step %c1 {
      %x = memref.load %updates[%i, %j] : memref<3x8xf32>
      %y = memref.load %out[%c0, %i, %j] : memref<1x3x8xf32>
      %s = arith.addf %y, %x : f32
      memref.store %s, %out[%c0, %i, %j] : memref<1x3x8xf32>
    }
  }
  return %out : memref<1x3x8xf32>
}

// -----

// A scatter that keeps the maximum: not additive, and its only loop
// collides, so one thread runs it, atomics or not.
// CHECK-LABEL: func.func @scatter_max
// CHECK: gpu.launch blocks({{.*}}) in (%{{.*}} = %c1, %{{.*}} = %c1, %{{.*}} = %c1) threads({{.*}}) in (%{{.*}} = %c1, %{{.*}} = %c1, %{{.*}} = %c1) {
// CHECK-NEXT: scf.for %{{.*}} = %c0 to %c4 step %c1 {
// CHECK: arith.maximumf
// CHECK: memref.store
func.func @scatter_max(%idx: memref<4xi32>, %v: memref<4xf32>) -> memref<8xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %out = memref.alloc() : memref<8xf32>
  %cst0 = arith.constant 0.0 : f32
  linalg.fill ins(%cst0 : f32) outs(%out : memref<8xf32>)
  scf.for %k = %c0 to %c4 step %c1 {
    %i = memref.load %idx[%k] : memref<4xi32>
    %j = arith.index_cast %i : i32 to index
    %x = memref.load %v[%k] : memref<4xf32>
    %y = memref.load %out[%j] : memref<8xf32>
    %s = arith.maximumf %x, %y : f32
    memref.store %s, %out[%j] : memref<8xf32>
  }
  return %out : memref<8xf32>
}

// -----

// In a function without kernels the loop stays on the host.
// CHECK-LABEL: func.func @host_only
// CHECK-NOT: gpu.launch
// CHECK: scf.for
func.func @host_only(%a: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  scf.for %k = %c0 to %c4 step %c1 {
    %x = memref.load %a[%k] : memref<4xf32>
    %s = arith.addf %x, %x : f32
    memref.store %s, %a[%k] : memref<4xf32>
  }
  return
}
