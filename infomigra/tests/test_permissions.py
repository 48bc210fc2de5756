"""Who may see what: one role × URL table for every staff page (and a public page or two for
contrast). Every cell asserts its status code and what that status means: a 200 serves the page,
a 302 sends to the admin login and comes back, a 403 or 404 serves nothing of the page."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from infomigra import roles
from infomigra.models import Status
from lines.tests.factories import CountryGuideFactory

pytestmark = pytest.mark.django_db

ROLES = {  # column label → what `login_as` takes
    "anonymous": "anonymous",
    "editor": roles.EDITORS,
    "attention": roles.ATTENTION,
    "directorate": roles.DIRECTORATE,
    "superuser": "superuser",
}


def es(name, query=""):
    with translation.override("es"):
        return reverse(name) + query


def draft_guide_url():
    guide = CountryGuideFactory(status=Status.DRAFT)
    with translation.override("es"):
        return guide.get_absolute_url()


def sivitma_registration():
    from sivitma.tests.factories import RegistrationFactory

    return RegistrationFactory()


def sivitma_admin(name):
    return lambda: reverse(f"admin:sivitma_registration_{name}", args=[sivitma_registration().pk])


def sivitma_private(name):
    def make_url():
        registration = sivitma_registration()
        token = registration.new_access_token()
        registration.save()
        return _private(name, token)

    return make_url


def _private(name, token):
    with translation.override("es"):
        return reverse(f"sivitma:{name}", kwargs={"token": token})


def sivitma_verify():
    with translation.override("es"):
        return sivitma_registration().get_verification_url()


def pdf_file(response):
    return response.get("Content-Type", "") == "application/pdf"


def template(name):
    return lambda response: name in [t.name for t in response.templates]


def csv_file(response):
    return response.get("Content-Type", "").startswith("text/csv")


CHANGE_LIST, CHANGE_FORM = template("admin/change_list.html"), template("admin/change_form.html")

PAGES = {  # name → (URL, how to tell the page was served)
    # the admin and the content editors work in
    "admin index": (lambda: reverse("admin:index"), template("admin/index.html")),
    "sections": (lambda: reverse("admin:lines_section_changelist"), CHANGE_LIST),
    "add section": (lambda: reverse("admin:lines_section_add"), CHANGE_FORM),
    "guides": (lambda: reverse("admin:lines_countryguide_changelist"), CHANGE_LIST),
    "add guide": (lambda: reverse("admin:lines_countryguide_add"), CHANGE_FORM),
    "news": (lambda: reverse("admin:complementary_newsitem_changelist"), CHANGE_LIST),
    "feedback inbox": (lambda: reverse("admin:infomigra_pagefeedback_changelist"), CHANGE_LIST),
    "feedback by page": (
        lambda: reverse("admin:infomigra_pagefeedback_by_page"),
        template("admin/infomigra/pagefeedback_by_page.html"),
    ),
    "draft preview": (draft_guide_url, template("lines/guide_detail.html")),
    # what the attention staff work in
    "messages": (lambda: reverse("admin:contact_contactmessage_changelist"), CHANGE_LIST),
    "attentions": (lambda: reverse("admin:contact_attention_changelist"), CHANGE_LIST),
    "registrations": (
        lambda: reverse("admin:contact_returneeregistration_changelist"),
        CHANGE_LIST,
    ),
    "voices": (lambda: reverse("admin:contact_migrantvoice_changelist"), CHANGE_LIST),
    "mailbox": (lambda: reverse("admin:contact_inboundmail_changelist"), CHANGE_LIST),
    "personal data": (
        lambda: reverse("admin:contact_personal_data"),
        template("admin/contact/personal_data.html"),
    ),
    "service points": (lambda: reverse("admin:contact_servicepoint_changelist"), CHANGE_LIST),
    # the SIVITMA register, kept by the attention staff
    "sivitma register": (lambda: reverse("admin:sivitma_registration_changelist"), CHANGE_LIST),
    "sivitma record": (sivitma_admin("change"), CHANGE_FORM),
    "sivitma annul": (sivitma_admin("annul"), template("admin/sivitma/annul.html")),
    "sivitma contract": (sivitma_admin("contract"), pdf_file),
    "sivitma personal data": (
        lambda: reverse("admin:sivitma_personal_data"),
        template("admin/sivitma/personal_data.html"),
    ),
    "minimum wages": (lambda: reverse("admin:sivitma_minimumwage_changelist"), CHANGE_LIST),
    "quick entry": (
        lambda: reverse("admin:contact_attention_quick"),
        template("admin/contact/attention_quick.html"),
    ),
    # the directorate's report
    "report": (lambda: es("stats:report"), template("stats/report.html")),
    "report CSV": (lambda: es("stats:report", "?format=csv&table=country"), csv_file),
    "report PDF": (lambda: es("stats:report", "?month=2026-10&format=pdf"), pdf_file),
    "observations": (lambda: reverse("admin:stats_observation_changelist"), CHANGE_LIST),
    # public pages, open to everyone
    "public home": (lambda: "/es/", template("infomigra/home.html")),
    "contact form": (lambda: es("contact:contact"), template("contact/contact_form.html")),
    "sivitma form": (lambda: es("sivitma:register"), template("sivitma/register.html")),
    "sivitma new link": (lambda: es("sivitma:link_request"), template("sivitma/link_request.html")),
    "sivitma verification": (sivitma_verify, template("sivitma/verify.html")),
    # the private link is the credential: whoever holds it, signed in or not
    "sivitma private": (sivitma_private("manage"), template("sivitma/manage.html")),
    "sivitma correct": (sivitma_private("correct"), template("sivitma/correct.html")),
    "sivitma renew": (sivitma_private("renew"), template("sivitma/renew.html")),
    "sivitma end": (sivitma_private("end"), template("sivitma/end.html")),
    "sivitma certificate": (sivitma_private("certificate"), template("sivitma/certificate.html")),
    "sivitma certificate PDF": (sivitma_private("certificate_pdf"), pdf_file),
    "sivitma private contract": (sivitma_private("contract_file"), pdf_file),
}

#                     anonymous editor attention directorate superuser
TABLE = {
    "admin index":      (302, 200, 200, 200, 200),
    "sections":         (302, 200, 403, 403, 200),
    "add section":      (302, 200, 403, 403, 200),
    "guides":           (302, 200, 403, 403, 200),
    "add guide":        (302, 200, 403, 403, 200),
    "news":             (302, 200, 403, 403, 200),
    "feedback inbox":   (302, 200, 403, 403, 200),
    "feedback by page": (302, 200, 403, 403, 200),
    "draft preview":    (404, 200, 404, 404, 200),
    "messages":         (302, 403, 200, 403, 200),
    "attentions":       (302, 403, 200, 403, 200),
    "registrations":    (302, 403, 200, 403, 200),
    "voices":           (302, 403, 200, 403, 200),
    "mailbox":          (302, 403, 200, 403, 200),
    "personal data":    (302, 403, 200, 403, 200),
    "service points":   (302, 200, 200, 403, 200),
    "sivitma register": (302, 403, 200, 403, 200),
    "sivitma record":   (302, 403, 200, 403, 200),
    "sivitma annul":    (302, 403, 200, 403, 200),
    "sivitma contract": (302, 403, 200, 403, 200),
    "sivitma personal data": (302, 403, 200, 403, 200),
    "minimum wages":    (302, 403, 200, 403, 200),
    "quick entry":      (302, 403, 200, 403, 200),
    "report":           (302, 403, 403, 200, 200),
    "report CSV":       (302, 403, 403, 200, 200),
    "report PDF":       (302, 403, 403, 200, 200),
    "observations":     (302, 403, 200, 200, 200),
    "public home":      (200, 200, 200, 200, 200),
    "contact form":     (200, 200, 200, 200, 200),
    "sivitma form":     (200, 200, 200, 200, 200),
    "sivitma new link": (200, 200, 200, 200, 200),
    "sivitma verification": (200, 200, 200, 200, 200),
    "sivitma private":  (200, 200, 200, 200, 200),
    "sivitma correct":  (200, 200, 200, 200, 200),
    "sivitma renew":    (200, 200, 200, 200, 200),
    "sivitma end":      (200, 200, 200, 200, 200),
    "sivitma certificate": (200, 200, 200, 200, 200),
    "sivitma certificate PDF": (200, 200, 200, 200, 200),
    "sivitma private contract": (200, 200, 200, 200, 200),
}  # fmt: skip

CASES = [
    pytest.param(page, ROLES[label], expected, id=f"{page}-{label}")
    for page, statuses in TABLE.items()
    for label, expected in zip(ROLES, statuses, strict=True)
]


def test_the_table_covers_every_page():
    assert set(TABLE) == set(PAGES)


@pytest.mark.parametrize(("page", "role", "expected"), CASES)
def test_role_url_table(client, login_as, page, role, expected):
    make_url, served = PAGES[page]
    url = make_url()
    login_as(role)
    response = client.get(url)
    assert response.status_code == expected
    if expected == 200:
        assert served(response)
    elif expected == 302:
        location = urlsplit(response["Location"])
        assert location.path == reverse("admin:login")
        assert parse_qs(location.query)["next"] == [url]
    elif expected == 404:
        assert not served(response)
        assert "404.html" in [t.name for t in response.templates]
    else:
        assert expected == 403
        assert not served(response)
