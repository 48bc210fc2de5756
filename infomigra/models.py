"""What every content model shares: publication status and schedule, editor ordering, review
dates, translation status, and the fallback notice when a text has no English version yet."""

import hashlib
import html
import re

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, Min, Q, Value
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from .validators import validate_public_url


class Status(models.TextChoices):
    DRAFT = "draft", _("Borrador")
    PUBLISHED = "published", _("Publicado")


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Falta el inglés")
    OUTDATED = "outdated", _("Inglés desactualizado")
    CURRENT = "current", _("Al día")


class ReviewQuerySet(models.QuerySet):
    def review_due(self, on=None):
        return self.filter(review_due_condition(on))

    def translation_is(self, status):
        """Items whose own translation, or one of their parts' (`translation_parts`: a guide's
        chapters, a line's sections), is in `status` (missing or outdated)."""
        return self.filter(self.model.translation_condition(status))

    def with_worst_translation(self):
        """Annotates whether a part's English is missing or outdated (two EXISTS, one query),
        for `Editorial.worst_translation_status`."""
        return self.annotate(
            parts_missing=_parts_exist(self.model, TranslationStatus.MISSING),
            parts_outdated=_parts_exist(self.model, TranslationStatus.OUTDATED),
        )


def _parts_exist(model, status):
    """EXISTS: one of the item's parts has this translation status (False with no parts)."""
    condition = None
    for name in model.translation_parts:
        relation = model._meta.get_field(name)
        parts = relation.related_model._default_manager.filter(
            **{relation.field.name: models.OuterRef("pk"), "translation_status": status}
        )
        condition = Exists(parts) if condition is None else condition | Exists(parts)
    return condition if condition is not None else Value(False)


def review_due_condition(on=None):
    """Content whose review date has come, or that was never reviewed."""
    on = on or timezone.localdate()
    return Q(review_due_on__lte=on) | Q(review_due_on__isnull=True)


class VisibleQuerySet(ReviewQuerySet):
    """Reads of content that the public may see. The rule itself is the model's
    `public_condition()`; every page, list, search, sitemap, feed and report asks these
    methods and nothing else."""

    def published(self, *, within_parent=False):
        """What the public sees right now: the item and every item it depends on.
        `within_parent`: the caller already stands on the parent (its own page, or a prefetch
        from it), so only the item's own condition counts — a staff preview of a draft line
        still lists the sections that will be public with it."""
        model = self.model
        if within_parent:
            return self.filter(model.own_public_condition("", timezone.now()))
        return self.filter(model.public_condition())

    def with_public_flag(self):
        """Every item, each marked `is_live` (the same rule, as one SQL expression)."""
        return self.annotate(
            is_live=ExpressionWrapper(self.model.public_condition(), output_field=BooleanField())
        )

    def visible_to(self, user):
        """Staff who may view this model also see what is not public yet (preview), marked
        `is_live=False`; everyone else sees `published()`."""
        opts = self.model._meta
        if (
            user.is_active
            and user.is_staff
            and user.has_perm(f"{opts.app_label}.view_{opts.model_name}")
        ):
            return self.with_public_flag()
        return self.published().annotate(is_live=Value(True, output_field=BooleanField()))

    def by_slug(self, slug):
        """Match a translated slug in the active language, or the Spanish one (old links, and
        items whose English slug is still empty)."""
        localized = build_localized_fieldname("slug", get_language() or settings.LANGUAGE_CODE)
        spanish = build_localized_fieldname("slug", settings.LANGUAGE_CODE)
        return self.filter(Q(**{localized: slug}) | Q(**{spanish: slug}))


class PublishableQuerySet(VisibleQuerySet):
    def with_public_flag(self):
        """Also marks `is_scheduled`: published, waiting for its time."""
        return (
            super()
            .with_public_flag()
            .annotate(
                is_scheduled=ExpressionWrapper(
                    self.model.scheduled_condition(), output_field=BooleanField()
                )
            )
        )

    def scheduled(self):
        return self.filter(self.model.scheduled_condition())

    def drafts(self):
        return self.filter(status=Status.DRAFT)


