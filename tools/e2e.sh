#!/usr/bin/env bash
# Browser journeys: installs Debian's Chromium when missing, then runs Playwright against the
# built product (embedded PostgreSQL).
set -euo pipefail
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install Debian's chromium package (or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi
NX_DAEMON=false NX_NO_CLOUD=true npx nx run web-e2e:e2e --outputStyle=static
