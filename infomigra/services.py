"""Editorial writes: each saves the items one by one inside a revision, so the history says who
did what, and the stored review and translation columns are recomputed."""

import reversion
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import PageFeedback, TranslationStatus


@transaction.atomic
def content_mark_reviewed(*, items, user, on=None):
    """Record that `items` were checked today (or `on`); returns how many."""
    on = on or timezone.localdate()
    count = 0
    with reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(_("Marcado como revisado el %(date)s") % {"date": on.isoformat()})
        for item in items:
            item.last_reviewed = on
            item.save()
            count += 1
    return count


@transaction.atomic
def translation_mark_current(*, items, user):
    """The English of `items` was checked and needs no change. Returns (marked, still missing)."""
    marked = missing = 0
    with reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(_("Traducción marcada como al día"))
        for item in items:
            item.mark_translation_current()
            if item.translation_status == TranslationStatus.MISSING:
                missing += 1
                continue
            item.save()
            marked += 1
    return marked, missing


@transaction.atomic
def content_set_status(*, items, status, user):
    """Publish or unpublish `items` at once; returns how many changed."""
    count = 0
    with reversion.create_revision():
        reversion.set_user(user)
        reversion.set_comment(_("Estado cambiado a «%(status)s»") % {"status": status.label})
        for item in items:
            if item.status != status:
                item.status = status
                item.save()
                count += 1
    return count


def feedback_submit(*, path, title, language, useful, comment):
    """Store one answer to "Was this page useful?"."""
    return PageFeedback.objects.create(
        path=path[:300], title=title[:300], language=language, useful=useful, comment=comment
    )


def change_note_publish(*, item, user, base_url, note_es, note_en=""):
    """Record a significant change of `item` with its public note and, once the editor's save
    has committed, tell the apps above (`infomigra.signals.significant_change`: the subscribers'
    e-mail). Content not public yet gets its note but tells nobody."""
    from .models import ChangeNote
    from .signals import significant_change

    note = ChangeNote.objects.create(item=item, note_es=note_es.strip(),
                                     note_en=(note_en or "").strip(), made_by=user)  # fmt: skip
    public = type(item)._default_manager.published().filter(pk=item.pk).exists()
    if public:
        transaction.on_commit(
            lambda: significant_change.send(
                sender=type(item), item=item, note=note, base_url=base_url.rstrip("/")
            ),  # fmt: skip
            robust=True,
        )
    return note
