#!/usr/bin/env python3
"""`make cluster-test`: the reference deployment of deploy/ on one machine, under load, while its
parts fail in turn, and then the proof that nothing was lost.

It starts, in a temporary folder, everything a ministry's deployment has: PostgreSQL (its own
cluster, `initdb`/`pg_ctl`, so it can be restarted), Redis, an SMTP sink (aiosmtpd), an S3 server
(moto), two gunicorn instances of 2 workers each and the task worker (their command lines read
from deploy/systemd), and nginx with the site rendered from deploy/nginx. Then 40 clients, each
from its own loopback address (127.0.0.2 … 127.0.0.41), read pages (the sitemap's) and send the
public forms through nginx while, in turn:
  1. one app instance is killed with SIGKILL and started again;
  2. PostgreSQL is restarted;
  3. the SMTP server is stopped for 30 s;
  4. Redis is restarted.
The periodic commands run as their systemd timers would (more often, to stay bounded). Then it
checks, and prints as a table: visits stored = page views answered 200; messages stored = posts
answered with a reference; every acknowledgement delivered exactly once; rate limits shared by
both instances; an image uploaded through one instance read by the other; 5xx only while the
database was down; app processes alive with no restart. It stops everything it started.

Exit status 0 when every check holds. Needs Debian's nginx, redis-server and postgresql (server
binaries), and the project's virtualenv (`make install`)."""

import argparse
import contextlib
import http.client
import io
import json
import os
import random
import re
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv" / "bin"
sys.path.insert(0, str(ROOT / "deploy"))

import render  # noqa: E402 (deploy/render.py, beside this file)

PORTS = {"pg": 8351, "redis": 8352, "smtp": 8353, "s3": 8354, "a": 8355, "b": 8356,
         "https": 8357, "http": 8358}  # fmt: skip
HOST = f"localhost:{PORTS['https']}"
CLIENTS = [f"127.0.0.{n}" for n in range(2, 42)]  # 40 distinct client addresses
RATE_CLIENT = CLIENTS[-1]  # sends no form during the load: it tests the shared limit after
BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"  # fmt: skip
BUCKET = "infomigra-cluster"
POSTS_PER_FORM = 3  # per client and form: under the limit of 5 per 10 minutes
REFERENCE = re.compile(r"/((?:IM|VM|RP)-\d{4}-\d{6})/")


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- Processes ----------------------------------------------------------------------------------


