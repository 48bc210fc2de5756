from django import forms
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _


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
        )

    @property
    def is_spam(self):
        return bool(self.data.get(self.honeypot_field))

    def clean(self):
        cleaned = super().clean()
        cleaned.pop(self.honeypot_field, None)
        return cleaned


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
