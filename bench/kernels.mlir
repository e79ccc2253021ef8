// Kernels timed by bench/cpu-bench. Each reads f32 from a buffer owned by the
// caller and writes into the caller's output buffer, as a compiler embedding
// altgrad would call them.

func.func @quantize_e5m2(%x: memref<?xf32>, %scale: f32,
                         %out: memref<?x!altgrad.fp<E5M2>>)
    attributes {llvm.emit_c_interface} {
  %xt = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %q = altgrad.quantize %xt, %scale : tensor<?xf32> to tensor<?x!altgrad.fp<E5M2>>
  bufferization.materialize_in_destination %q in restrict writable %out
      : (tensor<?x!altgrad.fp<E5M2>>, memref<?x!altgrad.fp<E5M2>>) -> ()
  return
}

func.func @fake_quantize_e5m2(%x: memref<?xf32>, %scale: f32,
                              %out: memref<?xf32>)
    attributes {llvm.emit_c_interface} {
  %xt = bufferization.to_tensor %x restrict : memref<?xf32> to tensor<?xf32>
  %y = altgrad.fake_quantize %xt, %scale format(!altgrad.fp<E5M2>) : tensor<?xf32>
  bufferization.materialize_in_destination %y in restrict writable %out
      : (tensor<?xf32>, memref<?xf32>) -> ()
  return
}

func.func @stall_count_e5m2(%w: memref<?xf32>, %g: memref<?xf32>, %lr: f32,
                            %scale: f32) -> i64
    attributes {llvm.emit_c_interface} {
  %wt = bufferization.to_tensor %w restrict : memref<?xf32> to tensor<?xf32>
  %gt = bufferization.to_tensor %g restrict : memref<?xf32> to tensor<?xf32>
  %stalled, %total = altgrad.stall_count %wt, %gt, %lr, %scale
      format(!altgrad.fp<E5M2>) : tensor<?xf32>
  return %stalled : i64
}
