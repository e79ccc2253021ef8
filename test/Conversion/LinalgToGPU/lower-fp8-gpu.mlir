// --lower-fp8 for the GPU (the default target) with the kernels embedded as
// PTX text (binary-format=isa), which needs no CUDA toolkit; the fatbin and
// cubin forms are in lower-fp8-gpu-binary.mlir.
// RUN: altgrad-opt %s --lower-fp8=binary-format=isa | FileCheck %s --implicit-check-not=altgrad
//
// Every op left is an llvm op, a gpu.binary holding a kernel or a
// gpu.launch_func of one, in the builtin module: the generic form names each
// op "dialect.op"(; anything else fails the second grep.
// RUN: altgrad-opt %s --lower-fp8=binary-format=isa --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u \
// RUN:   | not grep -vE '^"(llvm\.[a-z_.]+|gpu\.binary|gpu\.launch_func|builtin\.module)"\($'
// RUN: altgrad-opt %s --lower-fp8=binary-format=isa --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u | FileCheck %s --check-prefix=OPS
//
// The PTX, one line per line: IEEE f32 division rounded to nearest (no
// approximate or "full" division, no reciprocal, no flushing of
// subnormals), the target and the atomics of the reductions.
// RUN: altgrad-opt %s --lower-fp8=binary-format=isa \
// RUN:   | sed -e 's/\\0A/\n/g' -e 's/\\09/ /g' \
// RUN:   | FileCheck %s --check-prefix=PTX --implicit-check-not=.ftz \
// RUN:       --implicit-check-not=div.approx --implicit-check-not=div.full \
// RUN:       --implicit-check-not=rcp.
//
// Without the hardware conversions (hardware-fp8=false, or a chip without
// them) every format takes the integer element code.
// RUN: altgrad-opt %s --lower-fp8="binary-format=isa hardware-fp8=false" \
// RUN:   | sed -e 's/\\0A/\n/g' -e 's/\\09/ /g' \
// RUN:   | FileCheck %s --check-prefix=SOFT --implicit-check-not=satfinite
// RUN: altgrad-opt %s --lower-fp8="binary-format=isa chip=sm_80" \
// RUN:   | sed -e 's/\\0A/\n/g' -e 's/\\09/ /g' \
// RUN:   | FileCheck %s --check-prefix=SOFT --implicit-check-not=satfinite
// SOFT-LABEL: .entry quantize_kernel(
// SOFT: div.rn.f32
//
// chip= changes the target of the kernels and of their PTX, and without
// features= the PTX version follows the chip: sm_89 gets PTX 8.1, from
// which on it converts to fp8 in hardware (LLVM's NVPTX backend); with an
// explicit +ptx80 it falls back to the element code.
// RUN: altgrad-opt %s --lower-fp8="binary-format=isa chip=sm_89" \
// RUN:   | sed -e 's/\\0A/\n/g' | FileCheck %s --check-prefix=SM89PTX81
// RUN: altgrad-opt %s --lower-fp8="binary-format=isa chip=sm_89 features=+ptx80" \
// RUN:   | sed -e 's/\\0A/\n/g' | FileCheck %s --check-prefix=SM89 \
// RUN:       --implicit-check-not=sm_90 --implicit-check-not=satfinite
// SM89PTX81: .version 8.1
// SM89PTX81: .target sm_89
// SM89PTX81: cvt.rn.satfinite.e5m2x2.f32
//
// Chips that need a newer PTX than sm_90's get it without features=.
// RUN: altgrad-opt %s --lower-fp8="binary-format=isa chip=sm_100" \
// RUN:   | sed -e 's/\\0A/\n/g' | FileCheck %s --check-prefix=SM100
// SM100: .version 8.6
// SM100: .target sm_100
// SM100: cvt.rn.satfinite.e5m2x2.f32

// OPS: "builtin.module"(
// OPS: "gpu.binary"(
// OPS: "gpu.launch_func"(
// OPS: "llvm.func"(

// CHECK: module attributes {gpu.container_module}

// The output buffer is allocated host_shared (the i8 flag 1) and filled by
// the kernel, launched on a stream the host waits for before returning.
// CHECK-LABEL: llvm.func @quantize(
// CHECK-DAG: %[[SHARED:.*]] = llvm.mlir.constant(1 : i8) : i8
// CHECK-DAG: %[[NULL:.*]] = llvm.mlir.zero : !llvm.ptr
// CHECK: %[[OUT:.*]] = llvm.call @mgpuMemAlloc(%{{.*}}, %[[NULL]], %[[SHARED]]) : (i64, !llvm.ptr, i8) -> !llvm.ptr
// CHECK: %[[UMIN:.*]] = llvm.intr.umin
// CHECK: %[[GRID:.*]] = llvm.intr.umax(%[[UMIN]], %{{.*}})
// CHECK: %[[QSTREAM:.*]] = llvm.call @mgpuStreamCreate()
// CHECK-NEXT: gpu.launch_func <%[[QSTREAM]] : !llvm.ptr> @kernels::@quantize_kernel blocks in (%[[GRID]], %{{.*}}, %{{.*}}) threads in
// CHECK-SAME: %[[OUT]] : !llvm.ptr
// CHECK-NEXT: llvm.call @mgpuStreamSynchronize(%[[QSTREAM]])
// CHECK-NEXT: llvm.call @mgpuStreamDestroy(%[[QSTREAM]])
// CHECK-NEXT: llvm.return
// All kernels are in one binary, assembled by ptxas on every core; the
// amax's third kernel starts from +0 and stores the result.
// CHECK: gpu.binary @kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80", flags = {"ptxas-cmd-options" = ["--split-compile=0"]}>, properties = {{.*}}, assembly = "
// CHECK-SAME: max.NaN.f32 \09%r{{[0-9]+}}, %r{{[0-9]+}}, 0f00000000;\0A\09st.global.b32

