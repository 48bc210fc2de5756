"""The daily roll-up and the monthly report. The report reads only the daily aggregates (and
the small contact and content tables), so it stays fast however many visits there are."""

import calendar
import csv
import datetime
import io
import statistics
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import DailySalt, DailyVisits, Dimension, Visit

DIMENSION_COLUMNS = {
    Dimension.COUNTRY: "country",
    Dimension.LINE: "line",
    Dimension.COMPONENT: "component",
    Dimension.PATH: "path",
    Dimension.LANGUAGE: "language",
    Dimension.REFERRER: "referrer_host",
    Dimension.DEVICE: "device",
}


def day_bounds(day):
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), tz)
    return start, start + datetime.timedelta(days=1)


@transaction.atomic
def visits_rollup(*, day):
    """(Re)build the aggregates of one day from the raw visits. Idempotent."""
    start, end = day_bounds(day)
    visits = Visit.objects.filter(time__gte=start, time__lt=end)
    DailyVisits.objects.filter(date=day).delete()
    rows = []
    total = visits.aggregate(visits=Count("pk"), visitors=Count("visitor", distinct=True))
    if total["visits"]:
        rows.append(DailyVisits(date=day, dimension=Dimension.TOTAL, key="", **total))
    for dimension, column in DIMENSION_COLUMNS.items():
        grouped = (
            visits.values(column)
            .annotate(n=Count("pk"), u=Count("visitor", distinct=True))
            .order_by()
        )
        rows.extend(
            DailyVisits(
                date=day,
                dimension=dimension,
                key=str(row[column] or ""),
                visits=row["n"],
                visitors=row["u"],
            )
            for row in grouped
        )
    DailyVisits.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def visits_rollup_pending(*, until=None, retention_months=13):
    """Roll up every day up to yesterday that has raw visits; drop old raw visits and spent salts."""
    today = timezone.localdate()
    until = until or today - datetime.timedelta(days=1)
    first = Visit.objects.order_by("time").values_list("time", flat=True).first()
    days = 0
    if first:
        day = timezone.localdate(first)
        while day <= until:
            visits_rollup(day=day)
            day += datetime.timedelta(days=1)
            days += 1
    cutoff = today - datetime.timedelta(days=31 * retention_months)
    Visit.objects.filter(time__lt=day_bounds(cutoff)[0]).delete()
    DailySalt.objects.filter(date__lt=today).delete()
    return days


