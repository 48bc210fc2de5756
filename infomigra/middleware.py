"""Request and response guards every page shares: the security headers (Content-Security-Policy
by path, Permissions-Policy, Cross-Origin-Resource-Policy) and the refusal of NUL characters."""

from functools import cache
from urllib.parse import unquote

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse

from .errors import bad_request


@cache
def admin_prefix():
    return reverse("admin:index")


def permissions_policy(features):
    """`{"camera": [], "fullscreen": ["self", "https://x"]}` → `camera=(), fullscreen=(self
    "https://x")` (the header's structured-field syntax; origins quoted, `self` not)."""

    def allowlist(allowed):
        return " ".join(item if item == "self" else f'"{item}"' for item in allowed)

    return ", ".join(f"{feature}=({allowlist(allowed)})" for feature, allowed in features.items())


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy chosen by path: the strict
    CONTENT_SECURITY_POLICY everywhere, CONTENT_SECURITY_POLICY_ADMIN under the admin (CKEditor 4
    runs inline script, eval and inline styles there). It also adds the two headers Django has
    no setting for, Permissions-Policy and Cross-Origin-Resource-Policy: one fixed value each,
    written here rather than with another dependency (django-permissions-policy reads the same
    PERMISSIONS_POLICY dictionary, should the list of features ever need more)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path.startswith(admin_prefix()):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault(
            "Permissions-Policy", permissions_policy(settings.PERMISSIONS_POLICY)
        )
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response


class RejectNulMiddleware:
    """A NUL character in the address or the query string answers 400; a cookie holding one is
    ignored. PostgreSQL refuses NUL in text, so such a value would otherwise turn the first query
    that uses it (a reference, a slug, a search, a session key) into a 500. One check for the
    whole site, before the session is read; forms refuse NUL on their own (Django's CharField).

    A path that starts like a scheme-relative address (`//evil.example/es/`, `/\\evil…`) answers
    400 too: no page of ours starts so, and the error page's language switch would otherwise
    turn it into a link to that other host."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or "\x00" in unquote(request.META.get("QUERY_STRING", ""))
            or request.path.startswith(("//", "/\\"))
        ):
            return bad_request(request)
        for name in [name for name, value in request.COOKIES.items() if "\x00" in value]:
            del request.COOKIES[name]
        return self.get_response(request)
