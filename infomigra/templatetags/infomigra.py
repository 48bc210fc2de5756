import itertools

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe

from infomigra import charts, registry

register = template.Library()


@register.inclusion_tag("components/bar_chart.html")
def bar_chart(values, *, title, unit="", label_attr="label", value_attr="value"):
    """An SVG bar chart of `values` (objects with a short label and a value attribute), with
    its data repeated as text for screen readers."""
    points = [
        tuple(item[:2])
        if isinstance(item, tuple | list)
        else (getattr(item, label_attr), getattr(item, value_attr))
        for item in values
    ]
    return {
        "chart": charts.bar_chart(points),
        "chart_id": f"chart-{next(_chart_ids)}",
        "title": title,
        "unit": unit,
    }


@register.inclusion_tag("components/horizontal_bar_chart.html")
def horizontal_bar_chart(values, *, title, unit=""):
    """Like `bar_chart`, with one horizontal bar per row: for categories with long names."""
    return {
        "chart": charts.horizontal_bar_chart([tuple(item[:2]) for item in values]),
        "chart_id": f"chart-{next(_chart_ids)}",
        "title": title,
        "unit": unit,
    }


_chart_ids = itertools.count(1)


@register.simple_tag(takes_context=True)
def slot(context, name, **arguments):
    """The fragments other apps registered for the slot `name` (see `infomigra.registry`),
    each rendered with what its context function fetched from `arguments`. A page offers a
    slot without knowing which app fills it, so the apps' arrows keep pointing one way."""
    engine = context.template.engine
    parts = []
    for fragment in registry.slots.fragments(name):
        values = fragment.context(**arguments) if fragment.context else dict(arguments)
        # a fragment with a form needs the page's CSRF token (context.new() starts afresh)
        values = {"csrf_token": context.get("csrf_token"), **values}
        parts.append(engine.get_template(fragment.template).render(context.new(values)))
    return mark_safe("".join(parts))  # noqa: S308 (rendered templates, autoescaped)


@register.filter
def form_rows(form):
    """The visible fields of `form` in order, with the fields its `field_groups` names gathered
    into one row each: `{"legend", "help", "fields", "errors"}` for a group (drawn as a fieldset
    with its legend), `{"field"}` for any other field."""
    groups = {names[0]: (legend, help_text, names) for legend, help_text, names in getattr(form, "field_groups", ())}  # fmt: skip
    grouped = {name for _legend, _help, names in groups.values() for name in names}
    rows = []
    for field in form.visible_fields():
        if field.name in groups:
            legend, help_text, names = groups[field.name]
            fields = [form[name] for name in names]
            errors = [error for member in fields for error in member.errors]
            rows.append({"legend": legend, "help": help_text, "fields": fields, "errors": errors})
        elif field.name not in grouped:
            rows.append({"field": field})
    return rows


@register.filter
def in_spanish(item, field="title"):
    """True when this English (or other) page shows `item`'s `field` in Spanish because it has
    no translation (`FallbackNoticeMixin.falls_back`): lists mark such titles with lang="es"."""
    falls_back = getattr(item, "falls_back", None)
    return bool(falls_back and falls_back(field or "title"))


@register.inclusion_tag("includes/_change_note.html")
def change_note(item):
    """The latest significant change of `item` ("last updated", GOV.UK style) with a link to
    its public history; nothing when it has none (one query)."""
    from infomigra.models import ChangeNote

    latest = ChangeNote.objects.for_item(item).first() if item is not None else None
    return {
        "change": latest,
        "history_url": reverse("change_history", args=[item._meta.label_lower, item.pk])
        if latest
        else "",
    }
