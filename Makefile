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

.PHONY: setup run test lint format report bench train-topics clean

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

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

report: $(STAMP)
	$(BIN)/presswatch report --out dashboards/build

train-topics: $(STAMP)
	$(BIN)/python -m presswatch.topics.train

clean:
	rm -rf dashboards/build data/warehouse .prefect .pytest_cache .ruff_cache
