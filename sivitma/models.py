"""SIVITMA, the Sistema Virtual del Trabajador Migrante Andino (Directiva §5.4.5 a): the online
registration of the employment contract of a worker from another Andean Community country
(Decision 545), approved by rule (`sivitma.rules`), with a certificate anybody can verify.

Nobody has an account: whoever registers gets a private link (a random token, only its hash
stored, that expires) to see, correct, renew or end the registration. The verification page is
reached by a second random code (the certificate's QR code), never by the number alone."""

import datetime
import hashlib
import os
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from complementary.models import PeruRegion
from infomigra.uploads import MaxSizeValidator, RandomName, validate_pdf

from .validators import validate_ruc

ANDEAN_COUNTRIES = ("BO", "CO", "EC")  # the Andean Community's members other than Peru
CONTRACT_MAX_BYTES = 10 * 1024 * 1024


class PrivateStorage(FileSystemStorage):
    """Signed contracts hold personal data: they are kept outside MEDIA_ROOT (which the web
    server publishes), in SIVITMA_PRIVATE_ROOT (read when used, so tests can move it), and
    reached only through the private link or by staff. They have no public URL."""

    @property
    def base_location(self):
        return settings.SIVITMA_PRIVATE_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("A private file has no public address.")


def private_storage():
    """Where signed contracts are kept: STORAGES["sivitma_private"] (this folder, or the S3
    bucket's private prefix when uploads are shared by several app servers)."""
    return storages["sivitma_private"]


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


class MinimumWage(models.Model):
    """The Remuneración Mínima Vital in force from a date, as staff enter it from the decree."""

    valid_from = models.DateField(_("vigente desde"), unique=True)
    amount = models.DecimalField(
        _("monto mensual (S/)"), max_digits=8, decimal_places=2, validators=[MinValueValidator(1)]
    )
    legal_basis = models.CharField(
        _("norma"), max_length=200, help_text=_("p. ej. «D. S. N.° 006-2024-TR»")
    )

    class Meta:
        ordering = ["-valid_from"]
        verbose_name = _("remuneración mínima vital")
        verbose_name_plural = _("remuneraciones mínimas vitales")

    def __str__(self):
        return f"S/ {self.amount} ({self.valid_from:%Y-%m-%d})"

    @classmethod
    def in_force_on(cls, day):
        return cls.objects.filter(valid_from__lte=day).order_by("-valid_from").first()


class RegistrationQuerySet(models.QuerySet):
    def certified(self):
        """Registrations with a certificate (approved once, whatever happened since)."""
        return self.exclude(number=None)

    def registered_between(self, start, end):
        return self.filter(created_at__date__gte=start, created_at__date__lte=end)

    def by_verification_code(self, code):
        """The certificate a QR code names (never found by its number: numbers can be guessed)."""
        if not code or len(code) > 32:
            return self.none()
        return self.certified().filter(verification_code=code)

    def approved_overlapping(self, registration):
        """The same worker (nationality and document) approved with another employer for dates
        that overlap `registration`'s."""
        others = self.filter(
            state=Registration.State.APPROVED,
            nationality=registration.nationality,
            document_number=registration.document_number,
        ).exclude(ruc=registration.ruc)
        if registration.pk:
            others = others.exclude(pk=registration.pk)
        if registration.end_date is not None:
            others = others.filter(start_date__lte=registration.end_date)
        return others.filter(
            models.Q(end_date=None) | models.Q(end_date__gte=registration.start_date)
        )

    def by_token(self, token):
        """The registration a private link opens, if the link has not expired."""
        if not token or len(token) > 100:
            return self.none()
        return self.filter(access_hash=token_hash(token), access_expires_at__gt=timezone.now())


