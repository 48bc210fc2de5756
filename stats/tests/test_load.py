"""Exact under load: several gunicorn workers, N concurrent page views, exactly N rows — on the
database this test run uses (SQLite file in WAL mode, or PostgreSQL)."""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

VIEWS = 120
WORKERS = 3
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def database(tmp_path):
    """A fresh database of the same kind as the test run's, outside the test transaction."""
    if connection.vendor == "sqlite":
        path = tmp_path / "load.sqlite3"
        yield (
            f"sqlite:///{path}",
            lambda: sqlite3.connect(path).execute("SELECT COUNT(*) FROM stats_visit").fetchone()[0],
        )
        return
    import psycopg2

    params = connection.get_connection_params()
    name = f"infomigra_load_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(**{**params, "dbname": "postgres"})
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    user = params.get("user") or "postgres"
    url = f"postgres://{user}@{params.get('host', '127.0.0.1')}:{params.get('port', 5432)}/{name}"

    def count_rows():
        conn = psycopg2.connect(**{**params, "dbname": name})
        try:
            cursor = conn.cursor()
            cursor.execute("SELECT COUNT(*) FROM stats_visit")
            return cursor.fetchone()[0]
        finally:
            conn.close()

    yield url, count_rows
    admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def test_n_concurrent_page_views_give_exactly_n_rows(database):
    url, count_rows = database
    base = Path(settings.BASE_DIR)
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_DEBUG": "1", "DATABASE_CONN_MAX_AGE": "0"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v0"], cwd=base, env=env, check=True)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "infomigra.wsgi", "-w", str(WORKERS), "-b", f"127.0.0.1:{port}",
         "--log-level", "warning", "--no-control-socket"],
        cwd=base, env=env,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)

        def view(n):
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/es/",
                headers={"User-Agent": BROWSER, "Accept-Language": "es"},
            )
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (our own server)
                return response.status

        with ThreadPoolExecutor(max_workers=12) as pool:
            statuses = list(pool.map(view, range(VIEWS)))
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert statuses == [200] * VIEWS
    assert count_rows() == VIEWS
