#!/usr/bin/env bash
# `make run-scaled`: the production shape on one machine. PostgreSQL (conversations and our records) and
# Redis (conversation locks), installed from Debian packages when missing, with data under var/scaled;
# the action server; several Rasa servers; nginx in front on RASA_PORT; the staff console; a daily purge
# when BACKCARE_RETENTION_DAYS is set. Everything binds to 127.0.0.1; Ctrl-C stops it all.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

SCALED_DIR="${SCALED_DIR:-$ROOT/var/scaled}"
export LOG_DIR="${SCALED_LOG_DIR:-$ROOT/var/logs/scaled}"
export POSTGRES_PORT="${POSTGRES_PORT:-5433}" REDIS_PORT="${REDIS_PORT:-6380}"
read -r -a RASA_SERVER_PORTS <<<"${RASA_SERVER_PORTS:-5011 5012}"
mkdir -p "$SCALED_DIR/nginx" "$LOG_DIR"
chmod 755 "$SCALED_DIR"  # PostgreSQL runs as the `postgres` user when this runs as root

# Passwords made once per machine, kept beside the data they open (git-ignored var/, owner-only file).
secrets="$SCALED_DIR/secrets.env"
if [ ! -f "$secrets" ]; then
  umask 077
  printf 'POSTGRES_PASSWORD=%s\nREDIS_PASSWORD=%s\n' "$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
    "$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$secrets"
  umask 022
fi
set -a; source "$secrets"; set +a

step "Installing PostgreSQL, Redis and nginx if missing (Debian packages)"
python scripts/local_services.py install
"$ROOT/scripts/train-if-stale.sh"

source "$ROOT/scripts/servers.sh"
stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping the scaled set-up..."
  stop_servers
  python scripts/local_services.py stop-postgres "$SCALED_DIR/postgres" || true
  echo "Stopped."
}
trap 'stop_all; exit 0' INT TERM  # Ctrl-C is how it is meant to end
trap stop_all EXIT
declare -A server_names
name_new_servers() {  # label, for the processes started since the last call
  local pid; for pid in "${server_pids[@]}"; do [ -n "${server_names[$pid]:-}" ] || server_names[$pid]="$1"; done
}

step "Starting PostgreSQL on 127.0.0.1:$POSTGRES_PORT (data: ${SCALED_DIR#$ROOT/}/postgres)"
python scripts/local_services.py postgres "$SCALED_DIR/postgres" "$POSTGRES_PORT"
export TRACKER_DB_HOST=127.0.0.1 TRACKER_DB_PORT="$POSTGRES_PORT" TRACKER_DB_NAME=tracker
export TRACKER_DB_USER=backcare TRACKER_DB_PASSWORD="$POSTGRES_PASSWORD"
export TRACKER_STORE_URL="postgresql://backcare:$POSTGRES_PASSWORD@127.0.0.1:$POSTGRES_PORT/tracker"
export BACKCARE_DATABASE_URL="postgresql://backcare:$POSTGRES_PASSWORD@127.0.0.1:$POSTGRES_PORT/backcare"
prepare_database || exit 1

step "Starting Redis on 127.0.0.1:$REDIS_PORT (locks only, nothing written to disk)"
python scripts/local_services.py redis "$REDIS_PORT" "$SCALED_DIR/redis" >"$LOG_DIR/redis.log" 2>&1 &
server_pids+=($!)
name_new_servers "Redis"
export REDIS_HOST=127.0.0.1 REDIS_DB="${REDIS_DB:-1}"

export ENDPOINTS=endpoints-scaled.yml
start_action_server || exit 1
name_new_servers "the action server"
# nginx sends X-Forwarded-For: each server reads the client address from it (for the rate limits).
SANIC_PROXIES_COUNT=1 start_rasa_servers "${RASA_SERVER_PORTS[@]}" || exit 1
name_new_servers "a Rasa server"

step "Starting nginx on $RASA_HOST:$RASA_PORT in front of ports ${RASA_SERVER_PORTS[*]} (log: ${LOG_DIR#$ROOT/}/nginx-*.log)"
python scripts/local_services.py nginx-config "$SCALED_DIR/nginx" "${RASA_SERVER_PORTS[@]/#/127.0.0.1:}"
nginx -t -q -c "$SCALED_DIR/nginx/nginx.conf" -p "$SCALED_DIR/nginx" -g 'daemon off;' 2>"$LOG_DIR/nginx-error.log" \
  || { echo "error: the nginx configuration is not valid; see ${LOG_DIR#$ROOT/}/nginx-error.log" >&2; exit 1; }
nginx -c "$SCALED_DIR/nginx/nginx.conf" -p "$SCALED_DIR/nginx" -g 'daemon off;' &
server_pids+=($!)
name_new_servers "nginx"
wait_for "nginx" "http://127.0.0.1:$RASA_PORT/" "${server_pids[-1]}" "$LOG_DIR/nginx-error.log" || exit 1

start_console || exit 1
name_new_servers "the staff console"

if [ -n "${BACKCARE_RETENTION_DAYS:-}" ]; then
  step "Deleting conversations and records older than $BACKCARE_RETENTION_DAYS days now and every 24 hours"
  ( while true; do make -s purge >>"$LOG_DIR/purge.log" 2>&1 || true; sleep 86400; done ) &
  server_pids+=($!)
  name_new_servers "the daily purge"
fi

cat <<MSG

The scaled set-up is running: nginx on http://localhost:$RASA_PORT in front of Rasa servers on ports
${RASA_SERVER_PORTS[*]}, PostgreSQL on $POSTGRES_PORT, Redis on $REDIS_PORT, the action server on $ACTIONS_PORT.
  - REST:   curl -s -X POST http://localhost:$RASA_PORT/webhooks/rest/webhook \\
              -H 'Content-Type: application/json' -d '{"sender": "me", "message": "hi"}'
  - staff console: http://localhost:$CONSOLE_PORT/   (make console-account NAME=you, with the same
              BACKCARE_DATABASE_URL: see README "Production: several servers")
Press Ctrl-C to stop.
MSG
# One server stopping is reported, and the others go on: that is what several servers are for.
while [ ${#server_pids[@]} -gt 0 ]; do
  stopped=""
  wait -n -p stopped "${server_pids[@]}" || true
  [ -n "${stopped:-}" ] || continue  # wait leaves it unset when a signal interrupts it
  echo "error: ${server_names[$stopped]:-a server} (process $stopped) stopped; the others go on. See ${LOG_DIR#$ROOT/}/" >&2
  server_pids=("${server_pids[@]/$stopped}"); read -r -a server_pids <<<"${server_pids[*]}"
done
exit 1
