import datetime

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import translation

from infomigra import roles
from stats.services import Period, report_build


class Command(BaseCommand):
    help = "Build the monthly report (default: last month) and, with --email, send it to the Dirección group."

    def add_arguments(self, parser):
        parser.add_argument("--month", help="YYYY-MM")
        parser.add_argument("--email", action="store_true")

    def handle(self, *args, month=None, email=False, **options):
        if month:
            try:
                first = datetime.datetime.strptime(month, "%Y-%m").date()
            except ValueError:
                raise CommandError("--month must look like 2026-10") from None
            period = Period.month(first.year, first.month)
        else:
            period = Period.last_month()
        with translation.override("es"):
            report = report_build(period=period)
            html = render_to_string("stats/email_report.html", report)
            text = render_to_string("stats/email_report.txt", report)
        self.stdout.write(f"visits {report['totals']['visits']} in {period}")
        if not email:
            return
        recipients = list(
            get_user_model()
            .objects.filter(groups__name=roles.DIRECTORATE, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
        if not recipients:
            raise CommandError("No active user with an e-mail address in the Dirección group.")
        message = EmailMultiAlternatives(
            subject=f"Perú InfoMigra — informe {period.start:%Y-%m}", body=text, to=recipients
        )
        message.attach_alternative(html, "text/html")
        for table in report["tables"]:
            message.attach(
                f"{table.key}-{period.start:%Y-%m}.csv", "\ufeff" + table.csv(), "text/csv"
            )
        message.send()
        self.stdout.write(f"sent to {len(recipients)} recipients")
