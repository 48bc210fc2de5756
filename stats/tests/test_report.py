import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from contact import services as contact_services
from contact.models import Attention, ContactMessage
from infomigra import roles
from stats.models import Visit
from stats.services import Period, report_build, visits_rollup

pytestmark = pytest.mark.django_db
OCT = Period.month(2026, 10)


def at(day, hour=12):
    return timezone.make_aware(datetime.datetime(2026, 10, day, hour))


def visit(
    day,
    country="PE",
    line=None,
    component="home",
    path="/es/",
    language="es",
    visitor="a",
    device="mobile",
    referrer="",
):
    Visit.objects.create(time=at(day), path=path, language=language, country=country, line=line,
                         component=component, device=device, referrer_host=referrer, visitor=visitor)  # fmt: skip


@pytest.fixture
def october():
    # 10 visits: 7 from Peru, 2 from the US, 1 from Spain; 3 on line 1; 2 in English.
    for n in range(7):
        visit(1 + n % 3, visitor=f"pe{n % 4}", line=1 if n < 3 else None, component="line" if n < 3 else "home",
              path="/es/lineas/x/" if n < 3 else "/es/")  # fmt: skip
    visit(2, country="US", language="en", path="/en/", visitor="us1")
    visit(2, country="US", language="en", path="/en/", visitor="us1", referrer="www.google.com")
    visit(3, country="ES", visitor="es1", device="desktop")
    visit(5, country="PE", visitor="sep")  # another month's visit must not count
    Visit.objects.filter(visitor="sep").update(
        time=timezone.make_aware(datetime.datetime(2026, 9, 30, 12))
    )
    for day in range(1, 32):
        visits_rollup(day=datetime.date(2026, 10, day))
    visits_rollup(day=datetime.date(2026, 9, 30))
    # Attentions: two web messages (one answered after 24 h) and three window attentions.
    for hours, email in [(24, "a@example.com"), (None, "b@example.com")]:
        message = contact_services.message_submit(
            data={"name": "X", "email": email, "country": "PE", "profile": "potential_migrant", "line": None,
                  "message": "Hola", "consent": True}, language="es")  # fmt: skip
        ContactMessage.objects.filter(pk=message.pk).update(created_at=at(6, 9))
        if hours:
            ContactMessage.objects.filter(pk=message.pk).update(
                first_response_at=at(7, 9), status="answered"
            )
    Attention.objects.update(date=datetime.date(2026, 10, 6))
    for gender, age in [("female", "26-35"), ("male", "36-45"), ("male", "18-25")]:
        Attention.objects.create(date=datetime.date(2026, 10, 8), channel="window_mtpe", migrant_type="foreigner",
                                 age_band=age, gender=gender, topic="other")  # fmt: skip


def rows(report, key):
    return {row[0]: row[1:] for row in next(t for t in report["tables"] if t.key == key).rows}


def test_report_figures_equal_hand_computed_ones(october):
    report = report_build(period=OCT)
    assert report["totals"]["visits"] == 10
    assert rows(report, "country") == {
        "Perú": [7, 70.0, 7],
        "Estados Unidos": [2, 20.0, 1],
        "España": [1, 10.0, 1],
    }
    assert rows(report, "line")["Línea 1"][0] == 3
    assert rows(report, "language") == {"es": [8, 80.0, 8], "en": [2, 20.0, 1]}
    assert rows(report, "referrer")["www.google.com"][0] == 1
    assert rows(report, "device") == {"mobile": [9, 90.0, 8], "desktop": [1, 10.0, 1]}
    assert rows(report, "daily")["2026-10-02"] == [4]
    summary = report["attention_summary"]
    assert (summary["received"], summary["answered"], summary["pending"]) == (2, 1, 1)
    assert summary["average_hours"] == summary["median_hours"] == 24.0
    assert rows(report, "attention_channel") == {
        "Formulario web": [2, 40.0],
        "Ventanilla MTPE": [3, 60.0],
    }
    assert rows(report, "attention_gender")["Hombre"] == [2, 40.0]
    assert rows(report, "attention_age_band")["26 a 35"] == [1, 20.0]


def test_comparison_with_the_previous_month(october):
    report = report_build(period=OCT)
    assert report["previous"]["visits"] == 1
    assert report["change_previous"] == 900.0
    assert report["year_before"]["visits"] == 0 and report["change_year"] is None


def director(client):
    user = User.objects.create_user(
        "directora", email="directora@trabajo.gob.pe", password="x", is_staff=True
    )
    user.groups.add(Group.objects.get(name=roles.DIRECTORATE))
    client.force_login(user)
    return user


def test_csv_matches_the_page(client, october):
    director(client)
    page = client.get("/es/estadisticas/", {"month": "2026-10"})
    assert page.status_code == 200
    html = page.content.decode()
    response = client.get(
        "/es/estadisticas/", {"month": "2026-10", "format": "csv", "table": "country"}
    )
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table[0] == ["País", "Visitas", "% del total", "Visitantes únicos (suma diaria)"]
    for name, visits, share, _visitors in table[1:]:
        assert (
            f'<th scope="row">{name}</th><td class="number">{visits}</td><td class="number">{share.replace(".", ",")}</td>'
            in html
        )
    assert client.get("/es/estadisticas/", {"format": "csv", "table": "nope"}).status_code == 404


def test_bad_period_gets_a_message(client):
    director(client)
    response = client.get("/es/estadisticas/", {"month": "octubre"})
    assert response.status_code == 400
    assert "AAAA-MM" in response.content.decode()


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 302),
        ("editor", 403),
        ("attention", 403),
        ("directorate", 200),
        ("superuser", 200),
    ],
)
def test_who_may_read_the_report(client, role, expected):
    if role == "superuser":
        client.force_login(User.objects.create_superuser("root", password="x"))
    elif role != "anonymous":
        group = {
            "editor": roles.EDITORS,
            "attention": roles.ATTENTION,
            "directorate": roles.DIRECTORATE,
        }[role]
        user = User.objects.create_user(role, password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
    response = client.get("/es/estadisticas/")
    assert response.status_code == expected
    if expected == 302:
        assert response["Location"].startswith("/admin/login/")


def test_monthly_command_sends_one_email_with_the_csv(october):
    user = User.objects.create_user("dir", email="direccion@trabajo.gob.pe")
    user.groups.add(Group.objects.get(name=roles.DIRECTORATE))
    mail.outbox.clear()
    call_command("stats_monthly_report", "--month", "2026-10", "--email")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["direccion@trabajo.gob.pe"] and "2026-10" in message.subject
    attachments = {name: content for name, content, _mime in message.attachments}
    assert "country-2026-10.csv" in attachments
    assert "Perú,7,70.0,7" in attachments["country-2026-10.csv"]
    assert "Perú" in message.alternatives[0][0]


def test_report_query_count_does_not_grow_with_visits(client, django_assert_max_num_queries):
    director(client)
    for n in range(30):
        visit(1 + n % 28, country=["PE", "US", "ES", "IT", "CL"][n % 5], visitor=str(n))
    for day in range(1, 32):
        visits_rollup(day=datetime.date(2026, 10, day))
    with django_assert_max_num_queries(60):
        assert client.get("/es/estadisticas/", {"month": "2026-10"}).status_code == 200


def test_rollup_is_idempotent(october):
    before = report_build(period=OCT)["totals"]
    visits_rollup(day=datetime.date(2026, 10, 2))
    call_command("stats_rollup")
    assert report_build(period=OCT)["totals"] == before
