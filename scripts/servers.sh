# Start and stop the assistant's servers and prepare their database (sourced by run.sh, run-scaled.sh,
# shell.sh, live-tests.sh and benchmarks/load.py, after env.sh).
# Uses RASA_PORT, ACTIONS_PORT, CREDENTIALS and LOG_DIR; every server binds to localhost unless configured.

server_pids=()

stop_servers() {
  if [ ${#server_pids[@]} -gt 0 ]; then
    kill "${server_pids[@]}" 2>/dev/null || true
    wait "${server_pids[@]}" 2>/dev/null || true
    server_pids=()
  fi
}

wait_for() {  # name, url, pid, log
  local i
  for i in $(seq 1 "${START_TIMEOUT:-300}"); do
    if curl -fsS -o /dev/null "$2" 2>/dev/null; then echo "    $1 is up"; return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then
      echo "error: $1 exited during start-up; last lines of $4:" >&2; tail -n 20 "$4" >&2; return 1
    fi
    sleep 1
  done
  echo "error: $1 did not answer at $2 within ${START_TIMEOUT:-300}s; see $4" >&2; return 1
}

start_console() {  # the staff console, on CONSOLE_HOST:CONSOLE_PORT
  step "Starting the staff console on $CONSOLE_HOST:$CONSOLE_PORT (log: ${LOG_DIR#$ROOT/}/console.log)"
  python -m console serve >"$LOG_DIR/console.log" 2>&1 &
  server_pids+=($!)
  wait_for "staff console" "http://127.0.0.1:$CONSOLE_PORT/login" "${server_pids[-1]}" "$LOG_DIR/console.log"
}

start_servers() {  # the Rasa server (the channels of $CREDENTIALS) and the action server, side by side
  build_readers || return 1
  launch_rasa_server "$RASA_PORT" rasa || return 1
  # while the Rasa server starts (it never reads this database; the action server does)
  prepare_database || return 1
  launch_action_server || return 1
  wait_for "action server" "http://127.0.0.1:$ACTIONS_PORT/health" "$action_server_pid" "$LOG_DIR/actions.log" &&
    wait_for "Rasa server" "http://127.0.0.1:$RASA_PORT/" "$rasa_server_pid" "$LOG_DIR/rasa.log"
}

start_action_server() {  # on $SANIC_HOST:$ACTIONS_PORT (the database prepared first: prepare_database)
  build_readers && launch_action_server &&
    wait_for "action server" "http://127.0.0.1:$ACTIONS_PORT/health" "${server_pids[-1]}" "$LOG_DIR/actions.log"
}

build_readers() {  # the three learned readers, which both servers load
  # trained here once (about a minute) when their examples or code changed; every server then loads them
  step "Checking the red-flag, topic and intent readers (log: ${LOG_DIR#$ROOT/}/readers.log)"
  # (in one process, without TensorFlow, which spaCy's thinc would import for nothing; without_tensorflow.py)
  python -m without_tensorflow clinical.build_readers >"$LOG_DIR/readers.log" 2>&1 || {
    echo "error: a learned reader could not be trained; see $LOG_DIR/readers.log" >&2; return 1; }
}

prepare_database() {  # the schema brought up to date and the knowledge base made to match its files
  step "Preparing the assistant's database (schema and knowledge base; log: ${LOG_DIR#$ROOT/}/database.log)"
  { python -m clinical.db upgrade && python -m without_tensorflow clinical.knowledge load; } \
    >"$LOG_DIR/database.log" 2>&1 || {
    echo "error: the database could not be prepared; last lines of $LOG_DIR/database.log:" >&2
    tail -n 20 "$LOG_DIR/database.log" >&2; return 1; }
  sed -n '/^INFO/!s/^/    /p' "$LOG_DIR/database.log"
}

launch_action_server() {  # starts it without waiting
  step "Starting the action server on $SANIC_HOST:$ACTIONS_PORT (log: ${LOG_DIR#$ROOT/}/actions.log)"
  python -m action_server --port "$ACTIONS_PORT" >"$LOG_DIR/actions.log" 2>&1 &  # needs ACTION_SERVER_TOKEN
  server_pids+=($!)
  action_server_pid=$!  # by name (start_servers, benchmarks/load.py): the launch order is no guide
}

start_rasa_server() {  # port, log name; endpoints from $ENDPOINTS (default endpoints.yml)
  launch_rasa_server "$1" "$2" && wait_for "Rasa server" "http://127.0.0.1:$1/" "${server_pids[-1]}" "$LOG_DIR/$2.log"
}

start_rasa_servers() {  # port..., started side by side (logs rasa-<port>.log), then waited for
  local port pids=() i=0
  for port in "$@"; do launch_rasa_server "$port" "rasa-$port" || return 1; pids+=("${server_pids[-1]}"); done
  for port in "$@"; do
    wait_for "Rasa server on port $port" "http://127.0.0.1:$port/" "${pids[$i]}" "$LOG_DIR/rasa-$port.log" || return 1
    i=$((i + 1))
  done
}

launch_rasa_server() {  # port, log name: starts it without waiting
  local port="$1" log="$LOG_DIR/$2.log"
  step "Starting the Rasa server on $RASA_HOST:$port (log: ${log#$ROOT/})"
  local credentials="${CREDENTIALS:-}"
  if [ -z "$credentials" ]; then  # the messaging platforms whose environment variables are all set
    credentials="$ROOT/var/credentials-$port.yml"  # per port: servers can run side by side
    python -m channels.credentials --out "$credentials" | sed 's/^/    /' || return 1
  fi
  SANIC_REQUEST_MAX_SIZE="$RASA_REQUEST_MAX_SIZE" \
  python -m rasa_cli run --model "${MODEL_PATH:-models/$MODEL_NAME.tar.gz}" --interface "$RASA_HOST" --port "$port" \
    --credentials "$credentials" --endpoints "${ENDPOINTS:-endpoints.yml}" --enable-api \
    --auth-token "$RASA_API_TOKEN" --cors "http://localhost:$WEBCHAT_PORT" "http://127.0.0.1:$WEBCHAT_PORT" \
    >"$log" 2>&1 &
  server_pids+=($!)
  rasa_server_pid=$!
}
