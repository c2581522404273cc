#!/usr/bin/env bash
# Per-document and pooled recall/precision of `defacto ingest` on sets of expected-facts files, scored
# with ../shared/checks/score-extraction.py, plus calibration (of proposals at confidence >= 0.7, the
# share that match an expected fact).
#
# usage: bench/extraction/evaluate-gold.sh [--verbose] [DEFACTO] [-- SET...]
#   SET is a folder of expected-facts YAML files; the default sets are
#   ../shared/corpus-gold (independent coder), bench/extraction/annotations and
#   bench/extraction/own (this project's annotations), tests/fixtures/ingestion/corpus-sample, and the seed.
# Each set is reported separately, so that tuning to one shows up as a gap against the others.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared"
verbose=""
[ "${1:-}" = "--verbose" ] && { verbose=1; shift; }
defacto=${1:-"$shared/checks/defacto"}
shift || true
[ "${1:-}" = "--" ] && shift
sets=("$@")
[ ${#sets[@]} -gt 0 ] || sets=("$shared/corpus-gold" "$here/annotations" "$here/own" "$root/tests/fixtures/ingestion/corpus-sample" "$shared/seed")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export DEFACTO_LEDGER="$tmp/ledger.db"
for set in "${sets[@]}"; do
  [ -d "$set" ] || continue
  out="$tmp/$(basename "$set")"; mkdir -p "$out"
  for a in "$set"/*.yaml; do
    b=$(basename "$a" .yaml)
    if [ "$b" = expected-facts ]; then doc="$set/fiia-comment-9-2015.md"; else doc=$(ls "$shared/corpus/$b".* 2>/dev/null | head -1); fi
    [ -n "$doc" ] && [ -f "$doc" ] || continue
    "$defacto" ingest "$doc" --format json --no-store > "$out/$b.json" 2>"$out/$b.err" \
      || echo '{"observations":[],"events":[],"failed":true}' > "$out/$b.json"
  done
  python3 - "$out" "$set" "$shared/checks/score-extraction.py" "$verbose" <<'PY'
import json, os, sys, importlib.util, yaml
out, gold_dir, scorer, verbose = sys.argv[1:5]
spec = importlib.util.spec_from_file_location("s", scorer); s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
req = found = cands = correct = failed = 0
hi = hi_right = 0
bins = {}
name = os.path.basename(gold_dir.rstrip("/"))
print(f"== {name}")
for f in sorted(os.listdir(gold_dir)):
    if not f.endswith(".yaml"): continue
    b = f[:-5]
    p = os.path.join(out, b + ".json")
    if not os.path.exists(p): continue
    g = yaml.safe_load(open(os.path.join(gold_dir, f)))
    if not isinstance(g, dict): continue
    o = json.load(open(p))
    failed += bool(o.get("failed"))
    dr = df = dc = dk = 0
    lines = []
    for key, m in (("observations", s.obs_match), ("events", s.event_match)):
        gs, cs = g.get(key) or [], o.get(key) or []
        r, pr, missed, wrong = s.score(cs, gs, m)
        n = len([x for x in gs if not x.get("optional")])
        dr += n; df += n - len(missed); dc += len(cs); dk += len(cs) - wrong
        for c in cs:
            ok = any(m(c, x) for x in gs)
            conf = c.get("confidence") or 0
            k = min(int(conf * 10), 9) / 10
            t = bins.setdefault(k, [0, 0]); t[0] += 1; t[1] += ok
            if conf >= 0.7:
                hi += 1; hi_right += ok
            if not ok:
                lines.append("   wrong: " + json.dumps({k2: c.get(k2) for k2 in ("territory", "indicator", "type", "date", "value", "low", "high", "category", "confidence", "quote") if c.get(k2) is not None}, ensure_ascii=False))
        for x in missed:
            lines.append("   missed: " + json.dumps({k2: x.get(k2) for k2 in ("territory", "indicator", "type", "date", "value", "low", "high", "category", "quote") if x.get(k2) is not None}, ensure_ascii=False, default=str))
    req += dr; found += df; cands += dc; correct += dk
    print(f"  {b}: found {df}/{dr}, right {dk}/{dc}")
    if verbose:
        for l in lines: print(l)
R = found / req if req else 1.0; P = correct / cands if cands else 1.0
print(f"  {name} pooled: recall {R:.2f} ({found}/{req}), precision {P:.2f} ({correct}/{cands}), {failed} failed")
print(f"  calibration: confidence >= 0.7: {hi_right}/{hi} right ({hi_right / hi if hi else 0:.2f}); by bin: "
      + ", ".join(f"{k:.1f}: {v[1]}/{v[0]}" for k, v in sorted(bins.items())))
PY
done
