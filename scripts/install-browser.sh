#!/usr/bin/env bash
# Headless Chromium and its WebDriver for the widget tests (Debian's chromium and chromium-driver).
# Does nothing, quietly, when both are installed; otherwise installs them with apt-get (sudo unless root).
set -uo pipefail
source "$(dirname "$0")/env.sh"

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi

log="$LOG_DIR/install-browser.log"
as_root=(env DEBIAN_FRONTEND=noninteractive)
[ "$(id -u)" -eq 0 ] || as_root=(sudo "${as_root[@]}")
step "Installing chromium and chromium-driver for the widget tests (log: ${log#$ROOT/})"
if ! { "${as_root[@]}" apt-get update && "${as_root[@]}" apt-get install -y \
      chromium chromium-driver; } >"$log" 2>&1; then
  echo "error: could not install chromium and chromium-driver with apt-get; see ${log#$ROOT/}" >&2
  exit 1
fi
echo "    $(chromium --version 2>/dev/null || echo chromium), $(chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"
