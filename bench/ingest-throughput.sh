#!/usr/bin/env bash
# Whole-process throughput of the ingestion pipeline against grep over the same corpus.
#
# Builds a corpus of about TARGET_MB megabytes (default 50) in a temporary folder by repeating and
# varying the development texts in ../shared/corpus (figures, dates and sentence order change between
# copies), writes the codebook's cue terms one per line, then times
#   grep -c -i -F -f cue-terms.txt   (the baseline: find the cue terms, nothing else)
#   DeFacto.Ingestion.Bench          (read, clean, split, parse, match, extract every document)
# and prints MB/s for both and their ratio. Run from anywhere: bench/ingest-throughput.sh [TARGET_MB]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
corpus=${CORPUS_DIR:-$repo/../shared/corpus}
target_mb=${1:-50}
[ -d "$corpus" ] || { echo "ingest-throughput: no corpus at $corpus (set CORPUS_DIR)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building the harness (Release)…" >&2
dotnet build "$here/DeFacto.Ingestion.Bench" -c Release -o "$work/bin" -v quiet -nologo >&2
harness="$work/bin/DeFacto.Ingestion.Bench"

echo "generating a ${target_mb} MB corpus in $work/docs…" >&2
python3 - "$corpus" "$work/docs" "$target_mb" <<'PY'
import os, random, re, sys
src, out, target = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1_000_000
os.makedirs(out)
texts = []
for name in sorted(os.listdir(src)):
    if name.endswith(".txt") or name.endswith(".md"):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            texts.append((name, f.read()))
rng = random.Random(20150318)
def vary(text, k):
    # change every figure a little and shuffle sentence order inside paragraphs
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + k % 7) if len(m.group()) < 6 else m.group(), text)
    paras = text.split("\n")
    for i, p in enumerate(paras):
        s = re.split(r"(?<=[.!?]) ", p)
        if len(s) > 2 and rng.random() < 0.5:
            head, rest = s[0], s[1:]
            rng.shuffle(rest)
            paras[i] = " ".join([head] + rest)
    return "\n".join(paras)
size, k = 0, 0
while size < target:
    for name, text in texts:
        body = vary(text, k)
        path = os.path.join(out, f"{k:04d}-{name}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)
        size += len(body.encode("utf-8"))
        if size >= target:
            break
    k += 1
print(f"{size} bytes in {len(os.listdir(out))} files", file=sys.stderr)
PY

"$harness" "$repo/data" terms "$work/cue-terms.txt"
bytes=$(cat "$work"/docs/* | wc -c)
echo "cue terms: $(wc -l < "$work/cue-terms.txt"); corpus: $bytes bytes in $(ls "$work/docs" | wc -l) files" >&2

# Warm the page cache so both runs read from memory.
cat "$work"/docs/* > /dev/null

# Each timing is wall-clock and CPU (user + system): on a shared, loaded machine the CPU ratio is the steadier one.
TIMEFORMAT='%R %U %S'
{ time grep -c -i -F -f "$work/cue-terms.txt" -r "$work/docs" > "$work/grep.out" || true; } 2> "$work/grep.time"
read -r grep_s grep_u grep_k < "$work/grep.time"

# The same grep over the ASCII cue terms only: non-ASCII terms (Cyrillic, German) make grep -i fold
# multibyte case and run several times slower, which would flatter the ratio.
LC_ALL=C grep -v '[^ -~]' "$work/cue-terms.txt" > "$work/cue-terms-ascii.txt" || true
{ time grep -c -i -F -f "$work/cue-terms-ascii.txt" -r "$work/docs" > "$work/grep-ascii.out" || true; } 2> "$work/grep-ascii.time"
read -r grepa_s grepa_u grepa_k < "$work/grep-ascii.time"

{ time "$harness" "$repo/data" throughput "$work/docs" > "$work/pipe.out"; } 2> "$work/pipe.time"
read -r pipe_s pipe_u pipe_k < "$work/pipe.time"
read -r _ inner_s inner_mbs candidates errors inner_cpu < "$work/pipe.out"

awk -v bytes="$bytes" -v g="$grep_s" -v gc="$grep_u $grep_k" -v ga="$grepa_s" -v gac="$grepa_u $grepa_k" -v p="$pipe_s" -v pc="$pipe_u $pipe_k" \
    -v is="$inner_s" -v im="$inner_mbs" -v icpu="$inner_cpu" -v c="$candidates" -v e="$errors" 'BEGIN {
  mb = bytes / 1e6
  split(gc, a, " "); gcpu = a[1] + a[2]
  split(pc, b, " "); pcpu = b[1] + b[2]
  printf "corpus: %.1f MB\n", mb
  split(gac, ga2, " "); gacpu = ga2[1] + ga2[2]
  printf "grep -c -i -F -f:          %8.2f MB/s wall (%.3f s)   %8.2f MB/s cpu (%.3f s)\n", mb / g, g, mb / gcpu, gcpu
  printf "grep, ASCII cue terms:     %8.2f MB/s wall (%.3f s)   %8.2f MB/s cpu (%.3f s)\n", mb / ga, ga, mb / gacpu, gacpu
  printf "ingestion, whole process:  %8.2f MB/s wall (%.3f s)   %8.2f MB/s cpu (%.3f s)  [start-up, data/ load, file reads included]\n", mb / p, p, mb / pcpu, pcpu
  printf "ingestion, in-process:     %8.2f MB/s wall (%.3f s)   %8.2f MB/s cpu (%.3f s)  [%s candidates, %s document errors]\n", im, is, mb / icpu, icpu, c, e
  printf "ratio ingestion/grep, whole process: %.1fx wall, %.1fx cpu (against grep over ASCII terms: %.1fx wall, %.1fx cpu)\n", p / g, pcpu / gcpu, p / ga, pcpu / gacpu
}'
