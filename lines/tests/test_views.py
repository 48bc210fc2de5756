import datetime

import pytest
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation

from infomigra.models import Status
from lines.models import GuideChapter, Section

from .factories import (
    ActionLineFactory,
    AgreementFactory,
    CountryGuideFactory,
    GuideChapterFactory,
    GuideSourceFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    InstitutionFactory,
    ProgrammeFactory,
    SectionFactory,
    SectionSourceFactory,
)

pytestmark = pytest.mark.django_db


def url_in(language, obj):
    with translation.override(language):
        return obj.get_absolute_url()


def test_line_page_shows_its_sections_in_order_with_groups(client):
    line = ActionLineFactory(number=2, title_es="¿Vas a retornar al Perú?")
    SectionFactory(line=line, title_es="Mercado laboral peruano", order=20, group_es="b) Mercado")
    SectionFactory(line=line, title_es="Programas de la OIM", order=10, group_es="a) Programas")
    SectionFactory(line=line, title_es="Sección en borrador", order=15, status=Status.DRAFT)

    response = client.get(url_in("es", line))

    assert response.status_code == 200
    assert "lines/line_detail.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "<h1>¿Vas a retornar al Perú?</h1>" in html
    assert html.index("a) Programas") < html.index("Programas de la OIM")
    assert html.index("Programas de la OIM") < html.index("b) Mercado")
    assert html.index("b) Mercado") < html.index("Mercado laboral peruano")
    assert "Sección en borrador" not in html
    assert html.count("<h1") == 1


def test_section_page_shows_text_sources_programmes_and_review_date(client):
    section = SectionFactory(
        title_es="Servicios y programas del MTPE",
        body_es="<p>El Centro de Empleo te orienta.</p>",
        last_reviewed=datetime.date(2026, 11, 20),
    )
    SectionSourceFactory(section=section, title_es="Plataforma gob.pe del MTPE")
    ProgrammeFactory(section=section, name_es="Impulsa Perú")
    ProgrammeFactory(section=section, name_es="Programa retirado", status=Status.DRAFT)

    response = client.get(url_in("es", section))

    assert response.status_code == 200
    assert "lines/section_detail.html" in [t.name for t in response.templates]
    html = response.content.decode()
    assert "<h1>Servicios y programas del MTPE</h1>" in html
    assert "El Centro de Empleo te orienta." in html
    assert "Plataforma gob.pe del MTPE" in html
    assert "Impulsa Perú" in html
    assert "Programa retirado" not in html
    assert 'datetime="2026-11-20"' in html and "Última revisión" in html


def test_a_section_ends_on_its_official_procedure(client):
    section = SectionFactory(procedure_url="https://www.gob.pe/431-registro-de-contratos")
    html = client.get(url_in("es", section)).content.decode()
    assert (
        '<a class="button" href="https://www.gob.pe/431-registro-de-contratos" rel="noopener">'
        "Hacer el trámite en el sitio oficial</a>"
    ) in html
    english = client.get(url_in("en", section)).content.decode()
    assert "Go to the procedure on the official website" in english
    without = client.get(url_in("es", SectionFactory())).content.decode()
    assert "Hacer el trámite en el sitio oficial" not in without


def test_section_components_render_their_content(client):
    line = ActionLineFactory()
    guide = CountryGuideFactory(country="IT", title_es="Guía de Italia")
    GuideChapterFactory(guide=guide, title_es="Nulla osta y visado de trabajo")
    permits = SectionFactory(line=line, component="work_permits")
    indicators = SectionFactory(line=line, component="indicators")
    indicator = IndicatorFactory(name_es="Remuneración mínima vital", unit_es="S/")
    IndicatorValueFactory(indicator=indicator, period_es="2022", value="1025")
    IndicatorValueFactory(indicator=indicator, period_es="2025", value="1130")
    agreements = SectionFactory(line=line, component="agreements")
    AgreementFactory(title_es="Convenio de Seguridad Social Perú–España")
    institutions = SectionFactory(line=line, component="institutions")
    InstitutionFactory(country="CL")
    InstitutionFactory(country="CL")

    html = client.get(url_in("es", permits)).content.decode()
    assert "Nulla osta y visado de trabajo" in html
    assert f"{url_in('es', guide)}#work-permit" in html

    html = client.get(url_in("es", indicators)).content.decode()
    assert "Remuneración mínima vital" in html
    assert "1\u00a0130 S/" in html  # Spanish number format
    assert "<svg" in html and 'role="img"' in html

    html = client.get(url_in("es", agreements)).content.decode()
    assert "Convenio de Seguridad Social Perú–España" in html

    html = client.get(url_in("es", institutions)).content.decode()
    assert "Chile</a> (2)" in html


