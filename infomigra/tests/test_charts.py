from infomigra.charts import bar_chart


def test_bars_are_scaled_to_the_largest_value_and_sit_on_the_baseline():
    chart = bar_chart([("2018", "930"), ("2022", "1025"), ("2025", "1130")], height=180)
    bars = chart["bars"]
    assert [bar["label"] for bar in bars] == ["2018", "2022", "2025"]
    tallest = max(bars, key=lambda bar: bar["height"])
    assert tallest["label"] == "2025"
    assert tallest["height"] == 180 - 2 * 28
    assert bars[0]["height"] < bars[1]["height"] < bars[2]["height"]
    for bar in bars:
        assert round(bar["y"] + bar["height"], 1) == chart["baseline"]
    assert bars[0]["x"] < bars[1]["x"] < bars[2]["x"]


def test_empty_or_zero_series_draws_nothing():
    assert bar_chart([])["bars"] == []
    assert bar_chart([("2024", "0")])["bars"] == []


def test_horizontal_bars_are_scaled_to_the_largest_value():
    from infomigra.charts import horizontal_bar_chart

    chart = horizontal_bar_chart([("Perú", 74), ("Estados Unidos", 8), ("Japón", 0)])
    widest, second, empty = chart["bars"]
    # a value axis with round ticks (0, 20, 40, 60, 80): the bars are drawn to its scale
    assert [tick["value"] for tick in chart["ticks"]] == [0, 20, 40, 60, 80]
    assert chart["ticks"][-1]["x"] == chart["plot_width"]  # per cent of the chart's width
    assert widest["width"] == round(74 / 80 * chart["plot_width"], 2)
    assert round(second["width"] / widest["width"], 3) == round(8 / 74, 3)
    assert empty["width"] == 0 and second["y"] > widest["y"]
    assert widest["label_y"] < widest["y"]  # the whole label on its own line above its bar
    assert horizontal_bar_chart([])["bars"] == []


def test_value_axes_use_round_steps():
    from infomigra.charts import nice_step

    assert [nice_step(v) for v in (4, 10, 74, 14855, 0.9)] == [1, 2.5, 20, 5000, 0.25]
