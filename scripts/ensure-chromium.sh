#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (browser tests and, later, the PDF edition need it).
# Installs the `chromium` package with apt-get when it is missing and we are root, with
# fonts-liberation (which chromium recommends): the metric-matched fallback faces start with it
# (src/lib/site/fonts.mjs, FALLBACK_FACES).
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (one-time, a few minutes)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium poppler-utils fonts-liberation >/dev/null
  [ -x "$CHROMIUM_PATH" ] && { echo "Chromium installed: $("$CHROMIUM_PATH" --version)"; exit 0; }
fi
cat >&2 <<MSG
Chromium is needed at $CHROMIUM_PATH but is not installed, and it cannot be installed here
automatically (that needs root and apt-get). Install it yourself, for example:
  sudo apt-get install chromium        (Debian / Ubuntu)
or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run the command again.
MSG
exit 1
