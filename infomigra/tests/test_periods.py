"""The one month parser, in a command's argument and in a form field."""

import argparse
import datetime

import pytest
from django import forms

from infomigra.forms import MonthField
from infomigra.periods import month_argument, parse_month


@pytest.mark.parametrize(
    ("text", "month"),
    [("2026-11", datetime.date(2026, 11, 1)), ("2026-1", datetime.date(2026, 1, 1)),
     (" 2026-12 ", datetime.date(2026, 12, 1))],
)  # fmt: skip
def test_a_month_is_its_first_day(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize("text", ["", "octubre", "2026-13", "2026-00", "0000-05", "2026-10-01",
                                  "26-10", "2026/10"])  # fmt: skip
def test_anything_else_is_refused_saying_what_is_expected(text):
    with pytest.raises(ValueError, match=r"use YYYY-MM, e\.g\. 2026-10"):
        parse_month(text)


def test_a_command_argument_reports_a_bad_month_as_a_usage_error():
    parser = argparse.ArgumentParser(exit_on_error=False)
    parser.add_argument("--month", type=month_argument)
    assert parser.parse_args(["--month", "2026-10"]).month == datetime.date(2026, 10, 1)
    with pytest.raises(argparse.ArgumentError, match="use YYYY-MM"):
        parser.parse_args(["--month", "octubre"])


class MonthForm(forms.Form):
    month = MonthField(required=False)


def test_the_form_field_cleans_to_a_date_or_says_how_to_write_it():
    october = MonthForm({"month": "2026-10"})
    assert october.is_valid() and october.cleaned_data["month"] == datetime.date(2026, 10, 1)
    empty = MonthForm({"month": ""})
    assert empty.is_valid() and empty.cleaned_data["month"] is None
    bad = MonthForm({"month": "octubre"})
    assert not bad.is_valid()
    assert bad.errors["month"] == ["Escribe el mes como AAAA-MM, por ejemplo 2026-10."]


def test_the_form_field_shows_a_date_as_a_browser_month():
    html = str(MonthForm(initial={"month": datetime.date(2026, 10, 1)})["month"])
    assert 'type="month"' in html and 'value="2026-10"' in html
