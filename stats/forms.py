from django import forms
from django.utils.translation import gettext_lazy as _

from infomigra.forms import MonthField

from .services import Period


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

    def clean(self):
        cleaned = super().clean()
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
