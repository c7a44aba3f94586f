#!/usr/bin/env bash
# The widget's socket.io client, from the npm registry: socket.io.min.js is the package's own built file,
# at the exact version in package.json, fetched with the integrity hashes of package-lock.json.
#   refresh.sh            fetch the pinned version and check the vendored file is byte-identical to it
#   refresh.sh --offline  only check the vendored file against its recorded sha256 (no network)
#   refresh.sh 4.8.5      move to another version: rewrite package.json, the lock, the file and its sha256
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
bundle=socket.io.min.js

if [ "${1:-}" = "--offline" ]; then
  sha256sum --check --quiet "$bundle.sha256" && echo "$bundle: matches $bundle.sha256"
  exit
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${1:-}" ]; then  # a new version: resolve it and keep the new pins
  cp package.json "$tmp/"
  (cd "$tmp" && npm install --save-exact --ignore-scripts --no-audit --no-fund "socket.io-client@$1" >npm.log 2>&1) \
    || { echo "error: npm could not install socket.io-client@$1:" >&2; cat "$tmp/npm.log" >&2; exit 1; }
  cp "$tmp/package.json" "$tmp/package-lock.json" .
  cp "$tmp/node_modules/socket.io-client/dist/$bundle" "$bundle"
  sha256sum "$bundle" > "$bundle.sha256"
  echo "$bundle: socket.io-client $1, sha256 $(cut -d' ' -f1 "$bundle.sha256")"
  exit
fi

cp package.json package-lock.json "$tmp/"
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund >npm.log 2>&1) \
  || { echo "error: npm ci failed:" >&2; cat "$tmp/npm.log" >&2; exit 1; }
fetched="$tmp/node_modules/socket.io-client/dist/$bundle"
version=$(node -p "require('$tmp/node_modules/socket.io-client/package.json').version")
if ! cmp -s "$fetched" "$bundle"; then
  echo "error: $bundle differs from socket.io-client $version's own file; run $0 $version to replace it" >&2
  exit 1
fi
sha256sum --check --quiet "$bundle.sha256"
echo "$bundle: identical to socket.io-client $version from the registry (sha256 $(cut -d' ' -f1 "$bundle.sha256"))"
