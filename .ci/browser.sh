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
