"""Search that understands the words people use: synonyms editors keep, "did you mean" for a
misspelt word, and an anonymous count of searches that found nothing, shown to editors."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from infomigra.models import SearchMiss, SearchSynonym
from infomigra.search import search
from lines.tests.factories import SectionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.PAGE_CACHE_SECONDS = 0
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("es", "traer mis cosas", "Programas y legislación del Estado peruano"),
        ("es", "equipaje", "Programas y legislación del Estado peruano"),
        ("es", "testimonio", "La voz del migrante"),
        ("en", "bring my belongings", "Programmes and legislation of the Peruvian State"),
        ("en", "testimony", "The migrant's voice"),
    ],
)
def test_the_words_people_use_find_the_right_page(demo, client, language, query, expected):
    titles = [hit.title for hit in search(query, language=language)]
    assert expected in titles[:5], titles
    page = client.get(f"/{language}/{'buscar' if language == 'es' else 'search'}/", {"q": query})
    assert expected.replace("'", "&#x27;") in page.content.decode()


def test_a_synonym_an_editor_adds_works_on_the_next_search(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    SectionFactory(title_es="Certificado Único Laboral", body_es="<p>Antecedentes.</p>")
    assert search("papeles para postular", language="es") == []
    SearchSynonym.objects.create(
        language="es", expressions="certificado único laboral, papeles para postular"
    )
    assert [hit.title for hit in search("papeles para postular", language="es")] == [
        "Certificado Único Laboral"
    ]
    assert search("papeles para postular", language="en") == []  # Spanish words only


def test_a_misspelt_word_gets_a_suggestion_that_finds_it(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    SectionFactory(title_es="Renovación del pasaporte en el consulado")
    html = client.get("/es/buscar/", {"q": "pasaprote"}).content.decode()
    assert "No encontramos nada" in html
    assert '¿Quisiste decir <a href="?q=pasaporte">pasaporte</a>?' in html
    html = client.get("/es/buscar/", {"q": "pasaporte"}).content.decode()
    assert "Renovación del pasaporte en el consulado" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("equipage", "equipaje"),  # a letter swapped
        ("migrante retornadp", "migrante retornado"),  # known word kept, the other corrected
        ("de pasaprote", "de pasaporte"),  # short words left as they are
    ],
)
def test_typos_are_corrected_word_by_word(client, settings, query, expected):
    """On PostgreSQL by pg_trgm's similarity, elsewhere by difflib: the same suggestions."""
    settings.PAGE_CACHE_SECONDS = 0
    SectionFactory(
        title_es="Renovación del pasaporte", summary_es="Equipaje del migrante retornado"
    )
    SectionFactory(title_es="Pasaportes", status="draft")  # not public: never suggested
    from infomigra.search import suggestion

    assert suggestion(query, "es") == expected


def test_a_suggestion_only_offers_public_words(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    SectionFactory(title_es="Pasaporte", status="draft")
    from infomigra.search import suggestion

    assert suggestion("pasaprote", "es") == ""


def test_no_suggestion_when_nothing_is_close(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    SectionFactory(title_es="Renovación del pasaporte")
    html = client.get("/es/buscar/", {"q": "zzzzqqq"}).content.decode()
    assert "¿Quisiste decir" not in html


def test_searches_that_find_nothing_are_counted_by_their_words_only(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for query in ("Visa de Pescador", "visa de pescador ", "VISA  de  PESCADOR"):
        client.get("/es/buscar/", {"q": query})
    client.get("/en/search/", {"q": "fisherman visa"})
    client.get("/es/buscar/", {"q": "mi dni 45123456"})  # personal: not kept
    client.get("/es/buscar/", {"q": "rosa@example.com"})  # personal: not kept
    client.get("/es/buscar/", {"q": "x"})  # no word to look for: not a miss
    assert sorted(SearchMiss.objects.values_list("language", "query", "count")) == [
        ("en", "fisherman visa", 1),
        ("es", "visa de pescador", 3),
    ]
    fields = {field.name for field in SearchMiss._meta.get_fields()}
    assert fields == {"id", "language", "query", "count", "last_seen"}  # nothing about who


def test_a_search_that_finds_something_is_not_a_miss(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    SectionFactory(title_es="Visa de trabajo")
    client.get("/es/buscar/", {"q": "visa"})
    assert not SearchMiss.objects.exists()


def test_editors_see_what_people_look_for_and_do_not_find(client, login_as, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/es/buscar/", {"q": "visa de pescador"})
    client.get("/es/buscar/", {"q": "visa de pescador"})
    login_as("Editores")
    page = client.get(reverse("admin:index")).content.decode()
    assert "Lo que buscan y no encuentran" in page
    assert "<code>visa de pescador</code> · Español · 2 veces" in page
    assert reverse("admin:infomigra_searchsynonym_changelist") in page
    # and they can add a synonym
    response = client.post(
        reverse("admin:infomigra_searchsynonym_add"),
        {"language": "es", "expressions": "visa de pescador, visa de trabajo"},
    )
    assert response.status_code == 302
    assert SearchSynonym.objects.get().expressions == "visa de pescador, visa de trabajo"
