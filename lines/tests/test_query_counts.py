"""A page's SQL query count does not grow with the number of items it shows. Ceilings count the
layout too: the menu's lines, the footer's service points and the panel pages' addresses."""

import pytest
from django.urls import reverse
from django.utils import translation

from lines.models import GuideChapter

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

SIZES = [3, 30]


def url(obj):
    with translation.override("es"):
        return obj.get_absolute_url()


def queries_for(count_queries, target):
    response, queries = count_queries(target)
    assert response.status_code == 200
    return queries


def test_line_page(count_queries):
    counts = []
    for items in SIZES:
        line = ActionLineFactory(number=items)
        SectionFactory.create_batch(items, line=line)
        counts.append(queries_for(count_queries, url(line)))
    assert counts[0] == counts[1] <= 7  # 7: the latest change note (issue 11)


def test_section_page_with_programmes_and_sources(count_queries):
    counts = []
    for items in SIZES:
        line = ActionLineFactory(number=items)
        section = SectionFactory(line=line)
        SectionFactory.create_batch(items, line=line)
        ProgrammeFactory.create_batch(items, section=section)
        SectionSourceFactory.create_batch(items, section=section)
        counts.append(queries_for(count_queries, url(section)))
    assert counts[0] == counts[1] <= 8  # 8: the latest change note (issue 11)


@pytest.mark.parametrize(
    ("component", "make"),
    [
        ("agreements", lambda n: AgreementFactory.create_batch(n)),
        ("institutions", lambda n: [InstitutionFactory(country=c) for c in ["ES", "US", "IT"] * (n // 3)]),
        ("indicators", lambda n: [IndicatorValueFactory(indicator=i) for i in IndicatorFactory.create_batch(n // 3) for _ in range(3)]),
        ("work_permits", lambda n: [GuideChapterFactory(guide=CountryGuideFactory(country=c)) for c in (["US"] if n == 3 else ["ES", "IT", "CL", "AR"])]),
    ],
)  # fmt: skip
def test_section_components(count_queries, component, make):
    counts = []
    for items in SIZES:
        section = SectionFactory(line=ActionLineFactory(number=items), component=component)
        make(items)
        counts.append(queries_for(count_queries, url(section)))
    assert counts[0] == counts[1] <= 10  # 10: the latest change note (issue 11)


def test_guide_page(count_queries):
    counts = []
    for items, country in zip(SIZES, ["ES", "IT"], strict=True):
        guide = CountryGuideFactory(country=country)
        for kind in GuideChapter.Kind.values:
            GuideChapterFactory(guide=guide, kind=kind)
        GuideSourceFactory.create_batch(items, guide=guide)
        InstitutionFactory.create_batch(items, country=country)
        AgreementFactory.create_batch(items, countries=[country])
        counts.append(queries_for(count_queries, url(guide)))
    assert counts[0] == counts[1] <= 9  # 9: the latest change note (issue 11)


def test_guide_list_and_institution_directory(count_queries):
    with translation.override("es"):
        guide_list, directory = reverse("lines:guide_list"), reverse("lines:institution_list")
    counts = []
    for items in SIZES:
        CountryGuideFactory(country=["US", "ES"][SIZES.index(items)])
        InstitutionFactory.create_batch(items)
        counts.append(
            (queries_for(count_queries, guide_list), queries_for(count_queries, directory))
        )
    assert counts[0] == counts[1]
    assert counts[1][0] <= 4 and counts[1][1] <= 6
