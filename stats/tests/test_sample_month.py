"""The report of a month sampled with the review's shares (`stats_sample_data`) shows every
breakdown with its words, never an internal code, and its PDF carries the charts."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from stats.services import Period, report_build, report_pdf

from .test_report import table

pytestmark = pytest.mark.django_db
CODES = {"line", "home", "guides", "es", "en", "mobile", "desktop", "tablet", "window_mtpe",
         "web_form", "email", "potential_migrant", "general_public", "26-35", "male", "female",
         "unknown", "work_abroad", "other"}  # fmt: skip


def test_a_sampled_month_reads_in_words_with_the_reviews_shares():
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("stats_sample_data", "--month", "2026-10", "--visits", "3000",
                 "--attentions", "400", stdout=io.StringIO())  # fmt: skip
    report = report_build(period=Period.month(2026, 10))
    keys = ["country", "line", "component", "content", "path", "language", "referrer", "device",
            "attention_channel", "attention_migrant_type", "attention_age_band",
            "attention_gender", "attention_country", "attention_line", "attention_topic",
            "trend", "since_launch"]  # fmt: skip
    for key in keys:
        labels = [str(row[0]) for row in table(report, key).rows]
        assert labels, key
        assert not set(labels) & CODES, (key, labels)
    shares = {row[0]: row[2] for row in table(report, "attention_gender").rows}
    assert 45 <= shares["Hombre"] <= 61  # 53 % men in the review
    types = {row[0]: row[2] for row in table(report, "attention_migrant_type").rows}
    assert 28 <= types["Potencial migrante"] <= 40  # 34 %
    summary = report["attention_summary"]
    assert 0.5 <= summary["average_hours"] / 24 <= 1.5  # answered in one day on average
    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(report_pdf(report=report))).pages
    )
    for title in (
        "Visitas por país",
        "Atenciones por tipo de usuario",
        "Visitas de los últimos doce meses",
    ):
        assert text.count(title) >= 2, title  # the chart's caption and the table's heading
