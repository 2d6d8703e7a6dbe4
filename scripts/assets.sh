#!/bin/sh
# Front-end packages for the query page, from the npm registry (no CDN at run time).
set -eu
echo "no front-end assets yet"
