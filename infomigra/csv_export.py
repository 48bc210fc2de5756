"""The one CSV writer: what staff download or receive opens cleanly in Excel (UTF-8 with a byte
order mark) and cannot run as a formula there (OWASP "CSV Injection": a text cell starting with
=, +, -, @, a tab or a carriage return gets a leading single quote). Numbers stay numbers."""

import csv
import io
import numbers

from django.http import HttpResponse

BOM = "\ufeff"  # Excel reads UTF-8 only with it
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """One cell as written: numbers as they are, None as empty, anything else as text, quoted
    when a spreadsheet would take it for a formula (a forged referrer, a visitor's name)."""
    if value is None:
        return ""
    if isinstance(value, numbers.Number):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows, *, header=()):
    """The CSV of `rows` (iterables of cells) under an optional `header` row, BOM first."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer)
    if header:
        writer.writerow([csv_cell(cell) for cell in header])
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def csv_response(rows, *, filename, header=()):
    """An HttpResponse that downloads `rows` as the attachment `filename`."""
    response = HttpResponse(csv_text(rows, header=header), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