// amax: a 0-d result in host memory (malloc: no kernel touches it). The
// first kernel leaves one result per block in a device buffer, the second
// combines those per block of 1024, the third, one block, combines its
// results with the initial +0 (the fill's constant, in the kernel: no copy
// in) into a device accumulator, which is copied back and read.
// Allocations, kernels, the copy and frees run on one stream, synchronized
// once.
// CHECK-LABEL: llvm.func @amax(
// CHECK: %[[HOST:.*]] = llvm.call @malloc(
// CHECK-NOT: llvm.store %{{.*}} : f32, !llvm.ptr
// CHECK: %[[STREAM:.*]] = llvm.call @mgpuStreamCreate()
// CHECK-NEXT: %[[DEV:.*]] = llvm.call @mgpuMemAlloc(%{{.*}}, %[[STREAM]],
// CHECK-NOT: @mgpuMemcpy
// CHECK: %[[PARTS:.*]] = llvm.call @mgpuMemAlloc(%{{.*}}, %[[STREAM]],
// CHECK: gpu.launch_func <%[[STREAM]] : !llvm.ptr> @kernels::@amax_kernel
// CHECK-SAME: %[[PARTS]] : !llvm.ptr
// CHECK: %[[BLOCKS:.*]] = llvm.call @mgpuMemAlloc(%{{.*}}, %[[STREAM]],
// CHECK: gpu.launch_func <%[[STREAM]] : !llvm.ptr> @kernels::@amax_kernel_0
// CHECK-SAME: args(%[[PARTS]] : !llvm.ptr
// CHECK-SAME: %[[BLOCKS]] : !llvm.ptr
// CHECK-NEXT: gpu.launch_func <%[[STREAM]] : !llvm.ptr> @kernels::@amax_kernel_1
// CHECK-SAME: args(%[[BLOCKS]] : !llvm.ptr
// CHECK-SAME: %[[DEV]] : !llvm.ptr
// CHECK-NEXT: llvm.call @mgpuMemcpy(%[[BUF:.*]], %[[DEV]], %{{.*}}, %[[STREAM]])
// CHECK-NEXT: llvm.call @mgpuMemFree(%[[DEV]], %[[STREAM]])
// CHECK-NEXT: llvm.call @mgpuMemFree(%[[PARTS]], %[[STREAM]])
// CHECK-NEXT: llvm.call @mgpuMemFree(%[[BLOCKS]], %[[STREAM]])
// CHECK-NEXT: llvm.call @mgpuStreamSynchronize(%[[STREAM]])
// CHECK-NEXT: llvm.call @mgpuStreamDestroy(%[[STREAM]])
// CHECK-NEXT: %[[A:.*]] = llvm.load %[[BUF]] : !llvm.ptr -> f32
// CHECK-NEXT: llvm.call @free(%[[HOST]])
// CHECK-NEXT: llvm.return %[[A]] : f32

// stall_count: an i64 count starting at 0, also from the fill, in the
// last kernel.
// CHECK-LABEL: llvm.func @stall(
// CHECK: %[[CNT:.*]] = llvm.call @malloc(
// CHECK-NOT: llvm.store %{{.*}} : i64, !llvm.ptr
// CHECK: %[[DEVCNT:.*]] = llvm.call @mgpuMemAlloc(
// CHECK-NOT: @mgpuMemcpy
// CHECK: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernels::@stall_kernel
// CHECK: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernels::@stall_kernel_{{[0-9]+}}
// CHECK: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernels::@stall_kernel_{{[0-9]+}}
// CHECK-SAME: %[[DEVCNT]] : !llvm.ptr
// CHECK: llvm.call @mgpuMemcpy(%{{.*}}, %[[DEVCNT]],
// CHECK: %[[N:.*]] = llvm.load %{{.*}} : !llvm.ptr -> i64
// CHECK: %[[R0:.*]] = llvm.insertvalue %[[N]], %{{.*}}[0] : !llvm.struct<(i64, i64)>
// CHECK: llvm.return

