"""Small server-rendered SVG charts: geometry computed here, drawn by a template."""

import math
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


def nice_step(top, ticks=4):
    """A round step (1, 2, 2.5 or 5 times a power of ten) that divides `top` in about `ticks`."""
    raw = Decimal(top) / ticks
    magnitude = Decimal(10) ** math.floor(math.log10(raw)) if raw > 0 else Decimal(1)
    for multiple in (1, 2, Decimal("2.5"), 5, 10):
        if raw <= multiple * magnitude:
            return multiple * magnitude
    return 10 * magnitude


PLOT_SHARE = 85  # per cent of the chart's width the longest bar may take (its value follows)


def horizontal_bar_chart(points, *, label_height=18, bar_height=14, gap=10, axis_height=24):
    """Lay out `points` — (label, value) pairs — as horizontal bars, one row each: the whole
    label on its own line above its bar (long names are neither cut nor overlapping), the value
    after the bar, and a value axis with round ticks and grid lines under them.

    Heights are pixels and widths per cent of the chart: the SVG has no viewBox and takes the
    whole width, so its text keeps its size on a phone and on a wide screen alike.
    Returns the numbers an SVG template needs; an empty or all-zero series gives no bars.
    """
    points = [(label, Decimal(value)) for label, value in points]
    top = max((value for _, value in points), default=Decimal(0))
    row = label_height + bar_height + gap
    plot_height = row * len(points)
    height = plot_height + axis_height
    if not points or top <= 0:
        return {"height": height, "bars": []}
    step = nice_step(top)
    axis_top = step * math.ceil(top / step)
    bars = []
    for index, (label, value) in enumerate(points):
        y = index * row
        bars.append(
            {
                "label": label,
                "value": value,
                "label_y": y + label_height - 4,
                "y": y + label_height,
                "width": round(float(value / axis_top) * PLOT_SHARE, 2),
                "height": bar_height,
                "text_y": y + label_height + bar_height - 2,
            }
        )
    ticks = [
        {"value": step * n, "x": round(float(step * n / axis_top) * PLOT_SHARE, 2)}
        for n in range(int(axis_top / step) + 1)
    ]
    return {
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "plot_height": plot_height,
        "plot_width": PLOT_SHARE,
        "tick_label_y": plot_height + 17,
    }
