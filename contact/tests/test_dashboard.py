"""What waits for the Atención staff on the admin dashboard, and the e-mail column of the
messages list, read by status."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from contact import services
from contact.models import ContactMessage, MigrantVoice, OutboundEmail

pytestmark = pytest.mark.django_db


def message(**changes):
    data = {"name": "Ana", "email": "ana@example.com", "country": "CL", "profile": "returnee",
            "line": None, "message": "Consulta", "consent": True, **changes}  # fmt: skip
    return services.message_submit(data=data, language="es")


def test_the_panel_counts_what_waits_and_links_to_it(admin_client):
    message()
    answered = message(email="luis@example.com")
    ContactMessage.objects.filter(pk=answered.pk).update(status=ContactMessage.Status.ANSWERED)
    OutboundEmail.objects.filter(to="luis@example.com").update(status=OutboundEmail.Status.GAVE_UP)
    MigrantVoice.objects.create(alias="A", country="IT", text="t", consent=True, language="es")
    html = admin_client.get(reverse("admin:index")).content.decode()
    for url, label, count in [
        (reverse("admin:contact_contactmessage_changelist") + "?status__exact=new",
         "Mensajes nuevos", 1),
        (reverse("admin:contact_outboundemail_changelist") + "?status__exact=failed",
         "Correos que fallaron", 1),
        (reverse("admin:contact_migrantvoice_changelist") + "?status__exact=pending",
         "Voces del migrante por moderar", 1),
    ]:  # fmt: skip
        assert f'<a href="{url}">{label}</a>: <strong>{count}</strong>' in html


FAILED = '<strong style="color:#9b111e">falló</strong>'


@pytest.mark.parametrize(
    ("statuses", "shown"),
    [([OutboundEmail.Status.SENT], "enviado"), ([OutboundEmail.Status.PENDING], "pendiente"),
     ([OutboundEmail.Status.SENT, OutboundEmail.Status.PENDING], "pendiente"),
     ([OutboundEmail.Status.SENT, OutboundEmail.Status.FAILED], FAILED),
     ([OutboundEmail.Status.GAVE_UP], FAILED), ([], "—")],
)  # fmt: skip
def test_the_messages_list_says_how_their_emails_went(admin_client, statuses, shown):
    sent = message()
    OutboundEmail.objects.filter(contact_message=sent).delete()
    for status in statuses:
        OutboundEmail.objects.create(to=sent.email, subject="s", body="b", status=status,
                                     contact_message=sent)  # fmt: skip
    html = admin_client.get(reverse("admin:contact_contactmessage_changelist")).content.decode()
    assert f'<td class="field-email_state">{shown}</td>' in html


def test_retrying_sends_only_what_was_not_sent(admin_client, mailoutbox):
    sent = message()
    call_command("contact_send_pending")
    failed = OutboundEmail.objects.create(to="x@example.com", subject="s", body="b",
                                          status=OutboundEmail.Status.FAILED)  # fmt: skip
    mailoutbox.clear()
    admin_client.post(
        reverse("admin:contact_outboundemail_changelist"),
        {
            "action": "retry",
            "_selected_action": [failed.pk, *sent.emails.values_list("pk", flat=True)],
        },
    )
    assert not mailoutbox  # queued for the worker, not sent by the admin's request
    call_command("contact_send_pending")
    assert [m.to for m in mailoutbox] == [["x@example.com"]]
    failed.refresh_from_db()
    assert failed.status == OutboundEmail.Status.SENT
