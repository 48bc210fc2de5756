"""A per-client rate limit kept in the cache. The client is known only by a keyed hash of its
address and browser, which lives no longer than the window; no IP address is ever stored."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def client_fingerprint(request):
    raw = f"{request.META.get('REMOTE_ADDR', '')}|{request.META.get('HTTP_USER_AGENT', '')}"
    return hmac.new(settings.SECRET_KEY.encode(), raw.encode(), hashlib.sha256).hexdigest()[:32]


def allow(request, *, scope, limit, window_seconds):
    """Count one more action of `scope` by this client; False once it passes `limit` within
    `window_seconds`."""
    key = f"ratelimit:{scope}:{client_fingerprint(request)}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window_seconds)
        return True
    return count <= limit
