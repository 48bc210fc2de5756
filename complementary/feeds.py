"""RSS and Atom feeds of news and events, in the language of the URL."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .models import Event, NewsItem

FEED_SIZE = 30


class NewsFeed(Feed):
    title = _("Perú InfoMigra — noticias")
    description = _("Noticias nacionales e internacionales sobre migración laboral.")

    def link(self):
        return reverse("complementary:news_list")

    def items(self):
        return NewsItem.objects.published()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.body

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.published_on, datetime.time(9)))

    def item_updateddate(self, item):
        return item.updated_at


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class EventFeed(Feed):
    title = _("Perú InfoMigra — eventos")
    description = _("Eventos y actividades sobre migración laboral: próximos y realizados.")

    def link(self):
        return reverse("complementary:event_list")

    def items(self):
        return Event.objects.published().in_calendar_order()[:FEED_SIZE]

    def item_title(self, item):
        date = timezone.localtime(item.starts_at).date().isoformat()
        return f"{item.title} ({date})"

    def item_description(self, item):
        parts = [item.summary, item.place]
        return " — ".join(part for part in parts if part)

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class EventAtomFeed(EventFeed):
    feed_type = Atom1Feed
    subtitle = EventFeed.description
