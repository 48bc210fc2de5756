"""A guide or a whole action line to take along: a print view with every part written out and an
A4 PDF of the same template, in both languages."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from infomigra.models import Status
from lines.models import GuideChapter

from .factories import (
    ActionLineFactory,
    AgreementFactory,
    CountryGuideFactory,
    GuideChapterFactory,
    GuideSourceFactory,
    InstitutionFactory,
    ProgrammeFactory,
    SectionFactory,
    SectionSourceFactory,
)

pytestmark = pytest.mark.django_db

OUTSIDE_LINK = '<p>Pide cita en <a href="https://sede.example.es/cita">la sede electrónica</a>.</p>'
OUTSIDE_LINK_EN = '<p>Book at <a href="https://sede.example.es/cita">the e-office</a>.</p>'


def address(name, obj, language):
    with translation.override(language):
        return reverse(name, kwargs={"slug": obj.slug})


def pdf_text(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    # PDF text breaks lines anywhere; compare with the spaces and breaks taken out
    return "".join("".join(page.extract_text() for page in reader.pages).split())


def squeezed(text):
    return "".join(text.split())


@pytest.fixture
def guide():
    guide = CountryGuideFactory(
        country="ES", slug_es="espana", slug_en="spain", title_es="Guía para España",
        title_en="Guide to Spain",
    )  # fmt: skip
    GuideChapterFactory(
        guide=guide, kind=GuideChapter.Kind.WORK_PERMIT, order=1, title_es="Autorizaciones",
        title_en="Authorisations", body_es=OUTSIDE_LINK, body_en=OUTSIDE_LINK_EN,
    )  # fmt: skip
    GuideChapterFactory(
        guide=guide, kind=GuideChapter.Kind.HEALTH, order=2, title_es="Al llegar",
        title_en="On arrival", body_es="<p>Empadrónate.</p>", body_en="<p>Register.</p>",
    )  # fmt: skip
    GuideChapterFactory(
        guide=guide, kind=GuideChapter.Kind.AGREEMENTS, order=3, title_es="Convenios",
        title_en="Agreements", body_es="<p>Convenios vigentes.</p>", body_en="<p>In force.</p>",
    )  # fmt: skip
    GuideSourceFactory(guide=guide, title_es="BOE", title_en="BOE", url="https://www.boe.es/")
    AgreementFactory(
        countries=["ES"], title_es="Convenio de Seguridad Social Perú–España",
        title_en="Peru–Spain Social Security Agreement",
    )  # fmt: skip
    return guide


def test_the_guide_page_offers_its_print_view_and_pdf(client, guide):
    page = client.get(address("lines:guide_detail", guide, "es")).content.decode()
    assert f'href="{address("lines:guide_print", guide, "es")}"' in page
    assert f'href="{address("lines:guide_pdf", guide, "es")}"' in page
    assert "/es/guias/espana/imprimir/" in page


@pytest.mark.parametrize(
    ("language", "chapters", "version"),
    [("es", ["Autorizaciones", "Al llegar", "Convenio de Seguridad Social Perú–España"], "Versión del"),
     ("en", ["Authorisations", "On arrival", "Peru–Spain Social Security Agreement"], "Version of")],
)  # fmt: skip
def test_guide_print_view_has_every_chapter_the_sources_and_the_version(
    client, guide, language, chapters, version
):
    response = client.get(address("lines:guide_print", guide, language))
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    for title in chapters:
        assert title in page
    assert "https://www.boe.es/" in page
    assert version in page
    assert f'href="{address("lines:guide_pdf", guide, language)}"' in page
    # the way back to the page itself, written out in full
    assert f"http://testserver{address('lines:guide_detail', guide, language)}" in page
    assert 'class="main-nav"' not in page  # no menus to print


@pytest.mark.parametrize(
    ("language", "chapters", "version"),
    [("es", ["Autorizaciones", "Al llegar"], "Versióndel"), ("en", ["Authorisations", "Onarrival"], "Versionof")],
)  # fmt: skip
def test_guide_pdf_is_the_same_guide_with_links_written_out(
    client, guide, language, chapters, version
):
    response = client.get(address("lines:guide_pdf", guide, language))
    assert response["Content-Disposition"] == f'inline; filename="{guide.slug}.pdf"'
    text = pdf_text(response)
    assert squeezed(guide.title) in text
    for title in chapters:
        assert squeezed(title) in text
    assert "https://sede.example.es/cita" in text  # a link in the text, with its address
    assert "www.boe.es" in text
    assert version in text
    assert "Descargar" not in text and "Download" not in text  # no screen-only bar in the PDF


def test_a_guide_address_in_the_other_language_goes_to_the_print_view_in_this_one(client, guide):
    response = client.get("/en/guides/espana/print/")
    assert response.status_code == 301
    assert response["Location"] == "/en/guides/spain/print/"
    response = client.get("/es/guias/guia-antigua/pdf/")  # its Spanish slug until it changed
    assert response.status_code == 404


def test_a_draft_guide_has_no_print_view_or_pdf_for_the_public(client, guide):
    guide.status = Status.DRAFT
    guide.save()
    assert client.get(address("lines:guide_print", guide, "es")).status_code == 404
    assert client.get(address("lines:guide_pdf", guide, "es")).status_code == 404


def test_line_print_view_writes_out_every_public_section(client):
    line = ActionLineFactory(number=2, slug_es="volver", slug_en="return")
    first = SectionFactory(
        line=line, order=1, title_es="Primera sección", body_es=OUTSIDE_LINK,
        procedure_url="https://www.gob.pe/431-registro-de-contratos",
    )  # fmt: skip
    SectionFactory(line=line, order=2, title_es="Segunda sección", body_es="<p>Más texto.</p>")
    SectionFactory(line=line, order=3, title_es="Sección en borrador", status=Status.DRAFT)
    ProgrammeFactory(section=first, name_es="Programa de retorno")
    SectionSourceFactory(section=first, title_es="Fuente del MTPE", url="https://www.gob.pe/mtpe")

    response = client.get(address("lines:line_print", line, "es"))
    page = response.content.decode()
    assert response.status_code == 200
    for text in ("Primera sección", "Segunda sección", "Más texto.", "Programa de retorno",
                 "Fuente del MTPE", "https://sede.example.es/cita"):  # fmt: skip
        assert text in page
    assert "Sección en borrador" not in page

    text = pdf_text(client.get(address("lines:line_pdf", line, "es")))
    assert "Primerasección" in text and "Segundasección" in text
    assert "Secciónenborrador" not in text
    assert "https://sede.example.es/cita" in text
    assert "https://www.gob.pe/431-registro-de-contratos" in text  # the procedure, written out


def test_line_page_offers_its_print_view(client):
    line = ActionLineFactory(number=3, slug_es="fuera", slug_en="abroad")
    page = client.get(address("lines:line_detail", line, "en")).content.decode()
    assert 'href="/en/lines/abroad/print/"' in page
    assert 'href="/en/lines/abroad/pdf/"' in page


@pytest.mark.parametrize("name", ["lines:guide_print", "lines:line_print"])
def test_print_view_query_count_does_not_grow_with_the_content(count_queries, name):
    counts = []
    for items, country in ((3, "IT"), (30, "CL")):
        if name == "lines:guide_print":
            obj = CountryGuideFactory(country=country)
            for order, kind in enumerate(GuideChapter.Kind.values):
                GuideChapterFactory(guide=obj, order=order, kind=kind)
            GuideSourceFactory.create_batch(items, guide=obj)
            InstitutionFactory.create_batch(items, country=country)
            AgreementFactory.create_batch(items, countries=[country])
        else:
            obj = ActionLineFactory(number=items)
            for section in SectionFactory.create_batch(items, line=obj):
                ProgrammeFactory(section=section)
                SectionSourceFactory(section=section)
        response, queries = count_queries(address(name, obj, "es"))
        assert response.status_code == 200
        counts.append(queries)
    assert counts[0] == counts[1] <= 8


def test_long_pages_end_with_a_way_back_to_the_top(client, guide):
    line = ActionLineFactory(number=1, slug_es="fuera")
    section = SectionFactory(line=line)
    with translation.override("es"):
        pages = [guide.get_absolute_url(), line.get_absolute_url(), section.get_absolute_url()]
    for path in pages:
        html = client.get(path).content.decode()
        assert '<a href="#main"><span aria-hidden="true">↑</span> Volver arriba</a>' in html, path
        assert '<main id="main" tabindex="-1">' in html  # the target takes the focus
