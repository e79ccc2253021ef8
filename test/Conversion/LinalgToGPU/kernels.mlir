// RUN: altgrad-opt %s --convert-linalg-to-gpu-kernels="vector-width=1" -split-input-file | FileCheck %s
// RUN: altgrad-opt %s --convert-linalg-to-gpu-kernels="block-size=128 max-blocks=64 vector-width=1" \
// RUN:   -split-input-file | FileCheck %s --check-prefix=OPT

// convert-linalg-to-gpu-kernels, one element per thread at a time
// (vectors: vectorize.mlir): an elementwise linalg.generic on memrefs (all
// loops parallel, identity maps) becomes a gpu.launch of
// max(min(ceildiv(total, block-size), max-blocks), 1) blocks of block-size
// threads, each running a grid-stride loop over the linearized iteration
// space; a full reduction into a 0-d buffer with a combiner gpu.all_reduce
// has (arith.maximumf on f32, arith.addi, ...) becomes per-thread partials,
// gpu.all_reduce per block and combining kernels over the blocks' results.
// Other maps and reductions along some loops: loops.mlir.

// 1-D, dynamic size: the trip count is the operand's size.
// CHECK-LABEL: func.func @elementwise_1d
// CHECK-SAME: (%[[A:.*]]: memref<?xf32>, %[[B:.*]]: memref<?xf32>)
// CHECK-NOT: linalg.generic
// CHECK: %[[N:.*]] = memref.dim %[[A]], %{{.*}} : memref<?xf32>
// CHECK: %[[TOTAL:.*]] = arith.muli %{{.*}}, %[[N]] : index
// CHECK: %[[BS:.*]] = arith.constant 256 : index
// CHECK: %[[CEIL:.*]] = arith.ceildivui %[[TOTAL]], %[[BS]] : index
// CHECK: %[[MAXB:.*]] = arith.constant 2147483647 : index
// CHECK: %[[MIN:.*]] = arith.minui %[[CEIL]], %[[MAXB]] : index
// CHECK: %[[ONE:.*]] = arith.constant 1 : index
// CHECK: %[[GRID:.*]] = arith.maxui %[[MIN]], %[[ONE]] : index
// CHECK: %[[C1:.*]] = arith.constant 1 : index
// CHECK: %[[THREADS:.*]] = arith.constant 256 : index
// CHECK: gpu.launch blocks(%[[BX:[a-z0-9_]+]], %{{[a-z0-9_]+}}, %{{[a-z0-9_]+}}) in (%[[GX:[a-z0-9_]+]] = %[[GRID]], %{{[a-z0-9_]+}} = %[[C1]], %{{[a-z0-9_]+}} = %[[C1]])
// CHECK-SAME: threads(%[[TX:[a-z0-9_]+]], %{{[a-z0-9_]+}}, %{{[a-z0-9_]+}}) in (%[[BDX:[a-z0-9_]+]] = %[[THREADS]], %{{[a-z0-9_]+}} = %[[C1]], %{{[a-z0-9_]+}} = %[[C1]]) {
// CHECK: %[[BASE:.*]] = arith.muli %[[BX]], %[[BDX]] : index
// CHECK: %[[FIRST:.*]] = arith.addi %[[BASE]], %[[TX]] : index
// CHECK: %[[STRIDE:.*]] = arith.muli %[[GX]], %[[BDX]] : index
// CHECK: scf.for %[[I:.*]] = %[[FIRST]] to %[[TOTAL]] step %[[STRIDE]] {
// CHECK-NEXT: %[[IDX:.*]] = affine.delinearize_index %[[I]] into (%[[N]]) : index
// CHECK-NEXT: %[[X:.*]] = memref.load %[[A]][%[[IDX]]] : memref<?xf32>
// CHECK-NEXT: %[[NEG:.*]] = arith.negf %[[X]] : f32
// CHECK-NEXT: memref.store %[[NEG]], %[[B]][%[[IDX]]] : memref<?xf32>
// CHECK-NEXT: }
// CHECK-NEXT: gpu.terminator
// CHECK-NEXT: }
// CHECK-NEXT: return
// The options change only the grid computation and the block size.
// OPT-LABEL: func.func @elementwise_1d
// OPT: %[[TOTAL:.*]] = arith.muli
// OPT: %[[BS:.*]] = arith.constant 128 : index
// OPT: %[[CEIL:.*]] = arith.ceildivui %[[TOTAL]], %[[BS]] : index
// OPT: %[[MAXB:.*]] = arith.constant 64 : index
// OPT: %[[MIN:.*]] = arith.minui %[[CEIL]], %[[MAXB]] : index
// OPT: %[[GRID:.*]] = arith.maxui %[[MIN]], %{{.*}} : index
// OPT: %[[THREADS:.*]] = arith.constant 128 : index
// OPT: gpu.launch blocks({{.*}}) in (%{{[a-z0-9_]+}} = %[[GRID]], {{.*}}) threads({{.*}}) in (%{{[a-z0-9_]+}} = %[[THREADS]],
func.func @elementwise_1d(%a: memref<?xf32>, %b: memref<?xf32>) {
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

// 2-D, static: the total is a product of constants and the linear index is
// delinearized into both indices.
// CHECK-LABEL: func.func @elementwise_2d
// CHECK-SAME: (%[[A:.*]]: memref<4x8xf32>, %[[B:.*]]: memref<4x8xi8>)
// CHECK: %[[C4:.*]] = arith.constant 4 : index
// CHECK: %[[P:.*]] = arith.muli %{{.*}}, %[[C4]] : index
// CHECK: %[[C8:.*]] = arith.constant 8 : index
// CHECK: %[[TOTAL:.*]] = arith.muli %[[P]], %[[C8]] : index
// CHECK: arith.ceildivui %[[TOTAL]]
// CHECK: gpu.launch
// CHECK: scf.for %[[I:.*]] = %{{.*}} to %[[TOTAL]] step %{{.*}} {
// CHECK-NEXT: %[[IDX:.*]]:2 = affine.delinearize_index %[[I]] into (4, 8) : index, index
// CHECK-NEXT: %[[X:.*]] = memref.load %[[A]][%[[IDX]]#0, %[[IDX]]#1] : memref<4x8xf32>
// CHECK-NEXT: %[[Q:.*]] = arith.fptosi %[[X]] : f32 to i8
// CHECK-NEXT: memref.store %[[Q]], %[[B]][%[[IDX]]#0, %[[IDX]]#1] : memref<4x8xi8>
// CHECK-NEXT: }
// CHECK-NOT: linalg.generic
// OPT-LABEL: func.func @elementwise_2d
// OPT: %[[BS:.*]] = arith.constant 128 : index
// OPT: arith.ceildivui %{{.*}}, %[[BS]] : index
// OPT: %[[MAXB:.*]] = arith.constant 64 : index
// OPT: arith.minui %{{.*}}, %[[MAXB]] : index
// OPT: %[[THREADS:.*]] = arith.constant 128 : index
// OPT: threads({{.*}}) in (%{{[a-z0-9_]+}} = %[[THREADS]],
// OPT: affine.delinearize_index %{{.*}} into (4, 8) : index, index
func.func @elementwise_2d(%a: memref<4x8xf32>, %b: memref<4x8xi8>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                  iterator_types = ["parallel", "parallel"]}
      ins(%a : memref<4x8xf32>) outs(%b : memref<4x8xi8>) {
  ^bb0(%x: f32, %y: i8):
    %q = arith.fptosi %x : f32 to i8
    linalg.yield %q : i8
  }
  return
}

