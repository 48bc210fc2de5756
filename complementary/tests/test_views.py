import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from complementary.models import Event, Link, Norm, Scope, Study
from infomigra.models import Status
from lines.tests.factories import ActionLineFactory

from .factories import (
    ContestFactory,
    EventFactory,
    FaqFactory,
    InfoPageFactory,
    LinkFactory,
    NewsItemFactory,
    NormFactory,
    PublicationFactory,
    StudyFactory,
    VideoFactory,
)

pytestmark = pytest.mark.django_db


def es(name, **kwargs):
    with translation.override("es"):
        return reverse(f"complementary:{name}", **kwargs)


def url_of(obj, language="es"):
    with translation.override(language):
        return obj.get_absolute_url()


def page(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


# --- News -------------------------------------------------------------------------------------


def test_news_list_is_newest_first_and_hides_drafts_and_future_items(client):
    NewsItemFactory(title_es="Antigua", published_on=datetime.date(2011, 2, 18))
    NewsItemFactory(title_es="Reciente", published_on=datetime.date(2011, 7, 15))
    NewsItemFactory(title_es="Borrador", status=Status.DRAFT)
    NewsItemFactory(
        title_es="Programada", published_on=timezone.localdate() + datetime.timedelta(1)
    )
    html = page(client, es("news_list"))
    assert html.index("Reciente") < html.index("Antigua")
    assert "Borrador" not in html and "Programada" not in html


def test_news_filters_by_year_and_scope(client):
    NewsItemFactory(title_es="Nacional 2011", published_on=datetime.date(2011, 2, 18))
    NewsItemFactory(
        title_es="Internacional 2011", published_on=datetime.date(2011, 5, 1),
        scope=Scope.INTERNATIONAL,
    )  # fmt: skip
    NewsItemFactory(title_es="Nacional 2024", published_on=datetime.date(2024, 5, 1))
    by_year = page(client, es("news_list"), year="2011")
    assert "Nacional 2011" in by_year and "Internacional 2011" in by_year
    assert "Nacional 2024" not in by_year
    both = page(client, es("news_list"), year="2011", scope="international")
    assert "Internacional 2011" in both and "Nacional 2011" not in both


def test_news_is_paginated(client):
    for day in range(1, 13):
        NewsItemFactory(
            title_es=f"Noticia del día {day:02d}", published_on=datetime.date(2025, 1, day)
        )
    first = page(client, es("news_list"))
    assert "Noticia del día 12" in first and "Noticia del día 02" not in first
    second = page(client, es("news_list"), page="2")
    assert "Noticia del día 02" in second and "Noticia del día 12" not in second
    assert client.get(es("news_list"), {"page": "3"}).status_code == 404


def test_news_detail(client):
    item = NewsItemFactory(title_es="SIVITMA reconocido", body_es="<p>Buena práctica 2011</p>")
    response = client.get(url_of(item))
    assert response.status_code == 200
    assert "complementary/news_detail.html" in [t.name for t in response.templates]
    assert "<h1>SIVITMA reconocido</h1>" in response.content.decode()
    assert "Buena práctica 2011" in response.content.decode()


def test_invalid_filter_values_get_a_message_and_400(client):
    NewsItemFactory()
    response = client.get(es("news_list"), {"year": "dosmil", "scope": "galactic"})
    assert response.status_code == 400
    assert "opción válida" in response.content.decode()


# --- Events -----------------------------------------------------------------------------------


def make_events():
    now = timezone.now()
    EventFactory(title_es="Taller futuro en Tacna", starts_at=now + datetime.timedelta(days=5))
    EventFactory(
        title_es="Feria pasada en Trujillo", kind=Event.Kind.FAIR, region="la-libertad",
        starts_at=now - datetime.timedelta(days=400),
    )  # fmt: skip
    EventFactory(
        title_es="Foro en Madrid", kind=Event.Kind.SEMINAR, region="", country="ES",
        starts_at=now - datetime.timedelta(days=30),
    )  # fmt: skip


def test_event_list_shows_upcoming_first_then_past(client):
    make_events()
    html = page(client, es("event_list"))
    assert html.index("Taller futuro en Tacna") < html.index("Foro en Madrid")
    assert html.index("Foro en Madrid") < html.index("Feria pasada en Trujillo")


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"when": "upcoming"}, {"Taller futuro en Tacna"}),
        ({"when": "past"}, {"Feria pasada en Trujillo", "Foro en Madrid"}),
        ({"kind": "fair"}, {"Feria pasada en Trujillo"}),
        ({"region": "tacna"}, {"Taller futuro en Tacna"}),
        ({"country": "ES"}, {"Foro en Madrid"}),
        ({"date_from": "2000-01-01", "date_to": "__60_days_ago__"}, {"Feria pasada en Trujillo"}),
    ],
)
def test_event_filters_narrow_the_list(client, params, expected):
    make_events()
    if params.get("date_to") == "__60_days_ago__":
        params["date_to"] = (timezone.localdate() - datetime.timedelta(days=60)).isoformat()
    html = page(client, es("event_list"), **params)
    titles = {"Taller futuro en Tacna", "Feria pasada en Trujillo", "Foro en Madrid"}
    assert {title for title in titles if title in html} == expected


