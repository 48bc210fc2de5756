from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryDescriptor

from infomigra.forms import HoneypotMixin
from lines.models import ActionLine

from .models import Attention, ContactMessage, MigrantVoice, Profile, ReturneeRegistration

CONSENT_ERROR = _("Para enviarnos tus datos debes aceptar el aviso de privacidad.")


class PublicForm(HoneypotMixin, forms.ModelForm):
    """What every public form shares: a honeypot field and a required consent."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "consent" in self.fields:
            self.fields["consent"].required = True
            self.fields["consent"].error_messages["required"] = CONSENT_ERROR
        for name, field in self.fields.items():
            if isinstance(getattr(self._meta.model, name, None), CountryDescriptor):
                # nothing chosen until the visitor chooses (the list opens with Peru, the guide
                # countries and the Andean ones, then a break: settings.COUNTRIES_FIRST)
                choices = [choice for choice in field.choices if choice[0]]
                field.choices = [("", _("Elige un país")), *choices[: len(settings.COUNTRIES_FIRST)],
                                 ("", "──────────"), *choices[len(settings.COUNTRIES_FIRST) :]]  # fmt: skip
            elif isinstance(field, forms.TypedChoiceField) and field.choices[:1] == [
                ("", "---------")
            ]:
                field.choices = [
                    ("", _("Elige una opción")),
                    *field.choices[1:],
                ]  # words, not dashes
        if "line" in self.fields:
            self.fields["line"].queryset = ActionLine.objects.published()
            self.fields["line"].empty_label = _("No lo sé / otra consulta")
            # the line's words (its menu label), not "1. ¿…?"
            self.fields["line"].label_from_instance = lambda line: line.menu_label or line.title

    def clean(self):
        cleaned = super().clean()
        for name, value in cleaned.items():
            if isinstance(value, str):
                cleaned[name] = value.replace("\x00", "").strip()
        return cleaned


# The report's categories, in the words of the person writing.
PROFILE_IN_PLAIN_WORDS = [
    (Profile.POTENTIAL_MIGRANT, _("Pienso trabajar en el extranjero")),
    (Profile.PERUVIAN_ABROAD, _("Soy peruano o peruana y vivo en el extranjero")),
    (Profile.RETURNEE, _("Volví o pienso volver al Perú")),
    (Profile.ANDEAN_WORKER, _("Soy de un país andino y trabajo o quiero trabajar en el Perú")),
    (Profile.FOREIGNER, _("Soy de otro país y trabajo o quiero trabajar en el Perú")),
    (Profile.GENERAL_PUBLIC, _("Escribo por un familiar o por otro motivo")),
]


def _prefer_not_to_say(choices):
    return [(value, _("Prefiero no decirlo") if value == "unknown" else label)
            for value, label in choices]  # fmt: skip


ATTACHMENT_SALT = "contact.attachment"
ATTACHMENT_MAX_AGE = 60 * 60 * 24 * 7  # a week to write and send the message


def attachment_token(*, title, lines):
    """What a tool of the portal hands to the contact form (`?adjunto=`): the visitor's answers,
    signed so that what reaches Atención as "attached by the tool" was written by the tool."""
    return signing.dumps({"t": str(title), "l": [str(line) for line in lines]},
                         salt=ATTACHMENT_SALT, compress=True)  # fmt: skip


def attachment_text(token):
    """The attachment as the staff read it (title, then one answer per line); raises
    `signing.BadSignature` (or `SignatureExpired`) when it was not made by `attachment_token`."""
    data = signing.loads(token, salt=ATTACHMENT_SALT, max_age=ATTACHMENT_MAX_AGE)
    return "\n".join([data["t"], *(f"- {line}" for line in data["l"])])


class ContactForm(PublicForm):
    """The contact form. Age, sex and topic are optional and go only to the attention register
    (the monthly report's figures), never to the message staff read."""

    STATISTICS_HELP = _("Opcional: solo para las estadísticas del servicio.")
    topic = forms.ChoiceField(
        label=_("¿Qué tipo de consulta es?"),
        required=False,
        choices=[("", _("Elige una opción")), *Attention.Topic.choices],
        help_text=STATISTICS_HELP,
    )
    age_band = forms.ChoiceField(
        label=_("¿Qué edad tienes?"),
        required=False,
        choices=_prefer_not_to_say(Attention.AgeBand.choices),
        widget=forms.RadioSelect,
        help_text=STATISTICS_HELP,
    )
    gender = forms.ChoiceField(
        label=_("Sexo"),
        required=False,
        choices=_prefer_not_to_say(Attention.Gender.choices),
        widget=forms.RadioSelect,
        help_text=STATISTICS_HELP,
    )
    attachment = forms.CharField(required=False, widget=forms.HiddenInput, max_length=4000)
    field_order = ["name", "email", "country", "profile", "line", "topic", "message",
                   "age_band", "gender", "attachment", "consent"]  # fmt: skip

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "country", "profile", "line", "message", "consent"]
        labels = {
            "country": _("¿En qué país vives?"),
            "profile": _("¿Cuál es tu situación?"),
            "line": _("¿Sobre qué tema nos escribes?"),
            "message": _("Tu consulta"),
            "consent": _(
                "He leído el aviso de privacidad y acepto que se usen mis datos para atender mi consulta."
            ),
        }
        widgets = {"message": forms.Textarea(attrs={"rows": 6, "maxlength": 4000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["profile"].choices = [("", _("Elige una opción")), *PROFILE_IN_PLAIN_WORDS]
        self.fields["country"].required = True  # blank only for a message that came by e-mail

    @property
    def attached_text(self):
        """The answers a tool attached, to show the visitor what will be sent ("" if none)."""
        token = self["attachment"].value() or ""
        try:
            return attachment_text(token) if token else ""
        except signing.BadSignature:
            return ""

    def clean(self):
        cleaned = super().clean()
        token = cleaned.get("attachment", "")
        if token:  # a hidden field: its error goes at the top of the form, in words
            try:
                cleaned["attachment"] = attachment_text(token)
            except signing.SignatureExpired:
                self.add_error(None, _("Las respuestas adjuntas caducaron: vuelve a la "
                                       "herramienta y ábrela otra vez."))  # fmt: skip
            except signing.BadSignature:
                self.add_error(None, _("Las respuestas adjuntas no son válidas: vuelve a la "
                                       "herramienta y ábrela otra vez."))  # fmt: skip
        return cleaned


class MigrantVoiceForm(PublicForm):
    class Meta:
        model = MigrantVoice
        fields = ["alias", "country", "city", "text", "consent"]
        labels = {
            "consent": _(
                "Acepto que se publique mi texto con mi nombre o seudónimo, país y ciudad, una vez revisado."
            )
        }
        help_texts = {
            "alias": _("Puedes usar un seudónimo. No escribas datos que te identifiquen.")
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 5, "maxlength": 2000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].error_messages["required"] = _(
            "Para publicar tu texto necesitamos tu autorización."
        )


class ReturneeForm(PublicForm):
    field_groups = [
        (
            _("¿En qué te gustaría recibir apoyo?"),
            _("Marca todas las que quieras."),
            [
                "wants_job_placement",
                "wants_self_employment",
                "wants_training",
                "wants_certification",
            ],
        )
    ]

    class Meta:
        model = ReturneeRegistration
        fields = [
            "name", "email", "phone", "current_country", "planned_return", "occupation", "skills",
            "education", "region", "wants_job_placement", "wants_self_employment", "wants_training",
            "wants_certification", "consent",
        ]  # fmt: skip
        labels = {
            "consent": _(
                "He leído el aviso de privacidad y acepto que se usen mis datos para orientarme en mi retorno."
            )
        }
        widgets = {
            "planned_return": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "skills": forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        }

    def clean_planned_return(self):
        planned = self.cleaned_data["planned_return"]
        today = timezone.localdate()
        if planned < today.replace(year=today.year - 1) or planned.year > today.year + 10:
            raise forms.ValidationError(
                _(
                    "Indica una fecha de retorno prevista entre el año pasado y los próximos diez años."
                )
            )
        return planned

    def clean(self):
        cleaned = super().clean()
        interests = [
            "wants_job_placement",
            "wants_self_employment",
            "wants_training",
            "wants_certification",
        ]
        if not any(cleaned.get(name) for name in interests):
            self.add_error(
                "wants_job_placement",
                _("Marca al menos un tema en el que te interesa recibir apoyo."),
            )
        return cleaned


class AttentionForm(forms.ModelForm):
    """The window's quick entry: a few taps per person attended."""

    class Meta:
        model = Attention
        fields = [
            "date",
            "channel",
            "migrant_type",
            "age_band",
            "gender",
            "country",
            "line",
            "topic",
            "notes",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "channel": forms.RadioSelect,
            "migrant_type": forms.RadioSelect,
            "age_band": forms.RadioSelect,
            "gender": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["line"].queryset = ActionLine.objects.all()
        self.fields["line"].empty_label = _("Sin línea de acción")
        self.fields["line"].label_from_instance = lambda line: line.menu_label or line.title
        self.fields["channel"].choices = [
            c for c in Attention.Channel.choices if c[0] != Attention.Channel.WEB_FORM
        ]
        self.fields["migrant_type"].choices = Profile.choices  # a radio needs no empty choice
        self.fields["topic"].choices = [("", _("Elige un tema")), *Attention.Topic.choices]
        country = self.fields["country"]
        country.choices = [("", _("No indica el país")), *[c for c in country.choices if c[0]]]
        self.fields["date"].initial = timezone.localdate


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=_("Correo electrónico de la persona"))


SUBSCRIBABLE = {"lines.countryguide", "lines.actionline"}


class SubscribeForm(HoneypotMixin, forms.Form):
    """Be told by e-mail of a guide's or a line's significant changes (no account)."""

    email = forms.EmailField(label=_("Tu correo electrónico"), max_length=254)
    item = forms.CharField(widget=forms.HiddenInput, max_length=60)
    consent = forms.BooleanField(
        label=_(
            "Acepto que se use mi correo solo para estos avisos; puedo darme de baja en "
            "cualquier momento con un clic."
        ),  # fmt: skip
        error_messages={"required": CONSENT_ERROR},
    )

    def clean_item(self):
        """The guide or line, public, that the hidden field names ("lines.countryguide:3")."""
        from django.apps import apps

        label, _sep, pk = self.cleaned_data["item"].partition(":")
        if label not in SUBSCRIBABLE or not pk.isdigit():
            raise forms.ValidationError(_("Esta página no admite suscripciones."))
        item = apps.get_model(label)._default_manager.published().filter(pk=int(pk)).first()
        if item is None:
            raise forms.ValidationError(_("Esta página no admite suscripciones."))
        return item

    @staticmethod
    def key(item):
        return f"{item._meta.label_lower}:{item.pk}"
