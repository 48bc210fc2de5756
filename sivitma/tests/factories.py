import datetime
from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from sivitma.models import MinimumWage, Registration

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf_file(name="contrato.pdf"):
    return ContentFile(PDF, name=name)


class MinimumWageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MinimumWage
        django_get_or_create = ("valid_from",)

    valid_from = datetime.date(2025, 1, 1)
    amount = Decimal("1130.00")
    legal_basis = "D. S. N.° 006-2024-TR"


class RegistrationFactory(factory.django.DjangoModelFactory):
    """An approved registration (state and number set directly; services decide real ones)."""

    class Meta:
        model = Registration
        skip_postgeneration_save = True

    state = Registration.State.APPROVED
    ruc = "20131312955"
    business_name = "Agroexportadora Los Andes S.A.C."
    employer_address = "Av. Principal 123"
    employer_region = "ica"
    economic_activity = "Agricultura"
    email = "rrhh@example.com"
    phone = "056 000000"
    nationality = "BO"
    document_type = Registration.DocumentType.ID_CARD
    document_number = factory.Sequence(lambda n: f"{7000000 + n}")
    given_names = "Juana"
    surnames = "Quispe Mamani"
    birth_date = datetime.date(1995, 3, 14)
    sex = Registration.Sex.FEMALE
    education = Registration.Education.SECONDARY
    occupation = "Operaria de campo"
    category = Registration.Category.INDIVIDUAL
    start_date = datetime.date(2026, 11, 1)
    end_date = datetime.date(2027, 10, 31)
    weekly_hours = 48
    monthly_pay = Decimal("1500.00")
    workplace_region = "ica"
    contract_file = factory.LazyFunction(pdf_file)
    language = "es"
    access_hash = "x" * 64
    access_expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    verification_code = factory.Sequence(lambda n: f"code{n:08d}")

    @factory.post_generation
    def numbered(obj, create, extracted, **kwargs):
        if create and obj.state == Registration.State.APPROVED and obj.number is None:
            obj.decided_at = timezone.now()
            obj.assign_number()
            obj.save(update_fields=["number", "decided_at"])
