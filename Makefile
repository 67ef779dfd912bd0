# Two-command quick start: `make run` and `make test` (see README.md).
PYTHON ?= python3
NPM ?= npm
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# GraphiQL's offline assets: built from ide/ (npm registry, pinned by ide/package-lock.json)
# into schema/static/graphiql/ (gitignored). build.json is the build's last output.
IDE_MODULES := ide/node_modules/.package-lock.json
IDE_ASSETS := schema/static/graphiql/build.json

.PHONY: run test lint bench clean install graphiql

install: $(STAMP) graphiql

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# the project's own bytecode, written once: an editable install compiles none, and where
	@# PYTHONDONTWRITEBYTECODE is set every kb process would compile its sources again
	@# (about 0.5 s of a 3 s seeds load)
	$(BIN)/python -m compileall -q kb loaders schema > /dev/null
	touch $(STAMP)

# Without npm the API still works; /graphql in a browser then says how to build GraphiQL.
graphiql:
	@if command -v $(NPM) >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory -s $(IDE_ASSETS); \
	else \
		echo "warning: npm not found: GraphiQL's assets are not built (needs Node.js >= 20 and npm; then run 'make install')" >&2; \
	fi

$(IDE_MODULES): ide/package.json ide/package-lock.json
	cd ide && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $(IDE_MODULES)

$(IDE_ASSETS): $(IDE_MODULES) ide/build.mjs $(wildcard ide/src/*)
	cd ide && $(NPM) run --silent build

run: install
	$(BIN)/kb load
	$(BIN)/kb serve

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) kb.sqlite kb.sqlite-* .pytest_cache ide/node_modules schema/static/graphiql