// -----

// Rank 0: one iteration, no delinearization, loads and stores without
// indices.
// CHECK-LABEL: func.func @rank0
// CHECK-SAME: (%[[A:.*]]: memref<f32>, %[[B:.*]]: memref<f32>)
// CHECK: %[[TOTAL:.*]] = arith.constant 1 : index
// CHECK: arith.ceildivui %[[TOTAL]], %{{.*}} : index
// CHECK: gpu.launch
// CHECK: scf.for %{{.*}} = %{{.*}} to %[[TOTAL]] step %{{.*}} {
// CHECK-NEXT: %[[X:.*]] = memref.load %[[A]][] : memref<f32>
// CHECK-NEXT: %[[NEG:.*]] = arith.negf %[[X]] : f32
// CHECK-NEXT: memref.store %[[NEG]], %[[B]][] : memref<f32>
// CHECK-NEXT: }
// CHECK-NOT: linalg.generic
func.func @rank0(%a: memref<f32>, %b: memref<f32>) {
  linalg.generic {indexing_maps = [affine_map<() -> ()>, affine_map<() -> ()>],
                  iterator_types = []}
      ins(%a : memref<f32>) outs(%b : memref<f32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  }
  return
}

// -----

// An output read by the body is loaded; an output it does not read is not;
// every output is stored.
// CHECK-LABEL: func.func @two_outputs
// CHECK-SAME: (%[[A:.*]]: memref<?xf32>, %[[B:.*]]: memref<?xf32>, %[[C:.*]]: memref<?xi1>)
// CHECK: scf.for %[[I:.*]] = {{.*}} {
// CHECK-NEXT: %[[IDX:.*]] = affine.delinearize_index %[[I]]
// CHECK-NEXT: %[[X:.*]] = memref.load %[[A]][%[[IDX]]] : memref<?xf32>
// CHECK-NEXT: %[[Y:.*]] = memref.load %[[B]][%[[IDX]]] : memref<?xf32>
// CHECK-NEXT: %[[S:.*]] = arith.addf %[[X]], %[[Y]] : f32
// CHECK-NEXT: %[[U:.*]] = arith.cmpf uno, %[[X]], %[[X]] : f32
// CHECK-NEXT: memref.store %[[S]], %[[B]][%[[IDX]]] : memref<?xf32>
// CHECK-NEXT: memref.store %[[U]], %[[C]][%[[IDX]]] : memref<?xi1>
// CHECK-NEXT: }
func.func @two_outputs(%a: memref<?xf32>, %b: memref<?xf32>, %c: memref<?xi1>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                  iterator_types = ["parallel"]}
      ins(%a : memref<?xf32>) outs(%b, %c : memref<?xf32>, memref<?xi1>) {
  ^bb0(%x: f32, %y: f32, %z: i1):
    %s = arith.addf %x, %y : f32
    %u = arith.cmpf uno, %x, %x : f32
    linalg.yield %s, %u : f32, i1
  }
  return
}

