"""What `lines` contributes to the whole site (see `infomigra.registry`): its portal components,
search sources, sitemap sections, demo content, and the hooks its pages offer other apps."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from infomigra import registry
from infomigra.search import Source
from infomigra.sitemaps import ContentSitemap, PagesSitemap

from . import demo
from .models import (
    ActionLine,
    Agreement,
    CountryGuide,
    GuideChapter,
    Institution,
    Programme,
    Section,
)

registry.components.register("line", _("Líneas de acción"))
registry.components.register("guides", _("Guías por país"))
registry.components.register("institutions", _("Directorio de instituciones"))


def _agreement_urls(agreements):
    """Agreements are listed on the section that shows the agreements component (one query
    for all the hits, none when there is no hit)."""
    if not agreements:
        return []
    section = (
        Section.objects.published()
        .filter(component=Section.Component.AGREEMENTS)
        .select_related("line")
        .first()
    )
    page = section.get_absolute_url() if section else ""
    return [f"{page}#{agreement.anchor}" for agreement in agreements]


def _institution_url(institution):
    directory = reverse("lines:institution_list")
    return f"{directory}?country={institution.country.code}#institucion-{institution.pk}"


for source in [
    Source(_("Línea de acción"), ActionLine, (("title", "A", True), ("audience", "B", True),
                                               ("intro", "C", True))),
    Source(_("Sección"), Section, select_related=("line",)),
    Source(_("Guía de país"), CountryGuide, (("title", "A", True), ("summary", "B", True))),
    Source(_("Guía de país"), GuideChapter, (("title", "A", True), ("body", "C", True)),
           title=lambda o: f"{o.guide.title}: {o.title}",
           url=lambda o: f"{o.guide.get_absolute_url()}#{o.anchor}", select_related=("guide",)),
    Source(_("Programa"), Programme, (("name", "A", True), ("summary", "B", True),
                                       ("body", "C", True)),
           url=lambda o: f"{o.section.get_absolute_url()}#programa-{o.pk}",
           select_related=("section__line",)),
    Source(_("Institución"), Institution, (("name", "A", True), ("city", "B", False),
                                            ("description", "C", True)), url=_institution_url),
    Source(_("Convenio"), Agreement, urls=_agreement_urls),
]:  # fmt: skip
    registry.search_sources.register(source)

registry.sitemap_sections.register(
    "lines-pages", PagesSitemap("lines:guide_list", "lines:institution_list")
)
registry.sitemap_sections.register("lines", ContentSitemap(ActionLine))
registry.sitemap_sections.register("sections", ContentSitemap(Section, select_related=("line",)))
registry.sitemap_sections.register("guides", ContentSitemap(CountryGuide))
registry.demo_loaders.register(demo.load)
