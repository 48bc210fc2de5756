"""The report of the month in course reads today live (the nightly roll-up has not run yet)
and says up to when; every report has the twelve-month trend and the figures since the first
day on record, like the service's own systematisation."""

import datetime

import pytest
import time_machine
from django.utils import timezone

from contact.models import Attention
from stats.models import DailyVisits, Dimension, Visit
from stats.services import Period, report_build

from .test_report import rows

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 12, 3, 15, 30)


@pytest.fixture(autouse=True)
def now():
    with time_machine.travel(timezone.make_aware(NOW), tick=False):
        yield


def raw_visit(day, hour=10, visitor="a"):
    return Visit.objects.create(
        time=timezone.make_aware(datetime.datetime(2026, 12, day, hour)), path="/es/",
        language="es", country="PE", component="home", device="mobile", visitor=visitor,
    )  # fmt: skip


def test_the_month_in_course_counts_today_before_the_nightly_roll_up():
    raw_visit(2)
    raw_visit(3, visitor="b")
    raw_visit(3, visitor="c")
    report = report_build(period=Period.month(2026, 12))
    assert report["totals"]["visits"] == 3
    assert rows(report, "daily")["2026-12-03"] == [2]
    assert timezone.localtime(report["data_until"]).date() == datetime.date(2026, 12, 3)
    raw_visit(3, hour=14, visitor="d")  # a later visit the same day: the next report sees it
    assert report_build(period=Period.month(2026, 12))["totals"]["visits"] == 4


def test_a_past_month_is_not_rolled_up_again_and_says_no_time():
    DailyVisits.objects.create(date=datetime.date(2026, 10, 5), dimension=Dimension.TOTAL,
                               key="", visits=7, visitors=5)  # fmt: skip
    report = report_build(period=Period.month(2026, 10))
    assert report["data_until"] is None and report["totals"]["visits"] == 7


def test_the_report_shows_twelve_months_of_visits():
    for month, visits in [(1, 10), (6, 20), (12, 5)]:
        DailyVisits.objects.create(date=datetime.date(2026, month, 2), dimension=Dimension.TOTAL,
                                   key="", visits=visits, visitors=visits)  # fmt: skip
    DailyVisits.objects.create(
        date=datetime.date(2025, 12, 2), dimension=Dimension.TOTAL, key="", visits=99, visitors=9
    )  # fmt: skip — a 13th month back
    trend = rows(report_build(period=Period.month(2026, 11)), "trend")
    assert list(trend) == [f"2025-{m:02d}" for m in (12,)] + [f"2026-{m:02d}" for m in range(1, 12)]
    assert trend["2025-12"] == [99] and trend["2026-01"] == [10] and trend["2026-06"] == [20]
    assert "2026-12" not in trend  # after the report's month


def test_the_figures_since_the_first_day_on_record():
    DailyVisits.objects.create(date=datetime.date(2026, 9, 10), dimension=Dimension.TOTAL,
                               key="", visits=30, visitors=20)  # fmt: skip
    DailyVisits.objects.create(date=datetime.date(2026, 10, 10), dimension=Dimension.TOTAL,
                               key="", visits=50, visitors=40)  # fmt: skip
    Attention.objects.create(date=datetime.date(2026, 8, 20), channel="phone",
                             migrant_type="returnee", topic="return")  # fmt: skip
    since = rows(report_build(period=Period.month(2026, 10)), "since_launch")
    assert since["Desde"] == ["2026-08-20"] and since["Meses"] == [3]
    assert since["Visitas"] == [80] and since["Atenciones"] == [1]
    assert since["Visitas por mes, en promedio"] == [26.7]


@pytest.mark.parametrize("days", [30, 120])
def test_the_nightly_roll_up_costs_the_same_however_long_the_history(days, settings):
    """Only the days not rolled up yet (and the last one again) are aggregated: a night with
    nothing new costs the same with 30 or 120 days of raw visits kept."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from stats.services import visits_rollup_pending

    settings.STATS_RAW_RETENTION_MONTHS = 13
    today = timezone.localdate()
    for back in range(1, days + 1):
        Visit.objects.create(
            time=timezone.make_aware(datetime.datetime.combine(
                today - datetime.timedelta(days=back), datetime.time(12))),
            path="/es/", language="es", country="PE", component="home", device="mobile",
            visitor="a",
        )  # fmt: skip
    visits_rollup_pending()  # the history, once
    with CaptureQueriesContext(connection) as night:
        visits_rollup_pending()
    assert len(night.captured_queries) <= 20, len(night.captured_queries)
    COSTS.setdefault("night", set()).add(len(night.captured_queries))
    assert len(COSTS["night"]) == 1  # the same for both histories


COSTS = {}