// -----

// linalg.index is the delinearized index of its dimension.
// CHECK-LABEL: func.func @index
// CHECK-SAME: (%[[B:.*]]: memref<?x3xi64>)
// CHECK: scf.for %[[I:.*]] = {{.*}} {
// CHECK-NEXT: %[[IDX:.*]]:2 = affine.delinearize_index %[[I]] into (%{{.*}}, 3) : index, index
// CHECK-NEXT: %[[S:.*]] = arith.subi %[[IDX]]#1, %[[IDX]]#0 : index
// CHECK-NEXT: %[[V:.*]] = arith.index_cast %[[S]] : index to i64
// CHECK-NEXT: memref.store %[[V]], %[[B]][%[[IDX]]#0, %[[IDX]]#1] : memref<?x3xi64>
// CHECK-NEXT: }
// CHECK-NOT: linalg.index
func.func @index(%b: memref<?x3xi64>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>],
                  iterator_types = ["parallel", "parallel"]}
      outs(%b : memref<?x3xi64>) {
  ^bb0(%y: i64):
    %i = linalg.index 0 : index
    %j = linalg.index 1 : index
    %s = arith.subi %j, %i : index
    %v = arith.index_cast %s : index to i64
    linalg.yield %v : i64
  }
  return
}

// -----

