#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter for the project's virtual environment.
# Rasa Open Source 3.6 runs on Python 3.8 to 3.10 only, so 3.11+ is refused.
# Order: $PYTHON, python3.10 on PATH, pyenv's 3.10.x versions, common system paths.
set -uo pipefail

is_py310() { "$1" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }

if [ -n "${PYTHON:-}" ]; then
  if is_py310 "$PYTHON"; then echo "$PYTHON"; exit 0; fi
  echo "error: PYTHON=$PYTHON is not a working Python 3.10 with venv (Rasa 3.6 needs 3.10)." >&2
  exit 1
fi

candidates=()
command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")
pyenv_root=$(pyenv root 2>/dev/null || echo "${PYENV_ROOT:-$HOME/.pyenv}")
while IFS= read -r p; do candidates+=("$p"); done < <(ls -d "$pyenv_root"/versions/3.10*/bin/python3.10 2>/dev/null | sort -rV)
candidates+=(/usr/local/bin/python3.10 /usr/bin/python3.10)

for c in "${candidates[@]}"; do
  if [ -x "$c" ] && is_py310 "$c"; then echo "$c"; exit 0; fi
done

cat >&2 <<'MSG'
error: no Python 3.10 found. Rasa Open Source 3.6 needs Python 3.10 (3.11 and newer are refused).
Install one of these, then run the command again:
  - pyenv:   pyenv install 3.10.13
  - Debian:  apt-get install python3.10 python3.10-venv
  - or name an interpreter explicitly:  make run PYTHON=/path/to/python3.10
MSG
exit 1
