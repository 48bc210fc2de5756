"""Benchmark: a month of N visits in PostgreSQL, rolled up, and the time the report takes.

Run by `make bench` against a scratch database; not a test."""

import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from infomigra.periods import month_argument
from stats.services import Period, day_bounds, report_build, visits_rollup_days

INSERT = """
INSERT INTO stats_visit (time, path, language, country, line, component, content, referrer_host, device, visitor)
SELECT %(start)s::timestamptz + (random() * %(seconds)s) * interval '1 second',
       (ARRAY['/es/', '/es/lineas/vas-a-trabajar-en-el-extranjero/', '/es/guias/espana/',
              '/en/', '/es/noticias/', '/es/lineas/vas-a-retornar-al-peru/'])[1 + (n %% 6)],
       CASE WHEN n %% 8 = 0 THEN 'en' ELSE 'es' END,
       CASE WHEN n %% 100 < 74 THEN 'PE' WHEN n %% 100 < 82 THEN 'US' WHEN n %% 100 < 87 THEN 'ES'
            ELSE (ARRAY['IT','CL','AR','JP','BO','EC','CO'])[1 + (n %% 7)] END,
       CASE WHEN n %% 6 IN (1, 5) THEN 1 + (n %% 4) ELSE NULL END,
       (ARRAY['home', 'line', 'guides', 'home', 'news', 'line'])[1 + (n %% 6)],
       CASE WHEN n %% 6 IN (1, 5) THEN 'line:' || (1 + (n %% 4)) WHEN n %% 6 = 2 THEN 'guide:ES'
            ELSE '' END,
       CASE WHEN n %% 3 = 0 THEN 'www.google.com' ELSE '' END,
       (ARRAY['mobile', 'mobile', 'desktop', 'tablet'])[1 + (n %% 4)],
       substr(md5((n %% %(visitors)s)::text), 1, 16)
FROM generate_series(1, %(visits)s) AS n
"""


class Command(BaseCommand):
    help = "Load N visits for a month into PostgreSQL, roll them up and time the monthly report."

    def add_arguments(self, parser):
        parser.add_argument("--visits", type=int, default=1_000_000)
        parser.add_argument("--month", type=month_argument, default="2026-10", help="YYYY-MM")
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args, visits, month, runs, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "The benchmark measures PostgreSQL: set DATABASE_URL to a scratch database."
            )
        period = Period.of_month(month)
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE stats_visit, stats_dailyvisits")
            cursor.execute(INSERT, {"start": day_bounds(period.start)[0], "seconds": period.days * 86400 - 1,
                                    "visitors": max(visits // 3, 1), "visits": visits})  # fmt: skip
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
        with translation.override("es"):
            for _ in range(runs):
                started = time.perf_counter()
                report = report_build(period=period)
                render_to_string("stats/report.html", {"form": None, **report}, request=request)
                timings.append(time.perf_counter() - started)
        self.stdout.write(
            f"visits={report['totals']['visits']} load={loaded:.1f}s rollup={rolled:.1f}s "
            f"report median={statistics.median(timings) * 1000:.0f}ms max={max(timings) * 1000:.0f}ms"
        )
