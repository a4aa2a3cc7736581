#!/usr/bin/env bash
# Runs the official Lua 5.1 test suite files under ferrous-lua and prints a table:
# file, pass/fail, and the first error line of a failure.
#
# usage: scripts/lua-tests.sh DIR [FILE...]
#   DIR    folder holding the suite's .lua files (e.g. lua-tests/)
#   FILE   test names without .lua (default: the 18 files the project tracks)
# Environment: FERROUS_LUA (interpreter to use; default: built here in release mode),
#              LUA_TEST_TIMEOUT (seconds per file, default 300).
set -u

dir=${1:?usage: lua-tests.sh DIR [FILE...]}
shift
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(strings pm sort math vararg nextvar closure constructs calls events errors
         literals locals attrib files db verybig gc)
fi
timeout_s=${LUA_TEST_TIMEOUT:-300}

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${FERROUS_LUA:-}" ]; then
  cargo build --quiet --release -p ferrous-vm --bin ferrous-lua --manifest-path "$root/Cargo.toml" || exit 1
  FERROUS_LUA="$root/target/release/ferrous-lua"
fi
dir=$(cd "$dir" && pwd) || exit 1
# The suite expects these folders (its tarball ships them empty).
mkdir -p "$dir/libs/P1"

logs=$(mktemp -d)
passed=0
printf '%-12s %-6s %s\n' FILE RESULT "FIRST ERROR"
for name in "${files[@]}"; do
  script="$dir/$name.lua"
  log="$logs/$name.log"
  if [ ! -f "$script" ]; then
    printf '%-12s %-6s %s\n' "$name" fail "missing $script"
    continue
  fi
  # Each file runs from the suite's folder, as the suite expects; stdin is empty.
  (cd "$dir" && timeout "$timeout_s" "$FERROUS_LUA" "$name.lua" </dev/null >"$log" 2>&1)
  status=$?
  if [ $status -eq 0 ]; then
    passed=$((passed + 1))
    printf '%-12s %-6s\n' "$name" pass
  else
    if [ $status -eq 124 ]; then
      first="timeout after ${timeout_s}s"
    else
      first=$(grep -m1 -a 'ferrous-lua:' "$log" || tail -n1 "$log")
      [ -n "$first" ] || first="exit status $status"
    fi
    printf '%-12s %-6s %s\n' "$name" fail "${first:0:160}"
  fi
done
echo "passed $passed of ${#files[@]} (logs in $logs)"
