"""Extracts the code snippets about exports from Markdown files, so that CI runs exactly what the docs show.

Usage: snippets.py OUT_DIR FILE...  Writes OUT_DIR/NN.LANG (one file per fenced block) and prints one
line per block: "NN LANG FILE:LINE". Every block of docs/exports.md counts; in other files, a block
counts when it is about exports or the .NET tool (it names an export folder, `defacto export`,
`defacto cite`, `dotnet pack` or `dotnet tool`).
"""
import os
import re
import sys

ABOUT_EXPORTS = re.compile(r"defacto-(csv|parquet|xlsx|json)|defacto (export|cite)|dotnet (pack|tool)")
EXTENSIONS = {"r": "R", "python": "py", "sql": "sql", "sh": "sh", "stata": "do", "latex": "tex", "console": "txt"}

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
n = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\w+)\s*$", lines[i])
        if not m:
            i += 1
            continue
        lang, start = m.group(1).lower(), i + 1
        j = start
        while j < len(lines) and not lines[j].startswith("```"):
            j += 1
        body = "\n".join(lines[start:j]) + "\n"
        i = j + 1
        if os.path.basename(path) != "exports.md" and not ABOUT_EXPORTS.search(body):
            continue
        n += 1
        name = f"{n:02d}.{EXTENSIONS.get(lang, lang)}"
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(body)
        print(f"{n:02d} {lang} {path}:{start}")
