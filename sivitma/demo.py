"""SIVITMA's demo data: the minimum wage table the approval rule reads (no registrations: those
are personal data). The amounts and dates are those of the decrees that set them, as published
in El Peruano: S/ 1,025 from 1 May 2022 (D. S. N.° 003-2022-TR, Expreso, 1 May 2022) and
S/ 1,130 from 1 January 2025 (D. S. N.° 006-2024-TR, Agencia Andina via Perú Informa, and
LP Derecho, which reproduces the decree). Staff add each new decree in the admin."""

import datetime
from decimal import Decimal

from django.db import transaction

from .models import MinimumWage

WAGES = [
    (datetime.date(2022, 5, 1), Decimal("1025.00"), "D. S. N.° 003-2022-TR"),
    (datetime.date(2025, 1, 1), Decimal("1130.00"), "D. S. N.° 006-2024-TR"),
]


@transaction.atomic
def load():
    if MinimumWage.objects.exists():
        return "sivitma: minimum wages present, nothing loaded"
    for valid_from, amount, basis in WAGES:
        MinimumWage.objects.create(valid_from=valid_from, amount=amount, legal_basis=basis)
    return f"sivitma: {len(WAGES)} minimum wages"