// max |x| into a 0-d f32 buffer: each thread folds its share starting from
// -inf, the block combines with a uniform gpu.all_reduce, and thread 0 of
// each block stores the block's result among the partial results (a device
// buffer, one per block). A second kernel of 1024-thread blocks (at most
// 1024 of them, in a grid-stride loop) stores the maximum of each block's
// share of the partial results, and a third of one block combines those
// with the initial value in a device-memory copy of the result buffer
// (copied in before: no fill gave it) and stores the result there, copied
// out after, all on one stream and without atomics.
// CHECK-LABEL: func.func @amax
// CHECK-SAME: (%[[A:.*]]: memref<?xf32>, %[[OUT:.*]]: memref<f32>)
// CHECK: %[[N:.*]] = memref.dim %[[A]], %{{.*}} : memref<?xf32>
// CHECK: %[[TOTAL:.*]] = arith.muli %{{.*}}, %[[N]] : index
// CHECK: %[[GRID:.*]] = arith.maxui
// CHECK: %[[T0:.*]] = gpu.wait async
// CHECK: %[[DEV:.*]], %[[T1:.*]] = gpu.alloc async [%[[T0]]] () : memref<f32>
// CHECK: %[[T2:.*]] = gpu.memcpy async [%[[T1]]] %[[DEV]], %[[OUT]] : memref<f32>, memref<f32>
// CHECK: %[[PARTS:.*]], %[[T3:.*]] = gpu.alloc async [%[[T2]]] (%[[GRID]]) : memref<?xf32>
// CHECK: %[[T4:.*]] = gpu.launch async [%[[T3]]] blocks(%[[BX:[a-z0-9_]+]], {{.*}}) in (%[[GX:[a-z0-9_]+]] = %[[GRID]], {{.*}}) threads(%[[TX:[a-z0-9_]+]], {{.*}}) in (%[[BDX:[a-z0-9_]+]] = {{.*}}) {
// CHECK: %[[BASE:.*]] = arith.muli %[[BX]], %[[BDX]] : index
// CHECK: %[[FIRST:.*]] = arith.addi %[[BASE]], %[[TX]] : index
// CHECK: %[[STRIDE:.*]] = arith.muli %[[GX]], %[[BDX]] : index
// CHECK: %[[NEGINF:.*]] = arith.constant 0xFF800000 : f32
// CHECK: %[[PART:.*]] = scf.for %[[I:.*]] = %[[FIRST]] to %[[TOTAL]] step %[[STRIDE]] iter_args(%[[ACC:.*]] = %[[NEGINF]]) -> (f32) {
// CHECK-NEXT: %[[IDX:.*]] = affine.delinearize_index %[[I]] into (%[[N]]) : index
// CHECK-NEXT: %[[X:.*]] = memref.load %[[A]][%[[IDX]]] : memref<?xf32>
// CHECK-NEXT: %[[ABS:.*]] = math.absf %[[X]] : f32
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[ACC]], %[[ABS]] : f32
// CHECK-NEXT: scf.yield %[[M]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: %[[BLOCK:.*]] = gpu.all_reduce maximumf %[[PART]] uniform {
// CHECK-NEXT: } : (f32) -> f32
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[LEAD:.*]] = arith.cmpi eq, %[[TX]], %[[ZERO]] : index
// CHECK-NEXT: scf.if %[[LEAD]] {
// CHECK-NEXT: memref.store %[[BLOCK]], %[[PARTS]][%[[BX]]] : memref<?xf32>
// CHECK-NEXT: }
// CHECK-NEXT: gpu.terminator
// CHECK: %[[C1024:.*]] = arith.constant 1024 : index
// CHECK-NEXT: %[[CEIL:.*]] = arith.ceildivui %[[GRID]], %[[C1024]] : index
// CHECK: %[[GRID2:.*]] = arith.minui %[[CEIL]], %{{.*}} : index
// CHECK: %[[BLOCKS:.*]], %[[T5:.*]] = gpu.alloc async [%[[T4]]] (%[[GRID2]]) : memref<?xf32>
// CHECK: %[[T6:.*]] = gpu.launch async [%[[T5]]] blocks(%[[BX2:[a-z0-9_]+]], {{.*}}) in (%[[GX2:[a-z0-9_]+]] = %[[GRID2]], {{.*}}) threads(%[[TX2:[a-z0-9_]+]], {{.*}}) in (%[[BDX2:[a-z0-9_]+]] = {{.*}}) {
// CHECK-NEXT: %[[B2:.*]] = arith.muli %[[BX2]], %[[BDX2]] : index
// CHECK-NEXT: %[[J:.*]] = arith.addi %[[B2]], %[[TX2]] : index
// CHECK-NEXT: %[[S2:.*]] = arith.muli %[[GX2]], %[[BDX2]] : index
// CHECK-NEXT: %[[NI:.*]] = arith.constant 0xFF800000 : f32
// CHECK-NEXT: %[[P:.*]] = scf.for %[[K:.*]] = %[[J]] to %[[GRID]] step %[[S2]] iter_args(%[[ACC2:.*]] = %[[NI]]) -> (f32) {
// CHECK-NEXT: %[[L:.*]] = memref.load %[[PARTS]][%[[K]]] : memref<?xf32>
// CHECK-NEXT: %[[M2:.*]] = arith.maximumf %[[ACC2]], %[[L]] : f32
// CHECK-NEXT: scf.yield %[[M2]] : f32
// CHECK-NEXT: }
// CHECK-NEXT: %[[B3:.*]] = gpu.all_reduce maximumf %[[P]] uniform {
// CHECK-NEXT: } : (f32) -> f32
// CHECK: scf.if
// CHECK-NEXT: memref.store %[[B3]], %[[BLOCKS]][%[[BX2]]] : memref<?xf32>
// CHECK: gpu.terminator
// CHECK: %[[T7:.*]] = gpu.launch async [%[[T6]]] blocks({{.*}}) in (%{{.*}} = %[[C1:[a-z0-9_]+]], {{.*}}) threads(%[[TX3:[a-z0-9_]+]], {{.*}}) in
// CHECK: scf.for %{{.*}} to %[[GRID2]] step
// CHECK: memref.load %[[BLOCKS]]
// CHECK: %[[B4:.*]] = gpu.all_reduce maximumf
// CHECK: scf.if
// CHECK-NEXT: %[[INIT:.*]] = memref.load %[[DEV]][] : memref<f32>
// CHECK-NEXT: %[[R:.*]] = arith.maximumf %[[INIT]], %[[B4]] : f32
// CHECK-NEXT: memref.store %[[R]], %[[DEV]][] : memref<f32>
// CHECK: gpu.terminator
// CHECK: %[[T8:.*]] = gpu.memcpy async [%[[T7]]] %[[OUT]], %[[DEV]] : memref<f32>, memref<f32>
// CHECK-NEXT: %[[T9:.*]] = gpu.dealloc async [%[[T8]]] %[[DEV]] : memref<f32>
// CHECK-NEXT: %[[T10:.*]] = gpu.dealloc async [%[[T9]]] %[[PARTS]] : memref<?xf32>
// CHECK-NEXT: %[[T11:.*]] = gpu.dealloc async [%[[T10]]] %[[BLOCKS]] : memref<?xf32>
// CHECK-NEXT: gpu.wait [%[[T11]]]
// CHECK-NOT: atomic
// CHECK-NOT: memref.load %[[OUT]]
// CHECK-NOT: linalg.generic
func.func @amax(%a: memref<?xf32>, %out: memref<f32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>],
                  iterator_types = ["reduction"]}
      ins(%a : memref<?xf32>) outs(%out : memref<f32>) {
  ^bb0(%x: f32, %acc: f32):
    %abs = math.absf %x : f32
    %m = arith.maximumf %acc, %abs : f32
    linalg.yield %m : f32
  }
  return
}

