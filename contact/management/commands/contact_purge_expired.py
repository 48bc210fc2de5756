from django.conf import settings
from django.core.management.base import BaseCommand

from contact import services


class Command(BaseCommand):
    help = "Erase personal data older than CONTACT_RETENTION_DAYS (run daily from cron)."

    def handle(self, *args, **options):
        erased = services.personal_data_purge(older_than_days=settings.CONTACT_RETENTION_DAYS)
        self.stdout.write(
            f"erased {erased} records older than {settings.CONTACT_RETENTION_DAYS} days"
        )
