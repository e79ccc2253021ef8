"""How precisely cuBLASLt's FP8 GEMMs accumulate, against an f32 GEMM.

spec.md section 9 makes a quantized contraction the contraction of the
dequantized operands accumulated in f32. The FP8 GEMMs altgrad's CUDA
runtime calls (cuBLASLt, fast accumulation off) are the ones
torch._scaled_mm calls; this measures, for E4M3FN operands whose products
are exact in f32, the largest error of each output against the exact sum
(f64), in units of the f32 rounding bound of a sequential sum
(K * 2^-24 * sum |a_k b_k|), for FP8 with and without fast accumulation
and for cuBLAS's f32 GEMM (TF32 off) of the same values.

  python3 bench/gpu/fp8_accumulation.py [--out FILE.json]
"""
import argparse, json
import torch


def measure(k, m=256, n=256, seed=0):
    generator = torch.Generator(device="cuda").manual_seed(seed)
    a = (torch.randn(m, k, device="cuda", generator=generator) * 8).to(torch.float8_e4m3fn)
    b = (torch.randn(n, k, device="cuda", generator=generator) * 8).to(torch.float8_e4m3fn)
    a32, b32 = a.float(), b.float()
    exact = a32.double() @ b32.double().t()
    magnitude = a32.double().abs() @ b32.double().abs().t()
    bound = k * 2.0**-24 * magnitude
    one = torch.ones((), device="cuda")
    row = {"k": k}
    torch.backends.cuda.matmul.allow_tf32 = False
    row["f32_gemm"] = ((a32 @ b32.t()).double() - exact).abs().div(bound).max().item()
    for fast in (False, True):
        # _scaled_mm wants the second operand column-major: b.t() of a
        # row-major (n, k) tensor.
        out = torch._scaled_mm(a, b.t(), scale_a=one, scale_b=one, out_dtype=torch.float32,
                               use_fast_accum=fast)
        row[f"fp8_fast_accum_{str(fast).lower()}"] = (out.double() - exact).abs().div(bound).max().item()
    # The error relative to the output itself, for scale.
    out = torch._scaled_mm(a, b.t(), scale_a=one, scale_b=one, out_dtype=torch.float32)
    row["fp8_max_relative_to_magnitude"] = ((out.double() - exact).abs() / magnitude).max().item()
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out")
    options = parser.parse_args()
    rows = [measure(k) for k in (32, 256, 1024, 4096, 16384)]
    print(f"device: {torch.cuda.get_device_name()}, torch {torch.__version__}")
    print("max error / (K 2^-24 sum|ab|): 1 or less is within f32 sequential summation's bound")
    print(f"{'K':>6} {'f32 GEMM':>10} {'FP8':>10} {'FP8 fast':>10} {'FP8 err/sum|ab|':>16}")
    for row in rows:
        print(f"{row['k']:6d} {row['f32_gemm']:10.3g} {row['fp8_fast_accum_false']:10.3g} "
              f"{row['fp8_fast_accum_true']:10.3g} {row['fp8_max_relative_to_magnitude']:16.3g}")
    if options.out:
        with open(options.out, "w") as file:
            json.dump({"device": torch.cuda.get_device_name(), "torch": torch.__version__,
                       "rows": rows}, file, indent=1)


if __name__ == "__main__":
    main()