class Cluster:
    def __init__(self, folder, duration):
        self.dir = Path(folder)
        self.duration = duration
        self.processes = {}
        self.env = {}
        self.events = []  # (name, start, end) of each fault
        self.db_down = []  # (start, end) windows when PostgreSQL was not answering
        self.restarts = {}
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.pg_bin = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]

    # helpers
    def start(self, name, command, *, env=None, log_name=None):
        out = open(self.dir / f"{log_name or name}.log", "ab")  # noqa: SIM115 (kept open)
        process = subprocess.Popen(command, env=env or self.env, stdout=out, stderr=out,
                                   cwd=ROOT, start_new_session=True)  # fmt: skip
        self.processes[name] = process
        return process

    def stop(self, name, sig=signal.SIGTERM, wait=True):
        process = self.processes.get(name)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        if wait:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)

    def manage(self, *args, env=None, check=True):
        return subprocess.run([str(VENV / "python"), "manage.py", *args], env=env or self.env,
                              cwd=ROOT, check=check, capture_output=True, text=True)  # fmt: skip

    def pg_ctl(self, *args):
        subprocess.run([*self.as_postgres, str(self.pg_bin / "pg_ctl"), "-D", str(self.dir / "pg"),
                        "-l", str(self.dir / "postgresql.log"), *args],
                       check=True, capture_output=True)  # fmt: skip

    # the parts
    def start_postgres(self):
        (self.dir / "pg").mkdir()
        if self.as_postgres:
            shutil.chown(self.dir / "pg", "postgres")
            (self.dir / "postgresql.log").touch()
            shutil.chown(self.dir / "postgresql.log", "postgres")
        subprocess.run([*self.as_postgres, str(self.pg_bin / "initdb"), "-D", str(self.dir / "pg"),
                        "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True)  # fmt: skip
        options = (f"-p {PORTS['pg']} -c listen_addresses=127.0.0.1 -c unix_socket_directories= "
                   "-c fsync=off -c max_connections=200")  # fmt: skip
        self.pg_options = options
        self.pg_ctl("-o", options, "-w", "start")
        import psycopg2

        with contextlib.closing(psycopg2.connect(host="127.0.0.1", port=PORTS["pg"],
                                                 user="postgres", dbname="postgres")) as db:  # fmt: skip
            db.autocommit = True
            db.cursor().execute("CREATE DATABASE infomigra")

    def start_redis(self):
        self.start("redis", ["redis-server", "--port", str(PORTS["redis"]), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no"])  # fmt: skip
        wait_for_port(PORTS["redis"])

    def start_smtp(self):
        self.start(
            "smtp", [str(VENV / "python"), __file__, "--smtp-sink", str(self.dir / "mail.jsonl")]
        )
        wait_for_port(PORTS["smtp"])

    def start_s3(self):
        self.start("s3", [str(VENV / "moto_server"), "-H", "127.0.0.1", "-p", str(PORTS["s3"])])
        wait_for_port(PORTS["s3"])
        import boto3

        self.s3 = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{PORTS['s3']}",
                               region_name="us-east-1", aws_access_key_id="cluster",
                               aws_secret_access_key="cluster")  # noqa: S106 (a local test server) # fmt: skip
        self.s3.create_bucket(Bucket=BUCKET)
        # what the ministry's bucket policy says too: anyone (the web server's proxy) may read
        # media/, nobody may read sivitma-private/ (deploy/README.md)
        self.s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                           "Resource": f"arn:aws:s3:::{BUCKET}/media/*"}],
        }))  # fmt: skip

    def environment(self):
        (self.dir / "static").mkdir()
        (self.dir / "media").mkdir()
        self.env = {
            **{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL")},
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "cluster-test-only-" + "x" * 40,
            "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
            "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
            "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
            "DJANGO_TRUSTED_PROXIES": "1",
            "DJANGO_STATIC_ROOT": str(self.dir / "static"),
            "DJANGO_MEDIA_ROOT": str(self.dir / "media"),
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PORTS['pg']}/infomigra",
            "REDIS_URL": f"redis://127.0.0.1:{PORTS['redis']}/1",
            "DJANGO_EMAIL_HOST": "127.0.0.1",
            "DJANGO_EMAIL_PORT": str(PORTS["smtp"]),
            "DJANGO_EMAIL_TIMEOUT": "5",
            "DJANGO_S3_BUCKET": BUCKET,
            "DJANGO_S3_ENDPOINT_URL": f"http://127.0.0.1:{PORTS['s3']}",
            "DJANGO_S3_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "cluster",
            "AWS_SECRET_ACCESS_KEY": "cluster",
            "DJANGO_OTP_REQUIRED": "0",
            "SIVITMA_PRIVATE_ROOT": str(self.dir / "private"),
            "STATS_SPOOL_DIR": str(self.dir / "spool-a"),
            "INFOMIGRA_WEB_WORKERS": "2",
            "INFOMIGRA_BIND_HOST": "127.0.0.1",
            "DJANGO_SUPERUSER_PASSWORD": "cluster-editor-2026",
        }

    def instance_env(self, name):
        return {**self.env, "STATS_SPOOL_DIR": str(self.dir / f"spool-{name}")}

    def unit_command(self, unit, instance=""):
        """The ExecStart of a unit in deploy/systemd, for this checkout and these variables."""
        text = (ROOT / "deploy" / "systemd" / unit).read_text()
        line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
        command = line.removeprefix("ExecStart=").replace("/srv/infomigra/.venv/bin/", f"{VENV}/")
        command = command.replace("%i", instance)
        command = re.sub(r"\$\{(\w+)\}", lambda m: self.env[m.group(1)], command)
        return command.split()

    def start_app(self, name):
        command = self.unit_command("infomigra-web@.service", str(PORTS[name]))
        command = [
            part if part != "-" else str(self.dir / f"access-{name}.log") for part in command
        ]
        self.start(f"app-{name}", command, env=self.instance_env(name), log_name=f"app-{name}")
        wait_for_port(PORTS[name])

    def start_worker(self):
        self.start("worker", self.unit_command("infomigra-worker.service"))

    def start_nginx(self):
        folder = self.dir / "nginx"
        folder.mkdir()
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=localhost", "-keyout", str(folder / "key.pem"),
                        "-out", str(folder / "cert.pem")], check=True, capture_output=True)  # fmt: skip
        site = render.nginx({**self.env,
                             "INFOMIGRA_SERVER_NAME": "localhost",
                             "INFOMIGRA_HTTP_LISTEN": f"127.0.0.1:{PORTS['http']}",
                             "INFOMIGRA_HTTPS_LISTEN": f"127.0.0.1:{PORTS['https']}",
                             "INFOMIGRA_TLS_CERT": str(folder / "cert.pem"),
                             "INFOMIGRA_TLS_KEY": str(folder / "key.pem"),
                             "INFOMIGRA_APP_HOST": "127.0.0.1",
                             "INFOMIGRA_APP_PORTS": f"{PORTS['a']} {PORTS['b']}"})  # fmt: skip
        (folder / "infomigra.conf").write_text(site)
        (folder / "nginx.conf").write_text(f"""
worker_processes 2;
error_log {folder}/error.log warn;
pid {folder}/nginx.pid;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {folder}/access.log;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/infomigra.conf;
}}
""")
        self.start("nginx", ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf"),
                             "-g", "daemon off;"])  # fmt: skip
        wait_for_port(PORTS["https"])

    def setup(self):
        log(f"folder {self.dir}")
        self.environment()
        self.start_postgres()
        self.start_redis()
        self.start_smtp()
        self.start_s3()
        log("PostgreSQL, Redis, SMTP sink and S3 started; migrating and loading the demo")
        self.manage("migrate", "--noinput")
        self.manage("load_demo_content")
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("createsuperuser", "--noinput", "--username", "editora",
                    "--email", "editora@example.com")  # fmt: skip
        self.start_app("a")
        self.start_app("b")
        self.start_worker()
        self.start_nginx()
        self.pids = {name: self.processes[f"app-{name}"].pid for name in ("a", "b")}
        log("two app instances, the worker and nginx started")

    def teardown(self):
        for name in list(self.processes):
            self.stop(name, signal.SIGKILL if name.startswith("app") else signal.SIGTERM)
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("-m", "immediate", "stop")

    # the faults
    def kill_app(self):
        start = time.time()
        log("fault 1: SIGKILL app instance A")
        self.stop("app-a", signal.SIGKILL)
        time.sleep(3)
        self.start_app("a")
        self.pids["a"] = self.processes["app-a"].pid
        self.events.append(
            ("app instance A killed (SIGKILL) and started again", start, time.time())
        )

    def restart_postgres(self):
        log("fault 2: PostgreSQL restarted")
        start = time.time()
        self.pg_ctl("-m", "fast", "-w", "stop")
        time.sleep(2)
        self.pg_ctl("-o", self.pg_options, "-w", "start")
        end = time.time()
        self.db_down.append((start, end))
        self.events.append(("PostgreSQL restarted", start, end))

    def smtp_outage(self):
        log("fault 3: SMTP server stopped for 30 s")
        start = time.time()
        self.stop("smtp")
        time.sleep(30)
        self.start_smtp()
        self.events.append(("SMTP server down 30 s", start, time.time()))

    def restart_redis(self):
        log("fault 4: Redis restarted")
        start = time.time()
        self.stop("redis")
        time.sleep(2)
        self.start_redis()
        self.events.append(("Redis restarted", start, time.time()))

    def timers(self, until):
        """The periodic commands, as deploy/systemd's timers run them (more often here)."""
        while time.time() < until:
            for name in ("a", "b"):
                self.manage("stats_flush_spool", env=self.instance_env(name), check=False)
            self.manage("contact_send_pending", check=False)
            if self.processes["worker"].poll() is not None:  # systemd's Restart=always
                self.restarts["worker"] = self.restarts.get("worker", 0) + 1
                self.start_worker()
            time.sleep(10)


