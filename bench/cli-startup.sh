#!/usr/bin/env bash
# Whole-process timing: `defacto assess` against `defacto --version` of the same build, side by side.
# Usage: bench/cli-startup.sh [runs]   (goal: assess under 2x --version)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build "$root/src/DeFacto.Cli" -c Release -o "$out/bin" -nologo -v q >/dev/null
bin="$out/bin/defacto"
export DEFACTO_LEDGER="$out/ledger.db"
"$bin" assess south-ossetia >/dev/null 2>&1 || true   # create the ledger once, if the build uses one
time_ms() { # median wall time of a command over $runs runs, in ms
  local samples=()
  for _ in $(seq "$runs"); do
    local s=$(date +%s%N); "$@" >/dev/null 2>&1; local e=$(date +%s%N)
    samples+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
v=$(time_ms "$bin" --version)
a=$(time_ms "$bin" assess south-ossetia --as-of 2015-06-30)
j=$(time_ms "$bin" assess south-ossetia --as-of 2015-06-30 --basis commitments --format json)
echo "defacto --version:              ${v} ms (baseline)"
echo "defacto assess (table):         ${a} ms  ratio $(awk -v a="$a" -v v="$v" 'BEGIN {printf "%.2f", a / v}')x"
echo "defacto assess (json, commit.): ${j} ms  ratio $(awk -v a="$j" -v v="$v" 'BEGIN {printf "%.2f", a / v}')x"
