// The kernels bench/gpu/gpu-bench times, lowered by `altgrad-opt --lower-fp8`.
// Each reads caller-owned device buffers and writes into a caller-owned
// destination, as a compiler embedding altgrad would call them.

func.func @fake_quantize_E0M7(%x: memref<?xf32>, %scale: f32, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %t, %scale format(!altgrad.fp<E0M7>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @quantize_E0M7(%x: memref<?xf32>, %scale: f32,
                        %out: memref<?x!altgrad.fp<E0M7>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E0M7>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E0M7>>, memref<?x!altgrad.fp<E0M7>>) -> ()
  return
}

func.func @fake_quantize_E1M6(%x: memref<?xf32>, %scale: f32, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %t, %scale format(!altgrad.fp<E1M6>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @quantize_E1M6(%x: memref<?xf32>, %scale: f32,
                        %out: memref<?x!altgrad.fp<E1M6>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E1M6>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E1M6>>, memref<?x!altgrad.fp<E1M6>>) -> ()
  return
}

func.func @fake_quantize_E3M4(%x: memref<?xf32>, %scale: f32, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %t, %scale format(!altgrad.fp<E3M4>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @quantize_E3M4(%x: memref<?xf32>, %scale: f32,
                        %out: memref<?x!altgrad.fp<E3M4>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E3M4>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E3M4>>, memref<?x!altgrad.fp<E3M4>>) -> ()
  return
}

func.func @fake_quantize_E5M2(%x: memref<?xf32>, %scale: f32, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %t, %scale format(!altgrad.fp<E5M2>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @quantize_E5M2(%x: memref<?xf32>, %scale: f32,
                        %out: memref<?x!altgrad.fp<E5M2>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E5M2>>, memref<?x!altgrad.fp<E5M2>>) -> ()
  return
}

func.func @fake_quantize_E7M0(%x: memref<?xf32>, %scale: f32, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %t, %scale format(!altgrad.fp<E7M0>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @quantize_E7M0(%x: memref<?xf32>, %scale: f32,
                        %out: memref<?x!altgrad.fp<E7M0>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E7M0>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E7M0>>, memref<?x!altgrad.fp<E7M0>>) -> ()
  return
}

func.func @fake_quantize_E4M3FN(%x: memref<?xf32>, %scale: f32, %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %t, %scale format(!altgrad.fp<E4M3FN>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @quantize_E4M3FN(%x: memref<?xf32>, %scale: f32,
                        %out: memref<?x!altgrad.fp<E4M3FN>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E4M3FN>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E4M3FN>>, memref<?x!altgrad.fp<E4M3FN>>) -> ()
  return
}

func.func @quantize_stochastic_E5M2(%x: memref<?xf32>, %scale: f32, %seed: i64,
                                 %offset: i64, %out: memref<?x!altgrad.fp<E5M2>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale rounding<stochastic> seed(%seed) offset(%offset)
      : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E5M2>>, memref<?x!altgrad.fp<E5M2>>) -> ()
  return
}
func.func @quantize_stochastic_E4M3FN(%x: memref<?xf32>, %scale: f32, %seed: i64,
                                 %offset: i64, %out: memref<?x!altgrad.fp<E4M3FN>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale rounding<stochastic> seed(%seed) offset(%offset)
      : tensor<?xf32> to tensor<?x!altgrad.fp<E4M3FN>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E4M3FN>>, memref<?x!altgrad.fp<E4M3FN>>) -> ()
  return
}
func.func @quantize_stochastic_E3M4(%x: memref<?xf32>, %scale: f32, %seed: i64,
                                 %offset: i64, %out: memref<?x!altgrad.fp<E3M4>>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %t, %scale rounding<stochastic> seed(%seed) offset(%offset)
      : tensor<?xf32> to tensor<?x!altgrad.fp<E3M4>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E3M4>>, memref<?x!altgrad.fp<E3M4>>) -> ()
  return
}
// MXFP8: E4M3FN elements and an E8M0 scale per block of 32 (the default).
func.func @block_quantize_floor_E4M3FN(%x: memref<?xf32>,
                                      %codes: memref<?xf8E4M3FN>,
                                      %scales: memref<?xf8E8M0FNU>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %c, %s = altgrad.block_quantize %t scale<floor>
      : tensor<?xf32> to tensor<?xf8E4M3FN>, tensor<?xf8E8M0FNU>
  bufferization.materialize_in_destination %c in restrict writable %codes
      : (tensor<?xf8E4M3FN>, memref<?xf8E4M3FN>) -> ()
  bufferization.materialize_in_destination %s in restrict writable %scales
      : (tensor<?xf8E8M0FNU>, memref<?xf8E8M0FNU>) -> ()
  return
}
func.func @block_quantize_rceil_E4M3FN(%x: memref<?xf32>,
                                      %codes: memref<?xf8E4M3FN>,
                                      %scales: memref<?xf8E8M0FNU>)
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %c, %s = altgrad.block_quantize %t scale<rceil>
      : tensor<?xf32> to tensor<?xf8E4M3FN>, tensor<?xf8E8M0FNU>
  bufferization.materialize_in_destination %c in restrict writable %codes
      : (tensor<?xf8E4M3FN>, memref<?xf8E4M3FN>) -> ()
  bufferization.materialize_in_destination %s in restrict writable %scales
      : (tensor<?xf8E8M0FNU>, memref<?xf8E8M0FNU>) -> ()
  return
}
func.func @block_dequantize_E4M3FN(%codes: memref<?xf8E4M3FN>,
                                   %scales: memref<?xf8E8M0FNU>,
                                   %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %c = bufferization.to_tensor %codes restrict
      : memref<?xf8E4M3FN> to tensor<?xf8E4M3FN>
  %s = bufferization.to_tensor %scales restrict
      : memref<?xf8E8M0FNU> to tensor<?xf8E8M0FNU>
  %y = altgrad.block_dequantize %c, %s
      : tensor<?xf8E4M3FN>, tensor<?xf8E8M0FNU> to tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

// One delayed-scaling step: quantize with the scale of the history's amax
// (kept by the caller) and return this tensor's amax for the next step.
func.func @delayed_step_E5M2(%x: memref<?xf32>, %history_amax: f32,
                             %out: memref<?x!altgrad.fp<E5M2>>) -> f32
    attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %scale = altgrad.compute_scale %history_amax format(!altgrad.fp<E5M2>)
  %q = altgrad.quantize %t, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E5M2>>, memref<?x!altgrad.fp<E5M2>>) -> ()
  %amax = altgrad.amax %t : tensor<?xf32>
  return %amax : f32
}

func.func @stall_count_E5M2(%w: memref<?xf32>, %g: memref<?xf32>, %lr: f32,
                            %scale: f32) -> i64
    attributes {llvm.emit_c_interface} {
  %wt = bufferization.to_tensor %w restrict : memref<?xf32> to tensor<?xf32>
  %gt = bufferization.to_tensor %g restrict : memref<?xf32> to tensor<?xf32>
  %stalled, %total = altgrad.stall_count %wt, %gt, %lr, %scale
      format(!altgrad.fp<E5M2>) : tensor<?xf32>
  return %stalled : i64
}

func.func @amax(%x: memref<?xf32>) -> f32 attributes {llvm.emit_c_interface} {
  %t = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %a = altgrad.amax %t : tensor<?xf32>
  return %a : f32
}
