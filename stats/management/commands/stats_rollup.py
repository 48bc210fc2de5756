from django.conf import settings
from django.core.management.base import BaseCommand

from stats import services


class Command(BaseCommand):
    help = (
        "Fill the daily aggregates from the raw visits (idempotent; run from cron after midnight)."
    )

    def handle(self, *args, **options):
        days = services.visits_rollup_pending(retention_months=settings.STATS_RAW_RETENTION_MONTHS)
        self.stdout.write(f"rolled up {days} days")
