"""End-to-end in Chromium: search from the header and open an event."""

import datetime

import pytest
from django.utils import timezone

from .factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_from_the_header_and_open_an_event(live_server, page, assert_accessible):
    EventFactory(
        title_es="Taller de gestión de la migración laboral en Tumbes",
        slug_es="taller-tumbes",
        region="tumbes",
        cooperating_source="Organización Internacional para las Migraciones",
        participants=45,
        starts_at=timezone.now() + datetime.timedelta(days=20),
    )
    page.goto(f"{live_server.url}/es/")
    page.get_by_role("searchbox", name="Buscar en el portal").fill("gestion migracion tumbes")
    page.get_by_role("button", name="Buscar").click()
    assert "/es/buscar/?q=" in page.url
    assert_accessible(page)

    page.get_by_role("link", name="Taller de gestión de la migración laboral en Tumbes").click()
    assert page.url == f"{live_server.url}/es/eventos/taller-tumbes/"
    assert page.locator("h1").inner_text() == "Taller de gestión de la migración laboral en Tumbes"
    assert "Organización Internacional para las Migraciones" in page.content()
    assert_accessible(page)

    with page.expect_download() as download:
        page.get_by_role("link", name="Añadir a mi calendario (.ics)").click()
    assert download.value.suggested_filename == "taller-tumbes.ics"
