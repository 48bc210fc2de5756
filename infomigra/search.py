"""Site search across everything public, in the visitor's language, ignoring case and accents.

Every public item is stored once per language in `SearchDocument` (the kernel's search table):
its title and address, its texts folded (lower case, no accents) by weight — A title, B summary,
C body — and on PostgreSQL a `tsvector` built with the `infomigra_es` / `infomigra_en`
configurations (Spanish or English stemming after `unaccent`, migration infomigra 0002) under a
GIN index. The table is kept current here: saving or deleting a registered source's item, or one
of its parents (a line for its sections), rewrites that item's documents; `manage.py
search_rebuild` rewrites them all.

A search is one query. PostgreSQL: `@@` against the stored vectors, ranked by `ts_rank`.
Other databases (SQLite): every word must appear in the stored folded columns, ranked by where
(title before text). Both keep at most PER_SOURCE hits of one kind, so one kind of content cannot
crowd out the others. PostgreSQL also finds other forms of a word (`trámites` for `tramite`).
"""

import html
import operator
import re
import unicodedata
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache, reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache as shared_cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.db.models.signals import post_delete, post_save
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname

from . import registry

MAX_QUERY_LENGTH = 100
MAX_TERMS = 8
PER_SOURCE = 20
MAX_RESULTS = 50
SNIPPET_CHARS = 220
SNIPPET_SCAN = 4000  # characters of a text searched for the snippet's first match
PG_WEIGHTS = [0.1, 0.2, 0.4, 1.0]  # D, C, B, A
SQLITE_POINTS = {"A": 4, "B": 2, "C": 1}
CONFIGS = {"es": "infomigra_es", "en": "infomigra_en"}


def fold(text):
    """Lower-case `text` and drop its accents: 'Trámite PERÚ' → 'tramite peru'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


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

    def indexable(self):
        """The items that are, or will be at their time, public: published with their parents,
        whatever their schedule (`public_from` says when)."""
        queryset = self.model._default_manager.filter(self.model.public_condition(now=_FOREVER))
        related = (*self.select_related, *_parent_paths(self.model))
        return queryset.select_related(*related) if related else queryset

    @property
    def kind(self):
        return self.model._meta.label_lower


@dataclass
class Hit:
    kind: str
    title: str
    url: str
    snippet: str
    rank: float
    spanish_only: bool = False


_FOREVER = timezone.make_aware(timezone.datetime(9999, 1, 1))


def _parent_paths(model):
    """The lookups from `model` up its visibility parents: ("section", "section__line")."""
    paths, path = [], ""
    while model.visibility_parent:
        path = f"{path}__{model.visibility_parent}" if path else model.visibility_parent
        paths.append(path)
        model = model._meta.get_field(model.visibility_parent).related_model
    return paths


def _plain(value):
    """Text of a field's value: tags dropped, entities decoded, spaces collapsed, and no space
    left before a closing mark or after an opening one ("<b>trabajo</b>." → "trabajo.")."""
    text = html.unescape(re.sub(r"<[^>]*>", " ", str(value or "")))
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r" ([.,;:!?)\]»”])", r"\1", text)
    return re.sub(r"([(\[«“¿¡]) ", r"\1", text)


def _value(obj, field, translated, language):
    if not translated:
        return getattr(obj, field) or ""
    own = getattr(obj, build_localized_fieldname(field, language), "") or ""
    if own or language == settings.LANGUAGE_CODE:
        return own
    return getattr(obj, build_localized_fieldname(field, settings.LANGUAGE_CODE), "") or ""


def _spanish_only(obj, source, language):
    """An English document of an item the page shows in Spanish (`shows_fallback`); for one
    without that rule, when none of its translated fields has English."""
    if language == settings.LANGUAGE_CODE:
        return False
    if hasattr(obj, "shows_fallback"):
        return obj.shows_fallback  # read inside translation.override(language)
    translated = [field for field, _weight, is_translated in source.fields if is_translated]
    return bool(translated) and not any(
        getattr(obj, build_localized_fieldname(field, language), "") for field in translated
    )


def _documents(source, objects):
    from .models import SearchDocument

    content_type = ContentType.objects.get_for_model(source.model)
    documents = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            urls = source.urls_of(objects)
            for obj, url in zip(objects, urls, strict=True):
                texts = {"A": [], "B": [], "C": []}
                plain = []
                for field, weight, translated in source.fields:
                    text = _plain(_value(obj, field, translated, language))
                    texts[weight].append(text)
                    plain.append(text)
                documents.append(
                    SearchDocument(
                        content_type=content_type,
                        object_id=obj.pk,
                        language=language,
                        kind=source.kind,
                        title=str(source.title(obj))[:600],
                        url=url[:600],
                        text=" ".join(t for t in (plain[1:] or plain) if t),
                        spanish_only=_spanish_only(obj, source, language),
                        public_from=obj.public_from(),
                        folded_a=fold(" ".join(texts["A"])),
                        folded_b=fold(" ".join(texts["B"])),
                        folded_c=fold(" ".join(texts["C"])),
                    )
                )
    return documents


def index_update(source, *, pks=None):
    """Rewrite the documents of `source`'s items `pks` (all of them when None)."""
    from django.contrib.postgres.search import SearchVector

    from .models import SearchDocument

    content_type = ContentType.objects.get_for_model(source.model)
    shared_cache.delete_many(
        [VOCABULARY_KEY.format(language=code) for code, _ in settings.LANGUAGES]
    )
    items = source.indexable()
    stale = SearchDocument.objects.filter(content_type=content_type)
    if pks is not None:
        items = items.filter(pk__in=pks)
        stale = stale.filter(object_id__in=pks)
    with transaction.atomic():
        stale.delete()
        created = SearchDocument.objects.bulk_create(_documents(source, list(items)))
        if connection.vendor == "postgresql" and created:
            for language, config in CONFIGS.items():
                vector = (
                    SearchVector("folded_a", weight="A", config=config)
                    + SearchVector("folded_b", weight="B", config=config)
                    + SearchVector("folded_c", weight="C", config=config)
                )
                SearchDocument.objects.filter(
                    pk__in=[d.pk for d in created if d.language == language]
                ).update(vector=vector)


