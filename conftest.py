"""Fixtures shared by every app's tests: fast password hashing, plain static storage (no manifest
needed), uploads in a temporary folder and a clean language state between tests; query counting;
staff users and logging in as each role; a browser page for the browser tests."""

import itertools
import os

# The suite runs with the development defaults (DEBUG on at import: no HTTPS redirect, a
# development secret key), whatever the shell has, unless the environment says otherwise;
# production behaviour is tested explicitly (override_settings, or a new process with its own
# environment). The settings module is named here and not in pytest.ini because pytest-django
# imports the settings named there before this file runs.
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infomigra.settings")

import io  # noqa: E402
import signal  # noqa: E402

import django  # noqa: E402

django.setup()

import pytest  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.utils import translation  # noqa: E402

ANONYMOUS, SUPERUSER = "anonymous", "superuser"  # the roles of `login_as` besides the groups


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MEDIA_ROOT = tmp_path / "media"  # uploads never land in the work tree
    settings.SIVITMA_PRIVATE_ROOT = str(tmp_path / "private-media")
    settings.STATS_SPOOL_DIR = str(tmp_path / "spool")
    # client.login() authenticates without a request, which django-axes refuses: the sign-in
    # lockout tests turn it on. Two-factor sign-in is optional unless a test requires it
    # (`login_as` then gives the session its code).
    settings.AXES_ENABLED = False
    settings.OTP_REQUIRED_FOR = ()
    cache.clear()  # rate limits and cached pages start afresh
    # A transactional test with serialized_rollback leaves the content-type table flushed (its
    # rows come back only for the next such test); Django's per-process cache would still hand
    # out the old ids, which the search index's rows then point at.
    ContentType.objects.clear_cache()
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def count_queries(client, settings):
    """`count_queries(url)` → (response, number of SQL queries the GET took to render the page:
    the page cache is off, `infomigra/tests/test_page_cache.py` counts what a cached page
    costs)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0

    def count(url, **extra):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, **extra)
        return response, len(captured.captured_queries)

    return count


def restore_staff_groups():
    """Make the staff groups and their permissions again as the data migrations do (their
    `create_groups` and `grant` steps, in migration order): a transactional test flushes the
    database, groups included, and a later one still signs in as Atención or Dirección."""
    from django.apps import apps
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.operations import RunPython

    loader = MigrationLoader(connection)
    plan = []
    for leaf in loader.graph.leaf_nodes():
        plan.extend(node for node in loader.graph.forwards_plan(leaf) if node not in plan)
    for node in plan:
        for operation in loader.graph.nodes[node].operations:
            if isinstance(operation, RunPython) and operation.code.__name__ in STAFF_STEPS:
                operation.code(apps, None)


STAFF_STEPS = {"create_groups", "grant"}


@pytest.fixture
def staff_user(db):
    """`staff_user(group, username=None, **fields)` → a new staff user in the staff group `group`
    (`infomigra.roles.EDITORS`, `ATTENTION` or `DIRECTORATE`). `fields` go to `create_user`
    (`email=`, `is_active=`, even `is_staff=False`)."""
    from django.contrib.auth.models import Group, User

    made = itertools.count(1)

    def make(group, username=None, **fields):
        if not Group.objects.filter(name=group).exists():
            restore_staff_groups()
        fields.setdefault("is_staff", True)
        user = User.objects.create_user(username or f"{group}-{next(made)}", **fields)
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def login_as(client, staff_user):
    """`login_as(role, username=None, **fields)` logs the test `client` in and returns the user.

    `role` is a staff group name (`infomigra.roles.EDITORS`, `ATTENTION`, `DIRECTORATE`),
    `"superuser"`, or `"anonymous"` (logs out, returns None). Where `OTP_REQUIRED_FOR` asks the
    user for a two-factor code, the session is marked verified as after a right code."""
    from django.contrib.auth.models import User
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from infomigra.two_factor import is_required

    def login(role, username=None, **fields):
        if role == ANONYMOUS:
            client.logout()
            return None
        if role == SUPERUSER:
            user = User.objects.create_superuser(username or "root", **fields)
        else:
            user = staff_user(role, username, **fields)
        client.force_login(user)
        if is_required(user):
            device = TOTPDevice.objects.create(user=user, name="Teléfono", confirmed=True)
            session = client.session
            session[DEVICE_ID_SESSION_KEY] = device.persistent_id
            session.save()
        return user

    return login


# --- Browser tests (`-m browser`): Debian's Chromium through Playwright, axe-core checks ----------

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def page(monkeypatch):
    """A Playwright page in headless Chromium (`CHROMIUM` names the binary), Spanish, phone-sized;
    the test fails if the page asked anything of a third party or broke its Content-Security-
    Policy."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls of the tests are
    # still synchronous, one at a time.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(executable):
        pytest.fail(f"Chromium not found at {executable}: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        context = browser.new_context(locale="es-PE", viewport={"width": 390, "height": 844})
        page = context.new_page()
        outside = []
        page.on(
            "request",
            lambda request: (
                outside.append(request.url)
                if not request.url.startswith(("http://localhost", "data:"))
                else None
            ),
        )
        refused = []  # Chromium reports each CSP violation on the console
        page.on(
            "console",
            lambda message: (
                refused.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        yield page
        browser.close()
        assert outside == [], f"third-party requests: {outside}"
        assert refused == [], f"Content-Security-Policy violations: {refused}"


@pytest.fixture
def assert_accessible():
    """`assert_accessible(page)`: axe-core finds no violation and the page has one h1."""
    from axe_playwright_python.sync_playwright import Axe

    def check(page):
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        assert page.locator("h1").count() == 1

    return check


@pytest.fixture
def run_worker():
    """`run_worker()` runs `manage.py db_worker --batch` here: every task that is ready, then it
    stops. The worker installs its own signal handlers; they are put back afterwards."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]

    def run():
        saved = {number: signal.getsignal(number) for number in signals}
        try:
            call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload",
                         verbosity=0, stdout=io.StringIO())  # fmt: skip
        finally:
            for number, handler in saved.items():
                signal.signal(number, handler)

    return run
