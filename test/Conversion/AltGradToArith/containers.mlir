// Containers of format values convert their element type, unranked ones
// too; a history is two values and cannot be a container's element, which
// is a conversion error, not a crash. An altgrad type inside a type the
// conversion does not rewrite (a tuple, an LLVM struct) is an error too,
// not a lowering that succeeds and leaves it behind (found probing the
// oracles of altgrad-fuzz, docs/robustness.md).
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

// -----

// expected-error @+1 {{failed to legalize operation 'func.func'}}
func.func @format_in_tuple(%a: tuple<!altgrad.fp<E5M2>>) -> tuple<!altgrad.fp<E5M2>> {
  return %a : tuple<!altgrad.fp<E5M2>>
}


// -----

// expected-error @+1 {{failed to legalize operation 'func.func'}}
func.func @history_in_llvm_struct(%a: !llvm.struct<(!altgrad.history<4>)>) {
  return
}
