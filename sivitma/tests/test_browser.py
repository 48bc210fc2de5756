"""SIVITMA in real Chromium on a 375 px phone: an employer registers a Bolivian worker's one-year
contract from the SIVITMA page, gets the certificate and its PDF at once, and the QR code
(decoded from the screen) opens the verification page, which says "valid"; a contract below
the minimum wage is refused with that reason (in English); staff annul the first and the
verification then says "annulled"; the monthly report counts both registrations."""

import datetime
import io
import re

import pytest
import zxingcpp
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from playwright.sync_api import expect
from pypdf import PdfReader

from infomigra import roles
from sivitma.models import Registration

from .factories import PDF

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def phone(live_server, page, tmp_path):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    page.set_viewport_size({"width": 375, "height": 812})
    return page


def fill_registration(page, contract, *, pay):
    today = timezone.localdate()
    texts = {
        "ruc": "20131312955", "business_name": "Agroexportadora Los Andes S.A.C.",
        "employer_address": "Av. Principal 123, Ica", "economic_activity": "Agricultura",
        "email": "rrhh@example.com", "phone": "056 000000", "document_number": "7012345",
        "given_names": "Juana Rosa", "surnames": "Quispe Mamani", "birth_date": "1995-03-14",
        "occupation": "Operaria de campo", "start_date": today.isoformat(),
        "end_date": (today + datetime.timedelta(days=364)).isoformat(), "weekly_hours": "48",
        "monthly_pay": pay,
    }  # fmt: skip
    for name, value in texts.items():
        page.locator(f"#id_{name}").fill(value)
    choices = {"employer_region": "ica", "nationality": "BO", "document_type": "id_card",
               "sex": "female", "education": "secondary", "category": "individual",
               "workplace_region": "ica"}  # fmt: skip
    for name, value in choices.items():
        page.locator(f"#id_{name}").select_option(value)
    page.locator("#id_contract_file").set_input_files(str(contract))
    page.locator("#id_consent").check()


def test_register_certify_verify_refuse_annul_and_count(
    live_server, phone, tmp_path, staff_user, assert_accessible
):
    contract = tmp_path / "contrato.pdf"
    contract.write_bytes(PDF)

    # From the SIVITMA page of the panel to the form, and the worker's contract registered.
    phone.goto(f"{live_server.url}/es/panel/sivitma/")
    phone.get_by_role("link", name="Registrar un contrato en SIVITMA").click()
    assert_accessible(phone)
    fill_registration(phone, contract, pay="1500.00")
    phone.get_by_role("button", name="Registrar el contrato").click()
    expect(phone.get_by_text("Aprobado.")).to_be_visible()
    number = phone.locator(".notice-success .reference").inner_text()
    assert re.fullmatch(r"SIVITMA-\d{4}-\d{6}", number)
    assert_accessible(phone)

    # The certificate's PDF, at once.
    pdf_link = phone.get_by_role("link", name="Descargar la constancia en PDF (A4)")
    pdf = phone.request.get(f"{live_server.url}{pdf_link.get_attribute('href')}")
    assert pdf.headers["content-type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.body())).pages)
    assert number in text and "Quispe" in text

    # Its QR code, read off the screen, opens the verification page: valid.
    phone.get_by_role("link", name="Ver e imprimir la constancia").click()
    assert_accessible(phone)
    qr = Image.open(io.BytesIO(phone.locator("svg.qr-code").screenshot())).convert("RGB")
    decoded = [result.text for result in zxingcpp.read_barcodes(qr)]
    assert len(decoded) == 1 and decoded[0].startswith(f"{live_server.url}/es/sivitma/verificar/")
    phone.goto(decoded[0])
    expect(phone.get_by_text("Constancia válida.")).to_be_visible()
    expect(phone.get_by_text("J. R. Q. M.")).to_be_visible()
    assert phone.get_by_text("7012345").count() == 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375  # nothing off screen
    assert_accessible(phone)

    # In English, a contract below the minimum wage is refused with that reason.
    phone.goto(f"{live_server.url}/en/sivitma/register/")
    fill_registration(phone, contract, pay="900.00")
    phone.get_by_role("button", name="Register the contract").click()
    expect(phone.get_by_role("heading", name="The registration needs correcting")).to_be_visible()
    expect(phone.get_by_text("below the minimum wage in force")).to_be_visible()
    assert_accessible(phone)

    # Staff annul the first certificate; the verification page says so.
    first = Registration.objects.get(number=number)
    user = staff_user(roles.ATTENTION, "atencion")
    user.set_password("una-clave-larga-2026")
    user.save()
    annul = reverse("admin:sivitma_registration_annul", args=[first.pk])
    phone.goto(f"{live_server.url}/admin/login/?next={annul}")
    phone.get_by_label("Usuario").fill("atencion")
    phone.get_by_label("Contraseña").fill("una-clave-larga-2026")
    phone.get_by_role("button", name="Iniciar sesión").click()
    phone.wait_for_url(f"**{annul}")
    phone.get_by_label("Motivo de la anulación").fill(
        "El empleador informó un error en el contrato."
    )
    with phone.expect_navigation():  # the annulment is stored before the next page is asked for
        phone.get_by_role("button", name="Anular la constancia").click()
    phone.goto(decoded[0])
    expect(phone.get_by_text("Constancia anulada.")).to_be_visible()
    assert phone.get_by_text("Constancia válida.").count() == 0

    # The monthly report counts both registrations (one approved, then annulled).
    directorate = Client()
    directorate.force_login(staff_user(roles.DIRECTORATE, "direccion"))
    with translation.override("es"):
        report = directorate.get(
            reverse("stats:report"), {"month": timezone.localdate().strftime("%Y-%m")}
        )
    html = report.content.decode()
    assert re.search(r"Registrados en el mes</th>\s*<td[^>]*>2</td>", html)
    assert re.search(r"Anulados en el mes</th>\s*<td[^>]*>1</td>", html)
