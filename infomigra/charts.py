"""Small server-rendered SVG charts: geometry computed here, drawn by a template."""

from decimal import Decimal


def bar_chart(points, *, width=360, height=180, padding=28):
    """Lay out `points` — (label, value) pairs — as vertical bars scaled to the largest value.

    Returns the numbers an SVG template needs; an empty or all-zero series gives no bars.
    """
    points = [(label, Decimal(value)) for label, value in points]
    width = max(width, 22 * len(points))  # room for long series such as a month of days
    top = max((value for _, value in points), default=Decimal(0))
    if not points or top <= 0:
        return {"width": width, "height": height, "bars": []}
    plot_height = height - 2 * padding
    slot = (width - padding) / len(points)
    bar_width = max(slot * 0.6, 4)
    bars = []
    for index, (label, value) in enumerate(points):
        bar_height = float(value / top) * plot_height if value > 0 else 0
        x = padding / 2 + index * slot + (slot - bar_width) / 2
        y = padding + plot_height - bar_height
        bars.append(
            {
                "label": label,
                "value": value,
                "x": round(x, 1),
                "y": round(y, 1),
                "width": round(bar_width, 1),
                "height": round(bar_height, 1),
                "center": round(x + bar_width / 2, 1),
                "value_y": round(y - 6, 1),
            }
        )
    return {
        "width": width,
        "height": height,
        "show_values": len(bars) <= 12,  # beyond that the table beside the chart has the numbers
        "bars": bars,
        "baseline": height - padding,
        "label_y": height - 8,
    }


def horizontal_bar_chart(points, *, width=480, row_height=22, label_width=190):
    """Lay out `points` — (label, value) pairs — as horizontal bars, one row each, for
    categories whose names are too long to sit under a vertical bar (countries, components).

    Returns the numbers an SVG template needs; an empty or all-zero series gives no bars.
    """
    points = [(label, Decimal(value)) for label, value in points]
    top = max((value for _, value in points), default=Decimal(0))
    height = row_height * len(points) + 8
    if not points or top <= 0:
        return {"width": width, "height": height, "bars": []}
    plot_width = width - label_width - 70  # room for the value after the longest bar
    bars = []
    for index, (label, value) in enumerate(points):
        bar_width = float(value / top) * plot_width if value > 0 else 0
        y = 4 + index * row_height
        bars.append(
            {
                "label": label,
                "value": value,
                "x": label_width,
                "y": y + 3,
                "width": round(bar_width, 1),
                "height": row_height - 6,
                "text_y": y + row_height / 2 + 4,
                "value_x": round(label_width + bar_width + 6, 1),
            }
        )
    return {"width": width, "height": height, "bars": bars, "label_x": label_width - 6}
