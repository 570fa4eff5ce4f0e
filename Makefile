# Two set-up commands for people (`make run`, `make test`); the rest are for developers and CI.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Where `make run` serves the site; the demo loader gives the Wagtail site this address.
export PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test serve install install-test install-production migrate demo lint format check clean bench bench-search bench-load bench-abuse i18n-report messages

run: install migrate demo  ## Demo site at http://127.0.0.1:8000/ (admin at /admin/)
	$(MANAGE) runserver $(HOST):$(PORT)

# One test process per core (pytest-xdist); PYTEST_ARGS adds options, e.g. PYTEST_ARGS="-n 0 -x".
test: install-test  ## The whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.requirements-dev: requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

$(VENV)/.requirements-production: requirements-production.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-production.txt
	touch $@

$(VENV)/.requirements-test: requirements-test.txt requirements-dev.txt requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.requirements-dev

install: $(VENV)/.requirements-dev  ## Create .venv and install the runtime requirements and the demo content's readers

# axe-core (package.json) for the accessibility test in chromium; without npm it is skipped.
NPM := $(shell command -v npm)
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

install-test: $(VENV)/.requirements-test $(if $(NPM),node_modules/.package-lock.json)  ## Also install the test and lint tools (and axe-core where npm is)

install-production: $(VENV)/.requirements-production  ## Also install gunicorn and the scale-out clients

# A local key for `make serve`, kept in a git-ignored file so logins survive restarts.
.serve-secret-key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

# nginx (deploy/nginx/desa.conf) listens on PORT in front of gunicorn, as in production;
# where nginx is not installed, gunicorn serves PORT itself (deploy/local_proxy.py).
serve: install-production migrate demo .serve-secret-key  ## The production stack (nginx, gunicorn, production settings) over plain HTTP
	DJANGO_SETTINGS_MODULE=village_site.settings.production SECRET_KEY="$$(cat .serve-secret-key)" \
		$(MANAGE) collectstatic --no-input -v0
	DJANGO_SETTINGS_MODULE=village_site.settings.production SECRET_KEY="$$(cat .serve-secret-key)" \
		ALLOWED_HOSTS="$(HOST),localhost" HTTPS=false SERVE_MEDIA=true HOST=$(HOST) PORT=$(PORT) \
		$(BIN)/python deploy/local_proxy.py

migrate: install  ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate  ## Load the Desa Serang demo content and the local admin account (idempotent)
	$(MANAGE) load_demo

lint: install-test  ## ruff check, ruff format --check and the import layers (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-test  ## Rewrite code with ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install  ## Django system checks and a check that no migration is missing
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

# The report builds and drops its own throwaway database, whatever DATABASE_URL says. It
# fails below 99.5% Indonesian, or when Wagtail's name or guide shows on a screen or e-mail.
i18n-report: install-test  ## Admin screens (chromium), moderation e-mails and form errors: list English and Wagtail left
	$(MANAGE) admin_language_report

messages:  ## Compile locale/id/*.po after editing them (needs GNU gettext's msgfmt)
	$(MANAGE) compilemessages --locale id --ignore '.venv/*'

# Both run even when the first misses a target; the exit status says whether either did.
bench:  ## Every benchmark (PostgreSQL; see docs/performance.md)
	@status=0; $(MAKE) --no-print-directory bench-search || status=1; \
		$(MAKE) --no-print-directory bench-load || status=1; exit $$status

# Drops and re-creates its own database (BENCH_DATABASE_URL); BENCH_ARGS="--reuse" keeps it.
bench-search: install  ## Search benchmark: 14,000 items on PostgreSQL, /cari/ latency, index time
	DATABASE_URL=$${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/village_bench} $(BIN)/python bench/search_bench.py $(BENCH_ARGS)

# The attacker probe runs `make serve`'s stack (nginx when installed) on the demo database.
bench-abuse: install-production migrate demo  ## Attacker probe: each attack's slowdown of cached pages, 500s, lock-out
	$(MANAGE) axes_reset -v0 >/dev/null
	$(BIN)/python bench/abuse_probe.py $(BENCH_ARGS)

# Drops and re-creates its own databases (BENCH_LOAD_DATABASE_URL, and the same name with
# _a100 and _a10000 for scaling); BENCH_ARGS="--reuse" keeps them. Needs wrk installed.
bench-load: install install-production  ## Load benchmark: gunicorn + PostgreSQL under wrk, page cache cold/warm, memory, scaling
	@command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
	DATABASE_URL=$${BENCH_LOAD_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/village_loadbench} $(BIN)/python bench/load_bench.py $(BENCH_ARGS)

clean:  ## Remove the virtualenv, the SQLite database, uploaded media and the shared cache
	rm -rf $(VENV) db.sqlite3 media staticfiles var .serve-secret-key
