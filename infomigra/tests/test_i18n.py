import re

import pytest
from django.urls import reverse
from django.utils import translation

from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory

pytestmark = pytest.mark.django_db


def switch_link(html, language):
    """The href of the language switch's link to `language`."""
    match = re.search(rf'<a href="([^"]+)" hreflang="{language}" lang="{language}"', html)
    assert match, f"no language switch link to {language}"
    return match.group(1)


@pytest.mark.parametrize(
    ("accept_language", "expected"), [("es-PE,es;q=0.9", "/es/"), ("en-US,en;q=0.9", "/en/")]
)
def test_root_redirects_by_browser_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_url_segments_and_slugs_are_translated():
    guide = CountryGuideFactory(country="ES", slug_es="espana", slug_en="spain")
    with translation.override("es"):
        assert guide.get_absolute_url() == "/es/guias/espana/"
    with translation.override("en"):
        assert guide.get_absolute_url() == "/en/guides/spain/"


def test_language_switch_lands_on_the_same_guide(client):
    guide = CountryGuideFactory(
        country="ES", slug_es="espana", slug_en="spain", title_es="Guía de España",
        title_en="Guide to Spain",
    )  # fmt: skip
    html = client.get("/es/guias/espana/").content.decode()
    english_url = switch_link(html, "en")
    assert english_url == "/en/guides/spain/"

    english = client.get(english_url)
    assert english.status_code == 200
    assert english.context["guide"] == guide
    assert "<h1>Guide to Spain</h1>" in english.content.decode()
    assert switch_link(english.content.decode(), "es") == "/es/guias/espana/"


def test_language_switch_lands_on_the_same_section(client):
    section = SectionFactory(
        line__slug_es="trabajar-fuera", line__slug_en="working-abroad",
        slug_es="primeras-consideraciones", slug_en="first-considerations",
    )  # fmt: skip
    html = client.get("/es/lineas/trabajar-fuera/primeras-consideraciones/").content.decode()
    english_url = switch_link(html, "en")
    assert english_url == "/en/lines/working-abroad/first-considerations/"
    response = client.get(english_url)
    assert response.status_code == 200
    assert response.context["object"] == section


def test_language_switch_on_a_page_without_object_keeps_the_page(client):
    html = client.get("/es/guias/").content.decode()
    assert switch_link(html, "en") == "/en/guides/"


def test_spanish_slug_under_english_prefix_redirects_to_the_english_url(client):
    CountryGuideFactory(country="IT", slug_es="italia", slug_en="italy")
    response = client.get("/en/guides/italia/")
    assert response.status_code == 301
    assert response["Location"] == "/en/guides/italy/"


def test_missing_english_text_falls_back_to_spanish_with_a_notice(client):
    section = SectionFactory(
        title_es="Primeras consideraciones", title_en="", body_es="<p>Piensa antes de viajar.</p>",
        body_en="", slug_en="",
    )  # fmt: skip
    with translation.override("en"):
        url = section.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Primeras consideraciones" in html
    assert '<div class="rich-text" lang="es"><p>Piensa antes de viajar.</p></div>' in html
    assert "This content has not yet been translated into your language." in html

    with translation.override("es"):
        spanish_url = section.get_absolute_url()
    spanish = client.get(spanish_url).content.decode()
    assert '<div class="rich-text"><p>Piensa antes de viajar.</p></div>' in spanish
    assert 'role="note"' not in spanish


def test_translated_content_has_no_fallback_notice(client):
    section = SectionFactory(title_en="First considerations", body_en="<p>Think first.</p>")
    with translation.override("en"):
        html = client.get(section.get_absolute_url()).content.decode()
    assert "First considerations" in html and "Think first." in html
    assert 'role="note"' not in html


def test_pages_declare_their_language_and_alternates(client):
    CountryGuideFactory(country="CL", slug_es="chile", slug_en="chile-guide")
    html = client.get("/en/guides/chile-guide/").content.decode()
    assert '<html lang="en">' in html
    assert 'hreflang="es" href="http://testserver/es/guias/chile/"' in html
    assert 'hreflang="en" href="http://testserver/en/guides/chile-guide/"' in html


@pytest.mark.parametrize(
    ("language", "text"),
    [("es", "No encontramos esta página"), ("en", "find this page")],
)
def test_not_found_page_is_translated(client, language, text):
    response = client.get(f"/{language}/no-existe/")
    assert response.status_code == 404
    assert text in response.content.decode()


def test_line_url_is_reversible_in_both_languages():
    line = ActionLineFactory(slug_es="retornar", slug_en="returning")
    with translation.override("en"):
        assert reverse("lines:line_detail", kwargs={"slug": line.slug}) == "/en/lines/returning/"
