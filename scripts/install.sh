#!/bin/sh
# Installs kg and its pinned dependencies (the spaCy model included) into the virtualenv $1.
# The same step runs for `make run`, `make test` and the Docker image.
set -eu
VENV=${1:-.venv}
"$VENV/bin/pip" install --quiet -c requirements.lock -e .
