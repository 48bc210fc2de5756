import argparse
import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from stats.services import Period, report_build, report_recipients, report_send


def month_period(value):
    """`YYYY-MM` → that month's Period (argparse type)."""
    try:
        first = datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"use YYYY-MM, e.g. 2026-10 (not {value!r})") from None
    return Period.month(first.year, first.month)


class Command(BaseCommand):
    help = (
        "Build the monthly report (default: last month) and, with --email, send it to the "
        "Dirección group (HTML body, CSV attached). For cron on the 1st of each month."
    )

    def add_arguments(self, parser):
        parser.add_argument("--month", type=month_period, help="YYYY-MM (default: last month)")
        parser.add_argument("--email", action="store_true", help="send it to Dirección")

    def handle(self, *args, month=None, email=False, **options):
        period = month or Period.last_month()
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
