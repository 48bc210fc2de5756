from django.core.management.base import BaseCommand

from stats.recording import spool_flush


class Command(BaseCommand):
    help = (
        "Store the visits app servers kept in their spool (STATS_SPOOL_DIR) while the database "
        "could not take them. Idempotent; run every minute (deploy/systemd)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"stored {spool_flush()} spooled visits")
