#!/usr/bin/env bash
# End-to-end suites against the built product: the api's reliability suite, then the browser
# journeys (Debian's Chromium, installed when missing).
set -euo pipefail
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install Debian's chromium package (or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi
# The api's reliability suite (races, a killed process, a database restart) first, then the
# browser journeys; one at a time so neither starves the other of the machine's cores.
NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t e2e -p api-e2e web-e2e --parallel=1 --outputStyle=static
