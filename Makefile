# Two entry points, both creating .venv on first use:
#   make build   build the sample site into output/
#   make test    lint and run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test lint golden serve clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/digest build

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Two workers: the suite is mostly single-threaded Python, and CI's machine has two cores.
test: lint
	$(BIN)/python -m pytest -n 2

# Rewrite tests/golden/ from the current code; review the diff before committing.
golden: $(STAMP)
	$(BIN)/python -m pytest tests/test_golden.py --update-golden

serve: $(STAMP)
	$(BIN)/digest serve

clean:
	rm -rf output .digest-staging-output* .digest-old-output* .digest-cache
