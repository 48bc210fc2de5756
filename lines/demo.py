"""Loads the demo content of lines/demo_data/ — the real structure of Directiva 001-2011 §5.4,
the five country guides, programmes, indicators, agreements and institutions — into an empty
database. Called by `manage.py load_demo_content`."""

from django.db import transaction

from infomigra.demo_loading import date, published, translated

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
            **translated("name", data["name"]),
            **translated("unit", data.get("unit")),
            **translated("description", data.get("description")),
            **translated("source", data["source"]),
            source_url=data.get("source_url", ""),
            **published(order, data.get("last_reviewed", "2026-11-23")),
        )
        IndicatorValue.objects.bulk_create(
            IndicatorValue(
                indicator=indicator,
                **translated("period", value["period"]),
                period_end=date(value["period_end"]),
                value=value["value"],
            )
            for value in data["values"]
        )
    for order, data in enumerate(lines_data.AGREEMENTS, start=1):
        agreement = Agreement(
            **translated("title", data["title"]),
            **translated("summary", data.get("summary")),
            **translated("body", data.get("body")),
            countries=data.get("countries", []),
            kind=data["kind"],
            topic=data["topic"],
            signed=date(data.get("signed")),
            in_force=date(data.get("in_force")),
            url=data.get("url", ""),
            **published(order, data.get("last_reviewed", "2026-11-23")),
        )
        agreement.save()
    for order, data in enumerate(guides_data.INSTITUTIONS, start=1):
        Institution.objects.create(
            **translated("name", data["name"]),
            **translated("description", data.get("description")),
            kind=data["kind"],
            country=data["country"],
            city=data.get("city", ""),
            address=data.get("address", ""),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
            website=data.get("website", ""),
            # no address or telephone in the seeds or an official source we could cite: the
            # editors are told to confirm them (nothing is invented)
            to_verify=data["kind"] == Institution.Kind.CONSULATE
            and not (data.get("address") and data.get("phone")),
            **published(order, data.get("last_reviewed", "2026-11-23")),
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
        **translated("slug", data["slug"]),
        **translated("title", data["title"]),
        **translated("menu_label", data["menu_label"]),
        **translated("audience", data["audience"]),
        **translated("intro", data.get("intro")),
        **published(data["number"], data.get("last_reviewed", "2026-11-23")),
    )
    for order, section_data in enumerate(data["sections"], start=1):
        section = Section.objects.create(
            line=line,
            **translated("slug", section_data["slug"]),
            **translated("group", section_data.get("group")),
            **translated("title", section_data["title"]),
            **translated("summary", section_data.get("summary")),
            **translated("body", section_data.get("body")),
            component=section_data.get("component", ""),
            **published(order * 10, section_data.get("last_reviewed")),
        )
        for source_order, source in enumerate(section_data.get("sources", []), start=1):
            SectionSource.objects.create(
                section=section,
                **translated("title", source["title"]),
                url=source["url"],
                order=source_order,
            )
        for programme_order, programme in enumerate(section_data.get("programmes", []), start=1):
            Programme.objects.create(
                section=section,
                **translated("name", programme["name"]),
                **translated("organisation", programme.get("organisation")),
                **translated("summary", programme.get("summary")),
                **translated("body", programme.get("body")),
                url=programme.get("url", ""),
                **published(programme_order, section_data.get("last_reviewed")),
            )


def _load_guide(order, data):
    guide = CountryGuide.objects.create(
        country=data["country"],
        **translated("slug", data["slug"]),
        **translated("title", data["title"]),
        **translated("summary", data.get("summary")),
        **published(order, data.get("last_reviewed")),
    )
    for chapter_order, chapter in enumerate(data["chapters"], start=1):
        GuideChapter.objects.create(
            guide=guide,
            kind=chapter["kind"],
            **translated("title", chapter["title"]),
            **translated("body", chapter["body"]),
            order=chapter_order,
            last_reviewed=guide.last_reviewed,
        )
    for source_order, source in enumerate(data.get("sources", []), start=1):
        GuideSource.objects.create(
            guide=guide,
            **translated("title", source["title"]),
            url=source["url"],
            order=source_order,
        )