// -----

// A count over a 2-D dynamic buffer, arith.addi on i64 with the accumulator
// second: neutral 0, all_reduce add, the initial count added last.
// CHECK-LABEL: func.func @count
// CHECK-SAME: (%[[A:.*]]: memref<?x?xf32>, %[[OUT:.*]]: memref<i64>)
// CHECK: %[[N0:.*]] = memref.dim %[[A]], %{{.*}} : memref<?x?xf32>
// CHECK: %[[N1:.*]] = memref.dim %[[A]], %{{.*}} : memref<?x?xf32>
// CHECK: %[[P:.*]] = arith.muli %{{.*}}, %[[N0]] : index
// CHECK: %[[TOTAL:.*]] = arith.muli %[[P]], %[[N1]] : index
// CHECK: gpu.launch async [%{{.*}}] blocks({{.*}}) threads(%[[TX:[a-z0-9_]+]],
// CHECK: %[[ZERO64:.*]] = arith.constant 0 : i64
// CHECK: %[[PART:.*]] = scf.for %[[I:.*]] = %{{.*}} to %[[TOTAL]] step %{{.*}} iter_args(%[[ACC:.*]] = %[[ZERO64]]) -> (i64) {
// CHECK-NEXT: %[[IDX:.*]]:2 = affine.delinearize_index %[[I]] into (%[[N0]], %[[N1]]) : index, index
// CHECK-NEXT: %[[X:.*]] = memref.load %[[A]][%[[IDX]]#0, %[[IDX]]#1] : memref<?x?xf32>
// CHECK-NEXT: %[[Z:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %[[EQ:.*]] = arith.cmpf oeq, %[[X]], %[[Z]] : f32
// CHECK-NEXT: %[[E:.*]] = arith.extui %[[EQ]] : i1 to i64
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[ACC]], %[[E]] : i64
// CHECK-NEXT: scf.yield %[[S]] : i64
// CHECK-NEXT: }
// CHECK-NEXT: %[[BLOCK:.*]] = gpu.all_reduce add %[[PART]] uniform {
// CHECK-NEXT: } : (i64) -> i64
// CHECK-NEXT: %[[ZERO:.*]] = arith.constant 0 : index
// CHECK-NEXT: %[[LEAD:.*]] = arith.cmpi eq, %[[TX]], %[[ZERO]] : index
// CHECK-NEXT: scf.if %[[LEAD]] {
// CHECK-NEXT: memref.store %[[BLOCK]], %{{.*}}[%{{.*}}] : memref<?xi64>
// CHECK-NEXT: }
// CHECK-NEXT: gpu.terminator
// CHECK: gpu.all_reduce add %{{.*}} uniform
// CHECK: %[[C:.*]] = gpu.all_reduce add %{{.*}} uniform
// CHECK: %[[INIT:.*]] = memref.load %{{.*}}[] : memref<i64>
// CHECK-NEXT: %[[R:.*]] = arith.addi %[[INIT]], %[[C]] : i64
// CHECK-NEXT: memref.store %[[R]], %{{.*}}[] : memref<i64>
// CHECK-NOT: linalg.generic
func.func @count(%a: memref<?x?xf32>, %out: memref<i64>) {
  linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> ()>],
                  iterator_types = ["reduction", "reduction"]}
      ins(%a : memref<?x?xf32>) outs(%out : memref<i64>) {
  ^bb0(%x: f32, %acc: i64):
    %z = arith.constant 0.0 : f32
    %eq = arith.cmpf oeq, %x, %z : f32
    %e = arith.extui %eq : i1 to i64
    %s = arith.addi %e, %acc : i64
    linalg.yield %s : i64
  }
  return
}