def test_event_detail_shows_date_place_source_and_participants(client):
    event = EventFactory(
        title_es="I Taller de Inducción", participants=32, cooperating_source="Proyecto MIGRANDINA – OIT",
        venue="Club Regatas Unión de La Punta", region="callao", all_day=True,
        starts_at=timezone.make_aware(datetime.datetime(2011, 3, 11)),
    )  # fmt: skip
    html = page(client, url_of(event))
    assert "<h1>I Taller de Inducción</h1>" in html
    assert "Club Regatas Unión de La Punta, Callao" in html
    assert "Proyecto MIGRANDINA – OIT" in html
    assert "<dd>32</dd>" in html
    assert 'datetime="2011-03-11"' in html
    assert url_of(event).rstrip("/") in html  # the .ics link sits under the event URL


# --- Legislation, studies ---------------------------------------------------------------------


def test_norm_filters_by_scope_kind_and_year(client):
    NormFactory(number="Ley N.° 29381", issued_on=datetime.date(2009, 6, 16))
    NormFactory(
        number="Decisión 545", scope=Scope.INTERNATIONAL, kind=Norm.Kind.ANDEAN_DECISION,
        issued_on=datetime.date(2003, 6, 25),
    )  # fmt: skip
    NormFactory(
        number="D.S. N.° 004-2010-TR",
        kind=Norm.Kind.SUPREME_DECREE,
        issued_on=datetime.date(2010, 4, 19),
    )
    numbers = {"Ley N.° 29381", "Decisión 545", "D.S. N.° 004-2010-TR"}

    def shown(**params):
        html = page(client, es("norm_list"), **params)
        return {number for number in numbers if number in html}

    assert shown() == numbers
    assert shown(scope="international") == {"Decisión 545"}
    assert shown(kind="supreme_decree") == {"D.S. N.° 004-2010-TR"}
    assert shown(year="2009") == {"Ley N.° 29381"}
    assert shown(scope="national", year="2003") == set()


def test_norm_detail_links_to_the_official_text(client):
    norm = NormFactory(number="Ley N.° 30001", url="https://www.gob.pe/institucion/rree")
    html = page(client, url_of(norm))
    assert "Ley N.° 30001" in html and 'href="https://www.gob.pe/institucion/rree"' in html


def test_norm_detail_gives_its_official_gazette_reference(client):
    norm = NormFactory(gazette_reference="Diario Oficial El Peruano, 7 de enero de 2017")
    html = page(client, url_of(norm))
    assert (
        'Publicación oficial: <span lang="es">Diario Oficial El Peruano, 7 de enero de 2017' in html
    )


