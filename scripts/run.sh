#!/usr/bin/env bash
# Start the action server, the Rasa server (REST + socket.io) and the web chat page, all on localhost.
# Logs go to var/logs/; Ctrl-C stops everything.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

"$ROOT/scripts/train-if-stale.sh"

source "$ROOT/scripts/servers.sh"
stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping the assistant..."
  stop_servers
  echo "Stopped."
}
trap stop_all INT TERM EXIT
start_servers || exit 1
start_console || exit 1

step "Serving the web chat page on 127.0.0.1:$WEBCHAT_PORT"
python -m http.server "$WEBCHAT_PORT" --bind 127.0.0.1 --directory web >"$LOG_DIR/webchat.log" 2>&1 &
server_pids+=($!)

cat <<MSG

The assistant is running. Talk to it:
  - web chat:  http://localhost:$WEBCHAT_PORT/
  - widget:    http://localhost:$WEBCHAT_PORT/demo.html   (the embeddable chat widget on a demo page)
  - REST:      curl -s -X POST http://localhost:$RASA_PORT/webhooks/rest/webhook \\
                 -H 'Content-Type: application/json' -d '{"sender": "me", "message": "hi"}'
  - terminal:  make shell   (in another terminal)
  - staff console: http://localhost:$CONSOLE_PORT/   (create a staff account first: make console-account NAME=you)
Press Ctrl-C to stop.
MSG
wait -n "${server_pids[@]}" || true
echo "error: a server stopped unexpectedly; see var/logs/" >&2
exit 1
