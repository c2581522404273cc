"""Runs every fenced block of README.md and docs/*.md as its marker says (see snippets.py for the markers),
and fails on a block with no marker, so that a new snippet cannot slip in unchecked.

Usage: docs_snippets.py --defacto PROGRAM [FILE...]   (default: README.md and docs/*.md)

PROGRAM is the built CLI; it is put on PATH as `defacto`. Every command runs with bash in a work folder
laid out like a checkout (a copy of data/, the other top-level entries linked), with HOME, the ledger
(DEFACTO_LEDGER) and XDG_DATA_HOME in a temporary folder, so nothing outside it changes. Blocks marked
`clients` are only listed here (.ci/clients.sh runs them and counts them). Prints "ok", "FAIL", "not-run"
or "clients" per block and a last line "docs-snippets passed=N failed=N not-run=N clients=N"; exits
non-zero on any failure.
"""
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from snippets import blocks  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
TIMEOUT = 300  # seconds for one command (a `dotnet build` on 2 cores included)


class Failure(Exception):
    pass


def main(argv):
    if len(argv) < 2 or argv[0] != "--defacto":
        sys.exit("usage: docs_snippets.py --defacto PROGRAM [FILE...]")
    program, files = os.path.abspath(argv[1]), argv[2:]
    os.chdir(REPO)
    files = files or ["README.md"] + sorted(glob.glob("docs/*.md"))
    tmp = tempfile.mkdtemp(prefix="defacto-snippets-")
    try:
        env = environment(tmp, program)
        counts = {"ok": 0, "FAIL": 0, "not-run": 0, "clients": 0}
        for path in files:
            found = list(blocks(path))
            print(f"-- {path}: {len(found)} block(s)")
            for b in found:
                where = f"{b['file']}:{b['line']} ({b['lang'] or 'no language'}, {b['kind'] or 'unmarked'})"
                started = time.monotonic()
                try:
                    if b["problem"]:
                        raise Failure(b["problem"])
                    note = check(b, env, tmp)
                    status = b["kind"] if b["kind"] in ("not-run", "clients") else "ok"
                except Failure as e:
                    status, note = "FAIL", str(e)
                counts[status] += 1
                print(f"{status:<7} {where} {time.monotonic() - started:.1f} s" + (f" — {note}" if note and status != "FAIL" else ""))
                if status == "FAIL":
                    shown = note.strip().split("\n")
                    for line in shown[:1] + (["..."] if len(shown) > 25 else []) + shown[1:][-24:]:
                        print("        " + line)
        print(f"docs-snippets passed={counts['ok']} failed={counts['FAIL']} not-run={counts['not-run']} clients={counts['clients']}")
        return 1 if counts["FAIL"] else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def environment(tmp, program):
    shims = os.path.join(tmp, "bin")
    os.makedirs(shims)
    with open(os.path.join(shims, "defacto"), "w") as f:
        f.write(f'#!/bin/sh\nexec "{program}" "$@"\n')
    os.chmod(os.path.join(shims, "defacto"), 0o755)
    env = dict(os.environ)
    env.update(PATH=shims + os.pathsep + env["PATH"], HOME=os.path.join(tmp, "home"),
               DEFACTO_LEDGER=os.path.join(tmp, "ledger.db"), XDG_DATA_HOME=os.path.join(tmp, "xdg"),
               DOTNET_NOLOGO="1", DOTNET_CLI_TELEMETRY_OPTOUT="1")
    os.makedirs(env["HOME"])
    # NuGet keeps its settings and package cache under HOME: linked, so that a build's restore is the same
    # as outside (a different one would rebuild every project).
    nuget = os.path.join(os.path.expanduser("~"), ".nuget")
    if os.path.isdir(nuget):
        os.symlink(nuget, os.path.join(env["HOME"], ".nuget"))
    return env


def workdir(tmp, name):
    """A folder laid out like a checkout: its own copy of data/, the rest linked to the repository."""
    work = os.path.join(tmp, name)
    os.makedirs(work)
    for entry in os.listdir(REPO):
        if entry in (".git", "data"):
            continue
        os.symlink(os.path.join(REPO, entry), os.path.join(work, entry))
    shutil.copytree(os.path.join(REPO, "data"), os.path.join(work, "data"))
    return work


