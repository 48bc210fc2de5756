"""The attention register has no gaps (issue 14): a web message tells the register the age,
sex and topic its writer chose to give (optional, in plain words); every returnee registration
is an attention with a follow-up staff keep; registrations received before are registered by
the migration."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import translation

from contact.models import Attention, ContactMessage, ReturneeRegistration
from infomigra import roles
from lines.tests.factories import ActionLineFactory

from .test_public_forms import contact_data, returnee_data

pytestmark = pytest.mark.django_db


def url(name):
    with translation.override("es"):
        return reverse(f"contact:{name}")


def test_the_contact_form_asks_age_sex_and_topic_optionally_in_plain_words(client):
    html = client.get(url("contact")).content.decode()
    for text in ("¿Qué tipo de consulta es?", "¿Qué edad tienes?", "Prefiero no decirlo",
                 "Opcional: solo para las estadísticas del servicio."):  # fmt: skip
        assert text in html
    assert "No indica" not in html and "---------" not in html


def test_what_the_writer_gives_goes_to_the_attention_and_not_to_the_message(client):
    client.post(
        url("contact"), contact_data(age_band="26-35", gender="female", topic="work_permit")
    )
    attention = Attention.objects.get()
    assert (attention.age_band, attention.gender, attention.topic) == (
        "26-35",
        "female",
        "work_permit",
    )
    assert attention.message == ContactMessage.objects.get()


def test_a_writer_who_prefers_not_to_say_is_counted_as_not_stated(client):
    assert client.post(url("contact"), contact_data()).status_code == 302
    attention = Attention.objects.get()
    assert (attention.age_band, attention.gender, attention.topic) == (
        "unknown",
        "unknown",
        "other",
    )
    assert client.post(url("contact"), contact_data(age_band="99-120")).status_code == 400


def test_every_returnee_registration_is_an_attention_with_its_follow_up(client, login_as):
    line = ActionLineFactory(number=2)
    client.post(url("returnee"), returnee_data())
    registration = ReturneeRegistration.objects.get()
    attention = Attention.objects.get()
    assert attention.registration == registration
    assert (attention.channel, attention.migrant_type, attention.topic, attention.line) == (
        "web_form", "returnee", "return", line,
    )  # fmt: skip
    assert registration.follow_up == ReturneeRegistration.FollowUp.NEW

    user = login_as(roles.ATTENTION)
    change = reverse("admin:contact_returneeregistration_change", args=[registration.pk])
    form = client.get(change).content.decode()
    assert 'name="follow_up"' in form and 'name="notes"' in form and 'name="name"' not in form
    client.post(change, {"follow_up": "referred", "assignee": user.pk,
                         "notes": "Derivado al Centro de Empleo de Junín."})  # fmt: skip
    registration.refresh_from_db()
    assert (registration.follow_up, registration.assignee, registration.name) == (
        "referred", user, "Luis Mamani",
    )  # fmt: skip
    dashboard = client.get(reverse("admin:index")).content.decode()
    assert "Retornantes registrados por contactar</a>: <strong>0</strong>" in dashboard
    assert reverse("admin:contact_attention_quick") in dashboard


def test_the_migration_registers_the_registrations_received_before(client):
    ActionLineFactory(number=2)
    client.post(url("returnee"), returnee_data())
    Attention.objects.all().delete()  # as before the migration
    migration = importlib.import_module("contact.migrations.0008_register_with_no_gaps")
    migration.register_past_registrations(apps, None)
    migration.register_past_registrations(apps, None)  # idempotent
    attention = Attention.objects.get()
    assert attention.registration == ReturneeRegistration.objects.get()
    assert attention.topic == "return"


def test_a_workshop_is_a_channel_the_window_records(client, login_as):
    import datetime

    login_as(roles.ATTENTION)
    response = client.post(reverse("admin:contact_attention_quick"), {
        "date": "2026-10-15", "channel": "workshop", "migrant_type": "potential_migrant",
        "age_band": "18-25", "gender": "female", "country": "PE", "line": "",
        "topic": "work_abroad", "notes": "Charla en el colegio de Huancayo.",
    })  # fmt: skip
    assert response.status_code == 302
    assert Attention.objects.get().date == datetime.date(2026, 10, 15)
