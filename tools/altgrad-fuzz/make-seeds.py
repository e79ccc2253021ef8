#!/usr/bin/env python3
"""Writes the seed corpus of altgrad-fuzz: every MLIR test input and example.

usage: make-seeds.py SOURCE_ROOT OUTPUT_DIR

Each test/**/*.mlir file is split at its `// -----` markers, as
`-split-input-file` does; whole-line comments (RUN and CHECK lines, expected
diagnostics) are dropped, since mutating them teaches the fuzzer nothing.
The demo's template gets an E5M2 weight format. Each seed is named by the
SHA-1 of its text, as libFuzzer names corpus files, so identical chunks are
written once.
"""

import hashlib
import pathlib
import re
import sys


def chunks(text):
    for chunk in re.split(r"^// -----.*$", text, flags=re.M):
        lines = [l for l in chunk.splitlines() if not l.lstrip().startswith("//")]
        chunk = "\n".join(lines).strip()
        if chunk:
            yield chunk + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text() for p in sorted(root.glob("test/**/*.mlir"))]
    texts += [p.read_text() for p in sorted(root.glob("examples/*.mlir"))]
    template = root / "examples/linear-regression.mlir.in"
    texts.append(template.read_text().replace("FORMAT", "!altgrad.fp<E5M2>"))
    names = set()
    for text in texts:
        for chunk in chunks(text):
            data = chunk.encode()
            name = hashlib.sha1(data).hexdigest()
            names.add(name)
            (out / name).write_bytes(data)
    print(f"{len(names)} seeds in {out}")


if __name__ == "__main__":
    main()
