"""Migrants' paths on a 375 px phone, in real Chromium: from the home page, in four clicks or
fewer, each ends in something to do — a printable guide, a contact form already filled in, or
the online registration of a contract — and every page on the way passes axe-core."""

import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def phone(live_server, page):
    call_command("load_demo_content")
    page.set_viewport_size({"width": 375, "height": 812})
    return page


def test_a_woman_in_lima_going_to_spain_ends_with_a_guide_to_print(
    live_server, phone, assert_accessible
):
    phone.goto(f"{live_server.url}/es/")
    phone.get_by_role("navigation", name="Principal").get_by_role(
        "link", name="Trabajar en el extranjero"
    ).click()  # 1
    phone.get_by_role("link", name="Primeros pasos", exact=False).first.click()  # 2
    phone.get_by_role("link", name="Guía para trabajar en España").click()  # 3
    assert_accessible(phone)
    phone.get_by_role("link", name="Versión para imprimir").click()  # 4
    assert phone.url.endswith("/es/guias/espana/imprimir/")
    assert phone.get_by_role("link", name="Descargar en PDF (A4)").is_visible()
    assert_accessible(phone)


def test_an_andean_worker_reading_english_ends_at_the_contract_registration(
    live_server, phone, assert_accessible
):
    phone.goto(f"{live_server.url}/en/")
    phone.get_by_role("navigation", name="Main").get_by_role("link", name="Working in Peru").click()
    phone.get_by_role("link", name="For Andean Community nationals – Decision 545").click()  # 2
    assert_accessible(phone)
    phone.get_by_role("link", name="Andean Migrant Worker Virtual System (SIVITMA)").click()  # 3
    assert phone.url.endswith("/en/panel/sivitma/")
    assert_accessible(phone)
    phone.get_by_role("link", name="Register a contract in SIVITMA").click()  # 4
    assert phone.url.endswith("/en/sivitma/register/")
    assert phone.get_by_role("button", name="Register the contract").is_visible()
    assert_accessible(phone)


def test_a_peruvian_in_chile_ends_with_a_question_about_the_chile_guide(
    live_server, phone, assert_accessible
):
    phone.goto(f"{live_server.url}/es/")
    phone.get_by_role("navigation", name="Principal").get_by_role(
        "link", name="Guías por país"
    ).click()  # 1
    phone.get_by_role("link", name="Guía para trabajar en Chile").click()  # 2
    assert_accessible(phone)
    phone.get_by_role("link", name="Pregúntanos sobre esta página").click()  # 3
    assert (
        phone.get_by_label("Tu consulta")
        .input_value()
        .startswith("Sobre «Guía para trabajar en Chile»")
    )
    assert_accessible(phone)


@pytest.mark.parametrize(
    ("home", "nav", "menu", "section", "ask", "topic", "line", "message", "prefix"),
    [
        ("/es/", "Principal", "Volver al Perú", "Plataforma para el Retorno Productivo",
         "Pregúntanos sobre esta página", "¿Sobre qué tema nos escribes?", "Volver al Perú",
         "Tu consulta", "Sobre «Plataforma para el Retorno Productivo»"),
        ("/en/", "Main", "Returning to Peru", "Productive Return Platform",
         "Ask us about this page", "What is your question about?", "Returning to Peru",
         "Your question", "About “Productive Return Platform”"),
    ],
    ids=["es", "en"],
)  # fmt: skip
def test_a_returnee_ends_with_the_contact_form_filled_in(
    live_server, phone, assert_accessible, home, nav, menu, section, ask, topic, line, message,
    prefix,
):  # fmt: skip
    phone.goto(f"{live_server.url}{home}")
    phone.get_by_role("navigation", name=nav).get_by_role("link", name=menu).click()  # 1
    phone.get_by_role("link", name=section).first.click()  # 2
    assert_accessible(phone)
    phone.get_by_role("link", name=ask).click()  # 3
    assert f"{home}conta" in phone.url
    chosen = phone.get_by_label(topic).locator("option:checked").inner_text()
    assert chosen == line
    assert phone.get_by_role("textbox", name=message).input_value().startswith(prefix)
    assert_accessible(phone)
