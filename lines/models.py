"""The four action lines of Directiva 001-2011 §5.4.1–5.4.4, their sections, the country guides,
and the structured content the sections show: programmes, indicators, agreements, institutions."""

from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from infomigra.models import (
    ContactDetails,
    Editorial,
    FallbackNoticeMixin,
    Publishable,
    PublishableQuerySet,
    SourceLink,
    Visible,
    VisibleQuerySet,
)
from infomigra.richtext import RichTextField
from infomigra.validators import unique_slug_constraints, validate_public_url


class ActionLineQuerySet(PublishableQuerySet):
    def with_sections(self):
        return self.prefetch_related(
            Prefetch(
                "sections",
                queryset=Section.objects.published(within_parent=True),
                to_attr="public_sections",
            )
        )


class ActionLine(FallbackNoticeMixin, Publishable):
    translation_parts = ("sections",)

    number = models.PositiveSmallIntegerField(_("número"), unique=True)
    slug = models.SlugField(_("slug"), max_length=120)
    title = models.CharField(
        _("pregunta"), max_length=200, help_text=_("La línea formulada como pregunta (§5.4).")
    )
    menu_label = models.CharField(
        _("nombre en el menú"),
        max_length=40,
        help_text=_(
            "Pocas palabras, las que usaría la persona que busca esta línea (p. ej. «Volver al "
            "Perú»); el menú principal las muestra en todas las pantallas."
        ),
    )
    audience = models.CharField(_("dirigida a"), max_length=200)
    intro = RichTextField(_("introducción"), blank=True)

    objects = ActionLineQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["number"]
        verbose_name = _("línea de acción")
        verbose_name_plural = _("líneas de acción")
        constraints = unique_slug_constraints("lines_actionline")

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("lines:line_detail", kwargs={"slug": self.slug})


class Section(FallbackNoticeMixin, Publishable):
    class Component(models.TextChoices):
        NONE = "", _("Solo texto")
        WORK_PERMITS = "work_permits", _("Permisos de trabajo por país de destino")
        GUIDES = "guides", _("Guías por país de destino")
        INDICATORS = "indicators", _("Indicadores del mercado laboral")
        AGREEMENTS = "agreements", _("Convenios")
        INSTITUTIONS = "institutions", _("Directorio de instituciones")
        MIGRANT_VOICE = "migrant_voice", _("La voz del migrante")

    COMPONENT_TEMPLATES = {
        Component.WORK_PERMITS: "lines/components/_work_permits.html",
        Component.GUIDES: "lines/components/_guides.html",
        Component.INDICATORS: "lines/components/_indicators.html",
        Component.AGREEMENTS: "lines/components/_agreements.html",
        Component.INSTITUTIONS: "lines/components/_institutions.html",
        Component.MIGRANT_VOICE: "lines/components/_migrant_voice.html",
    }

    line = models.ForeignKey(
        ActionLine, on_delete=models.PROTECT, related_name="sections", verbose_name=_("línea")
    )
    group = models.CharField(
        _("grupo"),
        max_length=200,
        blank=True,
        help_text=_("Encabezado que agrupa secciones consecutivas, p. ej. «a) Trámites»."),
    )
    slug = models.SlugField(_("slug"), max_length=120)
    title = models.CharField(_("título"), max_length=200)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)
    body = RichTextField(_("texto"), blank=True)
    procedure_url = models.URLField(
        _("enlace al trámite oficial"),
        max_length=500,
        blank=True,
        validators=[validate_public_url],
        help_text=_(
            "La página oficial donde se hace el trámite que explica la sección (no la página de "
            "inicio de la institución). Se muestra como el paso siguiente."
        ),
    )
    component = models.CharField(
        _("componente"),
        max_length=20,
        choices=Component.choices,
        blank=True,
        help_text=_("Contenido estructurado que la página muestra después del texto."),
    )

    fallback_fields = ("title", "body")
    visibility_parent = "line"

    class Meta(Publishable.Meta):
        ordering = ["line__number", "order", "pk"]
        verbose_name = _("sección")
        verbose_name_plural = _("secciones")
        constraints = unique_slug_constraints(
            "lines_section",
            scope=["line"],
            messages={
                "es": _("Ya hay otra sección de esta línea con este slug en español; elige otro."),
                "en": _("Ya hay otra sección de esta línea con este slug en inglés; elige otro."),
            },
        )

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(
            "lines:section_detail", kwargs={"line_slug": self.line.slug, "slug": self.slug}
        )

    @property
    def component_template(self):
        """The template of the structured content shown after the text ("" for text only)."""
        return self.COMPONENT_TEMPLATES.get(self.component, "")


