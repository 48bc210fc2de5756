"""`manage.py bench_pages`: the public pages' speed, as a ratio to a bare Django view measured in
the same run on the same machine (`make bench-pages`).

It starts the portal under gunicorn (2 sync workers, DEBUG off, the shared cache in Redis, visit
logging on) against this command's database, and beside it a bare Django 5.2 project written to
a temporary folder (one view rendering a 20 KB template, no database). wrk drives each page and
the bare view in interleaved rounds with 10 connections, sending a browser's User-Agent so that
every page view is logged as a visit; the medians are compared with the goals of issue 12. It
exits non-zero when a page is under its goal. Absolute figures depend on the machine; the
ratios are what is compared.
"""

import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
PAGE_GOAL, SEARCH_GOAL = 0.6, 0.3  # × the bare Django view
PAGE_P99_MS, SEARCH_P99_MS = 60, 150
UNCACHED = "search, a new address each time (no cache)"  # shown; the goals are for the rest

# A project as `django-admin startproject` writes it (its default apps, middleware and SQLite
# database, unused by the view), DEBUG off, and one view rendering a 20 KB template.
BARE_SETTINGS = """
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
TEMPLATES[0]["DIRS"] = [BASE_DIR / "templates"]
"""
BARE_URLS = """
from django.shortcuts import render

def page(request):
    return render(request, "page.html", {"items": range(80), "title": "Bare Django"})

urlpatterns.append(path("", page))
"""
PARAGRAPH = (
    "Información y orientación para trabajadores migrantes: requisitos, trámites, derechos y "
    "servicios en el Perú y en el extranjero, con enlaces a las fuentes oficiales. "
)


def _bare_template():
    items = "{% for item in items %}<li>Elemento {{ item }}: " + PARAGRAPH + "</li>{% endfor %}"
    body = "<p>" + PARAGRAPH * 12 + "</p>"
    return (
        "<!doctype html><html lang='es'><head><meta charset='utf-8'><title>{{ title }}</title>"
        f"</head><body><h1>{{{{ title }}}}</h1>{body}<ul>{items}</ul>{body}</body></html>"
    )


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CommandError(f"the server for {url} stopped at start-up")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:  # noqa: S310 (loopback)
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise CommandError(f"{url} did not answer within {seconds} s")


def _milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


# Every request a new address (same words, another `v`): nothing comes from the page cache.
UNCACHED_SCRIPT = """
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init(args) counter = 0 end
function request()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "&v=" .. id .. "-" .. counter)
end
"""


def wrk(url, *, duration, connections=10, threads=2, script=None):
    """req/s, p50 and p99 (ms), requests done and non-2xx answers of one wrk run."""
    extra = ["-s", script] if script else []
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", *extra,
         "-H", f"User-Agent: {BROWSER}", "-H", "Accept-Language: es", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _milliseconds(latency["50"]),
        "p99": _milliseconds(latency["99"]),
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
    }


