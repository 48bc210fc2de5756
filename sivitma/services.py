"""What changes a registration: submitted, corrected, renewed, ended (by whoever holds the private
link), decided and annulled (by staff), and the personal data of one worker exported or erased.
Each re-applies the rules (`sivitma.rules`) where the contract changed, and e-mails go through
the contact app's queue after commit."""

import datetime
import json
import logging

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from contact.models import OutboundEmail
from contact.services import email_queue

from . import rules
from .models import Registration

logger = logging.getLogger(__name__)
State = Registration.State


def _apply_rules(registration):
    """Set the state and findings the rules give; an approval gets its number and date."""
    state, findings = rules.evaluate(registration)
    registration.state = state
    registration.findings = [finding.code for finding in findings]
    if state == State.APPROVED:
        _approve(registration, user=None)


def _approve(registration, *, user):
    registration.state = State.APPROVED
    if registration.number is None:
        registration.decided_at = timezone.now()
        registration.decided_by = user
        if registration.pk:
            registration.assign_number()


def _private_url(registration, token):
    with translation.override(registration.language):
        return reverse("sivitma:manage", kwargs={"token": token})


def _send_link(registration, token, *, base_url):
    email_queue(
        to=registration.email,
        language=registration.language,
        kind=OutboundEmail.Kind.ACCESS_LINK,
        template="sivitma/email/private_link",
        context={"registration": registration, "url": base_url + _private_url(registration, token)},
    )


@transaction.atomic
def registration_submit(*, data, language, base_url):
    """Store a new registration, decided by the rules at once; returns it and the private
    link's token (the submitter is sent to it; the e-mail carries it too)."""
    registration = Registration(language=language, **data)
    registration.ensure_verification_code()
    token = registration.new_access_token()
    _apply_rules(registration)
    registration.save()
    if registration.state == State.APPROVED and registration.number is None:
        registration.assign_number()
        registration.save(update_fields=["number"])
    _send_link(registration, token, base_url=base_url)
    logger.info("SIVITMA registration %s: %s", registration.pk, registration.state)
    return registration, token


@transaction.atomic
def registration_correct(*, registration, data):
    """The submitter corrects a registration (observed, in review or approved): the rules are
    applied again. An annulled or ended registration cannot be changed."""
    if not registration.can("correct"):
        raise ValueError(registration.state)
    for name, value in data.items():
        setattr(registration, name, value)
    _apply_rules(registration)
    registration.save()
    return registration


@transaction.atomic
def registration_renew(*, registration, end_date, monthly_pay):
    """A further period of the same contract: new end date (or indefinite) and pay, checked
    again by the rules; the certificate keeps its number."""
    if not registration.can("renew"):
        raise ValueError(registration.state)
    registration.end_date = end_date
    registration.monthly_pay = monthly_pay
    _apply_rules(registration)
    registration.save()
    return registration


@transaction.atomic
def registration_end(*, registration, on):
    """The contract ended early (or on its date): the certificate is valid until `on`."""
    if not registration.can("end"):
        raise ValueError(registration.state)
    registration.state = State.ENDED
    registration.ended_on = on
    if registration.end_date is None or registration.end_date > on:
        registration.end_date = on
    registration.save()
    return registration


@transaction.atomic
def registration_decide(*, registration, approve, user):
    """Staff decide a borderline case: approved (it gets its number) or sent back to be
    corrected, keeping the findings that sent it to review."""
    if registration.state != State.REVIEW:
        raise ValueError(registration.state)
    if approve:
        _approve(registration, user=user)
    else:
        registration.state = State.REFUSED
    registration.save()
    return registration


@transaction.atomic
def registration_annul(*, registration, reason, user):
    if registration.state == State.ANNULLED:
        raise ValueError(registration.state)
    registration.state = State.ANNULLED
    registration.annulment_reason = reason
    registration.annulled_at = timezone.now()
    registration.annulled_by = user
    registration.save()
    logger.info("SIVITMA registration %s annulled by user %s", registration.pk, user.pk)
    return registration


@transaction.atomic
def access_link_send(*, number, email, base_url):
    """A new private link for whoever registered certificate `number` with `email` (the old
    link stops working). Says nothing about whether they matched: the page answers the same."""
    registration = (
        Registration.objects.select_for_update()
        .filter(number=number.strip().upper(), email__iexact=email.strip())
        .first()
    )
    if registration is None:
        return False
    token = registration.new_access_token()
    registration.save(update_fields=["access_hash", "access_expires_at"])
    _send_link(registration, token, base_url=base_url)
    return True


# --- Ley 29733: one worker's data --------------------------------------------------------------
def _worker(document_number, nationality):
    return Registration.objects.filter(
        document_number=document_number.strip(), nationality=nationality
    )


def personal_data_export(*, document_number, nationality):
    """Everything held about one worker, as JSON text."""
    fields = [
        "number", "state", "created_at", "ruc", "business_name", "nationality",
        "document_type", "document_number", "given_names", "surnames", "birth_date", "sex",
        "education", "occupation", "category", "start_date", "end_date", "weekly_hours",
        "monthly_pay", "workplace_region", "ended_on", "annulled_at", "annulment_reason",
    ]  # fmt: skip
    rows = [
        {name: str(value) if name == "nationality" else value for name, value in row.items()}
        for row in _worker(document_number, nationality).values(*fields)
    ]
    return json.dumps(
        {"exported_at": timezone.now(), "registrations": rows},
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
        indent=2,
    )


@transaction.atomic
def personal_data_erase(*, document_number, nationality):
    """Erase one worker's registrations and their signed contracts. Returns how many."""
    registrations = list(_worker(document_number, nationality))
    for registration in registrations:
        _delete_with_file(registration)
    return len(registrations)


def _delete_with_file(registration):
    stored = registration.contract_file
    registration.delete()
    if stored:
        transaction.on_commit(lambda: stored.storage.delete(stored.name))


@transaction.atomic
def personal_data_purge(*, older_than_days):
    """Erase registrations whose contract ended (or that were annulled, or never approved) more
    than `older_than_days` ago (retention policy)."""
    cutoff = timezone.localdate() - datetime.timedelta(days=older_than_days)
    expired = Registration.objects.filter(
        Q(end_date__lt=cutoff)
        | Q(state=State.ANNULLED, annulled_at__date__lt=cutoff)
        | Q(number=None, created_at__date__lt=cutoff)
    )
    count = 0
    for registration in expired:
        _delete_with_file(registration)
        count += 1
    return count
