#!/usr/bin/env bash
# Runs every fenced block of README.md and docs/*.md as its marker says (.ci/clients/docs_snippets.py) against
# a Release build of the CLI in a temporary folder; the blocks marked `clients` need .ci/clients.sh. For a
# quick local check; CI runs the same runner from .ci/clients.sh against the installed .NET tool.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/DeFacto.Cli -c Release -o "$out/cli" -v q -nologo >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 1; }
python3 .ci/clients/docs_snippets.py --defacto "$out/cli/defacto" "$@"
