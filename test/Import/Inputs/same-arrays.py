"""same-arrays.py EXPECTED.npz ACTUAL.npz [RTOL]: the same leaves in the
same order, equal (RTOL absent) or within RTOL of each leaf's largest
magnitude. JAX's outputs are compared within a tolerance: XLA's CPU code
depends on the CPU's vector instructions, and so may its last bits."""

import sys

import numpy as np

expected, actual = np.load(sys.argv[1]), np.load(sys.argv[2])
rtol = float(sys.argv[3]) if len(sys.argv) > 3 else None
if list(expected.keys()) != list(actual.keys()):
    sys.exit(f"different leaves: {list(expected.keys())} != {list(actual.keys())}")
bad = []
for name in expected.keys():
    a, b = expected[name], actual[name]
    if a.shape != b.shape or a.dtype != b.dtype:
        bad.append(f"{name}: {a.dtype}{list(a.shape)} != {b.dtype}{list(b.shape)}")
    elif rtol is None and not np.array_equal(a, b):
        bad.append(f"{name}: values differ")
    elif rtol is not None and np.any(np.abs(a - b) > rtol * np.max(np.abs(a), initial=0.0)):
        bad.append(f"{name}: values differ by more than {rtol} of the largest")
print("\n".join(bad) or f"{len(expected.keys())} leaves the same")
sys.exit(1 if bad else 0)
