"""The production layout, for real: gunicorn with two sync workers, DEBUG off, Redis as the shared
cache, one trusted proxy in front (it connects from 127.0.0.10 and appends the visitor's address
to X-Forwarded-For, over HTTPS). The rate limit counts per visitor across both workers, not per
browser; a form still stores its message while Redis is unreachable; admin sign-in locks a
guessing client and the guessed account out, and nobody else.

Each server runs on a SQLite file in a temporary folder, with its static files collected there,
and is stopped after its tests."""

import contextlib
import http.client
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.test import RequestFactory, override_settings
from django_ratelimit.core import _get_window

from contact.tests.test_sent_pages import CONTACT
from infomigra import ratelimit

BASE = Path(settings.BASE_DIR)
HOST = "infomigra.test"
PROXY = "127.0.0.10"  # where the reverse proxy connects from
REDIS = "redis://127.0.0.1:6379/5"
PORTS = {"redis": 8351, "redis down": 8352}
SECRET = f"behind-proxy-test-{uuid.uuid4().hex}-{uuid.uuid4().hex}"
PASSWORD = "clave-de-prueba-2026"  # noqa: S105
PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/130.0 Mobile"
WINDOW = 600  # the public forms' limit: 5 per 10 minutes

pytestmark = pytest.mark.skipif(
    subprocess.run(["redis-cli", "-u", REDIS, "ping"], capture_output=True, check=False).returncode
    != 0,
    reason="needs Redis at 127.0.0.1:6379",
)


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, env=env, check=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A migrated SQLite database with two accounts and the collected static files; the
    environment production would have (Redis added by each server)."""
    folder = tmp_path_factory.mktemp("behind-proxy")
    database = folder / "site.sqlite3"
    prefix = f"behind-proxy-{uuid.uuid4().hex[:12]}"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
        "DJANGO_TRUSTED_PROXIES": "1",
        "DJANGO_STATIC_ROOT": str(folder / "static"),
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "DJANGO_CACHE_KEY_PREFIX": prefix,
        "DATABASE_URL": f"sqlite:///{database}",
        "DATABASE_CONN_MAX_AGE": "0",
        "REDIS_URL": REDIS,
    }
    manage(env, "migrate", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User\n"
        f"User.objects.create_superuser('admin', password={PASSWORD!r})\n"
        f"User.objects.create_user('editora', password={PASSWORD!r}, is_staff=True)"
        ".groups.add(Group.objects.get(name='Editores'))",
    )
    yield env, database
    import redis

    connection = redis.Redis.from_url(REDIS)
    for key in connection.scan_iter(f"{prefix}:*"):
        connection.delete(key)


@contextlib.contextmanager
def gunicorn(env, port):
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "infomigra.wsgi", "--workers", "2",
         "--worker-class", "sync", "--bind", f"127.0.0.1:{port}", "--no-control-socket",
         "--log-level", "warning", "--timeout", "60"],
        cwd=BASE, env=env,
    )  # fmt: skip
    try:
        for _n in range(200):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"gunicorn did not start on port {port}")
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="module")
def server(site):
    env, _database = site
    with gunicorn(env, PORTS["redis"]) as port:
        yield port


class Visitor:
    """One browser behind the proxy: the proxy tells gunicorn the visitor's `address`; the
    browser keeps its cookies and may change its User-Agent."""

    def __init__(self, port, address, agent=PHONE):
        self.port, self.address, self.agent = port, address, agent
        self.cookies = {}

    def request(self, method, path, fields=None, *, agent=None, forwarded=None):
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=60, source_address=(PROXY, 0)
        )
        headers = {
            "Host": HOST,
            "X-Forwarded-For": forwarded or self.address,
            "X-Forwarded-Proto": "https",
            "User-Agent": agent or self.agent,
            "Accept-Language": "es",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}"
            headers["Referer"] = f"https://{HOST}{path}"
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            html = response.read().decode()
        finally:
            connection.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _eq, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return response.status, response.headers, html

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, fields, **kwargs):
        """Open the form's page (for the CSRF token), then send it."""
        status, _headers, html = self.get(path, agent=kwargs.get("agent"))
        assert status == 200, html[:500]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return self.request("POST", path, {**fields, "csrfmiddlewaretoken": token}, **kwargs)


def rows(database, sql, *params):
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql, params).fetchall()


