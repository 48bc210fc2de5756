"""Links between the language versions of a page."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def alternate_urls(*, obj=None, path=None):
    """One entry per language: code, local name and the URL of the same content in it.

    `obj` (with `get_absolute_url`) gives its own URL in each language, translated slugs
    included; otherwise `path` is translated through the URL patterns, and a path that cannot be
    translated leads to that language's home page.
    """
    alternates = []
    current = translation.get_language()
    for code, _name in settings.LANGUAGES:
        if obj is not None:
            with translation.override(code):
                url = obj.get_absolute_url()
        else:
            url = translate_url(path, code)
            if url == path and code != current:
                url = f"/{code}/"
        info = translation.get_language_info(code)
        alternates.append({"code": code, "name": info["name_local"], "url": url})
    return alternates
