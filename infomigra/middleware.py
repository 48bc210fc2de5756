"""Request and response guards every page shares: the security headers (Content-Security-Policy
by path, Permissions-Policy, Cross-Origin-Resource-Policy)."""

from functools import cache

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


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
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_prefix())
        ):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault(
            "Permissions-Policy", permissions_policy(settings.PERMISSIONS_POLICY)
        )
        response.headers.setdefault(
            "Cross-Origin-Resource-Policy", settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY
        )
        return response
