# Ferrous Conformance recipes. `just --list` shows them.

set shell := ["bash", "-euo", "pipefail", "-c"]

# Run the whole corpus on two engines (release build): the lua51 cases, then the redis cases.
# Writes reports/conformance.json and reports/conformance-redis.json.
conformance engines="ferrous,reference" *args="":
    cargo run --release --bin ferrous-conformance -- run --engines {{engines}} {{args}}
    cargo run --release --bin ferrous-conformance -- run --profile redis --engines {{engines}} --report reports/conformance-redis.json {{args}}

# The redis corpus against a private redis-server (the final word on what Redis does).
redis engines="ferrous,redis" *args="":
    cargo run --release --bin ferrous-conformance -- run --profile redis --engines {{engines}} --report reports/redis.json {{args}}

# The bench checking its own determinism: reference against reference must not diverge.
self-check *args="":
    cargo run --release --bin ferrous-conformance -- run --engines reference,reference --report reports/self-check.json {{args}}

# Run one case on both engines and show the outcomes side by side.
show case engines="ferrous,reference":
    cargo run --release --bin ferrous-conformance -- show {{case}} --engines {{engines}}

# Speed ratios against reference Lua 5.1 (benches/lua, vm/benches/gc), then peak memory (gc-bench).
bench *filter="": && gc-bench
    cargo bench --bench speed -- {{filter}}

# Instruction counts (callgrind) of ferrous-lua against lua5.1 on the speed scripts: load-independent.
bench-instructions *scripts="":
    cargo build --release -p ferrous-vm --bin ferrous-lua
    benches/instructions.sh target/release/ferrous-lua {{scripts}}

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
