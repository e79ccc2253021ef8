// RUN: altgrad-opt %s --altgrad-simplify-small-deallocations | FileCheck %s --check-prefix=SMALL
// RUN: altgrad-opt %s --altgrad-simplify-small-deallocations=max-buffers=1 | FileCheck %s --check-prefix=LARGE

// Two buffers in one dealloc: within the default bound upstream's
// simplification runs (it splits the dealloc of two distinct allocations,
// and with no other uses the allocations go too); above the bound the
// function keeps its dealloc as it is.

// SMALL-LABEL: func.func @two
// SMALL-NOT: bufferization.dealloc
// SMALL-NOT: memref.alloc
// LARGE-LABEL: func.func @two
// LARGE: bufferization.dealloc (%{{.*}}, %{{.*}} : memref<2xf32>, memref<2xf32>) if (%{{.*}}, %{{.*}})
func.func @two(%c: i1) {
  %a = memref.alloc() : memref<2xf32>
  %b = memref.alloc() : memref<2xf32>
  bufferization.dealloc (%a, %b : memref<2xf32>, memref<2xf32>) if (%c, %c)
  return
}
