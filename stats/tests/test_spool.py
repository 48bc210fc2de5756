"""A page view is one visit, exactly, even when the proxy retries a request on another app server
(the same X-Request-ID is one visit) or the database cannot take the row (it is kept in the
spool, without the address, and stored later by `manage.py stats_flush_spool`)."""

import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.utils import translation

from lines.tests.factories import ActionLineFactory
from stats import recording
from stats.models import Visit

from .test_recording import BROWSER, PERU

pytestmark = pytest.mark.django_db


@pytest.fixture
def line_url():
    line = ActionLineFactory(number=1)
    with translation.override("es"):
        return line.get_absolute_url()


def view(client, url, **headers):
    return client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="127.0.0.1",
                      HTTP_X_FORWARDED_FOR=PERU, **headers)  # fmt: skip


def test_a_request_retried_by_the_proxy_is_one_visit(client, settings, line_url):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(2):  # the same request, answered by a second app server
        assert view(client, line_url, HTTP_X_REQUEST_ID="3f9c2a7b5d1e4f60a8b7c6d5e4f3a2b1").status_code == 200  # fmt: skip
    view(client, line_url, HTTP_X_REQUEST_ID="0000aaaa1111bbbb2222cccc3333dddd")
    assert Visit.objects.count() == 2


def test_without_a_proxy_the_header_is_the_clients_and_ignored(client, settings, line_url):
    settings.TRUSTED_PROXY_COUNT = 0
    for _ in range(2):
        view(client, line_url, HTTP_X_REQUEST_ID="3f9c2a7b5d1e4f60a8b7c6d5e4f3a2b1")
    assert Visit.objects.count() == 2
    assert set(Visit.objects.values_list("request_id", flat=True)) == {""}


def test_a_visit_the_database_refuses_waits_in_the_spool_and_is_stored_once(
    client, settings, line_url, monkeypatch
):
    settings.TRUSTED_PROXY_COUNT = 1

    def database_down(**fields):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(recording, "_insert_visit", database_down)
    response = view(client, line_url, HTTP_X_REQUEST_ID="aaaabbbbccccdddd0000111122223333")
    assert response.status_code == 200  # the reader never notices
    assert not Visit.objects.exists()
    files = list(Path(settings.STATS_SPOOL_DIR).glob("visits-*.jsonl"))
    (line,) = files[0].read_text().splitlines()
    row = json.loads(line)
    assert row["path"] == line_url and row["component"] == "line"
    assert PERU not in line and "127.0.0.1" not in line  # no raw address, ever
    monkeypatch.undo()

    call_command("stats_flush_spool", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("stats_flush_spool", stdout=open("/dev/null", "w"))  # noqa: SIM115 (idempotent)
    visit = Visit.objects.get()
    assert (visit.path, visit.country, visit.request_id) == (
        line_url,
        "PE",
        "aaaabbbbccccdddd0000111122223333",
    )
    assert list(Path(settings.STATS_SPOOL_DIR).iterdir()) == []
