"""Security headers under the production settings: the Observatory's rules give the public pages
A+, the public pages need no inline script or style, the admin gets a looser policy of its own,
and CKEditor's demo and test pages are not served."""

import runpy
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from complementary.models import Video
from complementary.tests.factories import NewsItemFactory, VideoFactory
from infomigra import roles
from lines.tests.factories import ActionLineFactory, SectionFactory

from .observatory import parse_csp, scan

pytestmark = pytest.mark.django_db
HOST = "infomigra.example.pe"
# What the tests need of their own (a database, fast hashing, files in a temporary folder).
KEPT = {"DATABASES", "STORAGES", "STATIC_ROOT", "MEDIA_ROOT", "EMAIL_BACKEND", "PASSWORD_HASHERS",
        "CACHES", "LOGGING"}  # fmt: skip


@pytest.fixture
def production(settings, monkeypatch):
    """The settings module as production evaluates it (DEBUG off, a secret key, one host),
    applied over the test settings except for what the tests keep of their own."""
    for name in ("DJANGO_DEBUG", "DJANGO_SECURE_SSL_REDIRECT", "DJANGO_SECURE_HSTS_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DJANGO_SECRET_KEY", "p" * 64)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", HOST)
    values = runpy.run_path(str(Path(django_settings.BASE_DIR) / "infomigra" / "settings.py"))
    assert values["DEBUG"] is False
    for name, value in values.items():
        if name.isupper() and name not in KEPT:
            setattr(settings, name, value)
    return settings


def get(path, *, secure=True, client=None):
    return (client or Client()).get(path, secure=secure, headers={"host": HOST})


@pytest.fixture
def public_pages():
    line = ActionLineFactory(slug_es="trabajar-fuera")
    section = SectionFactory(line=line, slug_es="tramites")
    news = NewsItemFactory(slug_es="feria-laboral")
    video = VideoFactory(provider=Video.Provider.YOUTUBE, video_id="abcdefghijk")
    return ["/es/", "/en/", line.get_absolute_url(), section.get_absolute_url(),
            news.get_absolute_url(), video.get_absolute_url(), reverse("contact:contact"),
            reverse("search") + "?q=trabajo", reverse("lines:guide_list")]  # fmt: skip


def test_public_pages_get_an_a_plus_by_the_observatorys_rules(production, public_pages):
    for path in public_pages:
        response = get(path)
        assert response.status_code == 200, path
        result = scan(response, host=HOST, http_response=get(path, secure=False))
        assert result.score >= 100 and result.grade == "A+", f"{path}: {result}"
    # A form page sets the CSRF cookie: Secure and SameSite, so +5.
    form = scan(get(reverse("contact:contact")), host=HOST)
    assert form.results["cookies"] == ("cookies-secure-with-httponly-sessions-and-samesite", 5)


def test_the_public_policy_is_strict(production):
    policy = parse_csp(get("/es/")["Content-Security-Policy"])
    assert policy["default-src"] == {"'self'"}
    assert policy["object-src"] == {"'none'"}
    assert policy["base-uri"] == {"'self'"}
    assert policy["frame-ancestors"] == {"'none'"}
    assert policy["form-action"] == {"'self'"}
    assert policy["frame-src"] == {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}
    assert not any("unsafe" in source for sources in policy.values() for source in sources)


def test_frame_src_admits_exactly_the_hosts_videos_are_embedded_from(production):
    frame_src = parse_csp(get("/es/")["Content-Security-Policy"])["frame-src"]
    embedded = {
        "https://" + Video(provider=provider, video_id="abcdefghijk").embed_url.split("/")[2]
        for provider in Video.Provider
    }
    assert embedded == frame_src


def test_other_headers_every_response_carries(production):
    response = get("/es/")
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    features = dict(
        item.strip().split("=", 1) for item in response["Permissions-Policy"].split(",")
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "serial", "bluetooth",
                    "hid", "midi", "display-capture", "browsing-topics"):  # fmt: skip
        assert features[feature] == "()", feature
    # The video player may go full screen; nothing else may.
    assert features["fullscreen"] == (
        '(self "https://www.youtube-nocookie.com" "https://player.vimeo.com")'
    )
    # An error page carries the same headers as any other.
    missing = get("/es/no-existe/")
    assert missing.status_code == 404
    assert missing["Content-Security-Policy"] == response["Content-Security-Policy"]
    assert missing["Permissions-Policy"] == response["Permissions-Policy"]


class _InlineCode(HTMLParser):
    """What a strict policy would block: inline scripts, <style>, style= and on…= attributes."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script" and not attributes.get("src") and attributes.get("type") != "application/json":  # fmt: skip
            self.found.append("<script> without src")
        if tag == "style":
            self.found.append("<style>")
        self.found += [f"{tag} {name}=" for name in attributes if name == "style" or name.startswith("on")]  # fmt: skip


def test_public_pages_have_no_inline_script_or_style(client, public_pages):
    for path in public_pages:
        parser = _InlineCode()
        parser.feed(client.get(path).content.decode())
        assert parser.found == [], path


def test_the_admin_has_its_own_policy_for_ckeditor_without_wildcards(production, login_as):
    client = Client()
    user = login_as(roles.EDITORS)
    client.force_login(user)
    response = get(reverse("admin:lines_section_add"), client=client)
    assert response.status_code == 200
    policy = parse_csp(response["Content-Security-Policy"])
    assert {"'unsafe-inline'", "'unsafe-eval'"} <= policy["script-src"]
    assert policy["object-src"] == {"'none'"} and policy["frame-ancestors"] == {"'none'"}
    assert policy["form-action"] == {"'self'"} and policy["base-uri"] == {"'self'"}
    sources = {source for values in policy.values() for source in values}
    assert not any("*" in source for source in sources), sources
    assert not sources & {"http:", "https:", "data:"} - policy.get("img-src", set())
    # The public policy stays strict for the same signed-in editor.
    public = parse_csp(get("/es/", client=client)["Content-Security-Policy"])
    assert "'unsafe-inline'" not in public["default-src"] | public.get("script-src", set())


DEMO_FILES = [
    "ckeditor/ckeditor/plugins/exportpdf/tests/manual/integration.html",
    "ckeditor/ckeditor/plugins/preview/preview.html",
    "ckeditor/ckeditor/plugins/wsc/dialogs/ciframe.html",
    "ckeditor/ckeditor/plugins/exportpdf/tests/_helpers/tools.js",
]


@pytest.mark.parametrize("path", DEMO_FILES)
def test_ckeditors_demo_and_test_files_are_not_found(path):
    assert finders.find(path) is None
    assert finders.find("ckeditor/ckeditor/ckeditor.js") is not None


def test_collected_static_files_leave_ckeditors_demo_and_test_pages_out(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    call_command("collectstatic", "--noinput", "--link", verbosity=0)
    collected = {str(path.relative_to(settings.STATIC_ROOT)) for path in settings.STATIC_ROOT.rglob("*")}  # fmt: skip
    assert "ckeditor/ckeditor/ckeditor.js" in collected
    assert not [path for path in collected if path.startswith("ckeditor/") and path.endswith(".html")]  # fmt: skip
    assert not [path for path in collected if "/tests/" in path or "/samples/" in path]
    # whitenoise serves what was collected, and nothing else.
    client = Client()
    assert client.get("/static/ckeditor/ckeditor/ckeditor.js").status_code == 200
    for path in DEMO_FILES:
        assert client.get(f"/static/{path}").status_code == 404
