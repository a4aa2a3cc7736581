#!/usr/bin/env bash
# Developer aid for corpus authors: runs every case (or the files/folders given as
# arguments) on reference Lua 5.1 and checks what the bench relies on:
#   - the case runs to completion, or ends with an uncaught error exactly when its header
#     says so (a `-- expect: uncaught error` line before the first code line);
#   - two runs print identical output (no addresses, no clock, no unseeded random);
#   - no address-like text (`table: 0x...`) appears in the output;
#   - it runs fast (< MAX_SECONDS wall time) and within its instruction budget
#     (the `-- @budget:` directive, capped at MAX_INSTRUCTIONS so cases leave headroom).
# The bench, not this script, is the judge of conformance.
set -u

LUA=${LUA:-lua5.1}
MAX_SECONDS=${MAX_SECONDS:-1}
MAX_INSTRUCTIONS=${MAX_INSTRUCTIONS:-10000000}

corpus_dir=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Counts VM instructions in steps of 1000 with a count hook; coroutines inherit the hook.
cat > "$work/count.lua" <<'LUA'
local path = ...
local chunk = loadfile(path)
if not chunk then io.stderr:write("0\n") return end
local ticks = 0
debug.sethook(function() ticks = ticks + 1 end, "", 1000)
pcall(chunk)
debug.sethook()
io.stderr:write(ticks * 1000, "\n")
LUA

if [ $# -eq 0 ]; then set -- "$corpus_dir"; fi
# redis-profile cases need Redis's environment: `just redis` checks them against redis-server.
files=$(find "$@" -name '*.lua' | sort | while read -r f; do
    head -n 20 "$f" | grep -q '^-- @profile: redis' || echo "$f"
done)

total=0
failed=0
report_failure() {
    failed=$((failed + 1))
    echo "FAIL $1: $2"
}

for file in $files; do
    total=$((total + 1))
    expects_error=no
    # The marker must sit in the leading comment block.
    if awk '/^--/ { if ($0 ~ /^-- expect: uncaught error/) { found = 1 } ; next } { exit } END { exit !found }' "$file"; then
        expects_error=yes
    fi
    budget=$(awk '/^-- @budget:/ { print $3; exit } !/^-- @/ { exit }' "$file")
    budget=${budget:-$MAX_INSTRUCTIONS}
    if [ "$budget" -gt "$MAX_INSTRUCTIONS" ]; then budget=$MAX_INSTRUCTIONS; fi

    start=$(date +%s%N)
    timeout 10 "$LUA" "$file" > "$work/out1" 2> "$work/err1"
    rc1=$?
    end=$(date +%s%N)
    timeout 10 "$LUA" "$file" > "$work/out2" 2> "$work/err2"
    rc2=$?
    elapsed_ms=$(( (end - start) / 1000000 ))

    if [ $rc1 -eq 124 ]; then report_failure "$file" "timed out"; continue; fi
    if [ $expects_error = yes ] && [ $rc1 -eq 0 ]; then
        report_failure "$file" "expected an uncaught error but it completed"; continue
    fi
    if [ $expects_error = no ] && [ $rc1 -ne 0 ]; then
        report_failure "$file" "unexpected error: $(head -n 1 "$work/err1")"; continue
    fi
    if [ $rc1 -ne $rc2 ] || ! cmp -s "$work/out1" "$work/out2" || ! cmp -s "$work/err1" "$work/err2"; then
        report_failure "$file" "two runs differ"; continue
    fi
    if grep -Eq '(table|function|thread|userdata): (0x)?[0-9a-fA-F]{6,}' "$work/out1" "$work/err1"; then
        report_failure "$file" "output contains an address"; continue
    fi
    if [ $expects_error = no ] && [ ! -s "$work/out1" ]; then
        report_failure "$file" "prints nothing"; continue
    fi
    if [ $elapsed_ms -gt $((MAX_SECONDS * 1000)) ]; then
        report_failure "$file" "too slow (${elapsed_ms} ms)"; continue
    fi
    instructions=$("$LUA" "$work/count.lua" "$file" 2>&1 >/dev/null | tail -n 1)
    if ! [ "$instructions" -le "$budget" ] 2>/dev/null; then
        report_failure "$file" "over instruction budget ($instructions > $budget)"; continue
    fi
    if [ "${VERBOSE:-0}" = 1 ]; then
        echo "ok   $file (${elapsed_ms} ms, ~${instructions} instructions)"
    fi
done

echo "checked $total case(s): $((total - failed)) ok, $failed failed"
for dir in "$corpus_dir"/*/; do
    count=$(find "$dir" -name '*.lua' | wc -l)
    [ "$count" -gt 0 ] && printf '  %-12s %3d\n' "$(basename "$dir")" "$count"
done
[ $failed -eq 0 ]
