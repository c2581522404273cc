#!/usr/bin/env bash
# Recall and precision of `defacto ingest` on hand-annotated corpus documents (bench/extraction/annotations),
# scored with the acceptance checks' scorer. Usage: bench/extraction/evaluate.sh [path-to-defacto]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared"
defacto=${1:-"$shared/checks/defacto"}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for a in "${ANNOTATIONS:-$here/annotations}"/*.yaml; do
  name=$(basename "$a" .yaml)
  doc="$shared/corpus/$name.txt"
  [ -f "$doc" ] || { echo "$name: no corpus file"; continue; }
  "$defacto" ingest "$doc" --format json --no-store > "$tmp/$name.json" 2>"$tmp/$name.err" || { echo "$name: ingest failed: $(tail -1 "$tmp/$name.err")"; continue; }
  echo "== $name"
  python3 "$shared/checks/score-extraction.py" "$tmp/$name.json" "$a" | sed 's/^/   /'
  python3 "$shared/checks/score-extraction.py" "$tmp/$name.json" "$a" > "$tmp/$name.score" 2>&1
done
# Pooled over documents: required facts found, and candidates that match an annotated fact.
cat "$tmp"/*.score | python3 -c '
import re, sys
found = req = cands = correct = 0
obs = ev = 0
for line in sys.stdin:
    m = re.match(r"(observations|events): .* \((\d+) candidates\)", line)
    if m:
        if m.group(1) == "observations": obs = int(m.group(2))
        else: ev = int(m.group(2))
    m = re.match(r"overall: recall [\d.]+ precision ([\d.]+) \((\d+)/(\d+) expected found\)", line)
    if m:
        n = obs + ev
        cands += n; correct += round(float(m.group(1)) * n)
        found += int(m.group(2)); req += int(m.group(3))
print(f"pooled: recall {found}/{req} = {found / max(req, 1):.2f}, precision {correct}/{cands} = {correct / max(cands, 1):.2f}")
'
