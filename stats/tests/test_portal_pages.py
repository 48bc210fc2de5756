"""Every public page says where it sits in the portal, so statistics count it under a named
component; staff pages and staff browsing are not counted. No list of URL names is kept: the
pages come from the URLconf (every page without arguments) and from sitemap.xml (every piece of
public content), on the demo content."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from infomigra import registry, roles
from stats.models import Visit

pytestmark = pytest.mark.django_db
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"


def pages_without_arguments(patterns=None, prefix=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from pages_without_arguments(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern) and "<" not in route and "(" not in route:
            yield "/" + route.lstrip("^").rstrip("$")


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=io.StringIO())


def public_pages(client):
    with translation.override("es"):
        listed = [path for path in pages_without_arguments() if path.startswith("/es/")]
    sitemap = client.get("/sitemap.xml").content.decode()
    content = sorted(set(re.findall(r"<loc>https?://[^/]+(/es/[^<]*)</loc>", sitemap)))
    return listed, content


def test_every_public_page_is_counted_under_a_registered_component(client, demo):
    listed, content = public_pages(client)
    assert len(content) > 40  # lines, sections, guides, news, events, norms… of the demo
    counted, not_counted = {}, []
    for path in [*listed, *content]:
        before = Visit.objects.count()
        response = client.get(path, HTTP_USER_AGENT=BROWSER)
        is_html = response.get("Content-Type", "").startswith("text/html")
        if response.status_code != 200 or not is_html:
            continue  # feeds, calendars, staff pages that answer 302/403
        if Visit.objects.count() == before:
            not_counted.append(path)
        else:
            counted[path] = Visit.objects.latest("pk").component
    assert not_counted == []
    unregistered = {path: key for path, key in counted.items() if key not in registry.components}
    assert unregistered == {}
    assert {"home", "search", "line", "guides", "news", "events", "faq", "contact"} <= set(
        counted.values()
    )


def test_staff_pages_and_staff_browsing_are_not_counted(client, demo, login_as):
    login_as(roles.DIRECTORATE)

    for path in ["/es/", "/es/estadisticas/", "/es/guias/"]:
        assert client.get(path, HTTP_USER_AGENT=BROWSER).status_code == 200

    assert Visit.objects.count() == 0
    client.logout()
    client.get("/es/guias/", HTTP_USER_AGENT=BROWSER)
    assert list(Visit.objects.values_list("path", flat=True)) == ["/es/guias/"]
