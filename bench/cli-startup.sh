#!/usr/bin/env bash
# Whole-process cost of `defacto` against `defacto --version` of the same build, side by side in one run:
#   assess on an existing SQLite ledger (goal: under 2x --version CPU), assess creating a new ledger (goal:
#   under 4x), and one batch call of 1,000 assessments (8 territories x 125 month-ends; goal: under 3 s),
#   whose lines are checked byte for byte against separate single calls for a sample. Those run in process
#   (DEFACTO_DAEMON=0); then assess again through a warm daemon (`defacto daemon run`), counting the CPU of both
#   processes: the caller's (median) and the daemon's share (its CPU over the runs, from /proc, divided by the runs).
# CPU is user + system time of the process (steadier than wall time on a shared machine); medians of RUNS.
# Usage: bench/cli-startup.sh [runs]          (default 10)
#   BUILD=publish (default): `dotnet publish -r <this machine's RID>`: the csproj makes that the self-contained
#                            composite ReadyToRun build (the fastest to start; several minutes to compile)
#   BUILD=build:             plain `dotnet build -c Release` (JIT only), for comparison
#   BIN=/path/to/folder:     time an existing build instead of building
#   SELF_CONTAINED=false:    publish framework-dependent (per-assembly ReadyToRun, the runtime installed on the machine)
#   PUBLISH_ARGS='...':      extra arguments for that `dotnet publish`, to compare publish configurations, e.g.
#                            SELF_CONTAINED=true PUBLISH_ARGS=-p:PublishReadyToRunComposite=true
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
if [ -n "${BIN:-}" ]; then
  bindir=$BIN
elif [ "${BUILD:-publish}" = build ]; then
  dotnet build "$root/src/DeFacto.Cli" -c Release -o "$out/bin" -nologo -v q >/dev/null
  bindir=$out/bin
else
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  # The runtime-specific intermediates are rebuilt every time: after a publish of another configuration (say a
  # self-contained composite) the SDK would otherwise reuse its ReadyToRun images, and that program aborts at start.
  rm -rf "$root"/src/*/obj/Release/net10.0/"$rid" "$root"/src/*/bin/Release/net10.0/"$rid"
  dotnet publish "$root/src/DeFacto.Cli" -c Release -r "$rid" ${SELF_CONTAINED:+-p:SelfContained=$SELF_CONTAINED} ${PUBLISH_ARGS:-} -o "$out/bin" -nologo -v q >/dev/null
  bindir=$out/bin
fi

python3 - "$bindir/defacto" "$out" "$runs" <<'PY'
import json, os, resource, statistics, subprocess, sys, time
exe, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
ledger = os.path.join(work, "ledger.db")
runtime = os.path.join(work, "run")  # the daemon's socket folder, private to this benchmark
os.mkdir(runtime, 0o700)
env = dict(os.environ, DEFACTO_LEDGER=ledger, XDG_RUNTIME_DIR=runtime, DEFACTO_DAEMON="0")
tick = os.sysconf("SC_CLK_TCK")

def run(args, fresh=False, stdout=subprocess.DEVNULL, check=True, daemon=False):
    """CPU (user + system) and wall ms of one process; fresh: remove the ledger first (not timed)."""
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(ledger + suffix):
                os.remove(ledger + suffix)
    r0, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    p = subprocess.run([exe, *args], env=dict(env, DEFACTO_DAEMON="1") if daemon else env, stdout=stdout, stderr=subprocess.DEVNULL)
    t1, r1 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0 and check:
        sys.exit(f"cli-startup: defacto {' '.join(args)} exited {p.returncode}")
    cpu = (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) * 1000
    return cpu, (t1 - t0) * 1000, p.stdout if p.returncode == 0 else None

def median(args, fresh=False, n=runs):
    samples = [run(args, fresh)[:2] for _ in range(n)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)

