"""Who is asking: the one client address the whole site trusts (rate limits, login throttling,
statistics). It is read from the request and never stored as it is."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or — when `TRUSTED_PROXY_COUNT` says N proxies stand in front — the address
    N hops from the right of X-Forwarded-For: the one the outermost of our proxies saw. Entries
    further left are the client's own to forge, so they are never read. A missing, short or
    malformed header falls back to REMOTE_ADDR (the proxy's own address)."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(hops) < proxies:
        return remote
    try:
        return str(ipaddress.ip_address(hops[-proxies].strip()))
    except ValueError:
        return remote