def index_rebuild():
    """Rewrite every document (`manage.py search_rebuild`, and after `migrate`)."""
    from .models import SearchDocument

    with transaction.atomic():
        SearchDocument.objects.all().delete()
        for source in registry.search_sources:
            index_update(source)
    return SearchDocument.objects.count()


@cache
def _dependants():
    """model → [(source, lookup)]: which sources' items to rewrite when one of them is saved
    (lookup None: the item itself; "line": the sections of that line)."""
    found = {}
    for source in registry.search_sources:
        found.setdefault(source.model, []).append((source, None))
        model = source.model
        for path in _parent_paths(source.model):
            model = model._meta.get_field(path.rsplit("__", 1)[-1]).related_model
            found.setdefault(model, []).append((source, path))
    return found


def _on_save(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for source, lookup in _dependants().get(sender, ()):
        if lookup is None:
            index_update(source, pks=[instance.pk])
        else:
            pks = list(
                source.model._default_manager.filter(**{lookup: instance}).values_list(
                    "pk", flat=True
                )
            )
            if pks:
                index_update(source, pks=pks)


def _on_delete(sender, instance, **kwargs):
    from .models import SearchDocument

    if sender in _dependants():
        SearchDocument.objects.filter(
            content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
        ).delete()


def connect_signals():
    from .models import SearchSynonym

    post_save.connect(_on_save, dispatch_uid="infomigra_search_save")
    post_delete.connect(_on_delete, dispatch_uid="infomigra_search_delete")
    post_save.connect(synonyms_changed, sender=SearchSynonym, dispatch_uid="search_synonyms_save")
    post_delete.connect(synonyms_changed, sender=SearchSynonym, dispatch_uid="search_synonyms_del")


def _public_documents(language):
    from .models import SearchDocument

    now = timezone.now()
    return SearchDocument.objects.filter(
        Q(public_from__isnull=True) | Q(public_from__lte=now), language=language
    )


def _postgres_search(alternatives, language):
    from django.contrib.postgres.search import SearchQuery, SearchRank

    query = reduce(
        operator.or_,
        (
            SearchQuery(" ".join(terms), config=CONFIGS[language], search_type="plain")
            for terms in alternatives
        ),
    )
    return (
        _public_documents(language)
        .filter(vector=query)
        .annotate(rank=SearchRank(F("vector"), query, weights=PG_WEIGHTS))
    )


def _portable_search(alternatives, language):
    def has(term):
        return Q(folded_a__contains=term) | Q(folded_b__contains=term) | Q(folded_c__contains=term)

    # every word of one of the alternatives (the query, or the query in a synonym's words)
    condition = reduce(
        operator.or_, (reduce(operator.and_, map(has, terms)) for terms in alternatives)
    )
    rank = Value(0, output_field=IntegerField())
    for term in dict.fromkeys(term for terms in alternatives for term in terms):
        for weight, points in SQLITE_POINTS.items():
            rank = rank + Case(
                When(**{f"folded_{weight.lower()}__contains": term}, then=points),
                default=0,
                output_field=IntegerField(),
            )
    return _public_documents(language).filter(condition).annotate(rank=rank)


# --- Words people use: synonyms, "did you mean", searches that find nothing ------------------

SYNONYMS_KEY = "search:synonyms:{language}"
VOCABULARY_KEY = "search:vocabulary:{language}"
VOCABULARY_SECONDS = 3600
PERSONAL = re.compile(r"@|\d{6,}")  # an e-mail address, a document or phone number


def _synonym_groups(language):
    """The editors' groups of equivalent expressions (folded), from the shared cache."""
    from .models import SearchSynonym

    key = SYNONYMS_KEY.format(language=language)
    groups = shared_cache.get(key)
    if groups is None:
        groups = [
            group.folded_expressions() for group in SearchSynonym.objects.filter(language=language)
        ]
        shared_cache.set(key, groups, None)
    return groups


def synonyms_changed(**kwargs):
    shared_cache.delete_many(
        [SYNONYMS_KEY.format(language=code) for code, _name in settings.LANGUAGES]
    )


def alternatives_of(query, language):
    """The words to look for: the query's, and the query with each expression an editor gave
    as equivalent put in place of the one it contains."""
    terms = terms_of(query)
    if not terms:
        return []
    phrase = f" {' '.join(terms)} "
    alternatives = [terms]
    for group in _synonym_groups(language):
        for expression in group:
            if expression and f" {expression} " in phrase:
                for other in group:
                    if other != expression:
                        replaced = terms_of(phrase.replace(f" {expression} ", f" {other} "))
                        if replaced and replaced not in alternatives:
                            alternatives.append(replaced)
    return alternatives


def _vocabulary(language):
    """Words (four letters or more) of the public titles and summaries, for "did you mean" on
    databases without pg_trgm (SQLite): cached, and compared with Python's difflib."""
    key = VOCABULARY_KEY.format(language=language)
    words = shared_cache.get(key)
    if words is None:
        words = set()
        for texts in _public_documents(language).values_list("folded_a", "folded_b"):
            for text in texts:
                words.update(word for word in re.findall(r"\w+", text) if len(word) >= 4)
        words = sorted(words)
        shared_cache.set(key, words, VOCABULARY_SECONDS)
    return words


def _portable_corrections(terms, language):
    vocabulary = _vocabulary(language)
    known = set(vocabulary)
    return [
        word
        if word in known or len(word) < 4
        else next(iter(get_close_matches(word, vocabulary, n=1, cutoff=0.75)), word)  # fmt: skip
        for word in terms
    ]


# The words of the public titles and summaries (ts_stat over the folded columns, 'simple'
# configuration: no stemming, so a suggestion is a word as written) and, for each of the
# query's words the portal does not know, the most similar by trigrams (pg_trgm's `%`
# operator and similarity(), migration infomigra 0008). One query, however many words.
_PG_CORRECTIONS = """
WITH words AS MATERIALIZED (
    SELECT word FROM ts_stat(%s) WHERE length(word) >= 4
)
SELECT COALESCE(
    (SELECT word FROM words WHERE word = term),
    (SELECT word FROM words WHERE word %% term ORDER BY similarity(word, term) DESC, word LIMIT 1),
    term
)
FROM unnest(%s::text[]) WITH ORDINALITY AS query(term, position)
ORDER BY position
"""
_PG_WORDS = (
    "SELECT to_tsvector('simple', folded_a || ' ' || folded_b) FROM {table} "
    "WHERE language = '{language}' AND (public_from IS NULL OR public_from <= now())"
)


def _postgres_corrections(terms, language):
    from .models import SearchDocument

    if language not in CONFIGS:  # written into the SQL below: only a language the site has
        raise ValueError(language)
    words = _PG_WORDS.format(table=SearchDocument._meta.db_table, language=language)
    long_terms = [word for word in terms if len(word) >= 4]
    if not long_terms:
        return terms
    with connection.cursor() as cursor:
        cursor.execute(_PG_CORRECTIONS, [words, long_terms])
        corrected = iter(row[0] for row in cursor.fetchall())
    return [next(corrected) if len(word) >= 4 else word for word in terms]


def suggestion(query, language):
    """The query with each word the portal does not know replaced by the closest one it does,
    or "" when there is nothing better to offer. PostgreSQL: trigram similarity (pg_trgm);
    other databases: difflib over a cached word list."""
    terms = terms_of(query)
    correct = _postgres_corrections if connection.vendor == "postgresql" else _portable_corrections
    corrected = correct(terms, language)
    return " ".join(corrected) if corrected != terms else ""


def record_miss(query, language):
    """Count a search that found nothing: its folded words only, and not at all when it looks
    like personal data (an e-mail address, a document or phone number)."""
    from .models import SearchMiss

    words = " ".join(fold(query).split())[:100]
    if not words or PERSONAL.search(words):
        return
    now = timezone.now()
    misses = SearchMiss.objects.filter(language=language, query=words)
    if misses.update(count=F("count") + 1, last_seen=now):
        return
    try:
        with transaction.atomic():
            SearchMiss.objects.create(language=language, query=words, last_seen=now)
    except IntegrityError:  # another request created it in between
        misses.update(count=F("count") + 1, last_seen=now)


def _single_letter_table():
    """Accented Latin letters (and º, ª, ²) → what `fold` makes of them when that is one
    character; punctuation that folds to several ("…") → one of them (str.translate)."""
    table = {}
    for code in [*range(0xA0, 0x250), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070)]:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        if len(base) == 1 and base.casefold() == base.lower() and base != chr(code):
            table[code] = base
        elif len(base) > 1 and not any(char.isalnum() for char in base):
            table[code] = base[0]  # "…" → "." : no word is found in punctuation anyway
    return table


