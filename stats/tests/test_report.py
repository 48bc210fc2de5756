"""The report: figures computed by hand on a small fixture, CSV equal to the page, who may read
it, the monthly e-mail, sample data and the query count."""

import csv
import datetime
import html
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from pypdf import PdfReader

from complementary.tests.factories import NewsItemFactory
from contact.models import Attention, ContactMessage
from infomigra import roles
from infomigra.models import PageFeedback, Status
from lines.tests.factories import ActionLineFactory, CountryGuideFactory, SectionFactory
from stats.models import DailyVisits, Visit
from stats.services import Period, Table, report_build, visits_rollup, visits_rollup_pending

pytestmark = pytest.mark.django_db
OCT = Period.month(2026, 10)
SMTP_PORT = 8312  # this worktree's port range is 8300-8349 (8310: contact's mail tests)
REPORT = "/es/estadisticas/"


def at(day, hour=12, month=10):
    return timezone.make_aware(datetime.datetime(2026, month, day, hour))


def visit(day, *, country="PE", line=None, component="home", content="", path="/es/",
          language="es", visitor="a", device="mobile", referrer="", month=10):  # fmt: skip
    return Visit.objects.create(
        time=at(day, month=month), path=path, language=language, country=country, line=line,
        component=component, content=content, device=device, referrer_host=referrer,
        visitor=visitor,
    )  # fmt: skip


def roll_up_october():
    for day in range(1, 32):
        visits_rollup(day=datetime.date(2026, 10, day))
    visits_rollup(day=datetime.date(2026, 9, 30))


def message(*, hours=None, status=ContactMessage.Status.NEW):
    created = at(6, 9)
    return ContactMessage.objects.create(
        name="X", email="x@example.com", country="PE", profile="potential_migrant", message="Hola",
        consent=True, language="es", created_at=created, status=status,
        first_response_at=created + datetime.timedelta(hours=hours) if hours else None,
    )  # fmt: skip


def attention(**fields):
    defaults = {"date": datetime.date(2026, 10, 8), "channel": "window_mtpe",
                "migrant_type": "foreigner", "topic": "other"}  # fmt: skip
    return Attention.objects.create(**{**defaults, **fields})


@pytest.fixture
def october():
    """By hand: 10 visits in October — 7 from Peru (4 visitors a day at most), 2 from the US (one
    visitor), 1 from Spain; 3 on line 1; 2 in English; 1 from Google; 9 on mobiles. One visit
    on 30 September. Three messages (answered after 12 h and 36 h, one pending) and four
    window attentions."""
    line = ActionLineFactory(number=1, title_es="¿Vas a trabajar en el extranjero?")
    for n in range(7):
        on_line = n < 3
        visit(1 + n % 3, visitor=f"pe{n % 4}", line=1 if on_line else None,
              component="line" if on_line else "home", content="line:1" if on_line else "",
              path="/es/lineas/x/" if on_line else "/es/")  # fmt: skip
    visit(2, country="US", language="en", path="/en/", visitor="us1")
    visit(2, country="US", language="en", path="/en/", visitor="us1", referrer="www.google.com")
    visit(3, country="ES", visitor="es1", device="desktop")
    visit(30, country="PE", visitor="sep", month=9)  # September's: not in October's figures
    roll_up_october()
    message(hours=12, status=ContactMessage.Status.ANSWERED)
    message(hours=36, status=ContactMessage.Status.CLOSED)
    message()
    for gender, age in [("female", "26-35"), ("male", "36-45"), ("male", "26-35")]:
        attention(gender=gender, age_band=age, country="PE", line=line)
    attention(channel="web_form", migrant_type="returnee", gender="female", country="ES",
              topic="return")  # fmt: skip
    return line


def rows(report, key):
    return {row[0]: row[1:] for row in table(report, key).rows}


def table(report, key):
    return next(t for t in report["tables"] if t.key == key)


