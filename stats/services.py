"""The daily roll-up and the monthly report. The report reads only the daily aggregates (and
the small contact and content tables), so it stays fast however many visits there are."""

import datetime
import statistics
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count, Max, Min, Q, Sum
from django.db.models.functions import Coalesce, TruncMonth
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from contact.models import WorkingDays
from infomigra import registry, roles
from infomigra.models import PageFeedback, Publishable
from infomigra.pdf import render_pdf
from infomigra.reports import Table

from .models import DailySalt, DailyVisits, Device, Dimension, Observation, Visit

DIMENSION_COLUMNS = {
    Dimension.COUNTRY: "country",
    Dimension.LINE: "line",
    Dimension.COMPONENT: "component",
    Dimension.CONTENT: "content",
    Dimension.PATH: "path",
    Dimension.LANGUAGE: "language",
    Dimension.REFERRER: "referrer_host",
    Dimension.DEVICE: "device",
}
CONTENT_APPS = ("lines", "complementary", "contact")
TOP = 20  # rows of the long tables (content, pages, referrers)
CHART_BARS = 10  # bars of a chart beside a long table


def day_bounds(day):
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), tz)
    return start, start + datetime.timedelta(days=1)


# --- Roll-up ------------------------------------------------------------------------------


@transaction.atomic
def visits_rollup(*, day):
    """(Re)build the aggregates of one day from its raw visits. Idempotent."""
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
                key=str(row[column] if row[column] is not None else ""),
                visits=row["n"],
                visitors=row["u"],
            )
            for row in grouped
        )
    DailyVisits.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def visits_rollup_days(*, start, end):
    """Roll up every day from `start` to `end` (inclusive); returns how many days."""
    day, days = start, 0
    while day <= end:
        visits_rollup(day=day)
        day += datetime.timedelta(days=1)
        days += 1
    return days


def visits_rollup_pending(*, since=None, until=None, retention_months=None):
    """The nightly job: roll up the days not rolled up yet (the last rolled-up day again, in
    case it was rolled up before it ended) up to yesterday, or every day from `since`; then
    delete raw visits older than `retention_months` and the salts of past days. Idempotent."""
    today = timezone.localdate()
    until = until or today - datetime.timedelta(days=1)
    if since is None:
        first = Visit.objects.order_by("time").values_list("time", flat=True).first()
        last = DailyVisits.objects.filter(dimension=Dimension.TOTAL).aggregate(last=Max("date"))
        if first is not None:
            since = timezone.localdate(first)
            if last["last"] and last["last"] > since:
                since = last["last"]
    days = visits_rollup_days(start=since, end=until) if since else 0
    if retention_months is None:
        retention_months = settings.STATS_RAW_RETENTION_MONTHS
    cutoff = today - relativedelta(months=retention_months)
    Visit.objects.filter(time__lt=day_bounds(cutoff)[0]).delete()
    DailySalt.objects.filter(date__lt=today).delete()
    return days


# --- Periods and tables ---------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date  # inclusive

    @classmethod
    def month(cls, year, month):
        first = datetime.date(year, month, 1)
        return cls(first, first + relativedelta(day=31))  # day=31: the month's last day

    @classmethod
    def of_month(cls, day):
        """The whole month `day` falls in."""
        return cls.month(day.year, day.month)

    @classmethod
    def last_month(cls):
        return cls.of_month(timezone.localdate() - relativedelta(months=1))

    @property
    def days(self):
        return (self.end - self.start).days + 1

    @property
    def is_month(self):
        return self.start.day == 1 and self.end == Period.of_month(self.start).end

    def months_before(self, months):
        return Period.of_month(self.start - relativedelta(months=months))

    def previous(self):
        """The month before, or the range of the same length just before."""
        if self.is_month:
            return self.months_before(1)
        return Period(
            self.start - datetime.timedelta(days=self.days),
            self.start - datetime.timedelta(days=1),
        )

    def year_before(self):
        if self.is_month:
            return self.months_before(12)
        return Period(self.start - relativedelta(years=1), self.end - relativedelta(years=1))

    def __str__(self):
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def _share(part, whole):
    return round(100 * part / whole, 1) if whole else 0.0


def _change(now, before):
    if not before:
        return None
    return round(100 * (now - before) / before, 1)


# --- Visits -----------------------------------------------------------------------------------


def _totals(period):
    agg = DailyVisits.objects.filter(
        dimension=Dimension.TOTAL, date__range=(period.start, period.end)
    ).aggregate(visits=Sum("visits"), visitors=Sum("visitors"))
    return {"visits": agg["visits"] or 0, "visitors": agg["visitors"] or 0}


