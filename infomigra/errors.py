"""Error pages the kernel answers itself, in the visitor's language: 400 (its template is also
the one Django shows for any other bad request) and the CSRF failure."""

from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.middleware.csrf import REASON_NO_CSRF_COOKIE
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme


def bad_request(request):
    """The 400 page, standalone like the 500 page: the request is what is wrong, so nothing in
    it is used but the language (from the address or the browser)."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        return HttpResponseBadRequest(loader.render_to_string("400.html"))


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW, instead of Django's bare English page: the site's layout in the
    visitor's language, with a link back to the form (a fresh copy carries a valid token)."""
    back_url = request.get_full_path()
    if not url_has_allowed_host_and_scheme(back_url, allowed_hosts=None):
        back_url = reverse("home")  # a path such as //evil.example leads home instead
    return render(
        request,
        "403_csrf.html",
        {"back_url": back_url, "no_cookie": reason == REASON_NO_CSRF_COOKIE},
        status=HttpResponseForbidden.status_code,
    )
