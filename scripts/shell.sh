#!/usr/bin/env bash
# Chat with the assistant in the terminal: starts an action server (if none is running) and `rasa shell`.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
"$ROOT/scripts/train-if-stale.sh"
python -m clinical.knowledge load | sed 's/^/    /'

if ! curl -fsS -o /dev/null "http://127.0.0.1:$ACTIONS_PORT/health" 2>/dev/null; then
  rasa run actions --actions actions --port "$ACTIONS_PORT" >"$LOG_DIR/actions.log" 2>&1 &
  actions_pid=$!
  trap 'kill $actions_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 60); do curl -fsS -o /dev/null "http://127.0.0.1:$ACTIONS_PORT/health" 2>/dev/null && break; sleep 1; done
fi
step "Starting a terminal chat (type /stop to quit; log: var/logs/shell.log)"
rasa shell --model "models/$MODEL_NAME.tar.gz" --endpoints endpoints.yml --log-file "$LOG_DIR/shell.log" 2>>"$LOG_DIR/shell.log"
