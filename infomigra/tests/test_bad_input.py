"""NUL characters in the address, the query string or a cookie answer 400 (PostgreSQL refuses
NUL in text, so they must never reach a query), translated, with the usual headers: one
middleware for the whole site instead of a check in every view."""

import pytest

from contact.models import ContactMessage
from contact.tests.test_sent_pages import CONTACT

pytestmark = pytest.mark.django_db

NUL_URLS = [
    "/es/contacto/enviado/%00/",
    "/es/retorno-productivo/registro/%00/",
    "/en/contact/sent/IM-2026-000001%00/",
    "/es/noticias/%00/",
    "/es/buscar/?q=%00",
    "/es/noticias/?q=a%00b",
    "/es/estadisticas/?month=2026-10%00",
    "/admin/login/?next=/admin/%00",
    "/es/%00",
]


@pytest.mark.parametrize("url", NUL_URLS)
def test_a_nul_in_the_address_or_query_answers_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Security-Policy"]
    expected = (
        "contain characters that are not allowed"
        if url.startswith("/en/")
        else "contienen caracteres no válidos"
    )
    assert expected in response.content.decode()


def test_the_400_page_speaks_the_visitors_language(client):
    response = client.get("/en/contact/sent/%00/")
    assert response.status_code == 400
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert 'href="/en/"' in page
    assert "We could not process this address" in page


def test_a_post_to_a_nul_address_stores_nothing(client):
    response = client.post("/es/contacto/?x=%00", {"name": "Ana"})
    assert response.status_code == 400
    assert not ContactMessage.objects.exists()


def test_a_cookie_with_a_nul_is_ignored_not_queried(client, admin_user):
    """Django reads `"\\000"` in a quoted cookie as a NUL: a forged session cookie must not
    reach the session table (PostgreSQL would fail), and the page still works."""
    forged = 'sessionid="' + "\\000" * 10 + '"'
    response = client.get("/admin/", HTTP_COOKIE=forged)
    assert response.status_code == 302  # to the login page: no session
    assert client.get("/es/").status_code == 200


def test_a_normal_reference_still_works(client):
    response = client.post("/es/contacto/", CONTACT)
    assert response.status_code == 302
    reference = ContactMessage.objects.get().reference
    assert response["Location"] == f"/es/contacto/enviado/{reference}/"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("path", ["//evil.example/es/contacto/", "/\\evil.example/es/"])
def test_a_path_that_reads_as_another_host_answers_400_without_links_to_it(client, path):
    response = client.get("/es/", PATH_INFO=path)
    assert response.status_code == 400
    assert "evil.example" not in response.content.decode()