def test_every_section_component_has_its_template():
    for component in Section.Component:
        template = Section(component=component).component_template
        if component == Section.Component.NONE:
            assert template == ""
        else:
            assert get_template(template), component


def test_section_of_another_line_slug_is_not_found(client):
    section = SectionFactory()
    other = ActionLineFactory()
    url = reverse("lines:section_detail", kwargs={"line_slug": other.slug, "slug": section.slug})
    assert client.get(url).status_code == 404


def test_guide_page_shows_chapters_in_order_institutions_agreements_and_sources(client):
    guide = CountryGuideFactory(country="ES", title_es="Guía para trabajar en España")
    for order, kind in enumerate(reversed(GuideChapter.Kind.values)):
        GuideChapterFactory(guide=guide, kind=kind, title_es=f"Capítulo {kind}", order=20 - order)
    InstitutionFactory(country="ES", name_es="Consulado General del Perú en Madrid")
    InstitutionFactory(country="IT", name_es="Consolato Generale del Perù a Milano")
    AgreementFactory(countries=["ES"], title_es="Convenio de Seguridad Social Perú–España")
    AgreementFactory(countries=["CL"], title_es="Convenio de Seguridad Social Perú–Chile")
    GuideSourceFactory(guide=guide, title_es="Portal de Inmigración")

    response = client.get(url_in("es", guide))

    assert response.status_code == 200
    assert "lines/guide_detail.html" in [t.name for t in response.templates]
    html = response.content.decode()
    positions = [html.index(f'id="{kind.replace("_", "-")}"') for kind in GuideChapter.Kind.values]
    assert positions == sorted(positions)
    assert "Consulado General del Perú en Madrid" in html
    assert "Consolato Generale del Perù a Milano" not in html
    assert "Convenio de Seguridad Social Perú–España" in html
    assert "Convenio de Seguridad Social Perú–Chile" not in html
    assert "Portal de Inmigración" in html
    assert 'media="print"' in html


def test_guide_list_shows_published_guides(client):
    CountryGuideFactory(country="CL", title_es="Guía de Chile")
    CountryGuideFactory(country="AR", title_es="Guía de Argentina", status=Status.DRAFT)
    with translation.override("es"):
        response = client.get(reverse("lines:guide_list"))
    assert response.status_code == 200
    assert "Guía de Chile" in response.content.decode()
    assert "Guía de Argentina" not in response.content.decode()


@pytest.mark.parametrize("kind", ["line", "section", "guide"])
def test_drafts_are_not_public(client, kind):
    obj = {
        "line": lambda: ActionLineFactory(status=Status.DRAFT),
        "section": lambda: SectionFactory(status=Status.DRAFT),
        "guide": lambda: CountryGuideFactory(status=Status.DRAFT),
    }[kind]()
    assert client.get(url_in("es", obj)).status_code == 404


def test_institution_directory_filters_by_country_and_kind(client):
    InstitutionFactory(country="ES", kind="consulate", name_es="Consulado en Madrid")
    InstitutionFactory(country="ES", kind="ngo", name_es="ONG en Barcelona")
    InstitutionFactory(country="US", kind="consulate", name_es="Consulado en Nueva York")
    with translation.override("es"):
        url = reverse("lines:institution_list")

    all_html = client.get(url).content.decode()
    assert all(name in all_html for name in ("Madrid", "Barcelona", "Nueva York"))

    by_country = client.get(url, {"country": "ES"}).content.decode()
    assert "Consulado en Madrid" in by_country and "ONG en Barcelona" in by_country
    assert "Consulado en Nueva York" not in by_country

    both = client.get(url, {"country": "ES", "kind": "ngo"}).content.decode()
    assert "ONG en Barcelona" in both
    assert "Consulado en Madrid" not in both and "Consulado en Nueva York" not in both
    assert "1 resultado" in both


def test_institution_directory_rejects_unknown_filter_values_with_a_message(client):
    InstitutionFactory(country="ES")
    with translation.override("es"):
        url = reverse("lines:institution_list")
    response = client.get(url, {"country": "ZZ", "kind": "<script>"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Escoja una opción válida" in html
    assert "<script>" not in html.split("<main", 1)[1].split("</main>")[0].replace(
        "&lt;script&gt;", ""
    )
    for name in ("country", "kind"):  # the error is announced with its field
        assert f'aria-describedby="id_{name}_error"' in html
        assert f'<p class="field-error" id="id_{name}_error">' in html


def test_institution_directory_out_of_range_page_is_not_found(client):
    InstitutionFactory()
    with translation.override("es"):
        url = reverse("lines:institution_list")
    assert client.get(url, {"page": "999"}).status_code == 404
    assert client.get(url, {"page": "abc"}).status_code == 404
