from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from infomigra.periods import month_argument
from stats.services import Period, report_build, report_recipients, report_send


class Command(BaseCommand):
    help = (
        "Build the monthly report (default: last month) and, with --email, send it to the "
        "Dirección group (HTML body, CSV attached). For cron on the 1st of each month."
    )

    def add_arguments(self, parser):
        parser.add_argument("--month", type=month_argument, help="YYYY-MM (default: last month)")
        parser.add_argument("--email", action="store_true", help="send it to Dirección")

    def handle(self, *args, month=None, email=False, **options):
        period = Period.of_month(month) if month else Period.last_month()
        if not email:
            with translation.override("es"):
                report = report_build(period=period)
            self.stdout.write(f"{period}: {report['totals']['visits']} visits")
            return
        recipients = report_recipients()
        if not recipients:
            raise CommandError("No active user with an e-mail address in the Dirección group.")
        report = report_send(period=period, recipients=recipients)
        self.stdout.write(
            f"{period}: {report['totals']['visits']} visits; sent to {len(recipients)} recipients"
        )