// A constant tensor becomes a global the kernel reads through a host_shared
// copy made on entry and freed on return; the addition and the quantization
// are fused into that one kernel.
// CHECK-LABEL: llvm.func @offset(
// CHECK: %[[GLOBAL:.*]] = llvm.mlir.addressof @{{.*}} : !llvm.ptr
// CHECK: %[[COPY:.*]] = llvm.call @mgpuMemAlloc(
// CHECK: %[[SRC:.*]] = llvm.getelementptr %[[GLOBAL]][0, 0]
// CHECK: "llvm.intr.memcpy"(%[[COPY]], %[[SRC]], %{{.*}})
// CHECK: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernels::@offset_kernel
// CHECK-SAME: %[[COPY]] : !llvm.ptr
// CHECK-NOT: gpu.launch_func
// CHECK: llvm.call @mgpuMemFree(%[[COPY]],
// CHECK: llvm.return

// CHECK-DAG: llvm.func @mgpuMemAlloc(i64, !llvm.ptr, i8) -> !llvm.ptr
// CHECK-DAG: llvm.func @mgpuMemFree(!llvm.ptr, !llvm.ptr)
// CHECK-DAG: llvm.func @mgpuStreamCreate() -> !llvm.ptr
// CHECK-DAG: llvm.func @mgpuStreamSynchronize(!llvm.ptr)
// CHECK-DAG: llvm.func @mgpuStreamDestroy(!llvm.ptr)

// PTX: .version 8.0
// PTX-NEXT: .target sm_90
// E5M2 and E4M3FN with saturation use sm_90's conversion instruction after
// the division, sixteen elements per thread (four 16-byte loads, one
// 16-byte store of codes), one more in the loop over what is left; E3M4 the
// element code.
// PTX-LABEL: .entry quantize_kernel(
// PTX-COUNT-4: ld.global.v4.b32
// PTX-COUNT-16: cvt.rn.satfinite.e5m2x2.f32
// PTX: st.global.v4.b32
// PTX: cvt.rn.satfinite.e5m2x2.f32
// PTX: ret;
// The first kernel stores each block's maximum, the second the maximum of
// each 1024 of those, the third the maximum of all with the initial +0;
// no atomics.
// PTX-LABEL: .entry amax_kernel(
// PTX: ld.shared.b32 [[FIRST:%r[0-9]+]], [__wg_amax_kernel_0];
// PTX-NEXT: st.global.b32 [{{%rd[0-9]+}}], [[FIRST]];
// PTX-NOT: atom.
// PTX-LABEL: .entry amax_kernel_0(
// PTX: ld.global.b32
// PTX: ld.shared.b32 [[SECOND:%r[0-9]+]], [__wg_amax_kernel_0_0];
// PTX-NEXT: st.global.b32 [{{%rd[0-9]+}}], [[SECOND]];
// PTX-NOT: atom.
// PTX-LABEL: .entry amax_kernel_1(
// PTX: ld.shared.b32 [[ALL:%r[0-9]+]], [__wg_amax_kernel_1_0];
// PTX-NEXT: max.NaN.f32 [[RESULT:%r[0-9]+]], [[ALL]], 0f00000000;
// PTX-NEXT: st.global.b32 [{{%rd[0-9]+}}], [[RESULT]];
// PTX-NOT: atom.
// PTX-LABEL: .entry stall_kernel(
// PTX: div.rn.f32
// PTX: cvt.rn.satfinite.e4m3x2.f32
// PTX: div.rn.f32
// PTX: cvt.rn.satfinite.e4m3x2.f32
// PTX-NOT: atom.
// PTX-LABEL: .entry stall_kernel_0(
// PTX: add.s64
// PTX-NOT: atom.
// PTX-LABEL: .entry stall_kernel_1(
// PTX: add.s64
// PTX: st.global.b32 [{{%rd[0-9]+}}+4]
// PTX-NOT: atom.
// PTX-LABEL: .entry offset_kernel(
// PTX: add.rn.f32
// PTX-NOT: satfinite
// PTX: ret;

// SM89: gpu.binary @kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_89", features = "+ptx80", flags = {"ptxas-cmd-options" = ["--split-compile=0"]}>,
// SM89: .target sm_89

func.func @quantize(%x: tensor<?xf32>, %s: f32) -> tensor<?x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  return %q : tensor<?x!altgrad.fp<E5M2>>
}

func.func @amax(%x: tensor<?xf32>) -> f32 {
  %a = altgrad.amax %x : tensor<?xf32>
  return %a : f32
}

func.func @stall(%w: tensor<?xf32>, %g: tensor<?xf32>, %lr: f32, %s: f32) -> (i64, i64) {
  %n, %m = altgrad.stall_count %w, %g, %lr, %s format(!altgrad.fp<E4M3FN>) : tensor<?xf32>
  return %n, %m : i64, i64
}

func.func @offset(%x: tensor<4xf32>, %s: f32) -> tensor<4x!altgrad.fp<E3M4>> {
  %c = arith.constant dense<[1.0, 2.0, 3.0, 4.0]> : tensor<4xf32>
  %y = arith.addf %x, %c : tensor<4xf32>
  %q = altgrad.quantize %y, %s : tensor<4xf32> to tensor<4x!altgrad.fp<E3M4>>
  return %q : tensor<4x!altgrad.fp<E3M4>>
}