def commands(b):
    """The block's commands: the `$ ` lines of a console block, else every line that is not blank or a comment;
    `lines=` picks some of them (1-based, in that list)."""
    if b["lang"] == "console":
        cmds = [line[2:] for line in b["body"].split("\n") if line.startswith("$ ")]
    else:
        cmds = [line for line in b["body"].split("\n") if line.strip() and not line.lstrip().startswith("#")]
    if "lines" in b["args"]:
        picked = [int(n) for n in b["args"]["lines"].split(",")]
        if any(n < 1 or n > len(cmds) for n in picked):
            raise Failure(f"lines={b['args']['lines']} but the block has {len(cmds)} command(s)")
        cmds = [cmds[n - 1] for n in picked]
    if not cmds:
        raise Failure("no command to run in the block")
    return cmds


def sh(cmd, env, cwd, stdin=subprocess.DEVNULL):
    try:
        return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], env=env, cwd=cwd, stdin=stdin,
                              capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failure(f"`{cmd}` took longer than {TIMEOUT} s")


def run_checked(cmd, env, cwd, expected):
    r = sh(cmd, env, cwd)
    if r.returncode != expected:
        raise Failure(f"`{cmd}` exited {r.returncode}, expected {expected}\n{r.stdout[-1500:]}\n{r.stderr[-1500:]}")
    return r


def check(b, env, tmp):
    kind, args = b["kind"], b["args"]
    if kind == "not-run":
        return b["reason"]
    if kind == "clients":
        if b["lang"] not in ("sh", "r", "python", "sql", "latex"):
            raise Failure(f".ci/clients.sh has no client for a `{b['lang']}` block")
        return "run by .ci/clients.sh"
    if kind == "json":
        try:
            json.loads(b["body"])
        except ValueError as e:
            raise Failure(f"not JSON: {e}")
        return None
    work = workdir(tmp, f"w{b['line']}-{os.path.basename(b['file'])}")
    if "setup" in args:
        run_checked(args["setup"], env, work, 0)
    if kind == "run":
        # in=repo: in the checkout itself, for the commands that build it (a linked copy confuses the build's
        # analyzer configuration); they write only build outputs there and under the temporary HOME.
        cwd = REPO if args.get("in") == "repo" else work
        for cmd in commands(b):
            run_checked(cmd, env, cwd, int(args.get("exit", "0")))
        return b["reason"] or None
    if kind == "output":
        return check_output(b, env, work)
    if kind == "data":
        return check_data(b, env, work)
    if kind == "serve":
        return check_serve(b, env, work)
    raise Failure(f"no check for kind {kind}")


def check_output(b, env, work):
    """The transcript's command runs; its output's first line is the transcript's, and every other shown line's
    label (its first word) starts a line of the output, in the transcript's order. `...` stands for lines left out."""
    lines = b["body"].rstrip("\n").split("\n")
    if not lines[0].startswith("$ ") or sum(1 for line in lines if line.startswith("$ ")) != 1:
        raise Failure("an `output` block is one `$ command` line followed by its output")
    r = run_checked(lines[0][2:], env, work, int(b["args"].get("exit", "0")))
    actual = r.stdout.rstrip("\n").split("\n")
    shown = [line for line in lines[1:] if line.strip() and line.strip() != "..."]
    if not shown:
        raise Failure("the transcript shows no output")
    if actual[0].rstrip() != shown[0].rstrip():
        raise Failure(f"first line differs:\n  documented: {shown[0]}\n  printed:    {actual[0]}")
    at = 1
    for line in shown[1:]:
        label = line.split()[0]
        while at < len(actual) and (not actual[at].strip() or actual[at].split()[0] != label):
            at += 1
        if at == len(actual):
            raise Failure(f"no line labelled {label!r} (documented: {line.strip()!r}) where the transcript shows it; printed:\n"
                          + r.stdout[:2000])
        at += 1
    return f"{len(shown)} line(s) matched"


