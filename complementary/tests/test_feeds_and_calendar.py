import datetime
import zoneinfo

import feedparser
import icalendar
import pytest
from django.utils import timezone, translation

from .factories import EventFactory, NewsItemFactory
from .test_views import es, url_of

pytestmark = pytest.mark.django_db
LIMA = zoneinfo.ZoneInfo("America/Lima")


@pytest.mark.parametrize("feed", ["news_rss", "news_atom"])
def test_news_feeds_parse_and_carry_the_items(client, feed):
    NewsItemFactory(title_es="MTPE destacó logros en gestión migratoria laboral")
    NewsItemFactory(title_es="SIVITMA, buena práctica en gestión pública 2011")
    response = client.get(es(feed))
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    titles = {entry.title for entry in parsed.entries}
    assert titles == {
        "MTPE destacó logros en gestión migratoria laboral",
        "SIVITMA, buena práctica en gestión pública 2011",
    }
    assert all(entry.link.startswith("http://testserver/es/noticias/") for entry in parsed.entries)


def test_english_news_feed_is_in_english(client):
    NewsItemFactory(title_es="Noticia", title_en="News in English", slug_en="news-in-english")
    with translation.override("en"):
        from django.urls import reverse

        url = reverse("complementary:news_rss")
    parsed = feedparser.parse(client.get(url).content)
    assert parsed.entries[0].title == "News in English"
    assert parsed.entries[0].link == "http://testserver/en/news/news-in-english/"
    assert parsed.feed.language == "en"


@pytest.mark.parametrize("feed", ["event_rss", "event_atom"])
def test_event_feeds_parse_and_carry_the_items(client, feed):
    EventFactory(title_es="Taller de Tacna")
    parsed = feedparser.parse(client.get(es(feed)).content)
    assert not parsed.bozo
    assert [entry.title.split(" (")[0] for entry in parsed.entries] == ["Taller de Tacna"]


def test_event_ics_has_the_right_lima_time(client):
    starts = datetime.datetime(2026, 12, 3, 10, 30, tzinfo=LIMA)
    event = EventFactory(
        title_es="Foro de retorno", starts_at=starts, ends_at=starts + datetime.timedelta(hours=2)
    )
    response = client.get(es("event_ics", kwargs={"slug": event.slug_es}))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Foro de retorno"
    start = vevent.decoded("DTSTART")
    assert start == starts
    assert str(start.tzinfo) == "America/Lima"
    assert vevent["DTSTART"].params["TZID"] == "America/Lima"
    assert vevent.decoded("DTEND") - start == datetime.timedelta(hours=2)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "America/Lima"
    assert str(vevent["URL"]).endswith(url_of(event))


def test_all_day_event_is_a_date_in_the_ics(client):
    event = EventFactory(
        all_day=True, starts_at=timezone.make_aware(datetime.datetime(2011, 3, 11), LIMA)
    )
    calendar = icalendar.Calendar.from_ical(
        client.get(es("event_ics", kwargs={"slug": event.slug_es})).content
    )
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime.date(2011, 3, 11)
    assert vevent.decoded("DTEND") == datetime.date(2011, 3, 12)


def test_calendar_feed_lists_only_upcoming_events(client):
    EventFactory(title_es="Próximo", starts_at=timezone.now() + datetime.timedelta(days=3))
    EventFactory(title_es="Pasado", starts_at=timezone.now() - datetime.timedelta(days=3))
    calendar = icalendar.Calendar.from_ical(client.get(es("event_calendar")).content)
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Próximo"]
