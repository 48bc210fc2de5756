"""Writes of the contact app. What a visitor sends and the e-mail we owe them are stored in one
transaction; after commit a task (`contact.tasks.email_deliver`, run by `manage.py db_worker`)
sends the e-mail, so no web request ever talks to the mail server. A failed try is retried later
with backoff; `manage.py contact_send_pending` (cron) sends whatever is still due. Logs carry
references and ids, never personal data."""

import datetime
import hashlib
import json
import logging
import re
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
from django.db import connection, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from imap_tools import MailMessage

from infomigra.pagecache import pages_changed
from lines.models import ActionLine, CountryGuide

from .models import (
    Attention,
    ContactMessage,
    InboundMail,
    MigrantVoice,
    OutboundEmail,
    Profile,
    Reply,
    ReturneeRegistration,
    Subscription,
    recipient_key,
)

logger = logging.getLogger(__name__)
# How long to wait after each failed try; after the last one the e-mail is given up (staff see
# it as "failed" on the dashboard and may retry it by hand).
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
    datetime.timedelta(hours=6),
    datetime.timedelta(hours=12),
    datetime.timedelta(hours=24),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
Kind = OutboundEmail.Kind
Status = OutboundEmail.Status


ATTENTION_DEFAULTS = {  # when the visitor prefers not to say
    "age_band": Attention.AgeBand.UNKNOWN,
    "gender": Attention.Gender.UNKNOWN,
    "topic": Attention.Topic.OTHER,
}
RETURN_LINE = 2  # "Peruanos que retornan"


def message_submit(*, data, language):
    """Store a contact message, its attention and its acknowledgement e-mail, which a worker
    sends after commit. Returns the stored message."""
    # what the visitor chose to tell for the statistics goes to the attention, not the message
    data = dict(data)
    about = {name: data.pop(name) or default for name, default in ATTENTION_DEFAULTS.items()
             if name in data}  # fmt: skip
    data["urgent"] = about.get("topic") in Attention.URGENT_TOPICS
    with transaction.atomic():
        message = _store_with_reference(ContactMessage, data=data, language=language)
        Attention.objects.create(
            date=timezone.localdate(message.created_at),
            channel=Attention.Channel.WEB_FORM,
            migrant_type=message.profile,
            country=message.country,
            line=message.line,
            message=message,
            **{**ATTENTION_DEFAULTS, **about},
        )
        _queue_email(
            message,
            kind=Kind.ACKNOWLEDGEMENT,
            template="contact/email/acknowledgement",
            context={"message": message},
        )
    return message


def registration_submit(*, data, language):
    """Store a returnee registration and its confirmation e-mail, sent after commit."""
    with transaction.atomic():
        registration = _store_with_reference(ReturneeRegistration, data=data, language=language)
        Attention.objects.create(  # a registration is an attention too: the register has no gap
            date=timezone.localdate(registration.created_at),
            channel=Attention.Channel.WEB_FORM,
            migrant_type=Profile.RETURNEE,
            country=registration.current_country,
            line=ActionLine.objects.filter(number=RETURN_LINE).first(),
            topic=Attention.Topic.RETURN,
            registration=registration,
        )
        _queue_email(
            registration,
            kind=Kind.REGISTRATION,
            template="contact/email/registration",
            context={"registration": registration},
        )
    return registration


def voice_submit(*, data, language):
    return _store_with_reference(MigrantVoice, data=data, language=language)


def voice_moderate(*, voices, approve, user):
    status = MigrantVoice.Status.APPROVED if approve else MigrantVoice.Status.REJECTED
    updated = voices.update(status=status, moderated_at=timezone.now(), moderated_by=user)
    pages_changed()  # an update() sends no signal; approved voices are shown on public pages
    return updated


