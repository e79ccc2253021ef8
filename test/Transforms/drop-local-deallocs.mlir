// RUN: altgrad-opt %s --altgrad-drop-local-deallocs --split-input-file \
// RUN:   --verify-diagnostics | FileCheck %s

// A function's own buffers, freed directly or through a view: the deallocs
// go, the allocations and their uses stay.

// CHECK-LABEL: func.func @local
// CHECK: memref.alloc
// CHECK: memref.store
// CHECK: memref.subview
// CHECK-NOT: memref.dealloc
// CHECK: return
func.func @local(%v: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %a = memref.alloc() : memref<4xf32>
  memref.store %v, %a[%c0] : memref<4xf32>
  %x = memref.load %a[%c0] : memref<4xf32>
  memref.dealloc %a : memref<4xf32>
  %b = memref.alloc() : memref<8xf32>
  %s = memref.subview %b[2] [4] [1] : memref<8xf32> to memref<4xf32, strided<[1], offset: 2>>
  memref.dealloc %s : memref<4xf32, strided<[1], offset: 2>>
  return %x : f32
}

// -----

func.func @argument(%a: memref<4xf32>) {
  // expected-error @below {{'memref.dealloc' op frees a buffer this function did not allocate; buffer deallocation manages every buffer's lifetime and cannot keep it}}
  memref.dealloc %a : memref<4xf32>
  return
}
