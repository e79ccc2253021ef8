// Malformed IR makes altgrad-opt print a diagnostic and exit with status 1,
// without crashing (`not` fails on a crash), whether the problem is found by
// the parser, a type verifier, an attribute verifier or an op verifier.
//
// RUN: not altgrad-opt %s 2>&1 | FileCheck %s --check-prefix=FIRST
// RUN: not altgrad-opt %s -split-input-file 2>&1 >/dev/null \
// RUN:   | FileCheck %s --check-prefix=SPLIT
// RUN: not altgrad-opt %s -split-input-file -canonicalize 2>/dev/null \
// RUN:   | FileCheck %s --check-prefix=VALID
// RUN: sh -c 'altgrad-opt "$0" -split-input-file > /dev/null 2>&1; echo "exit status $?"' %s \
// RUN:   | FileCheck %s --check-prefix=STATUS

// Without splitting, parsing stops at the first error.
// FIRST: error: unknown format 'E9M9X'
// FIRST-NOT: error:

// Split, every chunk is diagnosed...
// SPLIT: error: unknown format 'E9M9X'
// SPLIT: error: invalid format E6M2 with bias 31 and rule ieee: 1 + E + M = 9 bits do not fit in an 8-bit code
// SPLIT: error: 'altgrad.quantize' op expects input and result of the same shape, got 'tensor<4xf32>' and 'tensor<5x!altgrad.fp<E5M2>>'
// SPLIT: error: 'altgrad.constant' op expects a #altgrad.codes or #altgrad.history value
// SPLIT: error: code 16 does not fit in the 4 bits of '!altgrad.fp<E2M1>'
// SPLIT-NOT: error:

// ... and the valid chunk is still processed: 3.5 is E5M2 code 0x43 = 67.
// VALID: func.func @valid
// VALID-NEXT: altgrad.constant #altgrad.codes<dense<67> : tensor<i8>> : !altgrad.fp<E5M2>

// STATUS: exit status 1

func.func private @unknown_name(!altgrad.fp<E9M9X>)

// -----

func.func private @too_wide(!altgrad.fp<E6M2>)

// -----

func.func @shape(%x: tensor<4xf32>, %s: f32) -> tensor<5x!altgrad.fp<E5M2>> {
  %q = altgrad.quantize %x, %s : tensor<4xf32> to tensor<5x!altgrad.fp<E5M2>>
  return %q : tensor<5x!altgrad.fp<E5M2>>
}

// -----

func.func @constant() -> i8 {
  %c = altgrad.constant 1 : i8
  return %c : i8
}

// -----

func.func @valid() -> !altgrad.fp<E5M2> {
  %x = arith.constant 3.5 : f32
  %s = arith.constant 1.0 : f32
  %q = altgrad.quantize %x, %s : f32 to !altgrad.fp<E5M2>
  return %q : !altgrad.fp<E5M2>
}

// -----

func.func @codes() -> !altgrad.fp<E2M1> {
  %c = altgrad.constant #altgrad.codes<dense<16> : tensor<i8>> : !altgrad.fp<E2M1>
  return %c : !altgrad.fp<E2M1>
}
