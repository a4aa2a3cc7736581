#!/usr/bin/env bash
# Peak memory (max RSS) and CPU time (user + system, steadier than wall time on a shared
# machine) of the allocation benchmarks on the Ferrous VM
# (`ferrous-lua`) and on reference Lua 5.1 (`lua5.1`), with the ratios Ferrous/reference.
# Usage: compare.sh [path/to/ferrous-lua]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ferrous="${1:-$here/../../../target/release/ferrous-lua}"
reference="$(command -v lua5.1)"

# Prints "<seconds> <max RSS KB>" for one run, checking that the script succeeded.
measure() {
  local out
  out="$( { /usr/bin/time -f "%U %S %M" "$@" >/dev/null; } 2>&1 )"
  out="${out##*$'\n'}"
  awk '{ printf "%.2f %d\n", $1 + $2, $3 }' <<<"$out"
}

printf "%-16s %10s %10s %7s %10s %10s %7s\n" benchmark "ref cpu s" "ferrous cpu" ratio "ref MB" "ferrous MB" ratio
for script in "$here"/binary_trees.lua "$here"/string_builder.lua "$here"/table_churn.lua; do
  read -r rt rm < <(measure "$reference" "$script")
  read -r ft fm < <(measure "$ferrous" "$script")
  awk -v n="$(basename "$script" .lua)" -v rt="$rt" -v ft="$ft" -v rm="$rm" -v fm="$fm" 'BEGIN {
    printf "%-16s %10.2f %10.2f %7.2f %10.1f %10.1f %7.2f\n", n, rt, ft, ft / rt, rm / 1024, fm / 1024, fm / rm
  }'
done
