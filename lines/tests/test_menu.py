"""Words people use: the main menu names the four lines in words, on every width; English dates
are British."""

import importlib

import pytest

from lines.models import ActionLine

from .factories import ActionLineFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "labels"),
    [("/es/", ["Trabajar en el extranjero", "Volver al Perú"]), ("/en/", ["Working abroad", "Returning to Peru"])],
)  # fmt: skip
def test_the_menu_shows_each_line_in_words(client, path, labels):
    ActionLineFactory(number=1, menu_label_es="Trabajar en el extranjero", menu_label_en="Working abroad")  # fmt: skip
    ActionLineFactory(number=2, menu_label_es="Volver al Perú", menu_label_en="Returning to Peru")
    page = client.get(path).content.decode()
    menu = page[
        page.index('class="main-nav"') : page.index("</nav>", page.index('class="main-nav"'))
    ]
    for label in labels:
        assert f">{label}</a>" in menu
    assert "Línea 1" not in menu and "Line 1" not in menu


def test_a_line_without_an_english_menu_label_shows_the_spanish_one(client):
    ActionLineFactory(number=4, menu_label_es="Trabajar en el Perú", menu_label_en="")
    page = client.get("/en/").content.decode()
    assert ">Trabajar en el Perú</a>" in page


def test_the_migration_gives_existing_lines_their_menu_words():
    from django.apps import apps

    fill_menu_labels = importlib.import_module(
        "lines.migrations.0005_action_line_menu_label"
    ).fill_menu_labels
    for number in (2, 4, 7):
        ActionLineFactory(number=number, menu_label="", menu_label_es="", menu_label_en="")
    fill_menu_labels(apps, None)
    rows = ActionLine.objects.order_by("number").values_list(
        "number", "menu_label_es", "menu_label_en"
    )
    assert list(rows) == [
        (2, "Volver al Perú", "Returning to Peru"),
        (4, "Trabajar en el Perú", "Working in Peru"),
        (7, "", ""),  # not one of §5.4's four: the editors name it (the menu shows its question)
    ]


def test_english_pages_write_dates_the_british_way(client):
    from .factories import CountryGuideFactory

    guide = CountryGuideFactory(country="IT", slug_en="italy")  # last reviewed 2026-11-20
    page = client.get(f"/en/guides/{guide.slug_en}/").content.decode()
    assert ">20 Nov 2026</time>" in page
    assert "Nov. 20, 2026" not in page
