"""Readers follow what changed (issue 11, GOV.UK style): an editor marks a change as
significant with a note in both languages; the page shows it as "last updated", its public
history lists it; visitors subscribe to a guide or a line by e-mail (double opt-in, no account),
get exactly one alert through the mail queue when a significant change is published, leave with
one click, and are erased with their other data (Ley 29733)."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from contact import services
from contact.models import OutboundEmail, Subscription
from infomigra import roles
from infomigra.models import ChangeNote, Status
from infomigra.tests.test_editorial import guide_form
from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory

pytestmark = pytest.mark.django_db(transaction=True)  # alerts go after the editor's commit


def es(name, *args):
    with translation.override("es"):
        return reverse(name, args=args)


@pytest.fixture
def spain():
    return CountryGuideFactory(country="ES", title_es="Guía de España", title_en="Spain guide",
                               slug_es="espana", slug_en="spain")  # fmt: skip


def subscribe(client, item_key, email="rosa@example.com"):
    client.get(es("contact:subscribe"))
    return client.post(es("contact:subscribe"), {"item": item_key, "email": email,
                                                  "consent": "on"}, follow=True)  # fmt: skip


def send_pending():
    """What the worker (or the cron safety net) does with the queued e-mails."""
    call_command("contact_send_pending", stdout=open("/dev/null", "w"))  # noqa: SIM115


def link_in(email, name):
    return re.search(r"https?://\S+" + re.escape(name) + r"\S+/", email.body).group(0)


def test_a_significant_change_shows_on_the_page_and_its_history(client, login_as, spain):
    login_as(roles.EDITORS)
    change = reverse("admin:lines_countryguide_change", args=[spain.pk])
    client.post(
        change, guide_form(spain, summary_es="Resumen corregido", _publish="1")
    )  # a style fix
    assert not ChangeNote.objects.exists()
    response = client.post(change, guide_form(
        spain, significant_change="on", change_note_es="Nuevo visado para buscar empleo",
        change_note_en="New job-seeking visa", _publish="1"))  # fmt: skip
    assert response.status_code == 302
    client.logout()
    page = client.get(spain.get_absolute_url()).content.decode()
    assert "Última actualización:" in page and "Nuevo visado para buscar empleo" in page
    history_url = es("change_history", "lines.countryguide", spain.pk)
    assert history_url in page
    history = client.get(history_url).content.decode()
    assert "Nuevo visado para buscar empleo" in history
    with translation.override("en"):
        english = client.get(spain.get_absolute_url()).content.decode()
    assert "Last updated:" in english and "New job-seeking visa" in english


def test_a_significant_change_needs_its_note(client, login_as, spain):
    login_as(roles.EDITORS)
    response = client.post(reverse("admin:lines_countryguide_change", args=[spain.pk]),
                           guide_form(spain, significant_change="on"))  # fmt: skip
    assert response.status_code == 200
    assert "Escribe la nota del cambio para los lectores." in response.content.decode()


def test_the_history_of_a_draft_is_not_public(client, spain):
    spain.status = Status.DRAFT
    spain.save()
    assert client.get(es("change_history", "lines.countryguide", spain.pk)).status_code == 404
    assert client.get(es("change_history", "auth.user", 1)).status_code == 404


def test_subscribe_confirm_alert_once_and_leave_with_one_click(client, login_as, spain):
    # the guide page offers the box; the visitor subscribes and must confirm
    page = client.get(spain.get_absolute_url()).content.decode()
    assert f'name="item" value="lines.countryguide:{spain.pk}"' in page
    visitor = Client()
    response = subscribe(visitor, f"lines.countryguide:{spain.pk}")
    assert "Te enviamos un correo" in response.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None
    assert not mail.outbox  # stored first, sent by the worker
    send_pending()
    (confirmation,) = mail.outbox
    confirm_url = link_in(confirmation, "/avisos/confirmar/")
    confirm_path = confirm_url.split("testserver", 1)[1]
    assert "Confirmar" in visitor.get(confirm_path).content.decode()  # a GET confirms nothing
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None
    visitor.post(confirm_path)
    subscription.refresh_from_db()
    assert subscription.confirmed_at is not None
    # someone else asks without confirming: no alert for them
    subscribe(Client(), f"lines.countryguide:{spain.pk}", email="otra@example.com")
    send_pending()
    mail.outbox.clear()

    # an editor publishes a significant change of a chapter of the guide (through the guide)
    login_as(roles.EDITORS)
    client.post(reverse("admin:lines_countryguide_change", args=[spain.pk]), guide_form(
        spain, significant_change="on", change_note_es="Cambian los requisitos del visado",
        change_note_en="Visa requirements change", _publish="1"))  # fmt: skip
    send_pending()
    (alert,) = mail.outbox
    assert alert.to == ["rosa@example.com"]
    assert "Cambian los requisitos del visado" in alert.body
    leave_url = link_in(alert, "/avisos/baja/")
    assert alert.extra_headers["List-Unsubscribe"] == f"<{leave_url}>"
    assert alert.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert OutboundEmail.objects.filter(kind=OutboundEmail.Kind.CHANGE_ALERT).count() == 1

    # one click from the mail program (RFC 8058: a POST without any form token)
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(leave_url.split("testserver", 1)[1],
                           {"List-Unsubscribe": "One-Click"})  # fmt: skip
    assert response.status_code == 200
    assert not Subscription.objects.filter(email="rosa@example.com").exists()


def test_a_sections_change_reaches_its_lines_subscribers():
    line = ActionLineFactory(number=1)
    section = SectionFactory(line=line)
    subscription = Subscription.objects.create(email="a@example.com", language="en",
                                               content_type_id=_ct(line), object_id=line.pk)  # fmt: skip
    from django.utils import timezone

    subscription.confirmed_at = timezone.now()
    subscription.save()
    note = ChangeNote.objects.create(item=section, note_es="Nuevo trámite", note_en="New step")
    assert services.change_alert_send(item=section, note=note, base_url="https://x.pe") == 1
    send_pending()
    (alert,) = mail.outbox
    assert "New step" in alert.body and "https://x.pe/en/" in alert.body


def _ct(item):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(type(item)).pk


def test_a_forged_page_or_a_draft_cannot_be_subscribed_to(spain):
    visitor = Client()
    assert subscribe(visitor, "auth.user:1").status_code == 400
    spain.status = Status.DRAFT
    spain.save()
    assert subscribe(visitor, f"lines.countryguide:{spain.pk}").status_code == 400
    assert not Subscription.objects.exists()


def test_subscriptions_are_exported_and_erased_with_the_persons_data(spain):
    subscribe(Client(), f"lines.countryguide:{spain.pk}")
    assert '"change_subscriptions"' in services.personal_data_export(email="rosa@example.com")
    assert "Guía de España" in services.personal_data_export(email="rosa@example.com")
    services.personal_data_erase(email="rosa@example.com")
    assert not Subscription.objects.exists()


def test_the_box_on_the_page_carries_the_visitors_form_token(spain):
    """The box is a fragment another app's page shows (a slot): it must carry the page's CSRF
    token, for the first visitor and for the next, served from the page cache."""
    for email in ("uno@example.com", "dos@example.com"):
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(spain.get_absolute_url()).content.decode()
        token = re.search(r'class="subscribe-form">\s*<input type="hidden" '
                          r'name="csrfmiddlewaretoken" value="([^"]+)"', page)  # fmt: skip
        assert token, "the subscribe form has no CSRF token"
        response = visitor.post(es("contact:subscribe"), {
            "item": f"lines.countryguide:{spain.pk}", "email": email, "consent": "on",
            "csrfmiddlewaretoken": token.group(1)}, follow=True)  # fmt: skip
        assert response.status_code == 200
    assert Subscription.objects.count() == 2
