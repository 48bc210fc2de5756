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
    assert "Línea de acción</label>" in html  # optional: no mark
    assert '<div class="visually-hidden" aria-hidden="true"><label for="id_website">' in html


def test_radio_buttons_are_a_fieldset_with_a_legend_and_its_error(admin_client):
    page = Page(admin_client.post(reverse("contact:attention_new"), {}).content.decode())
    fieldsets = [a for tag, a in page.tags if tag == "fieldset"]
    assert [a["aria-describedby"] for a in fieldsets] == [
        "id_channel_error", "id_migrant_type_error", "id_age_band_error", "id_gender_error",
    ]  # fmt: skip
    assert {a["aria-describedby"] for a in fieldsets} <= page.ids
    legends = [tag for tag, _ in page.tags if tag == "legend"]
    assert len(legends) == 4
