"""A4 PDFs of pages the portal already renders, with WeasyPrint.

One template serves the screen, the print view and the PDF: a view renders its usual template
with ``pdf=True`` in the context (templates may hide navigation with it) and hands the HTML to
``render_pdf``. Stylesheets and images under ``STATIC_URL`` and ``MEDIA_URL`` are read from disk
(or the configured storage); any other address is refused, so a PDF never makes a request to a
third party and rich text cannot make the server fetch an outside URL.
"""

import functools
import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify

PDF_CONTENT_TYPE = "application/pdf"


def _local_path(prefix_url, path):
    prefix = urlsplit(prefix_url).path
    if not prefix.startswith("/"):
        prefix = "/" + prefix
    if path.startswith(prefix):
        return unquote(path[len(prefix) :])
    return None


@functools.cache
def _fetcher_class():
    # Built on first use: importing WeasyPrint loads Pango, which web processes that never make
    # a PDF need not pay for.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):
        """WeasyPrint URL fetcher for the portal's own static and media files, nothing else."""

        def __init__(self):
            super().__init__(allowed_protocols={"data"}, allow_redirects=False)

        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            if parts.scheme == "data":
                return super().fetch(url, headers)
            name = _local_path(settings.STATIC_URL, parts.path)
            if parts.scheme in ("http", "https") and name is not None:
                found = finders.find(name)
                if found:
                    with open(found, "rb") as handle:
                        body = handle.read()
                else:
                    with staticfiles_storage.open(name) as handle:
                        body = handle.read()
                return URLFetcherResponse(url, body, {"Content-Type": _mime(name)})
            name = _local_path(settings.MEDIA_URL, parts.path)
            if parts.scheme in ("http", "https") and name is not None:
                with default_storage.open(name) as handle:
                    body = handle.read()
                return URLFetcherResponse(url, body, {"Content-Type": _mime(name)})
            raise ValueError(f"PDF rendering fetches only the portal's own files, not {url}")

    return LocalOnlyFetcher


def LocalOnlyFetcher():  # noqa: N802 - used like the class it returns an instance of
    return _fetcher_class()()


def _mime(name):
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def html_to_pdf(html, base_url="http://portal.invalid/"):
    """Render a string of HTML to A4 PDF bytes."""
    from weasyprint import HTML  # imported late: WeasyPrint loads Pango at import time

    return HTML(string=html, base_url=base_url, url_fetcher=LocalOnlyFetcher()).write_pdf()


def render_pdf(template_name, context, request=None):
    """Render a template (with ``pdf=True`` in its context) to A4 PDF bytes."""
    html = render_to_string(template_name, {**context, "pdf": True}, request=request)
    base_url = request.build_absolute_uri("/") if request is not None else None
    return html_to_pdf(html, base_url or "http://portal.invalid/")


def pdf_response(pdf_bytes, filename, *, attachment=True):
    """An HTTP response carrying a PDF under a safe file name."""
    response = HttpResponse(pdf_bytes, content_type=PDF_CONTENT_TYPE)
    stem = slugify(filename.removesuffix(".pdf")) or "documento"
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{stem}.pdf"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
