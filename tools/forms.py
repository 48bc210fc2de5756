"""The tools' questions. Answers travel in the address (GET), so a checklist or a plan can be
bookmarked and shared; each form checks what the address says and names what is wrong."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from lines.models import ActionLine, CountryGuide

YES, NO = "si", "no"  # the same in both languages: the address is shared across them
YES_NO = [(YES, _("Sí")), (NO, _("No"))]
YES_NO_UNSURE = [*YES_NO, ("", _("No lo sé"))]
OTHER_COUNTRY = "otro"
ANDEAN = ("BO", "CO", "EC")  # Decision 545's member countries besides Peru


class QuestionText:
    """A question's words for each situation (the action line's number); `None` for any."""

    def __init__(self, default, **by_line):
        self.default = default
        self.by_line = {int(key.removeprefix("line")): text for key, text in by_line.items()}

    def for_line(self, number):
        return self.by_line.get(number, self.default)


# One question per screen, at most six (issue 16): key in the address, its words per line.
QUESTIONS = [
    ("linea", QuestionText(_("¿Cuál es tu situación?"))),
    ("pais", QuestionText(_("¿A qué país piensas ir a trabajar?"),
                          line2=_("¿Desde qué país vuelves?"),
                          line3=_("¿En qué país trabajas?"),
                          line4=_("¿De qué país eres?"))),
    ("oferta", QuestionText(_("¿Tienes ya una oferta de trabajo?"),
                            line2=_("¿Tienes ya un trabajo o un negocio esperándote en el Perú?"),
                            line3=_("¿Tienes un contrato de trabajo por escrito?"),
                            line4=_("¿Tienes un contrato o una oferta de trabajo en el Perú?"))),
    ("familia", QuestionText(_("¿Viajará tu familia contigo?"),
                             line2=_("¿Vuelve tu familia contigo?"),
                             line3=_("¿Vive tu familia contigo en ese país?"))),
    ("profesion", QuestionText(
        _("¿Tu profesión es regulada (medicina, enfermería, docencia, ingeniería…)?"))),
    ("fecha", QuestionText(_("¿Cuándo piensas viajar?"),
                           line2=_("¿Cuándo piensas volver?"),
                           line3=_("¿Cuándo empieza o empezó tu contrato?"),
                           line4=_("¿Cuándo empieza o empezó tu contrato?"))),
]  # fmt: skip
KEYS = [key for key, _text in QUESTIONS]


def _date_field(label, *, required):
    return forms.DateField(
        label=label,
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Escribe la fecha como año-mes-día, p. ej. 2027-03-01.")},
    )


def check_date_range(value):
    """A travel or return date a plan can be made for: from last year to ten years ahead."""
    if value is None:
        return value
    today = timezone.localdate()
    if value.year < today.year - 1 or value.year > today.year + 10:
        raise forms.ValidationError(
            _("Indica una fecha entre el año pasado y los próximos diez años.")
        )
    return value


class AnswersForm(forms.Form):
    """The six answers of "¿Qué necesito?". Only the situation is required; "No lo sé" leaves a
    question open (its steps stay in the list)."""

    linea = forms.TypedChoiceField(
        label=QUESTIONS[0][1].default, coerce=int, widget=forms.RadioSelect,
        error_messages={"required": _("Elige tu situación para seguir.")},
    )  # fmt: skip
    pais = forms.ChoiceField(label=QUESTIONS[1][1].default, required=False,
                             widget=forms.RadioSelect)  # fmt: skip
    oferta = forms.ChoiceField(choices=YES_NO_UNSURE, required=False, widget=forms.RadioSelect)
    familia = forms.ChoiceField(choices=YES_NO_UNSURE, required=False, widget=forms.RadioSelect)
    profesion = forms.ChoiceField(choices=YES_NO_UNSURE, required=False, widget=forms.RadioSelect)
    fecha = _date_field(QUESTIONS[5][1].default, required=False)

    def __init__(self, *args, lines, guides, **kwargs):
        super().__init__(*args, **kwargs)
        self.lines = {line.number: line for line in lines}
        self.guides = {guide.country.code: guide for guide in guides}
        self.fields["linea"].choices = [
            (line.number, line.menu_label or line.title) for line in lines
        ]
        codes = sorted({*self.guides, *ANDEAN}, key=countries.name)
        self.fields["pais"].choices = [
            *[(code, countries.name(code)) for code in codes],
            (OTHER_COUNTRY, _("Otro país")),
            ("", _("No lo sé todavía")),
        ]

    def clean_fecha(self):
        return check_date_range(self.cleaned_data["fecha"])

    @property
    def line(self):
        return self.lines.get(self.cleaned_data.get("linea"))

    @property
    def guide(self):
        """The chosen country's guide, when it is one of the guides (line 4 has none: the
        guides are for Peruvians going abroad)."""
        if self.cleaned_data.get("linea") == 4:
            return None
        return self.guides.get(self.cleaned_data.get("pais"))

    def country_choices(self, number):
        """The country question's choices for a situation: the guide countries, or, for a
        foreign worker in Peru (line 4), the Andean ones."""
        wanted = set(ANDEAN) if number == 4 else set(self.guides)
        return [(code, name) for code, name in self.fields["pais"].choices
                if code in wanted or code in (OTHER_COUNTRY, "")]  # fmt: skip

    def summary(self):
        """The answers in words (question, answer), for the checklist and its printout."""
        number = self.line.number if self.line else None
        summary = []
        for key, text in QUESTIONS:
            value = self.cleaned_data.get(key)
            if key != "fecha" and value not in (None, ""):
                value = dict(self.fields[key].choices).get(value, "")
            if value:
                summary.append((text.for_line(number), value))
        return summary

    def conditions(self):
        """The yes/no answers as the steps' conditions ("yes", "no", or "" when unknown)."""
        words = {YES: "yes", NO: "no"}
        return {
            condition: words.get(self.cleaned_data.get(key), "")
            for key, condition in (
                ("oferta", "offer"),
                ("familia", "family"),
                ("profesion", "regulated"),
            )  # fmt: skip
        }


