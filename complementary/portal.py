"""What `complementary` contributes to the whole site (see `infomigra.registry`): its portal
components, search sources, sitemap sections, demo content, and the FAQ of each line page."""

from django.utils.translation import gettext_lazy as _

from infomigra import registry
from infomigra.search import Source
from infomigra.sitemaps import ContentSitemap, PagesSitemap

from . import demo
from .models import Contest, Event, Faq, FaqTopic, InfoPage, NewsItem, Norm, Study, Video

for key, label in [
    ("news", _("Noticias")),
    ("events", _("Eventos")),
    ("legislation", _("Legislación")),
    ("studies", _("Estudios")),
    ("links", _("Enlaces")),
    ("contest_videos", _("Concurso y videos")),
    ("faq", _("Preguntas frecuentes")),
    ("publications", _("Publicaciones")),
    ("panel", _("Panel informativo")),
]:
    registry.components.register(key, label)

for source in [
    Source(_("Noticia"), NewsItem),
    Source(_("Evento"), Event, (("title", "A", True), ("venue", "B", False),
                                ("summary", "B", True), ("cooperating_source", "C", False),
                                ("body", "C", True))),
    Source(_("Legislación"), Norm, (("number", "A", False), ("title", "A", True),
                                    ("summary", "C", True))),
    Source(_("Estudio"), Study, (("title", "A", True), ("authors", "B", False),
                                 ("abstract", "C", True))),
    Source(_("Pregunta frecuente"), Faq, (("question", "A", True), ("answer", "C", True))),
    Source(_("Información"), InfoPage),
]:  # fmt: skip
    registry.search_sources.register(source)

registry.sitemap_sections.register(
    "complementary-pages",
    PagesSitemap(
        "complementary:news_list",
        "complementary:event_list",
        "complementary:norm_list",
        "complementary:study_list",
        "complementary:link_list",
        "complementary:video_list",
        "complementary:faq_list",
        "complementary:publication_list",
    ),
)
for name, model in [
    ("news", NewsItem),
    ("events", Event),
    ("legislation", Norm),
    ("studies", Study),
    ("videos", Video),
    ("contests", Contest),
    ("panel", InfoPage),
]:
    registry.sitemap_sections.register(name, ContentSitemap(model))


def _line_faqs(line):
    """The published questions of an action line (one query), for its page."""
    return {"faqs": list(Faq.objects.for_line(line)), "topic": FaqTopic(line)}


registry.slots.register(
    "line_page", registry.Fragment("complementary/includes/_line_faqs.html", _line_faqs)
)
registry.slots.register(
    "search_help", registry.Fragment("complementary/includes/_search_help.html")
)
registry.demo_loaders.register(demo.load)
