# The two commands a new machine needs: `make run` and `make test`. Both set everything up first.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run test setup setup-test lint layers forms translations lock bench clean demo package

run: setup
	$(BIN)/dismantler $(ARGS)

setup:
	@bash packaging/bootstrap.sh run

setup-test:
	@bash packaging/bootstrap.sh test

test: setup-test lint layers
	$(BIN)/python -m pytest $(ARGS)

lint: setup-test
	$(BIN)/ruff check dismantler_app tests benchmarks
	$(BIN)/ruff format --check dismantler_app tests benchmarks

layers: setup-test
	$(BIN)/lint-imports

# Regenerate the lock after changing dependencies in pyproject.toml (needs network to PyPI).
lock:
	$(BIN)/python -m pip install -q uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --universal --generate-hashes \
	    --no-header --output-file requirements.lock requirements-build.in

# Regenerate the Designer forms (ui/*.ui) and the Qt Linguist catalogues (.ts for zh_CN and en, then .qm) after
# changing a form or a visible string; tests/gui/test_generated_files.py fails while they are stale.
forms translations: setup-test
	$(BIN)/python packaging/build_forms.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info

# Demo mode: a throw-away yard with demo users and vehicles, and a virtual camera playing the bundled labels.
demo: setup
	$(BIN)/dismantler --demo $(ARGS)

# The Linux one-folder bundle in dist/dismantler/ (about 70 s on 2 cores), then its size, self-test and start-up time.
package: setup
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/dismantler.spec
	$(BIN)/python packaging/check_bundle.py dist/dismantler

# The user guide's screenshots (docs/images/guide/<language>/) from the real app on the demo yard under Xvfb.
.PHONY: screenshots
screenshots: setup-test
	$(BIN)/python packaging/screenshots.py $(ARGS)
