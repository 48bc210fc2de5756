"""`manage.py links_check` against a real HTTP server on loopback that answers each case: a link
that works, one that moved, one that now lands on the site's home page, a home page, 404, 500,
one too slow to answer, and an address where nothing listens. Editors see the problems, with the
items that use each link, on the admin dashboard."""

import contextlib
import io
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.urls import reverse

from complementary.tests.factories import LinkFactory
from infomigra import links
from infomigra.models import OutsideLink
from lines.tests.factories import ActionLineFactory, SectionFactory, SectionSourceFactory

pytestmark = pytest.mark.django_db
State = OutsideLink.State


class Site(BaseHTTPRequestHandler):
    ROUTES = {
        "/": (200, None),
        "/tramite": (200, None),
        "/movido": (301, "/tramite-nuevo"),
        "/tramite-nuevo": (200, None),
        "/antiguo": (302, "/"),
        "/borrado": (404, None),
        "/roto": (500, None),
    }

    def do_GET(self):  # noqa: N802 (http.server's name)
        path = self.path.split("?")[0]
        if path == "/lento":
            time.sleep(2)
        status, location = self.ROUTES.get(path, (200, None))
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        # the checker reads the status and hangs up without the body, as it should
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(b"<html><body>" + b"x" * 5000 + b"</body></html>")

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def content(site):
    section = SectionFactory(
        line=ActionLineFactory(number=1),
        title_es="Trámites antes de viajar",
        body_es=f'<p>Pide cita en <a href="{site}/tramite">la sede</a> y '
        f'lee <a href="{site}/antiguo?x=1&amp;y=2">la guía</a>.</p>',
        body_en=f'<p>Book at <a href="{site}/tramite">the office</a>.</p>',
    )
    SectionSourceFactory(section=section, title_es="Norma", url=f"{site}/borrado")
    LinkFactory(name_es="Portal del ministerio", url=f"{site}/")
    LinkFactory(name_es="Registro", url=f"{site}/movido")
    LinkFactory(name_es="Servicio caído", url=f"{site}/roto")
    LinkFactory(name_es="Servicio lento", url=f"{site}/lento")
    LinkFactory(name_es="Nadie escucha", url="http://127.0.0.1:9/")
    return section


def test_each_kind_of_link_gets_its_state_and_its_uses(site, content):
    out = io.StringIO()
    call_command("links_check", "--timeout", "0.5", stdout=out)
    states = dict(OutsideLink.objects.values_list("url", "state"))
    assert states == {
        f"{site}/tramite": State.OK,
        f"{site}/antiguo?x=1&y=2": State.HOME_ONLY,
        f"{site}/borrado": State.BROKEN,
        f"{site}/": State.HOME_PAGE,
        f"{site}/movido": State.REDIRECT,
        f"{site}/roto": State.SERVER_ERROR,
        f"{site}/lento": State.TIMEOUT,
        "http://127.0.0.1:9/": State.UNREACHABLE,
    }
    moved = OutsideLink.objects.get(url=f"{site}/movido")
    assert moved.final_url == f"{site}/tramite-nuevo" and moved.http_status == 200
    assert OutsideLink.objects.get(url=f"{site}/borrado").http_status == 404
    # the link in both languages of one section is one use, with its admin page
    (use,) = OutsideLink.objects.get(url=f"{site}/tramite").uses
    assert use["item"] == "Trámites antes de viajar"
    assert use["fields"] == ["body_es", "body_en"]
    assert use["admin_url"] == reverse("admin:lines_section_change", args=[content.pk])
    assert "8 outside links checked" in out.getvalue()


def test_a_link_no_longer_in_the_content_is_forgotten(site, content):
    call_command("links_check", "--timeout", "0.5", stdout=io.StringIO())
    content.sources.all().delete()
    call_command("links_check", "--timeout", "0.5", stdout=io.StringIO())
    assert not OutsideLink.objects.filter(url=f"{site}/borrado").exists()


def test_editors_see_the_problems_first_with_the_items_to_fix(site, content, client, login_as):
    call_command("links_check", "--timeout", "0.5", stdout=io.StringIO())
    login_as("Editores")
    response = client.get(reverse("admin:index"))
    panels = {str(panel["title"]): panel for panel in response.context["dashboard_panels"]}
    panel = panels["Enlaces externos que fallan o no llevan al trámite"]
    assert panel["total"] == 7  # all but the one that works
    order = [row["link"].state for row in panel["rows"]]
    assert set(order[:5]) == set(OutsideLink.PROBLEMS)  # what fails first, then what misleads
    assert set(order[5:]) == {State.HOME_PAGE, State.REDIRECT}
    page = response.content.decode()
    assert "No existe</strong> (404)" in page
    section_admin = reverse("admin:lines_section_change", args=[content.pk])
    assert f'<a href="{section_admin}">Trámites antes de viajar</a>' in page
    assert reverse("admin:infomigra_outsidelink_changelist") in page
    # the old link is only in the Spanish text
    assert "Sección: " in page and "(texto [es])" in page
    assert "(200)" not in page  # a status is shown only when it is the problem


def test_the_dashboard_names_models_and_fields_in_the_readers_language(
    site, content, client, login_as
):
    from django.utils import translation

    call_command("links_check", "--timeout", "0.5", stdout=io.StringIO())
    login_as("Editores")
    with translation.override("en"):
        page = client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Does not exist</strong> (404)" in page
    assert "Section: " in page and "Sección: " not in page


def test_home_pages_of_institutions_on_gob_pe_are_recognised():
    assert links.is_home_page("https://www.gob.pe/mtpe")
    assert links.is_home_page("https://www.gob.pe/rree/")
    assert links.is_home_page("https://www.empleosperu.gob.pe/")
    assert not links.is_home_page("https://www.gob.pe/mtpe/tramites")
    assert not links.is_home_page("https://www.gob.pe/431-registrar-contrato")
    assert not links.is_home_page("https://www.gob.pe/12345")
    assert not links.is_home_page("https://example.org/?page=tramite")