// -----

// A sum whose element is the input itself (i32).
// CHECK-LABEL: func.func @sum_i32
// CHECK-SAME: (%[[A:.*]]: memref<?xi32>, %[[OUT:.*]]: memref<i32>)
// CHECK: %[[ZERO32:.*]] = arith.constant 0 : i32
// CHECK: scf.for {{.*}} iter_args(%[[ACC:.*]] = %[[ZERO32]]) -> (i32) {
// CHECK: %[[X:.*]] = memref.load %[[A]]
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[ACC]], %[[X]] : i32
// CHECK-NEXT: scf.yield %[[S]] : i32
// CHECK: gpu.all_reduce add %{{.*}} uniform
// CHECK: %[[C:.*]] = gpu.all_reduce add %{{.*}} uniform
// CHECK: %[[INIT:.*]] = memref.load %{{.*}}[] : memref<i32>
// CHECK-NEXT: arith.addi %[[INIT]], %[[C]] : i32
func.func @sum_i32(%a: memref<?xi32>, %out: memref<i32>) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>],
                  iterator_types = ["reduction"]}
      ins(%a : memref<?xi32>) outs(%out : memref<i32>) {
  ^bb0(%x: i32, %acc: i32):
    %s = arith.addi %x, %acc : i32
    linalg.yield %s : i32
  }
  return
}