def test_demo_legislation_has_the_andean_migration_statute_linked_to_sivitma(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    statute = Norm.objects.get(number="Decisión 878")
    html = page(client, url_of(statute))
    assert "Estatuto Migratorio Andino" in html and "Residencia Temporal Andina" in html
    assert 'href="https://comunidadandina.org/temas/dg-dec/migracion-y-movilidad-humana"' in html
    assert 'href="/es/panel/sivitma/"' in html
    assert client.get("/es/panel/sivitma/").status_code == 200
    # the Andean decisions link to the Andean Community's page on migration, not its home page
    assert not Norm.objects.filter(url="https://www.comunidadandina.org").exists()


def test_study_filters_by_year_and_topic(client):
    StudyFactory(title_es="Perfil migratorio", year=2012, topic=Study.Topic.EMIGRATION)
    StudyFactory(title_es="Remesas y desarrollo", year=2015, topic=Study.Topic.REMITTANCES)
    html = page(client, es("study_list"), year="2015")
    assert "Remesas y desarrollo" in html and "Perfil migratorio" not in html
    html = page(client, es("study_list"), topic="emigration")
    assert "Perfil migratorio" in html and "Remesas y desarrollo" not in html


# --- Links, videos, FAQ, publications, pages ---------------------------------------------------


def test_links_are_grouped_by_category(client):
    LinkFactory(name_es="OIM Perú", category=Link.Category.INTERNATIONAL)
    LinkFactory(name_es="Migraciones", category=Link.Category.PUBLIC)
    html = page(client, es("link_list"))
    assert html.index("Organismos internacionales") < html.index("OIM Perú")
    assert html.index("Instituciones públicas") < html.index("Migraciones")


def test_video_makes_no_third_party_request_until_play(client):
    video = VideoFactory(
        title_es="Migrar informado", description_es="<p>Transcripción completa</p>"
    )
    html = page(client, url_of(video))
    assert "Transcripción completa" in html
    assert "<iframe" not in html  # the player is created only when the visitor presses play
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html  # works without JS


def test_contests_and_videos_page(client):
    ContestFactory(title_es="Concurso de fotografía")
    VideoFactory(title_es="Video informativo")
    html = page(client, es("video_list"))
    assert "Concurso de fotografía" in html and "Video informativo" in html


def test_faq_is_grouped_by_line_with_anchors_and_shown_on_the_line_page(client):
    line = ActionLineFactory(number=1, title_es="¿Vas a trabajar en el extranjero?")
    faq = FaqFactory(line=line, question_es="¿Puedo trabajar con visa de turista?")
    FaqFactory(line=None, question_es="¿El servicio es gratuito?")
    html = page(client, es("faq_list"))
    assert f'id="{faq.anchor}"' in html
    assert html.index("¿Vas a trabajar en el extranjero?") < html.index("¿Puedo trabajar")
    assert html.index("¿Puedo trabajar") < html.index("¿El servicio es gratuito?")
    line_html = page(client, url_of(line))
    assert "¿Puedo trabajar con visa de turista?" in line_html
    assert "¿El servicio es gratuito?" not in line_html


def test_faq_topics_have_one_anchor_each_linked_from_the_contents_and_the_line_page(client):
    line = ActionLineFactory(number=2, title_es="¿Estás en el extranjero?")
    FaqFactory(line=line)
    FaqFactory(line=None)
    html = page(client, es("faq_list"))
    for anchor, title in [("faq-linea-2", "¿Estás en el extranjero?"),
                          ("faq-general", "Preguntas generales")]:  # fmt: skip
        assert f'<li><a href="#{anchor}">{title}</a></li>' in html
        assert html.count(f'id="{anchor}"') == 1
    assert f'href="{es("faq_list")}#faq-linea-2"' in page(client, url_of(line))
    with translation.override("en"):
        assert "General questions" in page(client, reverse("complementary:faq_list"))


def test_publication_shows_its_size(client):
    PublicationFactory(title_es="Guía básica del migrante", file_size=1_572_864)
    html = page(client, es("publication_list"))
    assert "Guía básica del migrante" in html
    assert "PDF, 1,5" in html and "MB" in html


def test_info_page_is_reachable_by_key_and_translated_slug(client):
    InfoPageFactory(
        key="retorno-productivo", slug_es="plataforma-retorno", slug_en="return-platform"
    )
    response = client.get(es("page_detail", kwargs={"slug": "retorno-productivo"}))
    assert response.status_code == 301
    assert response["Location"] == "/es/panel/plataforma-retorno/"


def test_panel_is_reachable_from_every_page(client):
    html = page(client, "/es/")
    for name in ["news_list", "event_list", "norm_list", "study_list", "link_list", "video_list",
                 "faq_list", "publication_list"]:  # fmt: skip
        assert f'href="{es(name)}"' in html


@pytest.mark.parametrize(
    ("home", "address"),
    [("/es/", "/es/panel/plataforma-retorno-productivo/"), ("/en/", "/en/panel/productive-return-platform/")],
)  # fmt: skip
def test_the_footer_links_to_the_panel_pages_own_address_in_each_language(client, home, address):
    InfoPageFactory(
        key="retorno-productivo", slug_es="plataforma-retorno-productivo",
        slug_en="productive-return-platform", title_es="Plataforma", title_en="Platform",
    )  # fmt: skip
    page = client.get(home).content.decode()
    footer = page[page.index('class="site-footer"') :]
    assert f'href="{address}"' in footer
    assert client.get(address).status_code == 200  # no redirect on the way


def test_the_footer_leaves_out_a_panel_page_that_is_not_public(client):
    InfoPageFactory(key="sivitma", status=Status.DRAFT)
    page = client.get("/es/").content.decode()
    assert "/es/panel/sivitma/" not in page


@pytest.mark.parametrize("path", ["/en/news/", "/en/"])
def test_english_lists_mark_spanish_only_items_as_spanish(client, path):
    NewsItemFactory(title_es="Feria de empleo en Lima", title_en="", summary_en="")
    NewsItemFactory(title_es="Charla informativa", title_en="Information talk")
    html = client.get(path).content.decode()
    assert 'lang="es">Feria de empleo en Lima</a> <span class="meta">(in Spanish)</span>' in html
    assert ">Information talk</a>" in html and 'lang="es">Information talk' not in html
    if path == "/en/news/":
        assert '<p lang="es">Resumen</p>' in html  # its summary too


def test_spanish_lists_say_nothing_of_language(client):
    NewsItemFactory(title_es="Feria de empleo en Lima", title_en="")
    html = client.get("/es/noticias/").content.decode()
    assert "(en español)" not in html and 'lang="es">Feria' not in html
