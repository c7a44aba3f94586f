#!/usr/bin/env bash
# Tests against the running assistant (tests/live/; today the socket.io channel). Starts its own servers on
# test ports with a fresh conversation store, then stops them.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

export RASA_PORT="${LIVE_RASA_PORT:-5115}" ACTIONS_PORT="${LIVE_ACTIONS_PORT:-5165}"
export ACTION_ENDPOINT_URL="http://127.0.0.1:$ACTIONS_PORT/webhook"
export LOG_DIR="$ROOT/var/logs/live-$RASA_PORT"  # per port: several runs can go side by side
export TRACKER_DB="$ROOT/var/live-$RASA_PORT/tracker.db"
export LIVE_RASA_URL="http://127.0.0.1:$RASA_PORT"
mkdir -p "$LOG_DIR" "$(dirname "$TRACKER_DB")"
rm -f "$TRACKER_DB"

"$ROOT/scripts/install-browser.sh" || exit 1   # headless Chromium for the widget tests, if missing
source "$ROOT/tests/live/platforms.env.sh"     # messaging platforms pointed at the local fake platform APIs
source "$ROOT/scripts/servers.sh"
trap stop_servers EXIT
python -m clinical.db upgrade >/dev/null && python -m clinical.knowledge load >/dev/null || exit 1
start_servers || exit 1
step "Tests against the running assistant (tests/live)"
python -m pytest -q -p no:cacheprovider "${@:-tests/live}"
