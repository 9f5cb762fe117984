# newsgraph: `make run` sets up .venv and analyzes the bundled example; `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,scale]"
	touch $(STAMP)

PORT ?= 8000
DB ?= newsgraph.db

# The main job: analyze the example, ingest the examples into the SQLite store, ask it
# a few questions, then serve the API and browser UI on 127.0.0.1 (Ctrl-C stops it).
run: setup
	$(BIN)/newsgraph analyze examples/spy-chief-call.txt --title-line --published 2023-07-04 --out out --format summary
	$(BIN)/newsgraph ingest examples --title-line --published 2023-07-04 --db $(DB)
	$(BIN)/newsgraph actors list --db $(DB) --limit 12
	$(BIN)/newsgraph events --db $(DB) --limit 12
	$(BIN)/newsgraph search "negotiations" --db $(DB) --limit 5
	$(BIN)/newsgraph serve --db $(DB) --port $(PORT)

test: setup lint
	$(BIN)/pytest -q

lint: setup
	$(BIN)/ruff check newsgraph tests benchmarks scripts
	$(BIN)/ruff format --check newsgraph tests benchmarks scripts

bench: setup
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache *.egg-info $(DB) $(DB)-wal $(DB)-shm
