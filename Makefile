# Perú InfoMigra — `make help` lists the targets.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help system-packages install run test test-browser lint format messages check-deploy bench bench-db bench-pages bench-report bench-visits cluster-test

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'

# Debian packages beside Python (deploy/debian-packages.txt): installed when missing and when
# apt-get can run (as root); otherwise the missing ones are named.
system-packages: ## Install the Debian packages the portal needs (WeasyPrint's libraries, gettext, chromium, nginx, dovecot, wrk)
	@missing=$$(grep -v '^#' deploy/debian-packages.txt | xargs -r -n1 sh -c 'dpkg -s "$$0" >/dev/null 2>&1 || echo "$$0"'); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing: $$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null; \
	  else echo "missing Debian packages (sudo apt-get install $$missing)"; exit 1; fi; \
	fi

$(VENV)/.installed: requirements.txt deploy/debian-packages.txt
	$(MAKE) --no-print-directory system-packages
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the pinned requirements

# `make run` starts the worker that sends e-mail (in development it prints them here) beside
# the web server, and stops it when the web server stops.
run: export DJANGO_DEBUG = 1
run: install ## Migrate, load the demo content into SQLite and serve on http://127.0.0.1:8000 (with the e-mail worker)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py createinitialrevisions --comment "Contenido inicial"
	$(PY) manage.py stats_sample_data --visits 20000 --if-empty
	$(PY) manage.py ensure_superuser --demo-accounts
	$(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install ## Run the test suite (SQLite, or PostgreSQL when DATABASE_URL says so)
	$(PY) -m pytest

test-browser: install ## Run the browser tests in Debian's Chromium (apt-get install chromium)
	@test -x $(CHROMIUM) || { echo "Chromium not found at $(CHROMIUM): apt-get install chromium"; exit 1; }
	CHROMIUM=$(CHROMIUM) $(PY) -m pytest -m browser

lint: install ## Check code style (ruff), formatting, templates (djlint) and the apps' import arrows
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint --lint .
	$(VENV)/bin/lint-imports --no-cache

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: install ## Update locale/en from the code and templates, then compile it
	$(PY) manage.py makemessages -l en --no-obsolete --ignore=.venv --ignore=static --ignore=staticfiles --ignore="*/tests/*" --ignore=conftest.py
	$(PY) manage.py compilemessages -l en --ignore=.venv

check-deploy: install ## Django's deployment checks under production-like settings
	DJANGO_DEBUG=0 DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-check-only-$$(date +%s)-not-a-real-secret-key-xxxxxxxxxxxxxxxx} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-infomigra.example.pe} REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/1} \
	$(PY) manage.py check --deploy --fail-level WARNING

BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/infomigra_bench
BENCH_ROUNDS ?= 3
BENCH_SECONDS ?= 8
bench: bench-pages bench-report ## Both benchmarks below (PostgreSQL scratch database; not part of make test)

bench-db: install
	psql "$(dir $(BENCH_DATABASE_URL))postgres" -tc "SELECT 1 FROM pg_database WHERE datname = '$(notdir $(BENCH_DATABASE_URL))'" | grep -q 1 \
	  || psql "$(dir $(BENCH_DATABASE_URL))postgres" -c 'CREATE DATABASE "$(notdir $(BENCH_DATABASE_URL))"'
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py migrate -v0

bench-pages: bench-db ## Public pages under gunicorn (2 workers, DEBUG off) vs a bare Django view, with wrk; fails below the goals
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py load_demo_content >/dev/null
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py bench_pages --rounds $(BENCH_ROUNDS) --duration $(BENCH_SECONDS)

bench-report: bench-db ## The monthly report on 1,000,000 visits
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py stats_bench --visits 1000000

bench-visits: bench-db ## Visit rows per second PostgreSQL takes (pgbench, the middleware's own INSERT, 8 clients)
	$(PY) deploy/bench_visits.py $(BENCH_DATABASE_URL)

cluster-test: install ## Two app instances behind nginx, faults injected under load, counts checked (deploy/cluster_test.py, under 5 min)
	$(PY) deploy/cluster_test.py
