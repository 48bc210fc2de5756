import pytest
from django.core.management import call_command
from django.utils import translation

from lines.models import (
    ActionLine,
    Agreement,
    CountryGuide,
    GuideChapter,
    Indicator,
    Institution,
    Programme,
    Section,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_content")


def test_demo_content_has_the_structure_of_the_directive(demo):
    lines = list(ActionLine.objects.order_by("number"))
    assert [line.number for line in lines] == [1, 2, 3, 4]
    assert lines[0].title_es == "¿Vas a trabajar en el extranjero?"
    assert lines[1].title_es == "¿Vas a retornar al Perú?"
    assert lines[2].title_es == "¿Trabajas en el extranjero?"
    assert lines[3].title_es.startswith("¿Eres trabajador migrante andino o extranjero")
    assert Section.objects.filter(line__number=1).count() == 6
    components = set(Section.objects.values_list("component", flat=True))
    assert {"work_permits", "guides", "indicators", "agreements", "institutions"} <= components
    assert Programme.objects.count() >= 6
    assert Indicator.objects.count() >= 2
    assert Agreement.objects.filter(countries__contains="CL").exists()
    assert Agreement.objects.filter(countries__contains="ES").exists()

    guides = CountryGuide.objects.order_by("order")
    assert [guide.country.code for guide in guides] == ["US", "ES", "IT", "CL", "AR"]
    for guide in guides:
        assert sorted(guide.chapters.values_list("kind", flat=True)) == sorted(
            GuideChapter.Kind.values
        )
        assert guide.sources.exists() and guide.last_reviewed
    for country in ["US", "ES", "IT", "CL", "AR"]:
        assert Institution.objects.filter(country=country).count() >= 3


def test_demo_content_is_complete_in_both_languages(demo):
    for model, fields in [
        (ActionLine, ["slug", "title", "audience"]),
        (Section, ["slug", "title", "body"]),
        (CountryGuide, ["slug", "title"]),
        (GuideChapter, ["title", "body"]),
        (Programme, ["name"]),
        (Agreement, ["title"]),
        (Institution, ["name"]),
        (Indicator, ["name", "source"]),
    ]:
        for obj in model.objects.all():
            for field in fields:
                for language in ("es", "en"):
                    assert getattr(obj, f"{field}_{language}"), f"{obj!r} lacks {field}_{language}"


def test_demo_sources_are_https_links(demo):
    from lines.models import GuideSource, SectionSource

    for source in [*SectionSource.objects.all(), *GuideSource.objects.all()]:
        assert source.url.startswith("https://"), source.url


def test_loading_twice_changes_nothing(demo):
    counts = [model.objects.count() for model in (ActionLine, Section, CountryGuide, GuideChapter)]
    section = Section.objects.first()
    section.title_es = "Título cambiado por un editor"
    section.save()

    call_command("load_demo_content")

    assert [
        model.objects.count() for model in (ActionLine, Section, CountryGuide, GuideChapter)
    ] == counts
    section.refresh_from_db()
    assert section.title_es == "Título cambiado por un editor"


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_demo_page_reads_in_both_languages(demo, client, language):
    pages = [*ActionLine.objects.all(), *Section.objects.all(), *CountryGuide.objects.all()]
    for page in pages:
        with translation.override(language):
            url = page.get_absolute_url()
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert 'class="notice" role="note"' not in html, f"fallback notice on {url}"
        assert html.count("<h1") == 1