assess = ["assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments"]
run(assess, fresh=True)  # the existing ledger the next timings open
rows = [("defacto --version", median(["--version"]), "")]
rows.append(("assess, existing ledger (table)", median(assess), "goal < 2x"))
rows.append(("assess, existing ledger (json)", median(assess + ["--format", "json"]), "goal < 2x"))
rows.append(("assess, new ledger (first run)", median(assess, fresh=True), "goal < 4x"))
run(assess, fresh=True)
territories = ["south-ossetia", "abkhazia", "crimea", "transnistria", "northern-cyprus", "nagorno-karabakh", "donetsk", "luhansk"]
batch = ["assess", *territories, "--as-of", "2015-01..2025-05", "--basis", "commitments"]
cpu, wall, lines = run(batch, stdout=subprocess.PIPE, check=False)
v = rows[0][1]
print(f"{'whole process (median of %d)' % runs:40} {'CPU ms':>8} {'wall ms':>8} {'CPU ratio':>10} {'wall ratio':>10}")
for name, (c, w), goal in rows:
    print(f"{name:40} {c:8.0f} {w:8.0f} {c / v[0]:9.2f}x {w / v[1]:9.2f}x  {goal}")
if lines is None:
    sys.exit("batch: this build has no batch mode (defacto assess with several territories failed)")
lines = lines.decode().splitlines()
batch_runs = [run(batch)[:2] for _ in range(max(3, runs // 3))] + [(cpu, wall)]
bcpu, bwall = statistics.median(s[0] for s in batch_runs), statistics.median(s[1] for s in batch_runs)

def compact(text):  # whitespace between JSON tokens removed, every other byte kept
    out, in_string, escaped = [], False, False
    for c in text:
        if in_string:
            out.append(c)
            in_string, escaped = (True, False) if escaped else (c != '"', c == "\\")
        elif not c.isspace():
            out.append(c)
            in_string = c == '"'
    return "".join(out)

sample = list(range(0, len(lines), max(1, len(lines) // 20)))
same = 0
for i in sample:
    obj = json.loads(lines[i])
    _, _, single = run(["assess", obj["territory"], "--as-of", obj["asOf"], "--basis", "commitments", "--format", "json"], stdout=subprocess.PIPE)
    same += compact(single.decode()) == lines[i]

print(f"{'batch: %d assessments in one call' % len(lines):40} {bcpu:8.0f} {bwall:8.0f} {bcpu / v[0]:9.2f}x {bwall / v[1]:9.2f}x  goal < 3000 ms")
print(f"batch lines identical to single calls: {same}/{len(sample)} sampled; "
      f"{len(lines)} separate calls would cost about {rows[1][1][0] * len(lines) / 1000:.0f} s CPU")
if same != len(sample) or len(lines) != 1000:
    sys.exit("cli-startup: the batch differs from single calls")

# The same assessments through a warm daemon: the caller's CPU, and the caller's plus the daemon's share.
daemon = subprocess.Popen([exe, "daemon", "run", "--idle-minutes", "5"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(200):
        if run(["daemon", "status"], stdout=subprocess.PIPE)[2].startswith(b"running"):
            break
        time.sleep(0.05)
    else:
        sys.exit("cli-startup: the daemon did not start")

    def daemon_ms():
        fields = open(f"/proc/{daemon.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / tick

    def via_daemon(args, fresh=False):
        in_process = run(args, stdout=subprocess.PIPE)[2] if not fresh else None
        for _ in range(60):  # warm the daemon up: its first requests compile (and then recompile, optimised) what they run
            run(args, fresh, daemon=True)
        d0 = daemon_ms()
        samples = [run(args, fresh, stdout=subprocess.PIPE, daemon=True) for _ in range(runs)]
        share = (daemon_ms() - d0) / runs
        if in_process is not None and any(s[2] != in_process for s in samples):
            sys.exit("cli-startup: the daemon's answer differs from the in-process one")
        c = statistics.median(s[0] for s in samples)
        return c, c + share

    single = ["assess", "south-ossetia", "--as-of", "2015-06-30", "--basis", "commitments"]
    run(single, fresh=True)
    for name, (client, total) in [("assess, existing ledger, warm daemon", via_daemon(single)),
                                  ("assess, existing ledger, warm daemon, json", via_daemon(single + ["--format", "json"])),
                                  ("assess, new ledger, warm daemon", via_daemon(single, fresh=True))]:
        print(f"{name:40} caller {client:5.0f} ms CPU ({client / v[0]:.2f}x); caller + daemon {total:5.0f} ms ({total / v[0]:.2f}x)")
finally:
    subprocess.run([exe, "daemon", "stop"], env=env, stdout=subprocess.DEVNULL)
    daemon.wait(timeout=30)
PY
