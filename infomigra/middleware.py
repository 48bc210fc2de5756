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

    # A view may change its own policy with django-csp's decorators, which leave these on the
    # response; without them the policy depends only on the path's side (admin or public).
    PER_RESPONSE = ("_csp_exempt", "_csp_config", "_csp_update", "_csp_replace")

    def __init__(self, get_response):
        super().__init__(get_response)
        self.permissions_policy = permissions_policy(settings.PERMISSIONS_POLICY)
        self.built = {}  # admin? → the Content-Security-Policy header, built once per process

    def process_response(self, request, response):
        per_response = any(
            hasattr(response, name) or hasattr(response, f"{name}_ro") for name in self.PER_RESPONSE
        )
        side = request.path.startswith(admin_prefix())
        if settings.DEBUG or per_response or side not in self.built:
            response = super().process_response(request, response)
            if not settings.DEBUG and not per_response:
                self.built[side] = response.get("Content-Security-Policy")
        elif self.built[side]:
            # Building the policy from the settings is a third of a cached page's own cost.
            response.headers.setdefault("Content-Security-Policy", self.built[side])
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
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
