// RUN: altgrad-opt %s --altgrad-merge-gpu-modules --split-input-file --verify-diagnostics | FileCheck %s

// Three modules become the first, renamed `kernels`; the launches name it; a shared
// declaration is kept once, a clashing helper is renamed apart together
// with its call.
// CHECK-LABEL: module attributes {gpu.container_module}
// CHECK-NOT: gpu.module
// CHECK: gpu.module @kernels {
// CHECK-DAG: func.func private @__nv_expf(f32) -> f32
// CHECK-DAG: gpu.func @a_kernel(%{{.*}}: f32) kernel
// CHECK-DAG: func.func private @helper(%{{.*}}: f32) -> f32
// CHECK-DAG: gpu.func @b_kernel(%{{.*}}: f32) kernel
// CHECK-DAG: func.func private @[[RENAMED:helper_[0-9]+]](%{{.*}}: f32) -> f32
// CHECK-DAG: func.call @[[RENAMED]](
// CHECK-DAG: gpu.func @c_kernel() kernel
// CHECK-NOT: __nv_expf
// CHECK-NOT: gpu.module
// CHECK: func.func @host
// CHECK: gpu.launch_func @kernels::@a_kernel
// CHECK: gpu.launch_func @kernels::@b_kernel
// CHECK: gpu.launch_func @kernels::@c_kernel
module attributes {gpu.container_module} {
  gpu.module @a_kernel {
    func.func private @__nv_expf(f32) -> f32
    func.func private @helper(%x: f32) -> f32 {
      return %x : f32
    }
    gpu.func @a_kernel(%x: f32) kernel {
      %e = func.call @__nv_expf(%x) : (f32) -> f32
      %h = func.call @helper(%e) : (f32) -> f32
      gpu.return
    }
  }
  gpu.module @b_kernel {
    func.func private @__nv_expf(f32) -> f32
    func.func private @helper(%x: f32) -> f32 {
      %y = arith.addf %x, %x : f32
      return %y : f32
    }
    gpu.func @b_kernel(%x: f32) kernel {
      %e = func.call @__nv_expf(%x) : (f32) -> f32
      %h = func.call @helper(%e) : (f32) -> f32
      gpu.return
    }
  }
  gpu.module @c_kernel {
    gpu.func @c_kernel() kernel {
      gpu.return
    }
  }
  func.func @host(%x: f32) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @a_kernel::@a_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : f32)
    gpu.launch_func @b_kernel::@b_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : f32)
    gpu.launch_func @c_kernel::@c_kernel blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1)
    return
  }
}

// -----

// One module: left as it is.
// CHECK-LABEL: module attributes {gpu.container_module}
// CHECK: gpu.module @only
// CHECK: gpu.launch_func @only::@only
module attributes {gpu.container_module} {
  gpu.module @only {
    gpu.func @only() kernel {
      gpu.return
    }
  }
  func.func @host() {
    %c1 = arith.constant 1 : index
    gpu.launch_func @only::@only blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1)
    return
  }
}

// -----

// A module with a target the first lacks is not merged into it.
module attributes {gpu.container_module} {
  gpu.module @first {
  }
  // expected-error @below {{has attribute 'targets' that the gpu.module its kernels would move into (kernels) does not share}}
  gpu.module @second [#nvvm.target] {
  }
}

// -----

// Kernels of one name (as kernel outlining makes them) are renamed apart,
// and their launches follow.
// CHECK-LABEL: module attributes {gpu.container_module}
// CHECK: gpu.module @kernels {
// CHECK: gpu.func @k() kernel
// CHECK: gpu.func @[[K:k_[0-9]+]](%{{.*}}: f32) kernel
// CHECK-NOT: gpu.module
// CHECK: gpu.launch_func @kernels::@k blocks
// CHECK: gpu.launch_func @kernels::@[[K]] blocks
module attributes {gpu.container_module} {
  gpu.module @first {
    gpu.func @k() kernel {
      gpu.return
    }
  }
  gpu.module @second {
    gpu.func @k(%x: f32) kernel {
      gpu.return
    }
  }
  func.func @host(%x: f32) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @first::@k blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1)
    gpu.launch_func @second::@k blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : f32)
    return
  }
}

// -----

