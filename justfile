# Ferrous Conformance recipes. `just --list` shows them.

set shell := ["bash", "-euo", "pipefail", "-c"]
# Recipes pass their arguments as "$1", "$@": a path with spaces stays one argument.
set positional-arguments

# Run the whole corpus on two engines (release build): the lua51 cases, the redis cases, the
# library-argument sweep (a few seconds), then the standalone scripts and 200 generated programs
# under ferrous-lua and the lua5.1 binary, always all four; fails at the end with the worst exit
# code. Writes reports/conformance.json, reports/conformance-redis.json, reports/sweep.json and
# reports/standalone.json (the old ones are deleted first, so none outlives its run). ARGS go
# to the corpus runs only.
conformance engines="ferrous,reference" *args:
    #!/usr/bin/env bash
    set -uo pipefail
    rm -f reports/conformance.json reports/conformance-redis.json reports/sweep.json reports/standalone.json
    cargo build --release --bin ferrous-conformance || exit 2
    cargo build --release -p ferrous-vm --bin ferrous-lua || exit 2
    bench=target/release/ferrous-conformance
    "$bench" run --engines "$1" "${@:2}"
    lua51=$?
    "$bench" run --profile redis --engines "$1" --report reports/conformance-redis.json "${@:2}"
    redis=$?
    "$bench" run --sweep --engines "$1" --report reports/sweep.json
    sweep=$?
    "$bench" standalone corpus/standalone --generated 200 --report reports/standalone.json
    standalone=$?
    echo "conformance: lua51 run exit $lua51, redis run exit $redis, sweep exit $sweep, standalone exit $standalone"
    worst=0
    for code in $lua51 $redis $sweep $standalone; do worst=$(( code > worst ? code : worst )); done
    exit $worst

# The standalone interpreters: corpus/standalone/ (or the scripts given) under ferrous-lua and
# the lua5.1 binary, standard output and error on one pipe and exit statuses compared.
standalone *scripts:
    cargo build --release --bin ferrous-conformance
    cargo build --release -p ferrous-vm --bin ferrous-lua
    target/release/ferrous-conformance standalone "$@"

# The redis corpus against a private redis-server (the final word on what Redis does), then
# the Redis model against that server over 1000 generated command sequences; always both,
# failing at the end with the worse exit code.
redis engines="ferrous,redis" *args:
    #!/usr/bin/env bash
    set -uo pipefail
    cargo build --release --bin ferrous-conformance || exit 2
    bench=target/release/ferrous-conformance
    "$bench" run --profile redis --engines "$1" --report reports/redis.json "${@:2}"
    corpus=$?
    "$bench" model-diff --sequences 1000 --report reports/model-diff.json
    model=$?
    echo "redis: corpus run exit $corpus, model-diff exit $model"
    exit $(( corpus > model ? corpus : model ))

# The Redis model against a private redis-server over generated command sequences: every reply
# and the final key space compared (reports/model-diff.json says how to reproduce each one).
model-diff sequences="10000" seed="1":
    cargo run --release --bin ferrous-conformance -- model-diff --sequences "$1" --seed "$2" --report reports/model-diff.json

# The library-argument sweep: every library function of the lua51 profile with edge values at
# every parameter position (and pairs of bad arguments) on two engines; prints its coverage.
# `just sweep ferrous,reference --sweep-filter string.` sweeps one library.
sweep engines="ferrous,reference" *args="":
    cargo run --release --bin ferrous-conformance -- run --sweep --engines {{engines}} --report reports/sweep.json {{args}}

# The bench checking its own determinism: reference against reference must not diverge.
self-check *args:
    cargo run --release --bin ferrous-conformance -- run --engines reference,reference --report reports/self-check.json "$@"

# Run one case on both engines and show the outcomes side by side. CASE is a path, a case id
# as reports print it (tables/sort) or a generated program (generated/gen-42).
show case engines="ferrous,reference":
    cargo run --release --bin ferrous-conformance -- show "$1" --engines "$2"

# Speed ratios against reference Lua 5.1 (benches/lua, vm/benches/gc), then peak memory (gc-bench).
bench *filter: && gc-bench
    cargo bench --bench speed -- "$@"

# Instruction counts (callgrind) of ferrous-lua against lua5.1 on the speed scripts: load-independent.
bench-instructions *scripts:
    cargo build --release -p ferrous-vm --bin ferrous-lua
    benches/instructions.sh target/release/ferrous-lua "$@"

# Throughput of the bench itself: per-case costs, fuzz executions per second, generated
# programs per second with --jobs 1 and 2 (benches/throughput.rs; reports/throughput.json).
bench-bench:
    cargo bench --bench throughput

# Every test of every crate.
test:
    cargo test --workspace

fmt:
    cargo fmt --all

lint:
    cargo clippy --workspace --all-targets -- -D warnings

# Peak memory and time of the allocation benchmarks (binary trees, string builder, table
# churn): the Ferrous VM against lua5.1, with ratios.
gc-bench:
    cargo build --release -p ferrous-vm --bin ferrous-lua
    vm/benches/gc/compare.sh

import "lua-tests.just"
import "fuzz.just"
import "nightly.just"
import "scale.just"
