"""The three tools in real Chromium on a 375 px phone, on the demo content (issue 16):
- «¿Qué necesito?» for "Spain, job offer, family stays", in Spanish, gives the Spain permit
  steps in order with their documents, and prints (print view, print media, PDF); the same list
  reads in English;
- in English, the job-offer check with "fee before travelling" and "tourist visa" shows both
  warnings and sends a report that Atención sees first, flagged urgent;
- the return planner for a return from Italy in three months gives an .ics whose events are the
  deadlines editors entered.
axe-core finds nothing on any page; nothing is wider than the screen."""

import datetime
import io
import re

import pytest
from dateutil.relativedelta import relativedelta
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect
from pypdf import PdfReader

from contact.models import ContactMessage
from infomigra import roles
from infomigra.models import Status
from lines.models import ActionLine
from tools.models import Step

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def phone(live_server, page):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page.set_viewport_size({"width": 375, "height": 812})
    return page


def fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def answer(page, choice, *, button="Siguiente"):
    page.get_by_label(choice, exact=True).check()
    page.get_by_role("button", name=button).click()


def test_what_do_i_need_for_spain_with_an_offer_and_the_family_staying(
    live_server, phone, assert_accessible
):
    phone.goto(f"{live_server.url}/es/")
    phone.get_by_role("link", name="¿Qué necesito? Tu lista personal de pasos").click()
    expect(phone.get_by_text("Pregunta 1 de 6")).to_be_visible()
    assert_accessible(phone)
    phone.get_by_role("button", name="Siguiente").click()  # nothing chosen: told so
    expect(phone.get_by_text("Elige tu situación para seguir.").first).to_be_visible()
    assert_accessible(phone)
    answer(phone, "Trabajar en el extranjero")
    expect(phone.get_by_role("heading", name="¿A qué país piensas ir a trabajar?")).to_be_visible()
    assert_accessible(phone)
    answer(phone, "España")
    answer(phone, "Sí")
    answer(phone, "No")  # the family stays
    phone.get_by_role("link", name="Atrás").click()  # back: the answers are kept
    assert phone.get_by_label("No", exact=True).is_checked()  # the earlier answer is kept
    answer(phone, "No")
    answer(phone, "No lo sé")
    travel = timezone.localdate() + relativedelta(months=4)
    phone.get_by_label("¿Cuándo piensas viajar?").fill(travel.isoformat())
    phone.get_by_role("button", name="Ver mi lista").click()
    expect(phone.get_by_role("heading", name="Tu lista de pasos")).to_be_visible()
    fits(phone)
    assert_accessible(phone)

    titles = phone.locator(".plan-step h3").all_inner_texts()
    permit = titles.index("Tu empleador pide la autorización de residencia y trabajo")
    visa = titles.index("Pide el visado de trabajo en el Consulado General de España en Lima")
    assert permit < visa
    assert "Si tu familia se queda en el Perú, deja todo organizado" in titles
    assert "Apostilla los documentos de tu familia" not in titles  # the family does not travel
    assert "Sin oferta: conoce las vías para buscar trabajo en España" not in titles
    permit_step = phone.locator(".plan-step").nth(permit)
    assert permit_step.locator(".documents li").all_inner_texts() == [
        "Copia de tu pasaporte vigente",
        "Certificado de antecedentes penales apostillado de los países donde viviste los últimos "
        "cinco años",
    ]
    expect(
        permit_step.get_by_role("link", name="Portal de Inmigración (Gobierno de España)")
    ).to_be_visible()

    # It prints: the print view (nothing of the site's navigation), print media, and the PDF.
    list_url = phone.url
    phone.get_by_role("link", name="Versión para imprimir").click()
    assert phone.locator(".plan-step h3").all_inner_texts() == titles
    assert phone.locator("header nav").count() == 0
    assert_accessible(phone)
    phone.emulate_media(media="print")
    assert phone.locator(".take-along-bar").is_hidden()
    phone.emulate_media(media="screen")
    pdf_url = phone.get_by_role("link", name="Descargar en PDF (A4)").get_attribute("href")
    pdf = phone.request.get(f"{live_server.url}{pdf_url}")
    assert pdf.headers["content-type"] == "application/pdf"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.body())).pages)
    text = " ".join(text.split())
    assert "Tu empleador pide la autorización de residencia y trabajo" in text
    assert "Copia de tu pasaporte vigente" in text

    # The same answers read in English (the address is the list).
    english = list_url.replace("/es/herramientas/que-necesito/mi-lista/",
                               "/en/tools/what-do-i-need/my-list/")  # fmt: skip
    phone.goto(english)
    expect(phone.get_by_role("heading", name="Your list of steps")).to_be_visible()
    expect(
        phone.get_by_role(
            "heading", name="Your employer applies for the residence and work authorisation"
        )
    ).to_be_visible()
    fits(phone)
    assert_accessible(phone)


