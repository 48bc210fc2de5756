"""The public and staff forms as drawn by the project's form renderer (`{{ form }}`): what a
screen reader needs is there when the visitor gets something wrong."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


class Page(HTMLParser):
    """The elements of a page by id, and every (tag, attributes) in order."""

    def __init__(self, html):
        super().__init__()
        self.ids, self.tags = set(), []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])

    def described(self):
        return [a for _, a in self.tags if "aria-describedby" in a]


def test_every_error_and_help_text_is_announced_with_its_field(client):
    page = Page(client.post(reverse("contact:voice"), {}).content.decode())
    described = page.described()
    # alias has help text and an error; the other required fields an error
    assert {a["id"]: a["aria-describedby"] for a in described} == {
        "id_alias": "id_alias_helptext id_alias_error",
        "id_country": "id_country_error",
        "id_text": "id_text_error",
        "id_consent": "id_consent_error",
    }
    for attrs in described:
        assert set(attrs["aria-describedby"].split()) <= page.ids, attrs
        assert attrs["aria-invalid"] == "true"


def test_the_error_summary_the_required_marks_and_the_honeypot(client):
    html = client.post(reverse("contact:contact"), {}).content.decode()
    assert html.count('class="error-summary" role="alert"') == 1
    assert 'Nombre <span class="required">(obligatorio)</span></label>' in html
    assert "¿Sobre qué tema nos escribes?</label>" in html  # optional: no mark
    assert '<div class="visually-hidden" aria-hidden="true"><label for="id_website">' in html


def test_radio_buttons_are_a_fieldset_with_a_legend_and_its_error(admin_client):
    html = admin_client.post(reverse("admin:contact_attention_quick"), {}).content.decode()
    form = html[html.index('<form method="post" novalidate>') :]
    page = Page(form[: form.index("</form>")])
    fieldsets = [a for tag, a in page.tags if tag == "fieldset"]
    assert [a["aria-describedby"] for a in fieldsets] == [
        "id_channel_error", "id_migrant_type_error", "id_age_band_error", "id_gender_error",
    ]  # fmt: skip
    assert {a["aria-describedby"] for a in fieldsets} <= page.ids
    legends = [tag for tag, _ in page.tags if tag == "legend"]
    assert len(legends) == 4


def test_the_error_summary_is_focused_and_links_each_problem_to_its_field(client):
    html = client.post(reverse("contact:contact"), {"email": "no-es-un-correo"}).content.decode()
    page = Page(html)
    (summary,) = [a for tag, a in page.tags if a.get("class") == "error-summary"]
    assert "autofocus" in summary and summary["tabindex"] == "-1"  # focused with no script
    assert summary["aria-labelledby"] == "error-summary-title"
    assert '<h2 id="error-summary-title">Hay un problema</h2>' in html
    start = html.index('class="error-summary"')
    links = Page(html[start : html.index("</div>", start)])
    targets = [a["href"] for tag, a in links.tags if tag == "a"]
    assert targets == ["#id_name", "#id_email", "#id_country", "#id_profile", "#id_message", "#id_consent"]  # fmt: skip
    assert {target[1:] for target in targets} <= page.ids  # each link reaches its field


def test_radio_errors_in_the_summary_link_to_the_first_choice(admin_client):
    html = admin_client.post(reverse("admin:contact_attention_quick"), {}).content.decode()
    assert '<a href="#id_channel_0">' in html
    assert 'id="id_channel_0"' in html


def test_the_returnee_form_asks_its_question_above_the_four_needs(client):
    html = client.get(reverse("contact:returnee")).content.decode()
    page = Page(html)
    legends = html.split("<legend>")[1:]
    (needs,) = [
        legend for legend in legends if legend.startswith("¿En qué te gustaría recibir apoyo?")
    ]
    fieldset = html[html.index("¿En qué te gustaría recibir apoyo?") : html.index("</fieldset>", html.index("¿En qué te gustaría"))]  # fmt: skip
    for name in ("wants_job_placement", "wants_self_employment", "wants_training", "wants_certification"):  # fmt: skip
        assert f'id="id_{name}"' in fieldset
    assert sum(1 for tag, a in page.tags if a.get("name", "").startswith("wants_")) == 4


def test_the_contact_form_asks_in_plain_words_with_peru_and_the_guide_countries_first(client):
    html = client.get(reverse("contact:contact")).content.decode()
    assert "¿En qué país vives?" in html and "¿Cuál es tu situación?" in html
    assert ">Pienso trabajar en el extranjero</option>" in html
    assert "Potencial migrante" not in html  # the report's category, not the visitor's words
    countries = html[html.index('name="country"') : html.index("</select>", html.index('name="country"'))]  # fmt: skip
    codes = [part.split('"')[0] for part in countries.split('<option value="')[1:]]
    assert codes[:11] == [
        "",
        "PE",
        "US",
        "ES",
        "IT",
        "CL",
        "AR",
        "BO",
        "CO",
        "EC",
        "",
    ]  # then a break
    assert (
        '<option value="" selected>Elige un país</option>' in countries
    )  # nothing chosen for them
    assert codes.count("PE") == 1  # not repeated in the alphabetical list


def test_no_select_of_a_public_form_offers_dashes(client):
    for name in ("contact:contact", "contact:returnee", "contact:voice"):
        html = client.get(reverse(name)).content.decode()
        assert "---------" not in html, name
    html = client.get(reverse("contact:returnee")).content.decode()
    education = html[html.index('name="education"') : html.index("</select>", html.index('name="education"'))]  # fmt: skip
    assert '<option value="" selected>Elige una opción</option>' in education