class Visible(models.Model):
    """The one rule for "may the public see this?": the item's own condition (status and
    schedule, for `Publishable`) and, when `visibility_parent` names a foreign key, the same
    rule for the parent — a section is public only while its line is, a chapter only while its
    guide is. A nullable parent (an FAQ without a line) does not hide the item."""

    visibility_parent = None
    # A part edited with its parent as one unit (a guide's chapters): its pending changes go in
    # the parent's working copy and are published, previewed and restored with it.
    part_of = None

    class Meta:
        abstract = True

    def edit_unit(self):
        """The item whose working copy holds this one's pending changes: itself, or its parent."""
        return getattr(self, self.part_of) if self.part_of else self

    def is_public(self):
        return type(self)._default_manager.published().filter(pk=self.pk).exists()

    @classmethod
    def own_public_condition(cls, prefix, now):
        return Q()

    def own_public_from(self):
        """When this item's own schedule lets the public see it (None: no schedule)."""
        return None

    def public_from(self):
        """When the public may see this item, given that it and its parents are published: the
        latest of their schedules (None: as soon as they are published). With
        `public_condition()` this is the same rule, for one object (the search index stores it)."""
        moments = [self.own_public_from()]
        if self.visibility_parent:
            parent = getattr(self, self.visibility_parent)
            if parent is not None:
                moments.append(parent.public_from())
        return max((moment for moment in moments if moment), default=None)

    @classmethod
    def next_public_change(cls, now):
        """The earliest moment after `now` at which what the public sees of this model changes
        by itself (a scheduled publication comes), or None. Date-only rules (a news date, a
        contest's days) change at midnight, which the page cache always respects."""
        return None

    @classmethod
    def public_condition(cls, prefix="", now=None):
        now = now or timezone.now()
        condition = cls.own_public_condition(prefix, now)
        if cls.visibility_parent:
            parent_field = cls._meta.get_field(cls.visibility_parent)
            parent_prefix = f"{prefix}{cls.visibility_parent}__"
            parent = parent_field.related_model.public_condition(parent_prefix, now)
            if parent_field.null:
                parent |= Q(**{f"{prefix}{cls.visibility_parent}__isnull": True})
            condition &= parent
        return condition


class ContactDetails(models.Model):
    """How to reach a place in person: the appointment page, where it is on a map (an
    OpenStreetMap link, no map script) and whether its details still need confirming from an
    official source (demo data never invents them: editors see what is missing)."""

    appointment_url = models.URLField(
        _("cita en línea"), max_length=500, blank=True, validators=[validate_public_url]
    )
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )  # fmt: skip
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )  # fmt: skip
    to_verify = models.BooleanField(
        _("datos por confirmar"),
        default=False,
        help_text=_(
            "Marcado cuando la dirección, el teléfono o el horario no están confirmados con una "
            "fuente oficial: el portal pide al visitante que confirme antes de ir."
        ),
    )

    class Meta:
        abstract = True

    @property
    def map_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        lat, lon = f"{self.latitude:.6f}", f"{self.longitude:.6f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    @property
    def phone_href(self):
        """`tel:` with the digits (and a leading +) of the first number written."""
        first = re.split(r"[/,;]| o | or ", getattr(self, "phone", "") or "")[0]
        digits = re.sub(r"[^\d+]", "", first)
        return f"tel:{digits}" if len(digits.lstrip("+")) >= 6 else ""


class TimeStamped(models.Model):
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("actualizado"), auto_now=True)

    class Meta:
        abstract = True


