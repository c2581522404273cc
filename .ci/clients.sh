#!/usr/bin/env bash
# CI, part 3: the exports in the clients researchers use, and the .NET tool. Installs Debian's R with
# readr, pandas (with openpyxl for xlsx), pandoc, and XeLaTeX with biblatex and biber (texlive-xetex,
# texlive-bibtex-extra, biber; DejaVu fonts for Cyrillic; poppler-utils for pdftotext), and from npm
# Frictionless's JavaScript library (datapackage) and DuckDB (@duckdb/node-api) into a throwaway folder; packs the CLI as a .NET tool and
# installs it as the README says; runs every README and docs/ snippet about exports, and every other fenced
# block of README.md and docs/*.md as its marker says (.ci/clients/docs_snippets.py); validates the
# exported packages; loads the panels in R, pandas and DuckDB with type checks.
# Each check prints "ok" or "FAIL"; the last line is "client-checks passed=N failed=N" for .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
tmp=$(mktemp -d)
passed=0; failed=0
check() { # check NAME COMMAND...: runs one check, counts it, shows its output indented
  local name=$1; shift
  local started=$SECONDS
  if "$@" >"$tmp/check.log" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1)); echo "FAIL $name ($((SECONDS - started)) s)"
  fi
  sed 's/^/     /' "$tmp/check.log" | tail -25
}

