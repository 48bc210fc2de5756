"""The rules a contract registration is approved by, one function each, in one place.

Each rule looks at a registration (saved or not) and returns a `Finding` when the registration
does not meet it, or None. A finding either refuses the registration (the submitter corrects
it: the message says what to change, in plain words) or sends it to staff review (a borderline
case a person should look at). A registration with no finding is approved at once.

The messages are stored as the rule's code and worded when shown, in the reader's language.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ANDEAN_COUNTRIES, Registration

REFUSE = "refuse"
REVIEW = "review"
ADULT_AGE = 18
MAX_WEEKLY_HOURS = 48  # Constitución Política del Perú, art. 25: 8 hours a day or 48 a week
LATE_REGISTRATION_DAYS = 90  # a contract registered this long after it began is looked at


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str

    @property
    def message(self):
        return MESSAGES[self.code]


MESSAGES = {
    "not_andean": _(
        "SIVITMA registra contratos de trabajadores de Bolivia, Colombia y Ecuador (Decisión "
        "545). Para otras nacionalidades, el contrato se aprueba por el trámite de contratos de "
        "trabajadores extranjeros."
    ),
    "minor": _(
        "El trabajador debe tener 18 años cumplidos en la fecha de inicio del contrato. Revisa la "
        "fecha de nacimiento o la de inicio."
    ),
    "end_before_start": _(
        "La fecha de fin del contrato debe ser posterior a la de inicio. Déjala vacía si el "
        "contrato es indefinido."
    ),
    "late_start": _(
        "El contrato empezó hace más de 90 días: el personal de la Dirección de Migración Laboral "
        "revisará el registro."
    ),
    "below_minimum_wage": _(
        "La remuneración mensual es menor que la remuneración mínima vital vigente en la fecha de "
        "inicio del contrato. Corrige la remuneración o el contrato."
    ),
    "no_minimum_wage": _(
        "No tenemos la remuneración mínima vital de la fecha de inicio: el personal revisará el "
        "registro."
    ),
    "too_many_hours": _(
        "La jornada no puede pasar de 48 horas a la semana (Constitución, artículo 25). Corrige "
        "las horas o el contrato."
    ),
    "no_contract": _("Falta el contrato firmado en PDF."),
    "overlapping": _(
        "Este trabajador ya tiene un contrato registrado y vigente en las mismas fechas con otro "
        "empleador: el personal revisará el registro."
    ),
}


def andean_nationality(registration):
    if registration.nationality.code not in ANDEAN_COUNTRIES:
        return Finding("not_andean", REFUSE)
    return None


def adult_worker(registration):
    born, start = registration.birth_date, registration.start_date
    age = start.year - born.year - ((start.month, start.day) < (born.month, born.day))
    return Finding("minor", REFUSE) if age < ADULT_AGE else None


def coherent_dates(registration):
    if registration.end_date is not None and registration.end_date <= registration.start_date:
        return Finding("end_before_start", REFUSE)
    late = timezone.localdate() - datetime.timedelta(days=LATE_REGISTRATION_DAYS)
    if registration.start_date < late and registration.number is None:
        return Finding("late_start", REVIEW)
    return None


def minimum_wage(registration):
    wage = registration.minimum_wage
    if wage is None:
        return Finding("no_minimum_wage", REVIEW)
    if registration.monthly_pay < wage.amount:
        return Finding("below_minimum_wage", REFUSE)
    return None


def legal_hours(registration):
    return (
        Finding("too_many_hours", REFUSE) if registration.weekly_hours > MAX_WEEKLY_HOURS else None
    )


def documents_present(registration):
    return None if registration.contract_file else Finding("no_contract", REFUSE)


def no_overlapping_contract(registration):
    """The same worker approved with another employer for dates that overlap: possibly a
    second job, possibly a mistake; a person decides."""
    overlapping = Registration.objects.approved_overlapping(registration).exists()
    return Finding("overlapping", REVIEW) if overlapping else None


RULES = (
    andean_nationality,
    adult_worker,
    coherent_dates,
    minimum_wage,
    legal_hours,
    documents_present,
    no_overlapping_contract,
)


def evaluate(registration):
    """(state, findings): refused if any rule refuses, else to review if any asks for it, else
    approved. Every rule runs, so the submitter sees everything to correct at once."""
    findings = [finding for rule in RULES if (finding := rule(registration)) is not None]
    if any(finding.severity == REFUSE for finding in findings):
        return Registration.State.REFUSED, findings
    if findings:
        return Registration.State.REVIEW, findings
    return Registration.State.APPROVED, findings
