"""Directiva §5.4.6: the directorate makes observations on the monthly report; DML records its
corrective actions and their state; both appear in the report, month after month, until DML
closes the observation; the history of each is kept."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from infomigra import roles
from stats.models import CorrectiveAction, Observation

pytestmark = pytest.mark.django_db


def report(client, month):
    with translation.override("es"):
        return client.get(reverse("stats:report"), {"month": month})


def test_the_directorate_records_an_observation_on_the_report_it_reads(client, login_as):
    login_as(roles.DIRECTORATE)
    page = report(client, "2026-10").content.decode()
    assert "Registrar la observación" in page and "Sin observaciones para este periodo." in page
    with translation.override("es"):
        response = client.post(reverse("stats:report"), {
            "month": "2026-10", "text": "Las consultas por correo tardan más de un día hábil.",
        })  # fmt: skip
    assert response.status_code == 302 and response["Location"].endswith(
        "?month=2026-10#observaciones"
    )
    observation = Observation.objects.get()
    assert observation.month == datetime.date(2026, 10, 1) and observation.recorded_by.username
    html = report(client, "2026-10").content.decode()
    assert "Las consultas por correo tardan más de un día hábil." in html
    assert "Aún sin acción correctiva registrada." in html
    with translation.override("es"):
        empty = client.post(reverse("stats:report"), {"month": "2026-10", "text": ""})
    assert empty.status_code == 400 and Observation.objects.count() == 1


def test_only_the_directorate_records_observations(client, login_as):
    login_as(roles.ATTENTION)
    with translation.override("es"):
        response = client.post(reverse("stats:report"), {"month": "2026-10", "text": "x"})
    assert response.status_code == 403 and Observation.objects.count() == 0


def test_an_open_observation_stays_in_each_report_until_dml_closes_it(client, login_as):
    observation = Observation.objects.create(
        month=datetime.date(2026, 9, 1), text="Faltan guías en inglés."
    )
    login_as(roles.ATTENTION)
    change = reverse("admin:stats_observation_change", args=[observation.pk])
    client.post(change, {
        "month": "2026-09-01", "text": "Faltan guías en inglés.", "closed_on": "",
        "actions-TOTAL_FORMS": "1", "actions-INITIAL_FORMS": "0",
        "actions-0-text": "Traducir las cinco guías antes de diciembre.", "actions-0-state": "in_progress",
    })  # fmt: skip
    action = CorrectiveAction.objects.get()
    assert action.state == "in_progress" and action.recorded_by is not None

    login_as(roles.DIRECTORATE, "direccion")
    for month in ("2026-09", "2026-10", "2026-11"):
        html = report(client, month).content.decode()
        assert "Faltan guías en inglés." in html, month
        assert "Traducir las cinco guías antes de diciembre." in html and "(en curso)" in html
    assert "Faltan guías en inglés." not in report(client, "2026-08").content.decode()

    observation.closed_on = datetime.date(2026, 11, 20)
    observation.save()
    assert "Faltan guías en inglés." in report(client, "2026-11").content.decode()  # closed in it
    assert "Faltan guías en inglés." not in report(client, "2026-12").content.decode()


def test_the_history_of_an_observation_and_its_actions_is_kept(client, login_as):
    login_as(roles.DIRECTORATE)
    with translation.override("es"):
        client.post(reverse("stats:report"), {"month": "2026-10", "text": "Primera versión."})
    observation = Observation.objects.get()
    login_as(roles.ATTENTION, "dml")
    change = reverse("admin:stats_observation_change", args=[observation.pk])
    for state in ("planned", "done"):
        client.post(change, {
            "month": "2026-10-01", "text": "Primera versión.", "closed_on": "2026-11-05",
            "actions-TOTAL_FORMS": "1",
            "actions-INITIAL_FORMS": "1" if CorrectiveAction.objects.exists() else "0",
            "actions-0-id": str(CorrectiveAction.objects.values_list("pk", flat=True).first() or ""),
            "actions-0-observation": str(observation.pk),
            "actions-0-text": "Responder el mismo día.", "actions-0-state": state,
        })  # fmt: skip
    assert CorrectiveAction.objects.get().state == "done"
    versions = Version.objects.get_for_object(observation)
    assert versions.count() == 2
    history = client.get(reverse("admin:stats_observation_history", args=[observation.pk]))
    assert history.status_code == 200 and "dml" in history.content.decode()
