import pytest
from django.utils import translation

from complementary.tests.factories import FaqFactory, NewsItemFactory
from infomigra.models import Status
from infomigra.search import MAX_QUERY_LENGTH, search, snippet, terms_of
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
    ("query", "help_shown"),
    [("", False), ("   ", False), ("a", True), ("!!!", True), ("%_%", True),
     ("\u202e\u200b", True), ("🙂" * 50, True)],  # a NUL answers 400: test_bad_input.py
)  # fmt: skip
def test_a_query_without_words_finds_nothing_and_gets_help(client, content, query, help_shown):
    assert terms_of(query) == []
    assert search(query, language="es") == []
    response = client.get("/es/buscar/", {"q": query})
    assert response.status_code == 200
    assert response.context["hits"] == []
    html = response.content.decode()
    assert ("Escribe al menos una palabra" in html) is help_shown  # a blank query: just the form
    assert "No encontramos nada" not in html


def test_a_very_long_query_is_cut_and_finds_nothing(client, content):
    query = "x" * 5000
    assert terms_of(query) == ["x" * MAX_QUERY_LENGTH]
    assert search(query, language="es") == []
    response = client.get("/es/buscar/", {"q": query})
    assert response.status_code == 200
    assert response.context["query"] == "x" * MAX_QUERY_LENGTH
    assert "No encontramos nada" in response.content.decode()


def test_sql_in_a_query_is_only_words(client, content):
    query = "' OR 1=1 --"
    assert terms_of(query) == ["or"]
    found = titles(query)
    assert "Trámites administrativos" not in found  # not everything: no "or" in it
    assert "Borrador sobre trámite" not in found
    assert client.get("/es/buscar/", {"q": query}).status_code == 200


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


def test_search_query_count_does_not_grow_with_results(
    client, count_queries, django_assert_max_num_queries
):
    counts = []
    search("visa", language="es")  # the synonyms, once: then from the shared cache
    for total in (3, 30):  # 3 hits, then 20 (at most 20 per kind of content)
        for n in range(len(counts) and 3, total):
            SectionFactory(title_es=f"Trámite número {n}")
        with django_assert_max_num_queries(16) as captured:
            hits = search("tramite", language="es")
        assert len(hits) == min(total, 20)
        page, page_queries = count_queries("/es/buscar/?q=tramite")
        assert page.status_code == 200 and len(page.context["hits"]) == len(hits)
        counts.append((len(captured), page_queries))
    assert counts[0] == counts[1]


# --- The stored index ---------------------------------------------------------------------------


def test_a_search_is_one_query_whatever_the_number_of_kinds_and_hits(
    django_assert_num_queries,
):
    for n in range(5):
        SectionFactory(title_es=f"Trámite de sección {n}")
        NewsItemFactory(title_es=f"Trámite en noticia {n}")
        FaqFactory(question_es=f"¿Trámite {n}?")
    search("visa", language="es")  # the editors' synonyms are read once, then come from the cache
    with django_assert_num_queries(1):
        hits = search("tramite", language="es")
    assert len(hits) == 15


def test_one_kind_cannot_crowd_out_the_others():
    for n in range(25):
        SectionFactory(title_es=f"Trámite {n}")
    NewsItemFactory(title_es="Un trámite en las noticias")
    kinds = [hit.kind for hit in search("tramite", language="es")]
    assert kinds.count("Sección") == 20 and kinds.count("Noticia") == 1


def test_the_index_follows_edits_and_deletions():
    section = SectionFactory(title_es="Seguro de salud", title_en="Health insurance")
    assert titles("seguro") == ["Seguro de salud"]
    section.title_es, section.title_en = "Seguro de desempleo", "Unemployment insurance"
    section.save()
    assert titles("desempleo") == ["Seguro de desempleo"] and titles("salud") == []
    assert titles("unemployment", "en") == ["Unemployment insurance"]
    section.delete()
    assert titles("desempleo") == [] and titles("unemployment", "en") == []


def test_a_parent_taken_offline_hides_its_children_and_back():
    section = SectionFactory(title_es="Bolsa de trabajo")
    line = section.line
    line.status = Status.DRAFT
    line.save()
    assert titles("bolsa") == []
    line.status = Status.PUBLISHED
    line.save()
    assert titles("bolsa") == ["Bolsa de trabajo"]


def test_a_scheduled_item_is_found_from_its_time_without_reindexing():
    import datetime

    import time_machine
    from django.utils import timezone

    now = timezone.now()
    with time_machine.travel(now, tick=False):
        SectionFactory(title_es="Convocatoria futura", publish_at=now + datetime.timedelta(hours=1))
        assert titles("convocatoria") == []
    with time_machine.travel(now + datetime.timedelta(hours=1, seconds=1), tick=False):
        assert titles("convocatoria") == ["Convocatoria futura"]


def test_an_english_reader_is_told_which_hits_are_in_spanish(client):
    SectionFactory(title_es="Remesas seguras al Perú", title_en="")
    SectionFactory(title_es="Remesas al Perú", title_en="Remittances to Peru")
    hits = {hit.title: hit for hit in search("peru", language="en")}
    assert hits["Remesas seguras al Perú"].spanish_only
    assert not hits["Remittances to Peru"].spanish_only
    page = client.get("/en/search/?q=peru").content.decode()
    assert 'lang="es">Remesas seguras al Perú</a>' in page
    assert "in Spanish (not yet translated)" in page


def test_search_rebuild_restores_a_lost_index(capsys):
    from django.core.management import call_command

    from infomigra.models import SearchDocument

    SectionFactory(title_es="Retorno productivo")
    SearchDocument.objects.all().delete()
    assert titles("retorno") == []
    call_command("search_rebuild")
    assert titles("retorno") == ["Retorno productivo"]
    total = SearchDocument.objects.count()
    assert total == 4  # the section and its line, in each language
    assert f"{total} documentos" in capsys.readouterr().out


def test_snippets_keep_punctuation_next_to_marked_up_words():
    SectionFactory(
        title_es="Autorizaciones",
        summary_es="",
        body_es="<p>Necesitas una autorización de <strong>trabajo</strong>. Pide (<em>cita</em>).</p>",
    )
    (hit,) = search("autorizacion", language="es")
    assert "de trabajo. Pide (cita)." in hit.snippet
