"""The complementary panel of Directiva 001-2011 §5.4.5: news, events, legislation, studies,
links, contests and videos, FAQ, publications, and the SIVITMA and Retorno Productivo pages."""

import datetime
from dataclasses import dataclass

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from infomigra.models import FallbackNoticeMixin, Publishable, PublishableQuerySet
from infomigra.richtext import RichTextField
from infomigra.uploads import MaxSizeValidator, RandomName, validate_pdf
from infomigra.validators import (
    unique_slug_constraints,
    validate_public_link,
    validate_public_url,
)

PDF_MAX_BYTES = 20 * 1024 * 1024


class Scope(models.TextChoices):
    NATIONAL = "national", _("Nacional")
    INTERNATIONAL = "international", _("Internacional")


class PeruRegion(models.TextChoices):
    AMAZONAS = "amazonas", "Amazonas"
    ANCASH = "ancash", "Áncash"
    APURIMAC = "apurimac", "Apurímac"
    AREQUIPA = "arequipa", "Arequipa"
    AYACUCHO = "ayacucho", "Ayacucho"
    CAJAMARCA = "cajamarca", "Cajamarca"
    CALLAO = "callao", "Callao"
    CUSCO = "cusco", "Cusco"
    HUANCAVELICA = "huancavelica", "Huancavelica"
    HUANUCO = "huanuco", "Huánuco"
    ICA = "ica", "Ica"
    JUNIN = "junin", "Junín"
    LA_LIBERTAD = "la-libertad", "La Libertad"
    LAMBAYEQUE = "lambayeque", "Lambayeque"
    LIMA_METROPOLITANA = "lima-metropolitana", _("Lima Metropolitana")
    LIMA = "lima", _("Lima (región)")
    LORETO = "loreto", "Loreto"
    MADRE_DE_DIOS = "madre-de-dios", "Madre de Dios"
    MOQUEGUA = "moquegua", "Moquegua"
    PASCO = "pasco", "Pasco"
    PIURA = "piura", "Piura"
    PUNO = "puno", "Puno"
    SAN_MARTIN = "san-martin", "San Martín"
    TACNA = "tacna", "Tacna"
    TUMBES = "tumbes", "Tumbes"
    UCAYALI = "ucayali", "Ucayali"


def pdf_field(folder, *, blank=True):
    return models.FileField(
        _("archivo PDF"),
        upload_to=RandomName(folder),
        blank=blank,
        validators=[validate_pdf, MaxSizeValidator(PDF_MAX_BYTES)],
        help_text=_("Solo PDF, hasta 20 MB."),
    )


