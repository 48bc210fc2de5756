"""Public pages from the shared cache: served again without rendering, never stale after an edit,
a deletion, a restore or a scheduled publication, counted exactly, and with each visitor's own
CSRF token."""

import datetime

import pytest
import reversion
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from reversion.models import Version

from complementary.models import NewsItem
from complementary.tests.factories import NewsItemFactory
from infomigra.models import Status
from stats.models import Visit

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
NEWS_ES, NEWS_EN = "/es/noticias/", "/en/news/"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()


def get(client, path, **extra):
    return client.get(path, HTTP_USER_AGENT=BROWSER, **extra)


def test_the_second_visit_is_served_from_the_cache_and_both_are_counted(client):
    NewsItemFactory(title_es="Convocatoria de empleo temporal", title_en="Temporary jobs call")
    first = get(client, NEWS_ES)
    assert first.status_code == 200 and "X-Page-Cache" not in first
    with CaptureQueriesContext(connection) as queries:
        second = get(client, NEWS_ES)
    assert second["X-Page-Cache"] == "hit"
    assert second.content.decode().count(
        "Convocatoria de empleo temporal"
    ) == first.content.decode().count("Convocatoria de empleo temporal")
    # Only the statistics write (the day's salt is cached): nothing is read to build the page.
    (only,) = [q["sql"] for q in queries.captured_queries]
    assert "INSERT" in only and "stats_visit" in only
    for _ in range(5):
        get(client, NEWS_ES)
    assert Visit.objects.filter(path=NEWS_ES).count() == 7


@pytest.mark.parametrize(
    ("path", "old", "new"), [(NEWS_ES, "Antes", "Después"), (NEWS_EN, "Before", "After")]
)
def test_a_published_edit_shows_on_the_next_request_in_both_languages(client, path, old, new):
    item = NewsItemFactory(title_es="Antes", title_en="Before")
    assert old in get(client, path).content.decode()
    assert get(client, path)["X-Page-Cache"] == "hit"
    item.title_es, item.title_en = "Después", "After"
    item.save()
    page = get(client, path)
    assert "X-Page-Cache" not in page
    assert new in page.content.decode() and old not in page.content.decode()


def test_a_deletion_shows_on_the_next_request_in_both_languages(client):
    item = NewsItemFactory(title_es="Se retirará", title_en="To be withdrawn")
    detail_es, detail_en = item.get_absolute_url(), f"/en/news/{item.slug_en}/"
    for path in (NEWS_ES, NEWS_EN, detail_es, detail_en):
        assert get(client, path).status_code == 200
        assert get(client, path)["X-Page-Cache"] == "hit"
    item.delete()
    assert "Se retirará" not in get(client, NEWS_ES).content.decode()
    assert "To be withdrawn" not in get(client, NEWS_EN).content.decode()
    assert get(client, detail_es).status_code == 404
    assert get(client, detail_en).status_code == 404


def test_a_draft_is_withdrawn_at_once(client):
    item = NewsItemFactory(title_es="Aviso vigente", title_en="Current notice")
    assert "Aviso vigente" in get(client, NEWS_ES).content.decode()
    get(client, NEWS_ES)
    item.status = Status.DRAFT
    item.save()
    assert "Aviso vigente" not in get(client, NEWS_ES).content.decode()


def test_a_scheduled_publication_appears_at_its_time_in_both_languages(client):
    now = timezone.now()
    NewsItemFactory(title_es="Ya publicada", title_en="Already out")
    with time_machine.travel(now, tick=False):
        NewsItemFactory(
            title_es="Programada para luego",
            title_en="Scheduled for later",
            publish_at=now + datetime.timedelta(minutes=1),
        )
        for path, title in ((NEWS_ES, "Programada para luego"), (NEWS_EN, "Scheduled for later")):
            assert title not in get(client, path).content.decode()
            assert get(client, path)["X-Page-Cache"] == "hit"
    with time_machine.travel(now + datetime.timedelta(seconds=59), tick=False):
        assert get(client, NEWS_ES)["X-Page-Cache"] == "hit"
    with time_machine.travel(now + datetime.timedelta(minutes=1, seconds=1), tick=False):
        spanish, english = get(client, NEWS_ES), get(client, NEWS_EN)
    assert "Programada para luego" in spanish.content.decode()
    assert "Scheduled for later" in english.content.decode()


def test_a_restored_version_shows_on_the_next_request(client):
    with reversion.create_revision():
        item = NewsItemFactory(title_es="Versión uno", title_en="Version one")
    with reversion.create_revision():
        item.title_es = "Versión dos"
        item.save()
    assert "Versión dos" in get(client, NEWS_ES).content.decode()
    get(client, NEWS_ES)
    Version.objects.get_for_object(item).order_by("pk").first().revision.revert()
    assert NewsItem.objects.get().title_es == "Versión uno"
    assert "Versión uno" in get(client, NEWS_ES).content.decode()


