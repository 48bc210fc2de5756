"""Visits to the public pages, kept without any raw IP address or cookie, and their daily
aggregates, which the monthly report reads."""

from django.db import models
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

    class Meta:
        verbose_name = _("visita")
        verbose_name_plural = _("visitas")

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
