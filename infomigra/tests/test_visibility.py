"""The one visibility rule, as a visitor meets it: (parent state × child state) → is the child
visible on its page, in its list, in site search, in sitemap.xml and in the feeds?

A child is public only when it is published, its time has come, and its parent is public too.
Before the rule was one QuerySet method, a published section of a scheduled line showed up in
search and in the sitemap while its own page answered 404."""

import datetime
import itertools

import pytest
from django.urls import reverse
from django.utils import timezone

from complementary.tests.factories import FaqFactory, NewsItemFactory
from infomigra import roles
from infomigra.models import Status
from lines.models import Section
from lines.tests.factories import (
    ActionLineFactory,
    CountryGuideFactory,
    GuideChapterFactory,
    ProgrammeFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db

STATES = ["published", "draft", "scheduled"]
WORD = "zanahoriaunica"  # found by search in every language and database


def state(name):
    """Model fields for a publication state."""
    if name == "draft":
        return {"status": Status.DRAFT}
    if name == "scheduled":
        return {"status": Status.PUBLISHED, "publish_at": timezone.now() + datetime.timedelta(7)}
    return {"status": Status.PUBLISHED, "publish_at": timezone.now() - datetime.timedelta(1)}


def search_titles(client, query=WORD):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return [hit.title for hit in response.context["hits"]]


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(("parent", "child"), itertools.product(STATES, STATES))
def test_a_section_is_public_only_while_its_line_is(client, parent, child):
    line = ActionLineFactory(**state(parent))
    section = SectionFactory(line=line, title_es=f"Trámites {WORD}", **state(child))
    visible = parent == child == "published"

    page = client.get(section.get_absolute_url())
    assert page.status_code == (200 if visible else 404)
    home = client.get(reverse("home")).content.decode()
    assert (section.title_es in home) is visible  # the line cards list the public sections
    assert (section.title_es in search_titles(client)) is visible
    assert (section.get_absolute_url() in sitemap(client)) is visible
    assert Section.objects.published().filter(pk=section.pk).exists() is visible


@pytest.mark.parametrize("parent", STATES)
def test_a_guide_chapter_is_public_only_while_its_guide_is(client, parent):
    guide = CountryGuideFactory(**state(parent))
    GuideChapterFactory(guide=guide, title_es=f"Vivienda {WORD}")
    visible = parent == "published"

    page = client.get(guide.get_absolute_url())
    assert page.status_code == (200 if visible else 404)
    assert (f"Vivienda {WORD}" in page.content.decode()) is visible
    assert any(WORD in title for title in search_titles(client)) is visible
    assert (guide.get_absolute_url() in sitemap(client)) is visible


@pytest.mark.parametrize(
    ("line", "section", "programme"),
    [*itertools.product(["published", "scheduled"], ["published", "draft"], STATES)],
)
def test_a_programme_is_public_only_while_its_section_and_line_are(
    client, line, section, programme
):
    parent = SectionFactory(line=ActionLineFactory(**state(line)), **state(section))
    ProgrammeFactory(section=parent, name_es=f"Programa {WORD}", **state(programme))
    visible = line == section == programme == "published"

    page = client.get(parent.get_absolute_url())
    assert page.status_code == (200 if line == section == "published" else 404)
    assert (f"Programa {WORD}" in page.content.decode()) is visible
    assert (f"Programa {WORD}" in search_titles(client)) is visible


@pytest.mark.parametrize(("parent", "child"), itertools.product([*STATES, "none"], STATES))
def test_a_faq_is_public_while_its_line_is_or_when_it_has_none(client, parent, child):
    line = None if parent == "none" else ActionLineFactory(**state(parent))
    FaqFactory(line=line, question_es=f"¿Qué es {WORD}?", **state(child))
    visible = parent in ("published", "none") and child == "published"

    faq_page = client.get(reverse("complementary:faq_list")).content.decode()
    assert (WORD in faq_page) is visible
    assert (f"¿Qué es {WORD}?" in search_titles(client)) is visible
    if line is not None and parent == "published":
        assert (WORD in client.get(line.get_absolute_url()).content.decode()) is visible


@pytest.mark.parametrize(
    "when",
    ["published", "draft", "scheduled", "dated_tomorrow"],
)
def test_news_is_public_when_published_its_time_has_come_and_its_date_is_not_future(client, when):
    fields = state("published" if when == "dated_tomorrow" else when)
    if when == "dated_tomorrow":
        # a row dated ahead with no "publish at" (the form derives the date from it)
        fields.update(publish_at=None, published_on=timezone.localdate() + datetime.timedelta(1))
    item = NewsItemFactory(title_es=f"Noticia {WORD}", **fields)
    visible = when == "published"

    assert client.get(item.get_absolute_url()).status_code == (200 if visible else 404)
    listing = client.get(reverse("complementary:news_list")).content.decode()
    assert (item.title_es in listing) is visible
    assert (item.title_es in search_titles(client)) is visible
    assert (item.get_absolute_url() in sitemap(client)) is visible
    feed = client.get(reverse("complementary:news_rss")).content.decode()
    assert (item.title_es in feed) is visible


@pytest.mark.parametrize("parent", ["draft", "scheduled"])
def test_staff_preview_of_a_section_under_a_hidden_line_says_why_and_is_not_indexed(
    client, login_as, parent
):
    line = ActionLineFactory(**state(parent))
    section = SectionFactory(line=line, **state("published"))
    login_as(roles.EDITORS)

    response = client.get(section.get_absolute_url())

    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert "private" in response["Cache-Control"]
    html = response.content.decode()
    assert "Vista previa para el personal" in html
    assert "Se verá cuando se publique el contenido del que forma parte." in html


def test_staff_preview_of_a_draft_line_lists_the_sections_that_will_be_public_with_it(
    client, login_as
):
    line = ActionLineFactory(**state("draft"))
    public = SectionFactory(line=line, title_es="Lista para publicar", **state("published"))
    SectionFactory(line=line, title_es="Aún en borrador", **state("draft"))
    login_as(roles.EDITORS)

    html = client.get(line.get_absolute_url()).content.decode()

    assert public.title_es in html
    assert "Aún en borrador" not in html
    assert "Está en borrador." in html
