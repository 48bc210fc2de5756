"""Events as iCalendar (RFC 5545), in Lima time."""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar
from icalendar import Event as CalendarEvent

LIMA = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def calendar_for(events, *, request):
    """The bytes of a VCALENDAR holding `events`."""
    cal = Calendar()
    cal.add("prodid", "-//MTPE//Peru InfoMigra//ES")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Perú InfoMigra")
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    host = request.get_host().split(":")[0]
    for event in events:
        cal.add_component(_vevent(event, request=request, host=host))
    cal.add_missing_timezones()
    return cal.to_ical()


def _vevent(event, *, request, host):
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@{host}")
    entry.add("dtstamp", event.updated_at or timezone.now())
    starts = timezone.localtime(event.starts_at, LIMA)
    if event.all_day:
        entry.add("dtstart", starts.date())
        ends = timezone.localtime(event.ends_at, LIMA).date() if event.ends_at else starts.date()
        entry.add("dtend", ends + datetime.timedelta(days=1))
    else:
        entry.add("dtstart", starts)
        if event.ends_at:
            entry.add("dtend", timezone.localtime(event.ends_at, LIMA))
    entry.add("summary", event.title)
    if event.place:
        entry.add("location", event.place)
    description = event.summary or strip_tags(event.body or "")
    if description:
        entry.add("description", description.strip())
    entry.add("url", request.build_absolute_uri(event.get_absolute_url()))
    return entry
