"""The middleware counts each public page view once, and ignores everything else."""

import datetime

import pytest
import time_machine
from django.test import override_settings

from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory
from stats.models import DailySalt, Visit
from stats.recording import country_of, visitor_key

pytestmark = pytest.mark.django_db
BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
)


def get(client, path, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    headers.setdefault("REMOTE_ADDR", "190.239.0.1")
    return client.get(path, **headers)


def test_a_public_page_view_is_one_row_with_its_facts(client):
    section = SectionFactory(
        line=ActionLineFactory(number=1, slug_es="trabajar-fuera"), slug_es="visas"
    )
    response = get(
        client,
        "/es/lineas/trabajar-fuera/visas/",
        HTTP_REFERER="https://www.google.com/search?q=visa",
    )
    assert response.status_code == 200
    visit = Visit.objects.get()
    assert (visit.path, visit.language, visit.country, visit.line) == (
        "/es/lineas/trabajar-fuera/visas/",
        "es",
        "PE",
        1,
    )
    assert (visit.component, visit.content) == ("line", f"section:{section.pk}")
    assert (visit.referrer_host, visit.device) == ("www.google.com", "mobile")
    assert len(visit.visitor) == 16 and "190.239" not in visit.visitor


def test_guide_and_panel_pages_are_classified(client):
    CountryGuideFactory(country="ES", slug_es="espana")
    get(client, "/es/guias/espana/")
    get(client, "/en/news/")
    visits = list(Visit.objects.order_by("pk").values_list("component", "content", "language"))
    assert visits == [("guides", "guide:ES", "es"), ("news", "", "en")]


@pytest.mark.parametrize(
    ("description", "request_kwargs"),
    [
        ("admin", {"path": "/admin/login/"}),
        ("static file", {"path": "/static/css/site.css"}),
        ("feed", {"path": "/es/noticias/rss/"}),
        ("redirect", {"path": "/"}),
        ("not found", {"path": "/es/no-existe/"}),
        (
            "googlebot",
            {"path": "/es/", "HTTP_USER_AGENT": "Mozilla/5.0 (compatible; Googlebot/2.1)"},
        ),
        ("curl", {"path": "/es/", "HTTP_USER_AGENT": "curl/8.5.0"}),
        ("no user agent", {"path": "/es/", "HTTP_USER_AGENT": ""}),
        ("prefetch", {"path": "/es/", "HTTP_SEC_PURPOSE": "prefetch"}),
        ("robots", {"path": "/robots.txt"}),
        ("sitemap", {"path": "/sitemap.xml"}),
    ],
)
def test_what_is_not_a_page_view_is_ignored(client, description, request_kwargs):
    path = request_kwargs.pop("path")
    get(client, path, **request_kwargs)
    assert not Visit.objects.exists(), description


def test_head_and_post_are_ignored(client):
    client.head("/es/", HTTP_USER_AGENT=BROWSER)
    client.post("/es/buscar/", HTTP_USER_AGENT=BROWSER)
    assert not Visit.objects.exists()


@pytest.mark.parametrize(
    ("ip", "country"),
    [("8.8.8.8", "US"), ("190.239.0.1", "PE"), ("2800:200::1", "PE"), ("80.58.61.250", "ES"),
     ("151.1.1.1", "IT"), ("200.27.1.1", "CL"), ("200.45.1.1", "AR"), ("2001:4860:4860::8888", "US"),
     ("127.0.0.1", ""), ("10.0.0.1", ""), ("no-ip", "")],
)  # fmt: skip
def test_known_addresses_give_their_country(ip, country):
    assert country_of(ip) == country


def test_x_forwarded_for_is_ignored_unless_proxies_are_configured(client):
    get(client, "/es/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="8.8.8.8")
    assert Visit.objects.get().country == ""  # the proxy's own, private address
    with override_settings(STATS_TRUSTED_PROXIES=1):
        get(client, "/es/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 80.58.61.250")
    assert Visit.objects.order_by("-pk").first().country == "ES"  # the address our proxy saw


def test_visitor_key_changes_from_one_day_to_the_next_and_old_salts_go(client):
    from stats.services import visits_rollup_pending

    with time_machine.travel(datetime.datetime(2026, 10, 5, 15, tzinfo=datetime.UTC)):
        first = visitor_key(day=datetime.date(2026, 10, 5), ip="190.239.0.1", user_agent=BROWSER)
        again = visitor_key(day=datetime.date(2026, 10, 5), ip="190.239.0.1", user_agent=BROWSER)
    with time_machine.travel(datetime.datetime(2026, 10, 6, 15, tzinfo=datetime.UTC)):
        next_day = visitor_key(day=datetime.date(2026, 10, 6), ip="190.239.0.1", user_agent=BROWSER)
        visits_rollup_pending()
        assert list(DailySalt.objects.values_list("date", flat=True)) == [
            datetime.date(2026, 10, 6)
        ]
    assert first == again != next_day


def test_a_failed_write_never_fails_the_page(client, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr("stats.middleware.visit_record", broken)
    response = get(client, "/es/")
    assert response.status_code == 200
    assert "Visit not recorded" in caplog.text and "190.239" not in caplog.text


def test_logging_costs_one_insert_per_page_view(client, django_assert_num_queries):
    get(client, "/es/")  # creates today's salt
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        get(client, "/es/")
    inserts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    salt_reads = [q["sql"] for q in queries.captured_queries if "stats_dailysalt" in q["sql"]]
    assert len(inserts) == 1 and "stats_visit" in inserts[0]
    assert len(salt_reads) == 1