class Registration(models.Model):
    class State(models.TextChoices):
        APPROVED = "approved", _("Aprobado")
        REFUSED = "refused", _("Observado: debe corregirse")
        REVIEW = "review", _("En revisión por el personal")
        ENDED = "ended", _("Terminado")
        ANNULLED = "annulled", _("Anulado")

    class DocumentType(models.TextChoices):
        ID_CARD = "id_card", _("Documento nacional de identidad (cédula)")
        PASSPORT = "passport", _("Pasaporte")

    class Sex(models.TextChoices):
        FEMALE = "female", _("Mujer")
        MALE = "male", _("Hombre")

    class Education(models.TextChoices):
        NONE = "none", _("Sin estudios")
        PRIMARY = "primary", _("Primaria")
        SECONDARY = "secondary", _("Secundaria")
        TECHNICAL = "technical", _("Técnica")
        UNIVERSITY = "university", _("Universitaria")

    class Category(models.TextChoices):  # Decision 545, article 5
        INDIVIDUAL = "individual", _("Trabajador con desplazamiento individual")
        COMPANY = "company", _("Trabajador de empresa")
        SEASONAL = "seasonal", _("Trabajador de temporada")
        CROSS_BORDER = "cross_border", _("Trabajador fronterizo")

    # What the private link may still do, by state: services, views and pages all ask `can()`.
    CHANGES = {
        "correct": (State.APPROVED, State.REFUSED, State.REVIEW),
        "renew": (State.APPROVED,),
        "end": (State.APPROVED, State.REFUSED, State.REVIEW),
    }

    number = models.CharField(  # noqa: DJ001 (NULL until approved; unique)
        _("número de constancia"), max_length=24, unique=True, null=True, editable=False
    )
    state = models.CharField(_("estado"), max_length=10, choices=State.choices, db_index=True)
    findings = models.JSONField(_("observaciones de las reglas"), default=list, editable=False)

    # the employer
    ruc = models.CharField(_("RUC"), max_length=11, validators=[validate_ruc])
    business_name = models.CharField(_("razón social"), max_length=200)
    employer_address = models.CharField(_("domicilio del empleador"), max_length=250)
    employer_region = models.CharField(
        _("región del empleador"), max_length=20, choices=PeruRegion.choices
    )
    economic_activity = models.CharField(_("actividad económica"), max_length=200)
    email = models.EmailField(
        _("correo de contacto"),
        help_text=_("Allí enviamos el enlace privado para ver, corregir, renovar o terminar."),
    )
    phone = models.CharField(_("teléfono de contacto"), max_length=30)

    # the worker
    nationality = CountryField(_("nacionalidad"))
    document_type = models.CharField(
        _("tipo de documento"), max_length=10, choices=DocumentType.choices
    )
    document_number = models.CharField(_("número de documento"), max_length=20, db_index=True)
    given_names = models.CharField(_("nombres"), max_length=100)
    surnames = models.CharField(_("apellidos"), max_length=100)
    birth_date = models.DateField(_("fecha de nacimiento"))
    sex = models.CharField(_("sexo"), max_length=6, choices=Sex.choices)
    education = models.CharField(_("nivel educativo"), max_length=12, choices=Education.choices)
    occupation = models.CharField(_("ocupación"), max_length=120)

    # the contract
    category = models.CharField(
        _("categoría (Decisión 545)"), max_length=12, choices=Category.choices
    )
    start_date = models.DateField(_("inicio del contrato"))
    end_date = models.DateField(
        _("fin del contrato"), null=True, blank=True, help_text=_("Vacío si es indefinido.")
    )
    weekly_hours = models.PositiveSmallIntegerField(
        _("horas de trabajo por semana"), validators=[MinValueValidator(1), MaxValueValidator(168)]
    )
    monthly_pay = models.DecimalField(
        _("remuneración mensual (S/)"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    workplace_region = models.CharField(
        _("región del centro de trabajo"), max_length=20, choices=PeruRegion.choices
    )
    contract_file = models.FileField(
        _("contrato firmado (PDF)"),
        upload_to=RandomName("contratos"),
        storage=private_storage,
        validators=[validate_pdf, MaxSizeValidator(CONTRACT_MAX_BYTES)],
        help_text=_("Solo PDF, hasta 10 MB."),
    )

    # access without an account, and verification
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    access_hash = models.CharField(max_length=64, editable=False, db_index=True)
    access_expires_at = models.DateTimeField(_("el enlace privado vence"), editable=False)
    verification_code = models.CharField(max_length=32, unique=True, editable=False)

    created_at = models.DateTimeField(_("registrado"), default=timezone.now, db_index=True)
    decided_at = models.DateTimeField(_("aprobado el"), null=True, blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aprobado por"),
        editable=False,
    )
    ended_on = models.DateField(_("terminado el"), null=True, blank=True, editable=False)
    annulled_at = models.DateTimeField(_("anulado el"), null=True, blank=True, editable=False)
    annulled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("anulado por"),
        editable=False,
    )
    annulment_reason = models.TextField(_("motivo de la anulación"), blank=True, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("registro de contrato SIVITMA")
        verbose_name_plural = _("registros de contratos SIVITMA")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(nationality__in=ANDEAN_COUNTRIES) | ~models.Q(state="approved"),
                name="sivitma_approved_only_andean",
            ),
        ]

    def __str__(self):
        return self.number or _("Registro %(pk)s") % {"pk": self.pk}

    # --- access ---------------------------------------------------------------------------
    def new_access_token(self):
        """A new private link's token (the old one stops working); only its hash is kept."""
        token = secrets.token_urlsafe(32)
        self.access_hash = token_hash(token)
        self.access_expires_at = timezone.now() + datetime.timedelta(
            days=settings.SIVITMA_LINK_DAYS
        )
        return token

    def ensure_verification_code(self):
        if not self.verification_code:
            self.verification_code = secrets.token_urlsafe(12)

    def get_verification_url(self):
        return reverse("sivitma:verify", kwargs={"code": self.verification_code})

    def can(self, change):
        return self.state in self.CHANGES[change]

    @property
    def can_correct(self):
        return self.can("correct")

    @property
    def can_renew(self):
        return self.can("renew")

    @property
    def can_end(self):
        return self.can("end")

    # --- what the certificate shows -------------------------------------------------------
    @property
    def worker_name(self):
        return f"{self.given_names} {self.surnames}"

    @property
    def worker_initials(self):
        """What a third party verifying the certificate sees of the worker."""
        words = f"{self.given_names} {self.surnames}".split()
        return " ".join(f"{word[0].upper()}." for word in words if word)

    @property
    def has_certificate(self):
        return self.number is not None

    @property
    def validity(self):
        """What the certificate is worth today, for every page that shows it: "valid" while
        approved and its contract runs, else "annulled", "ended" (its contract is over) or
        "pending" (being corrected or reviewed)."""
        if self.state == self.State.ANNULLED:
            return "annulled"
        if self.state == self.State.ENDED or (
            self.end_date is not None and self.end_date < timezone.localdate()
        ):
            return "ended"
        return "valid" if self.state == self.State.APPROVED else "pending"

    @cached_property
    def minimum_wage(self):
        return MinimumWage.in_force_on(self.start_date) if self.start_date else None

    def assign_number(self):
        year = timezone.localdate(self.decided_at or timezone.now()).year
        self.number = f"SIVITMA-{year}-{self.pk:06d}"
