"""The middleware counts each public page view once, and ignores everything else."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from complementary.tests.factories import EventFactory, NewsItemFactory
from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory
from stats import recording
from stats.models import DailySalt, Visit
from stats.recording import bot_pattern, country_of, device_of, is_bot, visitor_key
from stats.services import visits_rollup_pending

pytestmark = pytest.mark.django_db
BROWSER = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
)
DESKTOP = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"
IPAD = (
    "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Safari/604.1"
)
PERU = "190.239.0.1"  # Telefónica del Perú


def get(client, path, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    headers.setdefault("REMOTE_ADDR", PERU)
    return client.get(path, **headers)


def url(name, language="es", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


# --- What is counted, one test each ----------------------------------------------------------


def test_a_spanish_page_is_one_row_with_its_facts(client):
    response = get(client, "/es/", HTTP_REFERER="https://www.google.com/search?q=trabajo")
    assert response.status_code == 200
    visit = Visit.objects.get()
    assert (visit.path, visit.language, visit.country, visit.component) == (
        "/es/",
        "es",
        "PE",
        "home",
    )
    assert (visit.referrer_host, visit.device, visit.line, visit.content) == (
        "www.google.com",
        "mobile",
        None,
        "",
    )
    assert len(visit.visitor) == 16 and PERU not in visit.visitor  # fmt: skip


def test_an_english_page_is_counted_in_english(client):
    get(client, "/en/news/")
    assert list(Visit.objects.values_list("path", "language", "component")) == [
        ("/en/news/", "en", "news")
    ]


def test_an_action_line_page_counts_for_its_line(client):
    line = ActionLineFactory(number=2, slug_es="retornar")
    get(client, "/es/lineas/retornar/")
    visit = Visit.objects.get()
    assert (visit.line, visit.component, visit.content) == (line.number, "line", "line:2")


def test_a_section_page_counts_for_its_section_and_line(client):
    section = SectionFactory(line=ActionLineFactory(number=1, slug_es="fuera"), slug_es="visas")
    get(client, "/es/lineas/fuera/visas/")
    visit = Visit.objects.get()
    assert (visit.line, visit.component, visit.content) == (1, "line", f"section:{section.pk}")


def test_a_country_guide_counts_for_its_country(client):
    CountryGuideFactory(country="IT", slug_es="italia")
    get(client, "/es/guias/italia/")
    assert list(Visit.objects.values_list("component", "content")) == [("guides", "guide:IT")]


def test_a_news_item_counts_for_the_news_component(client):
    item = NewsItemFactory()
    get(client, item.get_absolute_url())
    assert list(Visit.objects.values_list("component", "content")) == [
        ("news", f"newsitem:{item.pk}")
    ]


def test_an_event_counts_for_the_events_component(client):
    event = EventFactory()
    get(client, event.get_absolute_url())
    assert list(Visit.objects.values_list("component", "content")) == [
        ("events", f"event:{event.pk}")
    ]


def test_a_list_page_counts_for_its_component(client):
    get(client, url("complementary:faq_list"))
    assert list(Visit.objects.values_list("component", "content")) == [("faq", "")]


def test_a_referrer_on_our_own_site_is_not_an_external_referrer(client):
    get(client, "/es/", HTTP_REFERER="http://testserver/es/noticias/")
    assert Visit.objects.get().referrer_host == ""


def test_device_classes():
    assert (device_of(BROWSER), device_of(DESKTOP), device_of(IPAD)) == (
        "mobile",
        "desktop",
        "tablet",
    )


# --- What is ignored, one test each ------------------------------------------------------


def assert_not_counted(response, status=None):
    if status is not None:
        assert response.status_code == status
    assert not Visit.objects.exists()


def test_the_admin_is_not_counted(client, login_as):
    login_as("superuser")
    assert_not_counted(get(client, "/admin/"), 200)


def test_static_files_are_not_counted(client):
    assert_not_counted(get(client, "/static/css/site.css"))


def test_media_files_are_not_counted(client):
    assert_not_counted(get(client, "/media/nada.pdf"), 404)


def test_feeds_are_not_counted(client):
    assert_not_counted(get(client, url("complementary:news_rss")), 200)


def test_calendar_files_are_not_counted(client):
    assert_not_counted(get(client, url("complementary:event_calendar")), 200)


def test_head_requests_are_not_counted(client):
    assert_not_counted(client.head("/es/", HTTP_USER_AGENT=BROWSER), 200)


def test_posts_are_not_counted(client):
    assert_not_counted(client.post("/es/opinion/", HTTP_USER_AGENT=BROWSER))


def test_redirects_are_not_counted(client):
    assert_not_counted(get(client, "/"), 302)


def test_not_found_pages_are_not_counted(client):
    assert_not_counted(get(client, "/es/no-existe/"), 404)


def test_server_errors_are_not_counted(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("infomigra.home.HomeView.get", broken)
    client.raise_request_exception = False
    assert_not_counted(get(client, "/es/"), 500)


def test_prefetches_are_not_counted(client):
    assert_not_counted(get(client, "/es/", HTTP_SEC_PURPOSE="prefetch"), 200)


def test_prerenders_are_not_counted(client):
    assert_not_counted(get(client, "/es/", HTTP_SEC_PURPOSE="prefetch;prerender"), 200)


def test_googlebot_is_not_counted(client):
    ua = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
    assert_not_counted(get(client, "/es/", HTTP_USER_AGENT=ua), 200)


def test_command_line_tools_are_not_counted(client):
    assert_not_counted(get(client, "/es/", HTTP_USER_AGENT="curl/8.5.0"), 200)


def test_a_request_without_user_agent_is_not_counted(client):
    assert_not_counted(get(client, "/es/", HTTP_USER_AGENT=""), 200)


def test_robots_and_sitemap_are_not_counted(client):
    get(client, "/robots.txt")
    assert_not_counted(get(client, "/sitemap.xml"), 200)


def test_the_staff_report_is_not_counted(client, login_as):
    login_as("superuser")
    assert_not_counted(get(client, url("stats:report")), 200)


def test_no_cookie_is_set(client):
    response = get(client, "/es/")
    assert Visit.objects.count() == 1
    assert not response.cookies


# --- The bot list ---------------------------------------------------------------------------


def test_the_bot_list_matches_each_of_its_entries_and_no_browser():
    entries = [
        line.strip()
        for line in recording.BOT_PATTERNS_FILE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert entries == sorted(entries) and len(entries) == len(set(entries))
    assert all(bot_pattern().search(f"Mozilla/5.0 ({entry} 1.0)") for entry in entries)
    browsers = [BROWSER, DESKTOP, IPAD,
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Gecko/20100101 Firefox/131.0",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1"]  # fmt: skip
    assert not any(is_bot(ua) for ua in browsers)


# --- Where from --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ip", "country"),
    [
        ("8.8.8.8", "US"),  # Google's public DNS
        ("2001:4860:4860::8888", "US"),  # the same, IPv6
        (PERU, "PE"),  # Telefónica del Perú
        ("2800:200::1", "PE"),  # Telefónica del Perú, IPv6
        ("80.58.61.250", "ES"),  # Telefónica España's DNS
        ("151.1.1.1", "IT"),  # Italy
        ("200.27.1.1", "CL"),  # Chile
        ("200.45.1.1", "AR"),  # Argentina
        ("127.0.0.1", ""),
        ("10.0.0.1", ""),
        ("::1", ""),
        ("no-ip", ""),
    ],
)
def test_known_addresses_give_their_country(ip, country):
    assert country_of(ip) == country


def test_x_forwarded_for_is_ignored_by_default(client):
    get(client, "/es/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="8.8.8.8")
    assert Visit.objects.get().country == ""  # the proxy's own, private address


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_x_forwarded_for_is_read_behind_a_configured_proxy(client):
    # The client forged the first entry; our one proxy appended the address it saw.
    get(client, "/es/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="8.8.8.8, 80.58.61.250")
    assert Visit.objects.get().country == "ES"


# --- The anonymous visitor key ---------------------------------------------------------------


def test_visitor_key_is_stable_within_a_day_and_changes_the_next_day():
    with time_machine.travel(datetime.datetime(2026, 10, 5, 15, tzinfo=datetime.UTC)):
        first = visitor_key(day=datetime.date(2026, 10, 5), ip=PERU, user_agent=BROWSER)
        again = visitor_key(day=datetime.date(2026, 10, 5), ip=PERU, user_agent=BROWSER)
        other = visitor_key(day=datetime.date(2026, 10, 5), ip="8.8.8.8", user_agent=BROWSER)
    with time_machine.travel(datetime.datetime(2026, 10, 6, 15, tzinfo=datetime.UTC)):
        next_day = visitor_key(day=datetime.date(2026, 10, 6), ip=PERU, user_agent=BROWSER)
    assert first == again
    assert other != first
    assert next_day != first


def test_visits_of_two_days_get_different_keys(client):
    with time_machine.travel(datetime.datetime(2026, 10, 5, 15, tzinfo=datetime.UTC)):
        get(client, "/es/")
        get(client, "/es/noticias/")
    with time_machine.travel(datetime.datetime(2026, 10, 6, 15, tzinfo=datetime.UTC)):
        get(client, "/es/")
    keys = list(Visit.objects.order_by("time").values_list("visitor", flat=True))
    assert keys[0] == keys[1] != keys[2]


def test_yesterdays_salt_is_destroyed(client):
    with time_machine.travel(datetime.datetime(2026, 10, 5, 15, tzinfo=datetime.UTC)):
        get(client, "/es/")
    with time_machine.travel(datetime.datetime(2026, 10, 6, 15, tzinfo=datetime.UTC)):
        get(client, "/es/")  # the new day's salt replaces the old one
        assert list(DailySalt.objects.values_list("date", flat=True)) == [
            datetime.date(2026, 10, 6)
        ]
        recording._salts.clear()
        DailySalt.objects.create(date=datetime.date(2026, 10, 1), salt="x")
        visits_rollup_pending()  # and the nightly job removes any left behind
        assert list(DailySalt.objects.values_list("date", flat=True)) == [
            datetime.date(2026, 10, 6)
        ]


# --- Cost and failures -----------------------------------------------------------------------


def test_a_failed_write_never_fails_the_page(client, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr("stats.middleware.visit_record", broken)
    response = get(client, "/es/")
    assert response.status_code == 200
    assert "Visit not recorded" in caplog.text and PERU not in caplog.text


def test_logging_costs_one_insert_per_page_view(client, settings):
    get(client, "/es/")  # the day's first view reads (or creates) the day's salt, then cached
    with CaptureQueriesContext(connection) as captured:
        get(client, "/es/")
    with_stats = [query["sql"] for query in captured.captured_queries]  # before the next request
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if not name.startswith("stats.")]
    plain = Client()  # a new client loads the middleware without ours
    get(plain, "/es/")
    with CaptureQueriesContext(connection) as captured:
        get(plain, "/es/")
    without_stats = [query["sql"] for query in captured.captured_queries]
    ours = [sql for sql in with_stats if "stats_" in sql]
    assert len(with_stats) == len(without_stats) + 1
    assert len(ours) == 1 and "stats_visit" in ours[0]
    # One statement; on PostgreSQL its commit does not wait for the disk (stats.recording).
    prefix = "SET LOCAL synchronous_commit TO OFF; " if connection.vendor == "postgresql" else ""
    assert ours[0].startswith(f"{prefix}INSERT")


def test_a_guide_print_view_and_pdf_count_as_visits_of_the_guide(client):
    guide = CountryGuideFactory(country="CL")
    with translation.override("es"):
        print_view = reverse("lines:guide_print", kwargs={"slug": guide.slug})
        pdf = reverse("lines:guide_pdf", kwargs={"slug": guide.slug})
    assert get(client, print_view).status_code == 200
    assert get(client, pdf).status_code == 200
    assert list(Visit.objects.values_list("component", "content", "path")) == [
        ("guides", "guide:CL", print_view),
        ("guides", "guide:CL", pdf),
    ]


@pytest.mark.django_db(transaction=True)
def test_a_visit_is_still_counted_when_the_database_dropped_the_kept_connection():
    """A page from the cache inserts its visit without Django's health-check round trip; if the
    database ended the kept connection (a restart), the insert reconnects and the view counts."""
    from django.db import connections

    if connection.vendor != "postgresql":
        pytest.skip("kept connections and asynchronous commit are PostgreSQL's")
    connection.ensure_connection()
    backend = connection.connection.get_backend_pid()
    other = connections.create_connection("default")
    with other.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [backend])
    other.close()

    recording._insert_visit(
        time=timezone.now(), path="/es/", language="es", country="PE", line=None, component="home",
        content="", referrer_host="", device="mobile", visitor="0123456789abcdef",
    )  # fmt: skip
    assert Visit.objects.get().path == "/es/"
    assert connection.connection.get_backend_pid() != backend  # a new connection
