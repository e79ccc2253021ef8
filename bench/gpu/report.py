"""Writes docs/benchmarks.md and its plot from one run of scripts/gpu-bench.

usage: report.py ALTGRAD.json ANCHORS.json BENCHMARKS.md PLOT.png [NAME=VARIANT.json ...]
       report.py --rounding-blocks ALTGRAD.json ANCHORS.json BENCHMARKS.md

The second form (scripts/gpu-bench --rounding-blocks) rewrites only the
section on stochastic rounding and block scaling (issue 14) in
BENCHMARKS.md, from a run of those kernels alone; gpu-ncu-rounding-blocks.csv
next to ALTGRAD.json, when there, is their profile.

Every ratio compares figures of the same run on the same GPU. The variants
are the benchmark with other lowering options; gpu-ncu.csv next to
ALTGRAD.json, when there, is the Nsight Compute profile of each kernel.
"""
import csv
import json
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

SECTION_BEGIN = "<!-- rounding-blocks: begin -->"
SECTION_END = "<!-- rounding-blocks: end -->"


def ncu_table(ncu_path):
    """The lines of the Nsight Compute table of the profile at ncu_path."""
    scale = {"s": 1, "ms": 1e-3, "us": 1e-6, "ns": 1e-9, "second": 1,
             "msecond": 1e-3, "usecond": 1e-6, "nsecond": 1e-9, "byte": 1,
             "Kbyte": 1e3, "Mbyte": 1e6, "Gbyte": 1e9}
    profile = {}
    header = None
    for fields in csv.reader(open(ncu_path)):
        if header is None:
            if "Metric Name" in fields:
                header = fields
            continue
        row = dict(zip(header, fields))
        value = float(row["Metric Value"].replace(",", "") or 0)
        value *= scale.get(row["Metric Unit"], 1)
        launch = profile.setdefault(row["ID"], {"name": row["Kernel Name"]})
        launch[row["Metric Name"]] = value
    lines = ["| kernel | time ms | DRAM GB/s | DRAM % of peak | SM % of peak "
             "| occupancy (achieved / theoretical %) | instructions per "
             "element | registers | blocks |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    seen = set()
    for m in profile.values():
        # A reduction's second kernel, which combines the blocks' results,
        # has the first one's name.
        kernel = m["name"] + (" (combining blocks)" if m["name"] in seen
                              else "")
        seen.add(m["name"])
        seconds = m["gpu__time_duration.sum"]
        moved = m["dram__bytes_read.sum"] + m["dram__bytes_write.sum"]
        lines.append(
            f"| {kernel} | {seconds * 1e3:.3f} | {moved / seconds / 1e9:.0f} | "
            f"{m['dram__throughput.avg.pct_of_peak_sustained_elapsed']:.0f} | "
            f"{m['sm__throughput.avg.pct_of_peak_sustained_elapsed']:.0f} | "
            f"{m['sm__warps_active.avg.pct_of_peak_sustained_active']:.0f} / "
            f"{m['sm__maximum_warps_per_active_cycle_pct']:.0f} | "
            f"{m['smsp__inst_executed.sum'] * 32 / 2**28:.1f} | "
            f"{m['launch__registers_per_thread']:.0f} | "
            f"{m['launch__grid_size']:.0f} |")
    return lines


ROUNDING_BLOCK_KERNELS = [
    "quantize stochastic E5M2", "quantize stochastic E4M3FN",
    "quantize stochastic E3M4", "block_quantize floor E4M3FN",
    "block_quantize rceil E4M3FN", "block_dequantize E4M3FN"]
# The anchors each kernel is also set against, where the run has them.
ROUNDING_BLOCK_ANCHORS = {
    "quantize stochastic E5M2": ["stochastic e5m2 torch.compile"],
    "block_quantize floor E4M3FN": ["MXFP8 quantize floor torchao to_mx",
                                    "MXFP8 quantize floor torch.compile"],
    "block_quantize rceil E4M3FN": ["MXFP8 quantize rceil torchao to_mx",
                                    "MXFP8 quantize rceil torch.compile"],
    "block_dequantize E4M3FN": ["MXFP8 dequantize torch.compile"],
}


def rounding_block_section(altgrad, anchors, ncu_path):
    """Issue 14's speed targets: each kernel at 2^28 against the native
    E5M2 cast of the same run (target 0.9), its other anchors, the sweep
    and, where profiled, Nsight Compute's figures."""
    ours = {row["name"]: row for row in altgrad["rows"]}
    theirs = {row["name"]: row for row in anchors["rows"]}
    cast = theirs["cast f32->e5m2 native"]["GBps"]
    lines = [SECTION_BEGIN, "## Stochastic rounding and block scaling", "",
             f"Issue 14, on {altgrad['device']} ({anchors['torch']} for the "
             "anchors), 2^28 f32 elements: stochastic `quantize` (Philox "
             "words computed in the kernel, seed 0x299f31d0a4093822, offset "
             "7), MXFP8 `block_quantize` (E4M3FN codes and one E8M0 scale per "
             "block of 32 written) and `block_dequantize`. Ideal bytes: f32 "
             "in and one byte per element out (5 per element), plus one per "
             "block of 32 for the scales; dequantize the reverse. Target: 0.9 "
             "of PyTorch's native E5M2 cast in the same run.", "",
             "| kernel | altgrad GB/s | against | its GB/s | ratio | target | |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for kernel in ROUNDING_BLOCK_KERNELS:
        value = ours[f"{kernel}, 2^28"]["GBps"]
        met = "met" if value >= 0.9 * cast else "not met"
        lines.append(f"| {kernel} | {value:.0f} | cast f32->e5m2 native | "
                     f"{cast:.0f} | {value / cast:.2f} | 0.90 | {met} |")
        for name in ROUNDING_BLOCK_ANCHORS.get(kernel, []):
            if name in theirs:
                other = theirs[name]["GBps"]
                lines.append(f"| {kernel} | {value:.0f} | {name} | "
                             f"{other:.0f} | {value / other:.2f} | | |")
    nearest = ours.get("quantize E5M2, 2^28")
    if nearest:
        lines += ["", "Round-to-nearest `quantize E5M2` in the same run: "
                  f"{nearest['GBps']:.0f} GB/s ({nearest['GBps'] / cast:.2f} "
                  "of the cast)."]
    sizes = [k for k in range(16, 29, 2)
             if f"{ROUNDING_BLOCK_KERNELS[0]}, 2^{k}" in ours]
    lines += ["", "GB/s against size:", "",
              "| kernel | " + " | ".join(f"2^{k}" for k in sizes) + " |",
              "| --- |" + " --- |" * len(sizes)]
    for kernel in ROUNDING_BLOCK_KERNELS:
        cells = [f"{ours[f'{kernel}, 2^{k}']['GBps']:.0f}" for k in sizes]
        lines.append(f"| {kernel} | " + " | ".join(cells) + " |")
    if ncu_path and os.path.exists(ncu_path):
        lines += ["", "Nsight Compute, each kernel once on 2^28 elements "
                  f"(`bench/results/{os.path.basename(ncu_path)}`):", ""]
        lines += ncu_table(ncu_path)
    lines.append(SECTION_END)
    return lines


if sys.argv[1] == "--rounding-blocks":
    altgrad_path, anchors_path, markdown_path = sys.argv[2:5]
    section = "\n".join(rounding_block_section(
        json.load(open(altgrad_path)), json.load(open(anchors_path)),
        os.path.join(os.path.dirname(altgrad_path),
                     "gpu-ncu-rounding-blocks.csv")))
    text = open(markdown_path).read()
    if SECTION_BEGIN in text:
        before, rest = text.split(SECTION_BEGIN, 1)
        text = before + section + rest.split(SECTION_END, 1)[1]
    else:
        before, after = text.split("## Lowering variants", 1)
        text = before + section + "\n\n## Lowering variants" + after
    open(markdown_path, "w").write(text)
    sys.exit(0)

altgrad_path, anchors_path, markdown_path, plot_path = sys.argv[1:5]
variants = {}
for argument in sys.argv[5:]:
    name, path = argument.split("=", 1)
    variants[name] = {row["name"]: row for row in json.load(open(path))["rows"]}
altgrad = json.load(open(altgrad_path))
anchors = json.load(open(anchors_path))
ours = {row["name"]: row for row in altgrad["rows"]}
theirs = {row["name"]: row for row in anchors["rows"]}


def gbps(name):
    return ours[name]["GBps"]


def anchor(name):
    return theirs[name]["GBps"]


copy = anchor("copy f32 (read+write)")
cast = anchor("cast f32->e5m2 native")
targets = []


def target(what, value, reference, ratio, reference_name):
    met = value >= ratio * reference
    targets.append((what, value, reference_name, reference, value / reference,
                    ratio, "met" if met else "not met"))


FORMATS = ["E0M7", "E1M6", "E3M4", "E5M2", "E7M0", "E4M3FN"]
# Issue 12's targets on the H200.
for fmt in FORMATS:
    value = gbps(f"fake_quantize {fmt}, 2^28")
    target(f"fake_quantize {fmt}", value, copy, 0.97, "copy f32")
    compiled = ("emulated E3M4 fake-quant torch.compile" if fmt == "E3M4"
                else "fake-quant e5m2 round trip torch.compile")
    target(f"fake_quantize {fmt}", value, anchor(compiled), 1.0, compiled)
for fmt in FORMATS:
    target(f"quantize {fmt}", gbps(f"quantize {fmt}, 2^28"), cast, 0.97,
           "cast f32->e5m2 native")
step = gbps("delayed-scaling step E5M2, 2^28")
target("delayed-scaling step", step, cast, 0.95, "cast f32->e5m2 native")
target("delayed-scaling step", step,
       anchor("delayed-scaling quant e5m2 torch.compile"), 1.3,
       "delayed-scaling quant e5m2 torch.compile")
stall = gbps("stall_count E5M2, 2^28")
target("stall_count", stall, copy, 0.95, "copy f32")
target("stall_count", stall, anchor("bit-stall count E5M2 torch.compile"), 2.0,
       "bit-stall count E5M2 torch.compile")
target("amax", gbps("amax, 2^28"), copy, 0.97, "copy f32")

# Every kernel on 2^16 and 2^20 elements (no slower per call than the
# native cast) and on 2^22 and 2^24 (at least 0.9 of its bandwidth).
per_size_kernels = ([f"{kind} {fmt}" for fmt in FORMATS
                     for kind in ("fake_quantize", "quantize")]
                    + ["delayed-scaling step E5M2", "stall_count E5M2",
                       "amax"])
small = []
for k in (16, 20):
    cast_ms = theirs[f"cast f32->e5m2 native, 2^{k} elements"]["ms"]
    for kernel in per_size_kernels:
        ms = ours[f"{kernel}, 2^{k}"]["ms"]
        small.append((kernel, k, ms, cast_ms,
                      "met" if ms <= cast_ms else "not met"))
mid = []
for k in (22, 24):
    cast_gbps = theirs[f"cast f32->e5m2 native, 2^{k} elements"]["GBps"]
    for kernel in per_size_kernels:
        value = ours[f"{kernel}, 2^{k}"]["GBps"]
        mid.append((kernel, k, value, cast_gbps, value / cast_gbps,
                    "met" if value >= 0.9 * cast_gbps else "not met"))
lines = [
    "# Benchmarks: altgrad's GPU kernels against PyTorch",
    "",
    "Written by `scripts/gpu-bench` (which first runs `scripts/gpu-pack` "
    "where there is no pack yet) from one run on "
    f"{altgrad['device']} ({anchors['torch']} for the anchors), 2^28 f32 "
    "elements unless said otherwise. Bandwidth is the ideal bytes (each "
    "input read once, each output written once) over the median time of 20 "
    "calls after warm-up, timed with CUDA events around the whole call. "
    "Raw figures: `bench/results/gpu-altgrad.json`, "
    "`bench/results/gpu-anchors.json`.",
    "",
    "## Targets",
    "",
    "| kernel | altgrad GB/s | against | its GB/s | ratio | target | |",
    "| --- | --- | --- | --- | --- | --- | --- |",
]
for what, value, ref_name, ref, ratio, goal, status in targets:
    lines.append(f"| {what} | {value:.0f} | {ref_name} | {ref:.0f} | "
                 f"{ratio:.2f} | {goal:.2f} | {status} |")
lines += ["", "Small tensors, one call of each kernel against one call of "
          "PyTorch's native cast of the same tensor:", "",
          "| kernel | elements | altgrad ms | native cast ms | |",
          "| --- | --- | --- | --- | --- |"]
for kernel, k, ms, cast_ms, status in small:
    lines.append(f"| {kernel} | 2^{k} | {ms:.4f} | {cast_ms:.4f} | {status} |")
lines += ["", "Mid-size tensors, bandwidth against PyTorch's native cast of "
          "the same tensor (target 0.9):", "",
          "| kernel | elements | altgrad GB/s | native cast GB/s | ratio | |",
          "| --- | --- | --- | --- | --- | --- |"]
for kernel, k, value, cast_gbps, ratio, status in mid:
    lines.append(f"| {kernel} | 2^{k} | {value:.0f} | {cast_gbps:.0f} | "
                 f"{ratio:.2f} | {status} |")

lines += [""] + rounding_block_section(altgrad, anchors, None)

if variants:
    names = list(variants)
    lines += ["", "## Lowering variants", "",
              "The same kernels with other `--lower-fp8` options, GB/s at "
              "2^28 in the same run (default: `vector-width=8`, hardware "
              "E5M2/E4M3FN conversions):", "",
              "| kernel | default | " + " | ".join(names) + " |",
              "| --- | --- |" + " --- |" * len(names)]
    for name in ours:
        if not name.endswith(", 2^28") or name.startswith("copy"):
            continue
        cells = [f"{variants[v][name]['GBps']:.0f}" if name in variants[v]
                 else "" for v in names]
        lines.append(f"| {name[:-6]} | {ours[name]['GBps']:.0f} | "
                     + " | ".join(cells) + " |")

lines += ["", "## Sweep", "", "![bandwidth against size](benchmarks.png)", "",
          "| kernel | " + " | ".join(f"2^{k}" for k in range(16, 29, 2)) + " |",
          "| --- |" + " --- |" * 7]
kernels = sorted({re.sub(r", 2\^\d+$", "", name) for name in ours
                  if name.endswith(", 2^18")})
for kernel in kernels:
    cells = [f"{ours[f'{kernel}, 2^{k}']['GBps']:.0f}" for k in range(16, 29, 2)]
    lines.append(f"| {kernel} | " + " | ".join(cells) + " |")
lines += ["", "GB/s; the anchors at 2^28:", "",
          "| anchor | ms | GB/s |", "| --- | --- | --- |"]
for row in anchors["rows"]:
    lines.append(f"| {row['name']} | {row['ms']} | {row['GBps']} |")

ncu_path = os.path.join(os.path.dirname(altgrad_path), "gpu-ncu.csv")
if os.path.exists(ncu_path):
    lines += ["", "## Where the time goes", "",
              "Nsight Compute, each kernel once on 2^28 elements "
              "(`altgrad-gpu-bench --profile`, raw figures in "
              "`bench/results/gpu-ncu.csv`). DRAM GB/s counts the bytes "
              "DRAM moved; occupancy is achieved warps against the "
              "theoretical maximum for the kernel's registers. "
              "Instructions per element count the kernel's warp "
              "instructions × 32 / 2^28.", ""]
    lines += ncu_table(ncu_path)

notes = os.path.join(os.path.dirname(markdown_path), "benchmarks-notes.md")
if os.path.exists(notes):
    lines += ["", open(notes).read().strip()]
open(markdown_path, "w").write("\n".join(lines) + "\n")

plt.figure(figsize=(8, 5))
sizes = [2**k for k in range(16, 29, 2)]
for kernel in kernels:
    plt.plot(sizes, [ours[f"{kernel}, 2^{k}"]["GBps"] for k in range(16, 29, 2)],
             marker="o",
             label=kernel if kernel.startswith("copy") else f"altgrad {kernel}")
for name, style in [("copy f32 (read+write)", "k--"),
                    ("cast f32->e5m2 native", "k:"),
                    ("fake-quant e5m2 round trip torch.compile", "r--"),
                    ("bit-stall count E5M2 torch.compile", "m--"),
                    ("amax torch.compile", "g--")]:
    plt.axhline(anchor(name), linestyle=style[1:], color=style[0],
                label=f"PyTorch {name} (2^28)")
for k in (16, 20, 22, 24):
    row = theirs[f"cast f32->e5m2 native, 2^{k} elements"]
    plt.scatter([2**k], [row["GBps"]], marker="x", color="k")
plt.xscale("log", base=2)
plt.xlabel("elements")
plt.ylabel("GB/s (ideal bytes / time)")
plt.title(altgrad["device"])
plt.legend(fontsize=6)
plt.tight_layout()
plt.savefig(plot_path, dpi=120)
