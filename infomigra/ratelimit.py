"""The public forms' rate limits: django-ratelimit, counting in the shared cache per client.

The client is its trusted address (`infomigra.client.client_ip`; an IPv6 client by its /64
network), known to the cache only through a keyed hash that django-ratelimit hashes again into
the cache key: no address is stored, and the browser's User-Agent plays no part.

This wrapper exists for one reason: when the cache is unreachable, django-ratelimit lets the
backend's error through (Django's Redis cache raises on every call), and a visitor's message
must not be lost because Redis is — so the limit is skipped, and the skip is logged."""

import hashlib
import hmac
import ipaddress
import logging

from django.conf import settings
from django_ratelimit.core import get_usage

from .client import client_ip

logger = logging.getLogger(__name__)


def client_key(group, request):
    """django-ratelimit's `key`: a keyed hash of the client's address (its /64 for IPv6, which
    one household or phone holds whole)."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        network = address
    else:
        prefix = 64 if parsed.version == 6 else 32
        network = str(ipaddress.ip_network(f"{parsed}/{prefix}", strict=False))
    digest = hmac.new(settings.SECRET_KEY.encode(), network.encode(), hashlib.sha256)
    return digest.hexdigest()


def allow(request, *, scope, rate):
    """Count one more action of `scope` (e.g. "contact") by this client; False once it passes
    `rate` ("5/10m": five per ten-minute window)."""
    try:
        usage = get_usage(
            request, group=f"infomigra.{scope}", key=client_key, rate=rate, increment=True
        )
    except Exception as error:  # noqa: BLE001 — any cache backend's failure: fail open
        logger.error("Cache unavailable, rate limit not applied to %s: %r", scope, error)
        return True
    return usage is None or not usage["should_limit"]