def test_visit_figures_equal_hand_computed_ones(october):
    report = report_build(period=OCT)
    assert report["totals"] == {"visits": 10, "visitors": 9}  # three visitors on each day
    assert rows(report, "country") == {
        "Perú": [7, 70.0, 7],
        "Estados Unidos": [2, 20.0, 1],
        "España": [1, 10.0, 1],
    }
    assert rows(report, "line") == {
        "1. ¿Vas a trabajar en el extranjero?": [3, 30.0, 3],
        "Fuera de las líneas de acción": [7, 70.0, 6],
    }
    assert rows(report, "component") == {"Portada": [7, 70.0, 6], "Líneas de acción": [3, 30.0, 3]}
    assert rows(report, "content") == {"1. ¿Vas a trabajar en el extranjero?": [3, 30.0, 3]}
    assert rows(report, "path") == {"/es/": [5, 50.0, 5], "/es/lineas/x/": [3, 30.0, 3],
                                    "/en/": [2, 20.0, 1]}  # fmt: skip
    assert rows(report, "language") == {"Español": [8, 80.0, 8], "Inglés": [2, 20.0, 1]}
    assert rows(report, "referrer") == {
        "Directo o sin procedencia": [9, 90.0, 9],
        "www.google.com": [1, 10.0, 1],
    }
    assert rows(report, "device") == {"Móvil": [9, 90.0, 8], "Computadora": [1, 10.0, 1]}
    assert rows(report, "daily")["2026-10-02"] == [4]
    assert rows(report, "daily")["2026-10-31"] == [0]
    assert len(table(report, "daily").rows) == 31


@pytest.mark.django_db
def test_response_time_in_working_days_skips_weekends_and_peru_public_holidays():
    monday = timezone.make_aware(datetime.datetime(2026, 12, 7, 10))
    ContactMessage.objects.create(
        name="X", email="x@example.com", country="PE", profile="returnee", message="Hola",
        consent=True, language="es", created_at=monday,
        first_response_at=monday + datetime.timedelta(days=3),  # Thursday
    )  # fmt: skip
    summary = report_build(period=Period.month(2026, 12))["attention_summary"]
    # 8 December (Immaculate Conception) and 9 December (Battle of Ayacucho) are holidays
    assert summary["average_working_days"] == 1
    from contact.models import WorkingDays

    friday = timezone.make_aware(datetime.datetime(2026, 12, 4, 10))
    assert WorkingDays.between(friday, friday + datetime.timedelta(days=3)) == 1  # Monday
    assert WorkingDays.cutoff(timezone.make_aware(datetime.datetime(2026, 12, 10, 9))).date() == (
        datetime.date(2026, 12, 7)
    )  # the working day before Thursday 10 December is Monday 7


@pytest.mark.django_db
def test_the_report_names_a_workshop_channel():
    attention(channel="workshop", date=datetime.date(2026, 10, 15))
    channels = table(report_build(period=OCT), "attention_channel")
    assert channels.rows == [["Taller o charla", 1, 100.0]]


def test_attention_figures_equal_hand_computed_ones(october):
    report = report_build(period=OCT)
    summary = report["attention_summary"]
    assert (summary["received"], summary["answered"], summary["pending"]) == (3, 2, 1)
    assert (summary["average_hours"], summary["median_hours"], summary["average_days"]) == (
        24.0,
        24.0,
        1.0,
    )
    assert rows(report, "attention_summary")["Primera respuesta: promedio (horas)"] == [24.0]
    # 12 h later the same evening: 0 working days; 36 h later, the next working day: 1
    assert (summary["average_working_days"], summary["median_working_days"]) == (0.5, 0.5)
    assert rows(report, "attention_channel") == {
        "Ventanilla MTPE": [3, 75.0],
        "Formulario web": [1, 25.0],
    }
    assert rows(report, "attention_migrant_type") == {
        "Otro extranjero": [3, 75.0],
        "Retornante": [1, 25.0],
    }
    assert rows(report, "attention_age_band") == {
        "26 a 35": [2, 50.0],
        "36 a 45": [1, 25.0],
        "No indica": [1, 25.0],
    }
    assert rows(report, "attention_gender") == {"Hombre": [2, 50.0], "Mujer": [2, 50.0]}
    assert rows(report, "attention_country") == {"Perú": [3, 75.0], "España": [1, 25.0]}
    assert rows(report, "attention_line") == {
        "1. ¿Vas a trabajar en el extranjero?": [3, 75.0],
        "Sin línea de acción": [1, 25.0],
    }
    assert rows(report, "attention_topic") == {"Otro tema": [3, 75.0], "Retorno": [1, 25.0]}


