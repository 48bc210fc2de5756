import datetime

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from .periods import parse_month


class HoneypotMixin:
    """A field people never see and bots fill in: `is_spam` says a bot sent the form, which
    the view then answers as if it had worked, storing nothing. The field never reaches
    `cleaned_data`."""

    honeypot_field = "website"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_field] = forms.CharField(
            required=False,
            label=_("Deja este campo vacío"),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
            template_name="includes/forms/_honeypot.html",  # hidden from people, not from bots
        )

    @property
    def is_spam(self):
        return bool(self.data.get(self.honeypot_field))

    def clean(self):
        cleaned = super().clean()
        cleaned.pop(self.honeypot_field, None)
        return cleaned


class MonthField(forms.CharField):
    """A month written YYYY-MM (what a browser's month input sends); cleans to its first day."""

    widget = forms.TextInput(attrs={"type": "month"})
    default_error_messages = {"invalid": _("Escribe el mes como AAAA-MM, por ejemplo 2026-10.")}

    def prepare_value(self, value):
        return f"{value:%Y-%m}" if isinstance(value, datetime.date) else value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            return parse_month(value)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


class FeedbackForm(HoneypotMixin, forms.Form):
    """'Was this page useful?' — yes or no, and an optional comment; nothing personal."""

    useful = forms.TypedChoiceField(
        label=_("¿Te fue útil esta página?"),
        choices=[("yes", _("Sí")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Elige «Sí» o «No».")},
    )
    comment = forms.CharField(
        label=_("¿Qué podemos mejorar? (opcional)"),
        help_text=_("No escribas datos personales: esta opinión es anónima y no recibe respuesta."),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
    )
    path = forms.CharField(widget=forms.HiddenInput, max_length=300)
    title = forms.CharField(widget=forms.HiddenInput, max_length=300, required=False)

    def clean_path(self):
        path = self.cleaned_data["path"]
        if not path.startswith("/") or not url_has_allowed_host_and_scheme(
            path, allowed_hosts=None
        ):
            raise forms.ValidationError(_("Página no válida."))
        return path