class Command(BaseCommand):
    help = "Benchmark the public pages against a bare Django view (wrk, gunicorn, DEBUG off)."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=3)
        parser.add_argument("--duration", type=int, default=8, help="seconds per wrk run")
        parser.add_argument("--redis-db", type=int, default=12)

    def pages(self):
        from complementary.models import Event
        from lines.models import ActionLine, CountryGuide, Section

        with translation.override("es"):
            line = ActionLine.objects.published().order_by("number").first()
            section = Section.objects.published().filter(line=line).select_related("line").first()
            event = Event.objects.published().order_by("pk").first()
            guide = CountryGuide.objects.published().filter(country="ES").first()
            if not all((line, section, event, guide)):
                raise CommandError("no demo content: run manage.py load_demo_content first")
            return [
                ("home", "/es/"),
                ("line", line.get_absolute_url()),
                ("line section", section.get_absolute_url()),
                ("guide (Spain)", guide.get_absolute_url()),
                ("news list", reverse("complementary:news_list")),
                ("event detail", event.get_absolute_url()),
                ("contact form", reverse("contact:contact")),
                ("search ?q=trabajo", reverse("search") + "?q=trabajo"),
                (UNCACHED, reverse("search") + "?q=trabajo"),
                ("sitemap.xml", "/sitemap.xml"),
            ]

    def handle(self, *args, rounds, duration, redis_db, **options):
        if not shutil.which("wrk"):
            raise CommandError("wrk is not installed (make system-packages)")
        pages = self.pages()
        work = self.work = Path(tempfile.mkdtemp(prefix="infomigra-bench-"))
        processes = []
        try:
            portal_url, bare_url = self._start(work, processes, redis_db)
            self._measure(pages, portal_url, bare_url, rounds, duration)
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
            shutil.rmtree(work, ignore_errors=True)

    def _start(self, work, processes, redis_db):
        database_url = os.environ.get("DATABASE_URL", "")
        if not database_url.startswith("postgres"):
            self.stderr.write("Note: not PostgreSQL; the goals are set for PostgreSQL.")
        env = {
            **os.environ,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_SECURE_SSL_REDIRECT": "0",
            "DJANGO_STATIC_ROOT": str(work / "static"),
            "REDIS_URL": f"redis://127.0.0.1:6379/{redis_db}",
            "DJANGO_CACHE_KEY_PREFIX": f"bench-{secrets.token_hex(4)}",
            "DJANGO_LOG_LEVEL": "WARNING",
        }
        manage = [sys.executable, str(settings.BASE_DIR / "manage.py")]
        subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=env, check=True)
        portal_port, bare_port = _free_port(), _free_port()
        gunicorn = [sys.executable, "-m", "gunicorn", "--workers", "2", "--no-control-socket"]
        processes.append(
            subprocess.Popen(
                [*gunicorn, "--bind", f"127.0.0.1:{portal_port}", "infomigra.wsgi"],
                cwd=settings.BASE_DIR,
                env=env,
            )  # fmt: skip
        )
        bare = work / "bare"
        bare.mkdir()
        subprocess.run(
            [sys.executable, "-m", "django", "startproject", "bare", str(bare)], check=True
        )
        with open(bare / "bare" / "settings.py", "a") as settings_file:
            settings_file.write(BARE_SETTINGS)
        with open(bare / "bare" / "urls.py", "a") as urls_file:
            urls_file.write(BARE_URLS)
        (bare / "templates").mkdir()
        (bare / "templates" / "page.html").write_text(_bare_template())
        bare_env = {
            key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"
        }
        processes.append(
            subprocess.Popen(
                [*gunicorn, "--bind", f"127.0.0.1:{bare_port}", "bare.wsgi"],
                cwd=bare,
                env=bare_env,
            )  # fmt: skip
        )
        portal_url, bare_url = f"http://127.0.0.1:{portal_port}", f"http://127.0.0.1:{bare_port}/"
        _wait_until_up(portal_url + "/es/", processes[0])
        _wait_until_up(bare_url, processes[1])
        with urllib.request.urlopen(bare_url) as answer:  # noqa: S310 (loopback)
            size = len(answer.read())
        self.stdout.write(f"Bare Django view: {size / 1024:.1f} KB of HTML")
        return portal_url, bare_url

    def _measure(self, pages, portal_url, bare_url, rounds, duration):
        from stats.models import Visit

        script = self.work / "uncached.lua"
        script.write_text(UNCACHED_SCRIPT)
        for _name, path in pages:  # warm both workers' caches
            wrk(portal_url + path, duration=1)
        wrk(bare_url, duration=1)
        visits_before = Visit.objects.count()
        counted = 0
        results = {name: [] for name, _path in pages}
        bare = []
        for number in range(1, rounds + 1):
            self.stdout.write(f"Round {number} of {rounds} …")
            bare.append(wrk(bare_url, duration=duration))
            for name, path in pages:
                uncached = str(script) if name == UNCACHED else None
                result = wrk(portal_url + path, duration=duration, script=uncached)
                results[name].append(result)
                if name != "sitemap.xml":  # not a page view
                    counted += result["requests"] - result["errors"]
        self._report(pages, results, bare, Visit.objects.count() - visits_before, counted)

    def _report(self, pages, results, bare, visits, answered):
        def median(runs, key):
            return statistics.median(run[key] for run in runs)

        bare_rps = median(bare, "rps")
        rows = [("bare Django view", bare_rps, median(bare, "p50"), median(bare, "p99"), 1.0, "")]
        failed = []
        for name, _path in pages:
            rps, p99 = median(results[name], "rps"), median(results[name], "p99")
            is_search = name.startswith("search")
            goal, p99_goal = (SEARCH_GOAL, SEARCH_P99_MS) if is_search else (PAGE_GOAL, PAGE_P99_MS)
            ratio = rps / bare_rps
            errors = sum(run["errors"] for run in results[name])
            verdict = "ok" if ratio >= goal and p99 <= p99_goal and not errors else "BELOW GOAL"
            if name == UNCACHED:
                verdict = "(shown, no goal)" if not errors else "ERRORS"
            if verdict in ("BELOW GOAL", "ERRORS"):
                failed.append(name)
            rows.append((name, rps, median(results[name], "p50"), p99, ratio, verdict))
        self.stdout.write("")
        self.stdout.write("| page | req/s | p50 ms | p99 ms | × bare Django | goal |")
        self.stdout.write("|---|---|---|---|---|---|")
        for name, rps, p50, p99, ratio, verdict in rows:
            goal = verdict
            if verdict and name != UNCACHED:
                goal = (
                    f"≥ {SEARCH_GOAL} ×, p99 ≤ {SEARCH_P99_MS} ms: {verdict}"
                    if name.startswith("search")
                    else f"≥ {PAGE_GOAL} ×, p99 ≤ {PAGE_P99_MS} ms: {verdict}"
                )
            self.stdout.write(
                f"| {name} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {ratio:.2f} | {goal} |"
            )
        self.stdout.write("")
        self.stdout.write(
            f"Visits logged during the measured runs: {visits}; page views answered 200 as wrk "
            f"counted them: {answered} (wrk does not count the few requests still in flight "
            "when a run ends)."
        )
        if failed:
            raise CommandError("below the goal: " + ", ".join(failed))
