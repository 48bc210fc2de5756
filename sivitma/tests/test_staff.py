"""What the attention staff do with the register: decide the borderline cases, export it
(a spreadsheet cannot take a cell for a formula), see on the dashboard what waits for them, and
keep the minimum wage table the rule reads."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse

from infomigra import roles
from sivitma.models import MinimumWage, Registration

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:sivitma_registration_changelist"


def test_staff_approve_a_borderline_case_and_it_gets_its_number(client, login_as):
    waiting = RegistrationFactory(state=Registration.State.REVIEW, findings=["overlapping"])
    back = RegistrationFactory(state=Registration.State.REVIEW, findings=["late_start"])
    user = login_as(roles.ATTENTION)
    client.post(reverse(CHANGELIST), {"action": "approve", "_selected_action": [waiting.pk]})
    client.post(reverse(CHANGELIST), {"action": "send_back", "_selected_action": [back.pk]})
    waiting.refresh_from_db()
    back.refresh_from_db()
    assert waiting.state == Registration.State.APPROVED and waiting.number
    assert waiting.decided_by == user
    assert back.state == Registration.State.REFUSED and back.number is None
    page = client.get(reverse("admin:sivitma_registration_change", args=[back.pk]))
    assert "El contrato empezó hace más de 90 días" in page.content.decode()


def test_the_dashboard_counts_the_cases_under_review(client, login_as):
    RegistrationFactory(state=Registration.State.REVIEW)
    RegistrationFactory()
    login_as(roles.ATTENTION)
    html = client.get(reverse("admin:index")).content.decode()
    assert "Contratos en revisión</a>: <strong>1</strong>" in html
    login_as(roles.EDITORS)
    assert "Contratos en revisión" not in client.get(reverse("admin:index")).content.decode()


def test_the_csv_export_cannot_carry_a_formula(client, login_as):
    registration = RegistrationFactory(business_name='=HYPERLINK("http://evil.example")')
    login_as(roles.ATTENTION)
    response = client.post(
        reverse(CHANGELIST), {"action": "export_csv", "_selected_action": [registration.pk]}
    )
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert registration.number in text and "'=HYPERLINK" in text
    assert ",Bolivia," not in text and ",BO," in text  # the country as its code


def test_the_demo_loads_the_minimum_wages_the_rule_reads():
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert MinimumWage.in_force_on(datetime.date(2024, 12, 31)).amount == Decimal("1025.00")
    assert MinimumWage.in_force_on(datetime.date(2025, 1, 1)).amount == Decimal("1130.00")
    assert MinimumWage.in_force_on(datetime.date(2022, 4, 30)) is None
    assert Registration.objects.count() == 0  # no personal data in the demo


def test_the_purge_command_erases_what_retention_allows(settings):
    settings.SIVITMA_RETENTION_DAYS = 365
    RegistrationFactory(start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2021, 1, 1))
    kept = RegistrationFactory()
    call_command("sivitma_purge_expired", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(Registration.objects.all()) == [kept]
