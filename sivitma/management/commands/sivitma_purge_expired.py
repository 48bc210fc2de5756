from django.conf import settings
from django.core.management.base import BaseCommand

from sivitma import services


class Command(BaseCommand):
    help = (
        "Erase SIVITMA registrations (and their signed contracts) whose contract ended, or that "
        "were annulled or never approved, more than SIVITMA_RETENTION_DAYS ago (run daily)."
    )

    def handle(self, *args, **options):
        days = settings.SIVITMA_RETENTION_DAYS
        erased = services.personal_data_purge(older_than_days=days)
        self.stdout.write(f"erased {erased} registrations ended more than {days} days ago")
