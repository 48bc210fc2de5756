"""Whole public pages for anonymous visitors, served from the shared cache.

What is cached: the HTML of a GET that a public view answered 200 (its response carries a
`PortalPage`), per address (the language is in it), for visitors with no session and no pending
message; with a query string (a search, a filter) for QUERY_SECONDS only. Staff, logged-in users
and previews (they carry a session) are rendered every time.

Staying right:
- **Edits** — saving or deleting anything public pages show (content registered with
  django-reversion, anything with a `published()` rule, or a model that says
  `shown_on_public_pages = True`) moves the *generation* on: every cached page of the old
  generation is dead at once. Restoring a version saves the models, so it counts as an edit.
  Code that changes such rows with `QuerySet.update()` calls `pages_changed()` itself.
- **Scheduled publication** — a page is kept no longer than the next moment the public set
  changes by itself (`Visible.next_public_change()`: a `publish_at` reached; midnight for
  dates), so the item appears at its time.
- **Cheap hits** — a hit is one cache round trip (the generation and the page together).
- **Not only pages** — the sitemap and the feeds are kept too (`cached_publicly`).
- **Visits** — the statistics middleware sits outside this one: a page served from the cache is
  logged like any other (the cached entry keeps its `PortalPage`).
- **CSRF** — forms keep a token per visitor: the tokens in the HTML are stored as a placeholder
  and a fresh one (for the visitor's own cookie) is written in on every hit. The hit is answered
  after every other middleware has read the request (`CsrfViewMiddleware` the visitor's cookie)
  and before the address is resolved.

Django's own per-site cache middleware is not used: it keys on `Vary: Cookie` (every visitor's
CSRF cookie would be a separate entry), knows nothing of publication times, and cannot keep the
`PortalPage` the statistics need.
"""

import datetime
import functools
import hashlib
import logging
import re
import secrets

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.middleware.csrf import get_token
from django.utils import timezone

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
NEXT_CHANGE_KEY = "pages:next-change:{generation}"
TOKEN_PLACEHOLDER = "__CSRF_TOKEN_PLACEHOLDER__"  # noqa: S105 (a marker, not a secret)
TOKEN_PATTERN = re.compile(r'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{32,64}(")')
KEPT_HEADERS = (
    "Content-Type",
    "Content-Disposition",
    "Content-Language",
    "Link",
    "X-Robots-Tag",
)
# A page with a query string (a search, a filter, a page of a list) is kept for a short while
# only: anybody can invent addresses, and those entries should not crowd out the pages.
QUERY_SECONDS = 60


def keep_private(response):
    """A staff preview (a draft, pending changes): never kept by a cache on the way, never
    indexed. (This cache and the statistics already leave staff's pages alone: they carry a
    session.)"""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


# --- The generation ---------------------------------------------------------------------------


def pages_changed(**kwargs):
    """Every cached page is out of date (something they may show changed)."""
    try:
        cache.set(GENERATION_KEY, secrets.token_hex(8), None)
    except Exception:  # the cache is down: nothing is served from it either
        logger.warning("Page cache unreachable: generation not moved on")


def _next_public_change(now):
    """The earliest moment after `now` when what the public sees changes by itself: a scheduled
    item's time, or the next local midnight (news dates, contests' days, "today")."""
    from .models import Visible

    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    midnight = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
    moments = [
        moment
        for model in apps.get_models()
        if issubclass(model, Visible) and (moment := model.next_public_change(now)) is not None
    ]
    return min([midnight, *moments])


def _lifetime(generation, now):
    """Seconds a page rendered now may be kept: never past the next scheduled change. That
    moment is worked out once per generation (and again once it has passed)."""
    key = NEXT_CHANGE_KEY.format(generation=generation)
    next_change = cache.get(key)
    if next_change is None or next_change <= now.timestamp():
        next_change = _next_public_change(now).timestamp()
        cache.set(key, next_change, seconds() * 10)
    return min(seconds(), int(next_change - now.timestamp()))


