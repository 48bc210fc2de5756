"""The rich-text image upload: Django's CSRF protection like every other form (CKEditor sends
the token in a header), and only for staff who may change content with rich text."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from conftest import ANONYMOUS, SUPERUSER
from infomigra import roles

from .test_editorial import png_bytes

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/richtext/upload/"


def post(client, *, token=None, origin="http://testserver"):
    headers = {"Origin": origin} if origin else {}
    if token:
        headers["X-CSRFToken"] = token
    return client.post(UPLOAD, {"upload": SimpleUploadedFile("foto.png", png_bytes())}, headers=headers)  # fmt: skip


@pytest.fixture
def editor_browser(staff_user):
    """An editor's browser: Django's CSRF checks enforced, the CSRF cookie set by a page."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user(roles.EDITORS))
    client.get(reverse("admin:lines_section_add"))
    return client, client.cookies["csrftoken"].value


def test_the_upload_url_is_the_one_ckeditor_is_configured_with(settings):
    assert reverse("richtext_upload") == UPLOAD
    assert settings.CKEDITOR_CONFIGS["default"]["uploadUrl"] == UPLOAD


def test_an_upload_with_the_csrf_header_from_our_own_page_is_stored(editor_browser, settings):
    client, token = editor_browser
    response = post(client, token=token)
    assert response.status_code == 200, response.content
    assert (settings.MEDIA_ROOT / "richtext" / response.json()["fileName"]).exists()


@pytest.mark.parametrize(
    ("token", "origin"),
    [(False, "http://testserver"), (True, "null"), (True, "https://evil.example"), (False, None)],
    ids=["no token", "Origin null", "another origin", "no token, no origin"],
)
def test_an_upload_without_the_token_or_from_elsewhere_is_refused(editor_browser, token, origin, settings):  # fmt: skip
    client, csrf_token = editor_browser
    response = post(client, token=csrf_token if token else None, origin=origin)
    assert response.status_code == 403
    assert not (settings.MEDIA_ROOT / "richtext").exists()


@pytest.mark.parametrize(
    ("role", "status"),
    [
        (roles.EDITORS, 200),
        (SUPERUSER, 200),
        (roles.ATTENTION, 403),
        (roles.DIRECTORATE, 403),
        ("staff without a group", 403),
        (ANONYMOUS, 302),
    ],  # fmt: skip
)
def test_only_staff_who_may_change_rich_text_content_upload(client, login_as, role, status, settings):  # fmt: skip
    if role == "staff without a group":
        client.force_login(User.objects.create_user("sin-grupo", is_staff=True))
    else:
        login_as(role)
    response = post(client)
    assert response.status_code == status
    if status == 403:
        assert response.json() == {
            "uploaded": 0,
            "error": {"message": "Tu cuenta no puede subir imágenes."},
        }
    if status == 302:
        assert response["Location"].startswith(reverse("admin:login"))
    assert (settings.MEDIA_ROOT / "richtext").exists() == (status == 200)


def test_ckeditor_sends_the_token_from_the_admin_page(settings, client, login_as):
    """The editor reads the token from the page it runs in (a static script, no inline one) and
    sends it as X-CSRFToken with every upload (fileTools_requestHeaders)."""
    config = settings.CKEDITOR_CONFIGS["default"]
    assert config["customConfig"].endswith("js/ckeditor-config.js")
    script = (settings.BASE_DIR / "static" / "js" / "ckeditor-config.js").read_text()
    assert "fileTools_requestHeaders" in script and "X-CSRFToken" in script
    login_as(roles.EDITORS)
    page = client.get(reverse("admin:lines_section_add")).content.decode()
    assert 'name="csrfmiddlewaretoken"' in page
