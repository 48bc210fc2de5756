"""Writes of the contact app. Personal data is stored first, in its own transaction; e-mail is
attempted only after that commit, and a failure leaves the e-mail pending for
`manage.py contact_send_pending`. Logs carry references, never personal data."""

import datetime
import json
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import (
    Attention,
    ContactMessage,
    MigrantVoice,
    OutboundEmail,
    Reply,
    ReturneeRegistration,
)

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


def message_submit(*, data, language):
    """Store a contact message, its attention and its acknowledgement e-mail; then try to send
    the e-mail. Returns the stored message."""
    with transaction.atomic():
        message = _store_with_reference(ContactMessage, data=data, language=language)
        Attention.objects.create(
            date=timezone.localdate(message.created_at),
            channel=Attention.Channel.WEB_FORM,
            migrant_type=message.profile,
            country=message.country,
            line=message.line,
            topic=Attention.Topic.OTHER,
            message=message,
        )
        email = _queue_email(
            message, template="contact/email/acknowledgement", context={"message": message}
        )
    email_send(email=email)
    return message


def registration_submit(*, data, language):
    """Store a returnee registration and its confirmation e-mail; then try to send it."""
    with transaction.atomic():
        registration = _store_with_reference(ReturneeRegistration, data=data, language=language)
        email = _queue_email(
            registration,
            template="contact/email/registration",
            context={"registration": registration},
        )
    email_send(email=email)
    return registration


def voice_submit(*, data, language):
    return MigrantVoice.objects.create(language=language, **data)


def voice_moderate(*, voices, approve, user):
    status = MigrantVoice.Status.APPROVED if approve else MigrantVoice.Status.REJECTED
    return voices.update(status=status, moderated_at=timezone.now(), moderated_by=user)


def reply_send(*, message, body, user):
    """Keep a staff reply, mark the message answered, and e-mail the reply."""
    with transaction.atomic():
        reply = Reply.objects.create(message=message, body=body, sent_by=user)
        updates = {"status": ContactMessage.Status.ANSWERED}
        if message.first_response_at is None:
            updates["first_response_at"] = reply.created_at
        ContactMessage.objects.filter(pk=message.pk).update(**updates)
        email = _queue_email(
            message, template="contact/email/reply", context={"message": message, "reply": reply}
        )
    email_send(email=email)
    return reply


def attention_record(*, data, user):
    return Attention.objects.create(recorded_by=user, **data)


def _store_with_reference(model, *, data, language):
    """Store what a visitor sent and give it its public reference (it needs the row's id)."""
    stored = model.objects.create(language=language, **data)
    stored.assign_reference()
    return stored


def _queue_email(about, *, template, context):
    """Store the e-mail owed to whoever sent `about` (a contact message or a returnee
    registration), in their language; `email_send` tries it once the transaction is over."""
    with translation.override(about.language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    return about.emails.create(to=about.email, subject=subject[:200], body=body)


def email_send(*, email):
    """Try to send one stored e-mail; on failure it stays for the retry command."""
    email.attempts += 1
    try:
        send_mail(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to])
    except Exception as error:  # noqa: BLE001 — any transport error must leave it pending
        email.status = (
            OutboundEmail.Status.GAVE_UP
            if email.attempts >= MAX_ATTEMPTS
            else OutboundEmail.Status.FAILED
        )
        email.last_error = type(error).__name__[:200]
        logger.warning(
            "E-mail %s not sent (attempt %s): %s", email.pk, email.attempts, email.last_error
        )
    else:
        email.status = OutboundEmail.Status.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
    email.save(update_fields=["attempts", "status", "last_error", "sent_at"])
    return email.status == OutboundEmail.Status.SENT


def emails_retry():
    """Send again every e-mail still pending or failed. Returns (sent, still failing)."""
    sent = failed = 0
    pending = OutboundEmail.objects.filter(
        status__in=[OutboundEmail.Status.PENDING, OutboundEmail.Status.FAILED]
    ).order_by("created_at")
    for email in pending:
        if email_send(email=email):
            sent += 1
        else:
            failed += 1
    return sent, failed


def personal_data_export(*, email):
    """Everything held about one e-mail address, as JSON text."""
    messages = ContactMessage.objects.filter(email__iexact=email).prefetch_related("replies")
    registrations = ReturneeRegistration.objects.filter(email__iexact=email)
    data = {
        "email": email,
        "exported_at": timezone.now(),
        "contact_messages": [
            {
                "reference": m.reference,
                "received": m.created_at,
                "name": m.name,
                "country": m.country.code,
                "profile": m.profile,
                "message": m.message,
                "status": m.status,
                "replies": [{"date": r.created_at, "text": r.body} for r in m.replies.all()],
            }
            for m in messages
        ],
        "returnee_registrations": [
            {
                "reference": r.reference,
                "registered": r.created_at,
                "name": r.name,
                "phone": r.phone,
                "country": r.current_country.code,
                "planned_return": r.planned_return,
                "occupation": r.occupation,
                "skills": r.skills,
                "education": r.education,
                "region": r.region,
            }
            for r in registrations
        ],
        "emails_sent": list(
            OutboundEmail.objects.filter(to__iexact=email).values("subject", "created_at", "status")
        ),
    }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


@transaction.atomic
def personal_data_erase(*, email):
    """Erase what is held about one e-mail address. Attentions stay, without the link, as
    anonymous statistics. Returns how many records were erased."""
    erased = 0
    for queryset in (
        OutboundEmail.objects.filter(to__iexact=email),
        ContactMessage.objects.filter(email__iexact=email),
        ReturneeRegistration.objects.filter(email__iexact=email),
    ):
        erased += queryset.delete()[0]
    return erased


@transaction.atomic
def personal_data_purge(*, older_than_days):
    """Erase personal data received more than `older_than_days` ago (retention policy)."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    erased = 0
    for queryset in (
        OutboundEmail.objects.filter(created_at__lt=cutoff),
        ContactMessage.objects.filter(created_at__lt=cutoff),
        ReturneeRegistration.objects.filter(created_at__lt=cutoff),
        MigrantVoice.objects.filter(created_at__lt=cutoff).exclude(
            status=MigrantVoice.Status.APPROVED
        ),
    ):
        erased += queryset.delete()[0]
    return erased