def reply_send(*, message, body, user):
    """Keep a staff reply, mark the message answered, and queue the reply's e-mail (a person
    wrote it: it is not limited like the automatic ones)."""
    with transaction.atomic():
        reply = Reply.objects.create(message=message, body=body, sent_by=user)
        updates = {"status": ContactMessage.Status.ANSWERED}
        if message.first_response_at is None:
            updates["first_response_at"] = reply.created_at
        ContactMessage.objects.filter(pk=message.pk).update(**updates)
        _queue_email(
            message,
            kind=Kind.REPLY,
            template="contact/email/reply",
            context={"message": message, "reply": reply},
        )
    return reply


REFERENCE = re.compile(r"\bIM-\d{4}-\d{6}\b")


def _mail_key(mail, raw):
    """The Message-ID, or for a mail without one a digest of its bytes (fetching twice must
    file it once either way)."""
    message_id = (mail.obj.get("Message-ID") or "").strip() if mail is not None else ""
    return message_id[:255] or "sha256:" + hashlib.sha256(raw).hexdigest()


@transaction.atomic
def mail_file(*, raw):
    """File one e-mail of the public mailbox (§5.6): a reply naming a message's reference in its
    subject joins that message; any other becomes a contact message with its reference and an
    attention of channel e-mail. A mail that cannot be read is kept, with why, for staff.
    Returns the stored `InboundMail`, or None when this mail was filed before."""
    try:
        mail = MailMessage.from_bytes(raw)
        sender, subject = mail.from_values, mail.subject
    except Exception as error:  # noqa: BLE001 — a broken mail is kept, never lost
        mail, sender, subject = None, None, ""
        problem = f"{type(error).__name__}"
    else:
        problem = ""
    key = _mail_key(mail, raw)
    if InboundMail.objects.filter(message_id=key).exists():
        return None
    inbound = InboundMail(message_id=key, raw=raw, subject=(subject or "")[:255])
    address = sender.email if sender else ""
    inbound.sender = address[:254]
    text = mail_text(mail) if mail is not None else ""
    if not problem and not _valid_email(address):
        problem = "sin remitente válido"
    if not problem and not text and not subject:
        problem = "sin texto"
    if problem:
        inbound.problem = problem
        inbound.save()
        logger.warning("Inbound mail %s kept unfiled: %s", inbound.pk, problem)
        return inbound
    reference = REFERENCE.search(subject or "")
    earlier = (
        ContactMessage.objects.filter(reference=reference.group(0)).first() if reference else None
    )
    if earlier is not None:  # the visitor answers in the same thread
        inbound.contact_message = earlier
        if earlier.status in (ContactMessage.Status.ANSWERED, ContactMessage.Status.CLOSED):
            ContactMessage.objects.filter(pk=earlier.pk).update(
                status=ContactMessage.Status.IN_PROGRESS
            )
        inbound.save()
        return inbound
    data = {
        "name": (sender.name or address.split("@")[0])[:120],
        "email": address,
        "country": "",
        "profile": Profile.UNKNOWN,
        "line": None,
        "message": (f"{subject}\n\n{text}" if subject else text)[:4000],
        "consent": False,  # nothing accepted: the data are used only to answer (Ley 29733)
    }
    message = _store_with_reference(ContactMessage, data=data, language="es")
    Attention.objects.create(
        date=timezone.localdate(message.created_at),
        channel=Attention.Channel.EMAIL,
        migrant_type=Profile.UNKNOWN,
        topic=Attention.Topic.OTHER,
        message=message,
    )
    inbound.contact_message = message
    inbound.save()
    return inbound


def mail_text(mail):
    """What an e-mail (an imap-tools MailMessage) says: its text part, or its HTML as text."""
    return (mail.text or strip_tags(mail.html or "")).strip()


def _valid_email(address):
    try:
        validate_email(address)
    except ValidationError:
        return False
    return True


def attention_record(*, data, user):
    return Attention.objects.create(recorded_by=user, **data)


def _store_with_reference(model, *, data, language):
    """Store what a visitor sent and give it its public reference (it needs the row's id)."""
    stored = model.objects.create(language=language, **data)
    stored.assign_reference()
    return stored


