"""An employer registers an Andean worker's contract without an account: the rules decide at
once, the private link (also e-mailed) shows the state, the certificate (page, PDF, QR code)
and what can be done next; the verification page tells a third party only what they need."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from contact.models import OutboundEmail
from infomigra import roles
from sivitma import services
from sivitma.models import Registration

from .factories import PDF, MinimumWageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def setup(settings):
    settings.PAGE_CACHE_SECONDS = 0
    MinimumWageFactory(valid_from=datetime.date(2025, 1, 1), amount=Decimal("1130.00"))
    with time_machine.travel(datetime.datetime(2026, 12, 3, 12, 0), tick=False):
        yield


def url(name, language="es", **kwargs):
    with translation.override(language):
        return reverse(f"sivitma:{name}", kwargs=kwargs or None)


def form_data(**changes):
    data = {
        "ruc": "20131312955", "business_name": "Agroexportadora Los Andes S.A.C.",
        "employer_address": "Av. Principal 123, Ica", "employer_region": "ica",
        "economic_activity": "Agricultura", "email": "rrhh@example.com", "phone": "056 000000",
        "nationality": "BO", "document_type": "id_card", "document_number": "7012345",
        "given_names": "Juana Rosa", "surnames": "Quispe Mamani", "birth_date": "1995-03-14",
        "sex": "female", "education": "secondary", "occupation": "Operaria de campo",
        "category": "individual", "start_date": "2026-12-01", "end_date": "2027-11-30",
        "weekly_hours": "48", "monthly_pay": "1500.00", "workplace_region": "ica",
        "consent": "on",
        "contract_file": SimpleUploadedFile("contrato.pdf", PDF, "application/pdf"),
    }  # fmt: skip
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def register(client, language="es", **changes):
    response = client.post(url("register", language), form_data(**changes))
    return response


def token_of(response):
    return re.search(r"/(?:privado|private)/([^/]+)/", response["Location"]).group(1)


def test_a_contract_that_meets_the_rules_is_approved_at_once_with_its_certificate(client):
    response = register(client)
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.state == Registration.State.APPROVED
    assert registration.number == f"SIVITMA-2026-{registration.pk:06d}"
    token = token_of(response)
    assert registration.access_hash != token and token not in registration.access_hash

    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "Aprobado." in html and registration.number in html
    assert page["Referrer-Policy"] == "same-origin"
    assert "no-store" in page["Cache-Control"]
    assert url("certificate", token=token) in html and url("certificate_pdf", token=token) in html

    certificate = client.get(url("certificate", token=token)).content.decode()
    assert "Constancia de Trabajador Migrante Andino" in certificate
    assert '<svg role="img" aria-label="Código QR de verificación" class="qr-code"' in certificate
    verification = registration.get_verification_url()
    assert f"http://testserver{verification}" in certificate

    pdf = client.get(url("certificate_pdf", token=token))
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


def test_the_private_link_is_e_mailed_through_the_queue(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        response = register(client)
    email = OutboundEmail.objects.get()
    assert email.to == "rrhh@example.com" and email.kind == OutboundEmail.Kind.ACCESS_LINK
    assert f"http://testserver{response['Location']}" in email.body
    assert Registration.objects.get().number in email.subject
    assert "Quispe" not in email.body  # the link, not the worker's data


def test_the_signed_contract_is_kept_out_of_the_public_media_folder(client):
    token = token_of(register(client))
    registration = Registration.objects.get()
    stored = Path(registration.contract_file.path)
    assert stored.is_file() and Path(settings.SIVITMA_PRIVATE_ROOT) in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents
    download = client.get(url("contract_file", token=token))
    assert b"".join(download.streaming_content) == PDF


def test_pay_below_the_minimum_wage_is_refused_with_that_reason_and_can_be_corrected(client):
    token = token_of(register(client, monthly_pay="1000.00"))
    registration = Registration.objects.get()
    assert registration.state == Registration.State.REFUSED and registration.number is None
    html = client.get(url("manage", token=token)).content.decode()
    assert "Hay que corregir el registro" in html
    assert "menor que la remuneración mínima vital" in html
    assert client.get(url("certificate", token=token)).status_code == 302  # no certificate yet

    corrected = client.post(
        url("correct", token=token), form_data(monthly_pay="1130.00", contract_file=None)
    )
    assert corrected.status_code == 302
    registration.refresh_from_db()
    assert registration.state == Registration.State.APPROVED and registration.number
    assert registration.contract_file  # the contract already sent is kept


def test_a_refusal_reads_in_english_for_an_english_registration(client):
    token = token_of(register(client, "en", weekly_hours="60"))
    html = client.get(url("manage", "en", token=token)).content.decode()
    assert "cannot exceed 48 hours a week" in html


def test_bad_input_is_answered_400_with_the_problems_and_nothing_is_stored(client):
    response = register(client, ruc="20131312956", nationality="VE", contract_file=None)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html and "su último dígito no corresponde" in html
    assert Registration.objects.count() == 0


def test_a_private_link_that_is_wrong_or_expired_opens_nothing(client):
    token = token_of(register(client))
    assert client.get(url("manage", token="x" * 43)).status_code == 404
    Registration.objects.update(access_expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(url("manage", token=token)).status_code == 404


def test_verification_shows_only_what_a_third_party_needs(client):
    registration = RegistrationFactory(given_names="Juana Rosa", surnames="Quispe Mamani",
                                       document_number="7012345")  # fmt: skip
    html = client.get(registration.get_verification_url()).content.decode()
    assert "Constancia válida." in html and registration.number in html
    assert "J. R. Q. M." in html and "Agroexportadora Los Andes S.A.C." in html
    for private in ("Quispe", "7012345", "1995", "1500"):
        assert private not in html
    assert client.get(url("verify", code="no-such-code")).status_code == 404
    assert client.get(url("verify", code=registration.number)).status_code == 404  # not by number


def test_staff_annul_a_certificate_with_a_reason_and_verification_says_so_at_once(client, login_as):
    registration = RegistrationFactory()
    assert "Constancia válida." in client.get(registration.get_verification_url()).content.decode()
    login_as(roles.ATTENTION)
    annul = reverse("admin:sivitma_registration_annul", args=[registration.pk])
    assert client.post(annul, {"reason": ""}).status_code == 200  # a reason is required
    assert (
        client.post(annul, {"reason": "Contrato presentado con datos falsos."}).status_code == 302
    )
    registration.refresh_from_db()
    assert registration.state == Registration.State.ANNULLED and registration.annulled_by
    client.logout()
    html = client.get(registration.get_verification_url()).content.decode()
    assert "Constancia anulada." in html and "Constancia válida." not in html


def test_renewal_keeps_the_number_and_ending_closes_the_certificate(client):
    token = token_of(register(client))
    registration = Registration.objects.get()
    number = registration.number
    assert (
        client.post(
            url("renew", token=token), {"end_date": "2027-06-30", "monthly_pay": "1600"}
        ).status_code
        == 400
    )
    assert (
        client.post(
            url("renew", token=token), {"end_date": "2028-11-30", "monthly_pay": "1600"}
        ).status_code
        == 302
    )
    registration.refresh_from_db()
    assert (registration.number, registration.end_date) == (number, datetime.date(2028, 11, 30))
    assert client.post(url("end", token=token), {"ended_on": "2027-01-15"}).status_code == 302
    registration.refresh_from_db()
    assert registration.state == Registration.State.ENDED
    assert registration.end_date == datetime.date(2027, 1, 15)
    html = client.get(registration.get_verification_url()).content.decode()
    assert "Constancia no vigente." in html
    assert client.get(url("correct", token=token)).status_code == 302  # nothing left to change


def test_a_new_link_replaces_a_lost_one_and_tells_nobody_who_registered(client):
    old = token_of(register(client))
    registration = Registration.objects.get()
    mails_before = OutboundEmail.objects.count()
    wrong = client.post(
        url("link_request"), {"number": registration.number, "email": "otro@example.com"}
    )
    right = client.post(
        url("link_request"), {"number": registration.number.lower(), "email": "RRHH@example.com"}
    )
    assert wrong.status_code == right.status_code == 302
    assert OutboundEmail.objects.count() == mails_before + 1  # only for the right pair
    assert client.get(url("manage", token=old)).status_code == 404  # the old link stops


def test_the_monthly_report_counts_the_register(client, login_as):
    RegistrationFactory(nationality="BO", category="individual")
    RegistrationFactory(nationality="CO", category="seasonal")
    RegistrationFactory(nationality="BO", category="individual", state="refused")
    login_as(roles.DIRECTORATE)
    with translation.override("es"):
        html = client.get(reverse("stats:report"), {"month": "2026-12"}).content.decode()
    assert "Contratos registrados en SIVITMA" in html
    section = html.split("Contratos registrados por nacionalidad", 1)[1]
    row = re.search(r"<tr><th scope=\"row\">Bolivia</th>.*?</tr>", section).group(0)
    assert (
        row
        == '<tr><th scope="row">Bolivia</th><td class="number">2</td><td class="number">1</td></tr>'
    )


def test_one_workers_data_is_exported_and_erased_with_the_contract_file(
    client, login_as, django_capture_on_commit_callbacks
):
    registration = RegistrationFactory(document_number="7012345", nationality="BO")
    other = RegistrationFactory(document_number="7012345", nationality="CO")
    stored = Path(registration.contract_file.path)
    exported = services.personal_data_export(document_number="7012345", nationality="BO")
    assert registration.number in exported and other.number not in exported
    login_as(roles.ATTENTION)
    page = reverse("admin:sivitma_personal_data")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page, {"nationality": "BO", "document_number": "7012345",
                                      "erase": "1", "confirm": "yes"})  # fmt: skip
    assert response.status_code == 200
    assert list(Registration.objects.all()) == [other]
    assert not stored.exists()


def test_expired_registrations_are_purged():
    old = RegistrationFactory(
        start_date=datetime.date(2019, 1, 1), end_date=datetime.date(2020, 1, 1)
    )
    current = RegistrationFactory()
    assert services.personal_data_purge(older_than_days=1825) == 1
    assert list(Registration.objects.all()) == [current]
    assert not Registration.objects.filter(pk=old.pk).exists()
