// Option values are rejected when the pipeline is parsed, with the option's
// name and value, before any IR is touched (no operation is dumped).
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{block-size=0}))' 2>&1 | FileCheck %s --check-prefix=BLOCK0 --implicit-check-not='see current operation'
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{block-size=2048}))' 2>&1 | FileCheck %s --check-prefix=BLOCK2048
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{max-blocks=0}))' 2>&1 | FileCheck %s --check-prefix=BLOCKS
// RUN: not altgrad-opt %s --pass-pipeline='builtin.module(func.func(convert-linalg-to-gpu-kernels{vector-width=0}))' 2>&1 | FileCheck %s --check-prefix=PASSWIDTH
// RUN: not altgrad-opt %s --lower-fp8=vector-width=0 2>&1 | FileCheck %s --check-prefix=WIDTH --implicit-check-not='see current operation' --implicit-check-not=block-size
// RUN: not altgrad-opt %s --lower-fp8=block-size=1025 2>&1 | FileCheck %s --check-prefix=LOWERBLOCK --implicit-check-not='see current operation'
// RUN: not altgrad-opt %s --lower-fp8=max-blocks=0 2>&1 | FileCheck %s --check-prefix=LOWERBLOCKS --implicit-check-not='see current operation'
// RUN: not altgrad-opt %s --lower-fp8=chip=sm90 2>&1 | FileCheck %s --check-prefix=CHIP --implicit-check-not=NVVM
// RUN: not altgrad-opt %s --lower-fp8=chip=sm_9x 2>&1 | FileCheck %s --check-prefix=CHIP
// RUN: not altgrad-opt %s --lower-fp8=features=ptx80 2>&1 | FileCheck %s --check-prefix=FEATURES
// RUN: not altgrad-opt %s --lower-fp8=binary-format=elf 2>&1 | FileCheck %s --check-prefix=FORMAT
// RUN: not altgrad-opt %s --lower-fp8="target=cpu fp8-tensor-cores=true" 2>&1 | FileCheck %s --check-prefix=TENSORCORES --implicit-check-not='see current operation'

// BLOCK0: error: block-size must be in [1, 1024], got 0
// BLOCK2048: error: block-size must be in [1, 1024], got 2048
// BLOCKS: error: max-blocks must be at least 1, got 0
// PASSWIDTH: error: vector-width must be at least 1, got 0
// WIDTH: error: lower-fp8: vector-width must be at least 1, got 0
// LOWERBLOCK: error: lower-fp8: block-size must be in [1, 1024], got 1025
// LOWERBLOCKS: error: lower-fp8: max-blocks must be at least 1, got 0
// CHIP: error: lower-fp8: chip must be sm_<N> with N >= 20 and an optional a or f suffix (sm_90, sm_90a), got 'sm
// FEATURES: error: lower-fp8: features must be +ptx<N> (+ptx80), got 'ptx80'
// FORMAT: for the --binary-format option: Cannot find option named 'elf'
// TENSORCORES: error: lower-fp8: fp8-tensor-cores needs target=gpu
func.func @f() {
  return
}
