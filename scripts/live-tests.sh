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
# As behind a proxy: the client's address is read from X-Forwarded-For, so tests/live/test_bad_input.py can
# speak from other addresses than this machine's (which the rate limits leave alone by default).
export SANIC_PROXIES_COUNT="${SANIC_PROXIES_COUNT:-1}"
# The staff console, with its own database (knowledge base, cases, a staff account for the tests), open
# from an hour ago to three hours from now (UTC: "00:00-23:59" left out the minute before midnight), and a
# short wait before a person nobody takes is given the helpline.
hour_now=$((10#$(date -u +%H)))
opening_hours=$(printf "%02d:00-%02d:00" $(( (hour_now + 23) % 24 )) $(( (hour_now + 3) % 24 )))
export CONSOLE_PORT="${LIVE_CONSOLE_PORT:-5175}" CONSOLE_OPENING_HOURS="$opening_hours" CONSOLE_TIMEZONE=UTC \
  CONSOLE_CLAIM_TIMEOUT=15
export LIVE_CONSOLE_URL="http://127.0.0.1:$CONSOLE_PORT"
export BACKCARE_DATABASE_URL="sqlite:///$ROOT/var/live-$RASA_PORT/backcare.db"
export LIVE_STAFF_NAME="live-tester" LIVE_STAFF_PASSWORD="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mkdir -p "$LOG_DIR" "$(dirname "$TRACKER_DB")"
rm -f "$TRACKER_DB" "$ROOT/var/live-$RASA_PORT/backcare.db"

"$ROOT/scripts/install-browser.sh" || exit 1   # headless Chromium for the widget tests, if missing
source "$ROOT/tests/live/platforms.env.sh"     # messaging platforms pointed at the local fake platform APIs
source "$ROOT/scripts/servers.sh"
trap stop_servers EXIT
start_servers || exit 1  # (prepares the database too)
printf '%s\n' "$LIVE_STAFF_PASSWORD" | python -m console create-account "$LIVE_STAFF_NAME" --password-stdin \
  >/dev/null || exit 1
start_console || exit 1
step "Tests against the running assistant (tests/live)"
python -m pytest -q -p no:cacheprovider "${@:-tests/live}"