class SectionSource(SourceLink):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="sources")

    class Meta(SourceLink.Meta):
        pass


class Programme(FallbackNoticeMixin, Publishable):
    """A return or employment programme, shown on the section it belongs to (line 2)."""

    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, related_name="programmes", verbose_name=_("sección")
    )
    name = models.CharField(_("nombre"), max_length=200)
    organisation = models.CharField(_("entidad"), max_length=200, blank=True)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)
    body = RichTextField(_("descripción"), blank=True)
    url = models.URLField(
        _("enlace oficial"), max_length=500, blank=True, validators=[validate_public_url]
    )

    fallback_fields = ("name", "body")
    visibility_parent = "section"

    class Meta(Publishable.Meta):
        verbose_name = _("programa")
        verbose_name_plural = _("programas")

    def __str__(self):
        return self.name


class CountryGuideQuerySet(PublishableQuerySet):
    def with_chapters(self):
        return self.prefetch_related(
            Prefetch("chapters", queryset=GuideChapter.objects.order_by("order", "pk")),
            "sources",
        )


class CountryGuide(FallbackNoticeMixin, Publishable):
    translation_parts = ("chapters",)

    country = CountryField(_("país"), unique=True)
    slug = models.SlugField(_("slug"), max_length=120)
    title = models.CharField(_("título"), max_length=200)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)

    objects = CountryGuideQuerySet.as_manager()

    class Meta(Publishable.Meta):
        verbose_name = _("guía de país")
        verbose_name_plural = _("guías de país")
        constraints = unique_slug_constraints("lines_countryguide")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("lines:guide_detail", kwargs={"slug": self.slug})


class GuideChapter(FallbackNoticeMixin, Visible, Editorial):
    class Kind(models.TextChoices):
        WORK_PERMIT = "work_permit", _("Permiso de trabajo y visado")
        BEFORE_TRAVEL = "before_travel", _("Antes de viajar")
        HEALTH = "health", _("Primeros pasos: salud")
        EDUCATION = "education", _("Primeros pasos: educación")
        LABOUR_RIGHTS = "labour_rights", _("Primeros pasos: defensa de los derechos laborales")
        ADMIN_PROCEDURES = "admin_procedures", _("Primeros pasos: trámites administrativos")
        HOUSING = "housing", _("Primeros pasos: vivienda y costo de vida")
        CONSULATES = "consulates", _("Consulados e instituciones de apoyo")
        AGREEMENTS = "agreements", _("Convenios bilaterales")

    guide = models.ForeignKey(
        CountryGuide, on_delete=models.CASCADE, related_name="chapters", verbose_name=_("guía")
    )
    kind = models.CharField(_("tipo"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("título"), max_length=200)
    body = RichTextField(_("texto"), blank=True)
    order = models.PositiveIntegerField(_("orden"), default=0)

    objects = VisibleQuerySet.as_manager()
    fallback_fields = ("title", "body")
    visibility_parent = "guide"
    part_of = "guide"

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("capítulo")
        verbose_name_plural = _("capítulos")
        constraints = [
            models.UniqueConstraint(fields=["guide", "kind"], name="unique_chapter_kind_per_guide")
        ]

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        return self.kind.replace("_", "-")


class GuideSource(SourceLink):
    guide = models.ForeignKey(CountryGuide, on_delete=models.CASCADE, related_name="sources")

    class Meta(SourceLink.Meta):
        pass


class IndicatorQuerySet(PublishableQuerySet):
    def with_values(self):
        return self.prefetch_related(
            Prefetch("values", queryset=IndicatorValue.objects.order_by("period_end"))
        )


class Indicator(FallbackNoticeMixin, Publishable):
    """A Peruvian labour-market indicator; editors add a value each period."""

    name = models.CharField(_("nombre"), max_length=200)
    unit = models.CharField(_("unidad"), max_length=40, blank=True)
    description = models.CharField(_("descripción"), max_length=400, blank=True)
    source = models.CharField(_("fuente"), max_length=200)
    source_url = models.URLField(
        _("enlace a la fuente"), max_length=500, blank=True, validators=[validate_public_url]
    )

    objects = IndicatorQuerySet.as_manager()
    fallback_fields = ("name",)

    class Meta(Publishable.Meta):
        verbose_name = _("indicador")
        verbose_name_plural = _("indicadores")

    def __str__(self):
        return self.name

    @property
    def latest(self):
        """The most recent value; uses the prefetched values when there are any."""
        values = list(self.values.all())
        return values[-1] if values else None


class IndicatorValue(models.Model):
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="values", verbose_name=_("indicador")
    )
    period = models.CharField(
        _("periodo"), max_length=60, help_text=_("Como lo publica la fuente, p. ej. «2024».")
    )
    period_end = models.DateField(_("fin del periodo"), help_text=_("Ordena los valores."))
    value = models.DecimalField(_("valor"), max_digits=14, decimal_places=2)

    class Meta:
        ordering = ["period_end"]
        verbose_name = _("valor")
        verbose_name_plural = _("valores")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "period_end"], name="unique_indicator_period"
            )
        ]

    def __str__(self):
        return f"{self.period}: {self.value}"

    @property
    def label(self):
        """Short label for charts: the month and year the period ends."""
        return date_format(self.period_end, "M Y")


