"""Admin sign-in is throttled by django-axes: five wrong passwords lock the account (whatever the
client) and the client (whatever the account) for fifteen minutes, on the trusted client address;
the lockout page is ours and translated."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import User
from django.urls import reverse

from infomigra import roles

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
ATTACKER, COLLEAGUE = "203.0.113.66", "198.51.100.23"
PASSWORD = "contraseña-correcta-2026"  # noqa: S105
NOW = datetime.datetime(2026, 10, 5, 15, 0, tzinfo=datetime.UTC)
LOCKED = "Acceso bloqueado temporalmente"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True  # the root conftest turns it off for client.login()
    settings.TRUSTED_PROXY_COUNT = 1
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)


@pytest.fixture
def accounts(staff_user):
    admin = User.objects.create_superuser("admin", password=PASSWORD)
    editor = staff_user(roles.EDITORS, "editora", password=PASSWORD)
    return admin, editor


def sign_in(client, username, password, address):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_forty_wrong_passwords_lock_the_account_and_the_client(client, axes_on, accounts):
    with time_machine.travel(NOW, tick=False):
        statuses = [
            sign_in(client, "admin", f"intento-{n}", ATTACKER).status_code for n in range(40)
        ]
        assert statuses[:4] == [200] * 4  # the form again, with its error
        assert set(statuses[4:]) == {429}
        right = sign_in(client, "admin", PASSWORD, ATTACKER)
        assert right.status_code == 429
        html = right.content.decode()
        assert LOCKED in html and "15 minutos" in html
        assert "admin/lockout.html" in [t.name for t in right.templates]
        assert "_auth_user_id" not in client.session
        # The account is locked from anywhere, the client for any account ...
        assert sign_in(client, "admin", PASSWORD, COLLEAGUE).status_code == 429
        assert sign_in(client, "editora", PASSWORD, ATTACKER).status_code == 429
        # ... and nobody else is: another client with another account signs in.
        assert signed_in(sign_in(client, "editora", PASSWORD, COLLEAGUE))


def test_the_lockout_ends_after_the_cool_off(client, axes_on, accounts):
    with time_machine.travel(NOW, tick=False) as traveller:
        for n in range(5):
            sign_in(client, "admin", f"intento-{n}", ATTACKER)
        assert sign_in(client, "admin", PASSWORD, ATTACKER).status_code == 429
        traveller.shift(datetime.timedelta(minutes=16))
        assert signed_in(sign_in(client, "admin", PASSWORD, ATTACKER))


def test_one_client_trying_many_accounts_is_stopped(client, axes_on, accounts):
    statuses = [sign_in(client, f"usuario-{n}", "x", ATTACKER).status_code for n in range(5)]
    assert statuses == [200] * 4 + [429]
    assert sign_in(client, "editora", PASSWORD, ATTACKER).status_code == 429
    assert signed_in(sign_in(client, "editora", PASSWORD, COLLEAGUE))


def test_failures_from_behind_the_proxy_are_not_everyones(client, axes_on, accounts):
    """Without the trusted hop every visitor would be the proxy: one attacker would lock all."""
    for n in range(5):
        sign_in(client, f"usuario-{n}", "x", ATTACKER)
    for n, address in enumerate(f"192.0.2.{i}" for i in range(1, 4)):
        assert signed_in(sign_in(client, "editora", PASSWORD, address)), n
        client.logout()


def test_an_administrator_unlocks_an_account_early(client, axes_on, accounts):
    from django.core.management import call_command

    for n in range(5):
        sign_in(client, "admin", f"intento-{n}", ATTACKER)
    assert sign_in(client, "admin", PASSWORD, COLLEAGUE).status_code == 429
    call_command("axes_reset_username", "admin", stdout=None)
    assert signed_in(sign_in(client, "admin", PASSWORD, COLLEAGUE))
    client.logout()
    assert sign_in(client, "editora", PASSWORD, ATTACKER).status_code == 429  # still the client


def test_no_address_is_written_to_the_database(client, axes_on, accounts):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for n in range(6):
        sign_in(client, "admin", f"intento-{n}", ATTACKER)
    sign_in(client, "editora", PASSWORD, COLLEAGUE)
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists()
    assert not AccessFailureLog.objects.exists()


def test_the_lockout_page_speaks_english_to_an_english_browser(client, axes_on, accounts):
    with time_machine.travel(NOW, tick=False):
        for n in range(5):
            sign_in(client, "admin", f"intento-{n}", ATTACKER)
        response = client.post(
            reverse("admin:login"),
            {"username": "admin", "password": PASSWORD, "next": "/admin/"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=ATTACKER,
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 429
    html = response.content.decode()
    assert "Access temporarily blocked" in html and "15 minutes" in html
