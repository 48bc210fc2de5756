"""Benchmark: a month of N visits in PostgreSQL, rolled up, and the time the report takes.

Run by `make bench` against a scratch database; not a test."""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory, override_settings
from django.utils import translation
from django_countries import countries

from infomigra.periods import month_argument
from stats.services import Period, day_bounds, report_build, visits_rollup_days

# A month with the variety of a real one: 2,500 pages, every country (74 % Peru, 8 % the United
# States, 5 % Spain, as the service's systematisation found, the rest spread over 240 others),
# 600 referring sites, 300 sections, four devices and two languages.
INSERT = """
INSERT INTO stats_visit (time, path, language, country, line, component, content, referrer_host, device, visitor)
SELECT %(start)s::timestamptz + (random() * %(seconds)s) * interval '1 second',
       CASE WHEN n %% 2 = 0 THEN '/es/lineas/seccion-' ELSE '/en/lines/section-' END
            || ((n::bigint * 7919) %% %(paths)s) || '/',
       CASE WHEN n %% 8 = 0 THEN 'en' ELSE 'es' END,
       CASE WHEN n %% 100 < 74 THEN 'PE' WHEN n %% 100 < 82 THEN 'US' WHEN n %% 100 < 87 THEN 'ES'
            ELSE (%(countries)s::text[])[1 + ((n::bigint * 31) %% %(country_count)s)] END,
       CASE WHEN n %% 6 IN (1, 5) THEN 1 + (n %% 4) ELSE NULL END,
       (ARRAY['home', 'line', 'guides', 'home', 'news', 'line'])[1 + (n %% 6)],
       CASE WHEN n %% 6 IN (1, 5) THEN 'section:' || ((n::bigint * 13) %% %(sections)s)
            WHEN n %% 6 = 2 THEN 'guide:ES' ELSE '' END,
       CASE WHEN n %% 3 = 0 THEN 'www.referrer-' || (((n / 3)::bigint * 17) %% %(referrers)s) || '.example'
            ELSE '' END,
       (ARRAY['mobile', 'mobile', 'desktop', 'tablet'])[1 + (n %% 4)],
       substr(md5((n %% %(visitors)s)::text), 1, 16)
FROM generate_series(1, %(visits)s) AS n
"""
VARIETY = {"paths": 2500, "sections": 300, "referrers": 600}


class Command(BaseCommand):
    help = "Load N visits for a month into PostgreSQL, roll them up and time the monthly report."

    def add_arguments(self, parser):
        parser.add_argument("--visits", type=int, default=1_000_000)
        parser.add_argument("--month", type=month_argument, default="2026-10", help="YYYY-MM")
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument(
            "--max-ms", type=int, default=500,
            help="fail when the report's median (build and render) takes longer (default 500)",
        )  # fmt: skip

    def handle(self, *args, visits, month, runs, max_ms, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "The benchmark measures PostgreSQL: set DATABASE_URL to a scratch database."
            )
        period = Period.of_month(month)
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE stats_visit, stats_dailyvisits")
            others = [code for code, _name in countries if code not in ("PE", "US", "ES")]
            cursor.execute(INSERT, {"start": day_bounds(period.start)[0], "seconds": period.days * 86400 - 1,
                                    "visitors": max(visits // 3, 1), "visits": visits,
                                    "countries": others, "country_count": len(others),
                                    **VARIETY})  # fmt: skip
            cursor.execute(
                "SELECT count(DISTINCT path), count(DISTINCT country), count(DISTINCT referrer_host)"
                " FROM stats_visit"
            )
            variety = cursor.fetchone()
            cursor.execute("ANALYZE stats_visit")
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        visits_rollup_days(start=period.start, end=period.end)
        rolled = time.perf_counter() - started

        request = RequestFactory(SERVER_NAME="127.0.0.1").get("/es/estadisticas/")
        request.user = type(
            "Director", (), {"is_authenticated": True, "has_perm": lambda *a: True}
        )()
        timings = []
        # rendered as the page is, with static addresses not needing collectstatic first
        storages = {**settings.STORAGES, "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # fmt: skip
        with (
            translation.override("es"),
            override_settings(ALLOWED_HOSTS=["127.0.0.1"], STORAGES=storages),
        ):
            for _ in range(runs):
                started = time.perf_counter()
                report = report_build(period=period)
                render_to_string("stats/report.html", {"form": None, **report}, request=request)
                timings.append(time.perf_counter() - started)
        median = statistics.median(timings) * 1000
        self.stdout.write(
            f"visits={report['totals']['visits']} paths={variety[0]} countries={variety[1]} "
            f"referrers={variety[2] - 1} load={loaded:.1f}s rollup={rolled:.1f}s "
            f"report median={median:.0f}ms max={max(timings) * 1000:.0f}ms (goal {max_ms} ms)"
        )
        if median > max_ms:
            raise CommandError(f"The report took {median:.0f} ms (median), over {max_ms} ms.")
