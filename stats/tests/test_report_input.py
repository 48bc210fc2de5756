"""The report accepts periods from the portal's launch (23 July 2010, Directiva General N.°
001-2011-MTPE/3/17, exposición de motivos) to the end of next year; anything else is a form
error with a 400, never a 500."""

import datetime

import pytest
from django.utils import timezone

from infomigra import roles
from stats.forms import PeriodForm

pytestmark = pytest.mark.django_db
REPORT = "/es/estadisticas/"


@pytest.mark.parametrize(
    "query",
    [{"month": "0001-01"}, {"month": "9999-12"}, {"month": "2010-06"},
     {"start": "0001-01-01", "end": "0001-01-02"}, {"start": "9999-12-01", "end": "9999-12-31"}],
    ids=["year 1", "year 9999", "before the launch", "range in year 1", "range in year 9999"],
)  # fmt: skip
def test_a_period_outside_the_portals_life_is_a_form_error(client, login_as, query):
    login_as(roles.DIRECTORATE)
    response = client.get(REPORT, query)
    assert response.status_code == 400
    next_year = timezone.localdate().year + 1
    assert f"Elige un periodo entre 2010-07 y {next_year}-12." in response.content.decode()


def test_the_form_says_which_field_is_wrong():
    next_year = timezone.localdate().year + 1
    form = PeriodForm({"month": "9999-12"})
    assert form.errors == {"month": [f"Elige un periodo entre 2010-07 y {next_year}-12."]}
    form = PeriodForm({"start": "2010-06-30", "end": "2010-07-02"})
    assert form.errors == {"start": [f"Elige un periodo entre 2010-07 y {next_year}-12."]}


@pytest.mark.parametrize("month", ["2010-07", f"{datetime.date.today().year + 1}-12"])
def test_the_first_and_last_months_are_accepted(client, login_as, month):
    login_as(roles.DIRECTORATE)
    response = client.get(REPORT, {"month": month})
    assert response.status_code == 200
    assert response.context["period"].start == datetime.date.fromisoformat(f"{month}-01")
