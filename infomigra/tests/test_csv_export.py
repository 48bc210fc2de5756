"""The one CSV writer: Excel's BOM, formulas quoted, numbers left as numbers."""

import csv
import decimal
import io

from django.utils.translation import gettext_lazy

from infomigra.csv_export import BOM, csv_cell, csv_response, csv_text


def read(text):
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text.removeprefix(BOM))))


def test_text_that_a_spreadsheet_would_run_is_quoted():
    rows = [['=HYPERLINK("http://x")', "+1", "-cmd", "@SUM(A1)", "\tx", "\rx", "a=b"]]
    assert read(csv_text(rows)) == [
        ['\'=HYPERLINK("http://x")', "'+1", "'-cmd", "'@SUM(A1)", "'\tx", "'\rx", "a=b"]
    ]


def test_numbers_stay_numbers_even_negative_ones():
    assert [csv_cell(n) for n in (-3, 1.5, -0.5, decimal.Decimal("-2.25"), 0)] == [
        -3, 1.5, -0.5, decimal.Decimal("-2.25"), 0,
    ]  # fmt: skip
    assert read(csv_text([[-3, -1.5, "-3"]])) == [["-3", "-1.5", "'-3"]]


def test_empty_cells_lazy_text_and_the_header():
    text = csv_text([[None, gettext_lazy("=Total")]], header=[gettext_lazy("Nombre"), "-x"])
    assert read(text) == [["Nombre", "'-x"], ["", "'=Total"]]


def test_the_response_is_an_excel_friendly_attachment():
    response = csv_response([["Perú", 7]], filename="informe.csv", header=["País", "Visitas"])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="informe.csv"'
    assert response.content.startswith(BOM.encode())
    assert read(response.content.decode()) == [["País", "Visitas"], ["Perú", "7"]]
