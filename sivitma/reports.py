"""SIVITMA in the directorate's monthly report: contracts registered and approved in the month,
by nationality and by Decision 545 category (three queries, whatever the number)."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from infomigra.reports import Table

from .models import Registration


def tables(period):
    registered = Registration.objects.registered_between(period.start, period.end)
    approved = Q(decided_at__date__gte=period.start, decided_at__date__lte=period.end)
    totals = Registration.objects.aggregate(
        registered=Count("pk", filter=Q(created_at__date__gte=period.start,
                                        created_at__date__lte=period.end)),
        approved=Count("pk", filter=approved & ~Q(number=None)),
        review=Count("pk", filter=Q(state=Registration.State.REVIEW)),
        annulled=Count("pk", filter=Q(annulled_at__date__gte=period.start,
                                      annulled_at__date__lte=period.end)),
    )  # fmt: skip
    summary = Table(
        key="sivitma_summary",
        title=_("Contratos registrados en SIVITMA"),
        columns=[_("Indicador"), _("Cantidad")],
        rows=[
            [_("Registrados en el mes"), totals["registered"]],
            [_("Aprobados en el mes (con constancia)"), totals["approved"]],
            [_("Anulados en el mes"), totals["annulled"]],
            [_("En revisión por el personal (hoy)"), totals["review"]],
        ],
    )
    by_nationality = _breakdown(
        registered, "nationality", lambda code: Country(code).name,
        key="sivitma_nationality", title=_("Contratos registrados por nacionalidad"),
        label=_("Nacionalidad"),
    )  # fmt: skip
    categories = dict(Registration.Category.choices)
    by_category = _breakdown(
        registered, "category", lambda code: categories.get(code, code),
        key="sivitma_category", title=_("Contratos registrados por categoría (Decisión 545)"),
        label=_("Categoría"),
    )  # fmt: skip
    return [summary, by_nationality, by_category]


def _breakdown(registered, column, name_of, *, key, title, label):
    """Registrations of the month and those approved, by the values of `column` (one query)."""
    table = Table(key=key, title=title, columns=[label, _("Registrados"), _("Aprobados")])
    rows = (
        registered.values(column)
        .annotate(total=Count("pk"), approved=Count("pk", filter=~Q(number=None)))
        .order_by("-total", column)
    )
    for row in rows:
        name = name_of(row[column])
        table.rows.append([name, row["total"], row["approved"]])
        table.chart.append((name, row["total"]))
    return table