def _queue_email(about, *, kind, template, context):
    """The e-mail owed to whoever sent `about` (a contact message or a returnee registration)."""
    return email_queue(
        to=about.email,
        language=about.language,
        kind=kind,
        template=template,
        context=context,
        about=about,
    )


def email_queue(*, to, language, kind, template, context, about=None, unsubscribe_url=""):
    """Store, inside the caller's transaction, an e-mail to `to` written from `template`
    (`<template>_subject.txt` and `<template>.txt`) in `language`, linked to `about` when it is
    a contact message or a returnee registration, and have it sent once the transaction
    commits. Other apps queue their e-mails here too (SIVITMA's private links). An automatic
    e-mail beyond the mailbox's daily limit is stored as skipped and never sent, so that
    nobody can use our forms to mail a stranger over and over."""
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}.txt", context)
    key = recipient_key(to)
    status = Status.PENDING
    if kind in OutboundEmail.AUTOMATIC_KINDS:
        _lock_recipient(key)
        if _over_daily_limit(to):
            status = Status.SKIPPED
            logger.info("Automatic e-mail about %s skipped: the mailbox's daily limit", about)
    fields = {
        "to": to,
        "subject": subject[:200],
        "body": body,
        "kind": kind,
        "recipient_key": key,
        "status": status,
        "unsubscribe_url": unsubscribe_url,
    }
    manager = about.emails if about is not None else OutboundEmail.objects
    email = manager.create(**fields)
    if status == Status.PENDING:
        transaction.on_commit(partial(_enqueue_delivery, email.pk), robust=True)
    return email


def _lock_recipient(key):
    """Hold the recipient's key until the transaction ends, so that concurrent submissions to
    one mailbox are counted one after the other. SQLite already runs write transactions one at
    a time (IMMEDIATE mode, see settings); PostgreSQL takes a transaction advisory lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [int(key[:15], 16)])


def _over_daily_limit(address):
    since = timezone.now() - datetime.timedelta(days=1)
    sent = OutboundEmail.objects.automatic_to(address, since).count()
    return sent >= settings.CONTACT_AUTOMATIC_MAILS_PER_DAY


def _enqueue_delivery(email_id, *, run_after=None):
    """Ask the worker to send e-mail `email_id` (at `run_after`, when the task backend can defer
    tasks; otherwise `contact_send_pending` takes it when it is due)."""
    from .tasks import email_deliver  # tasks.py imports this module

    task = email_deliver
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return
        task = task.using(run_after=run_after)
    task.enqueue(email_id=email_id)


def _claim_duration():
    """How long a sender holds an e-mail. EMAIL_TIMEOUT bounds each SMTP operation, and sending
    one e-mail takes about ten (connect, EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA, the
    text, QUIT); a minute more for the database. A sender that dies while holding an e-mail
    only delays it by this much."""
    return datetime.timedelta(seconds=10 * (settings.EMAIL_TIMEOUT or 30) + 60)


def send_mail(subject, body, from_email, to, headers=None):
    """Django's send_mail, with the extra headers an alert carries (List-Unsubscribe)."""
    return EmailMessage(subject, body, from_email, to, headers=headers).send()


