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

.PHONY: install run test test-corpora check-results unit lab lint bench site clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# Build matplotlib's font cache now, so that no notebook prints "building the font cache".
	$(BIN)/python -c "import matplotlib.pyplot"
	touch $(STAMP)

# `make run CORPUS=path OUT=dir [PARAMS='NAME=VALUE ...']` runs the notebooks on another corpus
# into dir/ (executed notebooks, tables, figures); the committed notebooks stay untouched. The
# three reach the command through the environment ("$$CORPUS"), so a path with a space or a
# quote, or a value with a space (GROUP_NAMES=[Achievement reports, news]), arrives whole.
export CORPUS OUT PARAMS
run: $(STAMP)
	$(BIN)/python -m lib.publish.execute --corpus "$$CORPUS" --out "$$OUT" --params "$$PARAMS" \
		$(NOTEBOOKS)

# The tests run in TEST_WORKERS processes (pytest-xdist); --dist loadscope keeps each notebook's
# cells, which share one kernel, in one process and in order (nbval's advice for xdist).
TEST_WORKERS ?= 2
test: $(STAMP)
	$(BIN)/python -m pytest tests $(NOTEBOOKS) --nbval --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg -q -m "not corpora" \
		-n $(TEST_WORKERS) --dist loadscope
	@$(MAKE) --no-print-directory check-results

# Every notebook with its default parameters on the ../shared corpora (skipped when absent):
# minutes of work, so apart from `make test`; .ci/run calls both. --dist load: one corpus a process.
test-corpora: $(STAMP)
	$(BIN)/python -m pytest tests -q -m corpora -n $(TEST_WORKERS) --dist load

# nbval compares the notebooks' text outputs; the tables and figures they rewrite in results/
# must equal the commit too, or a change went unreviewed.
check-results:
	@git rev-parse --is-inside-work-tree >/dev/null 2>&1 \
		|| { echo "check-results: not a git checkout, results/ not compared" >&2; exit 0; }
	@changed="$$(git status --porcelain --untracked-files=all -- results/)"; \
	if [ -n "$$changed" ]; then \
		echo "results/ differs from the commit after re-running the notebooks:" >&2; \
		echo "$$changed" >&2; \
		echo "If the change is deliberate, run \`make run\` and commit results/ with the notebooks." >&2; \
		exit 1; \
	fi

unit: $(STAMP)
	$(BIN)/python -m pytest tests -q -m "not corpora"

# `make bench [BENCH_MB=N] [CORPUS=path]`: the plain jieba script against the project's pipeline,
# in one run; the last line printed is one JSON object of the figures.
BENCH_MB ?= 20
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --mb $(BENCH_MB) $(if $(CORPUS),--corpus '$(CORPUS)')
	$(BIN)/python benchmarks/indicators_scale.py

# `make site`: static HTML of every notebook (with its stored outputs) and an index, in _site/.
site: $(STAMP)
	$(BIN)/python -m lib.publish.site _site

# `make lab`: JupyterLab with the project's custom CSS (lab/custom.css) and the shipped CJK font
# beside it, so that Chinese renders without a system CJK font. Lab reads custom CSS only from
# <config dir>/custom, so the project's Lab has its own config dir; --allow-root in a container.
LAB_CONFIG := $(CURDIR)/$(VENV)/jupyter
lab: $(STAMP)
	mkdir -p $(LAB_CONFIG)/custom
	cp lab/custom.css "$$($(BIN)/python -c 'from lib.publish.fonts import cjk_font_path as f; print(f())')" $(LAB_CONFIG)/custom/
	JUPYTER_CONFIG_DIR=$(LAB_CONFIG) $(BIN)/jupyter lab --LabApp.custom_css=True \
		$(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS) notebooks/

lint: $(STAMP)
	$(BIN)/ruff check lib tests benchmarks
	$(BIN)/ruff format --check lib tests benchmarks

clean:
	rm -rf $(VENV) _site
