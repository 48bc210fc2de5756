"""`make bench-report` runs `stats_bench`: a month with real variety, and a failure when the
report is slower than its goal. Measured on PostgreSQL only (the command refuses SQLite)."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the benchmark measures PostgreSQL")
def test_the_benchmark_loads_a_varied_month_and_fails_over_its_goal():
    out = io.StringIO()
    call_command("stats_bench", visits=6000, runs=1, max_ms=60_000, stdout=out)
    figures = dict(part.split("=", 1) for part in out.getvalue().split() if "=" in part)
    assert figures["visits"] == "6000"
    assert int(figures["paths"]) >= 2000 and int(figures["countries"]) >= 150
    assert int(figures["referrers"]) >= 500
    with pytest.raises(CommandError, match="over 0 ms"):
        call_command("stats_bench", visits=600, runs=1, max_ms=0, stdout=io.StringIO())


def test_the_benchmark_refuses_sqlite():
    if connection.vendor == "postgresql":
        pytest.skip("this one is about SQLite")
    with pytest.raises(CommandError, match="PostgreSQL"):
        call_command("stats_bench", visits=10, runs=1, stdout=io.StringIO())