def email_deliver(*, email_id):
    """Send stored e-mail `email_id` if it is due, exactly once however many workers and cron
    runs try at the same time: a single conditional UPDATE claims it (only one of several
    concurrent UPDATEs of a row can still find it unclaimed, on SQLite and on PostgreSQL), and
    only the sender that claimed it sends it. A failure schedules the next try after the next
    delay of RETRY_DELAYS. Returns the e-mail's new status, or None when it was not ours to send
    (already sent, not due yet, or held by another sender)."""
    now = timezone.now()
    claimed = (
        OutboundEmail.objects.due(now)
        .filter(pk=email_id)
        .update(claimed_until=now + _claim_duration(), attempts=F("attempts") + 1)
    )
    email = OutboundEmail.objects.filter(pk=email_id).first() if claimed else None
    if email is None:  # not ours, or erased meanwhile
        return None
    try:
        headers = {"List-Unsubscribe": f"<{email.unsubscribe_url}>",
                   "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"} \
            if email.unsubscribe_url else None  # fmt: skip
        send_mail(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to],
                  headers=headers)  # fmt: skip
    except Exception as error:  # noqa: BLE001 — any transport error leaves it for a later try
        failed_at = timezone.now()
        email.status = Status.GAVE_UP if email.attempts >= MAX_ATTEMPTS else Status.FAILED
        email.last_error = _error_name(error)
        if email.status == Status.FAILED:
            email.next_attempt_at = failed_at + RETRY_DELAYS[email.attempts - 1]
        logger.warning(
            "E-mail %s not sent (attempt %s, %s): %s",
            email.pk,
            email.attempts,
            email.status,
            email.last_error,
        )
    else:
        email.status = Status.SENT
        email.sent_at = timezone.now()
        email.last_error = ""
    email.claimed_until = None
    email.save(
        update_fields=["status", "last_error", "next_attempt_at", "sent_at", "claimed_until"]
    )
    if email.status == Status.FAILED:
        _enqueue_delivery(email.pk, run_after=email.next_attempt_at)
    return email.status


def _error_name(error):
    """The error's class and that of the error behind it ("SMTPServerDisconnected
    (TimeoutError)" for a server that never answered): never its text, which may quote the
    address."""
    name = type(error).__name__
    behind = error.__cause__ or error.__context__
    if behind is not None:
        name += f" ({type(behind).__name__})"
    return name[:200]


def emails_send_due():
    """Send every e-mail that is due (its task lost, or the worker stopped): the cron's safety
    net, with the same claim as the worker. Returns (sent, failed)."""
    due = list(OutboundEmail.objects.due().order_by("created_at").values_list("pk", flat=True))
    outcomes = [email_deliver(email_id=email_id) for email_id in due]
    sent = outcomes.count(Status.SENT)
    failed = outcomes.count(Status.FAILED) + outcomes.count(Status.GAVE_UP)
    return sent, failed


def emails_retry(*, emails):
    """Staff ask to try `emails` again now (one more try for those given up). Sent ones and
    those held back by the daily limit are left alone. Returns how many were queued."""
    with transaction.atomic():
        unsent = list(
            emails.exclude(status__in=[Status.SENT, Status.SKIPPED]).values_list("pk", flat=True)
        )
        OutboundEmail.objects.filter(pk__in=unsent, status=Status.GAVE_UP).update(
            status=Status.FAILED
        )
        OutboundEmail.objects.filter(pk__in=unsent).update(next_attempt_at=timezone.now())
        for email_id in unsent:
            transaction.on_commit(partial(_enqueue_delivery, email_id), robust=True)
    return len(unsent)


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
        "change_subscriptions": [
            {
                "page": _page_name(s),
                "asked": s.created_at,
                "confirmed": s.confirmed_at,
                "language": s.language,
            }
            for s in Subscription.objects.filter(email__iexact=email).select_related("content_type")
        ],  # fmt: skip
    }
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _page_name(subscription):
    """The subscribed page's name, or its kind and number if it was deleted since (one query)."""
    kind = subscription.content_type
    page = kind.model_class()._default_manager.filter(pk=subscription.object_id).first()
    return str(page) if page is not None else f"{kind.model} {subscription.object_id}"


