"""«¿Qué necesito?»: six questions, one per screen, answers kept in the address, and the
personal checklist built from the steps editors keep (issue 16)."""

import datetime
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar
from pypdf import PdfReader

from infomigra.models import Status
from lines.tests.factories import ActionLineFactory, CountryGuideFactory
from tools.models import Step

from .factories import StepFactory

pytestmark = pytest.mark.django_db


def es(name, *args):
    with translation.override("es"):
        return reverse(name, args=args)


@pytest.fixture
def spain():
    for number in (1, 2, 3, 4):
        ActionLineFactory(number=number)
    return CountryGuideFactory(country="ES")


def test_the_first_question_asks_the_situation_and_counts_one_of_six(client, spain):
    response = client.get(es("tools:start"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Pregunta 1 de 6" in text
    assert "¿Cuál es tu situación?" in text
    assert 'name="linea"' in text and 'type="radio"' in text
    assert 'method="get"' in text  # no script, no cookie: the answers are the address


def test_no_answer_to_the_situation_is_told_in_words_with_400(client, spain):
    response = client.get(es("tools:question", 1), {"ir": "1"})
    assert response.status_code == 400
    assert "Elige tu situación para seguir." in response.content.decode()


def test_an_answer_goes_on_to_the_next_question_keeping_the_earlier_ones(client, spain):
    response = client.get(es("tools:question", 2), {"linea": "1", "pais": "ES", "ir": "1"})
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert target.path == es("tools:question", 3)
    assert parse_qs(target.query) == {"linea": ["1"], "pais": ["ES"], "sig": ["1"]}
    page = client.get(response["Location"]).content.decode()
    assert "¿Tienes ya una oferta de trabajo?" in page
    assert '<input type="hidden" name="pais" value="ES">' in page
    back = re.search(r'class="back-link"><a href="([^"]+)"', page).group(1)
    assert back.replace("&amp;", "&") == f"{es('tools:question', 2)}?linea=1&pais=ES&atras=1"


def test_the_questions_speak_to_the_situation(client, spain):
    returning = client.get(es("tools:question", 2), {"linea": "2"}).content.decode()
    assert "¿Desde qué país vuelves?" in returning
    andean = client.get(es("tools:question", 2), {"linea": "4"}).content.decode()
    assert "¿De qué país eres?" in andean
    assert 'value="BO"' in andean and 'value="ES"' not in andean


def test_the_last_answer_opens_the_checklist(client, spain):
    answers = {"linea": "1", "pais": "ES", "oferta": "si", "fecha": "2027-03-01", "ir": "1"}
    response = client.get(es("tools:question", 6), answers)
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == es("tools:checklist")


def test_a_bad_date_is_asked_again_with_the_reason(client, spain):
    response = client.get(es("tools:question", 6), {"linea": "1", "fecha": "2027-31-31", "ir": "1"})
    assert response.status_code == 400
    assert "Escribe la fecha como año-mes-día" in response.content.decode()
    # the same address handed to the checklist sends the visitor back to that question
    response = client.get(es("tools:checklist"), {"linea": "1", "fecha": "2099-01-01"})
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == es("tools:question", 6)


def test_a_made_up_situation_goes_back_to_the_first_question(client, spain):
    response = client.get(es("tools:checklist"), {"linea": "9"})
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == es("tools:question", 1)


@pytest.fixture
def steps(spain):
    line = spain_line = ActionLineFactory(number=1)
    italy = CountryGuideFactory(country="IT")
    made = {
        "any": StepFactory(line=line, title_es="Pasaporte", order=20,
                           documents_es="Pasaporte vigente\nDNI"),
        "offer": StepFactory(line=spain_line, guide=spain, if_offer="yes", order=15,
                             title_es="Autorización de residencia y trabajo",
                             documents_es="Copia del pasaporte\nAntecedentes penales apostillados"),
        "no offer": StepFactory(line=line, guide=spain, if_offer="no", order=16,
                                title_es="Vías sin oferta"),
        "family goes": StepFactory(line=line, if_family="yes", title_es="Partidas de la familia"),
        "family stays": StepFactory(line=line, if_family="no", order=45,
                                    title_es="La familia se queda"),
        "italy": StepFactory(line=line, guide=italy, title_es="Nulla osta"),
        "draft": StepFactory(line=line, status=Status.DRAFT, title_es="Borrador"),
        "other line": StepFactory(line=ActionLineFactory(number=3), title_es="Consulado"),
        "dated": StepFactory(line=line, order=90, opens_days=-60, closes_days=-30,
                             title_es="Apostilla", documents_es="dni"),
    }  # fmt: skip
    return made


def titles(response):
    return [step.step.title for step in response.context["planned"]]


def test_spain_with_an_offer_and_the_family_staying(client, steps):
    response = client.get(es("tools:checklist"), {"linea": "1", "pais": "ES", "oferta": "si",
                                                   "familia": "no", "fecha": "2027-03-01"})  # fmt: skip
    assert response.status_code == 200
    assert titles(response) == [
        "Autorización de residencia y trabajo",
        "Pasaporte",
        "La familia se queda",
        "Apostilla",
    ]
    text = response.content.decode()
    assert "Copia del pasaporte" in text and "Antecedentes penales apostillados" in text
    # a dated step shows its window from the travel date and links to its calendar entry
    assert "Del 31 de diciembre de 2026 al 30 de enero de 2027" in text
    # the documents of the whole list, once each ("dni" and "DNI" are one)
    assert response.context["documents"] == [
        "Copia del pasaporte", "Antecedentes penales apostillados", "Pasaporte vigente", "DNI"
    ]  # fmt: skip


def test_an_unknown_answer_keeps_the_steps_of_both_answers(client, steps):
    response = client.get(es("tools:checklist"), {"linea": "1", "pais": "ES"})
    assert {"Autorización de residencia y trabajo", "Vías sin oferta", "Partidas de la familia",
            "La familia se queda"} <= set(titles(response))  # fmt: skip
    assert "Nulla osta" not in titles(response) and "Borrador" not in titles(response)
    assert "Consulado" not in titles(response)


def test_a_country_whose_guide_was_withdrawn_is_asked_again(client, steps):
    """A bookmarked list for a country whose guide is no longer public asks the country again
    (its choices are the public guides), and never shows that guide's steps."""
    steps["italy"].guide.status = Status.DRAFT
    steps["italy"].guide.save()
    response = client.get(es("tools:checklist"), {"linea": "1", "pais": "IT"})
    assert response.status_code == 302
    assert urlsplit(response["Location"]).path == es("tools:question", 2)
    page = client.get(response["Location"])
    assert page.status_code == 400
    assert 'value="IT"' not in page.content.decode()
    assert "Nulla osta" not in page.content.decode()


def test_the_checklist_in_english_with_a_spanish_only_step_says_so(client, steps):
    Step.objects.filter(pk=steps["any"].pk).update(title_en="", body_en="")
    with translation.override("en"):
        url = reverse("tools:checklist")
    response = client.get(url, {"linea": "1", "pais": "ES", "oferta": "si"})
    text = response.content.decode()
    assert "Your list of steps" in text
    assert '<div class="rich-text" lang="es"><p>Qué hacer</p>' in text


def test_the_checklist_prints_and_downloads_as_a_pdf_and_a_calendar(client, steps):
    query = {"linea": "1", "pais": "ES", "oferta": "si", "familia": "no", "fecha": "2027-03-01"}
    printed = client.get(es("tools:checklist_print"), query)
    assert printed.status_code == 200
    assert "Autorización de residencia y trabajo" in printed.content.decode()
    pdf = client.get(es("tools:checklist_pdf"), query)
    assert pdf["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Autorización de residencia y trabajo" in text and "Antecedentes penales" in text
    ics = client.get(es("tools:checklist_ics"), query)
    assert ics["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(ics.content).walk("VEVENT")
    assert [(str(e["SUMMARY"]), e["DTSTART"].dt) for e in events] == [
        ("Plazo: Apostilla", datetime.date(2027, 1, 30))
    ]
    assert [str(alarm["TRIGGER"].dt) for alarm in events[0].walk("VALARM")] == [
        "-7 days, 0:00:00", "-1 day, 0:00:00"
    ]  # fmt: skip


def test_the_query_count_does_not_grow_with_the_steps(count_queries, steps):
    url = es("tools:checklist") + "?linea=1&pais=ES"
    _response, few = count_queries(url)
    line = steps["any"].line
    for n in range(15):
        StepFactory(line=line, documents_es=f"Documento {n}", guide=steps["offer"].guide)
    response, many = count_queries(url)
    assert len(response.context["planned"]) > 20
    assert many == few


def test_the_line_and_guide_pages_open_the_tools(client, steps):
    line = steps["any"].line
    page = client.get(line.get_absolute_url()).content.decode()
    assert f'href="{es("tools:question", 2)}?linea=1"' in page
    assert f'href="{es("tools:offer")}"' in page
    guide = client.get(steps["offer"].guide.get_absolute_url()).content.decode()
    assert f'href="{es("tools:question", 3)}?linea=1&amp;pais=ES"' in guide


def test_a_start_is_counted_once_whichever_screen_the_visitor_enters_by(client, spain):
    """The first question, or a later one a line or guide page links to, counts as a start; a
    step forward or back does not."""
    from stats.models import Visit

    browser = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36"}
    client.get(es("tools:start"), **browser)
    client.get(es("tools:question", 2), {"linea": "1"}, **browser)  # from a line page
    client.get(es("tools:question", 3), {"linea": "1", "pais": "ES"}, **browser)  # a guide page
    client.get(es("tools:question", 2), {"linea": "1", "atras": "1"}, **browser)
    client.get(es("tools:question", 3), {"linea": "1", "pais": "ES", "ir": "1"}, follow=True,
               **browser)  # fmt: skip
    assert Visit.objects.filter(content="tool:checklist-started").count() == 3
