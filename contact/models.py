"""Everything the public sends us and every attention staff give (Directiva §5.1, §5.5, §5.6):
contact messages and their replies, the attention register, migrant-voice submissions,
returnee registrations, the in-person service points, and the outbox of e-mails."""

import datetime
import functools

import holidays
from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from complementary.models import PeruRegion
from infomigra.models import AboutItem, ContactDetails, FallbackNoticeMixin, Publishable
from lines.models import ActionLine


class Profile(models.TextChoices):
    """Who is writing or being attended; the categories of the service's reports."""

    POTENTIAL_MIGRANT = "potential_migrant", _("Potencial migrante")
    PERUVIAN_ABROAD = "peruvian_abroad", _("Peruano en el exterior")
    RETURNEE = "returnee", _("Retornante")
    ANDEAN_WORKER = "andean_worker", _("Trabajador migrante andino")
    FOREIGNER = "foreigner", _("Otro extranjero")
    GENERAL_PUBLIC = "general_public", _("Familiar o público en general")
    UNKNOWN = "unknown", _("No indica")  # an e-mail says nothing of who wrote it


class ReferenceMixin(models.Model):
    """A public reference like IM-2026-000123, given once the row has its id."""

    reference_prefix = "IM"
    reference = models.CharField(  # noqa: DJ001 (NULL until the row has its id; unique)
        _("referencia"), max_length=20, unique=True, null=True, editable=False
    )
    # The same form sent twice by the same browser on the same day (a second tap, or a retry
    # after the connection dropped before the answer came) is one submission: a keyed hash of
    # the visitor's CSRF cookie, the day and what was sent (contact.views.PublicFormView).
    submission_key = models.CharField(  # noqa: DJ001 (NULL: sent without a cookie; unique)
        max_length=64, unique=True, null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def assign_reference(self):
        year = timezone.localdate(self.created_at).year
        self.reference = f"{self.reference_prefix}-{year}-{self.pk:06d}"
        type(self).objects.filter(pk=self.pk).update(reference=self.reference)


class WorkingDays:
    """Monday to Friday except Peru's public holidays (the `holidays` package, which follows
    the national holidays decreed each year): the unit the service's answer times are counted
    in (Directiva: an answer within one working day)."""

    @staticmethod
    @functools.cache
    def holidays_of(year):
        return frozenset(holidays.country_holidays("PE", years=year))

    @classmethod
    def is_working_day(cls, day):
        return day.weekday() < 5 and day not in cls.holidays_of(day.year)

    @classmethod
    def cutoff(cls, now, days=1):
        """The moment `days` working days before `now`."""
        moment = now
        remaining = days
        while remaining:
            moment -= datetime.timedelta(days=1)
            day = timezone.localdate(moment) if timezone.is_aware(moment) else moment.date()
            if cls.is_working_day(day):
                remaining -= 1
        return moment

    @classmethod
    def between(cls, start, end):
        """Working days from `start` to `end` (aware datetimes), in Lima: the working days after
        the start's day up to and including the end's day, so that an answer the same day takes
        0 and one the next working day takes 1."""
        first, last = timezone.localdate(start), timezone.localdate(end)
        days, day = 0, first
        while day < last:
            day += datetime.timedelta(days=1)
            if cls.is_working_day(day):
                days += 1
        return days


def overdue_cutoff(now=None):
    """An open message received before this moment is overdue: one working day ago."""
    return WorkingDays.cutoff(timezone.localtime(now or timezone.now()))


class ContactMessageQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=ContactMessage.OPEN_STATUSES)

    def overdue(self, now=None):
        """Open messages received more than one working day ago."""
        return self.open().filter(created_at__lt=overdue_cutoff(now))


