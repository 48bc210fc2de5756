"""Two-factor sign-in (django-otp, TOTP): required in production for superusers and the
Atención group (who can export and erase personal data), optional for the other staff. After the
password, a required user reaches no admin or staff page before a valid code; one without a
device is sent to enrol, with a QR code drawn on the server."""

import datetime
import re
from base64 import b32decode
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from infomigra import roles
from infomigra.tests.test_permissions import CASES
from infomigra.tests.test_permissions import test_role_url_table as role_url_table

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 10, 5, 15, 0, tzinfo=datetime.UTC)
SETUP, VERIFY = "admin:two_factor_setup", "admin:two_factor_verify"


@pytest.fixture
def required(settings):
    """Production's rule (tests otherwise run with two-factor sign-in optional for everyone)."""
    settings.OTP_REQUIRED_FOR = ("superuser", roles.ATTENTION)


def es(name):
    with translation.override("es"):
        return reverse(name)


def token(device):
    """The code the phone shows now: django-otp's TOTP on the device's own key."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return str(totp.token()).zfill(device.digits)


def sent_to(response, name, next_url):
    location = urlsplit(response["Location"])
    return (
        response.status_code == 302
        and location.path == reverse(name)
        and parse_qs(location.query)["next"] == [next_url]
    )


@pytest.fixture
def superuser(client):
    user = User.objects.create_superuser("root", password="x")
    client.force_login(user)  # the password step, as the admin login does it
    return user


@pytest.mark.parametrize(
    "page",
    [
        lambda: reverse("admin:index"),
        lambda: reverse("admin:contact_contactmessage_changelist"),
        lambda: reverse("admin:contact_personal_data"),
        lambda: reverse("admin:password_change"),
        lambda: reverse("admin:contact_attention_quick"),
        lambda: es("stats:report"),
    ],
    ids=["index", "messages", "personal data", "password", "quick entry", "report"],
)
def test_a_required_user_without_a_device_is_sent_to_enrol(client, required, superuser, page):
    url = page()
    assert sent_to(client.get(url), SETUP, url)
    assert sent_to(client.post(url, {}), SETUP, url)


def test_the_attention_group_is_required_too(client, required, staff_user):
    client.force_login(staff_user(roles.ATTENTION))
    assert sent_to(client.get("/admin/"), SETUP, "/admin/")


@pytest.mark.parametrize("group", [roles.EDITORS, roles.DIRECTORATE])
def test_optional_users_get_in_without_a_device(client, required, staff_user, group):
    client.force_login(staff_user(group))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "admin/index.html" in [t.name for t in response.templates]
    assert f'href="{reverse(SETUP)}"' in response.content.decode()  # they may enrol


def test_enrolling_shows_a_qr_code_and_confirms_with_a_right_code(client, required, superuser):
    with time_machine.travel(NOW, tick=False) as traveller:
        page = client.get(reverse(SETUP) + "?next=/admin/contact/")
        assert page.status_code == 200
        html = page.content.decode()
        qr = re.search(r'<div role="img" aria-label="[^"]*">(.*?)</div>', html, re.S).group(1)
        assert qr.startswith("<svg") and "<path" in qr  # drawn here, fetched from nobody
        assert "<script" not in qr and "href" not in qr
        device = TOTPDevice.objects.get(user=superuser, confirmed=False)
        shown_key = re.search(r'<code class="otp-key">([A-Z2-7 ]+)</code>', html).group(1)
        assert b32decode(shown_key.replace(" ", "")) == device.bin_key  # to type it instead

        wrong = client.post(reverse(SETUP) + "?next=/admin/contact/", {"otp_token": "000000"})
        assert wrong.status_code == 400
        assert "El código no es correcto" in unescape(wrong.content.decode())
        assert sent_to(client.get("/admin/"), SETUP, "/admin/")

        traveller.shift(datetime.timedelta(seconds=2))  # past django-otp's throttle (1 s)
        right = client.post(reverse(SETUP) + "?next=/admin/contact/", {"otp_token": token(device)})
        device.refresh_from_db()
        assert device.confirmed
        assert right.status_code == 302 and right["Location"] == "/admin/contact/"
        assert client.get("/admin/").status_code == 200


def test_with_a_device_a_wrong_code_is_refused_and_a_right_one_lets_in(client, required, superuser):
    device = TOTPDevice.objects.create(user=superuser, name="Teléfono", confirmed=True)
    with time_machine.travel(NOW, tick=False) as traveller:
        assert sent_to(client.get("/admin/"), VERIFY, "/admin/")
        assert sent_to(client.get(reverse(SETUP)), VERIFY, reverse(SETUP))  # no second device
        form = client.get(reverse(VERIFY) + "?next=/admin/")
        assert form.status_code == 200
        assert 'name="otp_token"' in form.content.decode()

        wrong = client.post(
            reverse(VERIFY) + "?next=/admin/",
            {"otp_device": device.persistent_id, "otp_token": "000000"},
        )
        assert wrong.status_code == 400
        assert "El código no es correcto" in unescape(wrong.content.decode())
        assert sent_to(client.get("/admin/"), VERIFY, "/admin/")

        traveller.shift(datetime.timedelta(seconds=2))  # past django-otp's throttle (1 s)
        right = client.post(
            reverse(VERIFY) + "?next=/admin/",
            {"otp_device": device.persistent_id, "otp_token": token(device)},
        )
        assert right.status_code == 302 and right["Location"] == "/admin/"
        response = client.get("/admin/")
        assert response.status_code == 200
        assert "admin/index.html" in [t.name for t in response.templates]


def test_an_optional_user_who_enrolled_is_asked_for_the_code(client, required, staff_user):
    editor = staff_user(roles.EDITORS)
    TOTPDevice.objects.create(user=editor, name="Teléfono", confirmed=True)
    client.force_login(editor)
    assert sent_to(client.get("/admin/"), VERIFY, "/admin/")


def test_another_users_device_does_not_verify(client, required, superuser):
    other = User.objects.create_superuser("otra", password="x")
    theirs = TOTPDevice.objects.create(user=other, name="Suyo", confirmed=True)
    TOTPDevice.objects.create(user=superuser, name="Mío", confirmed=True)
    with time_machine.travel(NOW, tick=False):  # the session lives in the same hour
        response = client.post(
            reverse(VERIFY), {"otp_device": theirs.persistent_id, "otp_token": token(theirs)}
        )
        assert response.status_code == 400
        assert sent_to(client.get("/admin/"), VERIFY, "/admin/")


def test_the_next_page_stays_on_this_site(client, required, superuser):
    device = TOTPDevice.objects.create(user=superuser, name="Teléfono", confirmed=True)
    with time_machine.travel(NOW, tick=False):
        response = client.post(
            reverse(VERIFY) + "?next=https://evil.example/",
            {"otp_device": device.persistent_id, "otp_token": token(device)},
        )
    assert response.status_code == 302 and response["Location"] == reverse("admin:index")


def test_a_pending_user_may_still_sign_out(client, required, superuser):
    response = client.post(reverse("admin:logout"))
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_verification_pages_need_a_staff_sign_in(client, required):
    for name in (SETUP, VERIFY):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert urlsplit(response["Location"]).path == reverse("admin:login")


def test_in_development_everybody_is_optional(client, settings, superuser):
    settings.OTP_REQUIRED_FOR = ()
    assert client.get("/admin/").status_code == 200


def test_production_requires_it_by_default():
    import subprocess
    import sys

    from django.conf import settings

    code = "from django.conf import settings; print(sorted(settings.OTP_REQUIRED_FOR))"
    env = {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "x" * 64,
        "DJANGO_ALLOWED_HOSTS": "infomigra.example.pe",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip() == str(sorted(["superuser", roles.ATTENTION])), result.stderr


@pytest.mark.parametrize(("page", "role", "expected"), CASES)
def test_the_role_table_holds_with_two_factor_required(
    client, login_as, required, page, role, expected
):
    """`login_as` gives the session its code where the rule asks for one: the role x URL table
    then holds in production as in development."""
    role_url_table(client, login_as, page, role, expected)


def test_after_the_password_the_admin_asks_for_the_code(client, required):
    User.objects.create_superuser("root", password="clave-larga-2026")
    response = client.post(
        reverse("admin:login"),
        {"username": "root", "password": "clave-larga-2026", "next": "/admin/"},
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert sent_to(client.get("/admin/"), SETUP, "/admin/")