// Identical kernels (only their names differ: a transformer's blocks) are
// kept once, in the merged module and within one module; each launch names
// the one kept. A kernel that differs in its body or in an attribute stays.
// CHECK-LABEL: module attributes {gpu.container_module}
// CHECK: gpu.module @kernels {
// CHECK: gpu.func @scale(%{{.*}}: memref<4xf32>, %{{.*}}: f32) kernel
// CHECK-NOT: gpu.func @scale_again
// CHECK: gpu.func @shift(
// CHECK: arith.addf
// CHECK: gpu.func @wide(%{{.*}}: memref<4xf32>, %{{.*}}: f32) kernel attributes {known_block_size = array<i32: 128, 1, 1>}
// CHECK-NOT: gpu.func
// CHECK: func.func @host
// CHECK-NEXT: arith.constant
// CHECK-NEXT: gpu.launch_func @kernels::@scale blocks
// CHECK-NEXT: gpu.launch_func @kernels::@scale blocks
// CHECK-NEXT: gpu.launch_func @kernels::@scale blocks
// CHECK-NEXT: gpu.launch_func @kernels::@shift blocks
// CHECK-NEXT: gpu.launch_func @kernels::@wide blocks
module attributes {gpu.container_module} {
  gpu.module @first {
    gpu.func @scale(%m: memref<4xf32>, %s: f32) kernel {
      %i = gpu.thread_id x
      %v = memref.load %m[%i] : memref<4xf32>
      %w = arith.mulf %v, %s : f32
      memref.store %w, %m[%i] : memref<4xf32>
      gpu.return
    }
    gpu.func @scale_again(%m: memref<4xf32>, %s: f32) kernel {
      %i = gpu.thread_id x
      %v = memref.load %m[%i] : memref<4xf32>
      %w = arith.mulf %v, %s : f32
      memref.store %w, %m[%i] : memref<4xf32>
      gpu.return
    }
  }
  gpu.module @second {
    gpu.func @scale_block_1(%m: memref<4xf32>, %s: f32) kernel {
      %i = gpu.thread_id x
      %v = memref.load %m[%i] : memref<4xf32>
      %w = arith.mulf %v, %s : f32
      memref.store %w, %m[%i] : memref<4xf32>
      gpu.return
    }
    gpu.func @shift(%m: memref<4xf32>, %s: f32) kernel {
      %i = gpu.thread_id x
      %v = memref.load %m[%i] : memref<4xf32>
      %w = arith.addf %v, %s : f32
      memref.store %w, %m[%i] : memref<4xf32>
      gpu.return
    }
    gpu.func @wide(%m: memref<4xf32>, %s: f32) kernel attributes {known_block_size = array<i32: 128, 1, 1>} {
      %i = gpu.thread_id x
      %v = memref.load %m[%i] : memref<4xf32>
      %w = arith.mulf %v, %s : f32
      memref.store %w, %m[%i] : memref<4xf32>
      gpu.return
    }
  }
  func.func @host(%m: memref<4xf32>, %s: f32) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @first::@scale blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%m : memref<4xf32>, %s : f32)
    gpu.launch_func @first::@scale_again blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%m : memref<4xf32>, %s : f32)
    gpu.launch_func @second::@scale_block_1 blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%m : memref<4xf32>, %s : f32)
    gpu.launch_func @second::@shift blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%m : memref<4xf32>, %s : f32)
    gpu.launch_func @second::@wide blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%m : memref<4xf32>, %s : f32)
    return
  }
}

// -----

// Where `kernels` is taken, the first module keeps its name.
// CHECK-LABEL: module attributes {gpu.container_module}
// CHECK: gpu.module @first {
// CHECK: gpu.func @k() kernel
// CHECK: gpu.func @l(%{{.*}}: f32) kernel
// CHECK: func.func @kernels
// CHECK: gpu.launch_func @first::@l blocks
module attributes {gpu.container_module} {
  gpu.module @first {
    gpu.func @k() kernel {
      gpu.return
    }
  }
  gpu.module @second {
    gpu.func @l(%x: f32) kernel {
      gpu.return
    }
  }
  func.func @kernels(%x: f32) {
    %c1 = arith.constant 1 : index
    gpu.launch_func @second::@l blocks in (%c1, %c1, %c1) threads in (%c1, %c1, %c1) args(%x : f32)
    return
  }
}
