import datetime

from django.core.management.base import BaseCommand

from stats import services
from stats.recording import spool_flush


class Command(BaseCommand):
    help = (
        "Fill the daily aggregates from the raw visits up to yesterday, delete raw visits older "
        "than STATS_RAW_RETENTION_MONTHS and the salts of past days. Idempotent; run from cron "
        "after midnight. --since rebuilds every day from that date."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--since", type=datetime.date.fromisoformat, help="YYYY-MM-DD: rebuild from this day"
        )

    def handle(self, *args, since=None, **options):
        spooled = spool_flush()  # visits kept while the database was down belong to their day
        if spooled:
            self.stdout.write(f"stored {spooled} spooled visits")
        days = services.visits_rollup_pending(since=since)
        self.stdout.write(f"rolled up {days} days")
