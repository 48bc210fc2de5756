from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.text import slugify
from django.views.generic import DetailView, ListView, TemplateView

from infomigra.views import FilteredListView, ObjectAlternatesMixin, TranslatedSlugMixin

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
    template_name = "complementary/news_list.html"
    filterset_class = NewsFilter
    context_object_name = "news"
    paginate_by = 10

    def get_queryset(self):
        return NewsItem.objects.published()


class NewsDetailView(TranslatedSlugMixin, DetailView):
    template_name = "complementary/news_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return NewsItem.objects.visible_to(self.request.user)


class EventListView(FilteredListView):
    template_name = "complementary/event_list.html"
    filterset_class = EventFilter
    context_object_name = "events"
    paginate_by = 12

    def get_queryset(self):
        return Event.objects.published().in_calendar_order()


class EventDetailView(TranslatedSlugMixin, DetailView):
    template_name = "complementary/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user)


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
    template_name = "complementary/norm_list.html"
    filterset_class = NormFilter
    context_object_name = "norms"
    paginate_by = 20

    def get_queryset(self):
        return Norm.objects.published()


class NormDetailView(ObjectAlternatesMixin, DetailView):
    template_name = "complementary/norm_detail.html"
    context_object_name = "norm"

    def get_queryset(self):
        return Norm.objects.visible_to(self.request.user)


class StudyListView(FilteredListView):
    template_name = "complementary/study_list.html"
    filterset_class = StudyFilter
    context_object_name = "studies"
    paginate_by = 20

    def get_queryset(self):
        return Study.objects.published()


class StudyDetailView(ObjectAlternatesMixin, DetailView):
    template_name = "complementary/study_detail.html"
    context_object_name = "study"

    def get_queryset(self):
        return Study.objects.visible_to(self.request.user)


class LinkListView(ListView):
    template_name = "complementary/link_list.html"
    context_object_name = "links"

    def get_queryset(self):
        return Link.objects.published()


class VideoListView(TemplateView):
    """Contest and videos (§5.4.5 i)."""

    template_name = "complementary/video_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["videos"] = Video.objects.published()
        context["contests"] = Contest.objects.published()
        return context


class VideoDetailView(ObjectAlternatesMixin, DetailView):
    template_name = "complementary/video_detail.html"
    context_object_name = "video"

    def get_queryset(self):
        return Video.objects.visible_to(self.request.user)


class ContestDetailView(ObjectAlternatesMixin, DetailView):
    template_name = "complementary/contest_detail.html"
    context_object_name = "contest"

    def get_queryset(self):
        return Contest.objects.visible_to(self.request.user)


class FaqListView(TemplateView):
    """Every question, grouped by action line, each with its own anchor."""

    template_name = "complementary/faq_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["faqs"] = Faq.objects.published().select_related("line")
        return context


class PublicationListView(ListView):
    template_name = "complementary/publication_list.html"
    context_object_name = "publications"
    paginate_by = 20

    def get_queryset(self):
        return Publication.objects.published()


class InfoPageDetailView(TranslatedSlugMixin, DetailView):
    template_name = "complementary/infopage_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return InfoPage.objects.visible_to(self.request.user)
