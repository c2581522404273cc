#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/DeFacto.Web.Tests/Browser), which drive it with
# Playwright from /usr/bin/chromium. Never runs `playwright install`. Prints the browser's version.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium from Debian packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
fi
# The Debian wrapper prints a harmless "[: unexpected operator" line; keep only the version.
chromium --version 2>/dev/null | tail -1
# axe-core for the accessibility checks, from the npm registry into a temp folder (the tests also do this
# themselves when it is missing); DEFACTO_AXE_JS points the tests at another copy.
AXE_DIR="${TMPDIR:-/tmp}/defacto-axe-4.10.3"
if [ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ] && command -v npm >/dev/null 2>&1; then
  npm install --prefix "$AXE_DIR" --no-save --no-audit --no-fund axe-core@4.10.3 >&2 || echo "axe-core not installed" >&2
fi
