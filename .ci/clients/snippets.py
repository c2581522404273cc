"""Finds the fenced code blocks of Markdown files and how each is checked, so that CI runs what the docs show.

Every fenced block of README.md and docs/*.md carries a marker, an HTML comment on the line just before
its opening fence, saying how it is checked:

    <!-- snippet: KIND [key=value ...][: reason] -->

KIND is one of (see docs_snippets.py, which runs all but `clients` and fails on a block with no marker):
  clients   run by .ci/clients.sh in the client it is written for (R, pandas, DuckDB, XeLaTeX, the shell)
  run       each command (a `$ ` line of a console block, else each line) runs against the built CLI
  output    a console transcript: its command runs and the output must show the same first line and the
            same line labels, in order (figures may change with the data)
  serve     each `defacto serve` line starts the server on a free port; the URLs docs/web.md documents
            must answer
  json      parses as JSON
  data      a dataset file: written as data/PATH into a copy of data/ (`path=`), which `defacto validate`
            must then read clean
  not-run   not run, for the reason given (required)
Keys: lines=1,3 (run only those lines of the block; the reason says why not the others), exit=N (the
documented exit code), setup='shell command' (run first in the work folder).

Usage as a script: snippets.py OUT_DIR FILE...  Writes OUT_DIR/NN.LANG for each block marked `clients`
and prints one line per such block: "NN LANG FILE:LINE".
"""
import os
import re
import shlex
import sys

EXTENSIONS = {"r": "R", "python": "py", "sql": "sql", "sh": "sh", "stata": "do", "latex": "tex", "console": "txt"}
KINDS = {"clients", "run", "output", "serve", "json", "data", "not-run"}
MARKER = re.compile(r"^<!--\s*snippet:\s*(?P<kind>[a-z-]+)(?P<args>(?:\s+[a-z]+=(?:'[^']*'|\"[^\"]*\"|\S+))*)\s*(?::\s*(?P<reason>.*?))?\s*-->\s*$")


def blocks(path):
    """Yields a dict per fenced block of PATH: file, line (of the first body line), lang, body, and the
    marker's kind, args and reason, or kind None with a problem when the marker is missing or malformed."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^```\s*([\w-]*)\s*$", lines[i])
        if not m:
            i += 1
            continue
        fence, lang, start = i, m.group(1).lower(), i + 1
        j = start
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        block = {"file": path, "line": start, "lang": lang, "body": "\n".join(lines[start:j]) + "\n",
                 "kind": None, "args": {}, "reason": "", "problem": None}
        i = j + 1
        before = lines[fence - 1] if fence > 0 else ""
        mm = MARKER.match(before)
        if not mm:
            block["problem"] = ("no `<!-- snippet: KIND -->` marker on the line before the block" if "snippet" not in before
                                else f"malformed marker: {before.strip()}")
        elif mm.group("kind") not in KINDS:
            block["problem"] = f"unknown snippet kind {mm.group('kind')!r} (one of {', '.join(sorted(KINDS))})"
        else:
            block["kind"], block["reason"] = mm.group("kind"), (mm.group("reason") or "").strip()
            for arg in shlex.split(mm.group("args") or ""):
                key, _, value = arg.partition("=")
                block["args"][key] = value
            if block["kind"] == "not-run" and not block["reason"]:
                block["problem"] = "a `not-run` block must say why: <!-- snippet: not-run: REASON -->"
            if "lines" in block["args"] and not block["reason"]:
                block["problem"] = "a block run only in part (`lines=`) must say why the other lines are not run"
        yield block


if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    n = 0
    for path in sys.argv[2:]:
        for b in blocks(path):
            if b["kind"] != "clients":
                continue
            n += 1
            name = f"{n:02d}.{EXTENSIONS.get(b['lang'], b['lang'])}"
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(b["body"])
            print(f"{n:02d} {b['lang']} {b['file']}:{b['line']}")
