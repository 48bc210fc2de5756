"""End-to-end in Chromium: a visitor sends the contact form and sees the reference number."""

import pytest

from contact.models import ContactMessage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_send_the_contact_form_and_see_the_reference(live_server, page, assert_accessible):
    page.goto(f"{live_server.url}/es/")
    page.get_by_role("link", name="escríbenos desde este portal").first.click()
    assert page.url == f"{live_server.url}/es/contacto/"
    assert_accessible(page)

    page.get_by_role("button", name="Enviar mensaje").click()  # empty: errors next to fields
    assert page.locator(".field-error").count() >= 4
    assert_accessible(page)

    page.get_by_label("nombre").fill("Rosa Quispe")
    page.get_by_label("correo electrónico").fill("rosa@example.com")
    page.get_by_label("país de residencia").select_option("ES")
    page.get_by_label("¿quién eres?").select_option("potential_migrant")
    page.get_by_label("mensaje").fill("¿Qué necesito para trabajar en España?")
    page.get_by_label("He leído el aviso de privacidad").check()
    page.get_by_role("button", name="Enviar mensaje").click()

    reference = ContactMessage.objects.get().reference
    assert page.locator(".reference strong").inner_text() == reference
    assert_accessible(page)
