from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from infomigra.csv_export import csv_response
from infomigra.pdf import pdf_response

from . import services
from .forms import ObservationForm, PeriodForm
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
        if request.GET.get("format") == "pdf":
            name = f"infomigra-informe-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}"
            return pdf_response(services.report_pdf(report=report), name)
        return self.render_to_response({"form": form, **report, **self.observation_context(period)})

    def observation_context(self, period, form=None):
        if not self.request.user.has_perm("stats.add_observation"):
            return {}
        return {"observation_form": form or ObservationForm(initial={"month": period.start})}

    def post(self, request, *args, **kwargs):
        """The directorate records an observation on the report it is reading."""
        if not request.user.has_perm("stats.add_observation"):
            raise PermissionDenied
        form = ObservationForm(request.POST)
        if not form.is_valid():
            month = form.cleaned_data.get("month")
            period = Period.of_month(month) if month else Period.last_month()
            context = {"form": PeriodForm(initial={"month": period.start}),
                       **report_build(period=period),
                       **self.observation_context(period, form)}  # fmt: skip
            return self.render_to_response(context, status=400)
        month = form.cleaned_data["month"]
        services.observation_record(month=month, text=form.cleaned_data["text"], user=request.user)
        messages.success(request, _("Observación registrada."))
        return redirect(f"{reverse('stats:report')}?month={month:%Y-%m}#observaciones")

    def csv_response(self, report, key):
        table = next((t for t in report["tables"] if t.key == key), None)
        if table is None:
            raise Http404
        period = report["period"]
        name = f"infomigra-{key}-{period.start:%Y-%m-%d}-{period.end:%Y-%m-%d}.csv"
        return csv_response(table.rows, filename=name, header=table.columns)