def mid_window_address(first):
    """An address (TEST-NET-3, from `first` on) whose fixed rate-limit window has at least two
    minutes left, so the test's posts all fall in one window (django-ratelimit's windows end
    at a moment that depends on the client's key)."""
    factory = RequestFactory()
    with override_settings(SECRET_KEY=SECRET, TRUSTED_PROXY_COUNT=1):
        for n in range(first, 255):
            address = f"203.0.113.{n}"
            request = factory.post("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)
            value = ratelimit.client_key("contact", request)
            if _get_window(value, WINDOW) - time.time() > 120:
                return address
    pytest.fail("no address with time left in its window")


# --- Row 1: the limit is the visitor's, not the browser's -------------------------------------


def test_one_visitor_is_limited_and_the_next_one_is_not(server, site):
    _env, database = site
    contact = "/es/contacto/"
    alice = Visitor(server, mid_window_address(1))
    bob = Visitor(server, mid_window_address(128))  # same phone, same proxy, another person
    for n in range(5):
        status, headers, _html = alice.post_form(contact, {**CONTACT, "message": f"Alice {n}"})
        assert status == 302, n
        assert headers["Location"].startswith("/es/contacto/enviado/")
    status, _headers, html = alice.post_form(contact, {**CONTACT, "message": "Alice 5"})
    assert status == 429
    assert "Has enviado varios mensajes en poco tiempo." in unescape(html)

    status, _headers, _html = bob.post_form(contact, {**CONTACT, "message": "Bob 0"})
    assert status == 302
    assert rows(database, "SELECT COUNT(*) FROM contact_contactmessage WHERE message = 'Bob 0'")

    for agent in ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1", "curl/8.5.0"):
        status, _headers, _html = alice.post_form(
            contact, {**CONTACT, "message": "Alice again"}, agent=agent
        )
        assert status == 429, agent
    # A forged first entry does not make Alice somebody else either.
    status, _headers, _html = alice.post_form(
        contact, {**CONTACT, "message": "Alice forged"}, forwarded=f"192.0.2.1, {alice.address}"
    )
    assert status == 429
    stored = rows(
        database, "SELECT message FROM contact_contactmessage WHERE message LIKE 'Alice%'"
    )
    assert sorted(message for (message,) in stored) == [f"Alice {n}" for n in range(5)]


# --- Row 5: sign-in guessing is locked out, for that client and that account ----------------


def sign_in(visitor, username, password):
    return visitor.post_form(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password, "next": "/admin/"},
    )


def test_forty_wrong_passwords_then_the_right_one_is_locked_out(server):
    attacker = Visitor(server, "198.51.100.66")
    statuses = [sign_in(attacker, "admin", f"intento-{n}")[0] for n in range(40)]
    assert statuses == [200] * 4 + [429] * 36
    status, _headers, html = sign_in(attacker, "admin", PASSWORD)
    assert status == 429
    assert "Acceso bloqueado temporalmente" in unescape(html)
    assert "sessionid" not in attacker.cookies

    colleague = Visitor(server, "198.51.100.77")
    assert sign_in(colleague, "admin", PASSWORD)[0] == 429  # the account, from anywhere
    assert sign_in(attacker, "editora", PASSWORD)[0] == 429  # the client, for any account
    status, headers, _html = sign_in(colleague, "editora", PASSWORD)  # nobody else
    assert status == 302 and headers["Location"] == "/admin/"
    status, _headers, html = colleague.get("/admin/")
    assert status == 200 and "editora" in html


# --- Row 4: Redis down, the message is kept --------------------------------------------------


def test_with_redis_unreachable_the_form_still_stores_the_message(site):
    env, database = site
    closed = PORTS["redis down"] + 1
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", closed)) != 0, "port unexpectedly open"
    with gunicorn(
        {**env, "REDIS_URL": f"redis://127.0.0.1:{closed}/5"}, PORTS["redis down"]
    ) as port:
        visitor = Visitor(port, "203.0.113.250")
        status, headers, _html = visitor.post_form(
            "/es/contacto/", {**CONTACT, "message": "Con Redis caído"}
        )
    assert status == 302
    assert headers["Location"].startswith("/es/contacto/enviado/")
    assert rows(database, "SELECT reference FROM contact_contactmessage WHERE message = ?",
                "Con Redis caído")  # fmt: skip