echo "-- installing clients"
need=()
debian="r-base-core r-cran-readr python3-pandas python3-openpyxl pandoc texlive-xetex texlive-bibtex-extra biber fonts-dejavu-core poppler-utils"
for p in $debian; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
install_debian() { [ ${#need[@]} -eq 0 ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"; }; }
check "Debian packages: $debian" install_debian
mkdir -p "$tmp/npm" && echo '{"private": true}' >"$tmp/npm/package.json"
check "npm: datapackage 1.1.10 (Frictionless), @duckdb/node-api 1.5.6-r.1" \
  npm install --prefix "$tmp/npm" --no-audit --no-fund --loglevel=error datapackage@1.1.10 @duckdb/node-api@1.5.6-r.1
export NODE_PATH="$tmp/npm/node_modules"
py=/usr/bin/python3   # Debian's Python, which has pandas (a pyenv or venv python3 first on PATH may not)

echo "-- snippets of README.md and docs/exports.md marked <!-- snippet: clients --> (the others: docs_snippets.py, below)"
"$py" .ci/clients/snippets.py "$tmp/snippets" README.md docs/exports.md >"$tmp/snippets.txt"
cat "$tmp/snippets.txt"

# The README's tool install, run as written except that the tool goes into a folder of its own
# (--tool-path) instead of the user's global tools, and the package folder is a temporary one.
T="$tmp/tools"
tool_block=$(grep -E ' sh README.md' "$tmp/snippets.txt" | while read -r n _ _; do grep -l 'dotnet tool install' "$tmp/snippets/$n.sh"; done | head -1)
install_tool() {
  [ -n "$tool_block" ] || { echo "README has no sh block with dotnet tool install"; return 1; }
  sed -e "s#--global#--tool-path $T#" -e "s#\./nupkg#$tmp/nupkg#g" "$tool_block" >"$tmp/install-tool.sh"
  cat "$tmp/install-tool.sh"
  bash -euo pipefail "$tmp/install-tool.sh"
}
check "README: pack the CLI as a .NET tool and install it" install_tool
assess_from_tool() { (cd "$tmp" && XDG_DATA_HOME="$tmp/xdg" "$T/defacto" assess south-ossetia | head -8); }
check "installed tool: defacto assess south-ossetia (from another folder, bundled data)" assess_from_tool

# Every fenced block of README.md and docs/*.md must carry a marker saying how it is checked; the blocks that
# are not the clients' run here against the installed tool (commands, transcripts compared loosely, `serve`
# with the documented URLs, dataset examples read by `validate`). Each block counts as one check.
echo "-- every fenced block of README.md and docs/*.md, run as its marker says"
"$py" .ci/clients/docs_snippets.py --defacto "$T/defacto" >"$tmp/docs-snippets.txt" 2>&1
sed 's/^/     /' "$tmp/docs-snippets.txt"
read -r dp df < <(sed -nE 's/^docs-snippets passed=([0-9]+) failed=([0-9]+).*/\1 \2/p' "$tmp/docs-snippets.txt")
passed=$((passed + ${dp:-0})); failed=$((failed + ${df:-1}))   # no summary line: the runner died, one failure

latex_snippet() ( # latex_snippet WORK FILE: builds FILE as paper.tex in WORK the way the docs say (in a subshell: it cds)
  cd "$1" && cp "$2" paper.tex || exit 1
  for step in "xelatex -interaction=nonstopmode -halt-on-error paper" "biber --quiet paper" "xelatex -interaction=nonstopmode -halt-on-error paper"; do
    $step >"$tmp/latex-step.log" 2>&1 || { echo "$step failed:"; grep -A4 -E '^!|ERROR' "$tmp/latex-step.log" paper.log 2>/dev/null | head -20; exit 1; }
  done
  "$py" "$repo/.ci/clients/latex_check.py" paper
)

# Every other snippet runs in the order its file gives it, in one work folder per file (the README's
# and the docs' examples each make the export folders they load), with the installed tool as `defacto`.
work="$tmp/work"; mkdir -p "$work"
export PATH="$T:$PATH" XDG_DATA_HOME="$tmp/xdg"
while read -r n lang where_ <&3; do
  file=$(ls "$tmp/snippets/$n".*)
  [ "$file" = "$tool_block" ] && continue
  where=$where_
  case $where in README.md:*) work="$tmp/readme";; *) work="$tmp/work";; esac
  mkdir -p "$work"
  case $lang in
    sh) check "snippet $where (sh)" bash -c "cd '$work' && bash -euo pipefail '$file'" ;;
    r) check "snippet $where (R)" bash -c "cd '$work' && Rscript '$file'" ;;
    python) check "snippet $where (pandas)" bash -c "cd '$work' && '$py' '$file'" ;;
    sql) check "snippet $where (DuckDB)" bash -c "cd '$work' && node '$repo/.ci/clients/duckdb.cjs' run '$file'" ;;
    # Built as the docs say (xelatex, biber, xelatex) against the export's sources.bib and cite.bib; the
    # PDF must show every cited title, Cyrillic and guillemets included, with no glyph missing.
    latex) check "snippet $where (XeLaTeX + biblatex/biber)" latex_snippet "$work" "$file" ;;
    *) echo "skip $where ($lang: not installable in CI — Stata is proprietary)" ;;
  esac
done 3<"$tmp/snippets.txt"

echo "-- the exports in every format"
work="$tmp/work"
for f in csv parquet xlsx json; do
  [ -f "$work/defacto-$f/datapackage.json" ] || check "defacto export --format $f" defacto export --format "$f" --out "$work/defacto-$f"
done
check "Frictionless (datapackage 1.1.10): every package valid, data cast, keys and foreign keys resolved" \
  node .ci/clients/validate.cjs "$work/defacto-csv" "$work/defacto-parquet" "$work/defacto-xlsx" "$work/defacto-json"
check "R + readr: long and wide panels typed (numeric, Date, text, logical)" Rscript .ci/clients/load_panels.R "$work/defacto-csv"
check "pandas: CSV, JSON and xlsx panels typed (numeric, datetime64, text)" "$py" .ci/clients/load_panels.py "$work"
check "DuckDB: Parquet panels typed" node .ci/clients/duckdb.cjs check "$work/defacto-parquet"

rm -rf "$tmp"
echo "client-checks passed=$passed failed=$failed"
[ "$failed" -eq 0 ]
