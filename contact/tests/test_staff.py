import csv
import datetime
import io
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from contact import services
from contact.models import (
    Attention,
    ContactMessage,
    MigrantVoice,
    OutboundEmail,
    ReturneeRegistration,
)
from infomigra import roles

pytestmark = pytest.mark.django_db


def message(**changes):
    data = {"name": "Ana", "email": "ana@example.com", "country": "CL", "profile": "peruvian_abroad",
            "line": None, "message": "Consulta sobre mi pensión", "consent": True}  # fmt: skip
    data.update(changes)
    return services.message_submit(data=data, language="es")


def test_reply_written_in_the_admin_is_emailed_and_timed(client, login_as):
    msg = message()
    call_command("contact_send_pending")  # the acknowledgement
    mail.outbox.clear()
    login_as(roles.ATTENTION, "ventanilla")
    url = reverse("admin:contact_contactmessage_change", args=[msg.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {
        "status": "new", "assignee": "",
        "inbound_mails-TOTAL_FORMS": "0", "inbound_mails-INITIAL_FORMS": "0",
        "replies-TOTAL_FORMS": "1", "replies-INITIAL_FORMS": "0",
        "replies-MIN_NUM_FORMS": "0", "replies-MAX_NUM_FORMS": "1000",
        "replies-0-body": "Puedes sumar tus aportes gracias al convenio Perú–Chile.",
        "emails-TOTAL_FORMS": "1", "emails-INITIAL_FORMS": "1",
        "emails-MIN_NUM_FORMS": "0", "emails-MAX_NUM_FORMS": "1000",
        "emails-0-id": str(msg.emails.get().pk), "emails-0-contact_message": str(msg.pk),
    })  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    msg.refresh_from_db()
    assert msg.status == ContactMessage.Status.ANSWERED
    assert msg.first_response_at is not None
    assert msg.first_response_time >= datetime.timedelta(0)
    reply = msg.replies.get()
    assert reply.sent_by.username == "ventanilla"
    assert not mail.outbox  # the worker or the cron sends it, not the admin's request
    call_command("contact_send_pending")
    assert len(mail.outbox) == 1 and "convenio Perú–Chile" in mail.outbox[0].body


def test_overdue_messages_stand_out(client, login_as, settings):
    old = message()
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=4)
    )
    fresh = message(email="nuevo@example.com")
    assert list(ContactMessage.objects.overdue()) == [ContactMessage.objects.get(pk=old.pk)]
    login_as(roles.ATTENTION)
    html = client.get(
        reverse("admin:contact_contactmessage_changelist"), {"plazo": "overdue"}
    ).content.decode()
    assert old.reference in html and fresh.reference not in html
    assert "vencido" in html


def test_working_day_cutoff_skips_the_weekend():
    from contact.models import WorkingDays

    monday = timezone.make_aware(datetime.datetime(2026, 11, 23, 10))
    assert WorkingDays.cutoff(monday).date() == datetime.date(2026, 11, 20)  # Friday


def test_quick_entry_records_an_attention_in_one_post(client, login_as):
    login_as(roles.ATTENTION, "digemin")
    url = reverse("admin:contact_attention_quick")
    form = client.get(url).content.decode()
    assert "admin/base_site.html" in [t.name for t in client.get(url).templates]  # the admin's
    assert f'value="{timezone.localdate().isoformat()}"' in form  # today's date, filled in
    assert "---------" not in form  # only real choices
    assert 'name="notes"' in form
    response = client.post(url, {
        "date": timezone.localdate().isoformat(), "channel": "window_digemin",
        "migrant_type": "foreigner", "age_band": "26-35", "gender": "female", "country": "VE",
        "line": "", "topic": "foreign_workers", "notes": "Pidió la lista de requisitos impresa.",
    })  # fmt: skip
    assert response.status_code == 302
    attention = Attention.objects.get()
    assert (attention.channel, attention.age_band, attention.recorded_by.username) == (
        "window_digemin", "26-35", "digemin",
    )  # fmt: skip
    assert attention.notes == "Pidió la lista de requisitos impresa."
    assert "1 atención" in client.get(response["Location"]).content.decode()
    # linked from the attention list, and the old address leads here
    changelist = client.get(reverse("admin:contact_attention_changelist")).content.decode()
    assert f'href="{url}"' in changelist
    old = client.get(reverse("contact:attention_new") + "?canal=phone")
    assert (old.status_code, old["Location"]) == (301, f"{url}?canal=phone")


