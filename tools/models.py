"""The content of the three tools (issue 16), which editors keep like the rest of the portal:
- `Step`: one step of a migrant's plan, for an action line and, when it is the country's own, a
  country guide; with its documents, where it is done, cost, time, warnings, the answers it
  applies to and, when it has one, its window (days before or after the visitor's date). The
  personal checklist ("¿Qué necesito?") and the return planner are both built from steps.
- `WarningSign`: one question of the job-offer check, with why it matters."""

import datetime

from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from contact.models import ServicePoint
from infomigra.models import FallbackNoticeMixin, Publishable, PublishableQuerySet
from infomigra.richtext import RichTextField
from infomigra.validators import validate_public_url
from lines.models import ActionLine, CountryGuide


class Condition(models.TextChoices):
    """When a step applies, by the visitor's answer to one yes/no question."""

    ALWAYS = "", _("Siempre")
    YES = "yes", _("Solo si la respuesta es «sí»")
    NO = "no", _("Solo si la respuesta es «no»")


# The yes/no questions a step may depend on: the answer's key in `Answers` → the step's field.
CONDITIONS = {"offer": "if_offer", "family": "if_family", "regulated": "if_regulated"}


class StepQuerySet(PublishableQuerySet):
    def for_plan(self, *, line, guide=None, answers=None, by_date=False):
        """The public steps of `line` that apply to these answers: the line's own, and those of
        `guide` (the chosen country's) when there is one, in the editors' order, or, `by_date`,
        by their day (the deadline, else the start; the same order whatever the visitor's date)
        with undated steps last. An unanswered question ("no lo sé") leaves its steps in:
        better one step too many than one missing."""
        steps = self.published(within_parent=True).filter(line=line)
        steps = steps.filter(Q(guide=None) | Q(guide=guide)) if guide else steps.filter(guide=None)
        for key, field in CONDITIONS.items():
            answer = (answers or {}).get(key)
            if answer in (Condition.YES, Condition.NO):
                steps = steps.filter(**{f"{field}__in": [Condition.ALWAYS, answer]})
        ordering = ["order", "pk"]
        if by_date:
            day = Coalesce("closes_days", "opens_days")
            ordering = [day.asc(nulls_last=True), *ordering]
        return steps.select_related("place", "guide").order_by(*ordering)


class Step(FallbackNoticeMixin, Publishable):
    line = models.ForeignKey(
        ActionLine, on_delete=models.PROTECT, related_name="steps", verbose_name=_("línea")
    )
    guide = models.ForeignKey(
        CountryGuide,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="steps",
        verbose_name=_("guía de país"),
        help_text=_("Vacío: el paso vale para cualquier país. Con guía: solo para ese país."),
    )
    title = models.CharField(_("qué hacer"), max_length=200)
    body = RichTextField(_("explicación"), blank=True)
    documents = models.TextField(
        _("documentos"), blank=True, max_length=2000, help_text=_("Uno por línea.")
    )
    place = models.ForeignKey(
        ServicePoint,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("dónde: punto de atención"),
    )
    official_url = models.URLField(
        _("dónde: enlace oficial"),
        max_length=500,
        blank=True,
        validators=[validate_public_url],
        help_text=_("La página oficial del trámite, no la de inicio de la institución."),
    )
    official_label = models.CharField(_("texto del enlace"), max_length=200, blank=True)
    cost = models.CharField(
        _("costo habitual"), max_length=200, blank=True, help_text=_("Solo si se conoce.")
    )
    duration = models.CharField(
        _("tiempo habitual"), max_length=200, blank=True, help_text=_("Solo si se conoce.")
    )
    warning = models.TextField(_("advertencia"), blank=True, max_length=1000)
    if_offer = models.CharField(
        _("según la oferta de trabajo"), max_length=3, choices=Condition.choices, blank=True
    )
    if_family = models.CharField(
        _("según si viaja la familia"), max_length=3, choices=Condition.choices, blank=True
    )
    if_regulated = models.CharField(
        _("según si la profesión es regulada"), max_length=3, choices=Condition.choices,
        blank=True,
    )  # fmt: skip
    opens_days = models.SmallIntegerField(
        _("desde (días)"),
        null=True,
        blank=True,
        help_text=_(
            "Días respecto de la fecha de la persona (viaje o retorno): negativo, antes; "
            "positivo, después. Vacío: sin fecha de inicio."
        ),
    )
    closes_days = models.SmallIntegerField(
        _("plazo (días)"),
        null=True,
        blank=True,
        help_text=_(
            "Último día, en días respecto de la fecha de la persona (negativo, antes). Con "
            "plazo, el paso tiene fecha y va al calendario con un recordatorio."
        ),
    )
    to_verify = models.BooleanField(
        _("dato por verificar"),
        default=False,
        help_text=_(
            "Marca el paso cuyo plazo, costo o lugar falta confirmar en la fuente oficial."
        ),
    )

    objects = StepQuerySet.as_manager()
    fallback_fields = ("title", "body")
    visibility_parent = "line"

    class Meta(Publishable.Meta):
        ordering = ["line__number", "order", "pk"]
        verbose_name = _("paso")
        verbose_name_plural = _("pasos")
        constraints = [
            models.CheckConstraint(
                condition=Q(opens_days__isnull=True)
                | Q(closes_days__isnull=True)
                | Q(opens_days__lte=models.F("closes_days")),
                name="step_window_in_order",
                violation_error_message=_("El inicio debe ser anterior o igual al plazo."),
            )
        ]

    def __str__(self):
        return self.title

    @property
    def document_list(self):
        return [line.strip() for line in self.documents.splitlines() if line.strip()]

    def window(self, date):
        """The step's (opens, closes) dates for a visitor whose travel or return is on `date`
        (None where the step has no such day, or no date was given)."""
        if date is None:
            return None, None
        return tuple(
            date + datetime.timedelta(days=days) if days is not None else None
            for days in (self.opens_days, self.closes_days)
        )


class WarningSign(FallbackNoticeMixin, Publishable):
    """A warning sign of recruitment fraud or trafficking, asked as a yes/no question."""

    key = models.SlugField(
        _("clave"),
        max_length=40,
        unique=True,
        help_text=_("Corta y estable: va en la dirección del resultado (p. ej. «cobro»)."),
    )
    question = models.CharField(_("pregunta"), max_length=300)
    sign = models.CharField(
        _("señal de alerta"), max_length=200, help_text=_("Cómo se nombra en el resultado.")
    )
    why = models.TextField(_("por qué importa"), max_length=1500)
    check_url = models.URLField(
        _("qué comprobar: enlace oficial"),
        max_length=500,
        blank=True,
        validators=[validate_public_url],
    )
    check_label = models.CharField(_("qué comprobar: texto del enlace"), max_length=200, blank=True)
    to_verify = models.BooleanField(_("dato por verificar"), default=False)

    fallback_fields = ("question", "sign", "why")

    class Meta(Publishable.Meta):
        verbose_name = _("señal de alerta de una oferta")
        verbose_name_plural = _("señales de alerta de una oferta")

    def __str__(self):
        return self.sign
