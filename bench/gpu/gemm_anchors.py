"""torch's GEMMs at the sizes bench/gpu/gemm-bench times, on the same GPU:
torch._scaled_mm (E4M3FN operands, per-tensor scales, bf16 out, as
cuBLASLt's FP8 GEMM; use_fast_accum off, as altgrad's) and the bf16 matmul.
The median of 20 timed calls after 3 warm-up calls, CUDA events around each.
Writes $OUT/gemm-anchors.json.
"""
import json, os, statistics
import torch

dev = "cuda"
torch.manual_seed(0)
rows = []


def bench(name, size, fn):
    for _ in range(3):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(20):
        a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        a.record(); fn(); b.record(); torch.cuda.synchronize()
        times.append(a.elapsed_time(b))
    ms = statistics.median(times)
    rows.append({"name": name, "size": size, "ms": round(ms, 4),
                 "TFLOPs": round(2 * size**3 / (ms * 1e-3) / 1e12, 1)})
    print(f"{name:50s} {size:5d} {ms:8.3f} ms {rows[-1]['TFLOPs']:7.1f} TFLOP/s", flush=True)


for n in (4096, 8192):
    a = torch.randn(n, n, device=dev).to(torch.float8_e4m3fn)
    b = torch.randn(n, n, device=dev).to(torch.float8_e4m3fn)
    sa = torch.tensor(0.01, device=dev)
    sb = torch.tensor(0.02, device=dev)
    bench("torch._scaled_mm E4M3FN -> bf16", n,
          lambda: torch._scaled_mm(a, b.t(), scale_a=sa, scale_b=sb,
                                   out_dtype=torch.bfloat16, use_fast_accum=False))
    x = torch.randn(n, n, device=dev, dtype=torch.bfloat16)
    y = torch.randn(n, n, device=dev, dtype=torch.bfloat16)
    bench("torch bf16 matmul", n, lambda: x @ y)
    del a, b, x, y

json.dump({"device": torch.cuda.get_device_name(), "torch": torch.__version__, "rows": rows},
          open(os.path.join(os.environ.get("OUT", "."), "gemm-anchors.json"), "w"), indent=1)
