"""Editorial writes: each saves the items one by one inside a revision, so the history says who
did what, and the stored review and translation columns are recomputed."""

import reversion
from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from reversion.models import Version

from . import working_copies
from .models import PageFeedback, TranslationStatus, WorkingCopy


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
    if item.is_public():
        transaction.on_commit(
            lambda: significant_change.send(
                sender=type(item), item=item, note=note, base_url=base_url.rstrip("/")
            ),  # fmt: skip
            robust=True,
        )
    return note


# --- Working copies (infomigra/working_copies.py) ----------------------------------------------


@transaction.atomic
def working_copy_save(*, obj, user, base_url, m2m=None, parts=(), deleted=(), note_es="",
                      note_en=""):  # fmt: skip
    """Keep `obj` (changed, not saved) as a pending change of its unit, with the inline rows
    `parts` changed or added and `deleted` removed; the live rows are not touched. A change
    note, when given, is published with the copy. Returns the copy."""
    unit = obj.edit_unit()
    copy = WorkingCopy.objects.select_for_update().open().for_item(unit).first()
    if copy is None:
        copy = WorkingCopy(item=unit)
    working_copies.store(copy, obj, m2m=m2m)
    for part in parts:
        working_copies.store(copy, part)
    for part in deleted:
        working_copies.store_deleted(copy, part)
    if note_es.strip():
        copy.change_note_es, copy.change_note_en = note_es.strip(), note_en.strip()
    copy.updated_by, copy.base_url = user, base_url
    copy.save()
    return copy


@transaction.atomic
def working_copy_publish(*, copy, user):
    """Write the copy's rows over the live ones, in one revision that holds the whole unit (a
    guide and every chapter: restoring it restores them all) and says who published; then
    its change note, which tells the subscribers. None when the copy was published or
    discarded meanwhile."""
    copy = WorkingCopy.objects.select_for_update().open().filter(pk=copy.pk).first()
    if copy is None:
        return None
    unit = copy.item
    preparer = copy.updated_by
    if unit is None:  # the item was deleted: nothing left to publish its changes into
        copy.delete()
        return None
    if not Version.objects.get_for_object(unit).exists():
        with reversion.create_revision():  # the live version, to compare with and restore
            reversion.set_comment(_("Versión publicada antes de los primeros cambios"))
            reversion.add_to_revision(unit)
    with reversion.create_revision():
        reversion.set_user(user or preparer)
        reversion.set_comment(
            _("Cambios publicados (preparados por %(user)s)")
            % {"user": preparer.get_username() if preparer else "—"}
        )
        for row in copy.rows:
            model, pk, values, m2m = working_copies.deserialise(row)
            obj = model._default_manager.filter(pk=pk).first() if pk is not None else model()
            if obj is None:  # deleted meanwhile
                continue
            working_copies.apply_values(values, obj)
            obj.save()
            for name, pks in m2m.items():
                getattr(obj, name).set(pks)
        for label, pk in copy.deleted:
            apps.get_model(label)._default_manager.filter(pk=pk).delete()
        unit.refresh_from_db()
        unit.save()  # its "updated" follows its parts
        reversion.add_to_revision(unit)
    copy.published_at, copy.published_by = timezone.now(), user
    copy.save(update_fields=["published_at", "published_by"])
    if copy.change_note_es:
        change_note_publish(item=unit, user=preparer or user, base_url=copy.base_url,
                            note_es=copy.change_note_es, note_en=copy.change_note_en)  # fmt: skip
    return copy


def working_copy_schedule(*, copy, when, user):
    """Publish the copy at `when` (now or earlier: at once). The worker does it
    (`infomigra.tasks.working_copies_publish_due`, deferred to `when`)."""
    if when is None or when <= timezone.now():
        return working_copy_publish(copy=copy, user=user)
    from .tasks import working_copies_publish_due  # tasks.py imports this module

    WorkingCopy.objects.filter(pk=copy.pk).update(publish_at=when, updated_by=user)
    copy.publish_at = when
    transaction.on_commit(
        lambda: working_copies_publish_due.using(run_after=when).enqueue(), robust=True
    )
    return copy


def working_copies_publish_due(*, now=None):
    """Publish every copy whose time has come; returns how many."""
    published = 0
    for copy in WorkingCopy.objects.due(now).select_related("updated_by"):
        if working_copy_publish(copy=copy, user=copy.updated_by):
            published += 1
    return published
