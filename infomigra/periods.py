"""The one month parser: "which month?" is written YYYY-MM by people, forms and commands."""

import argparse
import datetime
import re

MONTH_FORMAT = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(value):
    """`"2026-11"` → `datetime.date(2026, 11, 1)`; ValueError saying what is expected otherwise."""
    match = MONTH_FORMAT.fullmatch(str(value).strip())
    if match and int(match[1]) >= 1 and 1 <= int(match[2]) <= 12:
        return datetime.date(int(match[1]), int(match[2]), 1)
    raise ValueError(f"use YYYY-MM, e.g. 2026-10 (not {value!r})")


def month_argument(value):
    """`parse_month` as an argparse `type=`: a bad month is a usage error with the message."""
    try:
        return parse_month(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
