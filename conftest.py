"""Fixtures shared by every app's tests: fast password hashing, plain static storage (no manifest
needed), uploads in a temporary folder and a clean language state between tests; query counting."""

import pytest
from django.core.cache import cache
from django.utils import translation


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
