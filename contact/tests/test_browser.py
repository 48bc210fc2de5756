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
    summary = page.locator("div.error-summary")
    assert summary.evaluate("element => element === document.activeElement")  # focused at once
    assert_accessible(page)
    summary.get_by_role("link").nth(1).click()  # the e-mail's problem takes you to the e-mail box
    assert page.get_by_label("correo electrónico").evaluate(
        "element => element === document.activeElement"
    )

    page.get_by_label("nombre").fill("Rosa Quispe")
    page.get_by_label("correo electrónico").fill("rosa@example.com")
    page.get_by_label("¿En qué país vives?").select_option("ES")
    page.get_by_label("¿Cuál es tu situación?").select_option("potential_migrant")
    page.get_by_label("Tu consulta").fill("¿Qué necesito para trabajar en España?")
    page.get_by_label("He leído el aviso de privacidad").check()
    page.get_by_role("button", name="Enviar mensaje").click()

    reference = ContactMessage.objects.get().reference
    assert page.locator(".reference strong").inner_text() == reference
    assert_accessible(page)
