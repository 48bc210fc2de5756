"""The RUC (Registro Único de Contribuyentes) of a Peruvian employer: eleven digits, a known
prefix and SUNAT's check digit (modulus 11 over the first ten with weights 5 4 3 2 7 6 5 4 3 2).
Written here: it is ten lines, and no maintained Python package checks it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

RUC_PREFIXES = ("10", "15", "16", "17", "20")  # people, non-domiciled, companies
RUC_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def ruc_check_digit(first_ten):
    remainder = 11 - sum(int(d) * w for d, w in zip(first_ten, RUC_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 1}.get(remainder, remainder)


def validate_ruc(value):
    value = (value or "").strip()
    if len(value) != 11 or not value.isdigit():
        raise ValidationError(_("El RUC tiene 11 dígitos, sin espacios ni guiones."), code="length")
    if not value.startswith(RUC_PREFIXES):
        raise ValidationError(
            _("Un RUC empieza por 10, 15, 16, 17 o 20. Revisa el número."), code="prefix"
        )
    if ruc_check_digit(value[:10]) != int(value[10]):
        raise ValidationError(
            _("Este RUC no es válido: su último dígito no corresponde. Revisa el número."),
            code="check_digit",
        )
