"""Reading changes in editors' words: what a change did to each item of its revision (the
history), and what a working copy would change (its comparison page). A field's label says its
language ("Texto (Inglés)"); a choice, a yes/no, a date or a related item reads as editors chose
it; a text is compared word by word."""

import datetime
import difflib
import html
import re

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from reversion.models import Version


def mirrors_translation(field, model):
    """modeltranslation's copy of the Spanish column (`title` beside `title_es`): never shown
    or written on its own (the language fields are)."""
    return not getattr(field, "language", None) and hasattr(model, f"{field.name}_en")


def revision_changes(version):
    """What the change that made `version` did, item by item (a guide and each of its
    chapters, when they were saved together): each item of its revision against that item's
    previous version; items it left as they were are not listed."""
    changed = []
    for stored in version.revision.version_set.select_related("content_type"):
        model = stored._model
        previous = (Version.objects.get_for_object_reference(model, stored.object_id)
                    .filter(pk__lt=stored.pk).first())  # fmt: skip
        changes = field_changes(model, previous.field_dict if previous else {}, stored.field_dict)
        if changes:
            changed.append({"item": stored.object_repr, "model": model._meta.verbose_name,
                            "mark": "" if previous else _("primera versión"),
                            "changes": changes})  # fmt: skip
    return changed


def field_changes(model, before, after):
    """Field by field, in the editors' words: what `after` ({attname: value}) changed of
    `before`. A field's label says its language ("Texto (inglés)"); a choice, a yes/no, a
    date or a related item reads as editors chose it; a text is compared word by word."""
    changes = []
    for field in model._meta.concrete_fields:
        if not field.editable or field.attname not in after:
            continue
        if mirrors_translation(field, model):
            continue  # modeltranslation's copy of the Spanish column: shown as "(Español)"
        old, new = before.get(field.attname), after[field.attname]
        if old == new or (old in (None, "") and new in (None, "")):
            continue
        change = {"field": _field_label(field), "name": field.name}
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
            change["words"] = word_diff(old or "", new or "")
        else:
            change["before"], change["after"] = _shown(field, old), _shown(field, new)
        changes.append(change)
    return changes


def _field_label(field):
    label = capfirst(getattr(field, "translated_field", field).verbose_name)
    language = getattr(field, "language", None)
    if language:
        return f"{label} ({get_language_info(language)['name_translated']})"
    return label


def _shown(field, value):
    """A stored value as the admin shows it."""
    if value in (None, ""):
        return "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("Sí") if value else _("No")
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related is not None else f"#{value}"
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    return str(value)


BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|br|div|tr|td|th|table)\b[^>]*>", re.IGNORECASE)


def _words(text):
    """A text's words; a rich text's paragraphs and list items do not run into each other."""
    return html.unescape(strip_tags(BLOCK_TAG.sub(" ", str(text)))).split()


def word_diff(before, after):
    """The two texts (rich text reduced to its words) as segments: ("same", words), ("removed",
    words), ("added", words); long unchanged stretches are shortened to their ends."""
    old_words, new_words = _words(before), _words(after)
    segments = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            words = old_words[a1:a2]
            if len(words) > 24:
                words = [*words[:8], "…", *words[-8:]]
            segments.append(("same", " ".join(words)))
            continue
        if a2 > a1:
            segments.append(("removed", " ".join(old_words[a1:a2])))
        if b2 > b1:
            segments.append(("added", " ".join(new_words[b1:b2])))
    return segments
