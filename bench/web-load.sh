#!/usr/bin/env bash
# Load on the web app, on loopback only: the assessment API, the territory page and the trends page each
# at a fixed rate (default 200 requests/s for 60 s) with wrk, then a static file served by the same app at
# the same rate. Reports requests/s achieved, errors, and p50/p99 latency with their ratios to the static
# file's. Last, the cached territory pages again at the same rate while a second client asks as fast as it
# can for pages at random dates (ATTACK seconds, default 30): the cached pages' p99 under that load is
# compared with their quiet p99 (it must stay under 10x). On loopback every connection comes from
# 127.0.0.1, so the server is run as behind the documented proxy (127.0.0.1 a known proxy) and the
# second client names itself with X-Forwarded-For, as clients behind a proxy are told apart.
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

attack_seconds=${ATTACK:-30}
DeFacto__KnownProxies__0=127.0.0.1 "$DEFACTO" serve --urls "$base" --ledger "$work/ledger.db" >"$work/server.log" 2>&1 &
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
trends="/trends /trends?territories=$(echo $territories | tr ' ' ',')&from=2008&to=2026"
# Warm the cache, as a running server would be; the load measures serving, not the first Monte Carlo run.
for p in $api $page $trends; do curl -sf -o /dev/null --max-time 600 "$base$p"; done

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

cat >"$work/random.lua" <<'LUA'
local ids = {}
for p in string.gmatch(os.getenv("WRK_IDS"), "[^ ]+") do ids[#ids + 1] = p end
init = function() math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16)) end
request = function()
  local date = string.format("%04d-%02d-%02d", math.random(1995, 2025), math.random(1, 12), math.random(1, 28))
  return wrk.format("GET", "/territories/" .. ids[math.random(#ids)] .. "?asOf=" .. date, { ["X-Forwarded-For"] = "203.0.113.66" })
end
LUA

echo "rate target ${rate}/s for ${duration}s per target, $connections connections, loopback $base" >&2
{ run assessment-api "$api"; run trends-page "$trends"; run static-file "/static/site.css"; run territory-page "$page"; } >"$work/results.txt"
# The cached pages again, at the same rate, while random dates are asked for from another address.
WRK_IDS="$territories" wrk -t1 -c4 -d"$((attack_seconds + 4))s" -s "$work/random.lua" "$base" >"$work/random.txt" 2>&1 &
attacker=$!
sleep 2
saved=$duration; duration=$attack_seconds
run territory-under-random-dates "$page" >>"$work/results.txt"
duration=$saved
wait $attacker
python3 - "$work/random.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
total = int(re.search(r"(\d+) requests in", text).group(1))
refused = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", text)) else 0
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(f"random dates (X-Forwarded-For 203.0.113.66, 4 connections, unpaced): {total} requests, {rps:.1f}/s; answered {total - refused}, refused (429) {refused}", file=sys.stderr)
PY
python3 - "$work/results.txt" "$rate" <<'PY'
import sys
rows = {r[0]: r[1:] for r in (l.split() for l in open(sys.argv[1]))}
static = rows["static-file"]
target = float(sys.argv[2])
attacked = rows.pop("territory-under-random-dates")
print(f"{'target':16} {'req/s':>7} {'requests':>9} {'errors':>6} {'p50 ms':>8} {'p99 ms':>8} {'p50/static':>10} {'p99/static':>10}")
ok = True
for name, (rps, total, errors, p50, p99) in rows.items():
    r50 = float(p50) / float(static[3]); r99 = float(p99) / float(static[4])
    print(f"{name:16} {float(rps):7.1f} {int(total):9d} {int(errors):6d} {float(p50):8.2f} {float(p99):8.2f} {r50:10.2f} {r99:10.2f}")
    ok = ok and int(errors) == 0 and float(rps) >= 0.95 * target
print("held" if ok else "NOT held", f"{target:.0f} req/s without errors")
quiet = rows["territory-page"]
ratio = float(attacked[4]) / float(quiet[4])
print(f"{'cached page under random dates':32} {float(attacked[0]):7.1f} req/s, {int(attacked[2])} errors, p50 {float(attacked[3]):.2f} ms, p99 {float(attacked[4]):.2f} ms = {ratio:.2f}x its quiet p99 ({float(quiet[4]):.2f} ms)")
held = ratio < 10 and int(attacked[2]) == 0
print("held" if held else "NOT held", "p99 of a cached page under random dates < 10x its quiet p99")
sys.exit(0 if ok and held else 1)
PY