@dataclass
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    @classmethod
    def month(cls, year, month):
        return cls(
            datetime.date(year, month, 1),
            datetime.date(year, month, calendar.monthrange(year, month)[1]),
        )

    @classmethod
    def last_month(cls):
        first = timezone.localdate().replace(day=1) - datetime.timedelta(days=1)
        return cls.month(first.year, first.month)

    @property
    def days(self):
        return (self.end - self.start).days + 1

    def shifted_months(self, months):
        index = self.start.year * 12 + self.start.month - 1 - months
        return Period.month(index // 12, index % 12 + 1)

    @property
    def is_month(self):
        return (
            self.start.day == 1 and self.end == Period.month(self.start.year, self.start.month).end
        )

    def __str__(self):
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass
class Table:
    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    chart: list = field(default_factory=list)  # (label, value) for a bar chart

    def csv(self):
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([str(column) for column in self.columns])
        writer.writerows(self.rows)
        return buffer.getvalue()


def _totals(period):
    agg = DailyVisits.objects.filter(
        dimension=Dimension.TOTAL, date__range=(period.start, period.end)
    ).aggregate(visits=Sum("visits"), visitors=Sum("visitors"))
    return {"visits": agg["visits"] or 0, "visitors": agg["visitors"] or 0}


def _share(part, whole):
    return round(100 * part / whole, 1) if whole else 0.0


def _dimension_table(period, dimension, title, label, total, limit=None, names=None):
    rows = (
        DailyVisits.objects.filter(dimension=dimension, date__range=(period.start, period.end))
        .values("key")
        .annotate(visits=Sum("visits"), visitors=Sum("visitors"))
        .order_by("-visits", "key")
    )
    if limit:
        rows = rows[:limit]
    table = Table(
        dimension,
        title,
        [label, _("Visitas"), _("% del total"), _("Visitantes únicos (suma diaria)")],
    )
    for row in rows:
        name = names(row["key"]) if names else (row["key"] or _("(sin dato)"))
        table.rows.append([str(name), row["visits"], _share(row["visits"], total), row["visitors"]])
        table.chart.append((str(name), row["visits"]))
    return table


def _country_name(code):
    return countries.name(code) if code else _("Desconocido")


def _line_name(key):
    return _("Línea %(number)s") % {"number": key} if key else _("Fuera de las líneas")


def report_build(*, period):
    """Every figure of the monthly report for `period`, as tables the page and CSV share."""
    totals = _totals(period)
    previous = _totals(period.shifted_months(1)) if period.is_month else None
    year_before = _totals(period.shifted_months(12)) if period.is_month else None
    daily = dict(
        DailyVisits.objects.filter(
            dimension=Dimension.TOTAL, date__range=(period.start, period.end)
        ).values_list("date", "visits")
    )
    days = [period.start + datetime.timedelta(days=n) for n in range(period.days)]
    daily_table = Table("daily", _("Visitas por día"), [_("Día"), _("Visitas")])
    for day in days:
        daily_table.rows.append([day.isoformat(), daily.get(day, 0)])
        daily_table.chart.append((str(day.day), daily.get(day, 0)))

    total = totals["visits"]
    tables = [
        daily_table,
        _dimension_table(
            period, Dimension.COUNTRY, _("Visitas por país"), _("País"), total, names=_country_name
        ),
        _dimension_table(
            period,
            Dimension.LINE,
            _("Visitas por línea de acción"),
            _("Línea"),
            total,
            names=_line_name,
        ),
        _dimension_table(
            period, Dimension.COMPONENT, _("Visitas por componente"), _("Componente"), total
        ),
        _dimension_table(
            period, Dimension.PATH, _("Páginas más visitadas"), _("Página"), total, limit=20
        ),
        _dimension_table(period, Dimension.LANGUAGE, _("Visitas por idioma"), _("Idioma"), total),
        _dimension_table(
            period,
            Dimension.REFERRER,
            _("Sitios de procedencia"),
            _("Sitio"),
            total,
            limit=20,
            names=lambda key: key or _("Directo o buscador sin datos"),
        ),  # fmt: skip
        _dimension_table(period, Dimension.DEVICE, _("Dispositivos"), _("Dispositivo"), total),
    ]
    tables.extend(_attention_tables(period))
    tables.extend(_content_tables(period))
    return {
        "period": period,
        "totals": totals,
        "previous": previous,
        "year_before": year_before,
        "change_previous": _change(totals["visits"], previous and previous["visits"]),
        "change_year": _change(totals["visits"], year_before and year_before["visits"]),
        "tables": tables,
        "attention_summary": _attention_summary(period),
    }


def _change(now, before):
    if not before:
        return None
    return round(100 * (now - before) / before, 1)


def _attention_summary(period):
    ContactMessage = apps.get_model("contact", "ContactMessage")
    start, _unused = day_bounds(period.start)
    end = day_bounds(period.end)[1]
    received = ContactMessage.objects.filter(created_at__gte=start, created_at__lt=end)
    answered = received.exclude(first_response_at__isnull=True)
    times = [
        (first - created).total_seconds() / 3600
        for created, first in answered.values_list("created_at", "first_response_at")
    ]
    return {
        "received": received.count(),
        "answered": len(times),
        "pending": received.filter(status__in=["new", "in_progress"]).count(),
        "average_hours": round(statistics.fmean(times), 1) if times else None,
        "median_hours": round(statistics.median(times), 1) if times else None,
    }


def _attention_tables(period):
    Attention = apps.get_model("contact", "Attention")
    attentions = Attention.objects.filter(date__range=(period.start, period.end))
    total = attentions.count()
    tables = []
    for column, title, label in [
        ("channel", _("Atenciones por canal"), _("Canal")),
        ("migrant_type", _("Atenciones por tipo de usuario"), _("Tipo")),
        ("age_band", _("Atenciones por edad"), _("Edad")),
        ("gender", _("Atenciones por sexo"), _("Sexo")),
        ("country", _("Atenciones por país"), _("País")),
    ]:
        field_obj = Attention._meta.get_field(column)
        choices = dict(field_obj.choices) if field_obj.choices and column != "country" else {}
        table = Table(f"attention_{column}", title, [label, _("Atenciones"), _("% del total")])
        for row in attentions.values(column).annotate(n=Count("pk")).order_by("-n", column):
            key = row[column]
            name = _country_name(key) if column == "country" else choices.get(key, key)
            table.rows.append([str(name), row["n"], _share(row["n"], total)])
            table.chart.append((str(name), row["n"]))
        tables.append(table)
    return tables


def _content_tables(period):
    from infomigra.models import PageFeedback, Publishable

    start = day_bounds(period.start)[0]
    end = day_bounds(period.end)[1]
    table = Table(
        "content",
        _("Contenido publicado y actualizado"),
        [_("Contenido"), _("Nuevos"), _("Actualizados")],
    )
    for model in apps.get_models():
        if not issubclass(model, Publishable):
            continue
        counts = model.objects.aggregate(
            created=Count("pk", filter=Q(created_at__gte=start, created_at__lt=end)),
            updated=Count(
                "pk", filter=Q(updated_at__gte=start, updated_at__lt=end, created_at__lt=start)
            ),
        )
        created, updated = counts["created"], counts["updated"]
        if created or updated:
            table.rows.append([str(model._meta.verbose_name_plural), created, updated])
    feedback = Table(
        "feedback", _("«¿Te fue útil esta página?»"), [_("Página"), _("Respuestas"), _("% «sí»")]
    )
    summary = PageFeedback.objects.filter(
        created_at__gte=start, created_at__lt=end
    ).summary_by_page()
    for row in summary[:30]:
        feedback.rows.append([row["path"], row["total"], round(row["share_yes"], 1)])
    return [table, feedback]
