"""What `tools` contributes to the whole site (see `infomigra.registry`): its portal component,
the names of its usage counts, its part of the monthly report, the links from the line and
guide pages, its public pages in the sitemap and its demo content."""

from django.utils.translation import gettext_lazy as _

from infomigra import registry
from infomigra.registry import Fragment
from infomigra.reports import ReportSection
from infomigra.sitemaps import PagesSitemap

from . import demo, reports

registry.components.register("tools", _("Herramientas"))
registry.content_names.register("tool", reports.names)
registry.report_sections.register(
    ReportSection(key="tools", title=_("Herramientas para migrantes"), tables=reports.tables)
)
registry.slots.register("line_page", Fragment("tools/includes/_line_tools.html"))
registry.slots.register("guide_page", Fragment("tools/includes/_guide_tools.html"))
registry.sitemap_sections.register(
    "tools-pages", PagesSitemap("tools:index", "tools:start", "tools:offer", "tools:return")
)
registry.demo_loaders.register(demo.load)
