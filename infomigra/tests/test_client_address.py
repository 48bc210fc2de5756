"""One trusted client address for the whole site (rate limits, login throttling, statistics):
REMOTE_ADDR, or, behind `TRUSTED_PROXY_COUNT` proxies, the entry of X-Forwarded-For that the
outermost of them appended. Anything else in that header is the client's own to forge."""

import pytest
from django.test import RequestFactory

from infomigra.client import client_ip

PROXY = "10.0.0.2"  # the reverse proxy's own address, as gunicorn sees it


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, PROXY),
        (0, "203.0.113.7", PROXY),  # no proxy configured: anyone could send the header
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # the forged left entry is ignored
        (1, " 198.51.100.1 ,203.0.113.7 ", "203.0.113.7"),
        (2, "198.51.100.1, 203.0.113.7, 10.0.0.3", "203.0.113.7"),
        (1, "2001:db8::1", "2001:db8::1"),
        (1, "2001:DB8:0:0::1", "2001:db8::1"),  # one address, one spelling
        (1, None, PROXY),  # no header: the proxy forwarded nothing
        (1, "", PROXY),
        (2, "203.0.113.7", PROXY),  # fewer hops than proxies: a misconfiguration, not a client
        (1, "unknown", PROXY),
        (1, "203.0.113.7:4711", PROXY),
        (1, "198.51.100.1, 203.0.113.7\x00", PROXY),
        (1, "203.0.113.7, ", PROXY),  # an empty last hop is malformed, not skipped
        (1, "999.0.0.1", PROXY),
    ],
)
def test_the_trusted_hop_or_the_direct_peer(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, **headers)
    assert client_ip(request) == expected


def test_the_statistics_use_the_kernels_address():
    from stats import recording

    assert recording.client_ip is client_ip