def test_content_published_and_updated_and_page_feedback(october):
    with_dates = NewsItemFactory.create_batch(2)
    NewsItemFactory(status=Status.DRAFT)  # a draft is not published
    old = NewsItemFactory()
    from complementary.models import NewsItem

    NewsItem.objects.filter(pk__in=[item.pk for item in with_dates]).update(
        created_at=at(10), updated_at=at(10)
    )
    NewsItem.objects.filter(pk=old.pk).update(created_at=at(1, month=5), updated_at=at(20))
    for useful in (True, True, True, False):
        PageFeedback.objects.create(path="/es/guias/espana/", title="España", language="es",
                                    useful=useful)  # fmt: skip
    PageFeedback.objects.update(created_at=at(15))
    report = report_build(period=OCT)
    assert rows(report, "content_published")["noticias"] == [2, 1]
    assert rows(report, "feedback") == {"/es/guias/espana/": ["España", 4, 3, 75.0]}


def test_comparison_with_the_previous_month_and_the_year_before(october):
    visit(12)  # not rolled up yet: the report reads the daily aggregates only
    report = report_build(period=OCT)
    assert report["previous"] == {"visits": 1, "visitors": 1}
    assert (report["change_previous"], report["change_previous_visitors"]) == (900.0, 800.0)
    assert report["year_before"]["visits"] == 0 and report["change_year"] is None
    summary = table(report, "summary").rows
    assert summary[0] == ["Este periodo", "2026-10-01", "2026-10-31", 10, 9, "", ""]
    assert summary[1] == ["Mes anterior", "2026-09-01", "2026-09-30", 1, 1, 900.0, 800.0]
    assert summary[2] == ["Mismo mes del año anterior", "2025-10-01", "2025-10-31", 0, 0, "", ""]


def test_a_date_range_compares_with_the_days_before_it():
    period = Period(datetime.date(2026, 10, 5), datetime.date(2026, 10, 11))
    assert period.previous() == Period(datetime.date(2026, 9, 28), datetime.date(2026, 10, 4))
    assert period.year_before() == Period(datetime.date(2025, 10, 5), datetime.date(2025, 10, 11))
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)


