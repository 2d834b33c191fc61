# aqm: two commands on a fresh machine: `make demo` and `make test`.
VENV := .venv
AQM := $(VENV)/bin/aqm
PY := $(VENV)/bin/python
DB ?= aqm.duckdb
PYTEST_ARGS ?=

.PHONY: setup demo test lint typecheck bench samples clean

setup:
	@bash scripts/setup.sh

demo: setup
	$(AQM) run samples/manifest.csv --db $(DB); \
	  rc=$$?; $(AQM) status --db $(DB); \
	  echo "Export: $(AQM) export --db $(DB) --format jsonl"; exit $$rc

test: setup
	$(VENV)/bin/ruff check aqm tests benchmarks
	$(VENV)/bin/mypy
	$(PY) -m pytest -q $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check aqm tests benchmarks
	$(VENV)/bin/mypy

bench: setup
	$(PY) benchmarks/pipeline.py

samples: setup
	$(PY) samples/build_samples.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
