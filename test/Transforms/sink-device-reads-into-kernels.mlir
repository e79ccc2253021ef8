// RUN: altgrad-opt %s --split-input-file \
// RUN:   --pass-pipeline='builtin.module(func.func(altgrad-sink-device-reads-into-kernels))' \
// RUN: | FileCheck %s

// A scale computed on the host from an amax in device memory: the kernel
// reads the amax and computes the scale itself; the host's copy goes.
// CHECK-LABEL: func.func @scale
// CHECK-NOT: memref.load
// CHECK-NOT: arith.divf
// CHECK: gpu.launch
// CHECK-NEXT: %[[A:.*]] = memref.load %[[AMAX:.*]][] : memref<f32>
// CHECK-NEXT: %[[S:.*]] = arith.divf %[[A]], %cst : f32
// CHECK-NEXT: %[[M:.*]] = arith.maximumf %[[S]], %cst_0 : f32
// CHECK: arith.mulf %{{.*}}, %[[M]]
// CHECK: gpu.terminator
func.func @scale(%x: memref<64xf32>) {
  %c1 = arith.constant 1 : index
  %c448 = arith.constant 448.0 : f32
  %tiny = arith.constant 1.0e-30 : f32
  %amax = gpu.alloc host_shared () : memref<f32>
  %a = memref.load %amax[] : memref<f32>
  %s = arith.divf %a, %c448 : f32
  %m = arith.maximumf %s, %tiny : f32
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %v = memref.load %x[%tx] : memref<64xf32>
    %w = arith.mulf %v, %m : f32
    memref.store %w, %x[%tx] : memref<64xf32>
    gpu.terminator
  }
  return
}

// -----

// Used on the host too: the kernel gets its own read, the host keeps its.
// Kernels between that do not capture the buffer do not stop the move,
// whatever ops they hold.
// CHECK-LABEL: func.func @host_use
// CHECK: %[[F:.*]] = memref.load %{{.*}}[] : memref<i1>
// CHECK: gpu.launch
// CHECK: func.call @opaque
// CHECK: gpu.launch
// CHECK-NEXT: memref.load %{{.*}}[] : memref<i1>
// CHECK: return %[[F]]
func.func private @opaque()
func.func @host_use(%x: memref<64xf32>) -> i1 {
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %flag = gpu.alloc host_shared () : memref<i1>
  %f = memref.load %flag[] : memref<i1>
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    func.call @opaque() : () -> ()
    gpu.terminator
  }
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %v = memref.load %x[%tx] : memref<64xf32>
    %w = arith.select %f, %v, %zero : f32
    memref.store %w, %x[%tx] : memref<64xf32>
    gpu.terminator
  }
  return %f : i1
}

// -----

// The buffer is written between the read and the launch (by a kernel, a
// stream-ordered call given its address, a host store), or by the launch
// itself: the host reads it where it did.
// CHECK-LABEL: func.func @written
// CHECK-COUNT-4: memref.load %{{.*}}[] : memref<f32>
// CHECK-NOT: memref.load %{{.*}}[] : memref<f32>
// CHECK: return
func.func private @gemm(index)
func.func @written(%x: memref<64xf32>) {
  %c1 = arith.constant 1 : index
  %one = arith.constant 1.0 : f32
  %b = gpu.alloc host_shared () : memref<f32>
  %v0 = memref.load %b[] : memref<f32>
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    memref.store %one, %b[] : memref<f32>
    gpu.terminator
  }
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    memref.store %v0, %x[%tx] : memref<64xf32>
    gpu.terminator
  }
  %v1 = memref.load %b[] : memref<f32>
  %p = memref.extract_aligned_pointer_as_index %b : memref<f32> -> index
  func.call @gemm(%p) {altgrad.gpu_stream_ordered} : (index) -> ()
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    memref.store %v1, %x[%tx] : memref<64xf32>
    gpu.terminator
  }
  %v2 = memref.load %b[] : memref<f32>
  memref.store %one, %b[] : memref<f32>
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    memref.store %v2, %x[%tx] : memref<64xf32>
    gpu.terminator
  }
  %v3 = memref.load %b[] : memref<f32>
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %w = arith.addf %v3, %one : f32
    memref.store %w, %b[] : memref<f32>
    gpu.terminator
  }
  return
}

// -----

// Host memory (a memref.alloc) is no kernel's to read; neither is a
// function argument, which may alias another.
// CHECK-LABEL: func.func @host_buffers
// CHECK: memref.load %{{.*}}[] : memref<f32>
// CHECK: memref.load %arg1[] : memref<f32>
// CHECK: gpu.launch
// CHECK-NOT: memref.load {{.*}}memref<f32>
// CHECK: gpu.terminator
func.func @host_buffers(%x: memref<64xf32>, %arg: memref<f32>) {
  %c1 = arith.constant 1 : index
  %h = memref.alloc() : memref<f32>
  %v = memref.load %h[] : memref<f32>
  %w = memref.load %arg[] : memref<f32>
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %s = arith.addf %v, %w : f32
    memref.store %s, %x[%tx] : memref<64xf32>
    gpu.terminator
  }
  memref.dealloc %h : memref<f32>
  return
}