class AgreementQuerySet(PublishableQuerySet):
    def for_country(self, country_code):
        return self.filter(countries__contains=country_code)


class Agreement(FallbackNoticeMixin, Publishable):
    class Kind(models.TextChoices):
        BILATERAL = "bilateral", _("Bilateral")
        MULTILATERAL = "multilateral", _("Multilateral")

    class Topic(models.TextChoices):
        SOCIAL_SECURITY = "social_security", _("Seguridad social")
        LABOUR_MIGRATION = "labour_migration", _("Migración laboral")
        RESIDENCE = "residence", _("Residencia")
        OTHER = "other", _("Otro")

    title = models.CharField(_("título"), max_length=300)
    countries = CountryField(_("países"), multiple=True, blank=True)
    kind = models.CharField(_("tipo"), max_length=20, choices=Kind.choices)
    topic = models.CharField(_("tema"), max_length=20, choices=Topic.choices)
    signed = models.DateField(_("fecha de suscripción"), null=True, blank=True)
    in_force = models.DateField(_("vigente desde"), null=True, blank=True)
    summary = models.CharField(_("resumen"), max_length=500, blank=True)
    body = RichTextField(_("texto"), blank=True)
    url = models.URLField(
        _("enlace oficial"), max_length=500, blank=True, validators=[validate_public_url]
    )

    objects = AgreementQuerySet.as_manager()
    fallback_fields = ("title", "body")

    class Meta(Publishable.Meta):
        verbose_name = _("convenio")
        verbose_name_plural = _("convenios")

    def __str__(self):
        return self.title

    @property
    def anchor(self):
        return f"convenio-{self.pk}"


class InstitutionQuerySet(PublishableQuerySet):
    def for_country(self, country_code):
        return self.filter(country=country_code)


class Institution(FallbackNoticeMixin, ContactDetails, Publishable):
    """A support institution abroad: consulate, association of Peruvians, NGO, public body."""

    class Kind(models.TextChoices):
        CONSULATE = "consulate", _("Consulado o embajada del Perú")
        ASSOCIATION = "association", _("Asociación de peruanos")
        NGO = "ngo", _("ONG de apoyo al migrante")
        PUBLIC_BODY = "public_body", _("Organismo público del país")
        INTERNATIONAL = "international", _("Organismo internacional")

    name = models.CharField(_("nombre"), max_length=250)
    kind = models.CharField(_("tipo"), max_length=20, choices=Kind.choices, db_index=True)
    country = CountryField(_("país"), db_index=True)
    city = models.CharField(_("ciudad"), max_length=120, blank=True)
    address = models.CharField(_("dirección"), max_length=300, blank=True)
    phone = models.CharField(_("teléfono"), max_length=60, blank=True)
    email = models.EmailField(_("correo electrónico"), blank=True)
    opening_hours = models.CharField(_("horario de atención"), max_length=200, blank=True)
    website = models.URLField(
        _("sitio web"), max_length=500, blank=True, validators=[validate_public_url]
    )
    description = models.CharField(_("descripción"), max_length=500, blank=True)

    objects = InstitutionQuerySet.as_manager()
    fallback_fields = ("name",)

    class Meta(Publishable.Meta):
        ordering = ["country", "order", "name"]
        verbose_name = _("institución")
        verbose_name_plural = _("instituciones")

    def __str__(self):
        return self.name
