#!/usr/bin/env python3
"""Fills in `accessed` for sources that lack it, from the dataset's git history.

Usage: tools/source-accessed.py [--check] [SOURCES_DIR]   (default: data/sources, run from the repository)

A source that entered the dataset before sources had an `accessed` field was read by its coder on the
day it was added: that day is the first commit (author date, YYYY-MM-DD) whose diff adds the line
`- id: <source-id>` under SOURCES_DIR, across every commit of every branch merged into HEAD. The script
inserts `accessed: <that day>` after the source's `url:` line (or after `published:` or `title:` when it
has no URL), leaving every other line as it is, and never changes an `accessed` already given. A source
that no commit adds yet (not committed) is listed and left without the field. A day before the
source's own publication date is not written (the dataset reader would refuse it) but listed.
With --check it changes nothing and exits 1 when a source could be filled in.
"""
import os
import re
import subprocess
import sys

ID_LINE = re.compile(r"^  - id:\s*(\S+)\s*$")
ADDED_ID = re.compile(r"^\+\s*- id:\s*(\S+)\s*$")
FIELD = re.compile(r"^    (\w+):")


def first_added(directory):
    """Maps each source id to the earliest author date of a commit that adds its `- id:` line."""
    log = subprocess.run(
        ["git", "log", "--no-merges", "--no-renames", "-p", "-U0", "--format=commit %as", "--", directory],
        check=True, capture_output=True, text=True, encoding="utf-8").stdout
    first, day = {}, None
    for line in log.split("\n"):
        if line.startswith("commit "):
            day = line.split()[1]
            continue
        m = ADDED_ID.match(line)
        if m and day is not None and (m.group(1) not in first or day < first[m.group(1)]):
            first[m.group(1)] = day
    return first


def fill(path, first, check):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    items, current = [], None  # (id, start, end) of each source item
    for i, line in enumerate(lines):
        m = ID_LINE.match(line)
        if m:
            current = [m.group(1), i, i + 1]
            items.append(current)
        elif current is not None and (line.startswith("    ") or not line.strip()):
            if line.strip():
                current[2] = i + 1
        elif current is not None:
            current = None
    filled, missing, refused = [], [], []
    for source_id, start, end in reversed(items):
        fields = {FIELD.match(lines[i]).group(1): i for i in range(start + 1, end) if FIELD.match(lines[i])}
        if "accessed" in fields:
            continue
        day = first.get(source_id)
        if day is None:
            missing.append(source_id)
            continue
        published = re.match(r"^    published:\s*\"?(\d{4}(?:-\d{2})?(?:-\d{2})?)", lines[fields["published"]]) if "published" in fields else None
        if published and day < published.group(1):
            refused.append(f"{source_id} (added {day}, published {published.group(1)})")
            continue
        after = next((fields[k] for k in ("url", "published", "title") if k in fields), start)
        lines.insert(after + 1, f"    accessed: {day}")
        filled.append(source_id)
    if filled and not check:
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    return filled, missing, refused


def main():
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    directory = args[0] if args else os.path.join("data", "sources")
    first = first_added(directory)
    total = 0
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".yaml"):
            continue
        path = os.path.join(directory, name)
        filled, missing, refused = fill(path, first, check)
        total += len(filled)
        print(f"{path}: {'would fill' if check else 'filled'} {len(filled)}")
        for source_id in missing:
            print(f"  {source_id}: no commit adds it yet; commit it, then run this again (or give accessed by hand)")
        for item in refused:
            print(f"  {item}: the day it was added is before its publication date; check the dates by hand")
    print(f"{'would fill' if check else 'filled'} {total} source(s)")
    return 1 if check and total else 0


if __name__ == "__main__":
    sys.exit(main())
