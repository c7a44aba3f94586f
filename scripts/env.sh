# Shared settings for every project script (sourced, not executed).
# Telemetry off, servers on localhost only, libraries quiet; paths from the repository root.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
LOG_DIR="$ROOT/var/logs"
MODEL_NAME="backcare"
mkdir -p "$LOG_DIR"

export RASA_TELEMETRY_ENABLED=false
export SANIC_HOST="${SANIC_HOST:-127.0.0.1}"          # action server binds here
export RASA_HOST="${RASA_HOST:-127.0.0.1}"            # Rasa server binds here
export RASA_PORT="${RASA_PORT:-5005}"
export ACTIONS_PORT="${ACTIONS_PORT:-5055}"
export WEBCHAT_PORT="${WEBCHAT_PORT:-8000}"
export CONSOLE_HOST="${CONSOLE_HOST:-127.0.0.1}"      # the staff console binds here
export CONSOLE_PORT="${CONSOLE_PORT:-5070}"
# The Rasa HTTP API is on for the staff console only, behind this token (a fresh one per start unless set).
export RASA_API_TOKEN="${RASA_API_TOKEN:-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export ACTION_ENDPOINT_URL="${ACTION_ENDPOINT_URL:-http://127.0.0.1:$ACTIONS_PORT/webhook}"
# The shared secret the Rasa server sends the action server (endpoints.yml), which refuses calls without it.
export ACTION_SERVER_TOKEN="${ACTION_SERVER_TOKEN:-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
# The largest request body the Rasa server reads (bytes; Sanic answers 413 beyond it). Only the Rasa server:
# the action server receives whole conversations.
export RASA_REQUEST_MAX_SIZE="${RASA_REQUEST_MAX_SIZE:-262144}"
export TRACKER_DB="${TRACKER_DB:-$ROOT/var/tracker.db}"
export SQLALCHEMY_SILENCE_UBER_WARNING=1
export TF_CPP_MIN_LOG_LEVEL=3
export PYTHONWARNINGS="${PYTHONWARNINGS:-ignore}"
export PATH="$VENV/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }
