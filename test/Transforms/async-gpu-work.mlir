// RUN: altgrad-opt %s --split-input-file --verify-diagnostics \
// RUN:   --pass-pipeline='builtin.module(func.func(altgrad-async-gpu-work))' \
// RUN: | FileCheck %s

// Launches, a copy and frees form one chain. The host waits once, before it
// loads from device memory; shared allocations stay synchronous; the free
// after the load is not work the host observes, so the return needs no wait.
// CHECK-LABEL: func.func @chain
// CHECK: %[[B:.*]] = gpu.alloc host_shared () : memref<4xf32>
// CHECK-NEXT: %[[T0:.*]] = gpu.wait async
// CHECK-NEXT: %[[T1:.*]] = gpu.launch_func async [%[[T0]]] @k::@fill
// CHECK-NEXT: %[[T2:.*]] = gpu.launch_func async [%[[T1]]] @k::@fill
// CHECK-NEXT: %[[T3:.*]] = gpu.memcpy async [%[[T2]]] %arg0, %[[B]]
// CHECK-NEXT: gpu.wait [%[[T3]]]
// CHECK-NEXT: memref.load %arg0
// CHECK-NEXT: %[[T4:.*]] = gpu.wait async
// CHECK-NEXT: gpu.dealloc async [%[[T4]]] %[[B]]
// CHECK-NEXT: return
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @fill(%a: memref<4xf32>) kernel { gpu.return }
  }
  func.func @chain(%arg0: memref<4xf32>) -> f32 {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %b = gpu.alloc host_shared () : memref<4xf32>
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%b : memref<4xf32>)
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    %t = gpu.wait async
    %t1 = gpu.memcpy async [%t] %arg0, %b : memref<4xf32>, memref<4xf32>
    gpu.wait [%t1]
    %v = memref.load %arg0[%c0] : memref<4xf32>
    %t2 = gpu.wait async
    %t3 = gpu.dealloc async [%t2] %b : memref<4xf32>
    gpu.wait [%t3]
    return %v : f32
  }
}

// -----

// The chains the code came with (a reduction's scratch buffers, each wait
// making the host wait) become one: the host waits only at the return.
// Host-only buffers (memref.alloc) need no wait.
// CHECK-LABEL: func.func @rethread
// CHECK: %[[T0:.*]] = gpu.wait async
// CHECK-NEXT: %[[S:.*]], %[[T1:.*]] = gpu.alloc async [%[[T0]]] () : memref<4xf32>
// CHECK-NEXT: %[[T2:.*]] = gpu.launch_func async [%[[T1]]] @k::@fill
// CHECK-NEXT: %[[T3:.*]] = gpu.dealloc async [%[[T2]]] %[[S]]
// CHECK-NEXT: memref.alloc
// CHECK-NEXT: memref.store
// CHECK-NEXT: %[[T4:.*]] = gpu.launch_func async [%[[T3]]] @k::@fill
// CHECK-NEXT: memref.dealloc
// CHECK-NEXT: gpu.wait [%[[T4]]]
// CHECK-NEXT: return
// CHECK-NOT: gpu.wait
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @fill(%a: memref<4xf32>) kernel { gpu.return }
  }
  func.func @rethread(%arg0: memref<4xf32>, %x: f32) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %t0 = gpu.wait async
    %s, %t1 = gpu.alloc async [%t0] () : memref<4xf32>
    %t2 = gpu.launch_func async [%t1] @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%s : memref<4xf32>)
    %t3 = gpu.dealloc async [%t2] %s : memref<4xf32>
    gpu.wait [%t3]
    %h = memref.alloc() : memref<4xf32>
    memref.store %x, %h[%c0] : memref<4xf32>
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    memref.dealloc %h : memref<4xf32>
    return
  }
}

// -----

