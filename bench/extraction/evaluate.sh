#!/usr/bin/env bash
# Recall and precision of `defacto ingest` on hand-annotated corpus documents (bench/extraction/annotations),
# scored with the acceptance checks' scorer. Usage: bench/extraction/evaluate.sh [path-to-defacto]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared"
defacto=${1:-"$shared/checks/defacto"}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for a in "$here"/annotations/*.yaml; do
  name=$(basename "$a" .yaml)
  doc="$shared/corpus/$name.txt"
  [ -f "$doc" ] || { echo "$name: no corpus file"; continue; }
  "$defacto" ingest "$doc" --format json > "$tmp/$name.json" 2>"$tmp/$name.err" || { echo "$name: ingest failed: $(tail -1 "$tmp/$name.err")"; continue; }
  echo "== $name"
  python3 "$shared/checks/score-extraction.py" "$tmp/$name.json" "$a" | sed 's/^/   /'
  cat "$tmp/$name.json" >> "$tmp/all.txt"
done
