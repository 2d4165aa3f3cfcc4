# presswatch: `make run` sets up and runs the pipeline on the samples; `make test` sets up, lints, tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Prefect offline defaults; a user's own environment wins.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90

.PHONY: setup run test test-browser lint format report bench bench-quick bench-full train-topics clean fuzz

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/presswatch run --sources sources.toml --out dashboards/build

test: $(STAMP) lint
	$(BIN)/pytest -q

# The long reliability runs (hours on 2 cores): >= 100k random hypothesis examples per stage,
# 20 seeded SIGKILLs, a 100 MB file. PRESSWATCH_EXAMPLES, PRESSWATCH_KILLS and PRESSWATCH_SEED
# override the counts. See docs/reliability.md.
fuzz: $(STAMP)
	PRESSWATCH_FUZZ=1 HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q -p no:cacheprovider \
		--hypothesis-show-statistics tests/properties tests/reliability

# Real headless Chromium (Debian's /usr/bin/chromium) on a built report; the tests skip, saying
# why, when chromium or Playwright is missing.
test-browser: $(STAMP)
	$(BIN)/python -c "import playwright" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[dev,browser]' \
		|| echo "test-browser: Playwright could not be installed; the browser tests will skip"
	PRESSWATCH_BROWSER_TESTS=1 $(BIN)/pytest -q -m browser tests/browser

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

report: $(STAMP)
	$(BIN)/presswatch report --out dashboards/build

train-topics: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m presswatch.topics.train

# Benchmarks (benchmarks/): write BENCHMARKS.md and benchmarks/results.json. Peers: pip install -e '.[peers]'.
bench-quick: $(STAMP)
	$(BIN)/python -m benchmarks.run --size quick

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run --size default

bench-full: $(STAMP)
	$(BIN)/python -m benchmarks.run --size full

clean:
	rm -rf dashboards/build data/warehouse .prefect .pytest_cache .ruff_cache
