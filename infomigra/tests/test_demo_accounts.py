"""`make run` lets a newcomer try every role: with DJANGO_SUPERUSER_PASSWORD set, the superuser
and one account per staff group, each of which logs in and reaches what its group may."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_demo_accounts_one_per_group_with_the_superuser_password(client, monkeypatch, settings):
    settings.DEBUG = True
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "prueba-2026")
    call_command("ensure_superuser", "--demo-accounts", stdout=None)
    call_command("ensure_superuser", "--demo-accounts", stdout=None)  # a second run keeps them

    users = {u.username: u for u in get_user_model().objects.all()}
    assert set(users) == {"admin", "editora", "atencion", "direccion"}
    assert users["admin"].is_superuser
    groups = {name: [g.name for g in users[name].groups.all()] for name in users}
    assert groups == {
        "admin": [],
        "editora": ["Editores"],
        "atencion": ["Atención"],
        "direccion": ["Dirección"],
    }
    expected = {  # what each role reaches with that password
        "editora": {"/admin/lines/section/": 200, reverse("stats:report"): 403},
        "atencion": {"/admin/contact/contactmessage/": 200, "/admin/lines/section/": 403},
        "direccion": {reverse("stats:report"): 200, "/admin/contact/contactmessage/": 403},
    }
    for name, urls in expected.items():
        assert client.login(username=name, password="prueba-2026")
        assert {url: client.get(url).status_code for url in urls} == urls
        client.logout()


def test_demo_accounts_are_refused_in_production(monkeypatch, settings):
    settings.DEBUG = False
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "prueba-2026")
    with pytest.raises(CommandError, match="development only"):
        call_command("ensure_superuser", "--demo-accounts")
    assert not get_user_model().objects.exists()


def test_without_a_password_no_account_is_created(monkeypatch, settings):
    settings.DEBUG = True
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    call_command("ensure_superuser", "--demo-accounts")
    assert not get_user_model().objects.exists()