def page_rows(page, key):
    """The rows of table `key` on the page, as text."""
    section = re.search(rf'id="table-{key}".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [
        [html.unescape(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", section, re.S)
    ]


def test_every_csv_matches_its_table_on_the_page(client, login_as, october):
    login_as(roles.DIRECTORATE)
    page = client.get(REPORT, {"month": "2026-10"})
    assert page.status_code == 200
    assert "stats/report.html" in [t.name for t in page.templates]
    content = page.content.decode()
    for table_obj in page.context["tables"]:
        response = client.get(REPORT, {"month": "2026-10", "format": "csv", "table": table_obj.key})
        assert response["Content-Type"].startswith("text/csv")
        assert "attachment" in response["Content-Disposition"]
        lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert lines[0] == [str(column) for column in table_obj.columns]
        on_page = page_rows(content, table_obj.key)
        if not lines[1:]:
            assert on_page == [["Sin datos en este periodo."]], table_obj.key
            continue
        # The page writes decimals with a comma (Spanish); the CSV with a point.
        assert [[cell.replace(",", ".") for cell in row] for row in on_page] == [
            [cell.replace(",", ".") for cell in row] for row in lines[1:]
        ], table_obj.key


def test_the_page_shows_the_sections_charts_and_print_sheet(client, login_as, october):
    login_as(roles.DIRECTORATE)
    content = client.get(REPORT, {"month": "2026-10"}).content.decode()
    for text in ["Visitas al portal", "Atención", "Contenido", "Visitas por país",
                 "Atenciones por sexo", "Contenido publicado y actualizado", "report-print.css",
                 "Descargar CSV"]:  # fmt: skip
        assert text in content, text
    assert content.count("<svg") >= 10 and "<desc" in content  # charts with a text alternative
    assert "Perú: 7" in content  # the country chart's text alternative


def test_the_csv_of_an_unknown_table_is_not_found(client, login_as):
    login_as(roles.DIRECTORATE)
    assert client.get(REPORT, {"format": "csv", "table": "nope"}).status_code == 404


def test_a_forged_referrer_cannot_become_a_spreadsheet_formula():
    table = Table("t", "T", ["a", "b"], rows=[["=cmd|' /C calc'!A0", -3], ["@x", 1.5]])
    assert table.csv().splitlines()[1:] == ["'=cmd|' /C calc'!A0,-3", "'@x,1.5"]


def test_a_bad_period_gets_a_message(client, login_as):
    login_as(roles.DIRECTORATE)
    response = client.get(REPORT, {"month": "octubre"})
    assert response.status_code == 400
    assert "Escribe el mes como AAAA-MM" in response.content.decode()


def test_a_date_range_can_be_chosen(client, login_as, october):
    login_as(roles.DIRECTORATE)
    response = client.get(REPORT, {"start": "2026-10-02", "end": "2026-10-03"})
    assert response.status_code == 200
    assert response.context["totals"]["visits"] == 7
    assert "Periodo anterior" in response.content.decode()


def test_the_default_is_last_month(client, login_as):
    login_as(roles.DIRECTORATE)
    response = client.get(REPORT)
    assert response.context["period"] == Period.last_month()


def test_the_report_is_read_only_for_the_directorate(client, login_as):
    user = login_as(roles.DIRECTORATE)
    assert user.has_perm("stats.view_report")
    assert not any(
        user.has_perm(f"stats.{action}_{model}")
        for action in ("add", "change", "delete")
        for model in ("visit", "dailyvisits", "dailysalt")
    )


def test_the_monthly_command_sends_one_email_with_the_csv(october, staff_user):
    for name, email, active in [("dir", "direccion@trabajo.gob.pe", True),
                                ("old", "antes@trabajo.gob.pe", False)]:  # fmt: skip
        staff_user(roles.DIRECTORATE, name, email=email, is_active=active)
    staff_user(roles.EDITORS, "ed", email="editor@trabajo.gob.pe")
    mail.outbox.clear()
    call_command("stats_monthly_report", "--month", "2026-10", "--email")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["direccion@trabajo.gob.pe"]
    assert message.subject == "Perú InfoMigra — informe 2026-10"
    attachments = {name: content for name, content, _mime in message.attachments}
    assert "Perú,7,70.0,7" in attachments["country-2026-10.csv"]
    assert "Hombre,2,50.0" in attachments["attention_gender-2026-10.csv"]
    body, mime = message.alternatives[0]
    assert mime == "text/html" and "Visitas por país" in body and "Perú" in body
    assert "Visitas: 10" in message.body
    assert "[" not in message.body and "'" not in message.body  # words, not Python lists
    assert "Observaciones de la Dirección y acciones correctivas" in message.body
    pdf = attachments["infomigra-informe-2026-10.pdf"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Visitas por país" in text and "Perú" in text


def test_the_monthly_report_reaches_a_real_smtp_server_with_its_pdf(october, staff_user, settings):
    """The command through Django's SMTP backend to an aiosmtpd server on loopback."""
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    class Sink:
        def __init__(self):
            self.received = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            self.received.append(message_from_bytes(envelope.content, policy=policy.default))
            return "250 OK"

    staff_user(roles.DIRECTORATE, "dir", email="direccion@trabajo.gob.pe")
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", SMTP_PORT, 10
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    try:
        call_command("stats_monthly_report", "--month", "2026-10", "--email", stdout=io.StringIO())
    finally:
        controller.stop()
    (message,) = sink.received
    pdfs = [
        part for part in message.iter_attachments() if part.get_content_type() == "application/pdf"
    ]
    assert [part.get_filename() for part in pdfs] == ["infomigra-informe-2026-10.pdf"]
    pages = PdfReader(io.BytesIO(pdfs[0].get_content())).pages
    assert "Visitas por país" in "".join(page.extract_text() for page in pages)


def test_the_monthly_command_without_email_sends_nothing(october, capsys):
    mail.outbox.clear()
    call_command("stats_monthly_report", "--month", "2026-10")
    assert not mail.outbox
    assert "10 visits" in capsys.readouterr().out


def report_queries(count_queries):
    response, queries = count_queries(f"{REPORT}?month=2026-10")
    assert response.status_code == 200
    return queries


def test_the_report_query_count_does_not_grow_with_the_data(
    client, login_as, october, count_queries
):
    login_as(roles.DIRECTORATE)
    CountryGuideFactory(country="ES")
    section = SectionFactory(line=october)
    for content in ["line:1", f"section:{section.pk}", "guide:ES"]:  # every kind of content
        visit(4, content=content)
    roll_up_october()
    few = report_queries(count_queries)
    for n in range(60):
        visit(1 + n % 28, country=["PE", "US", "ES", "IT", "CL"][n % 5], visitor=str(n),
              content=["line:1", f"section:{section.pk}", "guide:ES"][n % 3])  # fmt: skip
        attention(gender=["male", "female"][n % 2], country=["PE", "IT"][n % 2])
        message(hours=n + 1)
    roll_up_october()
    assert report_queries(count_queries) == few


def test_rollup_is_idempotent(october):
    before = report_build(period=OCT)["totals"]
    rows_before = DailyVisits.objects.count()
    visits_rollup(day=datetime.date(2026, 10, 2))
    call_command("stats_rollup", "--since", "2026-09-01")
    call_command("stats_rollup")
    assert report_build(period=OCT)["totals"] == before
    assert DailyVisits.objects.count() == rows_before


def test_rollup_keeps_raw_visits_for_the_configured_months(settings):
    settings.STATS_RAW_RETENTION_MONTHS = 2
    today = timezone.localdate()
    old = visit(1)
    Visit.objects.filter(pk=old.pk).update(time=timezone.now() - datetime.timedelta(days=70))
    recent = visit(1)
    Visit.objects.filter(pk=recent.pk).update(time=timezone.now() - datetime.timedelta(days=40))
    visits_rollup_pending()
    assert list(Visit.objects.values_list("pk", flat=True)) == [recent.pk]
    old_day = today - datetime.timedelta(days=70)
    assert DailyVisits.objects.filter(date=old_day, dimension="total").exists()  # aggregates stay


def test_sample_data_has_the_reviews_country_mix(client):
    CountryGuideFactory(country="ES", slug_es="espana", slug_en="spain")
    call_command("stats_sample_data", "--visits", "4000", "--month", "2026-10")
    call_command("stats_sample_data", "--visits", "4000", "--month", "2026-10", "--if-empty")
    assert Visit.objects.count() == 4000  # --if-empty: nothing added
    report = report_build(period=OCT)
    assert report["totals"]["visits"] == 4000
    shares = {name: figures[1] for name, figures in rows(report, "country").items()}
    assert abs(shares["Perú"] - 74) < 3 and abs(shares["Estados Unidos"] - 8) < 2
    assert abs(shares["España"] - 5) < 2
    assert abs(100 - shares["Perú"] - shares["Estados Unidos"] - shares["España"] - 13) < 3
    assert "Guía: España" in rows(report, "content")
    assert set(rows(report, "language")) == {"Español", "Inglés"}
    assert "/en/guides/spain/" in rows(report, "path")
