"""A list's SQL query count does not grow from 3 to 30 items. Ceilings count the layout too: the
menu's lines, the footer's service points and the panel pages' addresses."""

import pytest
from django.utils import translation

from lines.tests.factories import ActionLineFactory

from . import factories
from .test_views import es

pytestmark = pytest.mark.django_db

LISTS = [
    ("news_list", factories.NewsItemFactory, 6),
    ("event_list", factories.EventFactory, 6),
    ("norm_list", factories.NormFactory, 6),
    ("study_list", factories.StudyFactory, 6),
    ("link_list", factories.LinkFactory, 4),
    ("video_list", factories.VideoFactory, 5),
    ("faq_list", factories.FaqFactory, 4),
    ("publication_list", factories.PublicationFactory, 5),
]


@pytest.mark.parametrize(("name", "factory", "ceiling"), LISTS)
def test_list_query_count_is_constant(count_queries, name, factory, ceiling):
    counts = []
    for items in (3, 30):
        factory.create_batch(items - (0 if not counts else 3))
        response, queries = count_queries(es(name))
        assert response.status_code == 200
        counts.append(queries)
    assert counts[0] == counts[1] <= ceiling


def test_faq_list_with_lines_and_line_page_faq(count_queries):
    counts = []
    for items in (3, 30):
        line = ActionLineFactory(number=items)
        factories.FaqFactory.create_batch(items, line=line)
        with translation.override("es"):
            line_url = line.get_absolute_url()
        faq_page, faq_queries = count_queries(es("faq_list"))
        line_page, line_queries = count_queries(line_url)
        assert faq_page.status_code == line_page.status_code == 200
        counts.append((faq_queries, line_queries))
    assert counts[0] == counts[1]
    assert counts[1][0] <= 5 and counts[1][1] <= 7  # the line page's latest change note


def test_home_with_news_and_events(count_queries):
    counts = []
    for items in (3, 30):
        factories.NewsItemFactory.create_batch(items)
        factories.EventFactory.create_batch(items)
        response, queries = count_queries("/es/")
        assert response.status_code == 200
        counts.append(queries)
    assert counts[0] == counts[1] <= 6
