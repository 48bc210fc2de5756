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