// A stream-ordered call is enqueued work on the chain's stream: no wait
// before it, one at the end.
// A call of anything else may touch device memory: the host waits first.
// CHECK-LABEL: func.func @calls
// CHECK: %[[S:.*]] = gpu.wait async
// CHECK-NEXT: call @gemm(%arg0) {altgrad.gpu_stream_ordered}
// CHECK-NEXT: %[[T1:.*]] = gpu.launch_func async [%[[S]]] @k::@fill
// CHECK-NEXT: call @gemm(%arg0) {altgrad.gpu_stream_ordered}
// CHECK-NEXT: gpu.wait [%[[T1]]]
// CHECK-NEXT: call @other(%arg0)
// CHECK-NEXT: %[[T2:.*]] = gpu.wait async
// CHECK-NEXT: %[[T3:.*]] = gpu.launch_func async [%[[T2]]] @k::@fill
// CHECK-NEXT: call @gemm(%arg0) {altgrad.gpu_stream_ordered}
// CHECK-NEXT: gpu.wait [%[[T3]]]
// CHECK-NEXT: return
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @fill(%a: memref<4xf32>) kernel { gpu.return }
  }
  func.func private @gemm(memref<4xf32>)
  func.func private @other(memref<4xf32>)
  func.func @calls(%arg0: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    call @gemm(%arg0) {altgrad.gpu_stream_ordered} : (memref<4xf32>) -> ()
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    call @gemm(%arg0) {altgrad.gpu_stream_ordered} : (memref<4xf32>) -> ()
    call @other(%arg0) : (memref<4xf32>) -> ()
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    call @gemm(%arg0) {altgrad.gpu_stream_ordered} : (memref<4xf32>) -> ()
    return
  }
}

// -----

// Before an op with regions the host waits for what is pending; its blocks
// have chains of their own, waited for at their terminators only where they
// enqueued work the host can observe (a launch, not a free).
// CHECK-LABEL: func.func @regions
// CHECK: %[[T0:.*]] = gpu.wait async
// CHECK-NEXT: %[[T1:.*]] = gpu.launch_func async [%[[T0]]] @k::@fill
// CHECK-NEXT: gpu.wait [%[[T1]]]
// CHECK-NEXT: scf.if %arg1 {
// CHECK-NEXT: %[[I0:.*]] = gpu.wait async
// CHECK-NEXT: %[[I1:.*]] = gpu.launch_func async [%[[I0]]] @k::@fill
// CHECK-NEXT: gpu.wait [%[[I1]]]
// CHECK-NEXT: }
// CHECK-NEXT: scf.if %arg1 {
// CHECK-NEXT: %[[D0:.*]] = gpu.wait async
// CHECK-NEXT: gpu.dealloc async [%[[D0]]] %arg2
// CHECK-NEXT: }
// CHECK-NEXT: return
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @fill(%a: memref<4xf32>) kernel { gpu.return }
  }
  func.func @regions(%arg0: memref<4xf32>, %arg1: i1, %arg2: memref<4xf32>) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    scf.if %arg1 {
      gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    }
    scf.if %arg1 {
      %t0 = gpu.wait async
      %t1 = gpu.dealloc async [%t0] %arg2 : memref<4xf32>
      gpu.wait [%t1]
    }
    return
  }
}

// -----

// A host buffer that a copy writes is read only after the host waited.
// CHECK-LABEL: func.func @copied_to_host
// CHECK: %[[H:.*]] = memref.alloc
// CHECK-NEXT: %[[T0:.*]] = gpu.wait async
// CHECK-NEXT: %[[T1:.*]] = gpu.memcpy async [%[[T0]]] %[[H]], %arg0
// CHECK-NEXT: gpu.wait [%[[T1]]]
// CHECK-NEXT: memref.load %[[H]]
func.func @copied_to_host(%arg0: memref<f32>) -> f32 {
  %h = memref.alloc() : memref<f32>
  gpu.memcpy %h, %arg0 : memref<f32>, memref<f32>
  %v = memref.load %h[] : memref<f32>
  memref.dealloc %h : memref<f32>
  return %v : f32
}

// -----

