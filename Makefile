# The two commands of the README: `make serve` and `make test`. Both set up from nothing.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: setup serve test lint

setup: $(VENV)/.installed
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
	# The sandbox that runs apps' tests (docs/sandbox.md).
	command -v bwrap >/dev/null || (apt-get update && apt-get install -y bubblewrap)
	command -v wrk >/dev/null || (apt-get update && apt-get install -y wrk)

$(VENV)/.installed: pyproject.toml tests/js/package-lock.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[server,llm,dev]'
	# The official Node SDK, a client in the ingest tests.
	cd tests/js && npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: setup
	$(BIN)/bugstack serve

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest
