"""«¿Es real esta oferta de trabajo?» and the return planner (issue 16): the warning signs found
and the report that reaches Atención flagged urgent; a dated return plan with its calendar;
the tools' use in the monthly report."""

import datetime
import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from contact.models import Attention, ContactMessage
from lines.tests.factories import ActionLineFactory, CountryGuideFactory, GuideChapterFactory
from stats.services import Period, report_build
from tools.models import Step

from .factories import StepFactory, WarningSignFactory

pytestmark = pytest.mark.django_db
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36"}


def es(name, *args):
    with translation.override("es"):
        return reverse(name, args=args)


@pytest.fixture
def signs():
    for number in (1, 2, 3, 4):
        ActionLineFactory(number=number)
    GuideChapterFactory(guide=CountryGuideFactory(country="ES"))
    return {
        "cobro": WarningSignFactory(key="cobro", sign_es="Te piden dinero antes de viajar",
                                    why_es="Ningún permiso de trabajo legal se compra."),
        "visa-turista": WarningSignFactory(key="visa-turista",
                                           sign_es="Te proponen viajar con visa de turista",
                                           why_es="Una estancia como turista no permite trabajar.",
                                           check_url="https://extranjeros.inclusion.gob.es",
                                           check_label_es="Portal de Inmigración"),
        "pasaporte": WarningSignFactory(key="pasaporte", sign_es="Quieren tu pasaporte"),
    }  # fmt: skip


def test_the_check_asks_each_sign_as_a_yes_no_question(client, signs):
    page = client.get(es("tools:offer"), {"pais": "ES"}).content.decode()
    for key in ("cobro", "visa-turista", "pasaporte"):
        assert re.findall(rf'name="{key}" value="(\w*)"', page) == ["si", "no", ""]
    assert '<option value="ES" selected>' in page


def test_two_signs_found_explained_with_what_to_check_and_how_to_report(client, signs):
    response = client.get(
        es("tools:offer_result"), {"cobro": "si", "visa-turista": "si", "pasaporte": "no",
                                   "pais": "ES"})  # fmt: skip
    assert response.status_code == 200
    text = response.content.decode()
    assert [sign.key for sign in response.context["found"]] == ["cobro", "visa-turista"]
    assert "Marcaste 2 señales de alerta" in text
    assert "Ningún permiso de trabajo legal se compra." in text
    assert '<a href="https://extranjeros.inclusion.gob.es">Portal de Inmigración</a>' in text
    assert "Quieren tu pasaporte" not in text
    assert "#work-permit" in text  # the Spain guide's permit chapter
    assert "Línea 1818" in text
    report = unescape(re.search(r'<a href="([^"]+)">Reportar esta oferta', text).group(1))
    form = client.get(report).content.decode()
    assert '<option value="fraud" selected>' in form
    assert "Te piden dinero antes de viajar" in form
    assert "Te proponen viajar con visa de turista" in form
    assert "País del trabajo: España" in form


def test_a_bad_answer_gets_the_check_again_with_400(client, signs):
    response = client.get(es("tools:offer_result"), {"cobro": "quizás"})
    assert response.status_code == 400
    assert "Hay un problema" in response.content.decode()


def contact_data(**extra):
    return {"name": "Rosa", "email": "rosa@example.com", "country": "PE",
            "profile": "potential_migrant", "message": "Me piden 500 dólares por la visa.",
            "consent": "on", **extra}  # fmt: skip


def test_the_report_reaches_atencion_urgent_with_the_answers(client, signs):
    text = client.get(es("tools:offer_result"), {"cobro": "si", "visa-turista": "si"})
    report = unescape(re.search(r'href="([^"]+)">Reportar', text.content.decode()).group(1))
    token = re.search(r'name="attachment" value="([^"]+)"', client.get(report).content.decode())
    response = client.post(es("contact:contact"),
                           contact_data(topic="fraud", attachment=unescape(token.group(1))))  # fmt: skip
    assert response.status_code == 302
    message = ContactMessage.objects.get()
    assert message.urgent
    assert message.attachment.splitlines() == [
        "Verificación de una oferta de trabajo",
        "- Te piden dinero antes de viajar",
        "- Te proponen viajar con visa de turista",
    ]
    assert message.attention.topic == Attention.Topic.FRAUD


def test_a_forged_attachment_is_refused_and_nothing_is_stored(client, signs):
    response = client.post(es("contact:contact"),
                           contact_data(topic="fraud", attachment="made-up:answers"))  # fmt: skip
    assert response.status_code == 400
    assert "Las respuestas adjuntas no son válidas" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_a_message_on_another_topic_is_not_urgent(client, signs):
    client.post(es("contact:contact"), contact_data(topic="work_abroad"))
    assert ContactMessage.objects.get().urgent is False


def test_urgent_messages_come_first_for_atencion(client, login_as, signs):
    from infomigra import roles

    client.post(es("contact:contact"), contact_data(topic="fraud", name="Beatriz"))
    client.post(es("contact:contact"), contact_data(topic="other"))
    login_as(roles.ATTENTION)
    page = client.get(reverse("admin:contact_contactmessage_changelist")).content.decode()
    assert page.index("Beatriz") < page.index("Rosa")  # the earlier message, first: it is urgent
    assert page.count("⚠ urgente") == 1
    index = client.get(reverse("admin:index")).content.decode()
    assert "Posibles casos de estafa o trata sin cerrar (urgentes)" in index


@pytest.fixture
def return_steps():
    line = ActionLineFactory(number=2)
    italy = CountryGuideFactory(country="IT")
    return {
        "card": StepFactory(line=line, title_es="Tarjeta del Migrante Retornado",
                            opens_days=-180, closes_days=180, order=10),
        "goods": StepFactory(line=line, title_es="Menaje de casa", closes_days=30, order=20),
        "italy": StepFactory(line=line, guide=italy, title_es="Baja en el registro italiano",
                             closes_days=-7, order=30),
        "job": StepFactory(line=line, title_es="Centro de Empleo", order=40,
                           official_url="https://www.empleosperu.gob.pe/"),
        "spain": StepFactory(line=line, guide=CountryGuideFactory(country="ES"),
                             title_es="Solo España"),
    }  # fmt: skip


def test_the_return_plan_is_dated_from_the_return_day(client, return_steps):
    response = client.get(es("tools:return_plan"), {"pais": "IT", "fecha": "2027-03-01"})
    assert response.status_code == 200
    context = response.context
    # filed by deadline; a window that opens before the return is started before leaving
    assert [(i.step.title, i.opens, i.closes) for i in context["before"]] == [
        ("Baja en el registro italiano", None, datetime.date(2027, 2, 22)),
        ("Tarjeta del Migrante Retornado", datetime.date(2026, 9, 2), datetime.date(2027, 8, 28)),
    ]
    assert [(i.step.title, i.closes) for i in context["after"]] == [
        ("Menaje de casa", datetime.date(2027, 3, 31))
    ]
    assert [i.step.title for i in context["undated"]] == ["Centro de Empleo"]
    text = response.content.decode()
    assert "Solo España" not in text
    register = unescape(re.search(r'<a href="([^"]+)">Ir al registro', text).group(1))
    form = client.get(register).content.decode()
    assert '<option value="IT" selected>' in form
    assert 'value="2027-03-01"' in form


def test_the_return_calendar_has_an_event_per_deadline_with_reminders(client, return_steps):
    response = client.get(es("tools:return_plan_ics"), {"pais": "IT", "fecha": "2027-03-01"})
    assert response["Content-Disposition"] == 'attachment; filename="plan-de-retorno-infomigra.ics"'
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert sorted((str(e["SUMMARY"]), e["DTSTART"].dt) for e in events) == [
        ("Plazo: Baja en el registro italiano", datetime.date(2027, 2, 22)),
        ("Plazo: Menaje de casa", datetime.date(2027, 3, 31)),
        ("Plazo: Tarjeta del Migrante Retornado", datetime.date(2027, 8, 28)),
    ]
    assert all(len(event.walk("VALARM")) == 2 for event in events)
    one = client.get(es("tools:return_plan_ics"),
                     {"pais": "IT", "fecha": "2027-03-01", "paso": return_steps["goods"].pk})  # fmt: skip
    assert [str(e["SUMMARY"]) for e in Calendar.from_ical(one.content).walk("VEVENT")] == [
        "Plazo: Menaje de casa"
    ]


def test_the_return_plan_refuses_a_missing_date_in_words(client, return_steps):
    response = client.get(es("tools:return_plan"), {"pais": "IT"})
    assert response.status_code == 400
    assert "Escribe la fecha en que piensas llegar al Perú." in response.content.decode()


def test_the_tools_use_is_in_the_monthly_report_in_words(client, signs, return_steps):
    client.get(es("tools:start"), **BROWSER)
    client.get(es("tools:checklist"), {"linea": "1"}, **BROWSER)
    client.get(es("tools:checklist_pdf"), {"linea": "1"}, **BROWSER)
    client.get(es("tools:offer"), **BROWSER)
    client.get(es("tools:offer_result"), {"cobro": "si"}, **BROWSER)
    client.get(es("tools:return"), **BROWSER)
    client.get(es("tools:return_plan_ics"), {"pais": "IT", "fecha": "2027-03-01"}, **BROWSER)
    client.post(es("contact:contact"), contact_data(topic="fraud"))
    today = timezone.localdate()
    report = report_build(period=Period.month(today.year, today.month))
    tables = {table.key: table for table in report["tables"]}
    assert tables["tools_usage"].rows == [
        ["¿Qué necesito? (lista personal)", 1, 1, 1],
        ["¿Es real esta oferta de trabajo?", 1, 1, 0],
        ["Plan de retorno", 1, 0, 1],
    ]
    assert tables["tools_fraud_reports"].rows[0][1] == 1
    assert tables["tools_fraud_reports"].rows[1][1] == 1
    content = {row[0] for row in tables["content"].rows}
    assert "¿Qué necesito? (lista personal): iniciaron" in content
    assert not any(str(name).startswith("tool:") for name in content)


def test_only_editors_change_the_steps(client, login_as, return_steps):
    from infomigra import roles

    login_as(roles.EDITORS)
    assert client.get(reverse("admin:tools_step_changelist")).status_code == 200
    response = client.get(reverse("admin:tools_step_change", args=[return_steps["card"].pk]))
    assert "Tarjeta del Migrante Retornado" in response.content.decode()
    client.logout()
    login_as(roles.ATTENTION)
    assert client.get(reverse("admin:tools_step_changelist")).status_code == 403
    assert Step.objects.count() == 5


def test_the_offer_check_and_the_plan_cost_the_same_queries_however_many_items(
    count_queries, signs, return_steps
):
    result = es("tools:offer_result") + "?cobro=si&pais=ES"
    plan = es("tools:return_plan") + "?pais=IT&fecha=2027-03-01"
    _response, result_few = count_queries(result)
    _response, plan_few = count_queries(plan)
    line = return_steps["card"].line
    for n in range(12):
        WarningSignFactory(key=f"extra-{n}")
        StepFactory(line=line, closes_days=n, documents_es=f"Documento {n}")
    response, result_many = count_queries(result.replace("cobro=si", "cobro=si&extra-3=si"))
    assert len(response.context["found"]) == 2
    response, plan_many = count_queries(plan)
    assert len(response.context["planned"]) == 16
    assert (result_many, plan_many) == (result_few, plan_few)
