"""E-mail leaves through a worker, never through the web request, against a real SMTP server
(aiosmtpd) on 127.0.0.1 that the tests start, stop, hang and restart (issue 10, rows 2, 3, 7).

The worker is the real one, `manage.py db_worker --batch`, run in this process, so these tests
commit for real (`transaction=True`): the task is enqueued only after the commit. The overlap
test runs two real processes against the same database (PostgreSQL's test database; for SQLite
a file copy of the in-memory one)."""

import asyncio
import datetime
import io
import logging
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import quote

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from contact import services
from contact.models import Attention, ContactMessage, OutboundEmail, ReturneeRegistration
from contact.tests.test_public_forms import contact_data, returnee_data, url

pytestmark = pytest.mark.django_db(transaction=True)

SMTP_PORT = 8310  # this worktree's port range is 8300-8349
BASE_DIR = Path(django_settings.BASE_DIR)
PHISHING_NAME = "Haz clic en http://evil.example"
PHISHING_TEXT = "Tu cuenta será bloqueada: entra en http://evil.example/premio"
Status = OutboundEmail.Status


COMPANY_WAIT = 180  # seconds; the senders' SMTP timeout in that test is longer still


class Mailbox:
    """The SMTP server's handler: keeps every message it accepts. With `wait_for_company`, the
    first message waits (up to COMPANY_WAIT seconds: a second process may take a while to start
    on a loaded machine) until a second client is sending at the same time, so that a test can
    prove two senders truly overlapped."""

    def __init__(self, *, wait_for_company=False):
        self.received = []
        self.sending = self.most_at_once = 0
        self.wait_for_company = wait_for_company
        self._company = None

    async def handle_DATA(self, server, session, envelope):
        self._company = self._company or asyncio.Event()
        self.sending += 1
        self.most_at_once = max(self.most_at_once, self.sending)
        try:
            if self.wait_for_company and self.sending >= 2:
                self._company.set()
            elif self.wait_for_company and not self._company.is_set():
                await asyncio.wait_for(self._company.wait(), timeout=COMPANY_WAIT)
            await asyncio.sleep(0.02 if self.wait_for_company else 0)
            self.received.append(message_from_bytes(envelope.content, policy=policy.default))
        finally:
            self.sending -= 1
        return "250 Message accepted for delivery"

    def texts(self):
        """Each received message as text: its headers and its decoded body."""
        return [f"{m}\n{m.get_content()}" for m in self.received]


class SmtpServer:
    """A real SMTP server on 127.0.0.1:SMTP_PORT that a test starts, stops and restarts."""

    def __init__(self):
        self.mailbox = Mailbox()
        self._controller = None

    @property
    def received(self):
        return self.mailbox.received

    def start(self, mailbox=None):
        self.mailbox = mailbox or self.mailbox
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=SMTP_PORT)
        self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class HungServer:
    """Accepts TCP connections on SMTP_PORT and never says a word, like a mail server stuck on a
    full disk. It drops a connection after `hold` seconds, so that a client without a timeout
    fails the test instead of hanging it."""

    def __init__(self, hold=30):
        self.hold = hold
        self.accepted = 0
        self._listener = None

    def start(self):
        self._listener = socket.create_server(("127.0.0.1", SMTP_PORT))
        self._listener.settimeout(0.1)
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        held = []
        while not self._stopped.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                pass
            else:
                self.accepted += 1
                held.append((client, time.monotonic()))
            for client, since in held:
                if time.monotonic() - since > self.hold:
                    client.close()
        for client, _since in held:
            client.close()

    def stop(self):
        if self._listener is not None:
            self._stopped.set()
            self._thread.join()
            self._listener.close()
            self._listener = None


