"""Every approval rule on its own, and the RUC's check digit: a registration that meets the
rules is approved; one that breaks a rule is refused with that rule's reason; a borderline
case goes to staff review."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError

from sivitma import rules
from sivitma.models import Registration
from sivitma.validators import ruc_check_digit, validate_ruc

from .factories import MinimumWageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(datetime.datetime(2026, 12, 3, 12, 0), tick=False):
        yield


@pytest.fixture(autouse=True)
def wages():
    MinimumWageFactory(valid_from=datetime.date(2022, 5, 1), amount=Decimal("1025.00"))
    MinimumWageFactory(valid_from=datetime.date(2025, 1, 1), amount=Decimal("1130.00"))


def unsaved(**fields):
    return RegistrationFactory.build(number=None, **fields)


def codes(registration):
    return [finding.code for finding in rules.evaluate(registration)[1]]


def test_a_registration_that_meets_every_rule_is_approved():
    assert rules.evaluate(unsaved()) == (Registration.State.APPROVED, [])


@pytest.mark.parametrize(("country", "finding"), [("BO", []), ("CO", []), ("EC", []),
                                                   ("VE", ["not_andean"]), ("PE", ["not_andean"])])  # fmt: skip
def test_andean_nationality(country, finding):
    assert codes(unsaved(nationality=country)) == finding


@pytest.mark.parametrize(
    ("born", "refused"),
    [(datetime.date(2008, 11, 1), False), (datetime.date(2008, 11, 2), True)],
    ids=["18 on the first day", "one day short of 18"],
)
def test_adult_worker(born, refused):
    assert ("minor" in codes(unsaved(birth_date=born))) is refused


def test_coherent_dates():
    same_day = unsaved(start_date=datetime.date(2026, 11, 1), end_date=datetime.date(2026, 11, 1))
    assert codes(same_day) == ["end_before_start"]
    indefinite = unsaved(end_date=None)
    assert codes(indefinite) == []


def test_a_contract_registered_long_after_it_began_goes_to_review():
    late = unsaved(start_date=datetime.date(2026, 8, 1), end_date=datetime.date(2027, 7, 31))
    assert rules.evaluate(late)[0] == Registration.State.REVIEW
    assert codes(late) == ["late_start"]


@pytest.mark.parametrize(
    ("start", "pay", "refused"),
    [
        (datetime.date(2026, 11, 1), "1130.00", False),  # exactly the minimum in force
        (datetime.date(2026, 11, 1), "1129.99", True),
        (datetime.date(2024, 12, 31), "1025.00", False),  # the older minimum, on its last day
    ],
)
def test_pay_not_below_the_minimum_wage_in_force_on_the_start_date(start, pay, refused):
    registration = unsaved(start_date=start, end_date=None, monthly_pay=Decimal(pay))
    found = codes(registration)
    assert ("below_minimum_wage" in found) is refused


def test_a_start_date_before_any_known_minimum_wage_goes_to_review():
    registration = unsaved(start_date=datetime.date(2022, 4, 30), end_date=None)
    assert "no_minimum_wage" in codes(registration)


@pytest.mark.parametrize(("hours", "refused"), [(48, False), (49, True)])
def test_hours_within_the_legal_maximum(hours, refused):
    assert ("too_many_hours" in codes(unsaved(weekly_hours=hours))) is refused


def test_the_signed_contract_must_be_present():
    assert codes(unsaved(contract_file=None)) == ["no_contract"]


def test_the_same_worker_with_another_employer_on_overlapping_dates_goes_to_review():
    RegistrationFactory(document_number="4455667", ruc="20100047218",
                        start_date=datetime.date(2026, 6, 1), end_date=datetime.date(2026, 12, 31))  # fmt: skip
    overlapping = unsaved(document_number="4455667")
    assert rules.evaluate(overlapping) == (Registration.State.REVIEW,
                                           [rules.Finding("overlapping", rules.REVIEW)])  # fmt: skip
    after = unsaved(document_number="4455667", start_date=datetime.date(2027, 1, 1),
                    end_date=datetime.date(2027, 12, 31))  # fmt: skip
    assert codes(after) == []
    same_employer = unsaved(document_number="4455667", ruc="20100047218")
    assert codes(same_employer) == []


def test_every_problem_is_reported_at_once_and_refusal_wins_over_review():
    registration = unsaved(weekly_hours=60, monthly_pay=Decimal("900"),
                           start_date=datetime.date(2026, 8, 1), end_date=None)  # fmt: skip
    state, findings = rules.evaluate(registration)
    assert state == Registration.State.REFUSED
    assert [f.code for f in findings] == ["late_start", "below_minimum_wage", "too_many_hours"]
    assert all(str(f.message) for f in findings)


@pytest.mark.parametrize("ruc", ["20131312955", "20100047218", "10123456781"])
def test_valid_rucs(ruc):
    validate_ruc(ruc)


@pytest.mark.parametrize(
    ("ruc", "code"),
    [
        ("20131312956", "check_digit"),
        ("2013131295", "length"),
        ("2013131295a", "length"),
        ("30131312955", "prefix"),
    ],  # fmt: skip
)
def test_invalid_rucs(ruc, code):
    with pytest.raises(ValidationError) as error:
        validate_ruc(ruc)
    assert error.value.code == code


def test_check_digit_wraps_ten_and_eleven():
    # remainders that give 10 and 11 become 0 and 1 (SUNAT's rule)
    digits = {ruc_check_digit(f"20{n:08d}") for n in range(200)}
    assert digits <= set(range(10)) and {0, 1} <= digits
