"""What `sivitma` contributes to the whole site (see `infomigra.registry`): its portal
component, its part of the monthly report, its dashboard panel and its demo data."""

from django.utils.translation import gettext_lazy as _

from infomigra import registry
from infomigra.reports import ReportSection

from . import dashboard, demo, reports

registry.components.register("sivitma", _("SIVITMA – registro de contratos andinos"))
registry.report_sections.register(
    ReportSection(
        key="sivitma", title=_("SIVITMA: contratos de trabajadores andinos"), tables=reports.tables
    )  # fmt: skip
)
registry.dashboard_panels.register(dashboard.panels)
registry.demo_loaders.register(demo.load)
