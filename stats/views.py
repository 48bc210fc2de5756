from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import Http404
from django.views.generic import TemplateView

from infomigra.csv_export import csv_response

from .forms import PeriodForm
from .services import Period, report_build


class ReportView(PermissionRequiredMixin, TemplateView):
    """The directorate's monthly report (read-only); `?table=<key>&format=csv` exports a table."""

    permission_required = "stats.view_report"
    login_url = "admin:login"
    template_name = "stats/report.html"

    def get(self, request, *args, **kwargs):
        form = PeriodForm(request.GET or None, initial={"month": Period.last_month().start})
        if form.is_bound and not form.is_valid():
            return self.render_to_response({"form": form}, status=400)
        period = form.period()
        report = report_build(period=period)
        if request.GET.get("format") == "csv":
            return self.csv_response(report, request.GET.get("table", ""))
        return self.render_to_response({"form": form, **report})

    def csv_response(self, report, key):
        table = next((t for t in report["tables"] if t.key == key), None)
        if table is None:
            raise Http404
        period = report["period"]
        name = f"infomigra-{key}-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}.csv"
        return csv_response(table.rows, filename=name, header=table.columns)
