"""The shared PDF renderer: A4 pages with the portal's own stylesheet, no outside request."""

import io

import pytest
from django.test import RequestFactory
from pypdf import PdfReader

from infomigra.pdf import LocalOnlyFetcher, html_to_pdf, pdf_response

A4_POINTS = (595, 842)


def _text(pdf_bytes):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf_bytes)).pages)


def test_html_becomes_an_a4_pdf_with_its_text():
    pdf = html_to_pdf("<h1>Guía de España</h1><p>Permiso de residencia y trabajo</p>")
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
    assert "Permiso de residencia y trabajo" in _text(pdf)


def test_the_portal_stylesheet_is_read_from_disk():
    fetched = LocalOnlyFetcher().fetch("http://portal.invalid/static/css/site.css")
    assert fetched.content_type == "text/css"
    assert b"{" in fetched.read()


@pytest.mark.parametrize(
    "url",
    ["https://example.org/tracker.png", "http://127.0.0.1:9/secret", "file:///etc/passwd"],
)
def test_outside_addresses_are_refused(url):
    with pytest.raises(ValueError, match="portal's own files"):
        LocalOnlyFetcher().fetch(url)


def test_an_outside_image_in_rich_text_does_not_stop_the_pdf(monkeypatch):
    import urllib.request

    def no_network(*args, **kwargs):  # pragma: no cover - reached only if the fetcher leaks
        raise AssertionError("the PDF renderer made a network request")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    pdf = html_to_pdf('<p>Texto</p><img src="https://example.org/x.png" alt="x">')
    assert "Texto" in _text(pdf)


def test_the_response_is_an_attachment_with_a_safe_name():
    response = pdf_response(b"%PDF-1.7", "Guía España / 2026.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="guia-espana-2026.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_render_pdf_marks_the_context():
    from infomigra.pdf import render_pdf

    request = RequestFactory().get("/es/")
    pdf = render_pdf("infomigra/tests/pdf_probe.html", {"title": "Prueba"}, request=request)
    assert "Prueba (PDF)" in _text(pdf)