def shown_on_public_pages(model):
    from reversion import is_registered

    from .models import Visible

    return (
        getattr(model, "shown_on_public_pages", False)
        or issubclass(model, Visible)
        or is_registered(model)
    )


def _changed_now_and_on_commit():
    # At once (this process's next request must not be served the old page) and again when the
    # transaction commits: a page another process rendered from the not yet committed data in
    # between would otherwise be kept under the new generation.
    pages_changed()
    transaction.on_commit(pages_changed, robust=True)


def _on_change(sender, **kwargs):
    if shown_on_public_pages(sender):
        _changed_now_and_on_commit()


def _on_m2m_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and shown_on_public_pages(type(instance)):
        _changed_now_and_on_commit()


def connect_signals():
    post_save.connect(_on_change, dispatch_uid="infomigra_pagecache_save")
    post_delete.connect(_on_change, dispatch_uid="infomigra_pagecache_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="infomigra_pagecache_m2m")


# --- The middleware ---------------------------------------------------------------------------


def _request_cacheable(request):
    if request.method not in ("GET", "HEAD") or not seconds():
        return False
    # A session (a logged-in editor, a preview, a visitor between two steps) or a pending message
    # makes the page personal.
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    address = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"pages:{getattr(request, 'LANGUAGE_CODE', '')}:{address}"


class PageCacheMiddleware:
    """Serves and stores anonymous visitors' public pages (see the module's docstring). Listed
    after the statistics middleware, so that every page served from here is still counted."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Looked up before the URL is resolved (a fifth of a hit's cost): every middleware before
        # this one has read the request (language, the visitor's CSRF cookie, the session), and
        # only an address that answered 200 was ever stored.
        hit = self._lookup(request)
        if hit is not None:
            return hit
        response = self.get_response(request)
        key = getattr(request, "_page_cache_key", None)
        if key is not None:
            self._store(request, response, key)
        return response

    def _lookup(self, request):
        if not _request_cacheable(request):
            return None
        key = _key(request)
        try:  # one round trip: the generation and the page
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:
            logger.warning("Page cache unreachable: page rendered", exc_info=True)
            return None
        generation, entry = found.get(GENERATION_KEY), found.get(key)
        request._page_cache_key = key
        request._page_cache_generation = generation
        if entry is None or generation is None or entry["generation"] != generation:
            return None
        return self._response(request, entry)

    def _store(self, request, response, key):
        public = getattr(response, "portal_page", None) is not None or getattr(
            response, "cached_publicly", False
        )
        if response.status_code != 200 or not public or response.streaming or response.cookies:
            return
        try:
            generation = request._page_cache_generation
            if generation is None:
                pages_changed()
                generation = cache.get(GENERATION_KEY)
            timeout = _lifetime(generation, timezone.now())
            if request.GET:
                timeout = min(timeout, QUERY_SECONDS)
            content = response.content  # bytes: a PDF is kept as it is
            if response.get("Content-Type", "").startswith("text/html"):
                content = content.decode(response.charset)
                content = TOKEN_PATTERN.sub(rf"\g<1>{TOKEN_PLACEHOLDER}\g<2>", content)
            entry = {
                "generation": generation,
                "content": content,
                "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
                "portal_page": getattr(response, "portal_page", None),
            }
            if timeout > 0:
                cache.set(key, entry, timeout)
        except Exception:
            logger.warning("Page cache unreachable: page not stored", exc_info=True)

    def _response(self, request, entry):
        from django.http import HttpResponse

        content = entry["content"]
        if isinstance(content, str) and TOKEN_PLACEHOLDER in content:
            content = content.replace(TOKEN_PLACEHOLDER, get_token(request))
        response = HttpResponse(content)
        for name, value in entry["headers"].items():
            response[name] = value
        if entry["portal_page"] is not None:
            response.portal_page = entry["portal_page"]
        response["X-Page-Cache"] = "hit"
        return response


def cached_publicly(view):
    """Let the page cache keep what `view` answers though it is not a portal page (the sitemap,
    the feeds): the same generation, schedule and per-language rules apply."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.cached_publicly = True
        return response

    return wrapper
