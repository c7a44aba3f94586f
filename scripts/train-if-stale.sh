#!/usr/bin/env bash
# Train the model only when its inputs (config, domain, training data) changed since the last training.
# The fingerprint of the inputs is kept beside the model; the full training log goes to var/logs/train.log.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

model="models/$MODEL_NAME.tar.gz"
stamp="models/$MODEL_NAME.inputs.sha256"
fingerprint=$(find config.yml domain data -type f -name '*.yml' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)

if [ "${1:-}" != "--force" ] && [ -f "$model" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ]; then
  echo "    model is up to date ($model, trained $(date -r "$model" '+%Y-%m-%d %H:%M')); not retraining"
  exit 0
fi

log="$LOG_DIR/train.log"
step "Training the model: config, domain or data changed (log: var/logs/train.log)"
start=$(date +%s)
# trained beside the old model and moved into place in one step: a server starting meanwhile reads a whole one
work=$(mktemp -d "models/.training-XXXXXX")
trap 'rm -rf "$work"' EXIT
if ! python -m rasa_cli train --domain domain --fixed-model-name "$MODEL_NAME" --out "$work" >"$log" 2>&1; then
  echo "error: training failed; last lines of var/logs/train.log:" >&2
  tail -n 25 "$log" >&2
  exit 1
fi
mv "$work/$MODEL_NAME.tar.gz" "$model"
echo "$fingerprint" > "$stamp"
echo "    trained $model in $(( $(date +%s) - start ))s"
