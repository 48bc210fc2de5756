"""Site search across everything public, in the visitor's language, ignoring case and accents.

PostgreSQL: full-text search with the `infomigra_es` / `infomigra_en` text-search configurations
(Spanish or English stemming after `unaccent`, created by migration infomigra 0002), ranked by
`SearchRank`. Other databases (SQLite): every word must appear, compared after folding case and
accents with the `infomigra_fold` SQL function registered on each connection; ranked by where
the words appear (title before text). Both give the same hits on the demo content for whole
words; PostgreSQL also finds other forms of a word (`trámites` for `tramite`).
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.backends.signals import connection_created
from django.db.models import Case, F, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from . import registry

MAX_QUERY_LENGTH = 100
MAX_TERMS = 8
PER_SOURCE = 20
MAX_RESULTS = 50
SNIPPET_CHARS = 220
PG_WEIGHTS = [0.1, 0.2, 0.4, 1.0]  # D, C, B, A
SQLITE_POINTS = {"A": 4, "B": 2, "C": 1}


def fold(text):
    """Lower-case `text` and drop its accents: 'Trámite PERÚ' → 'tramite peru'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _register_fold(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("infomigra_fold", 1, fold, deterministic=True)


connection_created.connect(_register_fold, dispatch_uid="infomigra_fold")


def terms_of(query):
    """The words of a query worth looking for (two characters or more), folded."""
    words = re.findall(r"\w+", fold(query[:MAX_QUERY_LENGTH]))
    unique = list(dict.fromkeys(word for word in words if len(word) >= 2))
    return unique[:MAX_TERMS]


@dataclass(frozen=True)
class Source:
    """One kind of content the search looks through, registered by its app's `portal.py` in
    `infomigra.registry.search_sources`. The queryset is the model's `published()` (the one
    visibility rule), refined with what `title` and `url` read."""

    label: str
    model: type
    # (field name, weight "A"/"B"/"C", translated?); most content has a title, summary and body.
    fields: tuple = (("title", "A", True), ("summary", "B", True), ("body", "C", True))
    title: object = str  # callable(obj) -> title shown
    url: object = None  # callable(obj) -> URL; default get_absolute_url
    select_related: tuple = ()
    urls: object = None  # callable(objects) -> their URLs, when they share one lookup

    def urls_of(self, objects):
        if self.urls is not None:
            return self.urls(objects)
        url = self.url or (lambda obj: obj.get_absolute_url())
        return [url(obj) for obj in objects]

    def queryset(self):
        queryset = self.model._default_manager.published()
        return queryset.select_related(*self.select_related) if self.select_related else queryset


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: str
    rank: float


def _localized(field, translated, language):
    text = TextField()
    if not translated:
        return Coalesce(F(field), Value(""), output_field=text)
    own = build_localized_fieldname(field, language)
    spanish = build_localized_fieldname(field, settings.LANGUAGE_CODE)
    if own == spanish:
        return Coalesce(F(own), Value(""), output_field=text)
    return Coalesce(
        NullIf(F(own), Value(""), output_field=text), F(spanish), Value(""), output_field=text
    )


def _postgres_search(source, terms, language):
    from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

    config = "infomigra_es" if language == "es" else "infomigra_en"
    vector = None
    for field, weight, translated in source.fields:
        part = SearchVector(_localized(field, translated, language), config=config, weight=weight)
        vector = part if vector is None else vector + part
    query = SearchQuery(" ".join(terms), config=config, search_type="plain")
    return (
        source.queryset()
        .annotate(search=vector)
        .filter(search=query)
        .annotate(rank=SearchRank(vector, query, weights=PG_WEIGHTS))
        .order_by("-rank", "pk")[:PER_SOURCE]
    )


def _portable_search(source, terms, language):
    connection.ensure_connection()
    _register_fold(None, connection)  # also on connections opened before this module loaded
    folded = {
        field: Func(
            _localized(field, translated, language),
            function="infomigra_fold",
            output_field=TextField(),
        )
        for field, _weight, translated in source.fields
    }
    queryset = source.queryset().annotate(**{f"folded_{f}": expr for f, expr in folded.items()})
    rank = Value(0, output_field=IntegerField())
    for term in terms:
        queryset = queryset.filter(
            _any_field_contains([f"folded_{f}" for f in folded], term),
        )
        for field, weight, _translated in source.fields:
            rank = rank + Case(
                When(**{f"folded_{field}__contains": term}, then=SQLITE_POINTS[weight]),
                default=0,
                output_field=IntegerField(),
            )
    return queryset.annotate(rank=rank).order_by("-rank", "pk")[:PER_SOURCE]


def _any_field_contains(names, term):
    condition = Q()
    for name in names:
        condition |= Q(**{f"{name}__contains": term})
    return condition


def snippet(texts, terms):
    """About SNIPPET_CHARS characters of plain text around the first match, with the matches
    marked; case and accents do not matter."""
    text = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", t)) for t in texts if t)
    text = re.sub(r"\s+", " ", text).strip()
    folded_chars = [fold(char) for char in text]
    folded = "".join(folded_chars)
    origin = [i for i, chars in enumerate(folded_chars) for _ in chars]  # folded → text index
    first = min((folded.find(t) for t in terms if folded.find(t) >= 0), default=0)
    start_char = origin[first] if origin else 0
    start = max(0, start_char - 60)
    if start > 0:  # begin at a word
        space = text.find(" ", start, start_char)
        start = space + 1 if space >= 0 else start
    window = text[start : start + SNIPPET_CHARS]
    if start + SNIPPET_CHARS < len(text) and " " in window[SNIPPET_CHARS // 2 :]:
        window = window[: window.rfind(" ")]  # end at a word
    marked, position = [], 0
    window_folded_chars = [fold(char) for char in window]
    window_folded = "".join(window_folded_chars)
    window_origin = [i for i, chars in enumerate(window_folded_chars) for _ in chars]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    for match in pattern.finditer(window_folded) if terms else []:
        begin = window_origin[match.start()]
        end = window_origin[match.end() - 1] + 1
        if begin < position:
            continue
        marked.append(escape(window[position:begin]))
        marked.append(f"<mark>{escape(window[begin:end])}</mark>")
        position = end
    marked.append(escape(window[position:]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + SNIPPET_CHARS < len(text) else ""
    return mark_safe(prefix + "".join(marked) + suffix)  # noqa: S308 (every piece is escaped)


def search(query, *, language):
    """Ranked hits for `query` in `language`; an empty list for an empty or absurd query."""
    terms = terms_of(query or "")
    if not terms:
        return []
    find = _postgres_search if connection.vendor == "postgresql" else _portable_search
    hits = []
    for source in registry.search_sources:
        found = list(find(source, terms, language))
        for obj, url in zip(found, source.urls_of(found), strict=True):
            texts = [getattr(obj, field) for field, _w, _t in source.fields]
            hits.append(
                Hit(
                    kind=source.label,
                    title=source.title(obj),
                    url=url,
                    snippet=snippet(texts[1:] or texts, terms),
                    rank=float(obj.rank),
                )
            )
    hits.sort(key=lambda hit: hit.rank, reverse=True)
    return hits[:MAX_RESULTS]