def _dimension_table(
    period, dimension, title, label, total, *, names, limit=None, chart=True, skip_blank=False
):
    rows = DailyVisits.objects.filter(dimension=dimension, date__range=(period.start, period.end))
    if skip_blank:
        rows = rows.exclude(key="")
    rows = (
        rows.values("key")
        .annotate(visits=Sum("visits"), visitors=Sum("visitors"))
        .order_by("-visits", "key")
    )
    if limit:
        rows = rows[:limit]
    rows = list(rows)
    if callable(names):
        names = names([row["key"] for row in rows])
    table = Table(
        str(dimension),
        title,
        [label, _("Visitas"), _("% del total"), _("Visitantes únicos (suma diaria)")],
    )
    for row in rows:
        name = str(names.get(row["key"]) or row["key"] or _("(sin dato)"))
        table.rows.append([name, row["visits"], _share(row["visits"], total), row["visitors"]])
        if chart and len(table.chart) < CHART_BARS:
            table.chart.append((name, row["visits"]))
    return table


def _country_names(keys):
    return {key: countries.name(key) if key else _("Desconocido") for key in keys}


def _content_models():
    return {
        model._meta.model_name: model
        for app_label in CONTENT_APPS
        for model in apps.get_app_config(app_label).get_models()
    }


def _content_names(keys):
    """Readable names of content keys ("line:1", "section:12", "guide:ES", "newsitem:3"): one
    query per kind of content in the list, never one per row."""
    ActionLine = apps.get_model("lines", "ActionLine")
    by_kind = {}
    for key in keys:
        kind, _sep, ident = key.partition(":")
        by_kind.setdefault(kind, []).append(ident)
    names = {}
    models = _content_models()
    for kind, idents in by_kind.items():
        if kind in registry.content_names:
            names.update(registry.content_names.get(kind)([f"{kind}:{i}" for i in idents]))
            continue
        if kind == "guide":
            names.update(
                {
                    f"guide:{code}": _("Guía: %(country)s") % {"country": countries.name(code)}
                    for code in idents
                }
            )
            continue
        model, column = (ActionLine, "number") if kind == "line" else (models.get(kind), "pk")
        numbers = [ident for ident in idents if ident.isdigit()]
        if model is None or not numbers:
            continue
        for obj in model.objects.filter(**{f"{column}__in": numbers}):
            names[f"{kind}:{getattr(obj, column)}"] = str(obj)
    return names


def _component_names(keys):
    return {key: registry.component_label(key) for key in keys}


def _choice_names(choices):
    def names(keys):
        labels = dict(choices)
        return {key: labels.get(key, key) for key in keys}

    return names


def _line_names(lines):
    names = {str(line.number): str(line) for line in lines}
    names[""] = _("Fuera de las líneas de acción")
    return names


def _summary_table(period, totals, previous, year_before):
    table = Table(
        "summary",
        _("Resumen de visitas"),
        [
            _("Periodo"),
            _("Desde"),
            _("Hasta"),
            _("Visitas"),
            _("Visitantes únicos (suma diaria)"),
            _("Variación de las visitas hasta este periodo (%)"),
            _("Variación de los visitantes hasta este periodo (%)"),
        ],
    )
    for label, span, figures in [
        (_("Este periodo"), period, totals),
        (
            _("Mes anterior") if period.is_month else _("Periodo anterior"),
            period.previous(),
            previous,
        ),
        (
            _("Mismo mes del año anterior")
            if period.is_month
            else _("Mismas fechas del año anterior"),
            period.year_before(),
            year_before,
        ),
    ]:
        current = figures is totals
        change_visits = None if current else _change(totals["visits"], figures["visits"])
        change_visitors = None if current else _change(totals["visitors"], figures["visitors"])
        table.rows.append(
            [
                str(label),
                span.start.isoformat(),
                span.end.isoformat(),
                figures["visits"],
                figures["visitors"],
                "" if change_visits is None else change_visits,
                "" if change_visitors is None else change_visitors,
            ]
        )
    return table


def _daily_table(period):
    daily = dict(
        DailyVisits.objects.filter(
            dimension=Dimension.TOTAL, date__range=(period.start, period.end)
        ).values_list("date", "visits")
    )
    table = Table("daily", _("Visitas por día"), [_("Día"), _("Visitas")], vertical_chart=True)
    for n in range(period.days):
        day = period.start + datetime.timedelta(days=n)
        table.rows.append([day.isoformat(), daily.get(day, 0)])
        table.chart.append((str(day.day), daily.get(day, 0)))
    if period.days > 62:  # a bar per day would not be readable
        table.chart = []
    return table


