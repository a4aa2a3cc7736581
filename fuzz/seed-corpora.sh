#!/usr/bin/env bash
# Builds the seed corpora of the fuzz targets from the bench's corpus:
#   fuzz/corpus/source/        every corpus/**/*.lua file, as raw source;
#   fuzz/corpus/differential/  the same files, read as generator decisions (arbitrary bytes
#                              that give varied programs), plus a few fixed byte patterns;
#   fuzz/corpus/redis/         the same decisions for the redis target's generator;
#   fuzz/corpus/bytecode/      one input per seed program, unmutated (a one-byte input picks
#                              the seed and no mutation), and each seed with one mutation;
#   fuzz/corpus/sweep/         byte patterns and the heads of some corpus files, read as the
#                              sweep's choices of library calls and edge values.
# Existing files are kept, so libFuzzer's own findings survive a rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."

for target in source differential redis bytecode sweep; do
    mkdir -p "fuzz/corpus/$target"
done
count=0
while IFS= read -r -d '' file; do
    name="$(printf '%s' "${file#corpus/}" | tr '/' '_')"
    cp "$file" "fuzz/corpus/source/$name"
    cp "$file" "fuzz/corpus/differential/$name"
    cp "$file" "fuzz/corpus/redis/$name"
    count=$((count + 1))
done < <(find corpus -name '*.lua' -type f -print0 | sort -z)
for byte in 00 55 aa ff; do
    head -c 2048 /dev/zero | tr '\0' "\\$(printf '%03o' "0x$byte")" > "fuzz/corpus/differential/fill-$byte"
    cp "fuzz/corpus/differential/fill-$byte" "fuzz/corpus/redis/fill-$byte"
    head -c 512 "fuzz/corpus/differential/fill-$byte" > "fuzz/corpus/sweep/fill-$byte"
done
# The first 512 bytes of some corpus files: varied decisions for the sweep's choices.
find corpus/strings corpus/tables -name '*.lua' -type f -print0 | sort -z | head -z -n 40 |
    while IFS= read -r -d '' file; do
        head -c 512 "$file" > "fuzz/corpus/sweep/$(printf '%s' "${file#corpus/}" | tr '/' '_')"
    done
for seed in 0 1 2 3 4 5 6 7; do
    printf "\\$(printf '%03o' "$seed")" > "fuzz/corpus/bytecode/seed-$seed"
    for mutation in 00 03 07 0b 0e; do
        printf "\\$(printf '%03o' "$seed")\\x$mutation\\x01\\x02\\x03\\x04\\x05\\x06" \
            > "fuzz/corpus/bytecode/seed-$seed-mutation-$mutation"
    done
done
echo "seeded fuzz/corpus/source, differential and redis from $count corpus files, fuzz/corpus/bytecode with 48 inputs, fuzz/corpus/sweep with $(ls fuzz/corpus/sweep | wc -l)"
