"""The same form sent twice by the same browser (a second tap, or a retry after the connection
dropped before the answer came: an app server killed mid-request) is one submission: the same
reference, one message, one attention, one e-mail. Another visitor sending the same words, or
the same visitor changing a word, is a new one."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from contact.models import Attention, ContactMessage, OutboundEmail, ReturneeRegistration

from .test_public_forms import returnee_data

pytestmark = pytest.mark.django_db


def contact_url():
    with translation.override("es"):
        return reverse("contact:contact")


DATA = {"name": "Rosa", "email": "rosa@example.com", "country": "PE",
        "profile": "potential_migrant", "message": "¿Cómo pido un visado?", "consent": "on"}  # fmt: skip


def browser():
    client = Client(enforce_csrf_checks=True)
    client.get(contact_url())
    return client


def send(client, **changes):
    token = client.cookies["csrftoken"].value
    return client.post(contact_url(), {**DATA, **changes, "csrfmiddlewaretoken": token})


def test_the_same_message_sent_twice_is_stored_once_with_one_reference():
    client = browser()
    first, second = send(client), send(client)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert ContactMessage.objects.count() == 1
    assert Attention.objects.count() == 1
    assert OutboundEmail.objects.count() == 1


def test_another_browser_or_another_word_is_another_message():
    client = browser()
    send(client)
    send(client, message="¿Y para mi familia?")
    send(browser())
    assert ContactMessage.objects.count() == 3


def test_the_returnee_registration_too():
    client = Client(enforce_csrf_checks=True)
    with translation.override("es"):
        url = reverse("contact:returnee")
    client.get(url)
    data = {**returnee_data(), "csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    first, second = client.post(url, data), client.post(url, data)
    assert first.status_code == 302, first.content.decode()[:2000]
    assert first["Location"] == second["Location"]
    assert ReturneeRegistration.objects.count() == 1