class ContactMessage(ReferenceMixin):
    class Status(models.TextChoices):
        NEW = "new", _("Nuevo")
        IN_PROGRESS = "in_progress", _("En atención")
        ANSWERED = "answered", _("Respondido")
        CLOSED = "closed", _("Cerrado")

    OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS)

    name = models.CharField(_("nombre"), max_length=120)
    email = models.EmailField(_("correo electrónico"), max_length=254, db_index=True)
    country = CountryField(_("país de residencia"), blank=True)  # blank: written by e-mail
    profile = models.CharField(_("¿quién eres?"), max_length=20, choices=Profile.choices)
    line = models.ForeignKey(
        ActionLine,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("línea de acción"),
    )
    message = models.TextField(_("mensaje"), max_length=4000)
    attachment = models.TextField(
        _("respuestas adjuntas"),
        blank=True,
        max_length=4000,
        help_text=_("Lo que la persona respondió en una herramienta del portal y decidió enviar."),
    )
    urgent = models.BooleanField(
        _("urgente"),
        default=False,
        db_index=True,
        help_text=_("Un posible caso de estafa o trata: atenderlo antes que los demás."),
    )
    consent = models.BooleanField(_("acepta el aviso de privacidad"))
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("estado"), max_length=15, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("asignado a"),
    )
    created_at = models.DateTimeField(_("recibido"), default=timezone.now, db_index=True)
    first_response_at = models.DateTimeField(_("primera respuesta"), null=True, blank=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("mensaje de contacto")
        verbose_name_plural = _("mensajes de contacto")

    def __str__(self):
        return self.reference or f"#{self.pk}"

    @property
    def first_response_time(self):
        if self.first_response_at:
            return self.first_response_at - self.created_at
        return None

    @property
    def is_overdue(self):
        """The same rule as `ContactMessage.objects.overdue()`, for a row already in hand."""
        return self.status in self.OPEN_STATUSES and self.created_at < overdue_cutoff()


class InboundMail(models.Model):
    """Every e-mail fetched from the public address's mailbox (Directiva §5.6), kept as it came:
    filed as a new contact message (an attention of channel e-mail), added to the message whose
    reference its subject names, or, when it could not be read, kept and flagged for staff.
    `message_id` makes fetching idempotent."""

    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    sender = models.CharField(_("remitente"), max_length=254, blank=True)
    subject = models.CharField(_("asunto"), max_length=255, blank=True)
    raw = models.BinaryField(_("correo original"))
    received_at = models.DateTimeField(_("recibido"), default=timezone.now, db_index=True)
    contact_message = models.ForeignKey(
        ContactMessage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inbound_mails",
        verbose_name=_("mensaje"),
    )
    problem = models.CharField(
        _("no se pudo leer"),
        max_length=200,
        blank=True,
        help_text=_("Por qué no se archivó como mensaje; el correo original se conserva."),
    )

    class Meta:
        ordering = ["-received_at"]
        verbose_name = _("correo recibido")
        verbose_name_plural = _("correos recibidos")

    def __str__(self):
        return self.subject or self.message_id


class Reply(models.Model):
    message = models.ForeignKey(
        ContactMessage, on_delete=models.CASCADE, related_name="replies", verbose_name=_("mensaje")
    )
    body = models.TextField(_("respuesta"), max_length=8000)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("enviada por"),
    )
    created_at = models.DateTimeField(_("fecha"), default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("respuesta")
        verbose_name_plural = _("respuestas")

    def __str__(self):
        return f"{self.message} — {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"


def recipient_key(address):
    """The key under which e-mails to one mailbox are counted (the daily limit of automatic
    e-mails): the address lower-cased, without a "+tag" and, at Gmail, without dots in the local
    part — the spellings that reach the same inbox — then hashed with the secret key, so that
    the key is not one more copy of the address. Hand-written: the libraries that normalise
    addresses look up DNS, which a web request must not do."""
    local, _at, domain = address.strip().lower().rpartition("@")
    local = local.split("+", 1)[0]
    if domain in {"gmail.com", "googlemail.com"}:
        local, domain = local.replace(".", ""), "gmail.com"
    return salted_hmac("contact.recipient_key", f"{local}@{domain}", algorithm="sha256").hexdigest()


class OutboundEmailQuerySet(models.QuerySet):
    def due(self, now=None):
        """E-mails a sender may take now: not sent, not given up, their next try has come and no
        other sender holds them (see `contact.services.email_deliver`)."""
        now = now or timezone.now()
        return self.filter(
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
            status__in=OutboundEmail.UNSENT_STATUSES,
            next_attempt_at__lte=now,
        )

    def automatic_to(self, address, since):
        """Automatic e-mails owed to `address`'s mailbox since `since`, not counting those held
        back by the daily limit."""
        return self.filter(
            recipient_key=recipient_key(address),
            kind__in=OutboundEmail.AUTOMATIC_KINDS,
            created_at__gte=since,
        ).exclude(status=OutboundEmail.Status.SKIPPED)


class OutboundEmail(models.Model):
    """Every e-mail we owe somebody, stored in the same transaction as what it is about; a worker
    (`manage.py db_worker`) sends it after commit, and `manage.py contact_send_pending` sends
    whatever is still due."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pendiente")
        SENT = "sent", _("Enviado")
        FAILED = "failed", _("Falló (se reintentará)")
        GAVE_UP = "gave_up", _("Falló definitivamente")
        SKIPPED = "skipped", _("No enviado (límite diario del destinatario)")

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("Acuse de recibo")
        REGISTRATION = "registration", _("Confirmación de registro")
        REPLY = "reply", _("Respuesta del personal")
        ACCESS_LINK = "access_link", _("Enlace privado (SIVITMA)")
        SUBSCRIPTION = "subscription", _("Confirmación de suscripción")
        CHANGE_ALERT = "change_alert", _("Aviso de cambio")

    UNSENT_STATUSES = (Status.PENDING, Status.FAILED)
    # Sent without anybody reading what the visitor wrote: limited per mailbox and day, and
    # written only with our own words and the reference.
    AUTOMATIC_KINDS = (Kind.ACKNOWLEDGEMENT, Kind.REGISTRATION, Kind.SUBSCRIPTION)

    to = models.EmailField(_("destinatario"), max_length=254, db_index=True)
    subject = models.CharField(_("asunto"), max_length=200)
    body = models.TextField(_("texto"))
    kind = models.CharField(_("tipo"), max_length=20, choices=Kind.choices)
    recipient_key = models.CharField(max_length=64, editable=False)
    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("intentos"), default=0)
    next_attempt_at = models.DateTimeField(_("próximo intento"), default=timezone.now)
    # While a sender holds the e-mail (it is being sent), nobody else takes it.
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.CharField(_("último error"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("creado"), default=timezone.now)
    sent_at = models.DateTimeField(_("enviado"), null=True, blank=True)
    # An alert's one-click unsubscribe address (RFC 8058: List-Unsubscribe and its -Post header)
    unsubscribe_url = models.URLField(max_length=500, blank=True, editable=False)
    contact_message = models.ForeignKey(
        ContactMessage, on_delete=models.CASCADE, null=True, blank=True, related_name="emails"
    )
    registration = models.ForeignKey(
        "ReturneeRegistration",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="emails",
    )

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("correo saliente")
        verbose_name_plural = _("correos salientes")
        indexes = [
            models.Index(fields=["recipient_key", "created_at"], name="contact_email_recipient"),
            models.Index(fields=["status", "next_attempt_at"], name="contact_email_due"),
        ]

    def __str__(self):
        return self.subject


class Attention(models.Model):
    """One attention given through any channel: the register the monthly report counts."""

    class Channel(models.TextChoices):
        WINDOW_MTPE = "window_mtpe", _("Ventanilla MTPE")
        WINDOW_DIGEMIN = "window_digemin", _("Ventanilla en Migraciones (DIGEMIN)")
        REGIONAL = "regional", _("Oficina regional")
        EMAIL = "email", _("Correo electrónico")
        WEB_FORM = "web_form", _("Formulario web")
        PHONE = "phone", _("Teléfono")
        WORKSHOP = "workshop", _("Taller o charla")

    class AgeBand(models.TextChoices):
        UNDER_18 = "0-17", _("Menor de 18")
        AGE_18_25 = "18-25", _("18 a 25")
        AGE_26_35 = "26-35", _("26 a 35")
        AGE_36_45 = "36-45", _("36 a 45")
        AGE_46_60 = "46-60", _("46 a 60")
        OVER_60 = "61+", _("61 o más")
        UNKNOWN = "unknown", _("No indica")

    class Gender(models.TextChoices):
        FEMALE = "female", _("Mujer")
        MALE = "male", _("Hombre")
        OTHER = "other", _("Otro")
        UNKNOWN = "unknown", _("No indica")

    class Topic(models.TextChoices):
        WORK_ABROAD = "work_abroad", _("Trabajar en el extranjero")
        WORK_PERMIT = "work_permit", _("Permisos de trabajo y visados")
        RETURN = "return", _("Retorno")
        LABOUR_RIGHTS = "labour_rights", _("Derechos laborales")
        SOCIAL_SECURITY = "social_security", _("Seguridad social y pensiones")
        FOREIGN_WORKERS = "foreign_workers", _("Trabajo de extranjeros en el Perú")
        JOB_OFFERS = "job_offers", _("Ofertas de empleo y estafas")
        FRAUD = "fraud", _("Posible estafa o trata")
        OTHER = "other", _("Otro tema")

    # A message on these topics reaches Atención flagged as urgent.
    URGENT_TOPICS = frozenset({Topic.FRAUD})

    date = models.DateField(_("fecha"), default=timezone.localdate, db_index=True)
    channel = models.CharField(_("canal"), max_length=20, choices=Channel.choices, db_index=True)
    migrant_type = models.CharField(_("tipo de usuario"), max_length=20, choices=Profile.choices)
    age_band = models.CharField(
        _("edad"), max_length=10, choices=AgeBand.choices, default=AgeBand.UNKNOWN
    )
    gender = models.CharField(
        _("sexo"), max_length=10, choices=Gender.choices, default=Gender.UNKNOWN
    )
    country = CountryField(_("país"), blank=True)
    line = models.ForeignKey(
        ActionLine,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("línea de acción"),
    )
    topic = models.CharField(_("tema"), max_length=20, choices=Topic.choices)
    message = models.OneToOneField(
        ContactMessage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attention",
        verbose_name=_("mensaje web"),
    )
    registration = models.OneToOneField(
        "ReturneeRegistration",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attention",
        verbose_name=_("registro de retornante"),
    )
    notes = models.TextField(_("notas"), blank=True, max_length=2000)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registrada por"),
    )
    created_at = models.DateTimeField(_("registrada"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("atención")
        verbose_name_plural = _("atenciones")

    def __str__(self):
        return f"{self.date} · {self.get_channel_display()}"


class MigrantVoice(ReferenceMixin):
    """A concern or suggestion of a Peruvian abroad (line 3 a), public once staff approve it;
    the writer gets a reference to ask about it."""

    shown_on_public_pages = True  # saving or deleting one renews the page cache
    reference_prefix = "VM"

    class Status(models.TextChoices):
        PENDING = "pending", _("Por moderar")
        APPROVED = "approved", _("Publicado")
        REJECTED = "rejected", _("Rechazado")

    alias = models.CharField(_("nombre o seudónimo"), max_length=60)
    country = CountryField(_("país"))
    city = models.CharField(_("ciudad"), max_length=80, blank=True)
    text = models.TextField(_("inquietud o sugerencia"), max_length=2000)
    consent = models.BooleanField(_("acepta que se publique"))
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(_("recibido"), default=timezone.now)
    moderated_at = models.DateTimeField(_("moderado"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("voz del migrante")
        verbose_name_plural = _("voces del migrante")

    def __str__(self):
        return f"{self.alias} ({self.country.name})"


class ReturneeRegistration(ReferenceMixin):
    """A registration in the Plataforma para el Retorno Productivo."""

    reference_prefix = "RP"

    class FollowUp(models.TextChoices):
        NEW = "new", _("Nuevo")
        CONTACTED = "contacted", _("Contactado")
        REFERRED = "referred", _("Derivado a un servicio")
        CLOSED = "closed", _("Cerrado")

    class Education(models.TextChoices):
        PRIMARY = "primary", _("Primaria")
        SECONDARY = "secondary", _("Secundaria")
        TECHNICAL = "technical", _("Técnica")
        UNIVERSITY = "university", _("Universitaria")
        POSTGRADUATE = "postgraduate", _("Posgrado")

    name = models.CharField(_("nombre completo"), max_length=120)
    email = models.EmailField(_("correo electrónico"), max_length=254, db_index=True)
    phone = models.CharField(_("teléfono"), max_length=30, blank=True)
    current_country = CountryField(_("país donde vives"))
    planned_return = models.DateField(_("fecha prevista de retorno"))
    occupation = models.CharField(_("ocupación"), max_length=120)
    skills = models.TextField(_("habilidades y experiencia"), max_length=2000)
    education = models.CharField(_("nivel educativo"), max_length=15, choices=Education.choices)
    region = models.CharField(_("región de retorno"), max_length=20, choices=PeruRegion.choices)
    wants_job_placement = models.BooleanField(_("intermediación laboral"), default=False)
    wants_self_employment = models.BooleanField(_("autoempleo y emprendimiento"), default=False)
    wants_training = models.BooleanField(_("capacitación"), default=False)
    wants_certification = models.BooleanField(_("certificación de competencias"), default=False)
    consent = models.BooleanField(_("acepta el aviso de privacidad"))
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("registrado"), default=timezone.now, db_index=True)
    # the follow-up the attention staff give (a registration is an attention, like a message)
    follow_up = models.CharField(
        _("seguimiento"),
        max_length=12,
        choices=FollowUp.choices,
        default=FollowUp.NEW,
        db_index=True,
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("asignado a"),
    )
    notes = models.TextField(_("notas del seguimiento"), blank=True, max_length=4000)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("registro de retornante")
        verbose_name_plural = _("registros de retornantes")

    def __str__(self):
        return self.reference or f"#{self.pk}"


class ServicePoint(FallbackNoticeMixin, ContactDetails, Publishable):
    """An in-person window of the service (Directiva §5.5)."""

    class Kind(models.TextChoices):
        MTPE = "mtpe", _("Ministerio de Trabajo")
        MIGRATION = "migration", _("Superintendencia Nacional de Migraciones")
        REGIONAL = "regional", _("Dirección regional de trabajo")

    name = models.CharField(_("nombre"), max_length=200)
    kind = models.CharField(_("tipo"), max_length=15, choices=Kind.choices)
    # Address, city and hours may wait for an official source (then `to_verify` is ticked and
    # the page says so): a regional desk is listed before its details are confirmed.
    address = models.CharField(_("dirección"), max_length=250, blank=True)
    city = models.CharField(_("ciudad"), max_length=80, blank=True)
    region = models.CharField(_("región"), max_length=20, choices=PeruRegion.choices)
    opening_hours = models.CharField(_("horario de atención"), max_length=200, blank=True)
    services = models.CharField(_("qué ofrece"), max_length=400, blank=True)
    phone = models.CharField(_("teléfono"), max_length=60, blank=True)
    email = models.EmailField(_("correo electrónico"), blank=True)
    in_footer = models.BooleanField(_("mostrar en el pie de página"), default=False)

    fallback_fields = ("name", "opening_hours")

    class Meta(Publishable.Meta):
        verbose_name = _("punto de atención")
        verbose_name_plural = _("puntos de atención")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("contact:service_points") + f"#punto-{self.pk}"


class Subscription(AboutItem):
    """A visitor who asked for an e-mail when a guide or an action line changes significantly
    (double opt-in: active only once confirmed from the e-mail; no account; one click to leave;
    erased with the visitor's other data under Ley 29733)."""

    email = models.EmailField(_("correo electrónico"), max_length=254, db_index=True)
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("pedida"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmada"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suscripción a cambios")
        verbose_name_plural = _("suscripciones a cambios")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "content_type", "object_id"], name="one_subscription_per_page"
            )  # fmt: skip
        ]

    def __str__(self):
        return f"{self.email} → {self.content_type.model} {self.object_id}"
