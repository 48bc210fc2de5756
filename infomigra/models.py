"""What every content model shares: publication status, editor ordering, review date, and the
fallback notice when a text has no English version yet."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname


class Status(models.TextChoices):
    DRAFT = "draft", _("Borrador")
    PUBLISHED = "published", _("Publicado")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def by_slug(self, slug):
        """Match a translated slug in the active language, or the Spanish one (old links, and
        items whose English slug is still empty)."""
        localized = build_localized_fieldname("slug", get_language() or settings.LANGUAGE_CODE)
        spanish = build_localized_fieldname("slug", settings.LANGUAGE_CODE)
        return self.filter(Q(**{localized: slug}) | Q(**{spanish: slug}))


class TimeStamped(models.Model):
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("actualizado"), auto_now=True)

    class Meta:
        abstract = True


class Publishable(TimeStamped):
    """Editable public content: a draft is never shown to the public."""

    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    order = models.PositiveIntegerField(_("orden"), default=0, db_index=True)
    last_reviewed = models.DateField(
        _("última revisión"),
        null=True,
        blank=True,
        help_text=_("Fecha en que se comprobó por última vez que el contenido es correcto."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED


class FallbackNoticeMixin:
    """`shows_fallback` is true when the visitor's language lacks a translation of one of
    `fallback_fields` and the page therefore shows the Spanish text."""

    fallback_fields = ("title",)

    @property
    def shows_fallback(self):
        language = get_language() or settings.LANGUAGE_CODE
        if language == settings.LANGUAGE_CODE:
            return False
        for field in self.fallback_fields:
            original = getattr(self, build_localized_fieldname(field, settings.LANGUAGE_CODE))
            translated = getattr(self, build_localized_fieldname(field, language))
            if original and not translated:
                return True
        return False


class SourceLink(models.Model):
    """An official source a text was taken from."""

    title = models.CharField(_("título"), max_length=300)
    url = models.URLField(_("enlace"), max_length=500)
    order = models.PositiveIntegerField(_("orden"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]
        verbose_name = _("fuente oficial")
        verbose_name_plural = _("fuentes oficiales")

    def __str__(self):
        return self.title


class PageFeedback(models.Model):
    """An answer to "Was this page useful?" — no personal data: no name, e-mail, IP or cookie."""

    path = models.CharField(_("página"), max_length=300, db_index=True)
    title = models.CharField(_("título de la página"), max_length=300, blank=True)
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    useful = models.BooleanField(_("¿le fue útil?"))
    comment = models.TextField(_("comentario"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("recibido"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("opinión sobre una página")
        verbose_name_plural = _("opiniones sobre las páginas")

    def __str__(self):
        return f"{self.path} ({_('útil') if self.useful else _('no útil')})"
