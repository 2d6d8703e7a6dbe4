#!/bin/sh
# Front-end libraries of the linked-data pages (the graph view's Cytoscape.js), from the npm registry at the
# exact versions of kg/linked/assets/package-lock.json, copied into kg/linked/static/vendor/ (git-ignored).
# Idempotent: does nothing when the vendor files already match the lock file.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ASSETS="$ROOT/kg/linked/assets"
VENDOR="$ROOT/kg/linked/static/vendor"
STAMP="$VENDOR/.lock-sha256"
# source (under node_modules/) -> name in vendor/
FILES="cytoscape/dist/cytoscape.min.js=cytoscape.min.js cytoscape/LICENSE=cytoscape.LICENSE"

lock_sum=$(sha256sum "$ASSETS/package-lock.json" | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$lock_sum" ]; then
    complete=yes
    for pair in $FILES; do
        [ -f "$VENDOR/${pair#*=}" ] || complete=no
    done
    if [ "$complete" = yes ]; then
        echo "linked assets: up to date"
        exit 0
    fi
fi

command -v npm >/dev/null 2>&1 || { echo "linked assets: npm is needed (apt-get install -y npm)" >&2; exit 1; }
npm ci --prefix "$ASSETS" --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p "$VENDOR"
for pair in $FILES; do
    cp "$ASSETS/node_modules/${pair%%=*}" "$VENDOR/${pair#*=}"
done
echo "$lock_sum" > "$STAMP"
echo "linked assets: installed into $VENDOR"
