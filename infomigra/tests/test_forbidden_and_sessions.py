"""What staff and visitors meet when they may not go on: a translated 403 page and CSRF failure
page in the site's layout, the admin after logging in whatever `next` said, and staff sessions
that end after a working day without activity."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse

from contact.models import ContactMessage
from contact.tests.test_sent_pages import CONTACT
from infomigra import roles
from infomigra.errors import csrf_failure

pytestmark = pytest.mark.django_db


def strict_client():
    """A browser whose requests go through Django's CSRF check (the test client skips it)."""
    return Client(enforce_csrf_checks=True)


def test_a_form_posted_without_its_token_gets_the_sites_csrf_page():
    response = strict_client().post("/es/contacto/", CONTACT)
    assert response.status_code == 403
    assert [t.name for t in response.templates][:2] == ["403_csrf.html", "base.html"]
    page = response.content.decode()
    assert '<html lang="es">' in page
    assert "No pudimos enviar el formulario" in page
    assert '<a href="/es/contacto/">Volver al formulario e intentarlo de nuevo</a>' in page
    assert "Tu navegador no aceptó la cookie" in page  # no CSRF cookie was ever set
    assert not ContactMessage.objects.exists()


def test_the_csrf_page_follows_the_language_of_the_address():
    client = strict_client()
    client.get("/en/contact/")  # the form page sets the cookie; the token is then missing
    response = client.post("/en/contact/", CONTACT)
    assert response.status_code == 403
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert 'href="/en/contact/"' in page
    assert "Tu navegador no aceptó la cookie" not in page  # the cookie was there


def test_the_way_back_never_leaves_the_site(rf):
    request = rf.post("/es/contacto/", PATH_INFO="//evil.example/es/contacto/")
    assert request.get_full_path() == "//evil.example/es/contacto/"
    response = csrf_failure(request)
    assert response.status_code == 403
    page = response.content.decode()
    assert '<a href="/es/">Volver al formulario' in page
    assert 'evil.example/es/contacto/">Volver' not in page


def test_a_staff_member_without_permission_gets_the_sites_403_page(client, login_as):
    login_as(roles.EDITORS)
    response = client.get("/es/estadisticas/")
    assert response.status_code == 403
    assert [t.name for t in response.templates][:2] == ["403.html", "base.html"]
    page = response.content.decode()
    assert "No tienes permiso para ver esta página" in page
    assert f'href="{reverse("admin:index")}"' in page


def test_after_login_a_rejected_next_leads_to_the_admin(client, staff_user):
    user = staff_user(roles.EDITORS, "editora")
    user.set_password("una-clave-larga-2026")
    user.save()
    response = client.post(
        "/admin/login/?next=https://evil.example/",
        {
            "username": "editora",
            "password": "una-clave-larga-2026",
            "next": "https://evil.example/",
        },  # fmt: skip
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:index")


def test_a_staff_session_ends_after_a_working_day_without_activity(client, login_as, time_machine):
    start = datetime.datetime(2026, 11, 23, 8, 0, tzinfo=datetime.UTC)
    time_machine.move_to(start, tick=False)
    login_as(roles.EDITORS)
    for hours in (8, 16, 24):  # active every 8 hours: still signed in after a day
        time_machine.move_to(start + datetime.timedelta(hours=hours), tick=False)
        assert client.get("/admin/").status_code == 200, hours
    time_machine.move_to(start + datetime.timedelta(hours=24 + 9, minutes=1), tick=False)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
