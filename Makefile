# The two commands a newcomer runs: `make demo` (main job) and `make test`.
# Every target installs what it needs into .venv/ and node_modules/ first.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
REDOCLY := node_modules/.bin/redocly

.PHONY: dist reference demo emulator fuzz soak spec bundle check-bundle validate lint table test lint-python docs bench generate check-generated clean diff guard release chromium

# Every piece is a package of its own folder; the development install puts them all in .venv/,
# editable, with the tools of the workspace's `dev` extra.
PACKAGES := spec validators client emulator fuzz generator generated_client/v11 generated_client/v12

$(STAMP): pyproject.toml $(addsuffix /pyproject.toml,$(PACKAGES))
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed, found " + sys.version.split()[0] + "; run make PYTHON=/path/to/python3.11")'
	@echo "==> Installing the toolkit's packages (editable) and its development tools into $(VENV)/ (a minute or two the first time)"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	-$(PY) -m pip uninstall --quiet --yes xads-toolkit 2>/dev/null
	$(PY) -m pip install --quiet $(addprefix -e ,$(filter-out emulator,$(PACKAGES))) -e 'emulator[client]' -e '.[dev]'
	@echo "==> Installed: $$($(PY) -m pip list --format=freeze 2>/dev/null | grep -c .) Python packages in $(VENV)/"
	touch $@

$(NPM_STAMP): package.json package-lock.json
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)' 2>/dev/null || { echo "Node.js 18 or newer (with npm) is needed for the spec linters; found: $$(node --version 2>/dev/null || echo none)"; exit 1; }
	@echo "==> Installing the spec linters (npm ci) into node_modules/"
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## The main job: spec checks, then the client driving the emulator through both flows.
demo: spec
	$(PY) -m demo.main_job

## The emulator on its default SQLite file and seed; prints the base URL and credentials.
emulator: $(STAMP)
	$(PY) -m xads_emulator serve --port 8080 --db var/emulator.sqlite3

## The spec: bundle, validate with openapi-spec-validator, lint with Redocly, print the operation table.
spec: bundle validate lint table

bundle: $(STAMP)
	$(PY) -m xads_spec bundle

check-bundle: $(STAMP)
	$(PY) -m xads_spec check

validate: $(STAMP)
	$(PY) -m xads_spec validate

lint: $(NPM_STAMP)
	$(REDOCLY) lint --config spec/redocly.yaml --format=stylish \
		spec/dist/x-ads-api.json spec/dist/x-ads-api.v11.json spec/dist/x-ads-api.v12.json
	node_modules/.bin/spectral lint --ruleset spec/spectral.yaml --fail-severity error --format text \
		--display-only-failures spec/dist/x-ads-api.v11.json spec/dist/x-ads-api.v12.json

## Classified differences between bundles: `make diff FROM=11 TO=12`, `make diff FROM=HEAD~1`,
## `make diff FROM=released` (against the last releases); FORMAT=markdown or json.
diff: $(STAMP)
	$(PY) -m xads_spec diff $(FROM) $(TO) --format $(or $(FORMAT),text)

## Fails on a breaking change to a released version not listed in spec/accepted-breaking-changes.yaml.
guard: $(STAMP)
	$(PY) -m xads_spec guard

## Record version VERSION as released (docs/new-version.md), then `make generate`.
release: $(STAMP)
	$(PY) -m xads_spec release $(VERSION)

## Headless Chromium for the rendered-reference test (Debian's package; CI machines start without it).
chromium:
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

table: $(STAMP)
	$(PY) -m xads_spec table

## The typed clients (generated_client/v<N>), never edited by hand.
generate: bundle
	$(PY) -m xads_generator --all

check-generated: $(STAMP)
	$(PY) -m xads_generator --check

lint-python: $(STAMP)
	$(PY) -m ruff check spec/xads_spec validators generator client emulator fuzz bench demo tests
	$(PY) -m mypy spec/xads_spec validators/xads_validators generator/xads_generator client/xads_client emulator/xads_emulator fuzz/xads_fuzz bench demo tests

# The committed docs (rules.md, fidelity.md) are checked for staleness by the tests, never rewritten here.
test: $(STAMP) check-bundle validate lint guard lint-python check-generated reference chromium
	$(PY) -m pytest -q -n 2 --dist loadgroup

## docs/rules.md and docs/fidelity.md from the spec, and the rendered reference.
docs: reference
	$(PY) -m xads_validators catalogue > docs/rules.md
	$(PY) -m xads_spec.fidelity

## The rendered reference docs/reference/x-ads-api.vN.html (built, not committed).
reference: $(STAMP) $(NPM_STAMP)
	$(PY) -m xads_spec reference

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -m bench.validators
	$(PY) -m bench.client
	$(PY) -m bench.emulator
	$(PY) -m bench.hostile
	$(PY) -m bench.lab
	$(PY) -m bench.fuzz

## Long schemathesis run: the coverage phase, 200 generated cases per operation, stateful workflows
## (XADS_FUZZ_EXAMPLES; XADS_FUZZ_BASE_URL etc. for another server, see README.md).
fuzz: $(STAMP)
	XADS_FUZZ_EXAMPLES=$${XADS_FUZZ_EXAMPLES:-200} $(PY) -m pytest -q -p no:cacheprovider tests/fuzz

## 32 clients for 60 s, then SIGKILL under writes (XADS_SOAK_SECONDS, XADS_SOAK_CLIENTS).
soak: $(STAMP)
	$(PY) -m bench.soak

## Wheels and sdists of every published package into dist/, checked by twine.
PUBLISHED := $(filter-out generator,$(PACKAGES))
dist: $(STAMP)
	rm -rf dist
	for package in $(PUBLISHED); do echo "==> building $$package"; $(PY) -m build --outdir dist $$package >/dev/null || exit 1; rm -rf $$package/build; done
	$(PY) -m twine check --strict dist/*

clean:
	rm -rf $(VENV) node_modules dist
