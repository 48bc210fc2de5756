import datetime
import re
from html import unescape
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from contact.models import (
    Attention,
    ContactMessage,
    MigrantVoice,
    OutboundEmail,
    ReturneeRegistration,
)
from lines.tests.factories import ActionLineFactory, SectionFactory

pytestmark = pytest.mark.django_db


def url(name, language="es", **kwargs):
    with translation.override(language):
        return reverse(f"contact:{name}", kwargs=kwargs or None)


ERROR_ID = r'id="id_(\w+?)_error"'  # the id aria-describedby names


def flagged_fields(html):
    """The fields that have an error element, in page order."""
    return re.findall(ERROR_ID, html)


def error_of(html, field):
    """The text of `field`'s error element."""
    found = re.search(rf'<(\w+)[^>]*\bid="id_{field}[-_]error"[^>]*>(.*?)</\1>', html, re.S)
    assert found, f"no error element for {field}"
    return unescape(strip_tags(found.group(2)))


def contact_data(**changes):
    data = {
        "name": "Rosa Quispe",
        "email": "rosa@example.com",
        "country": "ES",
        "profile": "potential_migrant",
        "line": "",
        "message": "¿Qué necesito para trabajar en España?",
        "consent": "on",
    }
    data.update(changes)
    return data


def test_contact_message_is_stored_acknowledged_and_counted(client):
    line = ActionLineFactory(number=1)
    response = client.post(url("contact"), contact_data(line=line.pk))
    assert response.status_code == 302
    message = ContactMessage.objects.get()
    year = timezone.localdate().year
    assert re.fullmatch(rf"IM-{year}-\d{{6}}", message.reference)
    assert message.reference == f"IM-{year}-{message.pk:06d}"
    assert (message.name, message.country.code, message.line, message.language) == (
        "Rosa Quispe",
        "ES",
        line,
        "es",
    )

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert message.reference in page.content.decode()

    assert not mail.outbox  # the request stores the e-mail; a worker or the cron sends it
    assert OutboundEmail.objects.get().status == OutboundEmail.Status.PENDING
    call_command("contact_send_pending")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["rosa@example.com"]
    assert message.reference in mail.outbox[0].subject
    assert "Recibimos tu mensaje" in mail.outbox[0].body
    assert OutboundEmail.objects.get().status == OutboundEmail.Status.SENT

    attention = Attention.objects.get()
    assert (attention.channel, attention.migrant_type, attention.message, attention.line) == (
        Attention.Channel.WEB_FORM, "potential_migrant", message, line,
    )  # fmt: skip