// -----

// A generic already inside a gpu.launch is not launched again.
// CHECK-LABEL: func.func @inside_launch
// CHECK: gpu.launch
// CHECK-NOT: gpu.launch
// CHECK: linalg.generic
// CHECK-NOT: gpu.launch
// CHECK: gpu.terminator
func.func @inside_launch(%a: memref<4xf32>) {
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
        outs(%a : memref<4xf32>) {
    ^bb0(%o: f32):
      %n = arith.negf %o : f32
      linalg.yield %n : f32
    }
    gpu.terminator
  }
  return
}

// -----

// A generic on tensors is left as it is (the other forms: loops.mlir).
// CHECK-LABEL: func.func @tensors
// CHECK: %[[R:.*]] = linalg.generic
// CHECK-SAME: ins(%{{.*}} : tensor<?xf32>) outs(%{{.*}} : tensor<?xf32>)
// CHECK: arith.negf
// CHECK: return %[[R]] : tensor<?xf32>
// CHECK-NOT: gpu.launch
func.func @tensors(%a: tensor<?xf32>, %b: tensor<?xf32>) -> tensor<?xf32> {
  %r = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>],
                       iterator_types = ["parallel"]}
      ins(%a : tensor<?xf32>) outs(%b : tensor<?xf32>) {
  ^bb0(%x: f32, %y: f32):
    %n = arith.negf %x : f32
    linalg.yield %n : f32
  } -> tensor<?xf32>
  return %r : tensor<?xf32>
}

// -----

// A reduction whose element is defined outside the body: each iteration
// adds that value.
// CHECK-LABEL: func.func @element_from_outside
// CHECK-SAME: (%{{.*}}: memref<?xf32>, %[[OUT:.*]]: memref<i64>, %[[ONE:.*]]: i64)
// CHECK: gpu.launch
// CHECK: scf.for {{.*}} iter_args(%[[ACC:.*]] = %{{.*}}) -> (i64)
// CHECK: %[[SUM:.*]] = arith.addi %[[ACC]], %[[ONE]] : i64
// CHECK: scf.yield %[[SUM]] : i64
// CHECK: gpu.all_reduce add
// CHECK: arith.addi
// CHECK: memref.store %{{.*}}, %{{.*}}[] : memref<i64>
// CHECK: gpu.memcpy async [%{{.*}}] %[[OUT]], %{{.*}} : memref<i64>, memref<i64>
// CHECK-NOT: atomic
func.func @element_from_outside(%a: memref<?xf32>, %out: memref<i64>, %one: i64) {
  linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> ()>],
                  iterator_types = ["reduction"]}
      ins(%a : memref<?xf32>) outs(%out : memref<i64>) {
  ^bb0(%x: f32, %acc: i64):
    %s = arith.addi %acc, %one : i64
    linalg.yield %s : i64
  }
  return
}