class Editorial(TimeStamped):
    """What editors keep for every piece of content: when it was last checked and how often it
    must be, and whether its English text is missing, outdated or up to date.

    `review_due_on` and the translation columns are derived from the item's own fields when it
    is saved, and stored so that admin lists and dashboards filter on them without computing
    anything per row.
    """

    last_reviewed = models.DateField(
        _("última revisión"),
        null=True,
        blank=True,
        help_text=_("Fecha en que se comprobó por última vez que el contenido es correcto."),
    )
    review_interval_months = models.PositiveSmallIntegerField(_("revisar cada (meses)"), default=12)
    review_due_on = models.DateField(
        _("próxima revisión"), null=True, blank=True, editable=False, db_index=True
    )
    translation_status = models.CharField(
        _("traducción"),
        max_length=10,
        choices=TranslationStatus.choices,
        default=TranslationStatus.MISSING,
        editable=False,
        db_index=True,
    )
    source_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    source_changed_at = models.DateTimeField(null=True, blank=True, editable=False)
    translation_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    translation_changed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        abstract = True

    # Fields whose translation is not text a translator writes.
    untranslated_text_fields = ("slug", "action_url")
    # Related names of the parts edited on their own whose English the whole depends on (a
    # guide's chapters): the whole shows the worst translation state of itself and its parts.
    translation_parts = ()

    def save(self, *args, **kwargs):
        self.refresh_review_due()
        self.refresh_translation_status()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *EDITORIAL_DERIVED_FIELDS}
        super().save(*args, **kwargs)

    @classmethod
    def translation_condition(cls, status):
        condition = Q(translation_status=status)
        if cls.translation_parts:
            condition |= Q(_parts_exist(cls, status))
        return condition

    @property
    def worst_translation_status(self):
        """Missing if the item's or a part's English is missing, else outdated if one is
        outdated, else the item's own (needs `with_worst_translation()` for the parts)."""
        if self.translation_status == TranslationStatus.MISSING or getattr(
            self, "parts_missing", False
        ):
            return TranslationStatus.MISSING
        if self.translation_status == TranslationStatus.OUTDATED or getattr(
            self, "parts_outdated", False
        ):
            return TranslationStatus.OUTDATED
        return TranslationStatus(self.translation_status)

    def refresh_review_due(self):
        self.review_due_on = (
            self.last_reviewed + relativedelta(months=self.review_interval_months)
            if self.last_reviewed
            else None
        )

    def _translated_text_fields(self):
        from modeltranslation.translator import NotRegistered, translator

        try:
            fields = translator.get_options_for_model(type(self)).fields
        except NotRegistered:
            return []
        return [name for name in fields if name not in self.untranslated_text_fields]

    def _texts(self, language):
        return [
            getattr(self, build_localized_fieldname(name, language)) or ""
            for name in self._translated_text_fields()
        ]

    def refresh_translation_status(self, now=None):
        """Missing when a Spanish text has no English; outdated when the Spanish changed
        materially (more than whitespace) after the English was last edited."""
        now = now or timezone.now()
        spanish = self._texts(settings.LANGUAGE_CODE)
        english = self._texts("en")
        spanish_print, english_print = fingerprint(spanish), fingerprint(english)
        if spanish_print != self.source_fingerprint:
            self.source_fingerprint, self.source_changed_at = spanish_print, now
        if english_print != self.translation_fingerprint:
            self.translation_fingerprint, self.translation_changed_at = english_print, now
        if any(es.strip() and not en.strip() for es, en in zip(spanish, english, strict=True)):
            self.translation_status = TranslationStatus.MISSING
        elif self.source_changed_at and self.source_changed_at > (
            self.translation_changed_at or self.source_changed_at
        ):
            self.translation_status = TranslationStatus.OUTDATED
        else:
            self.translation_status = TranslationStatus.CURRENT

    def mark_translation_current(self, now=None):
        """The English was checked against the Spanish and needs no change."""
        now = now or timezone.now()
        self.translation_changed_at = max(now, self.source_changed_at or now)
        self.refresh_translation_status(now=now)


EDITORIAL_DERIVED_FIELDS = (
    "review_due_on",
    "translation_status",
    "source_fingerprint",
    "source_changed_at",
    "translation_fingerprint",
    "translation_changed_at",
)