_SINGLE_LETTERS = _single_letter_table()


def _fold_with_origin(text):
    """`fold(text)` and a function from a folded position to the text's position. Nearly always
    one character stays one (accents dropped by a table, in C): positions are the same. Only a
    text with a character that folds to several (ß, ligatures) takes the slow road, character by
    character."""
    folded = text.translate(_SINGLE_LETTERS).lower()
    others = {char for char in set(folded) if not char.isascii()}  # a few distinct characters
    if len(folded) == len(text) and all(fold(char) == char for char in others):
        return folded, int
    pieces = [fold(char) for char in text]
    origins = [i for i, chars in enumerate(pieces) for _ in chars]
    return "".join(pieces), origins.__getitem__


def snippet(texts, terms, *, plain=False):
    """About SNIPPET_CHARS characters of plain text around the first match, with the matches
    marked; case and accents do not matter."""
    text = " ".join(texts if plain else (_plain(t) for t in texts if t))
    # The first match is looked for near the start: a long chapter need not be folded whole.
    folded, origin = _fold_with_origin(text[:SNIPPET_SCAN])
    first = min((folded.find(t) for t in terms if folded.find(t) >= 0), default=0)
    start_char = origin(first) if text else 0
    start = max(0, start_char - 60)
    if start > 0:  # begin at a word
        space = text.find(" ", start, start_char)
        start = space + 1 if space >= 0 else start
    window = text[start : start + SNIPPET_CHARS]
    if start + SNIPPET_CHARS < len(text) and " " in window[SNIPPET_CHARS // 2 :]:
        window = window[: window.rfind(" ")]  # end at a word
    marked, position = [], 0
    window_folded, window_origin = _fold_with_origin(window)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    for match in pattern.finditer(window_folded) if terms else []:
        begin = window_origin(match.start())
        end = window_origin(match.end() - 1) + 1
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
    """Ranked hits for `query` in `language` (one query, after the synonyms, which are cached);
    an empty list for an empty or absurd query."""
    alternatives = alternatives_of(query or "", language)
    if not alternatives:
        return []
    terms = list(dict.fromkeys(term for words in alternatives for term in words))
    find = _postgres_search if connection.vendor == "postgresql" else _portable_search
    ranked = (
        find(alternatives, language)
        .annotate(
            place=Window(
                RowNumber(), partition_by=[F("kind")], order_by=[F("rank").desc(), F("pk")]
            )
        )
        .filter(place__lte=PER_SOURCE)
        .only("kind", "title", "url", "text", "spanish_only")
        .order_by("-rank", "pk")[:MAX_RESULTS]
    )
    labels = {source.kind: source.label for source in registry.search_sources}
    return [
        Hit(
            kind=labels.get(document.kind, ""),
            title=document.title,
            url=document.url,
            snippet=snippet([document.text], terms, plain=True),
            rank=float(document.rank),
            spanish_only=document.spanish_only,
        )
        for document in ranked
    ]
