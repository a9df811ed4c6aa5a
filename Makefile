# dyad: the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    := out

.PHONY: run test lint bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "dyad needs Python 3.11 ($(PYTHON) not found; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

STORE  := $(OUT)/dyad.duckdb

# Code the sample articles into the embedded store (a second run finds them stored and adds
# nothing), then show what is in it: every event with its evidence, and dyad-by-month counts.
run: $(STAMP)
	@mkdir -p $(OUT)
	$(BIN)/dyad ingest samples --db $(STORE)
	$(BIN)/dyad export --db $(STORE) --out $(OUT)/sample-events.jsonl --summary
	$(BIN)/dyad counts --db $(STORE) --level country

test: $(STAMP)
	$(BIN)/ruff check dyad tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check dyad tests benchmarks
	$(BIN)/ruff format --check dyad tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache
