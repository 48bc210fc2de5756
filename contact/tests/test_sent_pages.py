"""The three public forms behave alike: a valid form leads to its "sent" page (with the
reference to keep, where there is one), a bot is told it worked and nothing is stored, a client
sending too often is refused, and a "sent" page for an unknown reference does not exist."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from contact.models import ContactMessage, MigrantVoice, ReturneeRegistration

pytestmark = pytest.mark.django_db

CONTACT = {"name": "Rosa Quispe", "email": "rosa@example.com", "country": "ES",
           "profile": "potential_migrant", "message": "¿Qué necesito?", "consent": "on"}  # fmt: skip
RETURNEE = {"name": "Luis Mamani", "email": "luis@example.com", "current_country": "ES",
            "occupation": "Electricista", "skills": "Instalaciones", "education": "technical",
            "region": "junin", "wants_training": "on", "consent": "on"}  # fmt: skip
VOICE = {"alias": "Peruana en Milán", "country": "IT", "text": "Más información.", "consent": "on"}

# (form, data, model, sent page, its title, heading and message, the rate-limit message)
FORMS = [
    ("contact", CONTACT, ContactMessage, "message_sent", "Mensaje recibido",
     "Hemos recibido tu mensaje", "Guárdalo para cualquier consulta sobre tu mensaje.",
     "Has enviado varios mensajes en poco tiempo."),
    ("returnee", RETURNEE, ReturneeRegistration, "registration_done", "Registro recibido",
     "Tu registro fue recibido", "El equipo de la Dirección de Migración Laboral revisará tu registro",
     "Has enviado varios registros en poco tiempo."),
    ("voice", VOICE, MigrantVoice, "voice_done", "Gracias", "Gracias por compartir tu voz",
     "Revisaremos tu texto y, si cumple las normas de publicación",
     "Has enviado varios textos en poco tiempo."),
]  # fmt: skip
IDS = [form[0] for form in FORMS]


def url(name, **kwargs):
    with translation.override("es"):
        return reverse(f"contact:{name}", kwargs=kwargs or None)


def data_for(data):
    planned = (timezone.localdate() + datetime.timedelta(days=90)).isoformat()
    return {**data, "planned_return": planned} if data is RETURNEE else data


@pytest.mark.parametrize("form", FORMS, ids=IDS)
def test_a_valid_form_leads_to_its_sent_page(client, form):
    name, data, model, sent, title, heading, message, _limited = form
    response = client.post(url(name), data_for(data))
    stored = model.objects.get()
    reference = getattr(stored, "reference", None)
    assert response.status_code == 302
    assert response["Location"] == url(sent, **({"reference": reference} if reference else {}))
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert f"<title>{title}" in html and f"<h1>{heading}</h1>" in html and message in html
    if reference:
        assert (
            f'<p class="reference" role="status">Tu número de referencia es <strong>{reference}</strong></p>'
            in html
        )
    else:
        assert "número de referencia" not in html and '<p role="status">' in html


@pytest.mark.parametrize("form", FORMS, ids=IDS)
def test_a_bot_is_told_it_worked_and_nothing_is_stored(client, form):
    name, data, model, sent, *_texts = form
    response = client.post(url(name), {**data_for(data), "website": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"] == url(name)  # the form again: a "sent" page needs a reference
    assert not model.objects.exists()


@pytest.mark.parametrize("form", FORMS, ids=IDS)
def test_a_client_sending_too_often_is_refused(client, form):
    name, data, model, *_texts, limited = form
    for _n in range(5):
        assert client.post(url(name), data_for(data)).status_code == 302
    response = client.post(url(name), data_for(data))
    assert response.status_code == 429 and limited in response.content.decode()
    assert model.objects.count() == 5


@pytest.mark.parametrize("form", FORMS, ids=IDS)
def test_an_invalid_form_is_shown_again_with_its_texts(client, form):
    name, *_rest = form
    response = client.post(url(name), {})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary" role="alert"' in html and "Revisa los campos marcados" in html
    assert html.count('<form method="post" novalidate class="public-form">') == 1
    assert ("Lee el aviso de privacidad" in html) == (name != "voice")


@pytest.mark.parametrize("sent", ["message_sent", "registration_done"])
def test_there_is_no_sent_page_for_an_unknown_reference(client, sent):
    assert client.get(url(sent, reference="IM-2026-999999")).status_code == 404
