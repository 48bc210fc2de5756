"""Fixtures shared by every app's tests: fast password hashing, plain static storage (no manifest
needed), uploads in a temporary folder and a clean language state between tests; query counting;
staff users and logging in as each role."""

import itertools

import pytest
from django.core.cache import cache
from django.utils import translation

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
    cache.clear()  # rate limits and cached pages start afresh
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def count_queries(client):
    """`count_queries(url)` → (response, number of SQL queries the GET took)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url, **extra):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, **extra)
        return response, len(captured.captured_queries)

    return count


@pytest.fixture
def staff_user(db):
    """`staff_user(group, username=None, **fields)` → a new staff user in the staff group `group`
    (`infomigra.roles.EDITORS`, `ATTENTION` or `DIRECTORATE`). `fields` go to `create_user`
    (`email=`, `is_active=`, even `is_staff=False`)."""
    from django.contrib.auth.models import Group, User

    made = itertools.count(1)

    def make(group, username=None, **fields):
        fields.setdefault("is_staff", True)
        user = User.objects.create_user(username or f"{group}-{next(made)}", **fields)
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def login_as(client, staff_user):
    """`login_as(role, username=None, **fields)` logs the test `client` in and returns the user.

    `role` is a staff group name (`infomigra.roles.EDITORS`, `ATTENTION`, `DIRECTORATE`),
    `"superuser"`, or `"anonymous"` (logs out, returns None)."""
    from django.contrib.auth.models import User

    def login(role, username=None, **fields):
        if role == ANONYMOUS:
            client.logout()
            return None
        if role == SUPERUSER:
            user = User.objects.create_superuser(username or "root", **fields)
        else:
            user = staff_user(role, username, **fields)
        client.force_login(user)
        return user

    return login
