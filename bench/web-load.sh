#!/usr/bin/env bash
# Load on the web app, on loopback only: the assessment API and the territory page each at a fixed rate
# (default 200 requests/s for 60 s) with wrk, then a static file served by the same app at the same rate.
# Reports requests/s achieved, errors, and p50/p99 latency with their ratios to the static file's.
#   bench/web-load.sh                 # 60 s per target
#   DURATION=15 bench/web-load.sh     # a quicker look
# Needs wrk (apt-get install wrk). DEFACTO=path/to/defacto uses a built CLI instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${RATE:-200}; duration=${DURATION:-60}; connections=${CONNECTIONS:-20}
port=${PORT:-$((30000 + RANDOM % 20000))}; base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/defacto-web-load.XXXXXX)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

if [ -z "${DEFACTO:-}" ]; then
  echo "building the CLI (Release)..." >&2
  dotnet build src/DeFacto.Cli -c Release -o "$work/bin" -nologo -v q >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
  DEFACTO="$work/bin/defacto"
fi

"$DEFACTO" serve --urls "$base" --ledger "$work/ledger.db" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do curl -sf "$base/" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$base/" >/dev/null || { echo "the server did not start:"; tail -20 "$work/server.log"; exit 1; }

territories=$(curl -sf "$base/api/territories" | python3 -c 'import json,sys; print(" ".join(t["id"] for t in json.load(sys.stdin)))')
api=""; page=""
for t in $territories; do
  api="$api /api/territories/$t/assessment?asOf=2015-06-30&basis=commitments"
  page="$page /territories/$t?asOf=2015-06-30"
done
# Warm the cache, as a running server would be; the load measures serving, not the first Monte Carlo run.
for p in $api $page; do curl -sf -o /dev/null "$base$p"; done

# wrk has no rate option: each connection waits DELAY ms before each request, so the rate is at most
# connections × 1000 / DELAY. A little under the period leaves room for the request's own latency.
delay=$(( connections * 1000 / rate - 2 ))
cat >"$work/paced.lua" <<'LUA'
local paths = {}
for p in string.gmatch(os.getenv("WRK_PATHS"), "[^ ]+") do paths[#paths + 1] = p end
local i = 0
local pause = tonumber(os.getenv("WRK_DELAY_MS"))
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
delay = function() return pause end
LUA

run() { # name, paths
  WRK_PATHS="$2" WRK_DELAY_MS=$delay wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/paced.lua" "$base" >"$work/$1.txt" 2>&1
  python3 - "$work/$1.txt" "$1" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", text)) else 0
sock = sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
print(f"{sys.argv[2]} {rps:.1f} {total} {non2xx + sock} {ms('50'):.3f} {ms('99'):.3f}")
PY
}

echo "rate target ${rate}/s for ${duration}s per target, $connections connections, loopback $base" >&2
{ run assessment-api "$api"; run territory-page "$page"; run static-file "/static/site.css"; } >"$work/results.txt"
python3 - "$work/results.txt" "$rate" <<'PY'
import sys
rows = {r[0]: r[1:] for r in (l.split() for l in open(sys.argv[1]))}
static = rows["static-file"]
target = float(sys.argv[2])
print(f"{'target':16} {'req/s':>7} {'requests':>9} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'p50/static':>10} {'p99/static':>10}")
ok = True
for name, (rps, total, errors, p50, p99) in rows.items():
    r50 = float(p50) / float(static[3]); r99 = float(p99) / float(static[4])
    print(f"{name:16} {float(rps):7.1f} {int(total):9d} {int(errors):6d} {float(p50):8.2f} {float(p99):8.2f} {r50:10.2f} {r99:10.2f}")
    ok = ok and int(errors) == 0 and float(rps) >= 0.95 * target
print("held" if ok else "NOT held", f"{target:.0f} req/s without errors")
sys.exit(0 if ok else 1)
PY
