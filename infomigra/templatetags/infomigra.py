from django import template

from infomigra import charts

register = template.Library()


@register.inclusion_tag("components/bar_chart.html")
def bar_chart(values, *, title, unit="", label_attr="period", value_attr="value"):
    """An SVG bar chart of `values` (objects with a label and a value attribute)."""
    points = [(getattr(item, label_attr), getattr(item, value_attr)) for item in values]
    return {"chart": charts.bar_chart(points), "title": title, "unit": unit}
