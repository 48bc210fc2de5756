import itertools

from django import template

from infomigra import charts

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
