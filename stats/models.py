"""Visits to the public pages, kept without any raw IP address or cookie, and their daily
aggregates, which the monthly report reads."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Device(models.TextChoices):
    MOBILE = "mobile", _("Móvil")
    TABLET = "tablet", _("Tableta")
    DESKTOP = "desktop", _("Computadora")


class Visit(models.Model):
    """One public page view: a single-row insert by the middleware."""

    time = models.DateTimeField(_("hora"), db_index=True)
    path = models.CharField(_("página"), max_length=300)
    language = models.CharField(_("idioma"), max_length=5)
    country = models.CharField(_("país"), max_length=2, blank=True)
    line = models.PositiveSmallIntegerField(_("línea de acción"), null=True, blank=True)
    # A key of `infomigra.registry.components`, declared by the page's view.
    component = models.CharField(_("componente"), max_length=30, blank=True)
    content = models.CharField(_("contenido"), max_length=60, blank=True)
    referrer_host = models.CharField(_("sitio de procedencia"), max_length=120, blank=True)
    device = models.CharField(_("dispositivo"), max_length=10, choices=Device.choices)
    visitor = models.CharField(_("visitante anónimo"), max_length=16)
    # The proxy's id of the request (nginx's $request_id): a request the proxy retried on
    # another app server, after the first had stored its visit, is still one visit.
    request_id = models.CharField(max_length=64, blank=True, default="", db_default="")

    class Meta:
        verbose_name = _("visita")
        verbose_name_plural = _("visitas")
        constraints = [
            models.UniqueConstraint(
                fields=["request_id"],
                condition=~models.Q(request_id=""),
                name="unique_visit_request",
            )
        ]

    def __str__(self):
        return f"{self.time:%Y-%m-%d %H:%M} {self.path}"


class DailySalt(models.Model):
    """The salt of one day's anonymous visitor keys; destroyed once the day is over, so nobody
    can follow a visitor from one day to the next."""

    date = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return self.date.isoformat()


class Dimension(models.TextChoices):
    TOTAL = "total", _("Total")
    COUNTRY = "country", _("País")
    LINE = "line", _("Línea de acción")
    COMPONENT = "component", _("Componente")
    CONTENT = "content", _("Contenido")
    PATH = "path", _("Página")
    LANGUAGE = "language", _("Idioma")
    REFERRER = "referrer", _("Procedencia")
    DEVICE = "device", _("Dispositivo")


class DailyVisits(models.Model):
    """Visits and unique visitors of one day, for one value of one dimension."""

    date = models.DateField(db_index=True)
    dimension = models.CharField(max_length=10, choices=Dimension.choices)
    key = models.CharField(max_length=300)
    visits = models.PositiveIntegerField()
    visitors = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("visitas diarias")
        verbose_name_plural = _("visitas diarias")
        constraints = [
            models.UniqueConstraint(fields=["date", "dimension", "key"], name="unique_daily_key")
        ]
        indexes = [models.Index(fields=["dimension", "date"])]
        permissions = [("view_report", _("Puede ver el informe mensual de estadísticas"))]

    def __str__(self):
        return f"{self.date} {self.dimension}={self.key}: {self.visits}"


class ObservationQuerySet(models.QuerySet):
    def for_report(self, period):
        """What the report of `period` shows (Directiva §5.4.6): the observations made on one of
        its months, and every earlier one still open at some time in it (the report of the
        month DML closes it is the last to show it)."""
        return (
            self.filter(month__lte=period.end)
            .filter(
                models.Q(month__gte=period.start.replace(day=1))
                | models.Q(closed_on__isnull=True)
                | models.Q(closed_on__gte=period.start)
            )
            .select_related("recorded_by")
            .prefetch_related("actions")
        )


class Observation(models.Model):
    """An observation the directorate makes on a monthly report (Directiva §5.4.6); DML answers
    it with corrective actions and closes it. Kept with its history (django-reversion)."""

    month = models.DateField(_("mes del informe"), help_text=_("El primer día del mes."))
    text = models.TextField(_("observación"), max_length=4000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("registrada por"),
    )
    created_at = models.DateTimeField(_("registrada"), default=timezone.now)
    closed_on = models.DateField(
        _("cerrada el"),
        null=True,
        blank=True,
        help_text=_("Cuando las acciones correctivas la resolvieron. Vacío: sigue abierta."),
    )

    objects = ObservationQuerySet.as_manager()

    class Meta:
        ordering = ["month", "created_at"]
        verbose_name = _("observación de la Dirección")
        verbose_name_plural = _("observaciones de la Dirección")

    def __str__(self):
        return f"{self.month:%Y-%m}: {self.text[:60]}"


class CorrectiveAction(models.Model):
    """What DML does about an observation, and how far it got."""

    class State(models.TextChoices):
        PLANNED = "planned", _("Prevista")
        IN_PROGRESS = "in_progress", _("En curso")
        DONE = "done", _("Realizada")

    observation = models.ForeignKey(
        Observation, on_delete=models.CASCADE, related_name="actions",
        verbose_name=_("observación"),
    )  # fmt: skip
    text = models.TextField(_("acción correctiva"), max_length=4000)
    state = models.CharField(
        _("estado"), max_length=12, choices=State.choices, default=State.PLANNED
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrada por"),
    )
    updated_at = models.DateTimeField(_("actualizada"), auto_now=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("acción correctiva")
        verbose_name_plural = _("acciones correctivas")

    def __str__(self):
        return self.text[:60]
