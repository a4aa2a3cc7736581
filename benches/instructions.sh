#!/usr/bin/env bash
# Instructions executed (valgrind's callgrind "I refs") by the Ferrous VM (`ferrous-lua`) and by
# reference Lua 5.1 (`lua5.1`) on the speed scripts, with the ratio Ferrous/reference. Unlike
# times, instruction counts do not depend on the machine's load, so they show the effect of a
# change on a shared machine. Each script must print the same output on both.
# Usage: instructions.sh [path/to/ferrous-lua] [script.lua ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ferrous="${1:-$here/../target/release/ferrous-lua}"
shift || true
reference="$(command -v lua5.1)"
if [ "$#" -eq 0 ]; then
  set -- "$here"/lua/*.lua "$here"/../vm/benches/gc/*.lua
fi

# Prints the instruction count of one run; its output goes to the file named by $1.
count() {
  local out="$1"
  shift
  local log
  log="$(mktemp)"
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" >"$out" 2>"$log"
  sed -n 's/.*I *refs: *//p' "$log" | tr -d ,
  rm -f "$log"
}

printf "%-16s %15s %15s %7s\n" script "reference" "ferrous" ratio
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for script in "$@"; do
  name="$(basename "$script" .lua)"
  r="$(count "$tmp/reference.out" "$reference" "$script")"
  f="$(count "$tmp/ferrous.out" "$ferrous" "$script")"
  if ! cmp -s "$tmp/reference.out" "$tmp/ferrous.out"; then
    echo "$name: the engines printed different output" >&2
    exit 1
  fi
  awk -v n="$name" -v r="$r" -v f="$f" 'BEGIN { printf "%-16s %15.0f %15.0f %7.2f\n", n, r, f, f / r }'
done