def wait_for_port(port, timeout=30):
    import socket

    deadline = time.time() + timeout
    while time.time() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listening on {port}")


# --- Clients ------------------------------------------------------------------------------------


class Browser:
    """One visitor: a keep-alive HTTPS connection from its own address, with cookies."""

    context = ssl._create_unverified_context()  # noqa: S323 (our own self-signed test certificate)

    def __init__(self, address, host="localhost", port=PORTS["https"], tls=True, headers=None):
        self.address, self.host, self.port, self.tls = address, host, port, tls
        self.cookies, self.extra = {}, headers or {}
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        for _attempt in range(2):  # a kept connection the server closed: open a new one once
            if self.connection is None:
                kind = http.client.HTTPSConnection if self.tls else http.client.HTTPConnection
                kwargs = {"context": self.context} if self.tls else {}
                self.connection = kind(self.host, self.port, timeout=30,
                                       source_address=(self.address, 0), **kwargs)  # fmt: skip
            sent = {"User-Agent": BROWSER, "Accept-Language": "es-PE,es;q=0.9",
                    "Host": HOST, **self.extra, **(headers or {})}  # fmt: skip
            if self.cookies:
                sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            try:
                self.connection.request(method, path, body=body, headers=sent)
                response = self.connection.getresponse()
                data = response.read()
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                continue
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _sep, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            if response.getheader("Connection", "").lower() == "close":
                self.connection.close()
                self.connection = None
            return response.status, dict(response.getheaders()), data
        return 0, {}, b""  # no answer at all


