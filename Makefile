# The two commands of the README: `make run` (the whole analysis) and `make test` (the proof).
# Both create .venv/ with nothing but python3 and install the project into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
export PYTHONHASHSEED := 0
# Notebooks and tables must not depend on the user's matplotlib or jupyter settings.
export MPLCONFIGDIR := $(CURDIR)/$(VENV)/mplconfig

.PHONY: install run test unit nbval lab lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Build matplotlib's font cache now, so that no notebook prints "building the font cache".
	$(BIN)/python -c "import matplotlib.pyplot"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m lib.execute $(NOTEBOOKS)

test: $(STAMP)
	$(BIN)/python -m pytest tests $(NOTEBOOKS) --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg -q

unit: $(STAMP)
	$(BIN)/python -m pytest tests -q

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

lint: $(STAMP)
	$(BIN)/ruff check lib tests benchmarks
	$(BIN)/ruff format --check lib tests benchmarks

clean:
	rm -rf $(VENV)
