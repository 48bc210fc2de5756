"""The referrer table is fed by any `Referer` header: only valid host names are stored, and
whatever an older row holds leaves the report as text, never as a spreadsheet formula (on the
page's CSV and in the monthly e-mail)."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from infomigra import roles
from stats.models import Visit
from stats.recording import referrer_host_of
from stats.services import visits_rollup

from .test_recording import BROWSER, PERU

pytestmark = pytest.mark.django_db
FORMULAS = ['=HYPERLINK("http://x","clic")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tx"]


@pytest.mark.parametrize(
    ("referer", "stored"),
    [
        ("https://www.google.com/search?q=trabajo", "www.google.com"),
        ("https://WWW.Bing.COM/", "www.bing.com"),
        ("https://www.gob.pe./mtpe", "www.gob.pe"),
        ("https://xn--pe-hpa.example/", "xn--pe-hpa.example"),
        ("android-app://com.google.android.gm/", "com.google.android.gm"),
        ("http://=cmd|' /C calc'!A0/", ""),
        ('https://=HYPERLINK("http://x")/', ""),
        ("https://@SUM(1+1)/", ""),
        ("https://+cmd.example/", ""),
        ("https://-bad.example/", ""),
        ("https://bad-.example/", ""),
        ("https://exa_mple.com/", ""),
        ("https://perú.pe/", ""),
        ("https://190.239.0.1/", ""),  # an address, not a host name
        ("https://[2001:db8::1]/", ""),
        ("https://localhost/", ""),
        ("https://" + "a" * 64 + ".example/", ""),
        ("https://" + ".".join(["abcdefghi"] * 26) + ".pe/", ""),  # longer than 253
        ("=HYPERLINK(1)", ""),
        ("", ""),
    ],
)
def test_only_valid_host_names_are_stored(referer, stored):
    request = RequestFactory().get("/es/", HTTP_REFERER=referer)
    assert referrer_host_of(request) == stored


def test_a_forged_referer_is_counted_as_direct(client):
    for referer in ["http://=cmd|' /C calc'!A0/", "https://www.google.com/"]:
        response = client.get("/es/", HTTP_REFERER=referer, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=PERU)  # fmt: skip
        assert response.status_code == 200
    assert sorted(Visit.objects.values_list("referrer_host", flat=True)) == ["", "www.google.com"]


@pytest.fixture
def hostile_rows():
    """Rows written before hosts were checked: what any Referer header could have left."""
    day = datetime.date(2026, 10, 5)
    time = timezone.make_aware(datetime.datetime(2026, 10, 5, 12))
    for n, host in enumerate(FORMULAS):
        Visit.objects.create(time=time, path="/es/", language="es", country="PE",
                             component="home", referrer_host=host, device="mobile",
                             visitor=f"v{n}")  # fmt: skip
    visits_rollup(day=day)


def site_cells(text):
    lines = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    return [row[0] for row in lines[1:]]


def test_the_referrer_csv_turns_every_formula_into_text(client, login_as, hostile_rows):
    login_as(roles.DIRECTORATE)
    response = client.get("/es/estadisticas/", {"month": "2026-10", "format": "csv", "table": "referrer"})  # fmt: skip
    assert response.status_code == 200
    assert sorted(site_cells(response.content.decode())) == sorted("'" + host for host in FORMULAS)


def test_the_monthly_email_attachment_turns_every_formula_into_text(staff_user, hostile_rows):
    staff_user(roles.DIRECTORATE, "dir", email="direccion@trabajo.gob.pe")
    call_command("stats_monthly_report", "--month", "2026-10", "--email")
    attachments = {name: content for name, content, _mime in mail.outbox[0].attachments}
    assert sorted(site_cells(attachments["referrer-2026-10.csv"])) == sorted("'" + host for host in FORMULAS)  # fmt: skip
