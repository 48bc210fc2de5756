import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.utils import translation

from infomigra.views import server_error
from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory

pytestmark = pytest.mark.django_db

QUESTIONS = [
    "¿Vas a trabajar en el extranjero?",
    "¿Vas a retornar al Perú?",
    "¿Trabajas en el extranjero?",
    "¿Eres trabajador migrante andino o extranjero y trabajas o quieres trabajar en el Perú?",
]


def test_home_shows_the_four_lines_as_questions_and_the_contact_channels(client):
    for number, question in enumerate(QUESTIONS, start=1):
        ActionLineFactory(number=number, title_es=question)
    response = client.get("/es/")
    assert response.status_code == 200
    assert "infomigra/home.html" in [t.name for t in response.templates]
    html = response.content.decode()
    for question in QUESTIONS:
        assert question in html
    assert html.count("<h1") == 1
    assert f"mailto:{settings.INFOMIGRA_CONTACT_EMAIL}" in html
    assert "Atención presencial" in html
    assert "Información complementaria" in html
    assert 'href="#main"' in html and 'id="main"' in html


def test_home_query_count_does_not_grow_with_content(count_queries):
    counts = []
    for items, countries in [(3, ["US"]), (30, ["ES", "IT", "CL", "AR"])]:
        for number in range(1, 5):
            line = ActionLineFactory(number=number)
            SectionFactory.create_batch(items, line=line)
        for code in countries:
            CountryGuideFactory(country=code)
        response, queries = count_queries("/es/")
        assert response.status_code == 200
        counts.append(queries)
    # Lines (once: the menu reuses the page's), their sections, guides, news, events, the
    # footer's service points, the addresses of the panel's pages (SIVITMA, Retorno Productivo:
    # home and footer share them).
    assert counts[0] == counts[1] == 7


def test_server_error_page_is_translated_and_needs_no_database():
    request = RequestFactory().get("/en/")
    with translation.override("en"), connection.execute_wrapper(_fail):
        response = server_error(request)
    assert response.status_code == 500
    assert "Sorry, something went wrong" in response.content.decode()
    assert settings.INFOMIGRA_CONTACT_EMAIL in response.content.decode()


def _fail(*args):
    raise AssertionError("the 500 page must not query the database")


def test_sqlite_is_configured_for_concurrent_writers():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite-only setting; this run uses " + connection.vendor)
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 1  # NORMAL, the recommended setting with WAL
    assert "journal_mode=WAL" in options["init_command"]


def manage(*args, **env):
    """Run `manage.py args` in a new process with `env` added to the environment."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=Path(settings.BASE_DIR),
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_check_is_clean_under_production_settings(tmp_path):
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 64 + "-production-like-secret-for-the-check",
        DJANGO_ALLOWED_HOSTS="infomigra.example.pe",
        DATABASE_URL=f"sqlite:///{tmp_path / 'check.sqlite3'}",
        REDIS_URL="redis://127.0.0.1:6379/1",  # production's shared cache (not contacted)
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_a_cache_each_worker_keeps_to_itself(tmp_path):
    result = manage(
        "check", "--deploy",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 64 + "-production-like-secret-for-the-check",
        DJANGO_ALLOWED_HOSTS="infomigra.example.pe",
        DATABASE_URL=f"sqlite:///{tmp_path / 'check.sqlite3'}",
        REDIS_URL="",
    )  # fmt: skip
    assert result.returncode != 0
    assert "infomigra.E001" in result.stderr and "LocMemCache" in result.stderr
    assert "REDIS_URL" in result.stderr


def test_the_deploy_check_fails_without_a_secret_key():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", DJANGO_DEBUG="0", DJANGO_SECRET_KEY=""
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_favicon_request_is_sent_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")
