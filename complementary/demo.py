"""Loads the complementary panel's demo content (complementary/demo_data/) into an empty
database: the two real news items and the regional workshops of the seeds, the norms they cite,
studies, links, FAQ and the SIVITMA and Retorno Productivo pages. Called by
`manage.py load_demo_content`."""

from django.db import transaction

from infomigra.demo_loading import aware, date, published, translated
from lines.models import ActionLine

from .demo_data import content
from .models import Event, Faq, InfoPage, Link, NewsItem, Norm, Study


@transaction.atomic
def load():
    """Create the demo content unless the panel has content already. Returns what it did."""
    if NewsItem.objects.exists() or InfoPage.objects.exists():
        return "complementary: content present, nothing loaded"
    for order, data in enumerate(content.NEWS, start=1):
        NewsItem.objects.create(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("summary", data.get("summary")),
            **translated("body", data["body"]),
            scope=data["scope"],
            published_on=date(data["published_on"]),
            source_name=data.get("source_name", ""),
            source_url=data.get("source_url", ""),
            **published(order),
        )
    for order, data in enumerate(content.EVENTS, start=1):
        Event.objects.create(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("organiser", data.get("organiser")),
            **translated("participants_note", data.get("participants_note")),
            **translated("summary", data.get("summary")),
            **translated("body", data.get("body")),
            kind=data["kind"],
            starts_at=aware(data["starts_at"]),
            ends_at=aware(data.get("ends_at")),
            all_day=data.get("all_day", False),
            region=data.get("region", ""),
            country=data.get("country", "PE"),
            venue=data.get("venue", ""),
            cooperating_source=data.get("cooperating_source", ""),
            participants=data.get("participants"),
            **published(order),
        )
    for order, data in enumerate(content.NORMS, start=1):
        Norm.objects.create(
            **translated("title", data["title"]),
            **translated("summary", data.get("summary")),
            scope=data["scope"],
            kind=data["kind"],
            number=data["number"],
            issued_on=date(data.get("issued_on")),
            url=data.get("url", ""),
            gazette_reference=data.get("gazette_reference", ""),
            **published(order),
        )
    for order, data in enumerate(content.STUDIES, start=1):
        Study.objects.create(
            **translated("title", data["title"]),
            **translated("abstract", data.get("abstract")),
            authors=data["authors"],
            publisher=data.get("publisher", ""),
            year=data["year"],
            topic=data["topic"],
            url=data.get("url", ""),
            **published(order),
        )
    for order, data in enumerate(content.LINKS, start=1):
        Link.objects.create(
            **translated("name", data["name"]),
            **translated("description", data.get("description")),
            category=data["category"],
            url=data["url"],
            **published(order),
        )
    lines = {line.number: line for line in ActionLine.objects.all()}
    for order, data in enumerate(content.FAQS, start=1):
        Faq.objects.create(
            line=lines.get(data["line"]),
            **translated("question", data["question"]),
            **translated("answer", data["answer"]),
            **published(order),
        )
    for order, data in enumerate(content.PAGES, start=1):
        InfoPage.objects.create(
            key=data["key"],
            **translated("slug", data["slug"]),
            **translated("title", data["title"]),
            **translated("summary", data.get("summary")),
            **translated("audience", data.get("audience")),
            **translated("body", data["body"]),
            **translated("action_label", data.get("action_label")),
            **translated("action_url", data.get("action_url")),
            **published(order),
        )
    return (
        f"complementary: {NewsItem.objects.count()} news, {Event.objects.count()} events, "
        f"{Norm.objects.count()} norms, {Study.objects.count()} studies, "
        f"{Link.objects.count()} links, {Faq.objects.count()} FAQ, "
        f"{InfoPage.objects.count()} pages"
    )
