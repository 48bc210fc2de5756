"""The home page: with `infomigra/urls.py`, the composition root — the one page that names
the apps' content (see ARCHITECTURE.md)."""

from django.views.generic import TemplateView

from complementary.models import Event, NewsItem
from lines.models import ActionLine, CountryGuide

from .views import PortalPageMixin


class HomeView(PortalPageMixin, TemplateView):
    template_name = "infomigra/home.html"
    portal_component = "home"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The main menu shows the same lines: handing them over as `nav_lines` (the view's context
        # wins over the context processor's lazy value) saves its query.
        context["lines"] = context["nav_lines"] = list(
            ActionLine.objects.published().with_sections()
        )
        context["guides"] = CountryGuide.objects.published()
        context["latest_news"] = NewsItem.objects.published()[:3]
        context["next_events"] = Event.objects.published().in_calendar_order()[:3]
        return context
