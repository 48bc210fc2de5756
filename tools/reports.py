"""The tools in the directorate's monthly report: how many people started, completed and
printed (or downloaded) each tool, and the reports of possible fraud or trafficking received.
Two queries, whatever the number of visits."""

from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _

from contact.models import Attention
from infomigra.reports import Table
from stats.models import DailyVisits, Dimension

TOOLS = [
    ("checklist", _("¿Qué necesito? (lista personal)")),
    ("offer", _("¿Es real esta oferta de trabajo?")),
    ("return", _("Plan de retorno")),
]
STAGES = [
    ("started", _("Iniciaron")),
    ("completed", _("Completaron")),
    ("printed", _("Imprimieron o descargaron")),
]


def usage_key(tool, stage):
    return f"tool:{tool}-{stage}"


def names(keys):
    """Visitor-facing names of the tools' content keys (for the report's content table)."""
    tools, stages = dict(TOOLS), dict(STAGES)
    result = {}
    for key in keys:
        tool, _sep, stage = key.removeprefix("tool:").partition("-")
        if tool in tools and stage in stages:
            result[key] = f"{tools[tool]}: {str(stages[stage]).lower()}"
    return result


def tables(period):
    keys = [usage_key(tool, stage) for tool, _label in TOOLS for stage, _s in STAGES]
    counts = dict(
        DailyVisits.objects.filter(
            dimension=Dimension.CONTENT, key__in=keys,
            date__gte=period.start, date__lte=period.end,
        ).values_list("key").annotate(total=Sum("visits")).values_list("key", "total")
    )  # fmt: skip
    usage = Table(
        key="tools_usage",
        title=_("Uso de las herramientas"),
        columns=[_("Herramienta"), *(label for _stage, label in STAGES)],
        note=_("Visitas anónimas: una persona que vuelve a abrir una herramienta cuenta otra vez."),
    )
    for tool, label in TOOLS:
        usage.rows.append([label, *(counts.get(usage_key(tool, stage), 0) for stage, _l in STAGES)])
        usage.chart.append((label, counts.get(usage_key(tool, "completed"), 0)))
    fraud = Attention.objects.filter(
        topic=Attention.Topic.FRAUD, date__gte=period.start, date__lte=period.end
    ).aggregate(
        total=Count("pk"),
        web=Count("pk", filter=Q(channel=Attention.Channel.WEB_FORM)),
        from_tool=Count("pk", filter=~Q(message__attachment="") & Q(message__isnull=False)),
    )
    reports = Table(
        key="tools_fraud_reports",
        title=_("Reportes de posible estafa o trata"),
        columns=[_("Indicador"), _("Cantidad")],
        rows=[
            [_("Atenciones sobre posible estafa o trata (todos los canales)"), fraud["total"]],
            [_("Reportes recibidos por el formulario web (urgentes)"), fraud["web"]],
            [_("De ellos, enviados desde «¿Es real esta oferta?»"), fraud["from_tool"]],
        ],
    )
    return [usage, reports]