def _visit_tables(period, total, lines):
    languages = dict(settings.LANGUAGES)
    return [
        _dimension_table(
            period, Dimension.COUNTRY, _("Visitas por país"), _("País"), total,
            names=_country_names,
        ),
        _dimension_table(
            period, Dimension.LINE, _("Visitas por línea de acción"), _("Línea de acción"),
            total, names=_line_names(lines),
        ),
        _dimension_table(
            period, Dimension.COMPONENT, _("Visitas por componente"), _("Componente"), total,
            names=_component_names,
        ),
        _dimension_table(
            period, Dimension.CONTENT, _("Contenidos más visitados"), _("Contenido"), total,
            names=_content_names, limit=TOP, chart=False, skip_blank=True,
        ),
        _dimension_table(
            period, Dimension.PATH, _("Páginas más visitadas"), _("Página"), total,
            names={}, limit=TOP, chart=False,
        ),
        _dimension_table(
            period, Dimension.LANGUAGE, _("Visitas por idioma"), _("Idioma"), total,
            names=_choice_names(languages.items()),
        ),
        _dimension_table(
            period, Dimension.REFERRER, _("Sitios de procedencia"), _("Sitio"), total,
            names={"": _("Directo o sin procedencia")}, limit=TOP, chart=False,
        ),
        _dimension_table(
            period, Dimension.DEVICE, _("Visitas por dispositivo"), _("Dispositivo"), total,
            names=_choice_names(Device.choices),
        ),
    ]  # fmt: skip


# --- Attention ----------------------------------------------------------------------------------


def _attention_summary(period):
    ContactMessage = apps.get_model("contact", "ContactMessage")
    start, end = day_bounds(period.start)[0], day_bounds(period.end)[1]
    received = ContactMessage.objects.filter(created_at__gte=start, created_at__lt=end)
    answered = list(
        received.filter(first_response_at__isnull=False).values_list(
            "created_at", "first_response_at"
        )
    )
    times = [(first - created).total_seconds() / 3600 for created, first in answered]
    average = round(statistics.fmean(times), 1) if times else None
    median = round(statistics.median(times), 1) if times else None
    # in working days (Monday to Friday but Peru's public holidays), as the service counts them
    working = [WorkingDays.between(created, first) for created, first in answered]
    return {
        "average_working_days": round(statistics.fmean(working), 1) if working else None,
        "median_working_days": round(statistics.median(working), 1) if working else None,
        "received": received.count(),
        "answered": len(times),
        "pending": received.open().count(),
        "average_hours": average,
        "median_hours": median,
        "average_days": round(average / 24, 1) if times else None,
        "median_days": round(median / 24, 1) if times else None,
    }


def _attention_summary_table(summary):
    table = Table(
        "attention_summary",
        _("Mensajes del formulario de contacto"),
        [_("Indicador"), _("Valor")],
        section="attention",
        note=_("Mensajes recibidos en el periodo; pendientes: los que siguen sin responder hoy."),
    )

    def hours(value):
        return "" if value is None else value

    table.rows = [
        [str(_("Mensajes recibidos")), summary["received"]],
        [str(_("Respondidos")), summary["answered"]],
        [str(_("Pendientes")), summary["pending"]],
        [str(_("Primera respuesta: promedio (horas)")), hours(summary["average_hours"])],
        [str(_("Primera respuesta: mediana (horas)")), hours(summary["median_hours"])],
        [str(_("Primera respuesta: promedio (días hábiles)")),
         hours(summary["average_working_days"])],
        [str(_("Primera respuesta: mediana (días hábiles)")),
         hours(summary["median_working_days"])],
    ]  # fmt: skip
    return table


def _attention_tables(period, lines):
    Attention = apps.get_model("contact", "Attention")
    attentions = Attention.objects.filter(date__range=(period.start, period.end))
    total = attentions.count()
    line_names = {line.pk: str(line) for line in lines}
    tables = []
    for column, title, label in [
        ("channel", _("Atenciones por canal"), _("Canal")),
        ("migrant_type", _("Atenciones por tipo de usuario"), _("Tipo de usuario")),
        ("age_band", _("Atenciones por edad"), _("Edad")),
        ("gender", _("Atenciones por sexo"), _("Sexo")),
        ("country", _("Atenciones por país"), _("País")),
        ("line", _("Atenciones por línea de acción"), _("Línea de acción")),
        ("topic", _("Atenciones por tema"), _("Tema")),
    ]:
        grouped = list(attentions.values(column).annotate(n=Count("pk")).order_by("-n", column))
        if column == "country":
            names = _country_names([row[column] for row in grouped])
        elif column == "line":
            names = {**line_names, None: _("Sin línea de acción")}
        else:
            names = dict(Attention._meta.get_field(column).choices)
        table = Table(
            f"attention_{column}",
            title,
            [label, _("Atenciones"), _("% del total")],
            section="attention",
        )
        for row in grouped:
            name = str(names.get(row[column]) or row[column])
            table.rows.append([name, row["n"], _share(row["n"], total)])
            if len(table.chart) < CHART_BARS:
                table.chart.append((name, row["n"]))
        tables.append(table)
    return tables


