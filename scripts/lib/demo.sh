# The linear-regression example, shared by scripts/linear-regression (which
# compiles and runs it on the GPU or the CPU) and scripts/gpu-run (which runs
# what scripts/gpu-pack compiled): sourced, never run.

ALTGRAD_DEMO_FORMATS=(E0M7 E1M6 E3M4 E5M2 E7M0)
ALTGRAD_DEMO_TEMPLATE=examples/linear-regression.mlir.in

# altgrad_demo_program ROOT FORMAT: the example with its weights in FORMAT.
altgrad_demo_program() {
  sed "s/FORMAT/!altgrad.fp<$2>/g" "$1/$ALTGRAD_DEMO_TEMPLATE"
}

# altgrad_demo_report DIR: prints each format's run (DIR/FORMAT.out) and a
# table comparing the formats.
altgrad_demo_report() {
  local dir=$1 format
  for format in "${ALTGRAD_DEMO_FORMATS[@]}"; do
    printf '\n==== %s ====\n' "$format"
    cat "$dir/$format.out"
  done
  printf '\n==== formats compared after 40 SGD steps ====\n\n'
  printf '%-6s %14s %12s %16s %10s\n' format "final loss" "stall rate" \
    "stalled/total" rejected
  for format in "${ALTGRAD_DEMO_FORMATS[@]}"; do
    awk -v format="$format" '/^final loss/ {
      printf "%-6s %14s %12s %16s %10s\n", format, $3, $5, $7 "/" $9, $11
    }' "$dir/$format.out"
  done
}