def test_the_offer_check_finds_two_signs_and_the_report_reaches_atencion_urgent(
    live_server, phone, staff_user, assert_accessible
):
    phone.goto(f"{live_server.url}/en/tools/is-this-offer-genuine/")
    assert_accessible(phone)
    fee = "Have you been asked to pay for the job, the contract, the visa or a “place” before travelling?"
    tourist = "Are you told to travel as a tourist and “sort out the papers later”?"
    phone.get_by_role("group", name=fee).get_by_label("Yes").check()
    phone.get_by_role("group", name=tourist).get_by_label("Yes").check()
    phone.get_by_label("Which country is the job in?").select_option("ES")
    phone.get_by_role("button", name="Check the offer").click()
    expect(phone.get_by_text("You marked 2 warning signs.")).to_be_visible()
    signs = phone.locator(".warning-signs h3").all_inner_texts()
    assert signs == ["You are asked for money before travelling",
                     "You are told to travel on a tourist visa to work"]  # fmt: skip
    expect(phone.get_by_text("Line 1818").first).to_be_visible()
    fits(phone)
    assert_accessible(phone)

    phone.get_by_role("link", name="Report this offer to Perú InfoMigra").click()
    expect(
        phone.get_by_role("heading", name="These answers will be sent with your message")
    ).to_be_visible()
    assert phone.locator("#id_topic").input_value() == "fraud"
    phone.locator("#id_name").fill("Rosa Huamán")
    phone.locator("#id_email").fill("rosa@example.com")
    phone.locator("#id_country").select_option("PE")
    phone.locator("#id_profile").select_option("potential_migrant")
    phone.locator("#id_message").fill("An agency in Lima asks me for 800 dollars for a visa.")
    phone.locator("#id_consent").check()
    fits(phone)
    assert_accessible(phone)
    phone.get_by_role("button", name="Send message").click()
    expect(phone.get_by_role("heading", name="We have received your message")).to_be_visible()
    message = ContactMessage.objects.get()
    assert message.urgent
    assert "- You are asked for money before travelling" in message.attachment
    assert "- You are told to travel on a tourist visa to work" in message.attachment

    # Atención sees it first, flagged urgent, with the answers.
    user = staff_user(roles.ATTENTION, "atencion")
    user.set_password("una-clave-larga-2026")
    user.save()
    messages = reverse("admin:contact_contactmessage_changelist")
    phone.goto(f"{live_server.url}/admin/login/?next={messages}")
    phone.get_by_label("Usuario").fill("atencion")
    phone.get_by_label("Contraseña").fill("una-clave-larga-2026")
    phone.get_by_role("button", name="Iniciar sesión").click()
    phone.wait_for_url(f"**{messages}")
    first_row = phone.locator("#result_list tbody tr").first
    assert "⚠ urgente" in first_row.inner_text()
    assert message.reference in first_row.inner_text()
    first_row.get_by_role("link", name=message.reference).click()
    phone.wait_for_url("**/change/")
    assert (
        phone.locator(".field-attachment")
        .get_by_text("You are told to travel on a tourist visa to work")
        .is_visible()
    )


def test_the_return_planner_from_italy_in_three_months_gives_the_deadlines_as_a_calendar(
    live_server, phone, assert_accessible
):
    # An editor has entered a deadline of her own, besides the demo's card window.
    Step.objects.create(
        line=ActionLine.objects.get(number=2), order=25, status=Status.PUBLISHED,
        title_es="Declara tu menaje de casa en la aduana", title_en="Declare your household goods",
        closes_days=30,
    )  # fmt: skip
    back = timezone.localdate() + relativedelta(months=3)
    phone.goto(f"{live_server.url}{ActionLine.objects.get(number=2).get_absolute_url()}")
    phone.get_by_role("link", name="Plan de retorno: tus plazos y servicios, con fechas").click()
    assert_accessible(phone)
    phone.get_by_label("¿Desde qué país vuelves?").select_option("IT")
    phone.get_by_label("¿Qué día piensas llegar al Perú?").fill(back.isoformat())
    phone.get_by_role("button", name="Ver mi plan").click()
    expect(phone.get_by_role("heading", name=re.compile("Tu plan para volver el"))).to_be_visible()
    expect(
        phone.get_by_role("heading", name="Solicita la Tarjeta del Migrante Retornado")
    ).to_be_visible()
    fits(phone)
    assert_accessible(phone)

    ics_url = phone.get_by_role(
        "link", name="Añadir los plazos a mi calendario (.ics)"
    ).get_attribute("href")
    response = phone.request.get(f"{live_server.url}{ics_url}")
    assert response.headers["content-type"].startswith("text/calendar")
    events = Calendar.from_ical(response.body()).walk("VEVENT")
    deadlines = sorted((str(e["SUMMARY"]), e["DTSTART"].dt) for e in events
                       if str(e["SUMMARY"]).startswith("Plazo: "))  # fmt: skip
    entered = sorted((f"Plazo: {step.title_es}", back + datetime.timedelta(days=step.closes_days))
                     for step in Step.objects.published(within_parent=True)
                     .filter(line__number=2, closes_days__isnull=False))  # fmt: skip
    assert deadlines == entered
    assert len(entered) == 2
    assert all(len(event.walk("VALARM")) == 2 for event in events)

    phone.get_by_role("link", name="Ir al registro, con tu país y tu fecha ya escritos").click()
    assert phone.locator("#id_current_country").input_value() == "IT"
    assert phone.locator("#id_planned_return").input_value() == back.isoformat()
    assert_accessible(phone)
