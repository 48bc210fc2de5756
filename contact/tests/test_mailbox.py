"""The public address's mailbox enters the register (Directiva §5.6): `contact_fetch_mail`
reads it over IMAP — a real Dovecot started for the test on loopback — and files each new mail
once, however often it runs; a reply naming a reference joins its thread; a mail that cannot be
read is kept and flagged, never lost."""

import imaplib
import io
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse

from contact import services
from contact.models import Attention, ContactMessage, InboundMail
from infomigra import roles

pytestmark = pytest.mark.django_db
IMAP_PORT = 8320  # this worktree's port range is 8300-8349
USER, PASSWORD = "infomigra@example.com", "clave-de-prueba-larga"


def mail(subject="Consulta sobre trabajar en Chile", message_id="<a1@example.com>",
         sender="Ana Torres <ana@example.com>", body="¿Qué visa necesito para Chile?"):  # fmt: skip
    headers = [f"From: {sender}", f"To: {USER}", f"Subject: {subject}",
               "Content-Type: text/plain; charset=utf-8"]  # fmt: skip
    if message_id:
        headers.append(f"Message-ID: {message_id}")
    return ("\r\n".join(headers) + "\r\n\r\n" + body + "\r\n").encode()


# --- filing one mail ---------------------------------------------------------------------------
def test_a_new_mail_becomes_a_message_with_its_reference_and_an_attention_of_channel_email():
    inbound = services.mail_file(raw=mail())
    message = inbound.contact_message
    assert message.reference.startswith("IM-") and message.email == "ana@example.com"
    assert message.name == "Ana Torres" and "¿Qué visa necesito para Chile?" in message.message
    attention = Attention.objects.get()
    assert (attention.channel, attention.message) == (Attention.Channel.EMAIL, message)
    assert services.mail_file(raw=mail()) is None  # the same Message-ID: filed once
    assert ContactMessage.objects.count() == InboundMail.objects.count() == 1


def test_a_reply_naming_the_reference_joins_its_thread():
    first = services.mail_file(raw=mail()).contact_message
    ContactMessage.objects.filter(pk=first.pk).update(status=ContactMessage.Status.ANSWERED)
    reply = services.mail_file(raw=mail(subject=f"Re: Perú InfoMigra: respuesta a tu mensaje {first.reference}",
                                        message_id="<a2@example.com>", body="Gracias, ¿y el costo?"))  # fmt: skip
    assert reply.contact_message == first
    first.refresh_from_db()
    assert first.status == ContactMessage.Status.IN_PROGRESS  # back on staff's desk
    assert ContactMessage.objects.count() == Attention.objects.count() == 1


def test_a_mail_that_cannot_be_filed_is_kept_and_flagged(client, login_as):
    nobody = services.mail_file(raw=mail(sender="sin arroba", message_id="<b1@example.com>"))
    no_id = services.mail_file(raw=b"\xff\xfe garbage without headers")
    assert services.mail_file(raw=b"\xff\xfe garbage without headers") is None  # by its digest
    assert nobody.problem and no_id.problem and no_id.message_id.startswith("sha256:")
    assert bytes(no_id.raw) == b"\xff\xfe garbage without headers"
    assert ContactMessage.objects.count() == 0
    login_as(roles.ATTENTION)
    dashboard = client.get(reverse("admin:index")).content.decode()
    assert "Correos recibidos que no se pudieron archivar</a>: <strong>2</strong>" in dashboard


