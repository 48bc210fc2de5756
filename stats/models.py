"""Visits to the public pages, kept without any raw IP address or cookie, and their daily
aggregates, which the monthly report reads."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Device(models.TextChoices):
    MOBILE = "mobile", _("Móvil")
    TABLET = "tablet", _("Tableta")
    DESKTOP = "desktop", _("Computadora")


class Component(models.TextChoices):
    """The part of the portal a page belongs to: an action line or a complementary component."""

    HOME = "home", _("Portada")
    SEARCH = "search", _("Buscador")
    LINE = "line", _("Líneas de acción")
    GUIDES = "guides", _("Guías por país")
    INSTITUTIONS = "institutions", _("Directorio de instituciones")
    NEWS = "news", _("Noticias")
    EVENTS = "events", _("Eventos")
    LEGISLATION = "legislation", _("Legislación")
    STUDIES = "studies", _("Estudios")
    LINKS = "links", _("Enlaces")
    CONTEST_VIDEOS = "contest_videos", _("Concurso y videos")
    FAQ = "faq", _("Preguntas frecuentes")
    PUBLICATIONS = "publications", _("Publicaciones")
    PANEL = "panel", _("Panel informativo")
    CONTACT = "contact", _("Contacto y puntos de atención")
    PRODUCTIVE_RETURN = "productive_return", _("Retorno productivo")
    MIGRANT_VOICE = "migrant_voice", _("La voz del migrante")


class Visit(models.Model):
    """One public page view: a single-row insert by the middleware."""

    time = models.DateTimeField(_("hora"), db_index=True)
    path = models.CharField(_("página"), max_length=300)
    language = models.CharField(_("idioma"), max_length=5)
    country = models.CharField(_("país"), max_length=2, blank=True)
    line = models.PositiveSmallIntegerField(_("línea de acción"), null=True, blank=True)
    component = models.CharField(
        _("componente"), max_length=30, choices=Component.choices, blank=True
    )
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
