"""SIVITMA in the directorate's monthly report: contracts registered and approved in the month,
by nationality and by Decision 545 category (three queries, whatever the number)."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import Country

from infomigra.reports import Table

from .models import Registration

APPROVED_IN_MONTH = "approved"


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
    by_nationality = Table(
        key="sivitma_nationality",
        title=_("Contratos registrados por nacionalidad"),
        columns=[_("Nacionalidad"), _("Registrados"), _("Aprobados")],
    )
    for row in (
        registered.values("nationality")
        .annotate(total=Count("pk"), approved=Count("pk", filter=~Q(number=None)))
        .order_by("-total", "nationality")
    ):
        name = Country(row["nationality"]).name
        by_nationality.rows.append([name, row["total"], row["approved"]])
        by_nationality.chart.append((name, row["total"]))
    by_category = Table(
        key="sivitma_category",
        title=_("Contratos registrados por categoría (Decisión 545)"),
        columns=[_("Categoría"), _("Registrados"), _("Aprobados")],
    )
    labels = dict(Registration.Category.choices)
    for row in (
        registered.values("category")
        .annotate(total=Count("pk"), approved=Count("pk", filter=~Q(number=None)))
        .order_by("-total", "category")
    ):
        label = labels.get(row["category"], row["category"])
        by_category.rows.append([label, row["total"], row["approved"]])
        by_category.chart.append((label, row["total"]))
    return [summary, by_nationality, by_category]