LINK_TARGET = re.compile(r"""\b(?:href|src)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


def normalised_text(value):
    """What a reader gets from a text or its sanitised HTML: the words, entities decoded and
    whitespace collapsed, and the addresses it links to. Markup alone (CKEditor rewriting the
    HTML of a language nobody touched: line breaks, entities, attribute order) changes nothing."""
    targets = LINK_TARGET.findall(value)
    words = html.unescape(re.sub(r"<[^>]*>", " ", value)).split()
    return " ".join([*words, *(f"[{target}]" for target in targets)])


def fingerprint(texts):
    """A hash of what `texts` say to a reader (`normalised_text`): a Spanish-only edit changes
    the Spanish fingerprint and not the English one, whatever the editor did to the markup."""
    normalised = "\x1f".join(normalised_text(text) for text in texts)
    return hashlib.sha256(normalised.encode()).hexdigest()


def refresh_fingerprints(apps, app_label):
    """For an app's data migration: store the fingerprints of its content as `fingerprint`
    computes them now, without marking anything changed (`apps`: the migration's)."""
    from django.apps import apps as current
    from modeltranslation.translator import NotRegistered, translator

    for model in current.get_app_config(app_label).get_models():
        if not issubclass(model, Editorial):
            continue
        try:
            fields = translator.get_options_for_model(model).fields
        except NotRegistered:
            continue
        fields = [name for name in fields if name not in model.untranslated_text_fields]
        historical = apps.get_model(app_label, model.__name__)
        for row in historical.objects.all().iterator():
            texts = {language: [getattr(row, f"{name}_{language}", "") or "" for name in fields]
                     for language in (settings.LANGUAGE_CODE, "en")}  # fmt: skip
            historical.objects.filter(pk=row.pk).update(
                source_fingerprint=fingerprint(texts[settings.LANGUAGE_CODE]),
                translation_fingerprint=fingerprint(texts["en"]),
            )


class Publishable(Visible, Editorial):
    """Editable public content: a draft is never shown to the public, and publication can be
    scheduled."""

    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publish_at = models.DateTimeField(
        _("publicar a partir de"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Vacío: en cuanto se publique. Con fecha: se hace público a esa hora."),
    )
    order = models.PositiveIntegerField(_("orden"), default=0, db_index=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    @classmethod
    def own_public_condition(cls, prefix, now):
        """Published, and its scheduled time (if any) has come."""
        return Q(**{f"{prefix}status": Status.PUBLISHED}) & (
            Q(**{f"{prefix}publish_at__isnull": True}) | Q(**{f"{prefix}publish_at__lte": now})
        )

    def own_public_from(self):
        return self.publish_at

    @classmethod
    def next_public_change(cls, now):
        return cls._default_manager.filter(status=Status.PUBLISHED, publish_at__gt=now).aggregate(
            next=Min("publish_at")
        )["next"]

    @classmethod
    def scheduled_condition(cls, now=None):
        return Q(status=Status.PUBLISHED, publish_at__gt=now or timezone.now())

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED


class FallbackNoticeMixin:
    """`shows_fallback` is true when the visitor's language lacks a translation of one of
    `fallback_fields` and the page therefore shows the Spanish text."""

    fallback_fields = ("title",)

    @property
    def shows_fallback(self):
        return any(self.falls_back(field) for field in self.fallback_fields)

    def falls_back(self, field):
        """True when `field` has Spanish text but none in the visitor's language."""
        language = get_language() or settings.LANGUAGE_CODE
        if language == settings.LANGUAGE_CODE:
            return False
        original = getattr(self, build_localized_fieldname(field, settings.LANGUAGE_CODE))
        return bool(original) and not getattr(self, build_localized_fieldname(field, language))


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


class PageFeedbackQuerySet(models.QuerySet):
    def summary_by_page(self):
        """Per page: answers, how many found it useful, the share of "yes" in %, the latest."""
        return (
            self.values("path")
            .annotate(
                title=models.Max("title"),
                total=models.Count("pk"),
                yes=models.Count("pk", filter=Q(useful=True)),
                comments=models.Count("pk", filter=~Q(comment="")),
                latest=models.Max("created_at"),
            )
            .annotate(
                share_yes=models.ExpressionWrapper(
                    100.0 * models.F("yes") / models.F("total"), output_field=models.FloatField()
                )
            )
            .order_by("share_yes", "-total", "path")
        )


class PageFeedback(models.Model):
    """An answer to "Was this page useful?" — no personal data: no name, e-mail, IP or cookie."""

    path = models.CharField(_("página"), max_length=300, db_index=True)
    title = models.CharField(_("título de la página"), max_length=300, blank=True)
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    useful = models.BooleanField(_("¿le fue útil?"))
    comment = models.TextField(_("comentario"), max_length=1000, blank=True)
    created_at = models.DateTimeField(_("recibido"), auto_now_add=True, db_index=True)

    objects = PageFeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("opinión sobre una página")
        verbose_name_plural = _("opiniones sobre las páginas")

    def __str__(self):
        return f"{self.path} ({_('útil') if self.useful else _('no útil')})"


class SearchDocument(models.Model):
    """One public item in one language as the site search reads it: its title, address and
    texts (folded: lower case, no accents) by weight, and on PostgreSQL a stored, GIN-indexed
    `tsvector`. Kept current by `infomigra.search` when content is saved or deleted; an item
    appears here once it and its parents are published, and the search shows it from
    `public_from` on (a scheduled item needs no new indexing at its time)."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=100)  # the source's model label
    title = models.CharField(max_length=600)
    url = models.CharField(max_length=600)
    text = models.TextField(blank=True)  # plain text the snippet is cut from
    spanish_only = models.BooleanField(default=False)  # an English reader gets the Spanish text
    public_from = models.DateTimeField(null=True, blank=True)
    folded_a = models.TextField(blank=True)
    folded_b = models.TextField(blank=True)
    folded_c = models.TextField(blank=True)
    vector = SearchVectorField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="search_document_once"
            )
        ]
        indexes = [models.Index(fields=["language", "kind"], name="search_document_language")]

    def __str__(self):
        return f"{self.language}: {self.title}"


class OutsideLink(models.Model):
    """An outside address the content links to, what answering it gave when last checked, and
    where it is used (`infomigra.links`, `manage.py links_check`)."""

    class State(models.TextChoices):
        OK = "ok", _("Funciona")
        HOME_PAGE = "home_page", _("Lleva a la portada de un sitio, no al trámite")
        HOME_ONLY = "home_only", _("Redirige a la portada: la página ya no existe")
        REDIRECT = "redirect", _("Redirige a otra dirección: actualízala")
        BROKEN = "broken", _("No existe")
        SERVER_ERROR = "server_error", _("Error del sitio")
        TIMEOUT = "timeout", _("No responde a tiempo")
        UNREACHABLE = "unreachable", _("No se puede conectar")

    PROBLEMS = (State.BROKEN, State.SERVER_ERROR, State.TIMEOUT, State.UNREACHABLE, State.HOME_ONLY)

    url = models.URLField(_("dirección"), max_length=1000, unique=True)
    state = models.CharField(_("estado"), max_length=15, choices=State.choices, db_index=True)
    http_status = models.PositiveSmallIntegerField(_("código HTTP"), null=True, blank=True)
    final_url = models.URLField(_("dirección final"), max_length=1000, blank=True)
    checked_at = models.DateTimeField(_("comprobado"))
    uses = models.JSONField(_("dónde se usa"), default=list)

    class Meta:
        ordering = ["url"]
        verbose_name = _("enlace externo")
        verbose_name_plural = _("enlaces externos")

    def __str__(self):
        return self.url


class SearchSynonym(models.Model):
    """Words people use for the same thing, kept by editors: a search for any of them also
    finds what the others find ("traer mis cosas" finds "menaje de casa")."""

    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    expressions = models.CharField(
        _("expresiones equivalentes"),
        max_length=500,
        help_text=_(
            "Separadas por comas, p. ej. «menaje de casa, traer mis cosas, equipaje». Una "
            "búsqueda que contenga una de ellas encuentra también lo que encuentran las demás."
        ),
    )

    shown_on_public_pages = True  # cached search pages start afresh when synonyms change

    class Meta:
        ordering = ["language", "expressions"]
        verbose_name = _("sinónimo de búsqueda")
        verbose_name_plural = _("sinónimos de búsqueda")

    def __str__(self):
        return self.expressions

    def folded_expressions(self):
        from .search import fold

        return [
            " ".join(fold(part).split()) for part in self.expressions.split(",") if part.strip()
        ]


class SearchMiss(models.Model):
    """A search that found nothing: its words (folded) and how many times, nothing else, so
    editors see what people look for and the portal does not have."""

    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    query = models.CharField(_("búsqueda"), max_length=100)
    count = models.PositiveIntegerField(_("veces"), default=1)
    last_seen = models.DateTimeField(_("última vez"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-count", "query"]
        verbose_name = _("búsqueda sin resultados")
        verbose_name_plural = _("búsquedas sin resultados")
        constraints = [
            models.UniqueConstraint(fields=["language", "query"], name="search_miss_once")
        ]

    def __str__(self):
        return self.query


class AboutItemQuerySet(models.QuerySet):
    def for_item(self, item):
        return self.filter(
            content_type=ContentType.objects.get_for_model(type(item)), object_id=item.pk
        )


class AboutItem(models.Model):
    """A row about one piece of content of any app (a change note, a working copy, a reader's
    subscription): which item, as a generic relation, and `for_item(item)` to find its rows."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")

    objects = AboutItemQuerySet.as_manager()

    class Meta:
        abstract = True


class ChangeNote(AboutItem):
    """A significant change an editor published, with its short public note (GOV.UK's change
    notes): the page shows the latest as "last updated", its public history lists them all, and
    the page's subscribers get it by e-mail (contact.Subscription)."""

    note = models.CharField(
        _("nota del cambio"),
        max_length=300,
        help_text=_(
            "Una frase para los lectores: qué cambió, p. ej. «Nuevos requisitos del visado»."
        ),
    )
    made_at = models.DateTimeField(_("fecha"), default=timezone.now)
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("editor"),
    )  # fmt: skip

    class Meta:
        ordering = ["-made_at", "-pk"]
        verbose_name = _("nota de cambio")
        verbose_name_plural = _("notas de cambio")
        indexes = [models.Index(fields=["content_type", "object_id", "-made_at"])]

    def __str__(self):
        return self.note


class WorkingCopyQuerySet(AboutItemQuerySet):
    def open(self):
        return self.filter(published_at__isnull=True)

    def due(self, now=None):
        return self.open().filter(publish_at__lte=now or timezone.now())


class WorkingCopy(AboutItem):
    """Changes to live content that are not public yet: what editors saved of an item and of its
    parts (a guide's chapters), kept as Django-serialised rows beside the live ones (no second
    copy of each table). Staff preview it on the public layout and compare it with the live
    version; publishing writes the rows in one django-reversion revision, now or at
    `publish_at` (`infomigra.working_copies`)."""

    rows = models.JSONField(_("filas"), default=list, editable=False)
    deleted = models.JSONField(_("filas que se borrarán"), default=list, editable=False)
    change_note_es = models.CharField(_("nota del cambio (español)"), max_length=300, blank=True)
    change_note_en = models.CharField(_("nota del cambio (inglés)"), max_length=300, blank=True)
    publish_at = models.DateTimeField(_("se publicará el"), null=True, blank=True, db_index=True)
    base_url = models.CharField(max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("actualizado"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("preparado por"),
    )  # fmt: skip
    published_at = models.DateTimeField(_("publicado el"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", verbose_name=_("publicado por"),
    )  # fmt: skip

    objects = WorkingCopyQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("cambio pendiente")
        verbose_name_plural = _("cambios pendientes")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(published_at__isnull=True),
                name="one_open_working_copy_per_item",
            )
        ]

    def __str__(self):
        return str(self.item) if self.item is not None else f"#{self.object_id}"