def test_moderation_actions(client, login_as):
    voice = MigrantVoice.objects.create(
        alias="A", country="US", text="Hola", consent=True, language="es"
    )
    login_as(roles.ATTENTION)
    client.post(reverse("admin:contact_migrantvoice_changelist"),
                {"action": "approve", "_selected_action": [voice.pk]})  # fmt: skip
    voice.refresh_from_db()
    assert voice.status == MigrantVoice.Status.APPROVED and voice.moderated_at


def test_returnee_registrations_export_to_csv(client, login_as):
    services.registration_submit(
        data={"name": "Luis", "email": "luis@example.com", "phone": "", "current_country": "AR",
              "planned_return": datetime.date(2027, 3, 1), "occupation": "Chef", "skills": "Cocina",
              "education": "technical", "region": "cusco", "wants_job_placement": False,
              "wants_self_employment": True, "wants_training": False, "wants_certification": False,
              "consent": True},
        language="es",
    )  # fmt: skip
    login_as(roles.ATTENTION)
    response = client.post(
        reverse("admin:contact_returneeregistration_changelist"),
        {
            "action": "export_csv",
            "_selected_action": list(ReturneeRegistration.objects.values_list("pk", flat=True)),
        },
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "referencia" and len(rows) == 2
    assert rows[1][2] == "Luis" and "AR" in rows[1] and "cusco" in rows[1]


def test_personal_data_export_and_erase(client, login_as):
    msg = message(email="persona@example.com")
    other = message(email="otra@example.com")
    login_as(roles.ATTENTION)
    url = reverse("admin:contact_personal_data")
    exported = client.post(url, {"email": "persona@example.com", "export": "1"})
    data = json.loads(exported.content)
    assert [m["reference"] for m in data["contact_messages"]] == [msg.reference]
    assert "otra@example.com" not in exported.content.decode()

    refused = client.post(url, {"email": "persona@example.com", "erase": "1"})
    assert "confirmación" in refused.content.decode()
    assert ContactMessage.objects.filter(pk=msg.pk).exists()

    client.post(url, {"email": "persona@example.com", "erase": "1", "confirm": "yes"})
    assert not ContactMessage.objects.filter(email="persona@example.com").exists()
    assert not OutboundEmail.objects.filter(to="persona@example.com").exists()
    assert ContactMessage.objects.filter(pk=other.pk).exists()
    assert Attention.objects.count() == 2  # statistics stay, anonymous


def test_retention_command_erases_what_is_past_it(settings):
    settings.CONTACT_RETENTION_DAYS = 30
    old = message()
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    OutboundEmail.objects.update(created_at=timezone.now() - datetime.timedelta(days=31))
    recent = message(email="reciente@example.com")
    call_command("contact_purge_expired")
    assert list(ContactMessage.objects.all()) == [recent]


def test_no_personal_data_in_logs(caplog):
    from unittest import mock

    message(email="secreta@example.com", name="Nombre Secreto")
    with mock.patch("contact.services.send_mail", side_effect=OSError("boom")):
        call_command("contact_send_pending")
    logged = caplog.text
    assert "secreta@example.com" not in logged and "Nombre Secreto" not in logged
    assert "not sent" in logged


@pytest.mark.parametrize(
    ("page", "field"),
    [("admin:contact_personal_data", "email"), ("admin:sivitma_personal_data", "document_number")],
)
def test_a_personal_data_request_sent_empty_says_what_is_missing(client, login_as, page, field):
    """An empty POST is a POST: the form answers with the missing field, not a blank page."""
    login_as(roles.ATTENTION)
    html = client.post(reverse(page), {}).content.decode()
    assert "Este campo es obligatorio." in html and f'name="{field}"' in html