class Load:
    def __init__(self, pages):
        self.pages = pages
        self.lock = threading.Lock()
        self.views = 0  # GETs of public pages answered 200
        self.references = set()  # posts answered with a reference
        self.posts = 0
        self.errors = []  # (time, method, path, status)
        self.stop = threading.Event()

    def record(self, method, path, status):
        with self.lock:
            if status == 200 and method == "GET":
                self.views += 1
            if status >= 500 or status == 0:
                self.errors.append((time.time(), method, path, status))

    def view(self, browser, path):
        status, headers, data = browser.request("GET", path)
        self.record("GET", path, status)
        return status, data

    def post_form(self, browser, form_path, data):
        """A visitor fills a form and sends it; a failed sending is sent again, as a person
        would (the same browser and words: one submission)."""
        status, page = self.view(browser, form_path)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page or b"")
        if status != 200 or not token:
            return
        body = urlencode({**data, "csrfmiddlewaretoken": token.group(1).decode()})
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Referer": f"https://{HOST}{form_path}", "Origin": f"https://{HOST}"}  # fmt: skip
        for _attempt in range(8):
            status, answer, _data = browser.request("POST", form_path, body=body, headers=headers)
            self.record("POST", form_path, status)
            with self.lock:
                self.posts += 1
            if status == 302:
                found = REFERENCE.search(answer.get("Location", ""))
                if found:
                    with self.lock:
                        self.references.add(found.group(1))
                    self.view(browser, urlsplit(answer["Location"]).path)
                return
            if status in (400, 429):
                return
            time.sleep(2)

    def client(self, number, address):
        chance = random.Random(number)  # noqa: S311 (a load pattern, not a secret)
        browser = Browser(address)
        forms = [] if address == RATE_CLIENT else [
            kind for kind in ("contact", "voice", "returnee") for _ in range(POSTS_PER_FORM)
        ]  # fmt: skip
        chance.shuffle(forms)
        sent = 0
        while not self.stop.is_set():
            if forms and chance.random() < 0.08:
                kind = forms.pop()
                sent += 1
                self.post_form(browser, *FORMS[kind](number, sent))
            else:
                self.view(browser, chance.choice(self.pages))
            time.sleep(chance.uniform(0.4, 1.6))
        while forms:  # every client sends all its forms
            kind = forms.pop()
            sent += 1
            self.post_form(browser, *FORMS[kind](number, sent))


