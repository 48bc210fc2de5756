"""The admin is one site, InfoMigraAdminSite, with its names as class attributes."""

import pytest
from django.contrib import admin
from django.urls import reverse
from django.utils import translation

from infomigra.admin_site import InfoMigraAdminSite

pytestmark = pytest.mark.django_db


def test_the_default_admin_site_is_ours():
    assert admin.site.__class__ is InfoMigraAdminSite  # a LazyObject, so not type()


@pytest.mark.parametrize(
    ("language", "header", "title", "index"),
    [
        ("es", "Perú InfoMigra — administración", "Perú InfoMigra", "Contenido y atención"),
        ("en", "Perú InfoMigra — administration", "Perú InfoMigra", "Content and enquiries"),
    ],
)
def test_header_title_and_index_title_in_each_language(
    admin_client, language, header, title, index
):
    with translation.override(language):
        html = admin_client.get(
            reverse("admin:index"), HTTP_ACCEPT_LANGUAGE=language
        ).content.decode()
    assert f'<a href="/admin/">{header}</a>' in html
    assert f"<title>{index} | {title}</title>" in html
