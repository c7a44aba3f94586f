#!/usr/bin/env bash
# Chat with the assistant in the terminal. Talks to the assistant that `make run` started; if none is running,
# starts one of its own on free localhost ports for the length of the chat.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

if curl -fsS -o /dev/null "http://127.0.0.1:$RASA_PORT/" 2>/dev/null; then
  step "Talking to the assistant running on 127.0.0.1:$RASA_PORT"
else
  echo "No assistant answers on port $RASA_PORT (make run); starting one for this chat (about a minute)."
  "$ROOT/scripts/train-if-stale.sh"
  free_port() { python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
  export RASA_PORT="$(free_port)" ACTIONS_PORT="$(free_port)"
  export ACTION_ENDPOINT_URL="http://127.0.0.1:$ACTIONS_PORT/webhook"
  LOG_DIR="$LOG_DIR/shell"; mkdir -p "$LOG_DIR"
  source "$ROOT/scripts/servers.sh"
  trap stop_servers EXIT
  start_servers
fi
step "Terminal chat (log of the servers: var/logs/)"
python -m channels.terminal --url "http://127.0.0.1:$RASA_PORT"