@pytest.fixture
def smtp_settings(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = SMTP_PORT
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    return settings


@pytest.fixture
def smtp(smtp_settings, caplog):
    caplog.set_level(logging.WARNING, logger="mail.log")  # aiosmtpd's log of every command
    server = SmtpServer()
    yield server
    server.stop()


@pytest.fixture
def hung_smtp(smtp_settings):
    server = HungServer()
    yield server
    server.stop()


def sent_page(client, response, model):
    """The page the visitor is sent to, which shows the reference of what was stored."""
    stored = model.objects.get()
    assert response.status_code == 302
    if model is ContactMessage:
        assert response["Location"] == url("message_sent", reference=stored.reference)
    else:
        assert response["Location"] == url("registration_done", reference=stored.reference)
    page = client.get(response["Location"])
    assert page.status_code == 200 and stored.reference in page.content.decode()
    return stored


def submit_message(email):
    """Store what the contact form stores for `email`, through the service the form calls."""
    data = {**contact_data(email=email, consent=True), "line": None}
    return services.message_submit(data=data, language="es")


def test_server_up_the_worker_sends_each_email_once_after_the_visitor_saw_the_reference(
    client, smtp, run_worker
):
    smtp.start()
    message = sent_page(client, client.post(url("contact"), contact_data()), ContactMessage)
    registration = sent_page(
        client, client.post(url("returnee"), returnee_data()), ReturneeRegistration
    )
    assert smtp.received == []  # the requests stored the e-mails and talked no SMTP
    assert sorted(OutboundEmail.objects.values_list("status", "attempts")) == [
        (Status.PENDING, 0), (Status.PENDING, 0),
    ]  # fmt: skip

    run_worker()
    delivered = sorted((m["To"], m["Subject"]) for m in smtp.received)
    assert [to for to, _subject in delivered] == ["luis@example.com", "rosa@example.com"]
    assert registration.reference in delivered[0][1] and message.reference in delivered[1][1]
    assert sorted(OutboundEmail.objects.values_list("status", "attempts")) == [
        (Status.SENT, 1), (Status.SENT, 1),
    ]  # fmt: skip

    run_worker()
    call_command("contact_send_pending", stdout=io.StringIO())
    assert len(smtp.received) == 2  # once each, whoever runs next


def test_server_stopped_the_visitor_gets_the_reference_and_a_retry_is_scheduled(
    client, smtp_settings, run_worker
):
    # Nothing listens on SMTP_PORT: the mail server is down.
    sent_page(client, client.post(url("contact"), contact_data()), ContactMessage)
    email = OutboundEmail.objects.get()
    assert (email.status, email.attempts) == (Status.PENDING, 0)  # not tried in the request

    run_worker()
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == (
        Status.FAILED, 1, "ConnectionRefusedError",
    )  # fmt: skip
    waited = email.next_attempt_at - timezone.now()
    assert datetime.timedelta(0) < waited <= services.RETRY_DELAYS[0]
    assert not DBTaskResult.objects.ready().exists()  # the retry waits for its time:
    assert DBTaskResult.objects.filter(run_after=email.next_attempt_at).count() == 1


def test_server_hung_the_worker_gives_up_the_try_at_the_timeout_and_the_request_never_waited(
    client, hung_smtp, settings, run_worker
):
    assert settings.EMAIL_TIMEOUT  # there is one in production (DJANGO_EMAIL_TIMEOUT, 10 s)
    settings.EMAIL_TIMEOUT = 1
    hung_smtp.start()
    sent_page(client, client.post(url("contact"), contact_data()), ContactMessage)
    assert hung_smtp.accepted == 0  # the request never connected to the mail server

    run_worker()  # returns: the try ended at the timeout, long before the server drops it
    email = OutboundEmail.objects.get()
    assert hung_smtp.accepted == 1
    assert (email.status, email.attempts) == (Status.FAILED, 1)
    assert "TimeoutError" in email.last_error
    assert email.next_attempt_at > timezone.now()


def test_server_restarted_the_retry_delivers_exactly_once(
    client, hung_smtp, smtp, settings, run_worker
):
    settings.EMAIL_TIMEOUT = 1
    hung_smtp.start()
    message = sent_page(client, client.post(url("contact"), contact_data()), ContactMessage)
    run_worker()
    email = OutboundEmail.objects.get()
    assert email.status == Status.FAILED

    hung_smtp.stop()
    smtp.start()  # the mail server is back, on the same port
    run_worker()
    assert smtp.received == []  # the retry waits for its time
    with time_machine.travel(email.next_attempt_at + datetime.timedelta(seconds=1)):
        run_worker()
    assert [m["Subject"].strip() for m in smtp.received] == [
        f"Perú InfoMigra: recibimos tu mensaje {message.reference}"
    ]
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == (Status.SENT, 2, "")

    with time_machine.travel(timezone.now() + datetime.timedelta(days=2)):
        run_worker()
        call_command("contact_send_pending", stdout=io.StringIO())
    assert len(smtp.received) == 1


def database_url_for_other_processes(tmp_path):
    """A DATABASE_URL under which another process sees what this test committed: PostgreSQL's
    test database itself; for SQLite (in memory in tests) a file copy of it."""
    if connection.vendor == "postgresql":
        db = connection.settings_dict
        user = quote(db["USER"] or "")
        if db["PASSWORD"]:
            user += ":" + quote(db["PASSWORD"])
        return f"postgres://{user}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    path = tmp_path / "shared.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    connection.connection.backup(copy)
    copy.close()
    return f"sqlite:///{path}"


def outbox_in(database_url):
    """(status, attempts) of every e-mail, as the other processes left them."""
    sql = "SELECT status, attempts FROM contact_outboundemail"
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            return sorted(db.execute(sql).fetchall())
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return sorted(cursor.fetchall())


COMMANDS = {
    "cron": ["contact_send_pending"],
    "worker": ["db_worker", "--batch", "--no-reload", "--no-startup-delay"],
}


@pytest.mark.parametrize(
    "overlapping", [("cron", "cron"), ("worker", "cron")], ids=["two-cron-runs", "worker+cron"]
)
def test_overlapping_senders_send_each_of_20_emails_exactly_once(smtp, tmp_path, overlapping):
    for number in range(20):  # each queues its task for the worker on commit
        submit_message(f"persona{number}@example.com")
    database_url = database_url_for_other_processes(tmp_path)
    mailbox = Mailbox(wait_for_company=True)
    smtp.start(mailbox)
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_DEBUG": "1",
           "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
           "DJANGO_EMAIL_HOST": "127.0.0.1", "DJANGO_EMAIL_PORT": str(SMTP_PORT),
           "DJANGO_EMAIL_TIMEOUT": str(COMPANY_WAIT + 30)}  # fmt: skip
    processes = [
        subprocess.Popen(
            [sys.executable, "manage.py", *COMMANDS[name]],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in overlapping
    ]
    try:
        for process in processes:
            _out, err = process.communicate(timeout=2 * COMPANY_WAIT + 60)
            assert process.returncode == 0, err[-2000:]
    finally:  # a sender left running would overlap the next test's
        for process in processes:
            process.kill()
            process.wait()

    assert mailbox.most_at_once == 2  # both were sending at the same moment
    recipients = sorted(m["To"] for m in mailbox.received)
    assert recipients == sorted(f"persona{number}@example.com" for number in range(20))
    assert outbox_in(database_url) == [("sent", 1)] * 20


def test_automatic_emails_carry_nothing_the_visitor_typed(client, smtp, run_worker):
    smtp.start()
    client.post(url("contact"), contact_data(name=PHISHING_NAME, message=PHISHING_TEXT))
    client.post(
        url("returnee"),
        returnee_data(name=PHISHING_NAME, occupation=PHISHING_NAME, skills=PHISHING_TEXT),
    )
    message, registration = ContactMessage.objects.get(), ReturneeRegistration.objects.get()
    assert (message.name, registration.name) == (PHISHING_NAME, PHISHING_NAME)  # stored as sent

    run_worker()
    texts = smtp.mailbox.texts()
    assert len(texts) == 2
    for text in texts:
        assert "evil.example" not in text and "Haz clic" not in text
        assert "Si no" in text  # tells a stranger who never wrote to us to ignore it
    assert any(message.reference in text for text in texts)
    assert any(registration.reference in text for text in texts)


def test_a_mailbox_gets_at_most_three_automatic_emails_a_day_and_every_message_is_kept(
    client, smtp, run_worker, settings
):
    smtp.start()
    # One mailbox, spelled four ways, from four client addresses (as one rotating addresses
    # to get around the per-client rate limit would send).
    spellings = ["victima@example.com", "Victima@Example.com", "victima+premio@example.com",
                 "victima@example.com"]  # fmt: skip
    for number, address in enumerate(spellings, start=1):
        response = client.post(url("contact"), contact_data(email=address),
                               REMOTE_ADDR=f"127.0.0.{number}")  # fmt: skip
        assert response.status_code == 302
    assert ContactMessage.objects.count() == Attention.objects.count() == 4  # all attended

    run_worker()
    assert len(smtp.received) == 3  # the default CONTACT_AUTOMATIC_MAILS_PER_DAY
    fourth = ContactMessage.objects.order_by("pk").last()
    assert fourth.emails.get().status == Status.SKIPPED
    assert fourth.reference not in "".join(smtp.mailbox.texts())

    # A staff reply is not automatic and not limited.
    services.reply_send(message=fourth, body="Te respondemos en persona.", user=None)
    run_worker()
    assert len(smtp.received) == 4 and "Te respondemos" in smtp.mailbox.texts()[-1]

    # A day later the mailbox may be acknowledged again.
    with time_machine.travel(timezone.now() + datetime.timedelta(days=1, minutes=1)):
        client.post(url("contact"), contact_data(email="victima@example.com"),
                    REMOTE_ADDR="127.0.0.9")  # fmt: skip
        run_worker()
    assert len(smtp.received) == 5
    assert settings.CONTACT_AUTOMATIC_MAILS_PER_DAY == 3


@pytest.mark.skipif(
    "sqlite" in django_settings.DATABASES["default"]["ENGINE"],
    reason="SQLite runs write transactions one at a time (IMMEDIATE); nothing to race",
)
def test_concurrent_submissions_to_one_mailbox_respect_the_daily_limit():
    errors = []
    start = threading.Barrier(6)

    def submit():
        try:
            start.wait(timeout=10)
            submit_message("victima@example.com")
        except Exception as error:  # noqa: BLE001 — reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    statuses = sorted(OutboundEmail.objects.values_list("status", flat=True))
    assert statuses == [Status.PENDING] * 3 + [Status.SKIPPED] * 3
