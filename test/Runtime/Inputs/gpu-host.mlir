// Host code that reaches every entry point of the CUDA runtime: the objects
// are stand-ins (never loaded), so that no GPU toolchain is needed.
module attributes {gpu.container_module} {
  // Format bin: mgpuModuleLoad. Format isa (assembly): mgpuModuleLoadJIT.
  gpu.binary @cubin [#gpu.object<#nvvm.target<chip = "sm_90">, bin = "\00">]
  gpu.binary @ptx [#gpu.object<#nvvm.target<chip = "sm_90">,
                                properties = {O = 3 : i32}, assembly = "">]

  func.func @memory(%host: memref<16xf32>, %device: i32) {
    %f0 = arith.constant 0.0 : f32
    %h0 = arith.constant 0.0 : f16
    gpu.set_default_device %device
    %t0 = gpu.wait async
    %dev, %t1 = gpu.alloc async [%t0] () : memref<16xf32>
    %dev16, %t2 = gpu.alloc async [%t1] () : memref<16xf16>
    %shared = gpu.alloc host_shared () : memref<16xf32>
    %t3 = gpu.memcpy async [%t2] %dev, %host : memref<16xf32>, memref<16xf32>
    %t4 = gpu.memset async [%t3] %dev, %f0 : memref<16xf32>, f32
    %t5 = gpu.memset async [%t4] %dev16, %h0 : memref<16xf16>, f16
    // Joining two streams records an event on each and waits for both.
    %u0 = gpu.wait async
    %t6 = gpu.wait async [%t5, %u0]
    %t7 = gpu.dealloc async [%t6] %dev : memref<16xf32>
    %t8 = gpu.dealloc async [%t7] %dev16 : memref<16xf16>
    %t9 = gpu.dealloc async [%t8] %shared : memref<16xf32>
    gpu.wait [%t9]
    %unranked = memref.cast %host : memref<16xf32> to memref<*xf32>
    gpu.host_register %unranked : memref<*xf32>
    gpu.host_unregister %unranked : memref<*xf32>
    return
  }

  // A token that is not a fresh stream is synchronized as an event.
  func.func @wait_on_event(%token: !gpu.async.token) {
    gpu.wait [%token]
    return
  }

  func.func @launch(%n: index, %x: f32) {
    %c1 = arith.constant 1 : index
    %c2 = arith.constant 2 : index
    %smem = arith.constant 1024 : i32
    gpu.launch_func @cubin::@kernel blocks in (%n, %c1, %c1)
        threads in (%c1, %c1, %c1) args(%x : f32)
    %t0 = gpu.wait async
    %t1 = gpu.launch_func async [%t0] @ptx::@kernel
        clusters in (%c2, %c1, %c1) blocks in (%n, %c1, %c1)
        threads in (%c1, %c1, %c1) dynamic_shared_memory_size %smem
        args(%x : f32)
    gpu.wait [%t1]
    return
  }
}
