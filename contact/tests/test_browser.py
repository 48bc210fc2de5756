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


def test_the_service_point_directory_by_region_passes_axe(live_server, page, assert_accessible):
    from django.core.management import call_command

    call_command("load_demo_content")
    for path in (
        "/es/contacto/puntos-de-atencion/",
        "/en/contact/service-points/?region=lima-metropolitana",
    ):
        page.goto(f"{live_server.url}{path}")
        assert page.locator("h1").count() == 1
        assert_accessible(page)
    page.goto(f"{live_server.url}/es/contacto/puntos-de-atencion/")
    page.get_by_label("Región").select_option("lima-metropolitana")
    page.get_by_role("button", name="Filtrar").click()
    assert "region=lima-metropolitana" in page.url
    assert page.locator(".card").count() >= 1
