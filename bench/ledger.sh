#!/usr/bin/env bash
# Whole-process benchmarks of the ledger, printed as times and ratios measured in the same run:
#   1. cold `defacto assess south-ossetia` on a new ledger (created and loaded with the bundle) and on an
#      existing one, against `defacto --version` (the cost of starting .NET at all);
#   2. `defacto ledger import` of 10,000 synthetic observations into SQLite and into PostgreSQL.
# Uses hyperfine when installed (apt-get install hyperfine), else a loop timed with date +%s%N.
# DEFACTO_BIN=path skips the build. PostgreSQL: DEFACTO_TEST_POSTGRES, else a throwaway server from .ci/postgres.sh. RUNS=N sets repetitions.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-10}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ -n "${DEFACTO_BIN:-}" ]; then d=$DEFACTO_BIN; else   # DEFACTO_BIN: an already built defacto
  echo "building defacto (Release)..." >&2
  dotnet build "$root/src/DeFacto.Cli" -c Release -o "$work/bin" -nologo -v q >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
  d="$work/bin/defacto"
fi
pg=${DEFACTO_TEST_POSTGRES:-$(bash "$root/.ci/postgres.sh" | tail -1)}
pgurl() { echo "$(echo "$pg" | sed -E 's/(^|;)Database=[^;]*//I');Database=$1"; }
psqlc() { psql "host=127.0.0.1 port=$(echo "$pg" | sed -nE 's/.*Port=([0-9]+).*/\1/Ip') user=postgres dbname=postgres" -qtAc "$1" >/dev/null; }

# Mean wall time in milliseconds of a command run $runs times; a "prepare" command runs before each, untimed.
mean_ms() { # mean_ms PREPARE COMMAND
  local prepare=$1 cmd=$2
  if command -v hyperfine >/dev/null; then
    hyperfine --runs "$runs" --warmup 1 --prepare "$prepare" --export-json "$work/h.json" "$cmd" >/dev/null
    python3 -c "import json;print(round(json.load(open('$work/h.json'))['results'][0]['mean']*1000,1))"
  else
    local total=0 i t0 t1
    bash -c "$prepare" >/dev/null 2>&1; bash -c "$cmd" >/dev/null 2>&1   # warm-up
    for ((i = 0; i < runs; i++)); do
      bash -c "$prepare" >/dev/null 2>&1
      t0=$(date +%s%N); bash -c "$cmd" >/dev/null 2>&1; t1=$(date +%s%N)
      total=$((total + t1 - t0))
    done
    python3 -c "print(round($total / $runs / 1e6, 1))"
  fi
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

version=$(mean_ms "true" "$d --version")
fresh=$(mean_ms "rm -f $work/new.db*" "$d assess south-ossetia --as-of 2015-06-30 --ledger $work/new.db")
"$d" ledger info --ledger "$work/old.db" >/dev/null 2>&1
existing=$(mean_ms "true" "$d assess south-ossetia --as-of 2015-06-30 --ledger $work/old.db")
files=$(mean_ms "true" "$d assess south-ossetia --as-of 2015-06-30 --data $root/data")

# 10,000 synthetic observations in the data/ format (evidence and their source; codebook from the ledger).
mkdir -p "$work/synthetic/evidence" "$work/synthetic/sources"
printf 'sources:\n  - id: synthetic-benchmark\n    kind: dataset\n    title: "Synthetic observations for benchmarks"\n' > "$work/synthetic/sources/synthetic.yaml"
python3 - "$work/synthetic/evidence/synthetic.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("territory: south-ossetia\ncoder: benchmark\nobservations:\n")
    for i in range(10000):
        f.write(f"  - id: synthetic-{i}\n    indicator: citizenship.patron_passport_share\n    value: {i % 100}\n"
                f"    unit: percent\n    status: in-place\n    as_of: {1990 + i % 35}-{1 + i % 12:02d}\n"
                f"    source: synthetic-benchmark\n    locator: \"row {i}\"\n    quote: \"{i % 100} per cent\"\n")
PY
sqlite_import=$(mean_ms "rm -f $work/imp.db*; $d ledger info --ledger $work/imp.db" "$d ledger import $work/synthetic --ledger $work/imp.db")
{ declare -f psqlc; echo "pg='$pg'"; echo "psqlc 'DROP DATABASE IF EXISTS defacto_bench WITH (FORCE)'; psqlc 'CREATE DATABASE defacto_bench'"; } > "$work/pg-reset.sh"
pgb="'$(pgurl defacto_bench)'"
pg_import=$(mean_ms "bash $work/pg-reset.sh && $d ledger info --ledger $pgb" "$d ledger import $work/synthetic --ledger $pgb")
pg_fresh=$(mean_ms "bash $work/pg-reset.sh" "$d assess south-ossetia --as-of 2015-06-30 --ledger $pgb")
pg_existing=$(mean_ms "true" "$d assess south-ossetia --as-of 2015-06-30 --ledger $pgb")
psqlc 'DROP DATABASE IF EXISTS defacto_bench WITH (FORCE)'

echo "runs per figure: $runs ($(command -v hyperfine >/dev/null && echo hyperfine || echo 'date +%s%N loop'))"
printf '%-52s %9s ms\n' "defacto --version" "$version" \
  "assess, new SQLite ledger (create + load bundle)" "$fresh" \
  "assess, existing SQLite ledger" "$existing" \
  "assess, --data files (no ledger)" "$files" \
  "assess, new PostgreSQL ledger" "$pg_fresh" \
  "assess, existing PostgreSQL ledger" "$pg_existing" \
  "import 10,000 observations, SQLite (whole process)" "$sqlite_import" \
  "import 10,000 observations, PostgreSQL (whole process)" "$pg_import"
echo "ratios: new-ledger assess / --version = $(ratio "$fresh" "$version"); existing-ledger assess / --version = $(ratio "$existing" "$version");" \
  "existing-ledger assess / --data assess = $(ratio "$existing" "$files"); PostgreSQL / SQLite import = $(ratio "$pg_import" "$sqlite_import")"
