#!/usr/bin/env bash
# Re-resolve requirements.in in a throw-away environment and write the complete pinned set to requirements.lock.
set -euo pipefail
source "$(dirname "$0")/env.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
py=$("$ROOT/scripts/find-python.sh")
step "Resolving requirements.in with $py (log: var/logs/lock.log)"
"$py" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install --quiet "pip==24.3.1" >"$LOG_DIR/lock.log" 2>&1
"$tmp/venv/bin/python" -m pip install -r "$ROOT/requirements.in" >>"$LOG_DIR/lock.log" 2>&1
"$tmp/venv/bin/python" -m pip freeze --exclude-editable | sort -f > "$ROOT/requirements.lock"
echo "    requirements.lock: $(wc -l < "$ROOT/requirements.lock") pinned packages; run 'make test' before committing"