def contact_form(number, sent):
    return "/es/contacto/", {
        "name": f"Cliente {number}", "email": f"cliente{number}-{sent}@example.com",
        "country": "PE", "profile": "potential_migrant",
        "message": f"Consulta {sent} del cliente {number} sobre permisos de trabajo.",
        "consent": "on",
    }  # fmt: skip


def voice_form(number, sent):
    return "/es/la-voz-del-migrante/enviar/", {
        "alias": f"Voz {number}", "country": "IT", "city": "Milán",
        "text": f"Sugerencia {sent} del cliente {number}.", "consent": "on",
    }  # fmt: skip


def returnee_form(number, sent):
    return "/es/retorno-productivo/registro/", {
        "name": f"Retornante {number}", "email": f"retorno{number}-{sent}@example.com",
        "phone": "+39 000 000", "current_country": "IT",
        "planned_return": time.strftime("%Y-%m-%d", time.localtime(time.time() + 90 * 86400)),
        "occupation": "Soldador", "skills": "Soldadura", "education": "technical",
        "region": "junin", "wants_job_placement": "on", "consent": "on",
    }  # fmt: skip


FORMS = {"contact": contact_form, "voice": voice_form, "returnee": returnee_form}


# --- The run ------------------------------------------------------------------------------------


def django_setup(cluster):
    os.environ.update(cluster.env)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "infomigra.settings")
    import django

    django.setup()


def counts():
    from contact.models import ContactMessage, MigrantVoice, OutboundEmail, ReturneeRegistration
    from stats.models import Visit

    references = {*ContactMessage.objects.values_list("reference", flat=True),
                  *MigrantVoice.objects.values_list("reference", flat=True),
                  *ReturneeRegistration.objects.values_list("reference", flat=True)}  # fmt: skip
    return {"visits": Visit.objects.count(), "references": references,
            "emails": set(OutboundEmail.objects.values_list("pk", flat=True))}  # fmt: skip


def with_database_retry(function):
    from django.db import OperationalError, connection

    for _ in range(20):
        try:
            return function()
        except OperationalError:
            connection.close()
            time.sleep(1)
    return function()


