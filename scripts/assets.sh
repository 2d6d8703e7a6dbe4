#!/bin/sh
# Front-end files from the npm registry, at the exact versions of each package-lock.json, copied into a
# git-ignored static/vendor/ folder (no CDN at run time): YASGUI (@zazuko/yasgui: the YASQE editor and YASR
# results, one self-contained bundle) for the query page (kg/web) and Cytoscape.js for the graph view (kg/linked).
# Versions and sha512 integrity are pinned by each package-lock.json (`npm ci` refuses a tarball that differs).
# npm works in .kg/npm/NAME, so no node_modules/ lands in the source tree. Idempotent and fast: does nothing
# when the vendor files already match their lock file.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# install NAME PACKAGE_DIR VENDOR_DIR "node_modules/path=vendor-name ..."
install() {
    name=$1 assets=$2 vendor=$3 files=$4
    stamp="$vendor/.lock-sha256"
    lock_sum=$(sha256sum "$assets/package-lock.json" | cut -d' ' -f1)
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
        complete=yes
        for pair in $files; do
            [ -f "$vendor/${pair#*=}" ] || complete=no
        done
        if [ "$complete" = yes ]; then
            echo "$name assets: up to date"
            return 0
        fi
    fi
    command -v npm >/dev/null 2>&1 || { echo "$name assets: npm is needed (apt-get install -y npm)" >&2; exit 1; }
    work="$ROOT/.kg/npm/$name"
    mkdir -p "$work" "$vendor"
    cp "$assets/package.json" "$assets/package-lock.json" "$work/"
    npm ci --prefix "$work" --ignore-scripts --no-audit --no-fund --loglevel=error
    for pair in $files; do
        cp "$work/node_modules/${pair%%=*}" "$vendor/${pair#*=}"
    done
    echo "$lock_sum" > "$stamp"
    echo "$name assets: installed into $vendor"
}

install web "$ROOT/kg/web/assets" "$ROOT/kg/web/static/vendor" \
    "@zazuko/yasgui/build/yasgui.min.js=yasgui.min.js @zazuko/yasgui/build/yasgui.min.css=yasgui.min.css
@zazuko/yasgui/package.json=yasgui.package.json"
install linked "$ROOT/kg/linked/assets" "$ROOT/kg/linked/static/vendor" \
    "cytoscape/dist/cytoscape.min.js=cytoscape.min.js cytoscape/LICENSE=cytoscape.LICENSE"