def check_data(b, env, work):
    """The example, written as data/PATH beside the bundled dataset (over the file of that name, if any), reads
    clean. rename=yes gives its listed records (`  - id: X`) ids of their own, for an example that shows
    records the dataset already has."""
    if "path" not in b["args"]:
        raise Failure("a `data` block needs path=FILE (relative to data/)")
    if "..." in b["body"]:
        raise Failure("the example has `...` placeholders: a dataset file must be complete")
    body = b["body"]
    if b["args"].get("rename") == "yes":
        body = re.sub(r"(?m)(?<=^  - id: )([a-z0-9-]+)", r"\1-documented-example", body)
    target = os.path.join(work, "data", b["args"]["path"])
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8") as f:
        f.write(body)
    r = run_checked("defacto validate --data data", env, work, 0)
    return r.stdout.split("\n")[0][:100]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def documented_urls():
    """The pages and API paths docs/web.md lists (in backticks), with example values for their placeholders."""
    with open(os.path.join(REPO, "docs", "web.md"), encoding="utf-8") as f:
        text = f.read()
    urls = []
    # The paths of the page and API tables' rows, and where the OpenAPI document and reference are.
    listed = "\n".join(line for line in text.split("\n") if line.startswith("| ") or line.startswith("OpenAPI"))
    for path in re.findall(r"`(?:GET )?(/[^`\s]*)`", listed):
        if "{" in path and "{id}" not in path:
            continue
        path = (path.replace("{id}", "south-ossetia").replace("t=a&t=b", "t=south-ossetia&t=abkhazia")
                .replace("territories=a,b", "territories=south-ossetia,abkhazia").replace("from=YYYY&to=YYYY", "from=2010&to=2016")
                .replace("\\|", "|"))
        path = re.sub(r"sort=[^&]*", "sort=date", path)
        if "?" in path:  # drop the parameters the table leaves empty
            base, query = path.split("?", 1)
            kept = [p for p in query.split("&") if not p.endswith("=")]
            path = base + ("?" + "&".join(kept) if kept else "")
        if path not in urls:
            urls.append(path)
    return urls


def check_serve(b, env, work):
    urls = documented_urls()
    if len(urls) < 10:
        raise Failure(f"docs/web.md lists only {len(urls)} path(s): {urls}")
    for cmd in commands(b):
        port = free_port()
        address = f"http://127.0.0.1:{port}"
        cmd = re.sub(r"#.*$", "", cmd).strip()
        if not cmd.startswith("defacto serve"):
            raise Failure(f"a `serve` block runs `defacto serve` lines, not `{cmd}`")
        cmd = re.sub(r"--urls\s+(\"[^\"]*\"|\S+)", f'--urls "{address}"', cmd) if "--urls" in cmd else cmd + f' --urls "{address}"'
        log = open(os.path.join(work, "serve.log"), "w+")
        proc = subprocess.Popen(["bash", "-c", "exec " + cmd], env=env, cwd=work, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while True:
                if proc.poll() is not None:
                    log.seek(0)
                    raise Failure(f"`{cmd}` exited {proc.returncode} before answering\n{log.read()[-2000:]}")
                try:
                    urllib.request.urlopen(address + "/api/territories", timeout=5).read()
                    break
                except (urllib.error.URLError, ConnectionError, OSError):
                    if time.monotonic() > deadline:
                        raise Failure(f"`{cmd}` did not answer on {address} within 60 s")
                    time.sleep(0.3)
            bad = []
            for path in urls:
                try:
                    with urllib.request.urlopen(address + path, timeout=30) as resp:
                        if resp.status != 200 or not resp.read():
                            bad.append(f"{path}: {resp.status}")
                except urllib.error.HTTPError as e:
                    bad.append(f"{path}: {e.code}")
                except (urllib.error.URLError, OSError) as e:
                    bad.append(f"{path}: {e}")
            if bad:
                raise Failure(f"`{cmd}`: documented URLs that did not answer 200:\n" + "\n".join(bad))
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()
    return f"{len(urls)} documented URL(s) answered 200 under each of {len(commands(b))} command(s)"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
