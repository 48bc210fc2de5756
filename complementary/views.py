from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.generic import DetailView, ListView, TemplateView

from infomigra.views import (
    FilteredListView,
    ObjectAlternatesMixin,
    PortalPageMixin,
    PublishedContentMixin,
    TranslatedSlugMixin,
)

from . import calendar
from .filters import EventFilter, NewsFilter, NormFilter, StudyFilter
from .models import (
    Contest,
    Event,
    Faq,
    InfoPage,
    Link,
    NewsItem,
    Norm,
    Publication,
    Study,
    Video,
)


class NewsListView(FilteredListView):
    model = NewsItem
    template_name = "complementary/news_list.html"
    filterset_class = NewsFilter
    context_object_name = "news"
    paginate_by = 10
    portal_component = "news"


class NewsDetailView(TranslatedSlugMixin, DetailView):
    model = NewsItem
    template_name = "complementary/news_detail.html"
    context_object_name = "item"
    portal_component = "news"


class EventListView(FilteredListView):
    model = Event
    filterset_class = EventFilter
    context_object_name = "events"
    paginate_by = 12
    portal_component = "events"

    def refine_queryset(self, queryset):
        return queryset.in_calendar_order()


class EventDetailView(TranslatedSlugMixin, DetailView):
    model = Event
    portal_component = "events"


def event_ics(request, slug):
    """One event as an iCalendar file to add to a calendar."""
    event = get_object_or_404(Event.objects.visible_to(request.user).by_slug(slug))
    response = HttpResponse(
        calendar.calendar_for([event], request=request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{slugify(event.slug)[:60]}.ics"'
    return response


def events_ics_feed(request):
    """A subscribable iCalendar feed of the upcoming events."""
    events = Event.objects.published().upcoming()[:200]
    return HttpResponse(
        calendar.calendar_for(events, request=request), content_type="text/calendar; charset=utf-8"
    )


class NormListView(FilteredListView):
    model = Norm
    filterset_class = NormFilter
    context_object_name = "norms"
    paginate_by = 20
    portal_component = "legislation"


class NormDetailView(ObjectAlternatesMixin, DetailView):
    model = Norm
    portal_component = "legislation"


class StudyListView(FilteredListView):
    model = Study
    filterset_class = StudyFilter
    context_object_name = "studies"
    paginate_by = 20
    portal_component = "studies"


class StudyDetailView(ObjectAlternatesMixin, DetailView):
    model = Study
    portal_component = "studies"


class LinkListView(PublishedContentMixin, ListView):
    model = Link
    context_object_name = "links"
    portal_component = "links"


class VideoListView(PortalPageMixin, TemplateView):
    """Contest and videos (§5.4.5 i)."""

    template_name = "complementary/video_list.html"
    portal_component = "contest_videos"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["videos"] = Video.objects.published()
        context["contests"] = Contest.objects.published()
        return context


class VideoDetailView(ObjectAlternatesMixin, DetailView):
    model = Video
    portal_component = "contest_videos"


class ContestDetailView(ObjectAlternatesMixin, DetailView):
    model = Contest
    portal_component = "contest_videos"


class FaqListView(PublishedContentMixin, ListView):
    """Every question, grouped by action line, each with its own anchor."""

    model = Faq
    context_object_name = "faqs"
    portal_component = "faq"

    def refine_queryset(self, queryset):
        return queryset.select_related("line")


class PublicationListView(PublishedContentMixin, ListView):
    model = Publication
    context_object_name = "publications"
    paginate_by = 20
    portal_component = "publications"


class InfoPageDetailView(TranslatedSlugMixin, DetailView):
    model = InfoPage
    context_object_name = "page"
    portal_component = "panel"
