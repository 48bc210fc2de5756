"""Loads the demo content of lines/demo_data/ — the real structure of Directiva 001-2011 §5.4,
the five country guides, programmes, indicators, agreements and institutions — into an empty
database. Called by `manage.py load_demo_content`."""

import datetime

from django.db import transaction

from infomigra.models import Status

from .demo_data import guides as guides_data
from .demo_data import lines_content as lines_data
from .models import (
    ActionLine,
    Agreement,
    CountryGuide,
    GuideChapter,
    GuideSource,
    Indicator,
    IndicatorValue,
    Institution,
    Programme,
    Section,
    SectionSource,
)


def _translated(field, texts):
    """{"es": ..., "en": ...} → {"field_es": ..., "field_en": ...}"""
    return {f"{field}_{language}": text for language, text in (texts or {}).items()}


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _published(order, reviewed=None):
    return {"status": Status.PUBLISHED, "order": order, "last_reviewed": _date(reviewed)}


@transaction.atomic
def load():
    """Create the demo content unless the action lines exist already. Returns what it did."""
    if ActionLine.objects.exists():
        return "lines: content present, nothing loaded"
    for line_data in lines_data.LINES:
        _load_line(line_data)
    for order, guide_data in enumerate(guides_data.GUIDES, start=1):
        _load_guide(order, guide_data)
    for order, data in enumerate(lines_data.INDICATORS, start=1):
        indicator = Indicator.objects.create(
            **_translated("name", data["name"]),
            **_translated("unit", data.get("unit")),
            **_translated("description", data.get("description")),
            **_translated("source", data["source"]),
            source_url=data.get("source_url", ""),
            **_published(order, data.get("last_reviewed", "2026-11-23")),
        )
        IndicatorValue.objects.bulk_create(
            IndicatorValue(
                indicator=indicator,
                **_translated("period", value["period"]),
                period_end=_date(value["period_end"]),
                value=value["value"],
            )
            for value in data["values"]
        )
    for order, data in enumerate(lines_data.AGREEMENTS, start=1):
        agreement = Agreement(
            **_translated("title", data["title"]),
            **_translated("summary", data.get("summary")),
            **_translated("body", data.get("body")),
            countries=data.get("countries", []),
            kind=data["kind"],
            topic=data["topic"],
            signed=_date(data.get("signed")),
            in_force=_date(data.get("in_force")),
            url=data.get("url", ""),
            **_published(order, data.get("last_reviewed", "2026-11-23")),
        )
        agreement.save()
    for order, data in enumerate(guides_data.INSTITUTIONS, start=1):
        Institution.objects.create(
            **_translated("name", data["name"]),
            **_translated("description", data.get("description")),
            kind=data["kind"],
            country=data["country"],
            city=data.get("city", ""),
            address=data.get("address", ""),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            website=data.get("website", ""),
            **_published(order, data.get("last_reviewed", "2026-11-23")),
        )
    return (
        f"lines: {ActionLine.objects.count()} lines, {Section.objects.count()} sections, "
        f"{CountryGuide.objects.count()} guides, {Programme.objects.count()} programmes, "
        f"{Indicator.objects.count()} indicators, {Agreement.objects.count()} agreements, "
        f"{Institution.objects.count()} institutions"
    )


def _load_line(data):
    line = ActionLine.objects.create(
        number=data["number"],
        **_translated("slug", data["slug"]),
        **_translated("title", data["title"]),
        **_translated("audience", data["audience"]),
        **_translated("intro", data.get("intro")),
        **_published(data["number"], data.get("last_reviewed", "2026-11-23")),
    )
    for order, section_data in enumerate(data["sections"], start=1):
        section = Section.objects.create(
            line=line,
            **_translated("slug", section_data["slug"]),
            **_translated("group", section_data.get("group")),
            **_translated("title", section_data["title"]),
            **_translated("summary", section_data.get("summary")),
            **_translated("body", section_data.get("body")),
            component=section_data.get("component", ""),
            **_published(order * 10, section_data.get("last_reviewed")),
        )
        for source_order, source in enumerate(section_data.get("sources", []), start=1):
            SectionSource.objects.create(
                section=section,
                **_translated("title", source["title"]),
                url=source["url"],
                order=source_order,
            )
        for programme_order, programme in enumerate(section_data.get("programmes", []), start=1):
            Programme.objects.create(
                section=section,
                **_translated("name", programme["name"]),
                **_translated("organisation", programme.get("organisation")),
                **_translated("summary", programme.get("summary")),
                **_translated("body", programme.get("body")),
                url=programme.get("url", ""),
                **_published(programme_order, section_data.get("last_reviewed")),
            )


def _load_guide(order, data):
    guide = CountryGuide.objects.create(
        country=data["country"],
        **_translated("slug", data["slug"]),
        **_translated("title", data["title"]),
        **_translated("summary", data.get("summary")),
        **_published(order, data.get("last_reviewed")),
    )
    for chapter_order, chapter in enumerate(data["chapters"], start=1):
        GuideChapter.objects.create(
            guide=guide,
            kind=chapter["kind"],
            **_translated("title", chapter["title"]),
            **_translated("body", chapter["body"]),
            order=chapter_order,
        )
    for source_order, source in enumerate(data.get("sources", []), start=1):
        GuideSource.objects.create(
            guide=guide,
            **_translated("title", source["title"]),
            url=source["url"],
            order=source_order,
        )
