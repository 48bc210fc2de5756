"""The panel's demo content: the real items of the seed documents."""

import datetime
import io

import feedparser
import icalendar
import pytest
from django.core.management import call_command
from django.utils import timezone

from complementary.models import Event, Faq, InfoPage, NewsItem, Norm

from .test_views import es

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content")


def test_seeded_news_events_and_norms(demo):
    assert set(NewsItem.objects.values_list("published_on", flat=True)) == {
        datetime.date(2011, 2, 18), datetime.date(2011, 7, 15),
    }  # fmt: skip
    callao = Event.objects.get(slug_es="i-taller-induccion-callao-2011")
    assert timezone.localtime(callao.starts_at).date() == datetime.date(2011, 3, 11)
    assert (callao.region, callao.participants) == ("callao", 32)
    assert callao.cooperating_source == "Proyecto MIGRANDINA – OIT"
    assert Event.objects.count() == 8
    assert Event.objects.filter(participants__isnull=False).count() == 5
    numbers = set(Norm.objects.values_list("number", flat=True))
    for number in ["Ley N.° 29381", "D. S. N.° 004-2010-TR", "R. V. M. N.° 002-2011-MTPE/3",
                   "Decisión 545", "D. S. N.° 001-2012-TR", "Ley N.° 30001"]:  # fmt: skip
        assert number in numbers
    assert Faq.objects.filter(line__number=4).count() == 3
    assert set(InfoPage.objects.values_list("key", flat=True)) == {"sivitma", "retorno-productivo"}


def test_feeds_carry_the_seeded_items(demo, client):
    news = feedparser.parse(client.get(es("news_rss")).content)
    assert not news.bozo
    assert {entry.title for entry in news.entries} == set(
        NewsItem.objects.values_list("title_es", flat=True)
    )
    events = feedparser.parse(client.get(es("event_atom")).content)
    assert len(events.entries) == 8
    assert any("Tumbes" in entry.summary for entry in events.entries)


def test_seeded_event_ics(demo, client):
    event = Event.objects.get(slug_es="iv-taller-gestion-chiclayo-2011")
    calendar = icalendar.Calendar.from_ical(
        client.get(es("event_ics", kwargs={"slug": event.slug_es})).content
    )
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("DTSTART") == datetime.date(2011, 5, 13)
    assert "Chiclayo" in str(vevent["LOCATION"])


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_seeded_page_reads_in_both_languages(demo, client, language):
    from django.utils import translation

    objects = [*NewsItem.objects.all(), *Event.objects.all(), *Norm.objects.all(),
               *InfoPage.objects.all()]  # fmt: skip
    for obj in objects:
        with translation.override(language):
            url = obj.get_absolute_url()
        response = client.get(url)
        assert response.status_code == 200, url
        assert 'class="notice" role="note"' not in response.content.decode(), url


def test_search_finds_the_seeded_content_without_accents(demo, client):
    html = client.get("/es/buscar/", {"q": "decision 545"}).content.decode()
    assert "Instrumento Andino de Migración Laboral" in html
    html = client.get("/es/buscar/", {"q": "chiclayo"}).content.decode()
    assert "Taller de Gestión de la Migración Laboral" in html


@pytest.mark.parametrize(
    ("decision", "sivitma"),
    [
        ("/es/lineas/trabajar-en-el-peru/ciudadanos-de-la-comunidad-andina/", "/es/panel/sivitma/"),
        ("/en/lines/working-in-peru/andean-community-nationals/", "/en/panel/sivitma/"),
    ],
)
def test_decision_545_and_sivitma_lead_to_each_other(client, decision, sivitma):
    call_command("load_demo_content", stdout=io.StringIO())
    decision_page = client.get(decision)
    sivitma_page = client.get(sivitma)
    assert decision_page.status_code == sivitma_page.status_code == 200
    assert f'href="{sivitma}"' in decision_page.content.decode()
    assert f'href="{decision}"' in sivitma_page.content.decode()
