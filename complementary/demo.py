"""Loads the complementary panel's demo content (complementary/demo_data/) into an empty
database: the two real news items and the regional workshops of the seeds, the norms they cite,
studies, links, FAQ and the SIVITMA and Retorno Productivo pages. Called by
`manage.py load_demo_content`."""

import datetime

from django.db import transaction
from django.utils import timezone

from infomigra.models import Status
from lines.models import ActionLine

from .demo_data import content
from .models import Event, Faq, InfoPage, Link, NewsItem, Norm, Study

REVIEWED = datetime.date(2026, 11, 23)


def _translated(field, texts):
    return {f"{field}_{language}": text for language, text in (texts or {}).items()}


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _datetime(value):
    return timezone.make_aware(datetime.datetime.fromisoformat(value)) if value else None


def _published(order):
    return {"status": Status.PUBLISHED, "order": order, "last_reviewed": REVIEWED}


@transaction.atomic
def load():
    """Create the demo content unless the panel has content already. Returns what it did."""
    if NewsItem.objects.exists() or InfoPage.objects.exists():
        return "complementary: content present, nothing loaded"
    for order, data in enumerate(content.NEWS, start=1):
        NewsItem.objects.create(
            **_translated("title", data["title"]),
            **_translated("slug", data["slug"]),
            **_translated("summary", data.get("summary")),
            **_translated("body", data["body"]),
            scope=data["scope"],
            published_on=_date(data["published_on"]),
            source_name=data.get("source_name", ""),
            source_url=data.get("source_url", ""),
            **_published(order),
        )
    for order, data in enumerate(content.EVENTS, start=1):
        Event.objects.create(
            **_translated("title", data["title"]),
            **_translated("slug", data["slug"]),
            **_translated("organiser", data.get("organiser")),
            **_translated("participants_note", data.get("participants_note")),
            **_translated("summary", data.get("summary")),
            **_translated("body", data.get("body")),
            kind=data["kind"],
            starts_at=_datetime(data["starts_at"]),
            ends_at=_datetime(data.get("ends_at")),
            all_day=data.get("all_day", False),
            region=data.get("region", ""),
            country=data.get("country", "PE"),
            venue=data.get("venue", ""),
            cooperating_source=data.get("cooperating_source", ""),
            participants=data.get("participants"),
            **_published(order),
        )
    for order, data in enumerate(content.NORMS, start=1):
        Norm.objects.create(
            **_translated("title", data["title"]),
            **_translated("summary", data.get("summary")),
            scope=data["scope"],
            kind=data["kind"],
            number=data["number"],
            issued_on=_date(data.get("issued_on")),
            url=data.get("url", ""),
            **_published(order),
        )
    for order, data in enumerate(content.STUDIES, start=1):
        Study.objects.create(
            **_translated("title", data["title"]),
            **_translated("abstract", data.get("abstract")),
            authors=data["authors"],
            publisher=data.get("publisher", ""),
            year=data["year"],
            topic=data["topic"],
            url=data.get("url", ""),
            **_published(order),
        )
    for order, data in enumerate(content.LINKS, start=1):
        Link.objects.create(
            **_translated("name", data["name"]),
            **_translated("description", data.get("description")),
            category=data["category"],
            url=data["url"],
            **_published(order),
        )
    lines = {line.number: line for line in ActionLine.objects.all()}
    for order, data in enumerate(content.FAQS, start=1):
        Faq.objects.create(
            line=lines.get(data["line"]),
            **_translated("question", data["question"]),
            **_translated("answer", data["answer"]),
            **_published(order),
        )
    for order, data in enumerate(content.PAGES, start=1):
        InfoPage.objects.create(
            key=data["key"],
            **_translated("slug", data["slug"]),
            **_translated("title", data["title"]),
            **_translated("summary", data.get("summary")),
            **_translated("audience", data.get("audience")),
            **_translated("body", data["body"]),
            **_translated("action_label", data.get("action_label")),
            **_translated("action_url", data.get("action_url")),
            **_published(order),
        )
    return (
        f"complementary: {NewsItem.objects.count()} news, {Event.objects.count()} events, "
        f"{Norm.objects.count()} norms, {Study.objects.count()} studies, "
        f"{Link.objects.count()} links, {Faq.objects.count()} FAQ, "
        f"{InfoPage.objects.count()} pages"
    )
