"""Read the public address's mailbox over IMAP and file each new mail (Directiva §5.6)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from imap_tools import AND, MailBox, MailBoxUnencrypted, MailMessageFlags

from contact import services


def _raw(mail):
    try:
        return bytes(mail.obj)
    except Exception:  # noqa: BLE001 — an unserialisable mail is kept as the server's text
        return mail.obj.as_string().encode("utf-8", "replace")


class Command(BaseCommand):
    help = (
        "Fetch the unread mails of CONTACT_IMAP_* and file each as a contact message (an "
        "attention of channel e-mail), a reply in its thread, or a flagged mail; mark them read. "
        "Idempotent by Message-ID. Run it every few minutes (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        if not settings.CONTACT_IMAP_HOST:
            raise CommandError("CONTACT_IMAP_HOST is not set: there is no mailbox to read.")
        box = MailBox if settings.CONTACT_IMAP_SSL else MailBoxUnencrypted
        filed = skipped = 0
        with box(
            settings.CONTACT_IMAP_HOST, settings.CONTACT_IMAP_PORT,
            timeout=settings.CONTACT_IMAP_TIMEOUT,
        ).login(
            settings.CONTACT_IMAP_USER, settings.CONTACT_IMAP_PASSWORD,
            initial_folder=settings.CONTACT_IMAP_FOLDER,
        ) as mailbox:  # fmt: skip
            for mail in mailbox.fetch(AND(seen=False), mark_seen=False, bulk=50):
                stored = services.mail_file(raw=_raw(mail))  # committed before it is marked read
                mailbox.flag(mail.uid, MailMessageFlags.SEEN, True)
                filed, skipped = (filed + 1, skipped) if stored else (filed, skipped + 1)
        self.stdout.write(f"filed {filed} new mails; {skipped} already filed")