def test_each_visitor_gets_a_token_for_its_own_cookie():
    from contact.models import ContactMessage
    from contact.tests.test_public_forms import contact_data, url

    path = url("contact")
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    assert "X-Page-Cache" not in get(first, path)
    page = get(second, path)
    assert page["X-Page-Cache"] == "hit"
    html = page.content.decode()
    token = html.split('name="csrfmiddlewaretoken" value="')[1][:64]
    assert "PLACEHOLDER" not in html
    assert second.cookies["csrftoken"].value  # the hit sets the visitor's own CSRF cookie
    sent = second.post(path, {**contact_data(), "csrfmiddlewaretoken": token})
    assert sent.status_code == 302
    assert ContactMessage.objects.get().name == "Rosa Quispe"
    # Another visitor cannot use that token with its own cookie.
    refused = first.post(path, {**contact_data(), "csrfmiddlewaretoken": token})
    assert refused.status_code == 403


def test_staff_are_never_served_from_the_cache(client, login_as):
    NewsItemFactory()
    get(client, NEWS_ES)
    assert get(client, NEWS_ES)["X-Page-Cache"] == "hit"
    login_as("Editores")
    assert "X-Page-Cache" not in get(client, NEWS_ES)
    assert "X-Page-Cache" not in get(client, NEWS_ES)


def test_a_search_is_kept_a_minute_and_renewed_by_an_edit(client):
    import time_machine

    item = NewsItemFactory(title_es="Convocatoria abierta")
    now = timezone.now()
    search_page = "/es/buscar/?q=convocatoria"
    with time_machine.travel(now, tick=False):
        assert "Convocatoria abierta" in get(client, search_page).content.decode()
        assert get(client, search_page)["X-Page-Cache"] == "hit"
    with time_machine.travel(now + datetime.timedelta(seconds=61), tick=False):
        assert "X-Page-Cache" not in get(client, search_page)  # a minute at most
        assert get(client, search_page)["X-Page-Cache"] == "hit"
        item.title_es = "Convocatoria cerrada"
        item.save()
        assert "Convocatoria cerrada" in get(client, search_page).content.decode()


def test_a_moderated_voice_shows_on_the_next_request(client):
    from contact.models import MigrantVoice
    from contact.services import voice_moderate
    from lines.models import Section
    from lines.tests.factories import ActionLineFactory, SectionFactory

    section = SectionFactory(line=ActionLineFactory(number=3), component="migrant_voice")
    assert section.component == "migrant_voice" and Section.objects.published().exists()
    path = section.get_absolute_url()
    voice = MigrantVoice.objects.create(
        alias="Rosa", country="IT", text="Necesitamos más talleres.", consent=True
    )
    assert "Necesitamos más talleres." not in get(client, path).content.decode()
    assert get(client, path)["X-Page-Cache"] == "hit"
    voice_moderate(voices=MigrantVoice.objects.filter(pk=voice.pk), approve=True, user=None)
    assert "Necesitamos más talleres." in get(client, path).content.decode()


@pytest.mark.parametrize("path", ["/sitemap.xml", "/es/noticias/rss/", "/en/news/atom/"])
def test_the_sitemap_and_feeds_are_kept_and_renewed(client, path):
    item = NewsItemFactory(title_es="Primera", title_en="First")
    assert get(client, path).status_code == 200
    again = get(client, path)
    assert again["X-Page-Cache"] == "hit"
    assert again["Content-Type"].startswith(
        ("application/xml", "application/rss", "application/atom")
    )
    item.slug_es, item.slug_en, item.title_es, item.title_en = (
        "segunda",
        "second",
        "Segunda",
        "Second",
    )
    item.save()
    fresh = get(client, path).content.decode()
    assert "segunda" in fresh.lower() or "second" in fresh.lower()


def test_the_redis_backend_keeps_one_client_and_works_across_processes_data():
    import redis

    from infomigra.cache import RedisCache

    url = "redis://127.0.0.1:6379/13"
    try:
        redis.Redis.from_url(url).ping()
    except redis.ConnectionError:  # pragma: no cover - CI and development have Redis
        pytest.skip("Redis is not running on 127.0.0.1:6379")
    shared = RedisCache(url, {"KEY_PREFIX": "test-reuse"})
    shared.set("page", {"generation": "a"}, 30)
    assert shared.get_many(["page", "absent"]) == {"page": {"generation": "a"}}
    client = shared._cache.get_client()
    assert shared._cache.get_client() is client  # not rebuilt for each operation
    other = RedisCache(url, {"KEY_PREFIX": "test-reuse"})  # another worker
    assert other.get("page") == {"generation": "a"}
    shared.delete("page")


def test_a_guide_pdf_is_kept_as_it_is_and_made_again_after_an_edit(client):
    from lines.tests.factories import CountryGuideFactory, GuideChapterFactory

    guide = CountryGuideFactory(country="AR", slug_es="argentina", title_es="Guía Argentina")
    chapter = GuideChapterFactory(guide=guide, title_es="Capítulo primero")
    first = get(client, "/es/guias/argentina/pdf/")
    second = get(client, "/es/guias/argentina/pdf/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content and second.content.startswith(b"%PDF-")
    assert second["Content-Type"] == "application/pdf"
    assert second["Content-Disposition"] == 'inline; filename="argentina.pdf"'
    assert second["X-Robots-Tag"] == "noindex"

    chapter.title_es = "Capítulo corregido"
    chapter.save()
    third = get(client, "/es/guias/argentina/pdf/")
    assert "X-Page-Cache" not in third
    assert b"%PDF-" in third.content and third.content != first.content
    assert Visit.objects.filter(path="/es/guias/argentina/pdf/").count() == 3
