"""A visitor's plan: the steps that apply to her answers, dated from her travel or return date,
and the same plan as an iCalendar file (RFC 5545) with a reminder before each deadline."""

import datetime
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from .models import Step

REMINDERS = (datetime.timedelta(days=7), datetime.timedelta(days=1))  # before each deadline


@dataclass
class PlannedStep:
    step: Step
    opens: datetime.date | None = None
    closes: datetime.date | None = None

    @property
    def day(self):
        """The day the step is filed under in a dated plan: its deadline, else its start."""
        return self.closes or self.opens


def plan(*, line, guide=None, conditions=None, date=None, by_date=False):
    """The public steps of `line` (and `guide`) that apply to `conditions`, with their dates
    from `date`; in the editors' order, or, `by_date`, dated steps first by day (one query)."""
    steps = Step.objects.for_plan(line=line, guide=guide, answers=conditions, by_date=by_date)
    return [PlannedStep(step, *step.window(date)) for step in steps]


def around(planned, date):
    """A dated plan split at `date` (the return): what starts before it — a window that opens
    earlier, like the card's 180 days, is begun before leaving —, what comes after, and the
    steps with no date."""
    before, after, undated = [], [], []
    for item in planned:
        if not item.day:
            undated.append(item)
        else:
            (before if (item.opens or item.day) < date else after).append(item)
    return before, after, undated


def documents(planned):
    """Every document the plan asks for, once, in the order they first appear."""
    seen = {}
    for item in planned:
        for document in item.step.document_list:
            seen.setdefault(document.casefold(), document)
    return list(seen.values())


def calendar(planned, *, host, url, only=None):
    """The bytes of a VCALENDAR with one all-day event per deadline (with reminders a week and
    a day before) and one per start that has no deadline; `only`: that step's alone."""
    cal = Calendar()
    cal.add("prodid", "-//MTPE//Peru InfoMigra//ES")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", _("Mi plan – Perú InfoMigra"))
    stamp = datetime.datetime.now(datetime.UTC)
    for item in planned:
        if not item.day or (only is not None and item.step.pk != only):
            continue
        step = item.step
        event = Event()
        event.add("uid", f"step-{step.pk}-{item.day.isoformat()}@{host}")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + datetime.timedelta(days=1))
        if item.closes:
            event.add("summary", _("Plazo: %(step)s") % {"step": step.title})
        else:
            event.add("summary", _("Desde hoy: %(step)s") % {"step": step.title})
        description = [strip_tags(step.body or "").strip()]
        if step.document_list:
            description.append(_("Documentos: %(list)s") % {"list": "; ".join(step.document_list)})
        if step.official_url:
            description.append(step.official_url)
        event.add("description", "\n".join(part for part in description if part))
        event.add("url", url)
        if item.closes:
            for before in REMINDERS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", _("Plazo: %(step)s") % {"step": step.title})
                alarm.add("trigger", -before)
                event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
