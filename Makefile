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
	# The suite starts `bugstack` in over a thousand subprocesses. Compiled here once, each
	# start reads the bytecode instead of compiling 500 modules again (PYTHONDONTWRITEBYTECODE,
	# set on some machines, stops Python from saving it by itself).
	$(BIN)/python -m compileall -q src
	# One worker per CPU; a test file stays on one worker, so the corpus file's shared
	# fixture (every case checked two at a time) runs once, not once per worker.
	$(BIN)/python -m pytest -n auto --dist loadfile
