#!/usr/bin/env bash
# Cross-validate the candidate NLU pipelines; see benchmarks/compare_pipelines.py.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
python benchmarks/compare_pipelines.py "$@"
