"""Who may see what: a role × URL table. Every row asserts its status code."""

import pytest
from django.urls import reverse
from django.utils import translation

from infomigra import roles
from infomigra.models import Status
from lines.tests.factories import CountryGuideFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", roles.EDITORS, roles.ATTENTION, roles.DIRECTORATE, "superuser"]


def draft_guide_url():
    guide = CountryGuideFactory(status=Status.DRAFT)
    with translation.override("es"):
        return guide.get_absolute_url()


URLS = {
    "admin index": lambda: reverse("admin:index"),
    "sections": lambda: reverse("admin:lines_section_changelist"),
    "add guide": lambda: reverse("admin:lines_countryguide_add"),
    "news": lambda: reverse("admin:complementary_newsitem_changelist"),
    "feedback inbox": lambda: reverse("admin:infomigra_pagefeedback_changelist"),
    "feedback by page": lambda: reverse("admin:infomigra_pagefeedback_by_page"),
    "draft preview": draft_guide_url,
    "public home": lambda: "/es/",
}

#                      anonymous editor attention directorate superuser
TABLE = {
    "admin index":      (302, 200, 200, 200, 200),
    "sections":         (302, 200, 403, 403, 200),
    "add guide":        (302, 200, 403, 403, 200),
    "news":             (302, 200, 403, 403, 200),
    "feedback inbox":   (302, 200, 403, 403, 200),
    "feedback by page": (302, 200, 403, 403, 200),
    "draft preview":    (404, 200, 404, 404, 200),
    "public home":      (200, 200, 200, 200, 200),
}  # fmt: skip

CASES = [
    (name, role, expected)
    for name, statuses in TABLE.items()
    for role, expected in zip(ROLES, statuses, strict=True)
]


@pytest.mark.parametrize(("name", "role", "expected"), CASES)
def test_role_url_table(client, login_as, name, role, expected):
    url = URLS[name]()
    login_as(role)
    response = client.get(url)
    assert response.status_code == expected, (name, role)
    if expected == 302:
        assert response["Location"].startswith(reverse("admin:login"))
