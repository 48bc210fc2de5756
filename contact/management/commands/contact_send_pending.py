from django.core.management.base import BaseCommand

from contact import services


class Command(BaseCommand):
    help = (
        "Send the e-mails that are due and that no worker took (run from cron, e.g. every 10 "
        "minutes). Safe beside `db_worker` and beside another run: each e-mail is claimed first."
    )

    def handle(self, *args, **options):
        sent, failed = services.emails_send_due()
        self.stdout.write(f"sent {sent}, still failing {failed}")
