#!/bin/sh
# Builds the starting corpus of a fuzz target in fuzz-artifacts/corpus/<target>/: the example maps
# in maps/, the hand-written seeds in fuzz/seeds/, and the target's regression inputs. Files that
# are already there (inputs the fuzzer found in earlier runs) are kept.
# Usage: fuzz/seed.sh TARGET
set -eu
target=${1:?usage: fuzz/seed.sh TARGET}
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/fuzz-artifacts/corpus/$target"
mkdir -p "$corpus"
# Targets with seeds of their own (fuzz/seeds/<target>/) start from those; the others from maps.
if [ -d "$root/fuzz/seeds/$target" ]; then
    seeds="$root/fuzz/seeds/$target/*"
else
    seeds="$root/maps/*.kmap $root/fuzz/seeds/*"
fi
for file in $seeds; do
    [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$file")"
done
if [ -d "$root/fuzz/regressions/$target" ]; then
    for file in "$root/fuzz/regressions/$target"/*; do
        [ -f "$file" ] && cp "$file" "$corpus/regression-$(basename "$file")"
    done
fi
echo "$corpus"
