from django.core.management.base import BaseCommand

from contact import services


class Command(BaseCommand):
    help = "Send again the e-mails that could not be sent (run from cron, e.g. every 10 minutes)."

    def handle(self, *args, **options):
        sent, failed = services.emails_retry()
        self.stdout.write(f"sent {sent}, still failing {failed}")
