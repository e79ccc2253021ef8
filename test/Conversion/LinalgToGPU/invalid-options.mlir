// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{block-size=0}))' 2>&1 | FileCheck %s
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{block-size=2048}))' 2>&1 | FileCheck %s
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{vector-width=0}))' 2>&1 | FileCheck %s
// RUN: not altgrad-opt %s --lower-fp8=binary-format=elf 2>&1 | FileCheck %s --check-prefix=FORMAT

// CHECK: block-size must be in [1, 1024] and max-blocks and vector-width at least 1
// FORMAT: for the --binary-format option: Cannot find option named 'elf'
func.func @f() {
  return
}
