#!/usr/bin/env bash
# Start the action server, the Rasa server (REST + socket.io) and the web chat page, all on localhost.
# Logs go to var/logs/; Ctrl-C stops everything.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

"$ROOT/scripts/train-if-stale.sh"
step "Preparing the assistant's database (schema and knowledge base)"
python -m clinical.db upgrade | sed 's/^/    /'
python -m clinical.knowledge load | sed 's/^/    /'

pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo; echo "Stopping the assistant..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  echo "Stopped."
}
trap stop_all INT TERM EXIT

wait_for() {  # name, url, pid, log
  local i
  for i in $(seq 1 180); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then echo "    $1 is up"; return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then
      echo "error: $1 exited during start-up; last lines of $4:" >&2; tail -n 20 "$4" >&2; exit 1
    fi
    sleep 1
  done
  echo "error: $1 did not answer at $2 within 180s; see $4" >&2; exit 1
}

step "Starting the action server on $SANIC_HOST:$ACTIONS_PORT (log: var/logs/actions.log)"
rasa run actions --actions actions --port "$ACTIONS_PORT" >"$LOG_DIR/actions.log" 2>&1 &
pids+=($!)
wait_for "action server" "http://127.0.0.1:$ACTIONS_PORT/health" "${pids[-1]}" "$LOG_DIR/actions.log"

step "Starting the Rasa server on $RASA_HOST:$RASA_PORT (log: var/logs/rasa.log)"
rasa run --model "models/$MODEL_NAME.tar.gz" --interface "$RASA_HOST" --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints endpoints.yml \
  --cors "http://localhost:$WEBCHAT_PORT" "http://127.0.0.1:$WEBCHAT_PORT" \
  >"$LOG_DIR/rasa.log" 2>&1 &
pids+=($!)
wait_for "Rasa server" "http://127.0.0.1:$RASA_PORT/" "${pids[-1]}" "$LOG_DIR/rasa.log"

step "Serving the web chat page on 127.0.0.1:$WEBCHAT_PORT"
python -m http.server "$WEBCHAT_PORT" --bind 127.0.0.1 --directory web >"$LOG_DIR/webchat.log" 2>&1 &
pids+=($!)

cat <<MSG

The assistant is running. Talk to it:
  - web chat:  http://localhost:$WEBCHAT_PORT/
  - REST:      curl -s -X POST http://localhost:$RASA_PORT/webhooks/rest/webhook \\
                 -H 'Content-Type: application/json' -d '{"sender": "me", "message": "hi"}'
  - terminal:  make shell   (in another terminal)
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}" || true
echo "error: a server stopped unexpectedly; see var/logs/" >&2
exit 1