# --- a real mailbox ----------------------------------------------------------------------------
@pytest.fixture
def dovecot(settings):
    # Dovecot's own processes run as its users: its folder must be readable by them (pytest's
    # tmp_path is private to this user).
    tmp_path = Path(tempfile.mkdtemp(prefix="infomigra-dovecot-"))
    tmp_path.chmod(0o755)
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    if not Path(binary).exists():
        pytest.fail("Dovecot not found: apt-get install dovecot-imapd (make system-packages)")
    owner = pwd.getpwnam("nobody")
    home = tmp_path / "home"
    home.mkdir()
    (tmp_path / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    config = tmp_path / "dovecot.conf"
    config.write_text(f"""
protocols = imap
listen = 127.0.0.1
base_dir = {tmp_path}/run
state_dir = {tmp_path}/state
log_path = {tmp_path}/dovecot.log
ssl = no
disable_plaintext_auth = no
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {tmp_path}/passwd
}}
userdb {{
  driver = static
  args = uid={owner.pw_uid} gid={owner.pw_gid} home={home}/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {IMAP_PORT}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
""")
    for folder in ("run", "state"):
        (tmp_path / folder).mkdir()
    os.chown(home, owner.pw_uid, owner.pw_gid)
    process = subprocess.Popen([binary, "-F", "-c", str(config)])
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                imaplib.IMAP4("127.0.0.1", IMAP_PORT).logout()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        settings.CONTACT_IMAP_HOST, settings.CONTACT_IMAP_PORT = "127.0.0.1", IMAP_PORT
        settings.CONTACT_IMAP_SSL = False
        settings.CONTACT_IMAP_USER, settings.CONTACT_IMAP_PASSWORD = USER, PASSWORD
        settings.CONTACT_IMAP_FOLDER, settings.CONTACT_IMAP_TIMEOUT = "INBOX", 10
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(tmp_path, ignore_errors=True)


def deliver(*raws):
    imap = imaplib.IMAP4("127.0.0.1", IMAP_PORT)
    imap.login(USER, PASSWORD)
    for raw in raws:
        imap.append("INBOX", None, None, raw)
    imap.logout()


def unread():
    imap = imaplib.IMAP4("127.0.0.1", IMAP_PORT)
    imap.login(USER, PASSWORD)
    imap.select("INBOX")
    found = imap.search(None, "UNSEEN")[1][0].split()
    imap.logout()
    return len(found)


def fetch():
    out = io.StringIO()
    call_command("contact_fetch_mail", stdout=out)
    return out.getvalue().strip()


def test_a_mail_to_the_mailbox_appears_once_as_an_attention_of_channel_email(
    dovecot, client, login_as
):
    deliver(mail())
    assert fetch() == "filed 1 new mails; 0 already filed"
    assert fetch() == "filed 0 new mails; 0 already filed"  # a second run finds nothing new
    attention = Attention.objects.get()
    assert attention.channel == Attention.Channel.EMAIL
    assert unread() == 0  # marked read once filed
    login_as(roles.ATTENTION)
    page = client.get(reverse("admin:contact_contactmessage_change", args=[attention.message.pk]))
    assert "¿Qué visa necesito para Chile?" in page.content.decode()


def test_a_mail_unread_again_or_delivered_twice_is_filed_once(dovecot):
    deliver(mail(), mail())  # the same Message-ID twice (a client that sent it twice)
    fetch()
    imap = imaplib.IMAP4("127.0.0.1", IMAP_PORT)
    imap.login(USER, PASSWORD)
    imap.select("INBOX")
    imap.store("1:*", "-FLAGS", "\\Seen")  # somebody marks them unread in their mail client
    imap.logout()
    assert fetch() == "filed 0 new mails; 2 already filed"
    assert ContactMessage.objects.count() == Attention.objects.count() == 1


def test_a_reply_from_the_visitor_threads_and_a_broken_mail_is_kept(dovecot):
    first = services.mail_file(raw=mail(message_id="<c1@example.com>")).contact_message
    deliver(
        mail(subject=f"Re: {first.reference}", message_id="<c2@example.com>", body="¿Y el costo?"),
        mail(sender="", message_id="<c3@example.com>"),
    )
    assert fetch() == "filed 2 new mails; 0 already filed"
    assert InboundMail.objects.get(message_id="<c2@example.com>").contact_message == first
    assert InboundMail.objects.get(message_id="<c3@example.com>").problem
    assert ContactMessage.objects.count() == 1


def test_without_a_mailbox_configured_the_command_says_so(settings):
    settings.CONTACT_IMAP_HOST = ""
    with pytest.raises(Exception, match="CONTACT_IMAP_HOST"):
        call_command("contact_fetch_mail")
