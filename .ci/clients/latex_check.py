"""Checks a PDF built from a LaTeX snippet of the docs: every work the snippet cites is printed.

Usage: latex_check.py STEM   (in the folder of STEM.tex, STEM.pdf and STEM.log, after xelatex, biber, xelatex)

For every key in the snippet's \\cite-like commands, finds the entry's title in the .bib files the
snippet adds, and requires the title's first words in the PDF's text (pdftotext), hyphenation and
line breaks aside — so Cyrillic titles and guillemets must come out as characters. Fails on any
"Missing character" in the log (a glyph the font lacks) and on an undefined citation.
"""
import re
import subprocess
import sys

stem = sys.argv[1]
tex = open(f"{stem}.tex", encoding="utf-8").read()
log = open(f"{stem}.log", encoding="utf-8", errors="replace").read()
keys = [k.strip() for group in re.findall(r"\\\w*cite\w*\*?(?:\[[^\]]*\])*\{([^}]*)\}", tex) for k in group.split(",")]
bibs = re.findall(r"\\addbibresource\{([^}]*)\}", tex)
entries = {}
for bib in bibs:
    text = open(bib, encoding="utf-8").read()
    for m in re.finditer(r"@\w+\{([^,\s]+),(.*?)\n\}", text, re.S):
        title = re.search(r"^\s*title = \{\{(.*)\}\},?$", m.group(2), re.M)
        entries[m.group(1)] = title.group(1) if title else None

pdf = subprocess.run(["pdftotext", f"{stem}.pdf", "-"], check=True, capture_output=True, text=True, encoding="utf-8").stdout


def squash(s):
    s = re.sub(r"\\[a-z]+\{\}|\\(.)", r"\1", s)  # LaTeX escapes as printed: \& → &, \textbackslash{} dropped
    return re.sub(r"[\s\-\u00ad\u2010\u2011]+", "", s)


problems = []
if not keys:
    problems.append("the snippet cites nothing")
for key in keys:
    if key not in entries:
        problems.append(f"{key}: not in {', '.join(bibs)}")
    elif entries[key] is None:
        problems.append(f"{key}: has no title")
    else:
        words = " ".join(entries[key].split()[:4])
        if squash(words) not in squash(pdf):
            problems.append(f"{key}: the PDF does not show its title ({words!r})")
        else:
            print(f"ok   {key}: {words}")
missing = sorted(set(re.findall(r"Missing character: There is no (.+?) in font", log)))
if missing:
    problems.append("glyphs the font lacks: " + ", ".join(missing))
undefined = sorted(set(re.findall(r"Citation '([^']+)'[^\n]*undefined|entry '([^']+)' could not be found", log)))
if undefined:
    problems.append("undefined citations in the final run: " + ", ".join(a or b for a, b in undefined))
for p in problems:
    print("FAIL " + p)
print(f"{len(keys)} citation(s) checked; PDF {len(pdf)} characters of text")
sys.exit(1 if problems else 0)
