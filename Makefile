# kg: two commands. `make run` installs and serves; `make test` installs the test tools and runs the suite.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STORE ?= kg-store
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test install install-test assets test-deps bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"

# The one install step: used by `make run`, `make test` and the Dockerfile.
install: $(BIN)/python
	sh scripts/install.sh $(VENV)

install-test: install
	$(BIN)/pip install --quiet -c requirements.lock -e ".[test]"

assets:
	sh scripts/assets.sh

# Debian's Chromium and chromedriver for the browser tests
test-deps:
	sh scripts/test-deps.sh

run: install assets
	$(BIN)/kg load examples --store $(STORE)
	$(BIN)/kg serve --store $(STORE) --host $(HOST) --port $(PORT)

test: install-test assets test-deps
	$(BIN)/python -m pytest

bench: install-test
	$(BIN)/pip install --quiet -c requirements.lock -e ".[bench]"
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(STORE) build *.egg-info
