#!/usr/bin/env bash
# The Rasa server's start command inside the container (deploy/compose.yml): the messaging platforms whose
# variables are set, the production endpoints, the API behind its token, the request size limit.
set -euo pipefail
python -m channels.credentials --out /tmp/credentials.yml
SANIC_REQUEST_MAX_SIZE="${RASA_REQUEST_MAX_SIZE:-262144}" exec python -m rasa_cli run --model models/backcare.tar.gz \
  --interface "${RASA_HOST:-0.0.0.0}" --port 5005 --credentials /tmp/credentials.yml \
  --endpoints endpoints-scaled.yml --enable-api --auth-token "$RASA_API_TOKEN"
