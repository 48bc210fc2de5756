"""Apps add sections to the monthly report through `registry.report_sections`."""

import datetime

import pytest

from infomigra import registry
from infomigra.reports import ReportSection, Table
from stats.services import Period, report_build


@pytest.fixture
def contributed_section(monkeypatch):
    seen = []

    def tables(period):
        seen.append(period)
        return [Table("probe", "Registros de prueba", ["Tipo", "Total"], rows=[["A", 3]])]

    section = ReportSection("probe", "Sección de prueba", tables)
    monkeypatch.setattr(registry.report_sections, "_items", [section])
    return seen


@pytest.mark.django_db
def test_a_registered_section_follows_the_report_own(contributed_section):
    period = Period.month(2026, 10)
    report = report_build(period=period)
    assert contributed_section == [period]
    keys = [section["key"] for section in report["sections"]]
    assert keys[-1] == "probe" and keys[:3] == ["visits", "attention", "content"]
    probe = report["sections"][-1]
    assert probe["title"] == "Sección de prueba"
    assert [t.key for t in probe["tables"]] == ["probe"]
    assert probe["tables"][0].section == "probe"
    assert probe["tables"][0].csv().splitlines()[1] == "A,3"


@pytest.mark.django_db
def test_the_report_page_shows_the_contributed_table(contributed_section, login_as, client):
    login_as("Dirección")
    response = client.get("/es/estadisticas/", {"month": "2026-10"})
    assert response.status_code == 200
    assert "Sección de prueba" in response.text and "Registros de prueba" in response.text
    assert datetime.date(2026, 10, 1) == contributed_section[0].start
