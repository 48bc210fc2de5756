"""The public forms' rate limits, in process: keyed on the trusted client address only (not the
browser), five per form per ten minutes (twenty answers an hour for "Was this page useful?"), and
open when the cache is down, so that nobody's message is lost because Redis is."""

import datetime
import logging
import socket

import pytest
import time_machine
from django.core.cache import cache
from django.test import RequestFactory

from contact.models import ContactMessage
from contact.tests.test_sent_pages import FORMS, data_for, url
from infomigra import ratelimit
from infomigra.models import PageFeedback

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
ALICE, BOB = "203.0.113.7", "198.51.100.23"
PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/130.0 Mobile"
NOW = datetime.datetime(2026, 10, 5, 15, 0, tzinfo=datetime.UTC)


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def frozen():
    """The clock stands still (the limit counts per fixed window), and can be moved on."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def post_from(client, address, *, agent=PHONE, form="contact", **changes):
    """A form sent by the visitor at `address`, through the proxy."""
    _name, data, *_rest = next(f for f in FORMS if f[0] == form)
    return client.post(
        url(form),
        {**data_for(data), **changes},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
        HTTP_USER_AGENT=agent,
    )


def test_one_visitor_is_limited_not_everyone_with_the_same_browser(client, behind_proxy, frozen):
    for _n in range(5):
        assert post_from(client, ALICE).status_code == 302
    refused = post_from(client, ALICE, message="Sexto mensaje")
    assert refused.status_code == 429
    assert "Has enviado varios mensajes en poco tiempo." in refused.content.decode()
    # Bob shares the proxy's address and the browser, and is not Alice.
    assert post_from(client, BOB, message="El primero de Bob").status_code == 302
    assert ContactMessage.objects.filter(message="El primero de Bob").exists()
    assert ContactMessage.objects.count() == 6


def test_rotating_the_browser_does_not_reset_the_limit(client, behind_proxy, frozen):
    for n in range(5):
        assert post_from(client, ALICE, agent=f"{PHONE} #{n}").status_code == 302
    for n in range(5, 8):
        assert post_from(client, ALICE, agent=f"Firefox/{n}.0").status_code == 429
    assert ContactMessage.objects.count() == 5


def test_the_limit_is_per_form_and_ends_with_its_window(client, behind_proxy, frozen):
    for _n in range(5):
        post_from(client, ALICE)
    assert post_from(client, ALICE).status_code == 429
    assert post_from(client, ALICE, form="voice").status_code == 302  # another form, its own
    frozen.shift(datetime.timedelta(minutes=10, seconds=5))
    assert post_from(client, ALICE).status_code == 302
    assert ContactMessage.objects.count() == 6


def test_a_forged_forwarded_entry_does_not_make_a_new_visitor(client, behind_proxy, frozen):
    for n in range(5):
        assert post_from(client, f"192.0.2.{n}, {ALICE}").status_code == 302
    assert post_from(client, f"192.0.2.99, {ALICE}").status_code == 429


def test_without_a_trusted_proxy_the_header_is_ignored(client, frozen):
    for n in range(5):
        assert post_from(client, f"192.0.2.{n}").status_code == 302
    assert post_from(client, "192.0.2.99").status_code == 429  # all come from PROXY


def test_feedback_allows_twenty_an_hour_per_visitor(client, behind_proxy, frozen):
    def useful(address):
        return client.post(
            "/es/opinion/",
            {"path": "/es/", "useful": "yes"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=address,
        )

    assert [useful(ALICE).status_code for _n in range(21)] == [302] * 20 + [429]
    assert useful(BOB).status_code == 302
    assert PageFeedback.objects.count() == 21


def test_no_address_is_kept_in_the_cache(client, behind_proxy, frozen):
    post_from(client, ALICE)
    keys = list(cache._cache)  # LocMemCache, as in the tests
    assert keys
    assert not any(ALICE in key for key in keys)
    assert not any(ALICE in str(value) for value in cache._cache.values())


def test_ipv6_visitors_are_counted_per_64_network(behind_proxy):
    factory = RequestFactory()

    def key(address):
        request = factory.post("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)
        return ratelimit.client_key("contact", request)

    assert key("2001:db8:1:2::1") == key("2001:db8:1:2:ffff::9")
    assert key("2001:db8:1:2::1") != key("2001:db8:1:3::1")
    assert key(ALICE) != key(BOB)
    assert ALICE not in key(ALICE)


def closed_port():
    """A port of this test's range that nobody listens on."""
    for port in range(8399, 8389, -1):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return port
    pytest.fail("no closed port in 8390-8399")


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


@pytest.mark.parametrize("form", FORMS, ids=[form[0] for form in FORMS])
def test_with_the_cache_down_the_form_still_stores_and_says_so_in_the_log(
    client, cache_down, caplog, form
):
    name, data, model, *_texts = form
    with caplog.at_level(logging.WARNING, logger="infomigra.ratelimit"):
        response = client.post(url(name), data_for(data))
    assert response.status_code == 302
    assert model.objects.count() == 1
    assert "rate limit not applied" in caplog.text


def test_with_the_cache_down_feedback_is_still_stored(client, cache_down):
    response = client.post("/es/opinion/", {"path": "/es/", "useful": "yes"})
    assert response.status_code == 302
    assert PageFeedback.objects.count() == 1
