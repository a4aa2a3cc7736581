#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build: every cargo-fuzz target of fuzz/Cargo.toml into $OUT, each
# with its seed corpus (<target>_seed_corpus.zip) and libFuzzer options, and the Lua token
# dictionary for the raw-source target.
#
# It runs in gcr.io/oss-fuzz-base/base-builder-rust, whose `compile` sets CC, CXX, CFLAGS,
# RUSTFLAGS, SANITIZER, $SRC, $OUT and $WORK; `just cflite-check` runs it outside a container
# with the same variables. FERROUS_SRC overrides where the checkout is.
cd "${FERROUS_SRC:-$SRC/ferrous-conformance}"

# The targets are the [[bin]] sections of fuzz/Cargo.toml. Not `cargo fuzz list`: for coverage
# builds the image's cargo wrapper turns every `cargo fuzz` command into a build.
targets=$(awk '
    /^\[\[bin\]\]/ { in_bin = 1; next }
    /^\[/ { in_bin = 0 }
    in_bin && $1 == "name" { gsub(/"/, "", $3); print $3 }
' fuzz/Cargo.toml)
if [ -z "$targets" ]; then
    echo "build.sh: no [[bin]] target in fuzz/Cargo.toml" >&2
    exit 1
fi

# ClusterFuzzLite runs the binaries with nothing but $OUT: a target reading the known list from
# the source tree at run time would silently see none there (FuzzChecks::built_in has it).
if grep -lE '"[^"]*known-divergences\.json' fuzz/fuzz_targets/*.rs; then
    echo "build.sh: the fuzz targets above read the known-divergence list at run time;" \
        "use FuzzChecks::built_in()" >&2
    exit 1
fi

# -O: release builds, as libFuzzer needs speed; the image's RUSTFLAGS add the sanitizer.
# --no-default-features: the system allocator, which the sanitizer watches, not mimalloc
# (src/allocator.rs); every ClusterFuzzLite build has a sanitizer.
cargo fuzz build -O --no-default-features
built="${CARGO_TARGET_DIR:-fuzz/target}/x86_64-unknown-linux-gnu/release"

fuzz/seed-corpora.sh
for target in $targets; do
    cp "$built/$target" "$OUT/$target"
    seeds="fuzz/corpus/$target"
    rm -f "$OUT/${target}_seed_corpus.zip"
    if [ -d "$seeds" ] && [ -n "$(ls -A "$seeds")" ]; then
        (cd "$seeds" && zip -q -r "$OUT/${target}_seed_corpus.zip" .)
    fi
    # The limits `just fuzz` uses: engines run under their own 5 s wall clock each.
    printf '[libfuzzer]\ntimeout = 30\nrss_limit_mb = 4096\n' > "$OUT/$target.options"
done
# The bytecode target runs candidate chunks in a child `ferrous-conformance examine`, which it
# looks for beside itself. An oracle, not a fuzz target: built without the sanitizer flags.
# FERROUS_EXAMINE_BIN names one built already (just cflite-check).
if [ -n "${FERROUS_EXAMINE_BIN:-}" ]; then
    cp "$FERROUS_EXAMINE_BIN" "$OUT/ferrous-conformance"
else
    env -u RUSTFLAGS -u CARGO_TARGET_DIR CFLAGS= CXXFLAGS= \
        cargo build --release --bin ferrous-conformance
    cp target/release/ferrous-conformance "$OUT/ferrous-conformance"
fi
# Only the raw-source target reads Lua tokens; OSS-Fuzz picks up <target>.dict by name.
if echo "$targets" | grep -qx source; then
    cp fuzz/lua.dict "$OUT/source.dict"
fi
echo "build.sh: built $(echo $targets | wc -w) targets into $OUT:" $targets
