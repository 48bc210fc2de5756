"""Uploaded files: only the type and size each field needs, stored under a random name."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from complementary.models import Publication
from infomigra import roles

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def editor_client(client, login_as):
    login_as(roles.EDITORS)
    return client


def publication_form(upload):
    return {
        "title_es": "Guía básica para el migrante laboral",
        "title_en": "Basic guide for labour migrants",
        "kind": "guide",
        "published_on": "2026-11-23",
        "summary_es": "",
        "summary_en": "",
        "_publish": "1",  # "Publicar" with "Publicar el" empty: now
        "order": "0",
        "last_reviewed": "",
        "review_interval_months": "12",
        "file": upload,
    }


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("guia.exe", b"MZ\x90\x00", "Solo se admiten archivos PDF (.pdf)."),
        ("guia.pdf", b"<html><script>alert(1)</script></html>", "no es un PDF válido"),
        ("guia.docx", PDF, "Solo se admiten archivos PDF (.pdf)."),
    ],
)
def test_wrong_file_type_is_refused_with_a_clear_message(editor_client, name, content, message):
    url = reverse("admin:complementary_publication_add")
    response = editor_client.post(url, publication_form(SimpleUploadedFile(name, content)))
    assert response.status_code == 200  # the form again, with the error next to the field
    assert message in response.content.decode()
    assert not Publication.objects.exists()


def test_oversized_file_is_refused(editor_client, settings):
    from complementary import models

    big = SimpleUploadedFile("grande.pdf", PDF + b"0" * (models.PDF_MAX_BYTES + 1 - len(PDF)))
    url = reverse("admin:complementary_publication_add")
    response = editor_client.post(url, publication_form(big))
    assert "el máximo es 20,0" in response.content.decode()
    assert not Publication.objects.exists()


def test_pdf_is_stored_under_a_random_name_with_its_size(editor_client):
    url = reverse("admin:complementary_publication_add")
    response = editor_client.post(
        url, publication_form(SimpleUploadedFile("Mi guía (final).pdf", PDF))
    )
    assert response.status_code == 302
    publication = Publication.objects.get()
    assert publication.file.name.startswith("publicaciones/")
    assert publication.file.name.endswith(".pdf")
    assert "guía" not in publication.file.name and "final" not in publication.file.name
    assert publication.file_size == len(PDF)
    public = editor_client.get("/es/publicaciones/").content.decode()
    assert f"(PDF, {len(PDF)}" in public
