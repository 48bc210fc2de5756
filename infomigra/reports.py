"""What the monthly report is made of, so that any app can add to it.

The statistics app builds the report; an app with figures of its own (a register, a tool's use)
declares a `ReportSection` in its `portal.py` (`registry.report_sections.register(...)`) whose
`tables(period)` returns `Table`s. `period` has `start` and `end` (dates, both included;
`stats.services.Period`). Each table must cost a fixed number of queries.
"""

from dataclasses import dataclass, field

from .csv_export import csv_text


@dataclass
class Table:
    """One table of the report: the page, its CSV, its PDF and the e-mail show the same rows."""

    key: str
    title: str
    columns: list
    section: str = "visits"
    rows: list = field(default_factory=list)
    chart: list = field(default_factory=list)  # (label, value) pairs for a bar chart
    vertical_chart: bool = False  # a bar per day; categories get horizontal bars
    note: str = ""

    def csv(self):
        """The table as a CSV file's text (a forged referrer cannot become a formula)."""
        return csv_text(self.rows, header=self.columns)


@dataclass(frozen=True)
class ReportSection:
    """A section an app adds after the statistics app's own: `tables(period)` → [Table]."""

    key: str
    title: str
    tables: object = field(compare=False)
