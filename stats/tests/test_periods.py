"""Which month: the report's form and the commands read YYYY-MM through the kernel's parser, and
month arithmetic goes by calendar months."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from stats.forms import PeriodForm
from stats.services import Period

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("command", ["stats_monthly_report", "stats_sample_data"])
def test_a_command_refuses_a_bad_month_saying_how_to_write_it(command):
    with pytest.raises(
        CommandError, match=r"--month: use YYYY-MM, e\.g\. 2026-10 \(not 'octubre'\)"
    ):
        call_command(command, "--month", "octubre")


def test_the_form_offers_last_month_and_reads_a_month():
    last = Period.last_month()
    assert f'value="{last.start:%Y-%m}"' in str(PeriodForm(initial={"month": last.start})["month"])
    form = PeriodForm({"month": "2026-02"})
    assert form.is_valid() and form.period() == Period.month(2026, 2)


def test_months_and_years_before_a_period_follow_the_calendar():
    assert Period.of_month(datetime.date(2026, 3, 31)) == Period.month(2026, 3)
    assert [Period.month(2028, m).end.day for m in (1, 2, 4, 12)] == [31, 29, 30, 31]
    assert Period.month(2027, 2).days == 28
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)
    assert Period.month(2026, 1).year_before() == Period.month(2025, 1)
    leap = Period(datetime.date(2028, 2, 29), datetime.date(2028, 3, 1))
    assert leap.year_before() == Period(datetime.date(2027, 2, 28), datetime.date(2027, 3, 1))