// A read of a reduction's result, and the host arithmetic on it, moves down
// past GPU work that does not touch the buffer (a kernel on another buffer,
// a GEMM on other addresses) and stops before the kernel that writes it
// again; the other read moves to the end, where the kernel still running
// works on another buffer: the host waits for it at the return.
// CHECK-LABEL: func.func @sink_reads
// CHECK: gpu.launch_func async {{.*}} @k::@fill {{.*}} args(%[[R:.*]] : memref<f32>)
// CHECK-NEXT: gpu.launch_func async {{.*}} @k::@fill {{.*}} args(%[[S:.*]] : memref<f32>)
// CHECK-NEXT: gpu.launch_func async {{.*}} @k::@fill {{.*}} args(%arg0 : memref<f32>)
// CHECK-NEXT: memref.extract_aligned_pointer_as_index
// CHECK-NEXT: call @gemm
// CHECK-NEXT: gpu.wait
// CHECK-NEXT: memref.load %[[R]]
// CHECK-NEXT: arith.addf
// CHECK-NEXT: gpu.wait async
// CHECK-NEXT: %[[T:.*]] = gpu.launch_func async {{.*}} @k::@fill {{.*}} args(%[[R]] : memref<f32>)
// CHECK-NEXT: memref.load %[[S]]
// CHECK-NEXT: gpu.wait [%[[T]]]
// CHECK-NEXT: return
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @fill(%a: memref<f32>) kernel { gpu.return }
  }
  func.func private @gemm(index)
  func.func @sink_reads(%arg0: memref<f32>, %x: f32) -> (f32, f32) {
    %c1 = arith.constant 1 : index
    %r = gpu.alloc host_shared () : memref<f32>
    %s = gpu.alloc host_shared () : memref<f32>
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%r : memref<f32>)
    %v = memref.load %r[] : memref<f32>
    %w = arith.addf %v, %x : f32
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%s : memref<f32>)
    %u = memref.load %s[] : memref<f32>
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<f32>)
    %address = memref.extract_aligned_pointer_as_index %arg0 : memref<f32> -> index
    call @gemm(%address) {altgrad.gpu_stream_ordered} : (index) -> ()
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%r : memref<f32>)
    return %w, %u : f32, f32
  }
}

// -----

// The host waits only before touching a buffer the pending work reaches:
// not for a shared buffer no work was given yet, nor for an argument while
// the work is on the function's own allocation; but an argument may alias
// another argument the work reaches.
// CHECK-LABEL: func.func @pending_buffers
// CHECK: %[[T:.*]] = gpu.launch_func async {{.*}} args(%[[B:.*]] : memref<4xf32>)
// CHECK-NEXT: memref.store %{{.*}}, %[[F:.*]][%c0]
// CHECK-NEXT: memref.load %arg0[%c0]
// CHECK-NEXT: %[[U:.*]] = gpu.launch_func async [%[[T]]] {{.*}} args(%arg0 : memref<4xf32>)
// CHECK-NEXT: gpu.wait [%[[U]]]
// CHECK-NEXT: memref.load %arg1[%c0]
module attributes {gpu.container_module} {
  gpu.module @k {
    gpu.func @fill(%a: memref<4xf32>) kernel { gpu.return }
  }
  func.func @pending_buffers(%arg0: memref<4xf32>, %arg1: memref<4xf32>) -> (f32, f32) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %one = arith.constant 1.0 : f32
    %b = gpu.alloc host_shared () : memref<4xf32>
    %fresh = gpu.alloc host_shared () : memref<4xf32>
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%b : memref<4xf32>)
    memref.store %one, %fresh[%c0] : memref<4xf32>
    %v = memref.load %arg0[%c0] : memref<4xf32>
    gpu.launch_func @k::@fill blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%arg0 : memref<4xf32>)
    %w = memref.load %arg1[%c0] : memref<4xf32>
    return %v, %w : f32, f32
  }
}

// -----

func.func @not_outlined(%arg0: memref<4xf32>) {
  %c1 = arith.constant 1 : index
  // expected-error @below {{outline the kernel (gpu-kernel-outlining) before altgrad-async-gpu-work}}
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%a = %c1, %b = %c1, %c = %c1) {
    gpu.terminator
  }
  return
}

// -----

func.func @token_escapes() -> !gpu.async.token {
  // expected-error @below {{token used outside GPU ops' dependencies}}
  %t = gpu.wait async
  // expected-note @below {{used here}}
  return %t : !gpu.async.token
}
