import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from contact.forms import PublicForm

from .models import ANDEAN_COUNTRIES, Registration

EMPLOYER = ["ruc", "business_name", "employer_address", "employer_region", "economic_activity",
            "email", "phone"]  # fmt: skip
WORKER = ["nationality", "document_type", "document_number", "given_names", "surnames",
          "birth_date", "sex", "education", "occupation"]  # fmt: skip
CONTRACT = ["category", "start_date", "end_date", "weekly_hours", "monthly_pay",
            "workplace_region", "contract_file"]  # fmt: skip
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class RegistrationForm(PublicForm):
    """The employer (or the worker) registers the contract: three parts on one page, no script.
    Bounds a person can get wrong by typing are checked here; what the law asks of the
    contract is checked by the rules, which explain themselves."""

    consent = forms.BooleanField(
        label=_(
            "Declaro que los datos son verdaderos y he leído el aviso de privacidad: el Ministerio "
            "de Trabajo usa estos datos para registrar el contrato."
        )
    )

    template_name = "sivitma/includes/_registration_form.html"

    class Meta:
        model = Registration
        fields = [*EMPLOYER, *WORKER, *CONTRACT]
        labels = {"ruc": _("RUC del empleador (11 dígitos)")}
        widgets = {
            "birth_date": DATE,
            "start_date": DATE,
            "end_date": DATE,
            "ruc": forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 11}),
            "weekly_hours": forms.NumberInput(attrs={"inputmode": "numeric"}),
            "monthly_pay": forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}),
            "contract_file": forms.FileInput(attrs={"accept": "application/pdf"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        nationality = self.fields["nationality"]
        nationality.choices = [
            ("", _("Elige un país")),
            *((code, Country(code).name) for code in ANDEAN_COUNTRIES),
        ]
        nationality.help_text = _("Bolivia, Colombia o Ecuador (Decisión 545).")
        if self.instance.pk:  # correcting: the contract already sent stays unless replaced
            self.fields["contract_file"].required = False

    @property
    def sections(self):
        return [
            (_("El empleador"), [self[name] for name in EMPLOYER]),
            (_("El trabajador o la trabajadora"), [self[name] for name in WORKER]),
            (_("El contrato"), [self[name] for name in CONTRACT]),
            (_("Declaración"), [self["consent"]]),
        ]

    def clean_birth_date(self):
        born = self.cleaned_data["birth_date"]
        if born > timezone.localdate() or born.year < 1900:
            raise forms.ValidationError(_("Escribe una fecha de nacimiento real."))
        return born

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        today = timezone.localdate()
        if (
            not today - datetime.timedelta(days=3 * 365)
            <= start
            <= today + datetime.timedelta(days=365)
        ):
            raise forms.ValidationError(
                _("La fecha de inicio debe estar entre hace tres años y dentro de un año.")
            )
        return start

    def clean(self):
        cleaned = super().clean()
        cleaned.pop("consent", None)
        return cleaned


class RenewalForm(forms.Form):
    end_date = forms.DateField(
        label=_("Nueva fecha de fin del contrato"),
        required=False,
        widget=DATE,
        help_text=_("Vacío si ahora es indefinido."),
    )
    monthly_pay = forms.DecimalField(
        label=_("Remuneración mensual (S/)"), max_digits=10, decimal_places=2, min_value=0
    )

    def __init__(self, *args, registration, **kwargs):
        self.registration = registration
        super().__init__(*args, **kwargs)

    def clean_end_date(self):
        end = self.cleaned_data["end_date"]
        current = self.registration.end_date
        if end is not None and current is not None and end <= current:
            raise forms.ValidationError(
                _("La nueva fecha de fin debe ser posterior a la actual (%(date)s).")
                % {"date": current.strftime("%d/%m/%Y")}
            )
        return end


class EndForm(forms.Form):
    ended_on = forms.DateField(
        label=_("¿Qué día terminó o termina el contrato?"), widget=DATE, initial=timezone.localdate
    )

    def __init__(self, *args, registration, **kwargs):
        self.registration = registration
        super().__init__(*args, **kwargs)

    def clean_ended_on(self):
        day = self.cleaned_data["ended_on"]
        if day < self.registration.start_date:
            raise forms.ValidationError(_("No puede terminar antes de haber empezado."))
        return day


class LinkRequestForm(forms.Form):
    number = forms.CharField(
        label=_("Número de constancia"), max_length=24, help_text=_("p. ej. SIVITMA-2026-000123")
    )
    email = forms.EmailField(label=_("Correo con el que se registró"))


class AnnulForm(forms.Form):
    reason = forms.CharField(
        label=_("Motivo de la anulación"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("La página de verificación dirá que la constancia está anulada."),
    )
