import pytest
from django.utils import translation

from complementary.tests.factories import FaqFactory, NewsItemFactory
from infomigra.models import Status
from infomigra.search import search, snippet, terms_of
from lines.tests.factories import CountryGuideFactory, GuideChapterFactory, SectionFactory

pytestmark = pytest.mark.django_db


def titles(query, language="es"):
    return [hit.title for hit in search(query, language=language)]


@pytest.fixture
def content():
    SectionFactory(
        title_es="Trámites administrativos", title_en="Administrative procedures",
        body_es="<p>Cada trámite se hace en el consulado.</p>",
        body_en="<p>Each procedure is done at the consulate.</p>",
    )  # fmt: skip
    SectionFactory(
        title_es="Volver al Perú", title_en="Returning to Peru",
        body_es="<p>Programas para el retorno al Perú.</p>",
        body_en="<p>Programmes for returning to Peru.</p>",
    )  # fmt: skip
    SectionFactory(title_es="Borrador sobre trámite", status=Status.DRAFT)
    guide = CountryGuideFactory(country="ES", title_es="Guía de España", title_en="Spain guide")
    GuideChapterFactory(
        guide=guide, title_es="Permiso de trabajo", body_es="<p>La autorización de residencia.</p>"
    )
    NewsItemFactory(title_es="Perú InfoMigra recibe 15 234 visitas")
    FaqFactory(question_es="¿Cuánto cuesta el trámite?", answer_es="<p>Es gratuito.</p>")


def test_unaccented_lowercase_query_finds_accented_words(content):
    found = titles("tramite")
    assert "Trámites administrativos" in found
    assert "¿Cuánto cuesta el trámite?" in found
    assert "Borrador sobre trámite" not in found


def test_peru_finds_peru_with_accent_in_any_case(content):
    for query in ("peru", "PERU", "Perú"):
        found = titles(query)
        assert "Volver al Perú" in found, query
        assert "Perú InfoMigra recibe 15 234 visitas" in found, query


def test_accented_query_finds_unaccented_text(content):
    assert "Guía de España: Permiso de trabajo" in titles("autorizacion")
    assert "Guía de España" in titles("ESPAÑA")
    assert "Guía de España" in titles("espana")


def test_search_is_in_the_visitors_language(content):
    with translation.override("en"):
        assert "Returning to Peru" in titles("returning", language="en")
        assert "Administrative procedures" in titles("procedure", language="en")


def test_title_matches_rank_above_text_matches(content):
    SectionFactory(
        title_es="Consejos", body_es="<p>Lleva tu pasaporte y el consulado te ayuda.</p>"
    )
    SectionFactory(title_es="El consulado", body_es="<p>Dirección y horario.</p>")
    found = titles("consulado")
    assert found.index("El consulado") < found.index("Consejos")


@pytest.mark.parametrize(
    "query", ["", "   ", "a", "!!!", "' OR 1=1 --", "%_%", "x" * 5000, "\x00\u202e", "🙂" * 50]
)
def test_empty_or_absurd_queries_give_no_error(client, content, query):
    response = client.get("/es/buscar/", {"q": query})
    assert response.status_code == 200
    assert search(query, language="es") == [] or terms_of(query)


def test_search_page_shows_results_with_snippet_and_help_when_nothing_found(client, content):
    html = client.get("/es/buscar/", {"q": "tramite"}).content.decode()
    assert "Trámites administrativos" in html
    assert "<mark>trámite</mark>" in html
    nothing = client.get("/es/buscar/", {"q": "zzzyyyxxx"}).content.decode()
    assert "No encontramos nada" in nothing
    short = client.get("/es/buscar/", {"q": "a"}).content.decode()
    assert "Escribe al menos una palabra" in short


def test_header_search_form_is_on_every_page(client):
    html = client.get("/es/").content.decode()
    assert 'role="search"' in html and 'action="/es/buscar/"' in html
    assert '<label for="site-search-q"' in html


def test_snippet_marks_matches_regardless_of_accents_and_escapes_html():
    text = snippet(["<p>Los trámites <script>x</script> y el TRAMITE final</p>"], ["tramite"])
    assert "<mark>trámite</mark>s" in text
    assert "<mark>TRAMITE</mark>" in text
    assert "<script>" not in text


def test_search_query_count_does_not_grow_with_results(django_assert_max_num_queries):
    for n in range(30):
        SectionFactory(title_es=f"Trámite número {n}")
    with django_assert_max_num_queries(16):
        hits = search("tramite", language="es")
    assert len(hits) == 20  # at most 20 per kind of content