def test_acknowledgement_is_in_the_visitors_language(client):
    response = client.post(url("contact", "en"), contact_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/en/")
    message = ContactMessage.objects.get()
    assert message.language == "en"
    call_command("contact_send_pending")
    assert (
        mail.outbox[0].subject
        == f"Perú InfoMigra: we have received your message {message.reference}"
    )
    assert f"We have received your message. Its reference number is {message.reference}." in (
        mail.outbox[0].body
    )
    assert "Recibimos" not in mail.outbox[0].body


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("name", "", "Este campo es obligatorio."),
        ("email", "no-es-un-correo", "Introduzca una dirección de correo electrónico válida."),
        ("country", "XX", "Escoja una opción válida."),
        ("profile", "hacker", "Escoja una opción válida."),
        ("message", "", "Este campo es obligatorio."),
        ("message", "x" * 4001, "Asegúrese de que este valor tenga menos de 4000 caracteres"),
        ("consent", "", "debes aceptar el aviso de privacidad"),
        ("line", "999999", "Escoja una opción válida."),
    ],
)
def test_every_invalid_field_gets_its_message_and_nothing_is_stored(client, field, value, error):
    data = contact_data(**{field: value})
    if value == "" and field == "consent":
        data.pop("consent")
    response = client.post(url("contact"), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert flagged_fields(html) == [field]  # this field's error, and no other
    assert error in error_of(html, field)
    assert not ContactMessage.objects.exists()
    assert not mail.outbox


def test_a_screen_reader_hears_the_error_of_the_field(client):
    html = client.post(url("contact"), contact_data(email="no-es-un-correo")).content.decode()
    widget = re.search(r'<input[^>]*\bname="email"[^>]*>', html).group(0)
    described_by = re.search(r'aria-describedby="([^"]*)"', widget).group(1).split()
    assert any(f'id="{id_}"' in html for id_ in described_by), described_by


def test_honeypot_refuses_without_storing(client):
    response = client.post(url("contact"), contact_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not ContactMessage.objects.exists() and not mail.outbox


def test_rate_limit_refuses_without_storing(client):
    for _ in range(5):
        assert client.post(url("contact"), contact_data()).status_code == 302
    response = client.post(url("contact"), contact_data(message="Sexto mensaje"))
    assert response.status_code == 429
    assert "varios mensajes en poco tiempo" in response.content.decode()
    assert ContactMessage.objects.count() == 5


def test_smtp_failure_keeps_the_message_and_the_retry_command_sends_it_later(client):
    response = client.post(url("contact"), contact_data())
    assert response.status_code == 302  # the visitor gets the reference; nothing was sent yet
    message = ContactMessage.objects.get()
    with mock.patch("contact.services.send_mail", side_effect=ConnectionRefusedError("smtp down")):
        call_command("contact_send_pending")
    email = OutboundEmail.objects.get()
    assert (email.status, email.attempts, email.last_error) == (
        "failed",
        1,
        "ConnectionRefusedError",
    )
    assert "rosa@example.com" not in email.last_error
    assert email.next_attempt_at > timezone.now()
    assert not mail.outbox

    call_command("contact_send_pending")  # not due yet: the next try waits a minute
    assert not mail.outbox
    with time_machine.travel(email.next_attempt_at + datetime.timedelta(seconds=1)):
        call_command("contact_send_pending")
    email.refresh_from_db()
    assert (email.status, email.attempts) == ("sent", 2)
    assert len(mail.outbox) == 1 and message.reference in mail.outbox[0].subject


def returnee_data(**changes):
    data = {
        "name": "Luis Mamani",
        "email": "luis@example.com",
        "phone": "+34 600 000 000",
        "current_country": "ES",
        "planned_return": (timezone.localdate() + datetime.timedelta(days=120)).isoformat(),
        "occupation": "Electricista",
        "skills": "Instalaciones eléctricas, 8 años en España",
        "education": "technical",
        "region": "junin",
        "wants_job_placement": "on",
        "wants_certification": "on",
        "consent": "on",
    }
    data.update(changes)
    return data


def test_returnee_registration_is_stored_and_confirmed(client):
    response = client.post(url("returnee"), returnee_data())
    assert response.status_code == 302
    registration = ReturneeRegistration.objects.get()
    assert registration.reference.startswith(f"RP-{timezone.localdate().year}-")
    assert registration.wants_job_placement and registration.wants_certification
    assert not registration.wants_training
    assert registration.reference in client.get(response["Location"]).content.decode()
    call_command("contact_send_pending")
    assert len(mail.outbox) == 1 and registration.reference in mail.outbox[0].subject


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"wants_job_placement": "", "wants_certification": ""}, "Marca al menos un tema"),
        ({"planned_return": "1990-01-01"}, "Indica una fecha de retorno prevista"),
        ({"planned_return": "mañana"}, "Introduzca una fecha válida."),
        ({"region": "atlantida"}, "Escoja una opción válida."),
    ],
)
def test_returnee_registration_errors(client, changes, error):
    data = {k: v for k, v in returnee_data(**changes).items() if v != ""}
    response = client.post(url("returnee"), data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not ReturneeRegistration.objects.exists()


def test_migrant_voice_appears_on_line_three_only_once_approved(client):
    line = ActionLineFactory(number=3)
    section = SectionFactory(line=line, component="migrant_voice")
    response = client.post(
        url("voice"),
        {"alias": "Peruana en Milán", "country": "IT", "city": "Milán",
         "text": "Necesitamos más información sobre el decreto flussi.", "consent": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    voice = MigrantVoice.objects.get()
    assert voice.status == MigrantVoice.Status.PENDING
    with translation.override("es"):
        section_url = section.get_absolute_url()
    assert "decreto flussi" not in client.get(section_url).content.decode()

    voice.status = MigrantVoice.Status.APPROVED
    voice.save()
    html = client.get(section_url).content.decode()
    assert "decreto flussi" in html and "Peruana en Milán" in html
    assert "(en español)" not in html
    with translation.override("en"):
        english = client.get(section.get_absolute_url()).content.decode()
    assert '<blockquote lang="es">' in english
    assert "(in Spanish) — Peruana en Milán" in english  # said, not only marked up


def test_service_points_and_privacy_pages(client):
    call_command("load_demo_content")
    html = client.get(url("service_points")).content.decode()
    assert "Av. Salaverry 655, Jesús María" in html and "Av. España 734, Breña" in html
    home = client.get("/es/").content.decode()
    assert "Av. Salaverry 655" in home  # in the footer
    privacy = client.get(url("privacy")).content.decode()
    assert "Ley N.° 29733" in privacy and "730 días" in privacy


def test_ask_us_opens_the_contact_form_with_the_line_and_the_page_filled_in(client):
    line = ActionLineFactory(number=2, slug_es="volver", menu_label_es="Volver al Perú")
    section = SectionFactory(line=line, title_es="Certificación de competencias")
    with translation.override("es"):
        page = client.get(section.get_absolute_url()).content.decode()
    (link,) = re.findall(r'href="([^"]*)">Pregúntanos sobre esta página', page)
    form = client.get(unescape(link)).content.decode()
    assert f'<option value="{line.pk}" selected>Volver al Perú</option>' in form
    assert "Sobre «Certificación de competencias»: </textarea>" in form


@pytest.mark.parametrize("query", ["?linea=99&tema=", "?linea=abc", "?linea=1e3", "?tema=%20%20"])
def test_a_contact_form_address_with_nonsense_in_it_opens_an_empty_form(client, query):
    ActionLineFactory(number=1)
    response = client.get(url("contact") + query)
    assert response.status_code == 200
    assert " selected>" not in response.content.decode().split('name="line"')[1].split("</select>")[0].replace('<option value="" selected>', "")  # fmt: skip


def test_the_returnee_confirmation_says_what_happens_next(client):
    ActionLineFactory(number=2, slug_es="volver", title_es="¿Vas a retornar al Perú?")
    data = {"name": "Luis Mamani", "email": "luis@example.com", "current_country": "ES",
            "planned_return": (timezone.localdate() + datetime.timedelta(days=90)).isoformat(),
            "occupation": "Electricista", "skills": "Instalaciones", "education": "technical",
            "region": "junin", "wants_training": "on", "consent": "on"}  # fmt: skip
    response = client.post(url("returnee"), data)
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "<h2>Qué pasa ahora</h2>" in page
    assert page.count("<li>", page.index("Qué pasa ahora")) >= 3
    assert 'href="/es/lineas/volver/">Mientras tanto, lee «¿Vas a retornar al Perú?»</a>' in page
