// REQUIRES: ptxas
// The default binary-format=fatbin, and bin (a cubin), both assembled by
// ptxas: the kernels are embedded compiled for the chip, no PTX text.
// RUN: altgrad-opt %s --lower-fp8 | FileCheck %s --check-prefix=FATBIN
// RUN: altgrad-opt %s --lower-fp8=binary-format=bin | FileCheck %s --check-prefix=CUBIN
// RUN: altgrad-opt %s --lower-fp8=binary-format=bin --mlir-print-op-generic \
// RUN:   | grep -oE '"[a-z_]+\.[a-z_.]+"\(' | sort -u \
// RUN:   | not grep -vE '^"(llvm\.[a-z_.]+|gpu\.binary|gpu\.launch_func|builtin\.module)"\($'
// The kernels need no libdevice: the PTX calls no __nv_* function (|x| is a
// bit mask, not math.absf) and nothing flushes subnormals.
// RUN: altgrad-opt %s --lower-fp8=binary-format=isa | sed -e 's/\\0A/\n/g' \
// RUN:   | FileCheck %s --check-prefix=LIBDEVICE --implicit-check-not=__nv_ \
// RUN:       --implicit-check-not=.ftz

// A fatbin starts with the magic number 0xBA55ED50, little-endian; a cubin
// is an ELF file.
// FATBIN-LABEL: llvm.func @amax(
// FATBIN: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernels::@amax_kernel
// FATBIN: gpu.binary @kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80", flags = {"ptxas-cmd-options" = ["--split-compile=0"]}>, properties = {{.*}}, "P\EDU\BA
// FATBIN-NOT: assembly =
// CUBIN-LABEL: llvm.func @amax(
// CUBIN: gpu.launch_func <%{{.*}} : !llvm.ptr> @kernels::@amax_kernel
// CUBIN: gpu.binary @kernels [#gpu.object<#nvvm.target<O = 3, chip = "sm_90", features = "+ptx80", flags = {"ptxas-cmd-options" = ["--split-compile=0"]}>, properties = {{.*}}, bin = "\7FELF
// CUBIN-NOT: assembly =
// LIBDEVICE-LABEL: .entry amax_kernel(
// LIBDEVICE: and.b32
// LIBDEVICE: ret;

func.func @amax(%x: tensor<?xf32>) -> f32 {
  %a = altgrad.amax %x : tensor<?xf32>
  return %a : f32
}
