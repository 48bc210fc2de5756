import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from infomigra.forms import MonthField

from .services import Period

# The portal was launched on 23 July 2010 (Directiva General N.° 001-2011-MTPE/3/17, exposición
# de motivos): no report can be about an earlier month.
PORTAL_LAUNCH = datetime.date(2010, 7, 1)


def report_bounds():
    """The first and last days a report may cover: from the launch month to next year's end."""
    return PORTAL_LAUNCH, datetime.date(timezone.localdate().year + 1, 12, 31)


class PeriodForm(forms.Form):
    month = MonthField(
        label=_("Mes"), required=False, help_text=_("Formato AAAA-MM. Vacío: el mes pasado.")
    )
    start = forms.DateField(
        label=_("Desde"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("Hasta"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        first, last = report_bounds()  # the browser's pickers offer the same bounds
        self.fields["month"].widget.attrs.update(min=f"{first:%Y-%m}", max=f"{last:%Y-%m}")
        for name in ("start", "end"):
            self.fields[name].widget.attrs.update(min=first.isoformat(), max=last.isoformat())

    def _check_bounds(self, value):
        first, last = report_bounds()
        if value is not None and not first <= value <= last:
            raise forms.ValidationError(
                _("Elige un periodo entre %(first)s y %(last)s."),
                code="out_of_range",
                params={"first": f"{first:%Y-%m}", "last": f"{last:%Y-%m}"},
            )
        return value

    def clean_month(self):
        return self._check_bounds(self.cleaned_data["month"])

    def clean_start(self):
        return self._check_bounds(self.cleaned_data["start"])

    def clean_end(self):
        return self._check_bounds(self.cleaned_data["end"])

    def clean(self):
        cleaned = super().clean()
        if "start" in self.errors or "end" in self.errors:
            return cleaned  # the field already says what is wrong
        start, end = cleaned.get("start"), cleaned.get("end")
        if bool(start) != bool(end):
            raise forms.ValidationError(_("Indica las dos fechas del rango, o ninguna."))
        if start and end and (end < start or (end - start).days > 366):
            raise forms.ValidationError(_("El rango debe ir hacia adelante y no pasar de un año."))
        return cleaned

    def period(self):
        """The period asked for: a date range, a month, or by default last month."""
        data = self.cleaned_data if self.is_bound else {}
        if data.get("start"):
            return Period(data["start"], data["end"])
        if data.get("month"):
            return Period.of_month(data["month"])
        return Period.last_month()


class ObservationForm(forms.Form):
    month = MonthField(widget=forms.HiddenInput)
    text = forms.CharField(
        label=_("Nueva observación de la Dirección sobre este informe"),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 4000}),
        max_length=4000,
        help_text=_("La Dirección de Migración Laboral registrará las acciones correctivas."),
    )
