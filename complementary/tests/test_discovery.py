"""sitemap.xml, robots.txt and each page's metadata."""

import xml.etree.ElementTree as ET

import pytest

from lines.tests.factories import CountryGuideFactory

from .factories import EventFactory, NewsItemFactory

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_public_page_in_both_languages_with_alternates(client):
    CountryGuideFactory(country="ES", slug_es="espana", slug_en="spain")
    NewsItemFactory(slug_es="sivitma-premiado", slug_en="sivitma-awarded")
    EventFactory(slug_es="taller-callao", slug_en="callao-workshop")
    NewsItemFactory(slug_es="borrador", status="draft")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {loc.text for loc in root.findall("s:url/s:loc", NS)}
    for path in ["/es/", "/en/", "/es/guias/espana/", "/en/guides/spain/",
                 "/es/noticias/sivitma-premiado/", "/en/news/sivitma-awarded/",
                 "/es/eventos/taller-callao/", "/en/events/callao-workshop/"]:  # fmt: skip
        assert f"http://testserver{path}" in locations, path
    assert not any("borrador" in location for location in locations)
    spain = next(
        url for url in root.findall("s:url", NS)
        if url.find("s:loc", NS).text == "http://testserver/es/guias/espana/"
    )  # fmt: skip
    alternates = {link.get("hreflang"): link.get("href") for link in spain.findall("x:link", NS)}
    assert alternates["en"] == "http://testserver/en/guides/spain/"
    assert alternates["es"] == "http://testserver/es/guias/espana/"
    assert "x-default" in alternates


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_pages_have_canonical_description_open_graph_and_hreflang(client):
    item = NewsItemFactory(
        title_es="SIVITMA premiado", summary_es="Buena práctica en gestión pública",
        slug_es="sivitma-premiado", slug_en="sivitma-awarded",
    )  # fmt: skip
    html = client.get("/es/noticias/sivitma-premiado/").content.decode()
    assert '<link rel="canonical" href="http://testserver/es/noticias/sivitma-premiado/">' in html
    assert '<meta name="description" content="Buena práctica en gestión pública">' in html
    assert f'<meta property="og:title" content="{item.title_es}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:locale" content="es_PE">' in html
    assert 'hreflang="en" href="http://testserver/en/news/sivitma-awarded/"' in html
    assert 'type="application/rss+xml"' in html