# --- Content ----------------------------------------------------------------------------------


def _content_tables(period):
    start, end = day_bounds(period.start)[0], day_bounds(period.end)[1]
    table = Table(
        "content_published",
        _("Contenido publicado y actualizado"),
        [_("Contenido"), _("Publicados"), _("Actualizados")],
        section="content",
        note=_(
            "Publicados: contenidos publicados cuya fecha de publicación (o de creación) cae en "
            "el periodo. Actualizados: los publicados antes que se modificaron en el periodo."
        ),
    )
    for model in apps.get_models():
        if not issubclass(model, Publishable):
            continue
        counts = (
            model.objects.published()
            .annotate(publication_moment=Coalesce("publish_at", "created_at"))
            .aggregate(
                published=Count(
                    "pk", filter=Q(publication_moment__gte=start, publication_moment__lt=end)
                ),
                updated=Count(
                    "pk",
                    filter=Q(
                        updated_at__gte=start, updated_at__lt=end, publication_moment__lt=start
                    ),
                ),
            )
        )
        if counts["published"] or counts["updated"]:
            table.rows.append(
                [str(model._meta.verbose_name_plural), counts["published"], counts["updated"]]
            )
    feedback = Table(
        "feedback",
        _("«¿Te fue útil esta página?»"),
        [_("Página"), _("Título"), _("Respuestas"), _("Respuestas «sí»"), _("% «sí»")],
        section="content",
        note=_("Las páginas con menos respuestas «sí» van primero."),
    )
    summary = PageFeedback.objects.filter(
        created_at__gte=start, created_at__lt=end
    ).summary_by_page()
    for row in summary[:30]:
        feedback.rows.append(
            [row["path"], row["title"], row["total"], row["yes"], round(row["share_yes"], 1)]
        )
    return [table, feedback]


# --- The report ---------------------------------------------------------------------------------

SECTIONS = [
    ("visits", _("Visitas al portal")),
    ("attention", _("Atención")),
    ("content", _("Contenido")),
]


def _bring_up_to_date(period):
    """A report that reaches today reads it live: the days of `period` the nightly job has not
    rolled up yet (today at least) are rolled up now from the raw visits (the nightly job rolls
    the last one up again once it is over). Returns the moment the figures are good to, or None
    for a period already over and rolled up."""
    today = timezone.localdate()
    if period.end < today - datetime.timedelta(days=1):
        return None
    last = DailyVisits.objects.filter(dimension=Dimension.TOTAL).aggregate(last=Max("date"))
    # the nightly job's days stay its own: at most the last week is rolled up here
    start = max(period.start, last["last"] or period.start, today - datetime.timedelta(days=7))
    end = min(period.end, today)
    if start <= end:
        visits_rollup_days(start=start, end=end)
    return timezone.localtime() if period.end >= today else None


def _trend_table(period):
    """Visits in each of the twelve months up to the report's (one query)."""
    first = Period.of_month(period.end).start - relativedelta(months=11)
    by_month = dict(
        DailyVisits.objects.filter(dimension=Dimension.TOTAL, date__range=(first, period.end))
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(visits=Sum("visits"))
        .values_list("month", "visits")
    )
    table = Table(
        "trend",
        _("Visitas de los últimos doce meses"),
        [_("Mes"), _("Visitas")],
        vertical_chart=True,
    )
    for n in range(12):
        month = first + relativedelta(months=n)
        visits = by_month.get(month, 0)
        table.rows.append([f"{month:%Y-%m}", visits])
        table.chart.append((f"{month:%m/%y}", visits))
    return table