@transaction.atomic
def personal_data_erase(*, email):
    """Erase what is held about one e-mail address. Attentions stay, without the link, as
    anonymous statistics. Returns how many records were erased."""
    erased = 0
    for queryset in (
        OutboundEmail.objects.filter(to__iexact=email),
        ContactMessage.objects.filter(email__iexact=email),
        ReturneeRegistration.objects.filter(email__iexact=email),
        Subscription.objects.filter(email__iexact=email),
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


# --- Subscriptions to a guide's or a line's significant changes -------------------------------

SUBSCRIPTION_SALT = "contact.subscription"
CONFIRM_SECONDS = 7 * 24 * 3600  # a confirmation link works for a week


def subscription_token(subscription, action):
    """A signed link's token: "confirm" (expires) or "leave" (works as long as the
    subscription exists); nothing is stored."""
    return signing.dumps([subscription.pk, action], salt=SUBSCRIPTION_SALT)


def _subscription_from(token, action, max_age=None):
    """The subscription a token names, or None when the token is forged, expired or for
    another action, or the subscription is gone."""
    try:
        pk, signed_action = signing.loads(token, salt=SUBSCRIPTION_SALT, max_age=max_age)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if signed_action != action:
        return None
    return Subscription.objects.filter(pk=pk).first()


def subscription_request(*, data, language, base_url):
    """Ask to be told of a page's significant changes (`data`: the form's `item`, the guide or
    line, and `email`): stored unconfirmed, and the confirmation link e-mailed (an automatic
    e-mail, under the mailbox's daily limit). Asking again for a confirmed subscription changes
    nothing; the visitor is told the same in every case."""
    item, email = data["item"], data["email"]
    content_type = ContentType.objects.get_for_model(type(item))
    with transaction.atomic():
        subscription, _created = Subscription.objects.get_or_create(
            email=email.strip(), content_type=content_type, object_id=item.pk,
            defaults={"language": language},
        )  # fmt: skip
        if subscription.confirmed_at is None:
            with translation.override(language):
                path = reverse("contact:subscription_confirm",
                               args=[subscription_token(subscription, "confirm")])  # fmt: skip
            email_queue(to=subscription.email, language=language, kind=Kind.SUBSCRIPTION,
                        template="contact/email/subscription_confirm",
                        context={"item": item, "confirm_url": base_url.rstrip("/") + path})  # fmt: skip
    return subscription


def subscription_confirm(*, token):
    subscription = _subscription_from(token, "confirm", max_age=CONFIRM_SECONDS)
    if subscription is not None and subscription.confirmed_at is None:
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["confirmed_at"])
    return subscription


def subscription_cancel(*, token):
    """One click: the subscription is deleted (True), or was already gone (False)."""
    subscription = _subscription_from(token, "leave")
    if subscription is None:
        return False
    subscription.delete()
    return True


def subscribed_item(item):
    """The guide or line whose subscribers hear of a change of `item` (a chapter's guide, a
    section's line): up the visibility parents."""
    while item is not None and not isinstance(item, (CountryGuide, ActionLine)):
        parent = getattr(type(item), "visibility_parent", None)
        item = getattr(item, parent, None) if parent else None
    return item


def change_alert_send(*, item, note, base_url):
    """The significant change of `item` e-mailed, once, to each confirmed subscriber of its
    guide or line, through the mail queue, with a one-click way to leave. Returns how many."""
    root = subscribed_item(item)
    if root is None:
        return 0
    subscriptions = Subscription.objects.for_item(root).filter(confirmed_at__isnull=False)
    queued = 0
    with transaction.atomic():
        for subscription in subscriptions:
            with translation.override(subscription.language):
                page_url = base_url + root.get_absolute_url()
                leave_url = base_url + reverse("contact:subscription_cancel",
                                               args=[subscription_token(subscription, "leave")])  # fmt: skip
                title = str(root)
                note_text = note.note
            email_queue(to=subscription.email, language=subscription.language,
                        kind=Kind.CHANGE_ALERT, template="contact/email/change_alert",
                        context={"title": title, "note": note_text, "date": note.made_at,
                                 "page_url": page_url, "leave_url": leave_url},
                        unsubscribe_url=leave_url)  # fmt: skip
            queued += 1
    return queued