def run(cluster):
    cluster.setup()
    django_setup(cluster)
    before = counts()
    status, _headers, sitemap = Browser("127.0.0.1").request("GET", "/sitemap.xml")
    pages = sorted({urlsplit(loc.decode()).path
                    for loc in re.findall(rb"<loc>([^<]+)</loc>", sitemap)})  # fmt: skip
    pages = [page for page in pages if page.startswith(("/es/", "/en/"))]
    log(f"{len(pages)} public pages from the sitemap; load starts ({cluster.duration} s)")
    load = Load(pages)
    threads = [threading.Thread(target=load.client, args=(n, address), daemon=True)
               for n, address in enumerate(CLIENTS)]  # fmt: skip
    started = time.time()
    for thread in threads:
        thread.start()
    timers = threading.Thread(target=cluster.timers, args=(started + cluster.duration + 200,),
                              daemon=True)  # fmt: skip
    timers.start()
    schedule = [(0.12, cluster.kill_app), (0.32, cluster.restart_postgres),
                (0.5, cluster.smtp_outage), (0.8, cluster.restart_redis)]  # fmt: skip
    for share, fault in schedule:
        time.sleep(max(0, started + share * cluster.duration - time.time()))
        fault()
    time.sleep(max(0, started + cluster.duration - time.time()))
    load.stop.set()
    for thread in threads:
        thread.join(120)
    log(f"load over: {load.views} page views answered 200, {len(load.references)} posts "
        f"answered with a reference ({load.posts} sendings)")  # fmt: skip

    results = []
    results.append(check_rate_limit(cluster, load))
    results.append(check_upload(cluster, load))
    results.append(check_media_headers(cluster))

    # the spool of each app server stored, then every e-mail sent
    for name in ("a", "b"):
        cluster.manage("stats_flush_spool", env=cluster.instance_env(name))
    after = with_database_retry(counts)
    new_visits = after["visits"] - before["visits"]
    results.append(("visits stored = page views answered 200", load.views, new_visits,
                    new_visits == load.views))  # fmt: skip
    stored = after["references"] - before["references"]
    results.append(("messages stored = posts answered with a reference",
                    len(load.references), len(stored), stored == load.references))  # fmt: skip
    results.append(check_mail(cluster, after["emails"] - before["emails"]))
    results.append(check_errors(cluster, load))
    results.append(check_processes(cluster))
    return results


def check_rate_limit(cluster, load):
    """One address sends the contact form 6 times through nginx, which spreads the posts over
    both instances: the 6th is refused (the limit is 5 per 10 minutes, kept in Redis)."""
    lines = {name: count_lines(cluster.dir / f"access-{name}.log", "POST /es/contacto/")
             for name in ("a", "b")}  # fmt: skip
    browser = Browser(RATE_CLIENT)
    statuses = []
    for n in range(6):
        path, data = contact_form(99, n)
        status, page = load.view(browser, path)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        status, answer, _ = browser.request("POST", path, body=urlencode(
            {**data, "csrfmiddlewaretoken": token}), headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"https://{HOST}{path}", "Origin": f"https://{HOST}"})  # fmt: skip
        statuses.append(status)
        found = REFERENCE.search(answer.get("Location", ""))
        if found:
            load.references.add(found.group(1))
            load.view(browser, urlsplit(answer["Location"]).path)
    spread = {name: count_lines(cluster.dir / f"access-{name}.log", "POST /es/contacto/")
              - lines[name] for name in lines}  # fmt: skip
    ok = statuses == [302] * 5 + [429] and all(spread.values())
    return ("rate limit shared by both instances (one address, 6 posts)",
            "302×5, 429", f"{', '.join(map(str, statuses))} (A {spread['a']}, B {spread['b']})",
            ok)  # fmt: skip


def count_lines(path, text):
    with contextlib.suppress(FileNotFoundError):
        return sum(text in line for line in path.read_text(errors="replace").splitlines())
    return 0


