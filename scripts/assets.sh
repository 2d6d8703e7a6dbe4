#!/bin/sh
# Front-end files of the query page (CodeMirror 5 and its SPARQL mode), from the npm registry at the exact
# versions of kg/web/assets/package-lock.json, copied into kg/web/static/vendor/ (git-ignored); no CDN at
# run time. npm works in .kg/npm/web (git-ignored), so no node_modules/ lands in the source tree.
# Idempotent and fast: does nothing when the vendor files already match the lock file.
# Then installs the linked-data pages' files (scripts/assets-linked.sh), if that script is there.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ASSETS="$ROOT/kg/web/assets"
WORK="$ROOT/.kg/npm/web"
VENDOR="$ROOT/kg/web/static/vendor"
STAMP="$VENDOR/.lock-sha256"
# source (under node_modules/) -> name in vendor/
FILES="codemirror/lib/codemirror.js=codemirror.js codemirror/lib/codemirror.css=codemirror.css
codemirror/mode/sparql/sparql.js=sparql.js codemirror/LICENSE=codemirror.LICENSE"

install_web_assets() {
    lock_sum=$(sha256sum "$ASSETS/package-lock.json" | cut -d' ' -f1)
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$lock_sum" ]; then
        complete=yes
        for pair in $FILES; do
            [ -f "$VENDOR/${pair#*=}" ] || complete=no
        done
        if [ "$complete" = yes ]; then
            echo "web assets: up to date"
            return 0
        fi
    fi
    command -v npm >/dev/null 2>&1 || { echo "web assets: npm is needed (apt-get install -y npm)" >&2; exit 1; }
    mkdir -p "$WORK" "$VENDOR"
    cp "$ASSETS/package.json" "$ASSETS/package-lock.json" "$WORK/"
    npm ci --prefix "$WORK" --ignore-scripts --no-audit --no-fund --loglevel=error
    for pair in $FILES; do
        cp "$WORK/node_modules/${pair%%=*}" "$VENDOR/${pair#*=}"
    done
    echo "$lock_sum" > "$STAMP"
    echo "web assets: installed into $VENDOR"
}

install_web_assets
if [ -f "$ROOT/scripts/assets-linked.sh" ]; then
    sh "$ROOT/scripts/assets-linked.sh"
fi
