// RUN: altgrad-opt %s --allocate-device-reachable-buffers -split-input-file | FileCheck %s

// allocate-device-reachable-buffers: host buffers become memory that kernels
// can reach. memref.alloc of a buffer a kernel uses, or that leaves the
// function, becomes gpu.alloc host_shared, its memref.dealloc an async
// gpu.dealloc that is waited for, and a global a function reads is copied
// once on entry into a host_shared buffer, freed before every return that
// does not return it. Buffers only host code touches stay host memory. Code
// inside gpu.launch is left alone.

// CHECK-LABEL: func.func @allocs
// CHECK-SAME: (%[[N:[a-z0-9_]+]]: index,
// CHECK-NOT: memref.alloc
// CHECK: %[[S:.*]] = gpu.alloc host_shared () : memref<8xf32>
// CHECK-NEXT: %[[D:.*]] = gpu.alloc host_shared (%[[N]]) : memref<?x4xi8>
// CHECK-NEXT: memref.store %{{.*}}, %[[S]][%{{.*}}] : memref<8xf32>
// CHECK-NEXT: memref.store %{{.*}}, %[[D]][%{{.*}}, %{{.*}}] : memref<?x4xi8>
// CHECK: gpu.terminator
// CHECK-NEXT: }
// CHECK-NEXT: %[[T0:.*]] = gpu.wait async
// CHECK-NEXT: %[[T1:.*]] = gpu.dealloc async [%[[T0]]] %[[S]] : memref<8xf32>
// CHECK-NEXT: gpu.wait [%[[T1]]]
// CHECK-NEXT: %[[T2:.*]] = gpu.wait async
// CHECK-NEXT: %[[T3:.*]] = gpu.dealloc async [%[[T2]]] %[[D]] : memref<?x4xi8>
// CHECK-NEXT: gpu.wait [%[[T3]]]
// CHECK-NEXT: return
// CHECK-NOT: memref.dealloc
func.func @allocs(%n: index, %f: f32, %b: i8) {
  %c0 = arith.constant 0 : index
  %s = memref.alloc() : memref<8xf32>
  %d = memref.alloc(%n) {alignment = 64 : i64} : memref<?x4xi8>
  memref.store %f, %s[%c0] : memref<8xf32>
  memref.store %b, %d[%c0, %c0] : memref<?x4xi8>
  %c1 = arith.constant 1 : index
  %v = memref.subview %d[0, 0] [1, 4] [1, 1] : memref<?x4xi8> to memref<4xi8, strided<[1]>>
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %w = %c1, %t = %c1) {
    memref.store %f, %s[%c0] : memref<8xf32>
    memref.store %b, %v[%c0] : memref<4xi8, strided<[1]>>
    gpu.terminator
  }
  memref.dealloc %s : memref<8xf32>
  memref.dealloc %d : memref<?x4xi8>
  return
}

// -----

// An allocation that is returned stays allocated; one inside a loop is
// rewritten where it is. Both leave the function.
// CHECK-LABEL: func.func @returned
// CHECK: scf.for
// CHECK-NEXT: %[[T:.*]] = gpu.alloc host_shared () : memref<4xf32>
// CHECK-NEXT: call @use(%[[T]])
// CHECK-NEXT: %[[W:.*]] = gpu.wait async
// CHECK-NEXT: %[[F:.*]] = gpu.dealloc async [%[[W]]] %[[T]] : memref<4xf32>
// CHECK-NEXT: gpu.wait [%[[F]]]
// CHECK: %[[R:.*]] = gpu.alloc host_shared () : memref<4xf32>
// CHECK-NOT: gpu.dealloc
// CHECK: return %[[R]] : memref<4xf32>
func.func private @use(memref<4xf32>)
func.func @returned(%n: index) -> memref<4xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %t = memref.alloc() : memref<4xf32>
    func.call @use(%t) : (memref<4xf32>) -> ()
    memref.dealloc %t : memref<4xf32>
  }
  %r = memref.alloc() : memref<4xf32>
  return %r : memref<4xf32>
}

// -----

memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>

// A global is read through a device-reachable copy made at function entry,
// wherever the get_global was; the copy is freed before each return that
// does not hand it out.
// CHECK-LABEL: func.func @global
// CHECK-SAME: (%[[C:.*]]: i1, %[[I:.*]]: index) -> f32
// CHECK-NEXT: %[[COPY:.*]] = gpu.alloc host_shared () : memref<4xf32>
// CHECK-NEXT: %[[G:.*]] = memref.get_global @table : memref<4xf32>
// CHECK-NEXT: memref.copy %[[G]], %[[COPY]] : memref<4xf32> to memref<4xf32>
// CHECK-NEXT: cf.cond_br %[[C]], ^[[A:.*]], ^[[B:.*]]
// CHECK: ^[[A]]:
// CHECK-NEXT: %[[V:.*]] = memref.load %[[COPY]][%[[I]]] : memref<4xf32>
// CHECK-NEXT: %[[W0:.*]] = gpu.wait async
// CHECK-NEXT: %[[F0:.*]] = gpu.dealloc async [%[[W0]]] %[[COPY]] : memref<4xf32>
// CHECK-NEXT: gpu.wait [%[[F0]]]
// CHECK-NEXT: return %[[V]] : f32
// CHECK: ^[[B]]:
// CHECK-NEXT: %[[Z:.*]] = arith.constant
// CHECK-NEXT: %[[W1:.*]] = gpu.wait async
// CHECK-NEXT: %[[F1:.*]] = gpu.dealloc async [%[[W1]]] %[[COPY]] : memref<4xf32>
// CHECK-NEXT: gpu.wait [%[[F1]]]
// CHECK-NEXT: return %[[Z]] : f32
// CHECK-NOT: memref.get_global
func.func @global(%c: i1, %i: index) -> f32 {
  cf.cond_br %c, ^a, ^b
^a:
  %g = memref.get_global @table : memref<4xf32>
  %v = memref.load %g[%i] : memref<4xf32>
  return %v : f32
^b:
  %z = arith.constant 0.0 : f32
  return %z : f32
}

