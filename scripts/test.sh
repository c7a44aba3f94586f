#!/usr/bin/env bash
# Every check, in CI order: lint, unit tests, data validation, training, conversation tests, the channels
# against the running assistant (scripts/live-tests.sh), then the scaled set-up on PostgreSQL, Redis and
# nginx (tests/scaled, which starts `make run-scaled` itself).
# Verbose tool output goes to var/logs/; the terminal gets one summary per stage.
set -uo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

passed=0
failed=0
run_stage() {  # name, log file, command...
  local name=$1 log=$2; shift 2
  step "$name"
  local start=$(date +%s)
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    tail -n "${SHOW_LINES:-1}" "$log" | sed 's/^/    /'
    echo "    ok ($(( $(date +%s) - start ))s)"
    return 0
  fi
  failed=$((failed + 1))
  echo "    FAILED ($(( $(date +%s) - start ))s); last lines of ${log#$ROOT/}:"
  tail -n 40 "$log" | sed 's/^/    /'
  return 1
}

finish() {
  echo
  echo "stages: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

run_stage "Lint (ruff)" "$LOG_DIR/lint.log" ruff check . || finish
SHOW_LINES=1 run_stage "Unit tests (pytest)" "$LOG_DIR/pytest.log" python -m pytest -q -p no:cacheprovider tests/unit || finish
run_stage "Validate training data and domain (rasa data validate --fail-on-warnings)" "$LOG_DIR/validate.log" \
  scripts/validate-data.sh || finish
step "Train (only if inputs changed)"
if "$ROOT/scripts/train-if-stale.sh"; then passed=$((passed + 1)); else failed=$((failed + 1)); finish; fi
SHOW_LINES=1 run_stage "Conversation tests (rasa test core --e2e --fail-on-prediction-errors)" "$LOG_DIR/rasa-test.log" \
  python "$ROOT/scripts/conversation_tests.py" || finish
SHOW_LINES=1 run_stage "Channels against the running assistant (scripts/live-tests.sh)" "$LOG_DIR/live-tests.log" \
  scripts/live-tests.sh || finish
run_stage "Install PostgreSQL, Redis and nginx if missing (Debian packages)" "$LOG_DIR/services-install.log" \
  python scripts/local_services.py install || finish
SHOW_LINES=3 run_stage "Scaled set-up: two Rasa servers on PostgreSQL and Redis behind nginx (tests/scaled)" \
  "$LOG_DIR/scaled-tests.log" python -m pytest -q -s -p no:cacheprovider tests/scaled || finish
finish