class NewsItem(FallbackNoticeMixin, Publishable):
    title = models.CharField(_("titular"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120)
    scope = models.CharField(_("ámbito"), max_length=15, choices=Scope.choices)
    published_on = models.DateField(_("fecha de publicación"), default=timezone.localdate)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)
    body = RichTextField(_("texto"))
    source_name = models.CharField(_("fuente"), max_length=200, blank=True)
    source_url = models.URLField(
        _("enlace a la fuente"), max_length=500, blank=True, validators=[validate_public_url]
    )

    fallback_fields = ("title", "body")

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("noticia")
        verbose_name_plural = _("noticias")
        constraints = unique_slug_constraints("complementary_newsitem")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("complementary:news_detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        """One way to schedule: the date readers see is the day it is published."""
        if self.publish_at:
            self.published_on = timezone.localdate(self.publish_at)
        super().save(*args, **kwargs)

    def own_public_from(self):
        day = timezone.make_aware(datetime.datetime.combine(self.published_on, datetime.time()))
        return max(moment for moment in (super().own_public_from(), day) if moment)

    @classmethod
    def own_public_condition(cls, prefix, now):
        """Also: not dated in the future (the date readers see is the publication date)."""
        return super().own_public_condition(prefix, now) & models.Q(
            **{f"{prefix}published_on__lte": timezone.localdate(now)}
        )


def _not_over():
    now = timezone.now()
    return models.Q(ends_at__gte=now) | models.Q(ends_at__isnull=True, starts_at__gte=now)


class EventQuerySet(PublishableQuerySet):
    def upcoming(self):
        return self.filter(_not_over()).order_by("starts_at")

    def past(self):
        return self.exclude(_not_over()).order_by("-starts_at")

    def in_calendar_order(self):
        """Upcoming events first, soonest first; then past events, latest first."""
        not_over = _not_over()
        return self.annotate(
            is_upcoming=models.Case(
                models.When(not_over, then=models.Value(1)),
                default=models.Value(0),
                output_field=models.IntegerField(),
            ),
            upcoming_start=models.Case(
                models.When(not_over, then=models.F("starts_at")), default=None
            ),
        ).order_by("-is_upcoming", models.F("upcoming_start").asc(nulls_last=True), "-starts_at")


class Event(FallbackNoticeMixin, Publishable):
    class Kind(models.TextChoices):
        WORKSHOP = "workshop", _("Taller")
        SEMINAR = "seminar", _("Seminario o foro")
        FAIR = "fair", _("Feria")
        COURSE = "course", _("Curso o capacitación")
        MEETING = "meeting", _("Reunión o mesa de trabajo")
        OTHER = "other", _("Otro")

    title = models.CharField(_("título"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=120)
    kind = models.CharField(_("tipo"), max_length=15, choices=Kind.choices, db_index=True)
    starts_at = models.DateTimeField(_("inicio"), db_index=True)
    ends_at = models.DateTimeField(_("fin"), null=True, blank=True)
    all_day = models.BooleanField(
        _("todo el día"), default=False, help_text=_("Marcar cuando solo se conoce la fecha.")
    )
    country = CountryField(_("país"), default="PE")
    region = models.CharField(
        _("región del Perú"), max_length=20, choices=PeruRegion.choices, blank=True
    )
    venue = models.CharField(_("lugar"), max_length=250, blank=True)
    organiser = models.CharField(_("organiza"), max_length=250, blank=True)
    cooperating_source = models.CharField(_("fuente cooperante"), max_length=250, blank=True)
    participants = models.PositiveIntegerField(_("número de participantes"), null=True, blank=True)
    participants_note = models.CharField(_("participantes"), max_length=400, blank=True)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)
    body = RichTextField(_("descripción"), blank=True)

    objects = EventQuerySet.as_manager()
    fallback_fields = ("title",)

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("evento")
        verbose_name_plural = _("eventos")
        constraints = unique_slug_constraints("complementary_event")

    @classmethod
    def next_public_change(cls, now):
        """Also the next start or end: an event moves from "upcoming" to "past" by itself."""
        public = cls._default_manager.published()
        moments = [
            super().next_public_change(now),
            public.filter(starts_at__gt=now).aggregate(next=models.Min("starts_at"))["next"],
            public.filter(ends_at__gt=now).aggregate(next=models.Min("ends_at"))["next"],
        ]
        return min((moment for moment in moments if moment), default=None)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("complementary:event_detail", kwargs={"slug": self.slug})

    def get_ics_url(self):
        return reverse("complementary:event_ics", kwargs={"slug": self.slug})

    @property
    def place(self):
        region = self.get_region_display()
        parts = [self.venue, "" if region and region in self.venue else region]
        if (self.country and self.country.code != "PE") or not self.region:
            parts.append(self.country.name)
        return ", ".join(part for part in parts if part)


class Norm(FallbackNoticeMixin, Publishable):
    class Kind(models.TextChoices):
        LAW = "law", _("Ley")
        LEGISLATIVE_DECREE = "legislative_decree", _("Decreto legislativo")
        SUPREME_DECREE = "supreme_decree", _("Decreto supremo")
        RESOLUTION = "resolution", _("Resolución")
        DIRECTIVE = "directive", _("Directiva")
        ANDEAN_DECISION = "andean_decision", _("Decisión de la Comunidad Andina")
        TREATY = "treaty", _("Convenio o tratado internacional")
        OTHER = "other", _("Otra norma")

    scope = models.CharField(_("ámbito"), max_length=15, choices=Scope.choices, db_index=True)
    kind = models.CharField(_("tipo de norma"), max_length=20, choices=Kind.choices)
    number = models.CharField(_("número"), max_length=120, help_text=_("p. ej. «Ley N.° 29381»"))
    title = models.CharField(_("denominación"), max_length=400)
    issued_on = models.DateField(_("fecha"), null=True, blank=True)
    summary = RichTextField(_("sumilla"), blank=True)
    url = models.URLField(
        _("enlace al texto oficial"), max_length=500, blank=True, validators=[validate_public_url]
    )
    gazette_reference = models.CharField(
        _("publicación oficial"),
        max_length=250,
        blank=True,
        help_text=_(
            "Dónde y cuándo se publicó, p. ej. «Diario Oficial El Peruano, 7 de enero de 2017» o "
            "«Gaceta Oficial del Acuerdo de Cartagena N.° …»."
        ),
    )
    file = pdf_field("legislacion")

    fallback_fields = ("title", "summary")

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = _("norma")
        verbose_name_plural = _("legislación")

    def __str__(self):
        return f"{self.number} — {self.title}"

    def get_absolute_url(self):
        return reverse("complementary:norm_detail", kwargs={"pk": self.pk})


class Study(FallbackNoticeMixin, Publishable):
    class Topic(models.TextChoices):
        EMIGRATION = "emigration", _("Emigración de peruanos")
        PERUVIANS_ABROAD = "abroad", _("Peruanos en el exterior")
        RETURN = "return", _("Retorno")
        IMMIGRATION = "immigration", _("Inmigración en el Perú")
        REMITTANCES = "remittances", _("Remesas")
        LABOUR_MARKET = "labour_market", _("Mercado laboral")
        TRAFFICKING = "trafficking", _("Trata y tráfico de personas")
        OTHER = "other", _("Otros temas")

    title = models.CharField(_("título"), max_length=400)
    authors = models.CharField(_("autores"), max_length=400)
    publisher = models.CharField(_("editor o institución"), max_length=250, blank=True)
    year = models.PositiveSmallIntegerField(
        _("año"), validators=[MinValueValidator(1900), MaxValueValidator(2100)], db_index=True
    )
    topic = models.CharField(_("tema"), max_length=20, choices=Topic.choices, db_index=True)
    abstract = RichTextField(_("resumen"), blank=True)
    url = models.URLField(_("enlace"), max_length=500, blank=True, validators=[validate_public_url])
    file = pdf_field("estudios")

    fallback_fields = ("title", "abstract")

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("estudio")
        verbose_name_plural = _("estudios e investigaciones")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("complementary:study_detail", kwargs={"pk": self.pk})


class Link(FallbackNoticeMixin, Publishable):
    class Category(models.TextChoices):
        PUBLIC = "public", _("Instituciones públicas")
        INTERNATIONAL = "international", _("Organismos internacionales")
        NGO = "ngo", _("ONG y sociedad civil")
        LABOUR_MARKET = "labour_market", _("Mercado laboral y empleo")

    category = models.CharField(_("categoría"), max_length=20, choices=Category.choices)
    name = models.CharField(_("nombre"), max_length=250)
    url = models.URLField(_("enlace"), max_length=500, validators=[validate_public_url])
    description = models.CharField(_("descripción"), max_length=400, blank=True)

    fallback_fields = ("name",)

    class Meta:
        ordering = ["category", "order", "name"]
        verbose_name = _("enlace de interés")
        verbose_name_plural = _("enlaces de interés")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("complementary:link_list") + f"#enlace-{self.pk}"


class Video(FallbackNoticeMixin, Publishable):
    class Provider(models.TextChoices):
        YOUTUBE = "youtube", "YouTube"
        VIMEO = "vimeo", "Vimeo"

    title = models.CharField(_("título"), max_length=250)
    provider = models.CharField(_("plataforma"), max_length=10, choices=Provider.choices)
    video_id = models.CharField(
        _("identificador del video"),
        max_length=40,
        validators=[RegexValidator(r"^[A-Za-z0-9_-]{6,40}$", _("Identificador no válido."))],
        help_text=_("Lo que sigue a «v=» en YouTube o el número en Vimeo."),
    )
    published_on = models.DateField(_("fecha"), default=timezone.localdate)
    description = RichTextField(_("descripción o transcripción"))

    fallback_fields = ("title", "description")

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("complementary:video_detail", kwargs={"pk": self.pk})

    @property
    def watch_url(self):
        if self.provider == self.Provider.VIMEO:
            return f"https://vimeo.com/{self.video_id}"
        return f"https://www.youtube.com/watch?v={self.video_id}"

    @property
    def embed_url(self):
        if self.provider == self.Provider.VIMEO:
            return f"https://player.vimeo.com/video/{self.video_id}?dnt=1&autoplay=1"
        return f"https://www.youtube-nocookie.com/embed/{self.video_id}?autoplay=1"


class Contest(FallbackNoticeMixin, Publishable):
    title = models.CharField(_("título"), max_length=250)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)
    opens_on = models.DateField(_("inicio de la convocatoria"))
    closes_on = models.DateField(_("cierre de la convocatoria"))
    rules = RichTextField(_("bases"))
    results = RichTextField(_("resultados"), blank=True)

    fallback_fields = ("title", "rules")

    class Meta:
        ordering = ["-opens_on"]
        verbose_name = _("concurso")
        verbose_name_plural = _("concursos")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("complementary:contest_detail", kwargs={"pk": self.pk})

    @property
    def is_open(self):
        return self.opens_on <= timezone.localdate() <= self.closes_on


class FaqQuerySet(PublishableQuerySet):
    def for_line(self, line):
        return self.published().filter(line=line)


class Faq(FallbackNoticeMixin, Publishable):
    line = models.ForeignKey(
        "lines.ActionLine",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("línea de acción"),
        help_text=_("Vacío: pregunta general."),
    )
    question = models.CharField(_("pregunta"), max_length=300)
    answer = RichTextField(_("respuesta"))

    objects = FaqQuerySet.as_manager()
    fallback_fields = ("question", "answer")
    visibility_parent = "line"

    class Meta:
        ordering = [models.F("line__number").asc(nulls_last=True), "order", "pk"]
        verbose_name = _("pregunta frecuente")
        verbose_name_plural = _("preguntas frecuentes")

    def __str__(self):
        return self.question

    @property
    def anchor(self):
        return f"pregunta-{self.pk}"

    @property
    def topic(self):
        return FaqTopic(self.line)

    def get_absolute_url(self):
        return reverse("complementary:faq_list") + f"#{self.anchor}"


@dataclass(frozen=True)
class FaqTopic:
    """What the FAQ page groups questions by: their action line, or none (general questions)."""

    line: object  # an ActionLine, or None

    @property
    def anchor(self):
        return f"faq-linea-{self.line.number}" if self.line else "faq-general"

    @property
    def title(self):
        return self.line.title if self.line else _("Preguntas generales")

    def get_absolute_url(self):
        return reverse("complementary:faq_list") + f"#{self.anchor}"


class Publication(FallbackNoticeMixin, Publishable):
    class Kind(models.TextChoices):
        GUIDE = "guide", _("Guía")
        BULLETIN = "bulletin", _("Boletín")
        REPORT = "report", _("Informe")

    title = models.CharField(_("título"), max_length=300)
    kind = models.CharField(_("tipo"), max_length=10, choices=Kind.choices)
    published_on = models.DateField(_("fecha de publicación"), default=timezone.localdate)
    summary = models.CharField(_("resumen"), max_length=500, blank=True)
    file = pdf_field("publicaciones", blank=False)
    file_size = models.PositiveIntegerField(_("tamaño en bytes"), default=0, editable=False)

    fallback_fields = ("title",)

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = _("publicación")
        verbose_name_plural = _("publicaciones")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.file:
            self.file_size = self.file.size

    def get_absolute_url(self):
        return reverse("complementary:publication_list") + f"#publicacion-{self.pk}"


class InfoPageQuerySet(PublishableQuerySet):
    def by_slug(self, slug):
        """Also by the page's fixed key, so templates can link to it in any language."""
        return super().by_slug(slug) | self.filter(key=slug)


class InfoPage(FallbackNoticeMixin, Publishable):
    """A page explaining a service of the panel (SIVITMA, Plataforma para el Retorno
    Productivo) and how to get in."""

    key = models.SlugField(_("clave"), max_length=40, unique=True)
    slug = models.SlugField(_("slug"), max_length=120)
    title = models.CharField(_("título"), max_length=200)
    summary = models.CharField(_("resumen"), max_length=400, blank=True)
    body = RichTextField(_("texto"))
    audience = models.CharField(_("dirigido a"), max_length=300, blank=True)
    action_label = models.CharField(_("texto del acceso"), max_length=120, blank=True)
    action_url = models.CharField(
        _("enlace de acceso"),
        max_length=500,
        blank=True,
        validators=[validate_public_link],
    )

    objects = InfoPageQuerySet.as_manager()
    fallback_fields = ("title", "body")

    class Meta(Publishable.Meta):
        verbose_name = _("página del panel")
        verbose_name_plural = _("páginas del panel")
        constraints = unique_slug_constraints("complementary_infopage")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("complementary:page_detail", kwargs={"slug": self.slug})