// -----

memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>

// A returned copy is the caller's: not freed on that return.
// CHECK-LABEL: func.func @global_returned
// CHECK-NEXT: %[[COPY:.*]] = gpu.alloc host_shared () : memref<4xf32>
// CHECK-NEXT: %[[G:.*]] = memref.get_global @table : memref<4xf32>
// CHECK-NEXT: memref.copy %[[G]], %[[COPY]]
// CHECK-NOT: gpu.dealloc
// CHECK: return %[[COPY]] : memref<4xf32>
func.func @global_returned() -> memref<4xf32> {
  %g = memref.get_global @table : memref<4xf32>
  return %g : memref<4xf32>
}

// -----

memref.global "private" constant @table : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>

// Inside a gpu.launch nothing changes (the kernel's own allocations and
// globals are the kernel's); the launch reads a host buffer through the
// host_shared copy of the global read outside it.
// CHECK-LABEL: func.func @kernel
// CHECK-SAME: (%[[OUT:.*]]: memref<4xf32>)
// CHECK-NEXT: %[[COPY:.*]] = gpu.alloc host_shared () : memref<4xf32>
// CHECK-NEXT: %[[G:.*]] = memref.get_global @table : memref<4xf32>
// CHECK-NEXT: memref.copy %[[G]], %[[COPY]]
// CHECK: gpu.launch
// CHECK-NEXT: %[[S:.*]] = memref.alloc() : memref<4xf32>
// CHECK-NEXT: %[[IN:.*]] = memref.get_global @table : memref<4xf32>
// CHECK-NEXT: memref.copy %[[IN]], %[[S]]
// CHECK-NEXT: %[[X:.*]] = memref.load %[[COPY]][%{{.*}}] : memref<4xf32>
// CHECK-NEXT: memref.store %[[X]], %[[OUT]][%{{.*}}] : memref<4xf32>
// CHECK-NEXT: memref.dealloc %[[S]] : memref<4xf32>
// CHECK-NEXT: gpu.terminator
// CHECK-NEXT: }
// CHECK-NEXT: %[[W:.*]] = gpu.wait async
// CHECK-NEXT: %[[F:.*]] = gpu.dealloc async [%[[W]]] %[[COPY]] : memref<4xf32>
// CHECK-NEXT: gpu.wait [%[[F]]]
// CHECK-NEXT: return
func.func @kernel(%out: memref<4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %g = memref.get_global @table : memref<4xf32>
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    %s = memref.alloc() : memref<4xf32>
    %h = memref.get_global @table : memref<4xf32>
    memref.copy %h, %s : memref<4xf32> to memref<4xf32>
    %e = memref.load %g[%c0] : memref<4xf32>
    memref.store %e, %out[%c0] : memref<4xf32>
    memref.dealloc %s : memref<4xf32>
    gpu.terminator
  }
  return
}

// -----

// External declarations have no body to rewrite.
// CHECK-LABEL: func.func private @external(memref<?xf32>) -> memref<?xf32>
// CHECK-NOT: gpu.
func.func private @external(memref<?xf32>) -> memref<?xf32>

// -----

// A buffer only host code loads, stores and copies (a reduction's result,
// copied to and from the device by gpu.memcpy) stays host memory.
// CHECK-LABEL: func.func @host_only
// CHECK: %[[H:.*]] = memref.alloc() : memref<f32>
// CHECK: gpu.memcpy async [%{{.*}}] %{{.*}}, %[[H]]
// CHECK: memref.load %[[H]][]
// CHECK-NEXT: memref.dealloc %[[H]] : memref<f32>
// CHECK-NOT: gpu.alloc host_shared
// CHECK-NOT: gpu.dealloc
func.func @host_only(%f: f32, %device: memref<f32>) -> f32 {
  %h = memref.alloc() : memref<f32>
  memref.store %f, %h[] : memref<f32>
  %t0 = gpu.wait async
  %t1 = gpu.memcpy async [%t0] %device, %h : memref<f32>, memref<f32>
  gpu.wait [%t1]
  %r = memref.load %h[] : memref<f32>
  memref.dealloc %h : memref<f32>
  return %r : f32
}