def answers_form(data):
    """The questionnaire's form over the public lines and guides (two queries)."""
    lines = list(ActionLine.objects.published().order_by("number"))
    guides = list(CountryGuide.objects.published().order_by("pk"))
    return AnswersForm(data, lines=lines, guides=guides)


class ReturnForm(forms.Form):
    """The return planner's two questions."""

    pais = forms.ChoiceField(
        label=_("¿Desde qué país vuelves?"),
        error_messages={"required": _("Elige el país desde el que vuelves.")},
    )
    fecha = _date_field(_("¿Qué día piensas llegar al Perú?"), required=True)

    def __init__(self, *args, guides, **kwargs):
        super().__init__(*args, **kwargs)
        self.guides = {guide.country.code: guide for guide in guides}
        first = sorted(self.guides, key=countries.name)
        rest = [
            (code, name) for code, name in countries if code not in self.guides and code != "PE"
        ]
        self.fields["pais"].choices = [
            ("", _("Elige un país")),
            *[(code, countries.name(code)) for code in first],
            ("", "──────────"),
            *rest,
        ]
        self.fields["fecha"].error_messages["required"] = _(
            "Escribe la fecha en que piensas llegar al Perú."
        )

    def clean_fecha(self):
        return check_date_range(self.cleaned_data["fecha"])

    @property
    def guide(self):
        return self.guides.get(self.cleaned_data.get("pais"))

    @property
    def country_name(self):
        return countries.name(self.cleaned_data["pais"])


def return_form(data):
    return ReturnForm(data, guides=list(CountryGuide.objects.published().order_by("pk")))


class OfferCheckForm(forms.Form):
    """The job-offer check: one yes/no question per warning sign editors keep, and the country
    of the offer (for the guide's permit chapter). Every question may stay unanswered."""

    pais = forms.ChoiceField(label=_("¿En qué país es el trabajo?"), required=False)

    def __init__(self, *args, signs, guides, **kwargs):
        super().__init__(*args, **kwargs)
        self.signs = signs
        self.guides = {guide.country.code: guide for guide in guides}
        for sign in signs:
            self.fields[sign.key] = forms.ChoiceField(
                label=sign.question, choices=YES_NO_UNSURE, required=False,
                widget=forms.RadioSelect,
            )  # fmt: skip
        self.fields["pais"].choices = [
            ("", _("Otro país o no lo sé")),
            *[(code, countries.name(code)) for code in sorted(self.guides, key=countries.name)],
        ]
        self.order_fields([sign.key for sign in signs])

    def found(self):
        """The signs answered "sí", in the editors' order."""
        return [sign for sign in self.signs if self.cleaned_data.get(sign.key) == YES]

    @property
    def guide(self):
        return self.guides.get(self.cleaned_data.get("pais"))