def _since_launch_table(period):
    """Like the service's systematisation: everything counted from the first day on record to
    the end of the report (two queries)."""
    Attention = apps.get_model("contact", "Attention")
    visits = DailyVisits.objects.filter(dimension=Dimension.TOTAL, date__lte=period.end).aggregate(
        first=Min("date"), visits=Sum("visits"), visitors=Sum("visitors")
    )
    attentions = Attention.objects.filter(date__lte=period.end).aggregate(
        first=Min("date"), total=Count("pk")
    )
    firsts = [day for day in (visits["first"], attentions["first"]) if day]
    table = Table(
        "since_launch",
        _("Desde el primer día registrado"),
        [_("Indicador"), _("Valor")],
        note=_("Del primer día con visitas o atenciones registradas hasta el fin del periodo."),
    )
    if not firsts:
        return table
    first = min(firsts)
    months = (period.end.year - first.year) * 12 + period.end.month - first.month + 1
    total_visits, total_attentions = visits["visits"] or 0, attentions["total"]
    table.rows = [
        [str(_("Desde")), first.isoformat()],
        [str(_("Meses")), months],
        [str(_("Visitas")), total_visits],
        [str(_("Visitantes únicos (suma diaria)")), visits["visitors"] or 0],
        [str(_("Atenciones")), total_attentions],
        [str(_("Visitas por mes, en promedio")), round(total_visits / months, 1)],
        [str(_("Atenciones por mes, en promedio")), round(total_attentions / months, 1)],
    ]
    return table


def report_build(*, period):
    """Every figure of the report for `period`, as tables the page, its CSV and the e-mail
    share. A fixed number of queries, whatever the number of visits."""
    data_until = _bring_up_to_date(period)
    ActionLine = apps.get_model("lines", "ActionLine")
    lines = list(ActionLine.objects.order_by("number"))
    totals = _totals(period)
    previous = _totals(period.previous())
    year_before = _totals(period.year_before())
    attention_summary = _attention_summary(period)
    tables = [
        _summary_table(period, totals, previous, year_before),
        _daily_table(period),
        _trend_table(period),
        _since_launch_table(period),
        *_visit_tables(period, totals["visits"], lines),
        _attention_summary_table(attention_summary),
        *_attention_tables(period, lines),
        *_content_tables(period),
    ]
    sections = list(SECTIONS)
    for contribution in registry.report_sections:
        sections.append((contribution.key, contribution.title))
        tables.extend(
            table if table.section == contribution.key else replace(table, section=contribution.key)
            for table in contribution.tables(period)
        )
    return {
        "period": period,
        "data_until": data_until,
        "observations": list(Observation.objects.for_report(period)),
        "totals": totals,
        "previous": previous,
        "year_before": year_before,
        "change_previous": _change(totals["visits"], previous["visits"]),
        "change_year": _change(totals["visits"], year_before["visits"]),
        "change_previous_visitors": _change(totals["visitors"], previous["visitors"]),
        "change_year_visitors": _change(totals["visitors"], year_before["visitors"]),
        "attention_summary": attention_summary,
        "tables": tables,
        "sections": [
            {"key": key, "title": title, "tables": [t for t in tables if t.section == key]}
            for key, title in sections
        ],
    }


def report_pdf(*, report):
    """The report as an A4 PDF (WeasyPrint, the page's own sections and charts)."""
    return render_pdf("stats/report_pdf.html", {**report, "pdf": True,
                                                "generated_at": timezone.localtime()})  # fmt: skip


def observation_record(*, month, text, user):
    """The directorate's observation on the report of `month` (Directiva §5.4.6)."""
    return Observation.objects.create(month=month.replace(day=1), text=text, recorded_by=user)


def report_recipients():
    """E-mail addresses of the active members of the Dirección group."""
    return list(
        get_user_model()
        .objects.filter(groups__name=roles.DIRECTORATE, is_active=True)
        .exclude(email="")
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def report_send(*, period, recipients):
    """E-mail the report of `period` in Spanish: HTML body (with a plain-text alternative), the
    report as an A4 PDF and every table as CSV attached. Returns the report."""
    with translation.override(settings.LANGUAGE_CODE):
        report = report_build(period=period)
        html = render_to_string("stats/email_report.html", report)
        text = render_to_string("stats/email_report.txt", report)
        subject = gettext("Perú InfoMigra — informe %(month)s") % {
            "month": f"{period.start:%Y-%m}" if period.is_month else str(period)
        }
        message = EmailMultiAlternatives(subject=subject, body=text, to=recipients)
        message.attach_alternative(html, "text/html")
        message.attach(f"infomigra-informe-{period.start:%Y-%m}.pdf", report_pdf(report=report),
                       "application/pdf")  # fmt: skip
        for table in report["tables"]:
            message.attach(f"{table.key}-{period.start:%Y-%m}.csv", table.csv(), "text/csv")
    message.send()
    return report