def check_upload(cluster, load):
    """An editor uploads an image through instance A (its own address, behind nothing); a page
    whose text shows it is printed as a PDF by instance B, which reads the image from the
    bucket; nginx serves it at its /media/ address."""
    from PIL import Image
    from pypdf import PdfReader

    picture = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 40)).save(picture, "PNG")
    proxy = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.50"}
    editor = Browser("127.0.0.1", port=PORTS["a"], tls=False, headers=proxy)
    _status, _headers, page = editor.request("GET", "/admin/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    editor.request("POST", "/admin/login/?next=/admin/", body=urlencode(
        {"username": "editora", "password": "cluster-editor-2026",
         "csrfmiddlewaretoken": token}), headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": f"https://{HOST}/admin/login/", "Origin": f"https://{HOST}"})  # fmt: skip
    boundary = "----infomigra"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"upload\"; "
            f"filename=\"mapa.png\"\r\nContent-Type: image/png\r\n\r\n").encode() + \
        picture.getvalue() + f"\r\n--{boundary}--\r\n".encode()  # fmt: skip
    status, _headers, answer = editor.request("POST", "/admin/richtext/upload/", body=body, headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "X-CSRFToken": editor.cookies.get("csrftoken", ""), "Origin": f"https://{HOST}",
        "Referer": f"https://{HOST}/admin/"})  # fmt: skip
    url = json.loads(answer).get("url", "") if status == 200 else ""
    # the image in a guide chapter's text, and the guide printed by instance B
    from lines.models import CountryGuide, GuideChapter

    def place():
        chapter = GuideChapter.objects.filter(guide__country="ES").order_by("order").first()
        chapter.body_es = f'<p><img src="{url}" alt="Mapa"></p>' + chapter.body_es
        chapter.save()  # as the editor's form saves it: cached pages and PDFs move on
        return CountryGuide.objects.get(country="ES").slug_es

    def pdf_images(slug):
        path = f"/es/guias/{slug}/pdf/"
        status, _h, pdf = reader.request("GET", path)
        load.record("GET", path, status)  # a visit like any other
        return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)

    reader = Browser("127.0.0.1", port=PORTS["b"], tls=False, headers=proxy)
    slug = with_database_retry(lambda: CountryGuide.objects.get(country="ES").slug_es)
    before = pdf_images(slug)
    with_database_retry(place)
    images = pdf_images(slug) - before  # the page cache moved on: a new PDF with the image
    status_media, headers, served = Browser("127.0.0.1").request("GET", url or "/media/none")
    ok = bool(url) and images >= 1 and status_media == 200 and served == picture.getvalue()
    return ("image uploaded through A, read by B and served by nginx from S3",
            "in B's PDF, same bytes",
            f"upload {status}, images in B's PDF +{images}, /media/ {status_media}",
            ok)  # fmt: skip


def check_media_headers(cluster):
    cluster.s3.put_object(Bucket=BUCKET, Key="media/estudios/informe.pdf", Body=b"%PDF-1.4 x",
                          ContentType="application/pdf")  # fmt: skip
    status, headers, _ = Browser("127.0.0.1").request("GET", "/media/estudios/informe.pdf")
    headers = {k.lower(): v for k, v in headers.items()}
    private = cluster.s3.put_object(Bucket=BUCKET, Key="sivitma-private/contrato.pdf", Body=b"x")
    import urllib.error
    import urllib.request

    try:  # the bucket itself refuses the private prefix to anyone without the keys
        urllib.request.urlopen(
            f"http://127.0.0.1:{PORTS['s3']}/{BUCKET}/sivitma-private/contrato.pdf"
        )
        private = 200
    except urllib.error.HTTPError as error:
        private = error.code
    ok = (status == 200 and headers.get("x-content-type-options") == "nosniff"
          and headers.get("content-disposition") == "attachment" and private == 403)  # fmt: skip
    return ("/media/ PDF: nosniff, attachment; private prefix closed", "200 nosniff attachment; 403",
            f"{status} {headers.get('x-content-type-options')} "
            f"{headers.get('content-disposition')}; {private}", ok)  # fmt: skip


