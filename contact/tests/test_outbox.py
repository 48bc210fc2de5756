"""The outbox's rules without a mail server: which spellings are one mailbox, when a held or
failing e-mail is tried again, and what staff see and may do."""

import datetime
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from contact import services
from contact.models import OutboundEmail, recipient_key

pytestmark = pytest.mark.django_db
Status = OutboundEmail.Status


def message(**changes):
    data = {"name": "Ana", "email": "ana@example.com", "country": "CL", "profile": "returnee",
            "line": None, "message": "Consulta", "consent": True, **changes}  # fmt: skip
    return services.message_submit(data=data, language="es")


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("victima@example.com", "VICTIMA@Example.COM", True),
        ("victima@example.com", "victima+premio@example.com", True),
        ("v.i.c.t.i.m.a@gmail.com", "victima+x@googlemail.com", True),
        ("v.ictima@example.com", "victima@example.com", False),  # dots matter outside Gmail
        ("victima@example.com", "victima@example.org", False),
    ],
)
def test_the_spellings_of_one_mailbox_share_one_key(one, other, same):
    assert (recipient_key(one) == recipient_key(other)) is same
    assert "victima" not in recipient_key(one)  # the key is not the address


def test_an_email_held_by_a_sender_that_died_is_sent_once_its_claim_expires():
    email = message().emails.get()
    OutboundEmail.objects.filter(pk=email.pk).update(
        claimed_until=timezone.now() + datetime.timedelta(minutes=2)
    )
    call_command("contact_send_pending")
    assert not mail.outbox  # another sender holds it
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=3)):
        call_command("contact_send_pending")
    email.refresh_from_db()
    assert (len(mail.outbox), email.status, email.attempts) == (1, Status.SENT, 1)


def test_a_failing_email_is_tried_eight_times_with_growing_delays_then_given_up():
    email = message().emails.get()
    tries = []
    with mock.patch("contact.services.send_mail", side_effect=ConnectionRefusedError):
        while email.status != Status.GAVE_UP and len(tries) < 20:
            with time_machine.travel(email.next_attempt_at, tick=False):
                call_command("contact_send_pending")
            email.refresh_from_db()
            tries.append(email.next_attempt_at)
    assert email.attempts == services.MAX_ATTEMPTS == 8
    delays = [later - earlier for earlier, later in zip(tries, tries[1:], strict=False)]
    assert delays == services.RETRY_DELAYS[1:] + [datetime.timedelta(0)]
    assert email.last_error == "ConnectionRefusedError"


def test_staff_retry_gives_a_given_up_email_one_more_try_through_the_queue(admin_client):
    email = message().emails.get()
    OutboundEmail.objects.filter(pk=email.pk).update(status=Status.GAVE_UP, attempts=8)
    response = admin_client.post(
        reverse("admin:contact_outboundemail_changelist"),
        {"action": "retry", "_selected_action": [email.pk]},
        follow=True,
    )
    assert "1 correo puesto en la cola de envío." in response.content.decode()
    assert not mail.outbox  # the admin's request sends nothing itself
    call_command("contact_send_pending")
    email.refresh_from_db()
    assert (len(mail.outbox), email.status, email.attempts) == (1, Status.SENT, 9)


def test_staff_see_that_an_acknowledgement_was_held_back(admin_client, settings):
    settings.CONTACT_AUTOMATIC_MAILS_PER_DAY = 0
    held = message()
    html = admin_client.get(reverse("admin:contact_contactmessage_changelist")).content.decode()
    assert '<td class="field-email_state">No enviado (límite diario del destinatario)</td>' in html
    retried = admin_client.post(
        reverse("admin:contact_outboundemail_changelist"),
        {"action": "retry", "_selected_action": [held.emails.get().pk]},
        follow=True,
    )
    assert "0 correos puestos en la cola de envío." in retried.content.decode()
    call_command("contact_send_pending")
    assert not mail.outbox
