# The front door. `make report` and `make test` are the README's quick start.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLE ?= data/raw/ukraine-security-guarantees.txt

.PHONY: install report test bench lab clean

install: $(STAMP)

# uv when available (installed with pip if missing), else plain pip; pinned by requirements.lock.
$(STAMP): pyproject.toml requirements.lock
	@if ! command -v uv >/dev/null 2>&1 && ! $(PYTHON) -m uv --version >/dev/null 2>&1; then \
		$(PYTHON) -m pip install --quiet --disable-pip-version-check uv || true; fi
	@if command -v uv >/dev/null 2>&1; then UV=uv; elif $(PYTHON) -m uv --version >/dev/null 2>&1; then UV="$(PYTHON) -m uv"; else UV=; fi; \
	if [ -n "$$UV" ]; then \
		[ -x $(BIN)/python ] || $$UV venv --quiet --python $(PYTHON) $(VENV); \
		$$UV pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock && \
		$$UV pip install --quiet --python $(BIN)/python --no-deps -e . ; \
	else \
		[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV); \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock && \
		$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e . ; \
	fi
	@# bytecode compiled once here: with PYTHONDONTWRITEBYTECODE set, every command would recompile it
	@$(BIN)/python -m compileall -q -j 0 newslib >/dev/null
	@touch $@

report: $(STAMP)
	$(BIN)/newslib run article -p article $(ARTICLE)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/tokenization.py

# JupyterLab refuses to start as root (containers) unless told --allow-root.
LAB_FLAGS ?= $(if $(filter 0,$(shell id -u)),--allow-root,)

lab: $(STAMP)
	$(BIN)/jupyter lab $(LAB_FLAGS) notebooks/

clean:
	rm -rf $(VENV) reports .pytest_cache
