"""Outside links that stay alive: every http(s) address the content points to, where it is used,
and what answering it gives today (`manage.py links_check`, shown on the admin dashboard).

What counts as a link: the value of every URL field, of every field validated as a public link,
and every `href` in rich text, in both languages, in every model of the portal's apps (drafts
too: editors want to fix a link before it goes live). Nothing is registered by hand, so a new
model's links are checked from the day it exists.

What is checked (with requests, one GET per address, the body not downloaded):
- the address answers 2xx directly — it works; if it is a site's home page and not the page of
  a procedure, it is a dead end for a migrant (`home_page`);
- it redirects — to a site's home page (`home_only`: the page it named is gone) or elsewhere
  (`redirect`: the link should be updated to where it now lives);
- 4xx, 5xx, no answer within the timeout, no connection at all.
"""

import html
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests
from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.utils import timezone

from .admin_site import admin_change_url
from .validators import PublicURLValidator

APPS = ("infomigra", "lines", "complementary", "contact")
HREF = re.compile(r"""href\s*=\s*["'](https?://[^"'\s<>]+)["']""", re.IGNORECASE)
USER_AGENT = "PeruInfoMigra-links-check/1.0 (+https://www.gob.pe/mtpe)"
# On gob.pe every institution has a home page one level down (gob.pe/mtpe, gob.pe/rree): a link
# there names the institution, not one of its procedures (gob.pe/<institution>/… or gob.pe/<n>).
INSTITUTION_HOSTS = {"www.gob.pe", "gob.pe"}
INSTITUTION_PATH = re.compile(r"[a-z][a-z0-9-]*")  # procedures start with a number: /431-…


def is_home_page(url):
    parts = urlsplit(url)
    path = parts.path.strip("/")
    if parts.query:
        return False
    if not path:
        return True
    return parts.hostname in INSTITUTION_HOSTS and INSTITUTION_PATH.fullmatch(path) is not None


@dataclass
class Use:
    """Where a link appears: an item and its fields (names: the dashboard shows their labels in
    the reader's language), with its admin address."""

    app_label: str
    model_name: str
    item: str
    fields: list
    admin_url: str = ""

    def as_dict(self):
        return {**self.__dict__, "fields": list(self.fields)}


def describe(use):
    """A stored use with the model's and the fields' labels in the active language (a model or
    field renamed since the last check is shown by its stored name)."""
    try:
        opts = apps.get_model(use["app_label"], use["model_name"])._meta
    except LookupError:
        return {**use, "model": use["model_name"], "field": ", ".join(use["fields"])}
    labels = []
    for name in use["fields"]:
        try:
            labels.append(str(opts.get_field(name).verbose_name))
        except FieldDoesNotExist:
            labels.append(name)
    return {**use, "model": str(opts.verbose_name), "field": ", ".join(labels)}


@dataclass
class Found:
    url: str
    uses: dict = field(default_factory=dict)  # (model label, pk) -> Use


def _link_fields(model):
    """(field, is rich text) for the fields of `model` that hold outside links."""
    from ckeditor.fields import RichTextField

    result = []
    for model_field in model._meta.concrete_fields:
        if isinstance(model_field, RichTextField):
            result.append((model_field, True))
        elif isinstance(model_field, models.URLField) or any(
            isinstance(validator, PublicURLValidator) for validator in model_field.validators
        ):
            result.append((model_field, False))
    return result


def _translated_base_names(model):
    """Fields modeltranslation splits into `<name>_es` and `<name>_en`: their own column only
    repeats one language, so it is not read."""
    try:
        from modeltranslation.translator import NotRegistered, translator

        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def collect():
    """Every outside link in the content, with its uses, by address."""
    from .models import OutsideLink

    found = {}
    for model in apps.get_models():
        if model._meta.app_label not in APPS or model is OutsideLink:
            continue
        fields = [
            (model_field, rich)
            for model_field, rich in _link_fields(model)
            if model_field.name not in _translated_base_names(model)
        ]
        if not fields:
            continue
        names = [model_field.attname for model_field, _rich in fields]
        for obj in model._default_manager.only("pk", *names).iterator():
            for model_field, rich in fields:
                value = getattr(obj, model_field.attname) or ""
                addresses = (
                    [html.unescape(match) for match in HREF.findall(value)] if rich else [value]
                )
                for url in addresses:
                    if not url.startswith(("http://", "https://")):
                        continue  # empty, or a path of this portal
                    entry = found.setdefault(url, Found(url))
                    key = (model._meta.label, obj.pk)
                    if key in entry.uses:  # the same item, another field (or language)
                        if model_field.name not in entry.uses[key].fields:
                            entry.uses[key].fields.append(model_field.name)
                        continue
                    entry.uses[key] = Use(
                        app_label=model._meta.app_label,
                        model_name=model._meta.model_name,
                        item=str(obj)[:200],
                        fields=[model_field.name],
                        admin_url=admin_change_url(obj),
                    )
    return found


def check(url, *, timeout):
    """(state, HTTP status or None, the address it ends at) for one link."""
    from .models import OutsideLink

    State = OutsideLink.State
    try:
        with requests.get(
            url,
            timeout=timeout,
            allow_redirects=True,
            stream=True,  # the status and the headers are enough: the body is not read
            headers={"User-Agent": USER_AGENT},
        ) as response:
            status, final = response.status_code, response.url
            redirected = bool(response.history)
    except requests.Timeout:
        return State.TIMEOUT, None, ""
    except (requests.RequestException, ValueError):
        return State.UNREACHABLE, None, ""
    if status >= 500:
        return State.SERVER_ERROR, status, final
    if status >= 400:
        return State.BROKEN, status, final
    if redirected and final.rstrip("/") != url.rstrip("/"):
        if is_home_page(final) and not is_home_page(url):
            return State.HOME_ONLY, status, final
        return State.REDIRECT, status, final
    if is_home_page(url):
        return State.HOME_PAGE, status, final
    return State.OK, status, final


def check_all(*, timeout=10, workers=8):
    """Check every link in the content and store the results; addresses no longer used are
    forgotten. Returns {state: number of links}."""
    from .models import OutsideLink

    found = collect()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = dict(
            zip(found, pool.map(lambda url: check(url, timeout=timeout), found), strict=True)
        )
    now = timezone.now()
    with transaction.atomic():
        OutsideLink.objects.exclude(url__in=list(found)).delete()
        for url, (state, status, final) in results.items():
            OutsideLink.objects.update_or_create(
                url=url,
                defaults={
                    "state": state,
                    "http_status": status,
                    "final_url": final if final != url else "",
                    "checked_at": now,
                    "uses": [use.as_dict() for use in found[url].uses.values()],
                },
            )
    summary = {}
    for state, _status, _final in results.values():
        summary[state] = summary.get(state, 0) + 1
    return summary