def check_mail(cluster, new_emails):
    """Every e-mail the forms queued reaches the SMTP server exactly once, after it is back."""
    from contact.models import OutboundEmail

    deadline = time.time() + 150
    pending = None
    while time.time() < deadline:
        pending = with_database_retry(lambda: OutboundEmail.objects.filter(
            pk__in=new_emails).exclude(status=OutboundEmail.Status.SENT).count())  # fmt: skip
        if not pending:
            break
        cluster.manage("contact_send_pending", check=False)
        time.sleep(5)
    emails = list(OutboundEmail.objects.filter(pk__in=new_emails).values_list("to", "subject"))
    received = [json.loads(line) for line in (cluster.dir / "mail.jsonl").read_text().splitlines()]
    delivered = {}
    for mail in received:
        key = (mail["to"], mail["subject"])
        delivered[key] = delivered.get(key, 0) + 1
    once = all(delivered.get(key) == 1 for key in emails)
    extra = sum(delivered.values()) - len(emails)
    return ("acknowledgements delivered exactly once (SMTP down 30 s)",
            f"{len(emails)} × 1", f"{sum(delivered.get(k, 0) for k in emails)} received, "
            f"{pending} pending, {extra} extra", once and not pending and extra == 0)  # fmt: skip


def check_errors(cluster, load):
    windows = [(start - 1, end + 5) for start, end in cluster.db_down]
    outside = [e for e in load.errors if not any(a <= e[0] <= b for a, b in windows)]
    inside = len(load.errors) - len(outside)
    detail = f"{inside} inside, {len(outside)} outside"
    if outside:
        detail += " — " + ", ".join(f"{m} {p} {s}" for _t, m, p, s in outside[:5])
    return ("5xx only while PostgreSQL was down", "0 outside", detail, not outside)


def check_processes(cluster):
    alive = {name: cluster.processes[f"app-{name}"].poll() is None for name in ("a", "b")}
    same = all(cluster.processes[f"app-{name}"].pid == cluster.pids[name] for name in ("a", "b"))
    answers = []
    for name in ("a", "b"):
        probe = Browser("127.0.0.1", port=PORTS[name], tls=False,
                        headers={"X-Forwarded-Proto": "https"})  # fmt: skip
        answers += [probe.request("GET", "/es/")[0] for _ in range(5)]
    ok = all(alive.values()) and same and answers == [200] * 10
    return ("app instances recovered without a restart", "both alive, 10 × 200",
            f"same pids {same}, statuses {sorted(set(answers))}; task worker restarted by its "
            f"supervisor {cluster.restarts.get('worker', 0)}×", ok)  # fmt: skip


def print_table(results, cluster, seconds):
    print()
    print(f"{'check':<66} {'expected':<22} {'measured':<40} ok")
    print("-" * 136)
    for name, expected, measured, ok in results:
        print(f"{name:<66} {str(expected):<22} {str(measured):<40} {'yes' if ok else 'NO'}")
    print("-" * 136)
    for name, start, end in cluster.events:
        print(f"fault: {name}: {end - start:.1f} s")
    print(f"total {seconds:.0f} s")


# --- The SMTP sink (a process of its own, so that it can be stopped) -----------------------------


def smtp_sink(path):
    import asyncio
    from email import message_from_bytes

    from aiosmtpd.controller import Controller

    class Sink:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            from email.header import decode_header, make_header

            message = message_from_bytes(envelope.content)
            subject = str(make_header(decode_header(message.get("Subject", ""))))
            with open(path, "a") as out:
                for to in envelope.rcpt_tos:
                    out.write(json.dumps({"to": to, "subject": subject}) + "\n")
            return "250 OK"

    controller = Controller(Sink(), hostname="127.0.0.1", port=PORTS["smtp"])
    controller.start()
    signal.signal(signal.SIGTERM, lambda *_: (controller.stop(), sys.exit(0)))
    asyncio.run(asyncio.sleep(10**6))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=150, help="seconds of load (150)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--smtp-sink", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.smtp_sink:
        return smtp_sink(args.smtp_sink)
    folder = tempfile.mkdtemp(prefix="infomigra-cluster-")
    os.chmod(folder, 0o755)  # noqa: S103 (PostgreSQL runs as its own user and must reach it)
    cluster = Cluster(folder, args.duration)
    started = time.time()
    try:
        results = run(cluster)
    finally:
        cluster.teardown()
    print_table(results, cluster, time.time() - started)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if all(ok for *_rest, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
