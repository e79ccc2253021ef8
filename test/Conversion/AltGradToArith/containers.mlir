// Containers of format values convert their element type, unranked ones
// too; a history is two values and cannot be a container's element, which
// is a conversion error, not a crash.
// RUN: altgrad-opt %s --split-input-file --verify-diagnostics \
// RUN:   --lower-fp8=target=cpu | FileCheck %s --implicit-check-not=altgrad

// CHECK-LABEL: llvm.func @copy_unranked(
// CHECK: llvm.call @memrefCopy
func.func @copy_unranked(%a: memref<*x!altgrad.fp<E7M0>>,
                         %b: memref<*x!altgrad.fp<E7M0>>) {
  memref.copy %a, %b : memref<*x!altgrad.fp<E7M0>> to memref<*x!altgrad.fp<E7M0>>
  return
}

// -----

// expected-error @+1 {{failed to legalize operation 'func.func'}}
func.func private @history_in_tensor() -> tensor<3x!altgrad.history>
